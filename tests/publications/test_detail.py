"""The publication page: what it shows, to whom, and at what cost."""

import re
from datetime import date

import pytest
from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_same_cost, assert_shows, nl
from tests.network.factories import ThemeFactory
from tests.publications.factories import (
    AuthorFactory,
    CourseUseFactory,
    PublicationFactory,
    PublicationFileFactory,
)
from tests.questions.factories import QuestionFactory
from werkplaats.accounts.models import Role
from werkplaats.ateliers.models import Atelier
from werkplaats.publications.models import Publication
from werkplaats.questions.models import Status as QuestionStatus

Status = Publication.Status


def url(publication):
    return publication.get_absolute_url()


@pytest.fixture
def plain_member(werkplaats_a):
    user = UserFactory(name="Professional A")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.PROFESSIONAL)
    return user


@pytest.fixture
def publication(werkplaats_a):
    return PublicationFactory(
        werkplaats=werkplaats_a,
        title="Handreiking samen in de wijk",
        slug="samen-in-de-wijk",
        kind=Publication.Kind.HANDREIKING,
        summary="Hoe werkers en bewoners samen optrekken.",
        body="## Wat werkt\n\nKleine stappen, **samen** met bewoners.\n\n<script>alert(1)</script>",
        date=date(2025, 3, 14),
        language=Publication.Language.DUTCH,
        licence=Publication.Licence.CC_BY_SA,
        for_professionals=True,
        for_education=True,
    )


@pytest.fixture
def draft(werkplaats_a):
    return PublicationFactory(werkplaats=werkplaats_a, title="Nog niet af", status=Status.CONCEPT)


def test_the_page_shows_the_publication(client, publication):
    AuthorFactory(publication=publication, name="Fatima El Amrani", affiliation="Hogeschool Leiden")
    AuthorFactory(publication=publication, name="Piet Bakker", affiliation="", position=1)
    publication.themes.add(ThemeFactory(name="Armoede"))

    response = client.get(url(publication))

    assert response.status_code == 200
    content = response.content.decode()
    assert '<h1 class="utrecht-heading-1">Handreiking samen in de wijk</h1>' in content
    assert "Hoe werkers en bewoners samen optrekken." in content
    assert "<strong>samen</strong>" in content  # the body as Markdown
    assert "<script>alert" not in content  # … sanitised
    assert nl("guide").capitalize() in content
    assert "14 maart 2025" in content
    assert "Fatima El Amrani" in content
    assert "(Hogeschool Leiden)" in content
    assert "Piet Bakker" in content
    assert nl("Dutch") in content
    assert "Armoede" in content
    assert f"{nl('professionals')}, {nl('education')}".capitalize() in content
    assert "Werkplaats A" in content


def test_an_author_who_is_a_member_links_nowhere(client, publication, member_a):
    AuthorFactory(publication=publication, user=member_a, name="Onderzoeker A")

    content = client.get(url(publication)).content.decode()

    assert "Onderzoeker A" in content
    assert not re.search(r"<a [^>]*>\s*Onderzoeker A", content)
    assert "onderzoeker-a@example.org" not in content


def test_a_creative_commons_licence_links_to_its_deed(client, publication):
    content = client.get(url(publication)).content.decode()

    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/deed.nl"' in content
    assert "CC BY-SA 4.0" in content


def test_cc0_links_to_the_public_domain_deed(client, publication):
    publication.licence = Publication.Licence.CC0
    publication.save()

    content = client.get(url(publication)).content.decode()

    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/deed.nl"' in content


def test_all_rights_reserved_links_nowhere(client, publication):
    publication.licence = Publication.Licence.RESERVED
    publication.save()

    content = client.get(url(publication)).content.decode()

    assert nl("all rights reserved").capitalize() in content
    assert "creativecommons.org" not in content


def test_doi_isbn_and_where_else_it_appeared(client, publication):
    publication.doi = "10.1080/13691457.2021.1234567"
    publication.isbn = "9789036812344"
    publication.external_url = "https://www.movisie.nl/publicatie/samen"
    publication.appeared_in = "Tijdschrift voor Sociale Vraagstukken 2025/1"
    publication.national_site_url = "https://www.werkplaatsensociaaldomein.nl/samen"
    publication.save()

    content = client.get(url(publication)).content.decode()

    assert (
        '<a class="utrecht-link" href="https://doi.org/10.1080/13691457.2021.1234567">'
        "https://doi.org/10.1080/13691457.2021.1234567</a>"
    ) in content
    assert "9789036812344" in content
    assert 'href="https://www.movisie.nl/publicatie/samen"' in content
    assert "Tijdschrift voor Sociale Vraagstukken 2025/1" in content
    assert 'href="https://www.werkplaatsensociaaldomein.nl/samen"' in content


