"""The personal links: confirm (double opt-in), manage, unsubscribe (RFC 8058 one click).

A GET never changes anything: mail scanners open every link in an e-mail.
"""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from lxml import html

from tests.helpers import assert_shows, flashed, form_errors, nl
from tests.network.factories import ThemeFactory
from tests.newsletter.factories import SubscriptionFactory, bad_tokens, url
from werkplaats.audit.models import AuditEntry
from werkplaats.newsletter.models import CONFIRMATION_VALID, Subscription

BAD_TOKENS = ["changed signature", "no signature", "unknown key", "other salt"]


def expire(subscription):
    Subscription.objects.filter(pk=subscription.pk).update(
        requested=timezone.now() - CONFIRMATION_VALID - datetime.timedelta(minutes=1)
    )


def assert_private(response):
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


# Confirming ---------------------------------------------------------------------------------


def test_the_confirmation_link_shows_a_button_and_confirms_nothing_yet(client, pending):
    response = client.get(url("confirm", pending))

    assert response.status_code == 200
    assert_private(response)
    assert f'action="{url("confirm", pending)}"' in response.content.decode()
    pending.refresh_from_db()
    assert pending.confirmed is None


def test_pressing_the_button_confirms(client, pending):
    response = client.post(url("confirm", pending))

    assert response.status_code == 303
    assert response["Location"] == pending.get_absolute_url()
    assert flashed(response) == [nl("Your subscription is confirmed. Thank you!")]
    pending.refresh_from_db()
    assert pending.confirmed is not None
    # The first digest covers what is new from now on.
    assert pending.last_sent == pending.confirmed
    assert AuditEntry.objects.filter(action="newsletter.confirm").count() == 1


def test_the_confirmation_link_works_once_and_then_leads_to_the_personal_page(client, pending):
    client.post(url("confirm", pending))
    pending.refresh_from_db()
    confirmed = pending.confirmed

    again = client.post(url("confirm", pending))

    assert again.status_code == 302
    assert again["Location"] == pending.get_absolute_url()
    pending.refresh_from_db()
    assert pending.confirmed == confirmed
    assert client.get(url("confirm", pending)).status_code == 302


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_expired_confirmation_link_says_so(method, client, pending):
    expire(pending)

    response = getattr(client, method)(url("confirm", pending))

    assert response.status_code == 410
    assert_shows(response, "This link has expired")
    pending.refresh_from_db()
    assert pending.confirmed is None


@pytest.mark.parametrize("name", ["confirm", "manage"])
@pytest.mark.parametrize("kind", BAD_TOKENS)
def test_a_broken_link_finds_nothing(name, kind, client, pending):
    token = bad_tokens(pending)[kind]
    path = url(name, pending).replace(pending.token, token)

    for response in (client.get(path), client.post(path)):
        assert response.status_code == 404
        assert_shows(response, "This link does not work")
        assert_private(response)
    pending.refresh_from_db()
    assert pending.confirmed is None


# The personal page ---------------------------------------------------------------------------


def test_the_personal_page_shows_what_is_followed(client, subscription):
    theme = ThemeFactory(name="Schulden")
    subscription.themes.set([theme])

    response = client.get(url("manage", subscription))

    assert response.status_code == 200
    assert_private(response)
    content = response.content.decode()
    assert "Werkplaats A" in content
    assert "Schulden" in content
    assert url("unsubscribe", subscription) in content
    form = response.context["form"]
    assert form["werkplaats"].value() == "werkplaats-a"
    assert form["frequency"].value() == "weekly"


def test_before_confirming_the_personal_page_leads_to_the_confirmation(client, pending):
    response = client.get(url("manage", pending))

    assert response.status_code == 302
    assert response["Location"] == url("confirm", pending)


