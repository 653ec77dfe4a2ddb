"""National theme pages: everything public on one theme, from every werkplaats."""

from datetime import date

import pytest
from django.urls import reverse

from tests.activities.factories import ActivityFactory, in_days
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory, NationalThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_same_cost
from tests.network.factories import ThemeFactory, WerkplaatsFactory
from tests.publications.factories import PublicationFactory
from tests.questions.factories import QuestionFactory
from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Atelier
from werkplaats.network import overview_selectors
from werkplaats.publications.models import Publication
from werkplaats.questions.models import Status

LIST_URL = reverse("network:theme_list")


def url(theme) -> str:
    return reverse("network:theme", kwargs={"slug": theme.slug})


@pytest.fixture
def armoede(db):
    return ThemeFactory(name="Armoede", slug="armoede")


@pytest.fixture
def wonen(db):
    return ThemeFactory(name="Wonen", slug="wonen")


def tagged(obj, theme):
    obj.themes.add(theme)
    return obj


def test_everyone_may_see_the_theme_pages(client_for, role_users, armoede):
    for user in role_users.values():
        client = client_for(user)
        assert client.get(LIST_URL).status_code == 200
        assert client.get(url(armoede)).status_code == 200


def test_unknown_theme_is_404(client_for, db):
    response = client_for(None).get(reverse("network:theme", kwargs={"slug": "bestaat-niet"}))

    assert response.status_code == 404


def test_theme_page_brings_together_public_work_of_all_werkplaatsen(
    client_for, werkplaats_a, werkplaats_b, armoede, wonen
):
    tagged(QuestionFactory(werkplaats=werkplaats_a, title="Vraag over schulden A"), armoede)
    tagged(QuestionFactory(werkplaats=werkplaats_b, title="Vraag over schulden B"), armoede)
    tagged(AtelierFactory(werkplaats=werkplaats_a, title="Atelier geldzorgen"), armoede)
    tagged(
        AtelierFactory(
            werkplaats=werkplaats_b, title="Afgerond atelier", status=Atelier.Status.COMPLETED
        ),
        armoede,
    )
    tagged(ActivityFactory(werkplaats=werkplaats_b, title="Kenniscafé schulden"), armoede)
    tagged(PublicationFactory(werkplaats=werkplaats_a, title="Handreiking geldzorgen"), armoede)
    # on another theme: not here
    tagged(PublicationFactory(werkplaats=werkplaats_a, title="Handreiking wonen"), wonen)

    response = client_for(None).get(url(armoede))

    assert response.status_code == 200
    page = response.context["page"]
    assert {q.title for q in page.questions} == {"Vraag over schulden A", "Vraag over schulden B"}
    assert {a.title for a in page.ateliers} == {"Atelier geldzorgen", "Afgerond atelier"}
    assert [a.title for a in page.activities] == ["Kenniscafé schulden"]
    assert [p.title for p in page.publications] == ["Handreiking geldzorgen"]
    content = response.content.decode()
    assert "Handreiking wonen" not in content
    # every item says which werkplaats it comes from
    assert "Werkplaats A" in content and "Werkplaats B" in content


def test_theme_page_never_shows_what_is_not_public(client_for, werkplaats_a, member_a, armoede):
    for status in (Status.SUBMITTED, Status.REJECTED):
        tagged(
            QuestionFactory(werkplaats=werkplaats_a, title=f"Vraag {status}", status=status),
            armoede,
        )
    tagged(
        AtelierFactory(
            werkplaats=werkplaats_a,
            title="Atelier in voorbereiding",
            status=Atelier.Status.PREPARING,
        ),
        armoede,
    )
    for status in (Publication.Status.CONCEPT, Publication.Status.REVIEW):
        tagged(
            PublicationFactory(
                werkplaats=werkplaats_a, title=f"Publicatie {status}", status=status
            ),
            armoede,
        )
    tagged(
        ActivityFactory(
            werkplaats=werkplaats_a, title="Alleen voor leden", audience=Activity.Audience.MEMBERS
        ),
        armoede,
    )
    tagged(
        ActivityFactory(
            werkplaats=werkplaats_a, title="Geannuleerd", status=Activity.Status.CANCELLED
        ),
        armoede,
    )
    tagged(ActivityFactory(werkplaats=werkplaats_a, title="Al geweest", start=in_days(-3)), armoede)

    # even a member of the werkplaats sees only the public page
    response = client_for(member_a).get(url(armoede))

    page = response.context["page"]
    assert (page.questions, page.ateliers, page.activities, page.publications) == ([], [], [], [])
    content = response.content.decode()
    for hidden in (
        "Vraag submitted",
        "Vraag rejected",
        "Atelier in voorbereiding",
        "Publicatie concept",
        "Publicatie review",
        "Alleen voor leden",
        "Geannuleerd",
        "Al geweest",
    ):
        assert hidden not in content
    # past activities are one link away, on the archive filtered by this theme
    archive = reverse("activities:national_archive") + "?theme=armoede"
    assert archive in content


