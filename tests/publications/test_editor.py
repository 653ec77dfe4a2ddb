"""Writing a publication: who may, what is stored, and every wrong input refused."""

from datetime import date

import pytest
from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.ateliers.factories import AtelierFactory
from tests.helpers import assert_shows, flashed, form_errors, nl
from tests.network.factories import OrganisationFactory, ThemeFactory
from tests.publications.factories import AuthorFactory, PublicationFactory
from tests.questions.factories import QuestionFactory
from werkplaats.accounts.models import Role
from werkplaats.ateliers.models import Atelier
from werkplaats.audit.models import AuditEntry
from werkplaats.publications.models import Author, Publication
from werkplaats.questions.models import Status as QuestionStatus

CREATE = reverse("publications:create", kwargs={"slug": "werkplaats-a"})
Status = Publication.Status


def edit_url(publication):
    return reverse(
        "publications:edit",
        kwargs={"slug": publication.werkplaats.slug, "publication": publication.slug},
    )


def form_data(
    authors=({"name": "Fatima El Amrani", "affiliation": "Hogeschool Leiden"},), **changes
):
    """The editor as a browser sends it; ``authors`` are the rows of the authors' part."""
    data = {
        "title": "Samen werken aan een inclusieve wijk",
        "kind": Publication.Kind.HANDREIKING,
        "summary": "Wat sociaal werkers en bewoners samen kunnen doen.",
        "body": "## Aanpak\n\nBegin **klein**.",
        "date": "2025-04-01",
        "language": "nl",
        "licence": Publication.Licence.CC_BY,
        "audiences": ["professionals"],
        "external_url": "",
        "doi": "",
        "isbn": "",
        "appeared_in": "",
        "national_site_url": "",
        "authors-TOTAL_FORMS": str(len(authors) + 1),
        "authors-INITIAL_FORMS": "0",
        "authors-MIN_NUM_FORMS": "0",
        "authors-MAX_NUM_FORMS": "1000",
    }
    for index, author in enumerate([*authors, {}]):  # and an empty row, as the page has
        for field in ("member", "name", "affiliation"):
            data[f"authors-{index}-{field}"] = author.get(field, "")
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


@pytest.fixture
def plain_member(werkplaats_a):
    user = UserFactory(name="Professional A")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.PROFESSIONAL)
    return user


@pytest.fixture
def publication(werkplaats_a):
    publication = PublicationFactory(
        werkplaats=werkplaats_a,
        title="Oude titel",
        slug="oude-titel",
        status=Status.REVIEW,
        created_by=UserFactory(),
    )
    AuthorFactory(publication=publication, name="Eerste Auteur", position=0)
    return publication


def stored_state():
    """Everything the editor writes, to prove a refused form wrote nothing."""
    return (
        list(Publication.objects.values()),
        list(Author.objects.values()),
        list(Publication.themes.through.objects.values()),
        list(Publication.questions.through.objects.values()),
        list(Publication.ateliers.through.objects.values()),
        AuditEntry.objects.count(),
    )


# Who may -------------------------------------------------------------------------------------

WRITERS = ("plain_member", "member_a", "coordinator_a", "national_admin")


@pytest.mark.parametrize("role", WRITERS)
def test_members_get_the_editor(client_for, request, publication, role):
    client = client_for(request.getfixturevalue(role))

    assert client.get(CREATE).status_code == 200
    assert client.get(edit_url(publication)).status_code == 200


def test_anonymous_is_sent_to_log_in(client, publication):
    for address in (CREATE, edit_url(publication)):
        response = client.get(address)
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
        assert client.post(address, form_data()).status_code == 302
    assert not Publication.objects.exclude(pk=publication.pk).exists()


def test_a_coordinator_of_b_gets_404(client_for, coordinator_b, publication):
    client = client_for(coordinator_b)
    before = stored_state()

    assert client.get(CREATE).status_code == 404
    assert client.post(CREATE, form_data()).status_code == 404
    assert client.get(edit_url(publication)).status_code == 404
    assert client.post(edit_url(publication), form_data(title="Overgenomen")).status_code == 404
    assert stored_state() == before