def test_the_subscriber_changes_frequency_and_themes(client, subscription):
    themes = [ThemeFactory(), ThemeFactory()]

    response = client.post(
        url("manage", subscription),
        {"werkplaats": "alle", "themes": [t.pk for t in themes], "frequency": "monthly"},
    )

    assert response.status_code == 303
    assert response["Location"] == subscription.get_absolute_url()
    subscription.refresh_from_db()
    assert subscription.werkplaats is None
    assert set(subscription.themes.all()) == set(themes)
    assert subscription.frequency == "monthly"
    # Changing does not restart the window.
    assert subscription.confirmed is not None


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"werkplaats": "", "themes": []}, "werkplaats", "no_scope"),
        ({"werkplaats": "bestaat-niet"}, "werkplaats", "invalid_choice"),
        ({"frequency": "hourly"}, "frequency", "invalid_choice"),
        ({"themes": ["abc"]}, "themes", "invalid_pk_value"),
    ],
)
def test_bad_changes_are_refused_and_nothing_changes(data, field, code, client, subscription):
    response = client.post(
        url("manage", subscription), {"werkplaats": "werkplaats-a", "frequency": "monthly", **data}
    )

    assert response.status_code == 400
    assert code in form_errors(response)[field]
    subscription.refresh_from_db()
    assert subscription.frequency == "weekly"
    assert subscription.werkplaats.slug == "werkplaats-a"


def test_a_change_into_another_subscription_of_the_same_address_is_refused(
    client, subscription, werkplaats_b
):
    SubscriptionFactory(email=subscription.email, werkplaats=werkplaats_b)

    response = client.post(
        url("manage", subscription), {"werkplaats": "werkplaats-b", "frequency": "weekly"}
    )

    assert response.status_code == 400
    assert "werkplaats" in form_errors(response)
    subscription.refresh_from_db()
    assert subscription.werkplaats.slug == "werkplaats-a"


# Unsubscribing -------------------------------------------------------------------------------


def test_the_unsubscribe_link_shows_one_button_and_unsubscribes_nothing_yet(client, subscription):
    response = client.get(url("unsubscribe", subscription))

    assert response.status_code == 200
    assert_private(response)
    main = html.fromstring(response.content).find(".//main")
    (button,) = main.xpath(".//button")
    assert button.getparent().get("action") == url("unsubscribe", subscription)
    assert button.getparent().get("method") == "post"
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_pressing_the_button_unsubscribes(subscription):
    # A browser sends the form with its CSRF token; the view does not need it.
    client = Client(enforce_csrf_checks=True)
    page = client.get(url("unsubscribe", subscription))
    token = page.context["csrf_token"]

    response = client.post(url("unsubscribe", subscription), {"csrfmiddlewaretoken": token})

    assert response.status_code == 200
    assert_shows(response, "You are unsubscribed")
    assert not Subscription.objects.filter(pk=subscription.pk).exists()
    assert AuditEntry.objects.filter(action="newsletter.unsubscribe").count() == 1


def test_one_click_unsubscribe_from_the_mail_program(subscription):
    """RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click" without any cookie."""
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        url("unsubscribe", subscription),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert not Subscription.objects.filter(pk=subscription.pk).exists()


def test_an_unconfirmed_subscription_can_be_removed_at_once(client, pending):
    """ "I did not ask for this": the link in the confirmation e-mail deletes the address."""
    assert client.post(url("unsubscribe", pending)).status_code == 200

    assert not Subscription.objects.filter(pk=pending.pk).exists()


def test_unsubscribing_twice_is_fine(client, subscription):
    path = url("unsubscribe", subscription)
    client.post(path)

    assert client.post(path).status_code == 200
    gone = client.get(path)
    assert gone.status_code == 410
    assert_shows(gone, "You are unsubscribed")


def test_unsubscribing_ends_only_this_subscription(client, subscription, werkplaats_b):
    other = SubscriptionFactory(email=subscription.email, werkplaats=werkplaats_b)

    client.post(url("unsubscribe", subscription))

    assert list(Subscription.objects.all()) == [other]


@pytest.mark.parametrize("kind", ["changed signature", "no signature", "other salt"])
def test_a_broken_unsubscribe_link_deletes_nothing(kind, subscription):
    token = bad_tokens(subscription)[kind]
    path = url("unsubscribe", subscription).replace(subscription.token, token)
    client = Client(enforce_csrf_checks=True)

    assert client.get(path).status_code == 404
    assert (
        client.post(
            path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        ).status_code
        == 404
    )
    assert Subscription.objects.filter(pk=subscription.pk).exists()


@pytest.mark.parametrize("name", ["confirm", "manage", "unsubscribe"])
def test_other_methods_are_not_allowed(name, client, subscription):
    assert client.put(url(name, subscription)).status_code == 405
    assert Subscription.objects.filter(pk=subscription.pk).exists()
