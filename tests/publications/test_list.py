"""The publication lists, national and per werkplaats: what is shown to whom, filters, pages."""

from datetime import date

import pytest
from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_same_cost, assert_shows, nl
from tests.network.factories import ThemeFactory
from tests.publications.factories import AuthorFactory, PublicationFactory
from werkplaats.accounts.models import Role
from werkplaats.publications.models import Publication

NATIONAL = reverse("publications:national")
Status = Publication.Status


def list_url(werkplaats):
    return reverse("publications:list", kwargs={"slug": werkplaats.slug})


def titles(response) -> list[str]:
    return [publication.title for publication in response.context["page"].object_list]


def unpublished_titles(response) -> list[str]:
    return [publication.title for publication in response.context["unpublished"]]


@pytest.fixture
def plain_member(werkplaats_a):
    """A member of A who writes but does not publish."""
    user = UserFactory(name="Professional A")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.PROFESSIONAL)
    return user


@pytest.fixture
def shelf(werkplaats_a, werkplaats_b):
    """Published, in review and draft publications of A, and one published of B."""
    return {
        "a_published": PublicationFactory(werkplaats=werkplaats_a, title="Gepubliceerd A"),
        "a_review": PublicationFactory(
            werkplaats=werkplaats_a, title="In review A", status=Status.REVIEW
        ),
        "a_draft": PublicationFactory(
            werkplaats=werkplaats_a, title="Concept A", status=Status.CONCEPT
        ),
        "b_published": PublicationFactory(werkplaats=werkplaats_b, title="Gepubliceerd B"),
        "b_draft": PublicationFactory(
            werkplaats=werkplaats_b, title="Concept B", status=Status.CONCEPT
        ),
    }


# Who sees what -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_a", "national_admin"])
def test_the_national_list_shows_only_published_publications_to_everyone(
    client_for, role_users, shelf, role
):
    response = client_for(role_users[role]).get(NATIONAL)

    assert response.status_code == 200
    assert sorted(titles(response)) == ["Gepubliceerd A", "Gepubliceerd B"]
    assert response.context["unpublished"] == []
    assert nl("Drafts and in review") not in response.content.decode()


@pytest.mark.parametrize("role", ["anonymous", "coordinator_b"])
def test_outsiders_see_only_what_a_werkplaats_published(client_for, role_users, shelf, role):
    response = client_for(role_users[role]).get(list_url(shelf["a_published"].werkplaats))

    assert response.status_code == 200
    assert titles(response) == ["Gepubliceerd A"]
    content = response.content.decode()
    assert "Concept A" not in content
    assert "In review A" not in content
    assert nl("Drafts and in review") not in content
    assert nl("New publication") not in content


@pytest.mark.parametrize("role", ["plain_member", "member_a", "coordinator_a", "national_admin"])
def test_members_also_see_the_drafts_and_reviews_of_their_werkplaats(
    client_for, request, werkplaats_a, shelf, role
):
    user = request.getfixturevalue(role)

    response = client_for(user).get(list_url(werkplaats_a))

    assert titles(response) == ["Gepubliceerd A"]
    assert sorted(unpublished_titles(response)) == ["Concept A", "In review A"]
    assert_shows(response, "Drafts and in review")
    assert_shows(response, "New publication")
    assert reverse("publications:create", kwargs={"slug": "werkplaats-a"}) in (
        response.content.decode()
    )


def test_a_member_of_a_does_not_see_the_drafts_of_b(client_for, member_a, werkplaats_b, shelf):
    response = client_for(member_a).get(list_url(werkplaats_b))

    assert titles(response) == ["Gepubliceerd B"]
    assert response.context["unpublished"] == []
    assert "Concept B" not in response.content.decode()


def test_the_werkplaats_list_shows_only_that_werkplaats(client, werkplaats_b, shelf):
    assert titles(client.get(list_url(werkplaats_b))) == ["Gepubliceerd B"]


def test_an_unknown_werkplaats_is_404(client, db):
    assert client.get("/werkplaatsen/bestaat-niet/publicaties/").status_code == 404