def test_a_publication_of_b_under_the_address_of_a_is_404(client_for, coordinator_a, werkplaats_b):
    other = PublicationFactory(werkplaats=werkplaats_b)
    address = reverse(
        "publications:edit", kwargs={"slug": "werkplaats-a", "publication": other.slug}
    )

    assert client_for(coordinator_a).get(address).status_code == 404


# Creating and changing -----------------------------------------------------------------------


def test_a_member_creates_a_draft_with_authors_in_order(client_for, plain_member, member_a):
    organisation = OrganisationFactory(name="Gemeente Leiden")
    membership = member_a.memberships.get()
    membership.organisation = organisation
    membership.save()
    theme = ThemeFactory()

    response = client_for(plain_member).post(
        CREATE,
        form_data(
            authors=[
                {"name": "Fatima El Amrani", "affiliation": "Hogeschool Leiden"},
                {"member": str(member_a.pk)},
                {"member": str(plain_member.pk), "name": "P. Professional", "affiliation": "Zelf"},
            ],
            themes=[str(theme.pk)],
            audiences=["professionals", "residents"],
        ),
    )

    publication = Publication.objects.get()
    assert response.status_code == 302
    assert response.url == publication.get_absolute_url()
    assert nl("The publication has been created.") in flashed(response)
    assert publication.status == Status.CONCEPT
    assert publication.title == "Samen werken aan een inclusieve wijk"
    assert publication.slug == "samen-werken-aan-een-inclusieve-wijk"
    assert publication.date == date(2025, 4, 1)
    assert publication.created_by == plain_member
    assert publication.audiences == ["professionals", "residents"]
    assert list(publication.themes.all()) == [theme]
    assert [(a.position, a.user, a.name, a.affiliation) for a in publication.authors.all()] == [
        (0, None, "Fatima El Amrani", "Hogeschool Leiden"),
        (1, member_a, "Onderzoeker A", "Gemeente Leiden"),  # the member's name and organisation
        (2, plain_member, "P. Professional", "Zelf"),
    ]
    assert AuditEntry.objects.filter(
        action="publication.create", object_id=str(publication.pk), actor=plain_member
    ).exists()


def test_the_new_editor_has_the_writer_as_first_author(client_for, member_a):
    response = client_for(member_a).get(CREATE)

    first = response.context["authors"].forms[0]
    assert first.initial == {"member": member_a.pk}
    assert str(response.context["form"]["date"].value()) == str(date.today())


def test_a_national_admin_who_is_not_a_member_is_first_author_by_name(
    client_for, national_admin, werkplaats_a
):
    response = client_for(national_admin).get(CREATE)

    assert response.context["authors"].forms[0].initial == {"name": "Landelijk beheer"}


def test_editing_changes_the_text_and_authors_but_not_the_status(
    client_for, plain_member, publication
):
    response = client_for(plain_member).post(
        edit_url(publication),
        form_data(
            title="Nieuwe titel",
            authors=[{"name": "Tweede Auteur"}, {"name": "Eerste Auteur"}],
        ),
    )

    assert response.status_code == 302
    assert nl("The publication has been saved.") in flashed(response)
    publication.refresh_from_db()
    assert publication.title == "Nieuwe titel"
    assert publication.slug == "oude-titel"  # addresses stay
    assert publication.status == Status.REVIEW
    assert [a.name for a in publication.authors.all()] == ["Tweede Auteur", "Eerste Auteur"]
    assert AuditEntry.objects.filter(action="publication.update").count() == 1


def test_a_publication_whose_creator_is_gone_can_still_be_edited(client_for, member_a, publication):
    publication.created_by.delete()

    response = client_for(member_a).post(edit_url(publication), form_data(title="Nieuwe titel"))

    assert response.status_code == 302


def test_the_edit_page_shows_what_is_stored(client_for, member_a, publication):
    response = client_for(member_a).get(edit_url(publication))

    assert response.context["form"]["title"].value() == "Oude titel"
    assert response.context["authors"].forms[0].initial["name"] == "Eerste Auteur"
    assert response.context["form"]["audiences"].value() == ["professionals"]


def test_a_doi_link_and_a_hyphenated_isbn_are_stored_clean(client_for, member_a):
    client_for(member_a).post(
        CREATE,
        form_data(doi="https://doi.org/10.1080/13691457.2021.1234567", isbn="978-90-368-1234-4"),
    )

    publication = Publication.objects.get()
    assert publication.doi == "10.1080/13691457.2021.1234567"
    assert publication.isbn == "9789036812344"


