"""The confirmation e-mail: what was asked, the link that confirms, and a way out."""

import re

import pytest
from django.urls import reverse

from tests.helpers import nl
from tests.network.factories import ThemeFactory
from tests.newsletter.factories import SubscriptionFactory, url
from werkplaats.lib.mail import absolute_url
from werkplaats.newsletter.models import Subscription
from werkplaats.newsletter.tasks import mail_confirmation


@pytest.fixture
def subscribe(client, werkplaats_a, mailoutbox, django_capture_on_commit_callbacks):
    """Fill in the form for werkplaats A and return the one e-mail it sent."""

    def send(**data):
        data = {"email": "anna@example.org", "werkplaats": "werkplaats-a", **data}
        data.setdefault("frequency", "weekly")
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("newsletter:subscribe"), data)
        assert response.status_code == 303
        (message,) = mailoutbox
        return message

    return send


def links_in(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def test_the_confirmation_mail_has_the_link_that_confirms(subscribe, client):
    theme = ThemeFactory(name="Schulden")

    message = subscribe(themes=[theme.pk], frequency="monthly")

    subscription = Subscription.objects.get()
    assert message.to == ["anna@example.org"]
    assert message.subject
    assert "\n" not in message.subject
    confirm = absolute_url(url("confirm", subscription))
    assert confirm in links_in(message)
    # It says what was asked, so that the reader knows what they confirm.
    assert "Werkplaats A" in message.body
    assert "Schulden" in message.body
    assert nl("once a month") in message.body
    # The link works: the page shows the button that confirms.
    path = confirm.removeprefix(absolute_url(""))
    assert client.get(path).status_code == 200
    client.post(path)
    subscription.refresh_from_db()
    assert subscription.is_confirmed


def test_the_confirmation_mail_offers_to_delete_the_address(subscribe):
    message = subscribe()

    subscription = Subscription.objects.get()
    unsubscribe = absolute_url(url("unsubscribe", subscription))
    assert unsubscribe in links_in(message)
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The headers reach the message as sent.
    sent = message.message()
    assert sent["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_subscriber_who_asks_again_gets_their_personal_link(subscribe, werkplaats_a):
    subscription = SubscriptionFactory(email="anna@example.org", werkplaats=werkplaats_a)

    message = subscribe()

    links = links_in(message)
    assert absolute_url(subscription.get_absolute_url()) in links
    assert absolute_url(url("unsubscribe", subscription)) in links
    assert absolute_url(url("confirm", subscription)) not in links
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_no_mail_when_the_subscription_is_gone_before_the_task_runs(pending, mailoutbox):
    pk = pending.pk
    pending.delete()

    mail_confirmation.call(pk)

    assert mailoutbox == []


def test_the_mail_is_in_the_language_of_the_site(subscribe):
    message = subscribe()

    assert message.subject == nl("Confirm your subscription to the newsletter")
