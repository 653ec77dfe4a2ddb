"""The activity page, its iCalendar file and its presentations."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse
from django.utils import dateformat, timezone, translation

from tests.activities.factories import (
    ActivityFactory,
    ActivityFileFactory,
    EvaluationFactory,
    ProgrammeSessionFactory,
    RegistrationFactory,
    in_days,
)
from tests.ateliers.factories import PDF, AtelierFactory
from tests.helpers import assert_shows, nl
from tests.network.factories import OrganisationFactory, ThemeFactory
from werkplaats.activities import views
from werkplaats.activities.forms import RegistrationForm
from werkplaats.activities.models import Activity, Registration

ONLINE = "https://meet.example.org/geheime-kamer-123"


def nl_count(singular: str, plural: str, count: int, **values) -> str:
    """A counted message of ours (``{% blocktranslate count %}``) as the Dutch site shows it."""
    with translation.override("nl"):
        return translation.ngettext(singular, plural, count) % {"counter": count, **values}


def places_left(count: int) -> str:
    return nl_count("%(counter)s place left", "%(counter)s places left", count)


def content(response) -> str:
    return response.content.decode()


@pytest.fixture
def activity(werkplaats_a):
    return ActivityFactory(
        werkplaats=werkplaats_a,
        title="Kenniscafé eenzaamheid",
        slug="kenniscafe",
        online_url=ONLINE,
        step_free=True,
        hearing_loop=True,
        accessibility_notes="De ingang is aan de achterkant.",
    )


@pytest.fixture
def past(werkplaats_a):
    return ActivityFactory(
        werkplaats=werkplaats_a,
        title="Regionale bijeenkomst voorjaar",
        slug="voorjaar",
        kind=Activity.Kind.REGIONAL,
        start=in_days(-3, 10),
        end=in_days(-3, 16),
        status=Activity.Status.HELD,
        report="We spraken over **wachtlijsten** in de jeugdzorg.",
        other_organisations="Buurthuis De Kom\n\nStichting Zon",
    )


def test_the_page_shows_the_activity(client, activity, werkplaats_b):
    activity.co_organisers.add(werkplaats_b)
    activity.themes.add(ThemeFactory(name="Eenzaamheid"))

    response = client.get(activity.get_absolute_url())

    page = content(response)
    assert response.status_code == 200
    assert '<h1 class="utrecht-heading-1">Kenniscafé eenzaamheid</h1>' in page
    assert "Bibliotheek Leiden" in page
    assert "Nieuwstraat 4, 2312 KA Leiden" in page
    assert "Wij praten <strong>samen</strong> over eenzaamheid" in page
    assert "Eenzaamheid" in page
    assert f'href="{werkplaats_b.get_absolute_url()}"' in page
    assert places_left(20) in page
    assert_shows(response, "The place is accessible without steps.")
    assert_shows(response, "There is a hearing loop.")
    assert "A sign language interpreter is present." not in page
    assert "De ingang is aan de achterkant." in page
    assert_shows(response, "You get the link to take part online after you register.")


def test_the_page_shows_the_date_in_dutch(client, activity):
    start = timezone.localtime(activity.start)

    page = content(client.get(activity.get_absolute_url()))

    with translation.override("nl"):
        expected = dateformat.format(start, "l j F Y, H:i")
    assert expected in page
    assert expected.split()[0] in {
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    }


@pytest.mark.parametrize(
    "role", ["anonymous", "member_a", "coordinator_a", "coordinator_b", "national_admin"]
)
def test_the_online_link_is_never_on_the_page(client_for, role_users, activity, role):
    RegistrationFactory(activity=activity, email="iemand@example.org")

    page = content(client_for(role_users[role]).get(activity.get_absolute_url()))

    assert "geheime-kamer" not in page
    assert "meet.example.org" not in page


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("coordinator_b", 404),
        ("member_a", 200),
        ("coordinator_a", 200),
        ("national_admin", 200),
    ],
)
def test_a_members_only_activity_is_for_members(client_for, role_users, activity, role, status):
    activity.audience = Activity.Audience.MEMBERS
    activity.save()
    attached = ActivityFileFactory(activity=activity)
    client = client_for(role_users[role])
    slug_args = ["werkplaats-a", activity.slug]

    assert client.get(activity.get_absolute_url()).status_code == status
    assert client.get(reverse("activities:ics", args=slug_args)).status_code == status
    file_url = reverse("activities:file", args=[*slug_args, attached.pk])
    assert client.get(file_url).status_code == status


def test_an_activity_of_another_werkplaats_address_is_404(client, activity, werkplaats_b):
    url = reverse("activities:detail", args=[werkplaats_b.slug, activity.slug])

    assert client.get(url).status_code == 404


def test_a_cancelled_activity_says_so_with_the_reason(client, activity):
    activity.status = Activity.Status.CANCELLED
    activity.cancel_reason = "De spreker is ziek geworden."
    activity.save()

    response = client.get(activity.get_absolute_url())

    page = content(response)
    assert_shows(response, "This activity has been cancelled.")
    assert "De spreker is ziek geworden." in page
    assert_shows(response, "This activity has been cancelled. You can no longer register.")
    assert reverse("activities:register", args=["werkplaats-a", activity.slug]) not in page
    assert places_left(20) not in page


def test_the_registration_form_is_on_the_page_while_registration_is_open(client, activity):
    response = client.get(activity.get_absolute_url())

    assert isinstance(response.context["register_form"], RegistrationForm)
    action = reverse("activities:register", args=["werkplaats-a", activity.slug])
    assert f'action="{action}"' in content(response)


def test_closed_registration_shows_why_instead_of_the_form(client, activity):
    activity.registration_closes = timezone.now() - datetime.timedelta(hours=1)
    activity.save()

    response = client.get(activity.get_absolute_url())

    assert_shows(response, "Registration is closed.")
    assert reverse("activities:register", args=["werkplaats-a", activity.slug]) not in content(
        response
    )


def test_detail_page_renders_a_bound_form_with_its_errors_and_status(activity):
    request = RequestFactory().post(activity.get_absolute_url())
    request.user = AnonymousUser()
    form = RegistrationForm({"name": "", "email": "geen-adres"}, activity=activity, user=None)
    assert not form.is_valid()

    response = views.detail_page(request, activity, register_form=form, status=409)

    assert response.status_code == 409
    assert 'value="geen-adres"' in content(response)
    assert 'aria-invalid="true"' in content(response)


def test_a_full_activity_says_there_is_a_waiting_list(client, activity):
    activity.capacity = 1
    activity.save()
    RegistrationFactory(activity=activity)
    RegistrationFactory(activity=activity, state=Registration.State.WAITING)

    response = client.get(activity.get_absolute_url())

    assert_shows(response, "Full: you can join the waiting list")


def test_the_organiser_links_are_for_organisers(client_for, role_users, activity):
    edit = reverse("activities:edit", args=["werkplaats-a", activity.slug])
    cancel = reverse("activities:cancel", args=["werkplaats-a", activity.slug])
    participants = reverse("activities:participants", args=["werkplaats-a", activity.slug])
    for role, shown in (
        ("anonymous", False),
        ("member_a", False),
        ("coordinator_b", False),
        ("coordinator_a", True),
        ("national_admin", True),
    ):
        page = content(client_for(role_users[role]).get(activity.get_absolute_url()))
        for url in (edit, cancel, participants):
            assert (f'href="{url}"' in page) is shown, (role, url)


def test_the_atelier_lead_organises_the_atelier_session(client_for, werkplaats_a, activity):
    from tests.accounts.factories import UserFactory
    from tests.ateliers.factories import AtelierMemberFactory

    atelier = AtelierFactory(werkplaats=werkplaats_a, title="Samen in de wijk")
    lead = UserFactory()
    AtelierMemberFactory(atelier=atelier, user=lead, role="trekker")
    activity.atelier = atelier
    activity.save()

    page = content(client_for(lead).get(activity.get_absolute_url()))

    assert f'href="{reverse("activities:edit", args=["werkplaats-a", activity.slug])}"' in page
    assert f'href="{atelier.get_absolute_url()}"' in page
    assert "Samen in de wijk" in page


def test_an_atelier_in_preparation_is_not_linked_for_outsiders(client, werkplaats_a, activity):
    atelier = AtelierFactory(werkplaats=werkplaats_a, status="preparing", title="Nog geheim")
    activity.atelier = atelier
    activity.save()

    page = content(client.get(activity.get_absolute_url()))

    assert "Nog geheim" not in page


def test_parallel_sessions_are_shown_in_one_time_slot(client, activity):
    activity.kind = Activity.Kind.CONGRESS
    activity.save()
    first = ProgrammeSessionFactory(
        activity=activity, title="Opening", room="Grote zaal", capacity=None
    )
    later = first.end
    room_a = ProgrammeSessionFactory(
        activity=activity,
        title="Werksessie armoede",
        room="Zaal A",
        speakers="Dr. Jansen",
        start=later,
        end=later + datetime.timedelta(minutes=45),
        capacity=10,
    )
    ProgrammeSessionFactory(
        activity=activity,
        title="Werksessie wonen",
        room="Zaal B",
        start=later,
        end=later + datetime.timedelta(minutes=45),
        capacity=2,
    )
    for registration in RegistrationFactory.create_batch(3, activity=activity):
        registration.sessions.add(room_a)
    cancelled = RegistrationFactory(activity=activity, state=Registration.State.CANCELLED)
    cancelled.sessions.add(room_a)

    response = client.get(activity.get_absolute_url())

    slots = response.context["slots"]
    assert [[s.title for s in sessions] for _, sessions in slots] == [
        ["Opening"],
        ["Werksessie armoede", "Werksessie wonen"],
    ]
    page = content(response)
    assert (
        nl_count("%(counter)s session at the same time", "%(counter)s sessions at the same time", 2)
        in page
    )
    assert "Dr. Jansen" in page
    assert "Zaal A" in page
    assert places_left(7) in page  # 10 places, 3 taken; the cancelled one is not counted
    assert places_left(2) in page


def test_add_to_calendar_links(client, activity, settings):
    settings.SITE_URL = "https://werkplaats.example.org"

    page = content(client.get(activity.get_absolute_url()))

    ics = reverse("activities:ics", args=["werkplaats-a", activity.slug])
    assert f'href="{ics}"' in page
    google = next(
        part.split('"')[0]
        for part in page.split('href="')
        if part.startswith("https://calendar.google.com/calendar/render")
    )
    query = parse_qs(urlsplit(google.replace("&amp;", "&")).query)
    start = activity.start.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    end = activity.end.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    assert query["action"] == ["TEMPLATE"]
    assert query["text"] == ["Kenniscafé eenzaamheid"]
    assert query["dates"] == [f"{start}/{end}"]
    assert query["details"] == [f"https://werkplaats.example.org{activity.get_absolute_url()}"]
    assert query["location"] == ["Bibliotheek Leiden, Nieuwstraat 4, 2312 KA Leiden"]
    assert "meet.example.org" not in google


# After the activity ------------------------------------------------------------------------


def test_after_the_activity_the_page_shows_how_it_went(client, past):
    RegistrationFactory.create_batch(4, activity=past, attended=True)
    RegistrationFactory(activity=past, attended=False)
    past.organisations_present.add(OrganisationFactory(name="Gemeente Leiden"))
    attached = ActivityFileFactory(activity=past, original_name="sheets.pdf")

    response = client.get(past.get_absolute_url())

    page = content(response)
    assert "We spraken over <strong>wachtlijsten</strong>" in page
    assert (
        nl_count("%(counter)s person was present.", "%(counter)s people were present.", 4) in page
    )
    assert "Gemeente Leiden" in page
    assert "Buurthuis De Kom" in page
    assert "Stichting Zon" in page
    file_url = reverse("activities:file", args=["werkplaats-a", past.slug, attached.pk])
    assert f'href="{file_url}"' in page
    assert "sheets.pdf" in page
    # Registration and calendar links are for what is still to come.
    assert reverse("activities:register", args=["werkplaats-a", past.slug]) not in page
    assert nl("held").capitalize() in page


def test_the_evaluation_summary_is_public_and_the_answers_are_for_organisers(
    client_for, role_users, past
):
    EvaluationFactory(activity=past, usefulness=5, applied="Huisbezoeken anders doen")
    EvaluationFactory(activity=past, usefulness=4, missed="Meer tijd")
    EvaluationFactory(activity=past, usefulness=4)

    for role, answers in (
        ("anonymous", False),
        ("member_a", False),
        ("coordinator_b", False),
        ("coordinator_a", True),
        ("national_admin", True),
    ):
        response = client_for(role_users[role]).get(past.get_absolute_url())
        page = content(response)
        summary = nl_count(
            "%(counter)s participant gave their opinion. On average they found it "
            "%(average)s out of 5 useful.",
            "%(counter)s participants gave their opinion. On average they found it "
            "%(average)s out of 5 useful.",
            3,
            average="4,3",
        )
        assert summary in page, role
        scores = dict(response.context["evaluation"]["scores"])
        assert scores == {1: 0, 2: 0, 3: 0, 4: 2, 5: 1}
        assert '<th class="utrecht-table__header-cell" scope="row">4</th>' in page, role
        assert ("Huisbezoeken anders doen" in page) is answers, role
        assert ("Meer tijd" in page) is answers, role


def test_a_past_activity_without_a_report_says_so(client, past):
    past.report = ""
    past.save()

    response = client.get(past.get_absolute_url())

    assert_shows(response, "There is no report yet.")
    # Attendance was not recorded: no number of people present.
    assert 'id="afterwards"' in content(response)
    assert response.context["attendance_recorded"] is False


# The iCalendar file and the presentations --------------------------------------------------


def test_the_ics_file_is_a_download(client, activity):
    response = client.get(reverse("activities:ics", args=["werkplaats-a", activity.slug]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kenniscafe.ics"'
    assert b"SUMMARY:Kenniscaf" in response.content
    assert b"meet.example.org" not in response.content


def test_a_presentation_is_an_attachment_that_is_not_sniffed(client, past):
    attached = ActivityFileFactory(activity=past, original_name="Sheets voorjaar.pdf")

    response = client.get(reverse("activities:file", args=["werkplaats-a", past.slug, attached.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Sheets voorjaar.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_a_presentation_of_another_activity_is_404(client, past, activity):
    other = ActivityFileFactory(activity=activity)

    response = client.get(reverse("activities:file", args=["werkplaats-a", past.slug, other.pk]))

    assert response.status_code == 404


def test_a_presentation_whose_file_is_gone_is_404(client, past):
    attached = ActivityFileFactory(activity=past)
    attached.file.delete(save=False)

    response = client.get(reverse("activities:file", args=["werkplaats-a", past.slug, attached.pk]))

    assert response.status_code == 404