def test_newest_first(client, werkplaats_a):
    PublicationFactory(werkplaats=werkplaats_a, title="Oud", date=date(2021, 5, 1))
    PublicationFactory(werkplaats=werkplaats_a, title="Nieuw", date=date(2025, 1, 1))
    PublicationFactory(werkplaats=werkplaats_a, title="Midden", date=date(2023, 9, 1))

    assert titles(client.get(NATIONAL)) == ["Nieuw", "Midden", "Oud"]


def test_a_card_shows_kind_date_werkplaats_authors_summary_and_audiences(client, werkplaats_a):
    publication = PublicationFactory(
        werkplaats=werkplaats_a,
        kind=Publication.Kind.METHODIEK,
        date=date(2024, 11, 5),
        summary="Woord " * 60,
        for_professionals=True,
        for_residents=True,
    )
    AuthorFactory(publication=publication, name="Fatima El Amrani", position=0)
    AuthorFactory(publication=publication, name="Jan de Vries", position=1)

    content = client.get(NATIONAL).content.decode()

    assert publication.title in content
    assert nl("method").capitalize() in content
    assert "5 november 2024" in content
    assert "Werkplaats A" in content
    assert "Fatima El Amrani, Jan de Vries" in content
    assert "Woord " * 40 + "…" in content  # truncated after 40 words
    assert "Woord " * 41 not in content
    assert nl("for %(audience)s") % {"audience": nl("residents")} in content
    assert nl("for %(audience)s") % {"audience": nl("professionals")} in content


# Filters -------------------------------------------------------------------------------------


@pytest.fixture
def variety(werkplaats_a, werkplaats_b):
    care = ThemeFactory(name="Zorg", slug="zorg")
    return {
        "care": care,
        "report": PublicationFactory(
            werkplaats=werkplaats_a,
            title="Rapport 2023",
            kind=Publication.Kind.RAPPORT,
            date=date(2023, 6, 1),
            for_professionals=False,
            for_policy=True,
        ),
        "blog": PublicationFactory(
            werkplaats=werkplaats_a,
            title="Blog in het Engels",
            kind=Publication.Kind.BLOG,
            language=Publication.Language.ENGLISH,
            for_professionals=False,
            for_residents=True,
        ),
        "method": PublicationFactory(
            werkplaats=werkplaats_b, title="Methodiek B", kind=Publication.Kind.METHODIEK
        ),
    }


@pytest.fixture
def themed(variety):
    variety["method"].themes.add(variety["care"])
    variety["blog"].themes.add(variety["care"])
    return variety


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "rapport"}, ["Rapport 2023"]),
        ({"theme": "zorg"}, ["Blog in het Engels", "Methodiek B"]),
        ({"audience": "residents"}, ["Blog in het Engels"]),
        ({"audience": "policy"}, ["Rapport 2023"]),
        ({"year": "2023"}, ["Rapport 2023"]),
        ({"werkplaats": "werkplaats-b"}, ["Methodiek B"]),
        ({"language": "en"}, ["Blog in het Engels"]),
        ({"theme": "zorg", "werkplaats": "werkplaats-a"}, ["Blog in het Engels"]),
        (
            {"kind": "", "theme": "", "year": ""},
            ["Blog in het Engels", "Methodiek B", "Rapport 2023"],
        ),
    ],
)
def test_filters_of_the_national_list(client, themed, query, expected):
    response = client.get(NATIONAL, query)

    assert response.status_code == 200
    assert sorted(titles(response)) == expected


def test_filters_on_a_werkplaats_list_stay_within_it(client, werkplaats_a, themed):
    response = client.get(list_url(werkplaats_a), {"theme": "zorg"})

    assert titles(response) == ["Blog in het Engels"]
    assert "werkplaats" not in response.context["form"].fields


def test_no_match_says_so(client, themed):
    response = client.get(NATIONAL, {"kind": "boek"})

    assert titles(response) == []
    assert_shows(response, "No publications match these filters.")


def test_only_years_with_publications_can_be_chosen(client, themed):
    response = client.get(NATIONAL)

    years = [value for value, _label in response.context["form"].fields["year"].choices]
    assert years == ["", 2025, 2023]


