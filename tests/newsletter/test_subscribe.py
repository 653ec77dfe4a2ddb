"""The public form: only an address and what to follow; a confirmation e-mail, never more."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.helpers import assert_shows, form_errors
from tests.network.factories import ThemeFactory, WerkplaatsFactory
from tests.newsletter.factories import SubscriptionFactory
from werkplaats.network.models import Werkplaats
from werkplaats.newsletter.models import Subscription
from werkplaats.newsletter.services import RESEND_AFTER

SUBSCRIBE = reverse("newsletter:subscribe")
REQUESTED = reverse("newsletter:requested")


def werkplaats_url(werkplaats) -> str:
    return reverse("newsletter:werkplaats", kwargs={"slug": werkplaats.slug})


def page(client, url) -> str:
    """The page without its CSRF tokens, which differ on every request."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", client.get(url).content.decode())


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """POST the form, and run what the service left for after the commit (the e-mail)."""

    def send(client, url=SUBSCRIBE, **data):
        data.setdefault("email", "anna@example.org")
        data.setdefault("frequency", "weekly")
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_b", "national_admin"])
def test_everybody_sees_the_form(role, role_users, client_for, werkplaats_a):
    response = client_for(role_users[role]).get(SUBSCRIBE)

    assert response.status_code == 200
    assert list(response.context["form"].fields) == [
        "email",
        "werkplaats",
        "themes",
        "frequency",
        "website",
    ]
    assert response.content.decode().count("<h1") == 1


def test_the_form_lists_active_werkplaatsen_and_themes(client, werkplaats_a):
    ThemeFactory(name="Eenzaamheid")
    WerkplaatsFactory(name="Afgerond", status=Werkplaats.Status.COMPLETED)

    form = client.get(SUBSCRIBE).context["form"]

    assert [label for _value, label in form.fields["werkplaats"].choices][2:] == ["Werkplaats A"]
    assert [theme.name for theme in form.fields["themes"].queryset] == ["Eenzaamheid"]


def test_the_werkplaats_page_of_the_form_has_the_werkplaats_chosen(client, werkplaats_a):
    response = client.get(werkplaats_url(werkplaats_a))

    assert response.status_code == 200
    assert response.context["form"]["werkplaats"].value() == "werkplaats-a"
    assert '<option value="werkplaats-a" selected>' in response.content.decode()


def test_the_werkplaats_page_links_to_the_form(client, werkplaats_a):
    response = client.get(werkplaats_a.get_absolute_url())

    assert f'href="{werkplaats_url(werkplaats_a)}"' in response.content.decode()


def test_an_unknown_werkplaats_has_no_form(client, db):
    assert client.get("/werkplaatsen/bestaat-niet/nieuwsbrief/").status_code == 404


def test_a_member_finds_their_address_filled_in(client_for, member_a):
    form = client_for(member_a).get(SUBSCRIBE).context["form"]

    assert form["email"].value() == member_a.email


def test_subscribing_to_a_werkplaats_asks_to_confirm(post, client, werkplaats_a, mailoutbox):
    response = post(client, werkplaats_url(werkplaats_a), werkplaats="werkplaats-a")

    assert response.status_code == 303
    assert response["Location"] == REQUESTED
    subscription = Subscription.objects.get()
    assert subscription.email == "anna@example.org"
    assert subscription.werkplaats == werkplaats_a
    assert subscription.frequency == "weekly"
    assert subscription.confirmed is None
    assert subscription.last_sent is None
    assert [message.to for message in mailoutbox] == [["anna@example.org"]]


def test_the_page_after_the_form_says_to_look_in_the_mailbox(client, db):
    response = client.get(REQUESTED)

    assert response.status_code == 200
    assert_shows(response, "Check your e-mail")


def test_subscribing_to_themes_of_all_werkplaatsen(post, client, werkplaats_a, mailoutbox):
    themes = [ThemeFactory(), ThemeFactory()]

    response = post(client, themes=[theme.pk for theme in themes], frequency="monthly")

    assert response.status_code == 303
    subscription = Subscription.objects.get()
    assert subscription.werkplaats is None
    assert set(subscription.themes.all()) == set(themes)
    assert subscription.frequency == "monthly"


def test_subscribing_to_all_werkplaatsen(post, client, werkplaats_a, mailoutbox):
    assert post(client, werkplaats="alle").status_code == 303

    subscription = Subscription.objects.get()
    assert subscription.werkplaats is None
    assert not subscription.themes.exists()