def test_theme_page_shows_agenda_themes_and_the_national_work_programme_they_serve(
    client_for, werkplaats_a, werkplaats_b, armoede
):
    national = NationalThemeFactory(name="Bestaanszekerheid", slug="bestaanszekerheid")
    schulden = AgendaThemeFactory(
        agenda=AgendaFactory(werkplaats=werkplaats_a), title="Schulden in de wijk"
    )
    schulden.themes.add(armoede)
    schulden.national_themes.add(national)
    gezin = AgendaThemeFactory(
        agenda=AgendaFactory(werkplaats=werkplaats_b), title="Gezinnen met weinig geld"
    )
    gezin.themes.add(armoede)
    AgendaThemeFactory(agenda=AgendaFactory(werkplaats=werkplaats_b), title="Niet over armoede")

    response = client_for(None).get(url(armoede))

    page = response.context["page"]
    assert [t.title for t in page.agenda_themes] == [
        "Schulden in de wijk",
        "Gezinnen met weinig geld",
    ]
    assert page.national_themes == [national]
    content = response.content.decode()
    assert reverse("agenda:national") + "#landelijk-bestaanszekerheid" in content
    assert f"#thema-{schulden.pk}" in content
    assert "Niet over armoede" not in content


def test_theme_page_shows_a_limited_number_per_section(
    client_for, werkplaats_a, armoede, monkeypatch
):
    monkeypatch.setattr(overview_selectors, "THEME_PAGE_ROWS", 2)
    for month in (1, 2, 3):
        tagged(
            PublicationFactory(
                werkplaats=werkplaats_a, date=date(2025, month, 1), title=f"Publicatie {month}"
            ),
            armoede,
        )

    response = client_for(None).get(url(armoede))

    page = response.context["page"]
    assert [p.title for p in page.publications] == ["Publicatie 3", "Publicatie 2"]
    assert page.more["publications"] is True
    assert reverse("publications:national") + "?theme=armoede" in response.content.decode()


def test_theme_list_counts_only_public_work(client_for, werkplaats_a, armoede, wonen):
    tagged(QuestionFactory(werkplaats=werkplaats_a), armoede)
    tagged(QuestionFactory(werkplaats=werkplaats_a, status=Status.SUBMITTED), armoede)
    tagged(AtelierFactory(werkplaats=werkplaats_a), armoede)
    tagged(AtelierFactory(werkplaats=werkplaats_a, status=Atelier.Status.PREPARING), armoede)
    tagged(ActivityFactory(werkplaats=werkplaats_a), armoede)
    tagged(ActivityFactory(werkplaats=werkplaats_a, audience=Activity.Audience.MEMBERS), armoede)
    tagged(ActivityFactory(werkplaats=werkplaats_a, status=Activity.Status.CANCELLED), armoede)
    tagged(PublicationFactory(werkplaats=werkplaats_a), armoede)
    tagged(PublicationFactory(werkplaats=werkplaats_a), armoede)
    tagged(PublicationFactory(werkplaats=werkplaats_a, status=Publication.Status.CONCEPT), armoede)
    agenda_theme = AgendaThemeFactory(agenda=AgendaFactory(werkplaats=werkplaats_a))
    agenda_theme.themes.add(armoede)

    response = client_for(None).get(LIST_URL)

    counts = {
        theme.slug: (
            theme.agenda_theme_count,
            theme.question_count,
            theme.atelier_count,
            theme.activity_count,
            theme.publication_count,
        )
        for theme in response.context["themes"]
    }
    assert counts == {"armoede": (1, 1, 1, 1, 2), "wonen": (0, 0, 0, 0, 0)}
    assert url(armoede) in response.content.decode()


def _add_theme_rows(theme):
    def add_rows(count):
        for _ in range(count):
            werkplaats = WerkplaatsFactory()
            agenda_theme = AgendaThemeFactory(agenda=AgendaFactory(werkplaats=werkplaats))
            agenda_theme.themes.add(theme)
            agenda_theme.national_themes.add(NationalThemeFactory())
            tagged(QuestionFactory(werkplaats=werkplaats), theme)
            tagged(AtelierFactory(werkplaats=werkplaats), theme)
            tagged(ActivityFactory(werkplaats=werkplaats), theme)
            tagged(PublicationFactory(werkplaats=werkplaats), theme)
            ThemeFactory()

    return add_rows


def test_theme_page_costs_the_same_whatever_the_number_of_rows(client_for, armoede):
    assert_same_cost(client_for(None), url(armoede), _add_theme_rows(armoede), small=2, large=12)


def test_theme_list_costs_the_same_whatever_the_number_of_themes(client_for, armoede):
    assert_same_cost(client_for(None), LIST_URL, _add_theme_rows(armoede), small=2, large=12)


def test_theme_page_has_a_fixed_number_of_queries(
    client_for, armoede, django_assert_max_num_queries
):
    _add_theme_rows(armoede)(2)

    with django_assert_max_num_queries(10):
        assert client_for(None).get(url(armoede)).status_code == 200