@pytest.mark.parametrize(
    "query",
    [
        {"kind": "roman"},
        {"theme": "bestaat-niet"},
        {"audience": "everybody"},
        {"year": "1999"},
        {"year": "twee"},
        {"werkplaats": "bestaat-niet"},
        {"language": "de"},
    ],
)
def test_a_wrong_filter_is_400_and_filters_nothing(client, themed, query):
    response = client.get(NATIONAL, query)

    assert response.status_code == 400
    assert query.keys() & response.context["form"].errors.keys()
    assert sorted(titles(response)) == ["Blog in het Engels", "Methodiek B", "Rapport 2023"]


def test_an_empty_kennisbank_says_so(client, db):
    response = client.get(NATIONAL)

    assert response.status_code == 200
    assert_shows(response, "Nothing has been published yet.")


# Pages ---------------------------------------------------------------------------------------


def test_twenty_per_page(client, werkplaats_a):
    PublicationFactory.create_batch(25, werkplaats=werkplaats_a)

    first = client.get(NATIONAL)
    second = client.get(NATIONAL, {"pagina": "2"})

    assert len(first.context["page"].object_list) == 20
    assert len(second.context["page"].object_list) == 5
    assert not set(titles(first)) & set(titles(second))
    assert "pagina=2" in first.content.decode()


def test_pagination_keeps_the_filters(client, werkplaats_a):
    PublicationFactory.create_batch(21, werkplaats=werkplaats_a, kind=Publication.Kind.BLOG)

    response = client.get(NATIONAL, {"kind": "blog"})

    assert "kind=blog&amp;pagina=2" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "abc", "99"])
def test_a_strange_page_number_shows_a_page(client, werkplaats_a, page):
    PublicationFactory.create_batch(3, werkplaats=werkplaats_a)

    response = client.get(NATIONAL, {"pagina": page})

    assert response.status_code == 200
    assert len(response.context["page"].object_list) == 3


# Cost ----------------------------------------------------------------------------------------


def _add(werkplaats, status=Status.PUBLISHED):
    def add(number):
        theme = ThemeFactory()
        for publication in PublicationFactory.create_batch(
            number, werkplaats=werkplaats, status=status, for_residents=True
        ):
            AuthorFactory.create_batch(2, publication=publication)
            publication.themes.add(theme)

    return add


def test_the_national_list_costs_the_same_with_more_publications(client, werkplaats_a):
    assert_same_cost(client, NATIONAL, _add(werkplaats_a), small=3, large=20)


def test_the_list_of_a_member_costs_the_same_with_more_drafts(client_for, member_a, werkplaats_a):
    def add(number):
        _add(werkplaats_a)(number)
        _add(werkplaats_a, Status.CONCEPT)(number)

    assert_same_cost(client_for(member_a), list_url(werkplaats_a), add, small=2, large=15)


# Where the kennisbank is linked from ---------------------------------------------------------


def test_the_main_menu_links_to_the_kennisbank(client, db):
    response = client.get(NATIONAL)

    content = response.content.decode()
    assert f'<a class="utrecht-link" href="{NATIONAL}" aria-current="page">' in content
    assert_shows(response, "Knowledge base")


def test_the_management_pages_link_to_the_publications(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).get(reverse("network:manage", args=["werkplaats-a"]))

    assert f'href="{list_url(werkplaats_a)}"' in response.content.decode()


def test_the_atelier_page_lists_its_published_publications(client, werkplaats_a):
    atelier = AtelierFactory(werkplaats=werkplaats_a)
    published = PublicationFactory(werkplaats=werkplaats_a, title="Opbrengst van het atelier")
    draft = PublicationFactory(
        werkplaats=werkplaats_a, title="Nog een concept", status=Status.CONCEPT
    )
    published.ateliers.add(atelier)
    draft.ateliers.add(atelier)

    content = client.get(atelier.get_absolute_url()).content.decode()

    assert f'href="{published.get_absolute_url()}"' in content
    assert "Nog een concept" not in content
    assert nl("Publications of this atelier will appear here.") not in content


def test_an_atelier_without_publications_says_so(client, werkplaats_a):
    atelier = AtelierFactory(werkplaats=werkplaats_a)

    assert_shows(client.get(atelier.get_absolute_url()), "This atelier has no publications yet.")