def test_a_second_publication_with_the_same_title_gets_its_own_address(client_for, member_a):
    client = client_for(member_a)
    client.post(CREATE, form_data())
    client.post(CREATE, form_data())

    assert sorted(Publication.objects.values_list("slug", flat=True)) == [
        "samen-werken-aan-een-inclusieve-wijk",
        "samen-werken-aan-een-inclusieve-wijk-2",
    ]


def test_a_publication_called_nieuw_does_not_take_the_address_of_the_editor(client_for, member_a):
    client_for(member_a).post(CREATE, form_data(title="Nieuw"))

    assert Publication.objects.get().slug != "nieuw"


# Bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"title": ""}, "title", "required"),
        ({"summary": "  "}, "summary", "required"),
        ({"date": ""}, "date", "required"),
        ({"date": "31-02-2025"}, "date", "invalid"),
        ({"kind": "roman"}, "kind", "invalid_choice"),
        ({"licence": "GPL"}, "licence", "invalid_choice"),
        ({"audiences": ["everybody"]}, "audiences", "invalid_choice"),
        ({"doi": "11.1234/abc"}, "doi", "doi"),
        ({"doi": "https://doi.org/not-a-doi"}, "doi", "doi"),
        ({"isbn": "978-90-368-1234-5"}, "isbn", "isbn"),
        ({"isbn": "0-306-40615-3"}, "isbn", "isbn"),
        ({"isbn": "12345"}, "isbn", "isbn"),
        ({"external_url": "javascript:alert(1)"}, "external_url", "invalid"),
        ({"external_url": "http://"}, "external_url", "invalid"),
        ({"national_site_url": "niet een adres"}, "national_site_url", "invalid"),
        ({"title": "x" * 251}, "title", "max_length"),
        ({"summary": "x" * 2001}, "summary", "max_length"),
    ],
)
@pytest.mark.parametrize("target", ["create", "edit"])
def test_a_wrong_field_is_400_and_nothing_is_saved(
    client_for, member_a, publication, changes, field, code, target
):
    before = stored_state()
    address = CREATE if target == "create" else edit_url(publication)

    response = client_for(member_a).post(address, form_data(**changes))

    assert response.status_code == 400
    assert code in form_errors(response).get(field, [])
    assert stored_state() == before


def test_a_wrong_doi_says_what_a_doi_looks_like(client_for, member_a):
    response = client_for(member_a).post(CREATE, form_data(doi="doi 12345"))

    assert_shows(response, "A DOI starts with 10., a number and a slash, like 10.1080/1369145.")


def test_a_wrong_isbn_says_what_to_check(client_for, member_a):
    response = client_for(member_a).post(CREATE, form_data(isbn="9789036812345"))

    assert_shows(
        response,
        "This is not a valid ISBN. Check the 10 or 13 digits, for example 978-90-368-1234-4.",
    )


@pytest.mark.parametrize("target", ["create", "edit"])
def test_without_an_author_it_is_400_and_nothing_is_saved(
    client_for, member_a, publication, target
):
    before = stored_state()
    address = CREATE if target == "create" else edit_url(publication)

    response = client_for(member_a).post(address, form_data(authors=[{}, {}]))

    assert response.status_code == 400
    assert [e.code for e in response.context["authors"].non_form_errors().as_data()] == [
        "no_author"
    ]
    assert_shows(response, "Add at least one author.")
    assert stored_state() == before


def test_an_organisation_without_a_name_is_400(client_for, member_a):
    response = client_for(member_a).post(
        CREATE, form_data(authors=[{"affiliation": "Hogeschool Leiden"}])
    )

    assert response.status_code == 400
    assert_shows(response, "Write the name of the author, or choose a member.")
    assert not Publication.objects.exists()


def test_a_member_of_another_werkplaats_cannot_be_chosen_as_author(
    client_for, member_a, coordinator_b
):
    response = client_for(member_a).post(
        CREATE, form_data(authors=[{"member": str(coordinator_b.pk)}])
    )

    assert response.status_code == 400
    assert not Publication.objects.exists()


def test_a_broken_authors_part_is_400(client_for, member_a):
    data = form_data()
    del data["authors-TOTAL_FORMS"]

    response = client_for(member_a).post(CREATE, data)

    assert response.status_code == 400
    assert not Publication.objects.exists()