def test_a_doi_with_special_characters_is_encoded_in_the_link(client, publication):
    publication.doi = '10.1002/(SICI)1097-4571#x"y'
    publication.save()

    content = client.get(url(publication)).content.decode()

    assert 'href="https://doi.org/10.1002/%28SICI%291097-4571%23x%22y"' in content


def test_without_identifiers_the_page_shows_no_empty_facts(client, publication):
    content = client.get(url(publication)).content.decode()

    assert "doi.org" not in content
    assert f"<dt>{nl('ISBN')}</dt>" not in content
    assert f"<dt>{nl('Also appeared in')}</dt>" not in content


def test_files_with_their_size_and_type(client, publication):
    stored = PublicationFileFactory(publication=publication, original_name="handreiking.pdf")

    content = client.get(url(publication)).content.decode()

    address = reverse(
        "publications:file",
        kwargs={"slug": "werkplaats-a", "publication": publication.slug, "pk": stored.pk},
    )
    assert f'href="{address}"' in content
    assert "handreiking.pdf" in content
    assert "(PDF, " in content


def test_the_courses_where_it_is_used(client, publication):
    CourseUseFactory(
        publication=publication,
        course__name="Social Work voltijd",
        course__institution__name="Hogeschool Leiden",
        academic_year="2024-2025",
    )

    response = client.get(url(publication))

    assert_shows(response, "Used in education")
    content = response.content.decode()
    assert "Social Work voltijd, Hogeschool Leiden" in content
    assert "2024-2025" in content


# Links to questions, the agenda and ateliers -------------------------------------------------


def test_public_links_are_shown_and_private_ones_are_not(client, publication, werkplaats_a):
    public_question = QuestionFactory(werkplaats=werkplaats_a, title="Publieke vraag")
    new_question = QuestionFactory(
        werkplaats=werkplaats_a, title="Nog niet bekeken", status=QuestionStatus.SUBMITTED
    )
    theme = AgendaThemeFactory(
        agenda=AgendaFactory(werkplaats=werkplaats_a), title="Eenzaamheid onder ouderen"
    )
    active = AtelierFactory(werkplaats=werkplaats_a, title="Atelier actief")
    preparing = AtelierFactory(
        werkplaats=werkplaats_a, title="Atelier in voorbereiding", status=Atelier.Status.PREPARING
    )
    publication.questions.add(public_question, new_question)
    publication.agenda_themes.add(theme)
    publication.ateliers.add(active, preparing)

    content = client.get(url(publication)).content.decode()

    assert f'href="{public_question.get_absolute_url()}"' in content
    assert "Nog niet bekeken" not in content
    assert f"/werkplaatsen/werkplaats-a/kennisagenda/#thema-{theme.pk}" in content
    assert "Eenzaamheid onder ouderen" in content
    assert f'href="{active.get_absolute_url()}"' in content
    assert "Atelier in voorbereiding" not in content


# Drafts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "coordinator_b"])
def test_a_draft_is_404_for_outsiders(client_for, role_users, draft, role):
    assert client_for(role_users[role]).get(url(draft)).status_code == 404


@pytest.mark.parametrize("status", [Status.CONCEPT, Status.REVIEW])
def test_an_unpublished_publication_is_404_for_anonymous(client, werkplaats_a, status):
    unpublished = PublicationFactory(werkplaats=werkplaats_a, status=status)

    assert client.get(url(unpublished)).status_code == 404


@pytest.mark.parametrize("role", ["plain_member", "member_a", "coordinator_a", "national_admin"])
def test_members_see_a_draft_with_a_clear_notice(client_for, request, draft, role):
    response = client_for(request.getfixturevalue(role)).get(url(draft))

    assert response.status_code == 200
    assert_shows(response, "This publication is a draft. It has not been published yet.")
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_a_publication_in_review_says_so(client_for, member_a, werkplaats_a):
    review = PublicationFactory(werkplaats=werkplaats_a, status=Status.REVIEW)

    response = client_for(member_a).get(url(review))

    assert_shows(response, "This publication is in review. It has not been published yet.")


