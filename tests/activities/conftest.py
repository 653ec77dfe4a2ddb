import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from tests.accounts.factories import UserFactory
from tests.ateliers.factories import AtelierFactory, AtelierMemberFactory
from werkplaats.activities.tasks import TEMPLATES
from werkplaats.ateliers.models import AtelierRole
from werkplaats.lib.mail import absolute_url


def mail_subject(kind: str, registration) -> str:
    """The subject of the ``kind`` mail to this registration, as the task renders it."""
    registration.refresh_from_db()
    activity = registration.activity
    context = {
        "registration": registration,
        "activity": activity,
        "link": absolute_url(registration.get_absolute_url()),
        "activity_link": absolute_url(activity.get_absolute_url()),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{TEMPLATES[kind]}_subject.txt", context)
    return " ".join(subject.split())


class Mails:
    """The mails sent so far, compared as sorted (recipient, subject) pairs."""

    def __init__(self, outbox):
        self.outbox = outbox

    def sent(self) -> list:
        return sorted(
            (address, message.subject) for message in self.outbox for address in message.to
        )

    subject = staticmethod(mail_subject)

    @staticmethod
    def of(*pairs) -> list:
        """``mails.of(("confirmation", registration), ...)`` in the form ``sent()`` returns."""
        return sorted(
            (registration.email, mail_subject(kind, registration)) for kind, registration in pairs
        )

    def recipients(self) -> list:
        return sorted(address for message in self.outbox for address in message.to)


@pytest.fixture
def mails(mailoutbox):
    return Mails(mailoutbox)


# The organisers of an activity besides coordinators: the leads of its atelier.


@pytest.fixture
def atelier(werkplaats_a):
    return AtelierFactory(werkplaats=werkplaats_a)


@pytest.fixture
def atelier_lead(atelier):
    user = UserFactory(name="Trekker Atelier", email="trekker@example.org")
    AtelierMemberFactory(atelier=atelier, user=user, role=AtelierRole.TREKKER)
    return user


@pytest.fixture
def other_lead(werkplaats_a):
    """Leads another atelier of the same werkplaats."""
    user = UserFactory(name="Andere Trekker", email="andere-trekker@example.org")
    AtelierMemberFactory(
        atelier=AtelierFactory(werkplaats=werkplaats_a), user=user, role=AtelierRole.TREKKER
    )
    return user


@pytest.fixture
def users(role_users, atelier_lead, other_lead):
    """Every role of ``tests.activities.organisers.ROLES`` by name."""
    return {**role_users, "atelier_lead": atelier_lead, "other_lead": other_lead}
