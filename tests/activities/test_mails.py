"""The e-mails to people who registered: one per person, Dutch times, and their personal link."""

import datetime

import pytest
from django.urls import reverse

from tests.activities.factories import ActivityFactory, RegistrationFactory
from tests.helpers import nl
from werkplaats.activities.models import Registration
from werkplaats.activities.tasks import TEMPLATES, mail_registrations
from werkplaats.lib.mail import absolute_url

ONLINE = "https://meet.example.org/kenniscafe-schulden"
TITLE = "Kenniscafé over schulden"
# 13:00 UTC is 14:00 in Amsterdam (winter time); 15:30 UTC is 16:30.
START = datetime.datetime(2031, 3, 4, 13, 0, tzinfo=datetime.UTC)
END = datetime.datetime(2031, 3, 4, 15, 30, tzinfo=datetime.UTC)


@pytest.fixture
def activity(werkplaats_a):
    return ActivityFactory(
        werkplaats=werkplaats_a,
        title=TITLE,
        start=START,
        end=END,
        location_name="Bibliotheek Leiden",
        address="Nieuwstraat 4, 2312 KA Leiden",
        online_url=ONLINE,
        cancel_reason="De spreker is ziek geworden.",
    )


@pytest.fixture
def registration(activity):
    return RegistrationFactory(activity=activity, name="Anna de Boer", email="anna@example.org")


def send(registration, kind, mailoutbox):
    mail_registrations.call([registration.pk], kind)
    (message,) = mailoutbox
    return message


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_every_mail_says_which_activity_when_where_and_gives_the_personal_link(
    kind, registration, werkplaats_a, mailoutbox
):
    message = send(registration, kind, mailoutbox)

    assert message.to == ["anna@example.org"]
    assert message.reply_to == [werkplaats_a.contact_email]
    assert TITLE in message.subject
    assert "\n" not in message.subject
    assert TITLE in message.body
    assert "Anna de Boer" in message.body
    assert absolute_url(registration.get_absolute_url()) in message.body
    # Dutch date and Amsterdam time, whatever the server's clock says.
    assert "4 maart 2031" in message.body
    assert "14:00" in message.body and "16:30" in message.body
    assert "13:00" not in message.body
    assert "Bibliotheek Leiden, Nieuwstraat 4, 2312 KA Leiden" in message.body
    # Plain text: nothing of the template language left, nothing escaped for HTML.
    for leftover in ("{%", "{{", "&quot;", "&#x27;", "&amp;"):
        assert leftover not in message.body
        assert leftover not in message.subject


def test_the_confirmation_differs_for_a_place_and_the_waiting_list(activity, mailoutbox):
    placed = RegistrationFactory(activity=activity)
    waiting = RegistrationFactory(activity=activity, state=Registration.State.WAITING)

    mail_registrations.call([placed.pk, waiting.pk], "confirmation")

    by_address = {message.to[0]: message for message in mailoutbox}
    assert by_address[placed.email].subject == nl("You are registered: %(title)s") % {
        "title": TITLE
    }
    assert by_address[waiting.email].subject == nl("You are on the waiting list: %(title)s") % {
        "title": TITLE
    }


def test_each_person_gets_their_own_mail_with_only_their_own_link(activity, mailoutbox):
    first = RegistrationFactory(activity=activity)
    second = RegistrationFactory(activity=activity)

    mail_registrations.call([first.pk, second.pk], "reminder")

    assert sorted(message.to[0] for message in mailoutbox) == sorted([first.email, second.email])
    for message in mailoutbox:
        mine, theirs = (first, second) if message.to == [first.email] else (second, first)
        assert absolute_url(mine.get_absolute_url()) in message.body
        assert theirs.token not in message.body
        assert theirs.name not in message.body
        assert theirs.email not in message.body


def test_the_reminder_has_the_online_link(registration, mailoutbox):
    message = send(registration, "reminder", mailoutbox)

    assert ONLINE in message.body


@pytest.mark.parametrize(
    "kind", ["confirmation", "promoted", "cancelled", "activity_cancelled", "evaluation"]
)
def test_other_mails_leave_the_online_link_to_the_personal_page(kind, registration, mailoutbox):
    message = send(registration, kind, mailoutbox)

    assert ONLINE not in message.body


def test_the_change_mail_lists_the_new_time_and_place(activity, registration, mailoutbox):
    activity.start = datetime.datetime(2031, 3, 11, 18, 0, tzinfo=datetime.UTC)
    activity.end = datetime.datetime(2031, 3, 11, 20, 0, tzinfo=datetime.UTC)
    activity.location_name = "Wijkcentrum De Kempen"
    activity.address = "Kempenlaan 1, Leiden"
    activity.save()

    message = send(registration, "changed", mailoutbox)

    assert "11 maart 2031" in message.body
    assert "19:00" in message.body and "21:00" in message.body
    assert "Wijkcentrum De Kempen, Kempenlaan 1, Leiden" in message.body
    assert ONLINE in message.body  # a place: the link is theirs


def test_the_change_mail_to_the_waiting_list_has_no_online_link(activity, mailoutbox):
    waiting = RegistrationFactory(activity=activity, state=Registration.State.WAITING)

    message = send(waiting, "changed", mailoutbox)

    assert ONLINE not in message.body


def test_the_cancellation_of_the_activity_gives_the_reason(registration, mailoutbox):
    message = send(registration, "activity_cancelled", mailoutbox)

    assert "De spreker is ziek geworden." in message.body


def test_the_evaluation_mail_links_to_the_evaluation_page(registration, mailoutbox):
    message = send(registration, "evaluation", mailoutbox)

    evaluation_url = absolute_url(
        reverse("activities:evaluation", kwargs={"token": registration.token})
    )
    assert evaluation_url in message.body.split()


def test_mails_are_in_dutch(registration, mailoutbox):
    message = send(registration, "reminder", mailoutbox)

    assert nl("Tomorrow: %(title)s") % {"title": TITLE} == message.subject
    assert "dinsdag" in message.body  # 4 March 2031 is a Tuesday