def test_the_address_is_kept_in_lower_case(post, client, werkplaats_a, mailoutbox):
    post(client, email="  Anna@Example.ORG ", werkplaats="werkplaats-a")
    post(client, email="anna@example.org", werkplaats="werkplaats-a")

    assert list(Subscription.objects.values_list("email", flat=True)) == ["anna@example.org"]


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"email": "anna"}, "email", "invalid"),
        ({"email": "anna@"}, "email", "invalid"),
        ({"email": ""}, "email", "required"),
        ({"email": "a" * 250 + "@example.org"}, "email", "max_length"),
        ({"werkplaats": "bestaat-niet"}, "werkplaats", "invalid_choice"),
        ({"themes": ["999999"]}, "themes", "invalid_choice"),
        ({"frequency": "daily"}, "frequency", "invalid_choice"),
        ({"frequency": ""}, "frequency", "required"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    post, data, field, code, client, werkplaats_a, mailoutbox
):
    data = {"werkplaats": "werkplaats-a", **data}

    response = post(client, **data)

    assert response.status_code == 400
    assert code in form_errors(response)[field]
    assert_shows(
        response, "Not everything is filled in correctly. Look at the messages next to the fields."
    )
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_an_invalid_address_is_explained_next_to_the_field(post, client, werkplaats_a, mailoutbox):
    response = post(client, email="anna", werkplaats="werkplaats-a")

    assert response.status_code == 400
    assert_shows(response, "Write a complete e-mail address, like name@example.nl.")
    assert "utrecht-form-field--invalid" in response.content.decode()


def test_choosing_nothing_to_follow_is_refused(post, client, werkplaats_a, mailoutbox):
    response = post(client)

    assert response.status_code == 400
    assert form_errors(response) == {"werkplaats": ["no_scope"]}
    assert_shows(response, "Choose a werkplaats, all werkplaatsen, or at least one theme.")
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_a_bot_that_fills_in_the_hidden_field_gets_thanks_and_nothing_else(
    post, client, werkplaats_a, mailoutbox
):
    response = post(client, werkplaats="werkplaats-a", website="https://spam.example")

    assert response.status_code == 303
    assert response["Location"] == REQUESTED
    assert not Subscription.objects.exists()
    assert mailoutbox == []


def test_the_form_answers_the_same_whether_or_not_the_address_is_subscribed(
    post, client, werkplaats_a, mailoutbox
):
    """Nobody can find out through the form who gets the newsletter."""
    SubscriptionFactory(email="anna@example.org", werkplaats=werkplaats_a)

    known = post(client, email="anna@example.org", werkplaats="werkplaats-a")
    unknown = post(client, email="bram@example.org", werkplaats="werkplaats-a")

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert page(client, known["Location"]) == page(client, unknown["Location"])
    # Only the mailbox learns the difference.
    assert sorted(message.to[0] for message in mailoutbox) == [
        "anna@example.org",
        "bram@example.org",
    ]


def test_the_form_does_not_change_a_confirmed_subscription(post, client, werkplaats_a, mailoutbox):
    """Whoever types an address may not be its owner: they get their personal link instead."""
    theme = ThemeFactory()
    subscription = SubscriptionFactory(email="anna@example.org", werkplaats=werkplaats_a)

    post(client, werkplaats="werkplaats-a", themes=[theme.pk], frequency="monthly")

    subscription.refresh_from_db()
    assert subscription.frequency == "weekly"
    assert not subscription.themes.exists()
    assert Subscription.objects.count() == 1
    (message,) = mailoutbox
    assert subscription.get_absolute_url() in message.body


def test_asking_again_before_confirming_updates_the_one_subscription(
    post, client, werkplaats_a, mailoutbox
):
    theme = ThemeFactory()
    post(client, werkplaats="werkplaats-a")

    post(client, werkplaats="werkplaats-a", themes=[theme.pk], frequency="monthly")

    subscription = Subscription.objects.get()
    assert subscription.frequency == "monthly"
    assert list(subscription.themes.all()) == [theme]
    # One e-mail: its link confirms the subscription as it is now.
    assert len(mailoutbox) == 1


def test_a_new_confirmation_mail_after_a_while(post, client, werkplaats_a, mailoutbox):
    post(client, werkplaats="werkplaats-a")
    Subscription.objects.update(requested=timezone.now() - RESEND_AFTER - datetime.timedelta(1))

    post(client, werkplaats="werkplaats-a")

    assert len(mailoutbox) == 2
    assert Subscription.objects.get().requested > timezone.now() - RESEND_AFTER


def test_another_werkplaats_is_another_subscription(
    post, client, werkplaats_a, werkplaats_b, mailoutbox
):
    post(client, werkplaats="werkplaats-a")
    post(client, werkplaats="werkplaats-b")
    post(client, werkplaats="alle")

    assert Subscription.objects.count() == 3
    assert len(mailoutbox) == 3