# What can be linked --------------------------------------------------------------------------


@pytest.fixture
def linkable(werkplaats_a, werkplaats_b):
    agenda_a = AgendaFactory(werkplaats=werkplaats_a)
    agenda_b = AgendaFactory(werkplaats=werkplaats_b)
    return {
        "question_a": QuestionFactory(werkplaats=werkplaats_a, title="Vraag van A"),
        "new_question_a": QuestionFactory(
            werkplaats=werkplaats_a, title="Nieuwe vraag van A", status=QuestionStatus.SUBMITTED
        ),
        "question_b": QuestionFactory(werkplaats=werkplaats_b, title="Vraag van B"),
        "theme_a": AgendaThemeFactory(agenda=agenda_a, title="Agendathema van A"),
        "theme_b": AgendaThemeFactory(agenda=agenda_b, title="Agendathema van B"),
        "atelier_a": AtelierFactory(werkplaats=werkplaats_a, title="Atelier van A"),
        "preparing_a": AtelierFactory(
            werkplaats=werkplaats_a,
            title="Atelier in voorbereiding van A",
            status=Atelier.Status.PREPARING,
        ),
        "atelier_b": AtelierFactory(werkplaats=werkplaats_b, title="Atelier van B"),
    }


def choices(response, field) -> set[str]:
    return {str(label) for _value, label in response.context["form"].fields[field].choices}


def test_only_the_werkplaatss_public_questions_and_ateliers_are_offered_to_members(
    client_for, plain_member, linkable
):
    response = client_for(plain_member).get(CREATE)

    assert choices(response, "questions") == {"Vraag van A"}
    assert choices(response, "agenda_themes") == {"Agendathema van A"}
    assert choices(response, "ateliers") == {"Atelier van A"}
    content = response.content.decode()
    for hidden in ("Nieuwe vraag van A", "Vraag van B", "Agendathema van B", "Atelier van B"):
        assert hidden not in content


def test_coordinators_are_offered_every_question_and_atelier_of_their_werkplaats(
    client_for, coordinator_a, linkable
):
    response = client_for(coordinator_a).get(CREATE)

    assert choices(response, "questions") == {"Vraag van A", "Nieuwe vraag van A"}
    assert choices(response, "ateliers") == {"Atelier van A", "Atelier in voorbereiding van A"}


def test_links_are_stored(client_for, member_a, linkable):
    response = client_for(member_a).post(
        CREATE,
        form_data(
            questions=[str(linkable["question_a"].pk)],
            agenda_themes=[str(linkable["theme_a"].pk)],
            ateliers=[str(linkable["atelier_a"].pk)],
        ),
    )

    assert response.status_code == 302
    publication = Publication.objects.get()
    assert list(publication.questions.all()) == [linkable["question_a"]]
    assert list(publication.agenda_themes.all()) == [linkable["theme_a"]]
    assert list(publication.ateliers.all()) == [linkable["atelier_a"]]


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("questions", "question_b"),
        ("questions", "new_question_a"),
        ("agenda_themes", "theme_b"),
        ("ateliers", "atelier_b"),
        ("ateliers", "preparing_a"),
    ],
)
def test_linking_what_is_not_offered_is_400(client_for, plain_member, linkable, field, name):
    response = client_for(plain_member).post(CREATE, form_data(**{field: [str(linkable[name].pk)]}))

    assert response.status_code == 400
    assert "invalid_choice" in form_errors(response)[field]
    assert not Publication.objects.exists()


def test_links_a_member_is_not_offered_stay_when_they_save(
    client_for, plain_member, publication, linkable
):
    publication.questions.add(linkable["new_question_a"], linkable["question_a"])
    publication.ateliers.add(linkable["preparing_a"])

    response = client_for(plain_member).post(edit_url(publication), form_data(questions=[]))

    assert response.status_code == 302
    assert list(publication.questions.all()) == [linkable["new_question_a"]]
    assert list(publication.ateliers.all()) == [linkable["preparing_a"]]


def test_without_anything_to_link_the_editor_shows_no_empty_lists(client_for, member_a):
    response = client_for(member_a).get(CREATE)

    for field in ("questions", "agenda_themes", "ateliers"):
        assert field not in response.context["form"].fields