def test_a_published_publication_has_no_draft_notice(client_for, member_a, publication):
    response = client_for(member_a).get(url(publication))

    content = response.content.decode()
    assert nl("This publication is a draft. It has not been published yet.") not in content
    assert "noindex" not in content


def test_a_publication_of_b_under_the_address_of_a_is_404(client, werkplaats_b):
    other = PublicationFactory(werkplaats=werkplaats_b)
    address = reverse(
        "publications:detail", kwargs={"slug": "werkplaats-a", "publication": other.slug}
    )

    assert client.get(address).status_code == 404


# What members see ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "coordinator_b"])
def test_outsiders_see_no_editor_links_workflow_or_usage(client_for, role_users, publication, role):
    response = client_for(role_users[role]).get(url(publication))

    content = response.content.decode()
    assert reverse("publications:edit", args=["werkplaats-a", publication.slug]) not in content
    assert reverse("publications:move", args=["werkplaats-a", publication.slug]) not in content
    assert nl("Views and downloads in the last 12 months") not in content


def test_members_see_the_editor_links_of_a_draft_and_the_usage(client_for, plain_member, draft):
    response = client_for(plain_member).get(url(draft))

    content = response.content.decode()
    assert reverse("publications:edit", args=["werkplaats-a", draft.slug]) in content
    assert reverse("publications:files", args=["werkplaats-a", draft.slug]) in content
    assert_shows(response, "Views and downloads in the last 12 months")
    assert len(response.context["usage"]) == 12


def test_only_those_who_publish_may_change_a_published_one(
    client_for, plain_member, member_a, publication
):
    edit = reverse("publications:edit", args=["werkplaats-a", publication.slug])

    assert edit not in client_for(plain_member).get(url(publication)).content.decode()
    assert edit in client_for(member_a).get(url(publication)).content.decode()  # a researcher


def buttons(response) -> list[str]:
    return [status for status, _label in response.context["moves"]]


def test_a_plain_member_may_only_send_a_draft_for_review(client_for, plain_member, draft):
    response = client_for(plain_member).get(url(draft))

    assert buttons(response) == [Status.REVIEW]
    assert_shows(response, "Send for review")
    assert nl("Publish") not in re.findall(
        r"<button[^>]*>([^<]*)</button>", response.content.decode()
    )


def test_a_plain_member_has_no_buttons_on_a_review_or_published_one(
    client_for, plain_member, werkplaats_a, publication
):
    review = PublicationFactory(werkplaats=werkplaats_a, status=Status.REVIEW)

    assert buttons(client_for(plain_member).get(url(review))) == []
    assert buttons(client_for(plain_member).get(url(publication))) == []


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.CONCEPT, [Status.REVIEW, Status.PUBLISHED]),
        (Status.REVIEW, [Status.CONCEPT, Status.PUBLISHED]),
        (Status.PUBLISHED, [Status.CONCEPT]),
    ],
)
@pytest.mark.parametrize("role", ["member_a", "coordinator_a", "national_admin"])
def test_those_who_publish_get_every_step_from_here(
    client_for, request, werkplaats_a, status, expected, role
):
    shown = PublicationFactory(werkplaats=werkplaats_a, status=status)

    response = client_for(request.getfixturevalue(role)).get(url(shown))

    assert buttons(response) == expected
    content = response.content.decode()
    for step in expected:
        assert f'name="status" value="{step}"' in content


# Cost ----------------------------------------------------------------------------------------


def _grow(publication):
    werkplaats = publication.werkplaats

    def add(number):
        agenda = AgendaFactory(werkplaats=werkplaats, start_year=2000 + publication.themes.count())
        for _n in range(number):
            AuthorFactory(publication=publication)
            PublicationFileFactory(publication=publication)
            publication.themes.add(ThemeFactory())
            publication.questions.add(QuestionFactory(werkplaats=werkplaats))
            publication.agenda_themes.add(AgendaThemeFactory(agenda=agenda))
            publication.ateliers.add(AtelierFactory(werkplaats=werkplaats))
            CourseUseFactory(publication=publication)

    return add


def test_the_page_costs_the_same_whatever_it_links_to(client, publication):
    assert_same_cost(client, url(publication), _grow(publication), small=2, large=10)


def test_the_page_of_a_member_costs_the_same_whatever_it_links_to(
    client_for, member_a, publication
):
    publication.for_residents = True
    publication.save()

    assert_same_cost(client_for(member_a), url(publication), _grow(publication), small=2, large=10)
