""" "In het onderwijs": the overview (national and per werkplaats), adding a use and a course,
and removing a use: who may, what is shown to whom, and that bad input saves nothing."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.ateliers.factories import AtelierFactory, AtelierMemberFactory
from tests.conftest import ROLES
from tests.helpers import assert_same_cost, assert_shows, flashed, nl
from tests.network.factories import OrganisationFactory
from tests.publications.factories import CourseFactory, CourseUseFactory, PublicationFactory
from werkplaats.accounts.models import Role
from werkplaats.ateliers.models import Atelier, AtelierRole
from werkplaats.audit.models import AuditEntry
from werkplaats.network.models import Organisation
from werkplaats.publications.education_forms import academic_year_of, current_academic_year
from werkplaats.publications.models import Course, CourseUse, Publication

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
MANAGERS = {"coordinator_a", "national_admin"}
NATIONAL = reverse("publications:education_national")


def url(name: str, werkplaats="werkplaats-a", **kwargs) -> str:
    slug = getattr(werkplaats, "slug", werkplaats)
    return reverse(f"publications:{name}", kwargs={"slug": slug, **kwargs})


def answer_of(response):
    """``"login"`` for a redirect to the login page, otherwise the status code."""
    if response.status_code == 302 and response.url.startswith(reverse("account_login")):
        return "login"
    return response.status_code


def expected_answer(role: str, answer, allowed=MANAGERS):
    if role == "anonymous":
        return "login"
    return answer if role in allowed else 404


def role_cases(views) -> list:
    return [pytest.param(name, role, id=f"{name}-{role}") for name in views for role in ROLES]


def shown_uses(response) -> list[CourseUse]:
    return [use for _year, uses in response.context["years"] for use in uses]


@pytest.fixture
def hogeschool(db):
    return OrganisationFactory(
        name="Hogeschool Leiden", slug="hogeschool-leiden", kind=Organisation.Kind.HOGESCHOOL
    )


@pytest.fixture
def course(hogeschool):
    return CourseFactory(name="Social Work", institution=hogeschool, level=Course.Level.HBO)


@pytest.fixture
def publication(werkplaats_a):
    return PublicationFactory(
        werkplaats=werkplaats_a, title="Handreiking eenzaamheid", slug="eenzaamheid"
    )


@pytest.fixture
def atelier(werkplaats_a):
    return AtelierFactory(werkplaats=werkplaats_a, title="Leeratelier Armoede", slug="armoede")


@pytest.fixture
def use(course, publication):
    return CourseUseFactory(
        course=course,
        publication=publication,
        how="Verplichte literatuur.",
        academic_year="2025-2026",
    )


# The overview ---------------------------------------------------------------------------------


def test_the_overview_shows_course_institution_level_and_what_was_used(
    client_for, course, publication, atelier, werkplaats_a
):
    CourseUseFactory(course=course, publication=publication, how="Verplichte literatuur.")
    mbo = CourseFactory(
        name="Maatschappelijke Zorg",
        institution__name="ROC Mondriaan",
        institution__kind=Organisation.Kind.OVERIG,
        level=Course.Level.MBO,
    )
    CourseUseFactory(
        course=mbo,
        publication=None,
        atelier=atelier,
        werkplaats=werkplaats_a,
        how="Studenten deden praktijkonderzoek in het atelier.",
    )

    for address in (NATIONAL, url("education")):
        response = client_for(None).get(address)

        assert response.status_code == 200
        content = response.content.decode()
        for text in (
            "Social Work",
            "Maatschappelijke Zorg",
            "Verplichte literatuur.",
            "Studenten deden praktijkonderzoek in het atelier.",
            publication.get_absolute_url(),
            "Handreiking eenzaamheid",
            atelier.get_absolute_url(),
            "Leeratelier Armoede",
            reverse("network:organisation", kwargs={"slug": "hogeschool-leiden"}),
            mbo.institution.get_absolute_url(),
            "2025-2026",
        ):
            assert text in content, text
        assert nl(str(Course.Level.MBO.label)) in content


def test_the_national_overview_shows_every_werkplaats_and_links_to_its_page(
    client_for, use, werkplaats_b
):
    theirs = CourseUseFactory(publication__werkplaats=werkplaats_b)

    response = client_for(None).get(NATIONAL)

    assert set(shown_uses(response)) == {use, theirs}
    content = response.content.decode()
    assert url("education", werkplaats_b) in content
    assert url("education") in content


def test_the_werkplaats_overview_shows_only_its_own_uses(client_for, use, werkplaats_b):
    CourseUseFactory(publication__werkplaats=werkplaats_b, publication__title="Van B")

    response = client_for(None).get(url("education"))

    assert shown_uses(response) == [use]
    assert "Van B" not in response.content.decode()


def test_an_unknown_werkplaats_answers_404(client_for, db):
    assert client_for(None).get(url("education", "bestaat-niet")).status_code == 404


# Who sees what: a use shows only when its source may be seen.

# role -> (sees the draft publication's use, sees the atelier-in-preparation's use)
SEES_HIDDEN = {
    "anonymous": (False, False),
    "member_a": (True, False),
    "coordinator_a": (True, True),
    "coordinator_b": (False, False),
    "national_admin": (True, True),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", ["national", "werkplaats"])
def test_uses_of_drafts_and_ateliers_in_preparation_are_hidden_from_outsiders(
    client_for, role_users, werkplaats_a, course, publication, role, page
):
    shown = CourseUseFactory(course=course, publication=publication)
    public_atelier = CourseUseFactory(
        course=course,
        publication=None,
        atelier=AtelierFactory(werkplaats=werkplaats_a),
        werkplaats=werkplaats_a,
    )
    draft = CourseUseFactory(
        course=course,
        publication=PublicationFactory(
            werkplaats=werkplaats_a, status=Publication.Status.CONCEPT, title="Geheim concept"
        ),
    )
    in_review = CourseUseFactory(
        course=course,
        publication=PublicationFactory(
            werkplaats=werkplaats_a, status=Publication.Status.REVIEW, title="Nog in review"
        ),
    )
    preparing = CourseUseFactory(
        course=course,
        publication=None,
        atelier=AtelierFactory(
            werkplaats=werkplaats_a,
            status=Atelier.Status.PREPARING,
            title="Atelier in voorbereiding",
        ),
        werkplaats=werkplaats_a,
    )
    sees_draft, sees_preparing = SEES_HIDDEN[role]

    response = client_for(role_users[role]).get(
        NATIONAL if page == "national" else url("education")
    )

    expected = {shown, public_atelier}
    if sees_draft:
        expected |= {draft, in_review}
    if sees_preparing:
        expected.add(preparing)
    assert set(shown_uses(response)) == expected
    content = response.content.decode()
    assert ("Geheim concept" in content) is sees_draft
    assert ("Nog in review" in content) is sees_draft
    assert ("Atelier in voorbereiding" in content) is sees_preparing
    assert response.context["summary"]["uses"] == len(expected)


def test_a_completed_atelier_is_shown(client_for, werkplaats_a, course):
    completed = AtelierFactory(werkplaats=werkplaats_a, status=Atelier.Status.COMPLETED)
    use = CourseUseFactory(
        course=course, publication=None, atelier=completed, werkplaats=werkplaats_a
    )

    assert shown_uses(client_for(None).get(NATIONAL)) == [use]


def test_a_member_of_b_does_not_see_drafts_of_a(client_for, werkplaats_a, werkplaats_b, course):
    reader = UserFactory()
    MembershipFactory(user=reader, werkplaats=werkplaats_b, role=Role.RESEARCHER)
    CourseUseFactory(
        course=course,
        publication=PublicationFactory(werkplaats=werkplaats_a, status=Publication.Status.CONCEPT),
    )
    theirs = CourseUseFactory(
        course=course,
        publication=PublicationFactory(werkplaats=werkplaats_b, status=Publication.Status.CONCEPT),
    )

    assert shown_uses(client_for(reader).get(NATIONAL)) == [theirs]


# Grouping, summary and filters


def test_uses_are_grouped_by_academic_year_newest_first(client_for, werkplaats_a, course):
    for year in ("2023-2024", "2025-2026", "2024-2025", "2025-2026"):
        CourseUseFactory(course=course, publication__werkplaats=werkplaats_a, academic_year=year)

    response = client_for(None).get(url("education"))

    years = response.context["years"]
    assert [year for year, _uses in years] == ["2025-2026", "2024-2025", "2023-2024"]
    assert [len(uses) for _year, uses in years] == [2, 1, 1]
    content = response.content.decode()
    headings = [
        content.index(f'id="jaar-{year}"') for year in ("2025-2026", "2024-2025", "2023-2024")
    ]
    assert headings == sorted(headings)


def test_the_summary_counts_courses_institutions_and_uses(client_for, werkplaats_a, hogeschool):
    social_work = CourseFactory(institution=hogeschool)
    minor = CourseFactory(institution=hogeschool)
    elsewhere = CourseFactory()
    for course in (social_work, social_work, minor, elsewhere):
        CourseUseFactory(course=course, publication__werkplaats=werkplaats_a)

    response = client_for(None).get(url("education"))

    assert response.context["summary"] == {"courses": 3, "institutions": 2, "uses": 4}


def test_an_empty_overview_says_so(client_for, werkplaats_a):
    response = client_for(None).get(url("education"))

    assert response.status_code == 200
    assert_shows(response, "No uses in education have been recorded yet.")
    assert response.context["summary"] == {"courses": 0, "institutions": 0, "uses": 0}


@pytest.fixture
def spread(werkplaats_a, werkplaats_b):
    """Uses at both levels, in two years, of both werkplaatsen."""
    hbo = CourseFactory(level=Course.Level.HBO)
    mbo = CourseFactory(level=Course.Level.MBO, institution__kind=Organisation.Kind.OVERIG)
    return {
        "a_hbo_2024": CourseUseFactory(
            course=hbo, publication__werkplaats=werkplaats_a, academic_year="2024-2025"
        ),
        "a_mbo_2025": CourseUseFactory(
            course=mbo, publication__werkplaats=werkplaats_a, academic_year="2025-2026"
        ),
        "b_hbo_2025": CourseUseFactory(
            course=hbo, publication__werkplaats=werkplaats_b, academic_year="2025-2026"
        ),
        "b_mbo_2024": CourseUseFactory(
            course=mbo, publication__werkplaats=werkplaats_b, academic_year="2024-2025"
        ),
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"a_hbo_2024", "a_mbo_2025", "b_hbo_2025", "b_mbo_2024"}),
        ({"level": "mbo"}, {"a_mbo_2025", "b_mbo_2024"}),
        ({"year": "2024-2025"}, {"a_hbo_2024", "b_mbo_2024"}),
        ({"werkplaats": "werkplaats-b"}, {"b_hbo_2025", "b_mbo_2024"}),
        ({"level": "hbo", "year": "2025-2026", "werkplaats": "werkplaats-b"}, {"b_hbo_2025"}),
        ({"year": "2030-2031"}, set()),
    ],
    ids=["none", "level", "year", "werkplaats", "all", "year-without-uses"],
)
def test_the_national_overview_filters(client_for, spread, filters, expected):
    response = client_for(None).get(NATIONAL, filters)

    assert response.status_code == 200
    assert set(shown_uses(response)) == {spread[name] for name in expected}
    assert response.context["filtered"] is bool(filters)
    if not expected:
        assert_shows(response, "No uses in education match these filters.")


def test_the_werkplaats_overview_filters_by_level_and_year(client_for, spread):
    response = client_for(None).get(url("education"), {"level": "hbo", "year": "2024-2025"})

    assert shown_uses(response) == [spread["a_hbo_2024"]]
    assert "werkplaats" not in response.context["form"].fields


def test_the_year_filter_offers_the_years_with_uses(client_for, spread):
    response = client_for(None).get(url("education"))

    content = response.content.decode()
    assert '<option value="2025-2026">2025-2026</option>' in content
    assert '<option value="2024-2025">2024-2025</option>' in content


@pytest.mark.parametrize(
    "filters",
    [
        {"level": "wo"},
        {"year": "2025"},
        {"year": "2025-2027"},
        {"year": "2026-2025"},
        {"year": "twintig"},
        {"werkplaats": "bestaat-niet"},
    ],
    ids=["level", "year-one", "year-gap", "year-backwards", "year-word", "werkplaats"],
)
def test_invalid_filters_answer_400(client_for, spread, filters):
    response = client_for(None).get(NATIONAL, filters)

    assert response.status_code == 400
    assert set(filters) <= set(response.context["form"].errors)
    # The page still works: it shows everything, unfiltered.
    assert len(shown_uses(response)) == 4


# Links for coordinators


@pytest.mark.parametrize("role", ROLES)
def test_only_coordinators_get_the_add_and_remove_links(client_for, role_users, use, role):
    response = client_for(role_users[role]).get(url("education"))

    content = response.content.decode()
    manages = role in MANAGERS
    assert (url("course_use_add") in content) is manages
    assert (url("course_use_delete", pk=use.pk) in content) is manages
    assert response.context["may_manage"] is manages


def test_on_the_national_page_a_coordinator_can_remove_only_uses_of_their_werkplaats(
    client_for, coordinator_a, use, werkplaats_b
):
    theirs = CourseUseFactory(publication__werkplaats=werkplaats_b)

    content = client_for(coordinator_a).get(NATIONAL).content.decode()

    assert url("course_use_delete", pk=use.pk) in content
    assert url("course_use_delete", werkplaats_b, pk=theirs.pk) not in content


# Query counts


def add_uses(werkplaats):
    def add(n):
        for index in range(n):
            CourseUseFactory(
                publication__werkplaats=werkplaats,
                academic_year=f"{2015 + index % 8}-{2016 + index % 8}",
            )
            CourseUseFactory(
                publication=None,
                atelier=AtelierFactory(werkplaats=werkplaats),
                werkplaats=werkplaats,
                course__level=Course.Level.MBO,
            )

    return add


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_a", "national_admin"])
@pytest.mark.parametrize(
    "filters", [None, {"level": "hbo", "year": "2016-2017"}], ids=["unfiltered", "filtered"]
)
def test_the_national_overview_costs_the_same_whatever_its_size(
    client_for, role_users, werkplaats_a, role, filters
):
    assert_same_cost(client_for(role_users[role]), NATIONAL, add_uses(werkplaats_a), filters)


@pytest.mark.parametrize("role", ["anonymous", "coordinator_a"])
def test_the_werkplaats_overview_costs_the_same_whatever_its_size(
    client_for, role_users, werkplaats_a, role
):
    assert_same_cost(client_for(role_users[role]), url("education"), add_uses(werkplaats_a))


# Who may add, add a course and remove --------------------------------------------------------

EXPECTED = {
    "use_add": ("GET", 200),
    "use_add_post": ("POST", 400),
    "course_add": ("GET", 200),
    "course_add_post": ("POST", 400),
    "use_delete": ("GET", 200),
    "use_delete_post": ("POST", 302),
}
URL_NAMES = {
    "use_add": "course_use_add",
    "course_add": "course_add",
    "use_delete": "course_use_delete",
}


@pytest.mark.parametrize(("name", "role"), role_cases(EXPECTED))
def test_each_role_gets_the_expected_answer(client_for, role_users, use, name, role):
    method, answer = EXPECTED[name]
    view = name.removesuffix("_post")
    kwargs = {"pk": use.pk} if view == "use_delete" else {}
    address = url(URL_NAMES[view], **kwargs)
    client = client_for(role_users[role])
    courses = Course.objects.count()

    response = client.get(address) if method == "GET" else client.post(address, {})

    assert answer_of(response) == expected_answer(role, answer)
    assert Course.objects.count() == courses
    removed = view == "use_delete" and method == "POST" and role in MANAGERS
    assert CourseUse.objects.filter(pk=use.pk).exists() is not removed
    assert CourseUse.objects.count() == (0 if removed else 1)


# Adding a use


@pytest.fixture
def coordinator(client_for, coordinator_a):
    return client_for(coordinator_a)


def use_data(**changes) -> dict:
    data = {"course": "", "publication": "", "atelier": "", "how": "", "academic_year": "2025-2026"}
    data.update(changes)
    return data


def test_a_coordinator_adds_the_use_of_a_publication(
    coordinator, coordinator_a, werkplaats_a, course, publication
):
    response = coordinator.post(
        url("course_use_add"),
        use_data(course=course.pk, publication=publication.pk, how="Gastcollege in jaar 2."),
    )

    assert response.status_code == 302
    assert response.url == url("education")
    use = CourseUse.objects.get()
    assert (use.werkplaats, use.course, use.publication, use.atelier) == (
        werkplaats_a,
        course,
        publication,
        None,
    )
    assert (use.how, use.academic_year) == ("Gastcollege in jaar 2.", "2025-2026")
    assert AuditEntry.objects.filter(
        action="course_use.create", actor=coordinator_a, object_id=str(use.pk)
    ).exists()
    assert flashed(response) == [nl("The use in education has been added.")]


def test_a_coordinator_adds_the_use_of_an_atelier(coordinator, course, atelier):
    response = coordinator.post(
        url("course_use_add"),
        use_data(
            course=course.pk,
            atelier=atelier.pk,
            how="Praktijkonderzoek.",
            academic_year="2024-2025",
        ),
    )

    assert response.status_code == 302
    use = CourseUse.objects.get()
    assert (use.atelier, use.publication, use.academic_year) == (atelier, None, "2024-2025")


def test_a_draft_publication_can_be_chosen(coordinator, course, werkplaats_a):
    draft = PublicationFactory(werkplaats=werkplaats_a, status=Publication.Status.CONCEPT)

    response = coordinator.post(
        url("course_use_add"), use_data(course=course.pk, publication=draft.pk, how="Reader.")
    )

    assert response.status_code == 302
    assert CourseUse.objects.get().publication == draft


def test_the_form_offers_only_this_werkplaatss_publications_and_ateliers(
    coordinator, publication, atelier, werkplaats_b
):
    PublicationFactory(werkplaats=werkplaats_b)
    AtelierFactory(werkplaats=werkplaats_b)

    form = coordinator.get(url("course_use_add")).context["form"]

    assert list(form.fields["publication"].queryset) == [publication]
    assert list(form.fields["atelier"].queryset) == [atelier]


def test_the_form_proposes_the_current_academic_year(coordinator, db):
    response = coordinator.get(url("course_use_add"))

    assert response.status_code == 200
    assert response.context["form"]["academic_year"].value() == current_academic_year()
    assert f'value="{current_academic_year()}"' in response.content.decode()


def test_coming_back_from_adding_a_course_chooses_that_course(coordinator, course):
    response = coordinator.get(url("course_use_add"), {"opleiding": course.pk})

    assert str(response.context["form"]["course"].value()) == str(course.pk)


@pytest.mark.parametrize(
    ("moment", "year"),
    [
        (datetime.datetime(2025, 8, 31, 23, 59, tzinfo=AMSTERDAM), "2024-2025"),
        (datetime.datetime(2025, 9, 1, 0, 0, tzinfo=AMSTERDAM), "2025-2026"),
        # 22:30 UTC on 31 August is already 1 September in Amsterdam.
        (datetime.datetime(2025, 8, 31, 22, 30, tzinfo=datetime.UTC), "2025-2026"),
        (datetime.datetime(2026, 1, 15, 12, 0, tzinfo=AMSTERDAM), "2025-2026"),
        (datetime.datetime(2026, 6, 30, 12, 0, tzinfo=AMSTERDAM), "2025-2026"),
        (datetime.datetime(2025, 12, 31, 23, 30, tzinfo=datetime.UTC), "2025-2026"),
    ],
)
def test_the_academic_year_starts_on_1_september_in_amsterdam(moment, year):
    assert current_academic_year(moment) == year


def test_academic_year_of_a_date():
    assert academic_year_of(datetime.date(2024, 9, 1)) == "2024-2025"
    assert academic_year_of(datetime.date(2024, 8, 31)) == "2023-2024"


@pytest.fixture
def other_sources(werkplaats_b):
    return {
        "publication": PublicationFactory(werkplaats=werkplaats_b),
        "atelier": AtelierFactory(werkplaats=werkplaats_b),
    }


# name -> (changes to a valid form, the field that gets the message)
BAD_USES = {
    "no-course": ({"course": ""}, "course"),
    "unknown-course": ({"course": "999999"}, "course"),
    "no-how": ({"how": ""}, "how"),
    "blank-how": ({"how": "   "}, "how"),
    "long-how": ({"how": "x" * 2001}, "how"),
    "no-year": ({"academic_year": ""}, "academic_year"),
    "year-format": ({"academic_year": "2025/2026"}, "academic_year"),
    "year-short": ({"academic_year": "25-26"}, "academic_year"),
    "year-gap": ({"academic_year": "2025-2027"}, "academic_year"),
    "year-backwards": ({"academic_year": "2026-2025"}, "academic_year"),
    "year-long": ({"academic_year": "2025-20266"}, "academic_year"),
    "neither": ({"publication": ""}, "publication"),
    "both": ({"atelier": "ATELIER"}, "atelier"),
    "publication-of-b": ({"publication": "OTHER_PUBLICATION"}, "publication"),
    "atelier-of-b": ({"publication": "", "atelier": "OTHER_ATELIER"}, "atelier"),
    "unknown-publication": ({"publication": "999999"}, "publication"),
}


@pytest.mark.parametrize("case", BAD_USES)
def test_bad_input_for_a_use_answers_400_and_saves_nothing(
    coordinator, course, publication, atelier, other_sources, case
):
    changes, field = BAD_USES[case]
    placeholders = {
        "ATELIER": atelier.pk,
        "OTHER_PUBLICATION": other_sources["publication"].pk,
        "OTHER_ATELIER": other_sources["atelier"].pk,
    }
    changes = {name: placeholders.get(value, value) for name, value in changes.items()}
    data = use_data(course=course.pk, publication=publication.pk, how="Gastcollege.")
    data.update(changes)

    response = coordinator.post(url("course_use_add"), data)

    assert response.status_code == 400
    form = response.context["form"]
    assert field in form.errors, form.errors
    # The message is shown next to the field.
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not CourseUse.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="course_use").exists()


def test_the_messages_for_the_source_say_what_to_do(coordinator, course, publication, atelier):
    neither = coordinator.post(url("course_use_add"), use_data(course=course.pk, how="x"))
    both = coordinator.post(
        url("course_use_add"),
        use_data(course=course.pk, publication=publication.pk, atelier=atelier.pk, how="x"),
    )
    year = coordinator.post(
        url("course_use_add"),
        use_data(course=course.pk, publication=publication.pk, how="x", academic_year="2025-2027"),
    )

    assert_shows(neither, "Choose a publication or a learning atelier.")
    assert_shows(both, "Choose a publication or a learning atelier, not both.")
    assert_shows(year, "Write the academic year as two years, like 2025-2026.")


def test_a_coordinator_of_b_cannot_add_a_use_to_a(client_for, coordinator_b, course, publication):
    response = client_for(coordinator_b).post(
        url("course_use_add"), use_data(course=course.pk, publication=publication.pk, how="x")
    )

    assert response.status_code == 404
    assert not CourseUse.objects.exists()


# Adding a course


def test_a_coordinator_adds_a_course_and_returns_to_adding_the_use(
    coordinator, coordinator_a, werkplaats_a, hogeschool
):
    response = coordinator.post(
        url("course_add"),
        {"name": "Minor Wijkgericht werken", "institution": hogeschool.pk, "level": "hbo"},
    )

    course = Course.objects.get()
    assert (course.name, course.institution, course.level) == (
        "Minor Wijkgericht werken",
        hogeschool,
        Course.Level.HBO,
    )
    assert response.status_code == 302
    assert response.url == f"{url('course_use_add')}?opleiding={course.pk}"
    entry = AuditEntry.objects.get(action="course.create")
    assert (entry.actor, entry.werkplaats, entry.object_id) == (
        coordinator_a,
        werkplaats_a,
        str(course.pk),
    )


def test_an_mbo_school_is_an_organisation_of_kind_other(coordinator):
    roc = OrganisationFactory(name="ROC Mondriaan", kind=Organisation.Kind.OVERIG)

    response = coordinator.post(
        url("course_add"), {"name": "Sociaal Werk", "institution": roc.pk, "level": "mbo"}
    )

    assert response.status_code == 302
    assert Course.objects.get().institution == roc


def test_the_course_form_offers_only_schools(coordinator, hogeschool):
    OrganisationFactory(kind=Organisation.Kind.GEMEENTE)
    roc = OrganisationFactory(kind=Organisation.Kind.OVERIG)

    form = coordinator.get(url("course_add")).context["form"]

    assert set(form.fields["institution"].queryset) == {hogeschool, roc}


def test_the_same_course_name_at_another_institution_is_fine(coordinator, course):
    other = OrganisationFactory(kind=Organisation.Kind.HOGESCHOOL)

    response = coordinator.post(
        url("course_add"), {"name": "Social Work", "institution": other.pk, "level": "hbo"}
    )

    assert response.status_code == 302
    assert Course.objects.filter(name="Social Work").count() == 2


@pytest.fixture
def gemeente(db):
    return OrganisationFactory(kind=Organisation.Kind.GEMEENTE)


# name -> (form data, the field that gets the message)
BAD_COURSES = {
    "duplicate": ({"name": "Social Work"}, "name"),
    "duplicate-other-case": ({"name": "social work"}, "name"),
    "no-name": ({"name": ""}, "name"),
    "blank-name": ({"name": "  "}, "name"),
    "long-name": ({"name": "x" * 201}, "name"),
    "no-institution": ({"institution": ""}, "institution"),
    "municipality": ({"institution": "GEMEENTE"}, "institution"),
    "unknown-institution": ({"institution": "999999"}, "institution"),
    "no-level": ({"level": ""}, "level"),
    "bad-level": ({"level": "wo"}, "level"),
}


@pytest.mark.parametrize("case", BAD_COURSES)
def test_bad_input_for_a_course_answers_400_and_saves_nothing(
    coordinator, course, hogeschool, gemeente, case
):
    changes, field = BAD_COURSES[case]
    data = {"name": "Toegepaste Psychologie", "institution": hogeschool.pk, "level": "hbo"}
    data.update(
        {name: gemeente.pk if value == "GEMEENTE" else value for name, value in changes.items()}
    )

    response = coordinator.post(url("course_add"), data)

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert f'id="id_{field}_error"' in response.content.decode()
    assert list(Course.objects.all()) == [course]
    assert not AuditEntry.objects.filter(action="course.create").exists()


def test_a_duplicate_course_is_explained(coordinator, course, hogeschool):
    response = coordinator.post(
        url("course_add"), {"name": "Social Work", "institution": hogeschool.pk, "level": "hbo"}
    )

    assert_shows(response, "This institution already has this course.")


# Removing a use


def test_the_confirm_page_names_the_use(coordinator, use):
    response = coordinator.get(url("course_use_delete", pk=use.pk))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Handreiking eenzaamheid" in content
    assert "Social Work" in content
    assert_shows(response, "Yes, remove")
    assert CourseUse.objects.filter(pk=use.pk).exists()


def test_a_coordinator_removes_a_use(coordinator, coordinator_a, use, course, publication):
    pk = use.pk

    response = coordinator.post(url("course_use_delete", pk=pk))

    assert response.status_code == 302
    assert response.url == url("education")
    assert not CourseUse.objects.exists()
    assert Course.objects.filter(pk=course.pk).exists()
    assert Publication.objects.filter(pk=publication.pk).exists()
    assert AuditEntry.objects.filter(
        action="course_use.delete", actor=coordinator_a, object_id=str(pk)
    ).exists()
    assert flashed(response) == [nl("The use in education has been removed.")]


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_use_of_b_under_the_address_of_a_is_404(client_for, coordinator_a, werkplaats_b, method):
    theirs = CourseUseFactory(publication__werkplaats=werkplaats_b)

    response = getattr(client_for(coordinator_a), method)(url("course_use_delete", pk=theirs.pk))

    assert response.status_code == 404
    assert CourseUse.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize("address", ["werkplaats-a", "werkplaats-b"])
def test_a_coordinator_of_b_cannot_remove_a_use_of_a(client_for, coordinator_b, use, address):
    response = client_for(coordinator_b).post(url("course_use_delete", address, pk=use.pk))

    assert response.status_code == 404
    assert CourseUse.objects.filter(pk=use.pk).exists()


def test_an_unknown_use_is_404(coordinator, db):
    assert coordinator.post(url("course_use_delete", pk=999999)).status_code == 404


def test_an_atelier_lead_who_is_no_coordinator_cannot_add_or_remove(client_for, use, atelier):
    lead = AtelierMemberFactory(atelier=atelier, role=AtelierRole.TREKKER).user
    client = client_for(lead)

    assert client.get(url("course_use_add")).status_code == 404
    assert client.post(url("course_use_delete", pk=use.pk)).status_code == 404
    assert CourseUse.objects.filter(pk=use.pk).exists()
