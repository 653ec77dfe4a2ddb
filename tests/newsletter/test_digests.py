"""The digests: who is due, what is new in their scope, one e-mail, and never twice."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.activities.factories import ActivityFactory, in_days
from tests.agenda.factories import AgendaFactory, AgendaThemeFactory
from tests.network.factories import ThemeFactory
from tests.newsletter.factories import SubscriptionFactory, url
from tests.publications.factories import PublicationFactory
from werkplaats.activities.models import Activity
from werkplaats.agenda.models import Agenda, AgendaTheme
from werkplaats.agenda.services import agenda_theme_save
from werkplaats.lib.mail import absolute_url
from werkplaats.newsletter import selectors, services
from werkplaats.newsletter.models import CONFIRMATION_VALID, Subscription
from werkplaats.newsletter.selectors import MAX_ITEMS
from werkplaats.publications.models import Publication

DAY = datetime.timedelta(days=1)
WEEKLY = Subscription.Frequency.WEEKLY
MONTHLY = Subscription.Frequency.MONTHLY


def at(year, month, day, hour=6) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


def due(subscription, now) -> bool:
    return selectors.due_subscriptions(now).filter(pk=subscription.pk).exists()


def published(werkplaats, *, themes=(), ago=DAY, **fields):
    publication = PublicationFactory(
        werkplaats=werkplaats, published_at=timezone.now() - ago, **fields
    )
    publication.themes.set(themes)
    return publication


def activity(werkplaats, *, themes=(), **fields):
    made = ActivityFactory(werkplaats=werkplaats, **fields)
    made.themes.set(themes)
    return made


def agenda_theme(werkplaats, *, themes=(), **fields):
    agenda = Agenda.objects.filter(werkplaats=werkplaats).first()
    made = AgendaThemeFactory(agenda=agenda or AgendaFactory(werkplaats=werkplaats), **fields)
    made.themes.set(themes)
    return made


def a_week_ago(subscription):
    """Make the subscription due: its last digest went out eight days ago."""
    moment = timezone.now() - 8 * DAY
    Subscription.objects.filter(pk=subscription.pk).update(confirmed=moment, last_sent=moment)
    subscription.refresh_from_db()
    return subscription


def send(subscription, now=None) -> bool:
    return services.digest_send(subscription_id=subscription.pk, now=now)


def digest_of(subscription):
    subscription = Subscription.objects.prefetch_related("themes").get(pk=subscription.pk)
    return selectors.digest_for(subscription, since=subscription.last_sent, until=timezone.now())


# Who is due ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "last_sent", "now", "is_due"),
    [
        # Weekly: on the same weekday a week later, whatever the hour.
        (WEEKLY, at(2030, 3, 4, 6), at(2030, 3, 10, 23), False),
        (WEEKLY, at(2030, 3, 4, 6), at(2030, 3, 11, 0), True),
        (WEEKLY, at(2030, 3, 4, 23), at(2030, 3, 11, 1), True),
        # Monthly: on the same day a month later; the 31st falls on the month's last day.
        (MONTHLY, at(2030, 3, 4), at(2030, 3, 25), False),
        (MONTHLY, at(2030, 3, 4), at(2030, 4, 3), False),
        (MONTHLY, at(2030, 3, 4), at(2030, 4, 4, 1), True),
        # From the 31st, a month has passed on the first of the month after next.
        (MONTHLY, at(2030, 1, 31), at(2030, 2, 28), False),
        (MONTHLY, at(2030, 1, 31), at(2030, 3, 1), True),
        (MONTHLY, at(2030, 12, 15), at(2031, 1, 15), True),
    ],
)
def test_a_digest_is_due_a_week_or_a_month_after_the_last(
    frequency, last_sent, now, is_due, werkplaats_a
):
    subscription = SubscriptionFactory(
        werkplaats=werkplaats_a, frequency=frequency, confirmed=last_sent, last_sent=last_sent
    )

    assert due(subscription, now) is is_due


def test_unconfirmed_subscriptions_get_no_digest(pending, werkplaats_a, mailoutbox):
    published(werkplaats_a)

    assert not due(pending, timezone.now() + 60 * DAY)
    assert send(pending) is False
    assert mailoutbox == []


# What is in it -------------------------------------------------------------------------------


def test_a_werkplaats_digest_has_what_is_new_there(subscription, werkplaats_a, werkplaats_b):
    a_week_ago(subscription)
    publication = published(werkplaats_a)
    own = activity(werkplaats_a)
    joint = activity(werkplaats_b)
    joint.co_organisers.add(werkplaats_a)
    theme = agenda_theme(werkplaats_a)
    # Elsewhere:
    published(werkplaats_b)
    activity(werkplaats_b)
    agenda_theme(werkplaats_b)

    digest = digest_of(subscription)

    assert digest.publications == [publication]
    assert set(digest.activities) == {own, joint}
    assert digest.agenda_themes == [theme]
    assert digest.agenda_themes[0].is_new


def test_a_theme_digest_has_what_is_new_on_those_themes_everywhere(werkplaats_a, werkplaats_b):
    debts, loneliness, other = ThemeFactory(), ThemeFactory(), ThemeFactory()
    subscription = a_week_ago(SubscriptionFactory(werkplaats=None, themes=[debts, loneliness]))
    in_a = published(werkplaats_a, themes=[debts])
    in_b = published(werkplaats_b, themes=[loneliness, debts])  # once, not twice
    published(werkplaats_b, themes=[other])
    published(werkplaats_b)
    meeting = activity(werkplaats_b, themes=[loneliness])
    activity(werkplaats_b, themes=[other])
    theme = agenda_theme(werkplaats_b, themes=[debts])
    agenda_theme(werkplaats_b)

    digest = digest_of(subscription)

    assert set(digest.publications) == {in_a, in_b}
    assert len(digest.publications) == 2
    assert digest.activities == [meeting]
    assert digest.agenda_themes == [theme]


def test_a_werkplaats_with_themes_digest_has_only_both(werkplaats_a, werkplaats_b):
    debts = ThemeFactory()
    subscription = a_week_ago(SubscriptionFactory(werkplaats=werkplaats_a, themes=[debts]))
    wanted = published(werkplaats_a, themes=[debts])
    published(werkplaats_a)
    published(werkplaats_b, themes=[debts])

    assert digest_of(subscription).publications == [wanted]


def test_all_werkplaatsen_without_themes_is_everything(werkplaats_a, werkplaats_b):
    subscription = a_week_ago(SubscriptionFactory(werkplaats=None))
    one, other = published(werkplaats_a), published(werkplaats_b)

    assert set(digest_of(subscription).publications) == {one, other}


def test_only_public_content_is_in_a_digest(subscription, werkplaats_a):
    a_week_ago(subscription)
    published(werkplaats_a, status=Publication.Status.CONCEPT)
    published(werkplaats_a, status=Publication.Status.REVIEW)
    activity(werkplaats_a, audience=Activity.Audience.MEMBERS)
    activity(werkplaats_a, status=Activity.Status.CANCELLED)
    activity(werkplaats_a, start=in_days(-3), end=in_days(-3) + datetime.timedelta(hours=2))

    assert digest_of(subscription).is_empty


def test_only_what_is_new_since_the_last_digest(subscription, werkplaats_a):
    a_week_ago(subscription)
    published(werkplaats_a, ago=9 * DAY)
    old = activity(werkplaats_a)
    Activity.objects.filter(pk=old.pk).update(created=timezone.now() - 9 * DAY)
    old_theme = agenda_theme(werkplaats_a)
    AgendaTheme.objects.filter(pk=old_theme.pk).update(created=timezone.now() - 9 * DAY)

    assert digest_of(subscription).is_empty


def test_a_changed_agenda_theme_is_in_the_digest(subscription, werkplaats_a, coordinator_a):
    theme = agenda_theme(werkplaats_a, title="Armoede")
    AgendaTheme.objects.filter(pk=theme.pk).update(created=timezone.now() - 30 * DAY)
    a_week_ago(subscription)
    theme.refresh_from_db()
    theme.priority = AgendaTheme.Priority.HIGH
    agenda_theme_save(actor=coordinator_a, theme=theme)

    digest = digest_of(subscription)

    assert digest.agenda_themes == [theme]
    assert digest.agenda_themes[0].is_new is False


def test_a_long_digest_is_cut_short_with_a_link_to_the_rest(subscription, werkplaats_a):
    a_week_ago(subscription)
    for _n in range(MAX_ITEMS + 1):
        published(werkplaats_a)

    digest = digest_of(subscription)

    assert len(digest.publications) == MAX_ITEMS
    assert digest.more == {"publications"}


# Sending -------------------------------------------------------------------------------------


def test_the_digest_mail_lists_the_news_in_text_and_html(subscription, werkplaats_a, mailoutbox):
    a_week_ago(subscription)
    publication = published(werkplaats_a, title="Handreiking schulden en stress")
    meeting = activity(werkplaats_a, title="Kenniscafé eenzaamheid in de wijk")
    theme = agenda_theme(werkplaats_a, title="Armoede & bestaanszekerheid")

    assert send(subscription) is True

    (message,) = mailoutbox
    assert message.to == ["anna@example.org"]
    assert "Werkplaats A" in message.subject
    for item in (publication, meeting):
        assert item.title in message.body
        assert absolute_url(item.get_absolute_url()) in message.body
    assert theme.title in message.body
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert publication.title in html
    assert f'href="{absolute_url(meeting.get_absolute_url())}"' in html
    assert "Armoede &amp; bestaanszekerheid" in html
    assert '<html lang="nl">' in html


def test_every_digest_has_the_one_click_unsubscribe(subscription, werkplaats_a, mailoutbox):
    a_week_ago(subscription)
    published(werkplaats_a)

    send(subscription)

    (message,) = mailoutbox
    unsubscribe = absolute_url(url("unsubscribe", subscription))
    assert unsubscribe in message.body
    assert unsubscribe in message.alternatives[0][0]
    assert absolute_url(subscription.get_absolute_url()) in message.body
    sent = message.message()
    assert sent["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_nothing_new_no_mail_but_the_window_moves_on(subscription, mailoutbox):
    a_week_ago(subscription)
    now = timezone.now()

    assert send(subscription, now) is False

    assert mailoutbox == []
    subscription.refresh_from_db()
    assert subscription.last_sent == now


def test_sending_moves_the_window_to_now(subscription, werkplaats_a, mailoutbox):
    a_week_ago(subscription)
    published(werkplaats_a)
    now = timezone.now()

    send(subscription, now)

    subscription.refresh_from_db()
    assert subscription.last_sent == now
    assert not due(subscription, now + 6 * DAY)


def test_a_digest_is_sent_once_however_often_the_task_runs(subscription, werkplaats_a, mailoutbox):
    a_week_ago(subscription)
    published(werkplaats_a)

    assert send(subscription) is True
    assert send(subscription) is False

    assert len(mailoutbox) == 1


def test_the_command_sends_each_due_digest_once(
    werkplaats_a, werkplaats_b, mailoutbox, django_capture_on_commit_callbacks
):
    a = a_week_ago(SubscriptionFactory(werkplaats=werkplaats_a))
    b = a_week_ago(SubscriptionFactory(werkplaats=werkplaats_b, frequency=MONTHLY))
    not_yet = SubscriptionFactory(werkplaats=werkplaats_a)  # confirmed just now
    published(werkplaats_a)
    published(werkplaats_b)

    out = io.StringIO()
    for _run in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_digests", stdout=out)

    # b is monthly: not due after a week.
    assert [message.to for message in mailoutbox] == [[a.email]]
    assert "digests queued: 1" in out.getvalue()
    assert "digests queued: 0" in out.getvalue()
    b.refresh_from_db()
    not_yet.refresh_from_db()
    assert b.last_sent < timezone.now() - 7 * DAY
    assert not_yet.last_sent > timezone.now() - DAY


def test_the_command_deletes_expired_unconfirmed_subscriptions(werkplaats_a):
    expired = SubscriptionFactory(werkplaats=werkplaats_a, unconfirmed=True)
    Subscription.objects.filter(pk=expired.pk).update(
        requested=timezone.now() - CONFIRMATION_VALID - DAY
    )
    fresh = SubscriptionFactory(werkplaats=werkplaats_a, unconfirmed=True)
    confirmed = SubscriptionFactory(werkplaats=werkplaats_a)
    Subscription.objects.filter(pk=confirmed.pk).update(requested=timezone.now() - 30 * DAY)

    out = io.StringIO()
    call_command("send_digests", stdout=out)

    assert set(Subscription.objects.all()) == {fresh, confirmed}
    assert "expired subscriptions deleted: 1" in out.getvalue()


def test_a_digest_costs_the_same_queries_with_few_or_many_items(
    werkplaats_a, werkplaats_b, mailoutbox
):
    themes = [ThemeFactory(), ThemeFactory()]

    def cost(count):
        subscription = a_week_ago(SubscriptionFactory(werkplaats=werkplaats_a, themes=themes))
        for n in range(count):
            published(werkplaats_a, themes=themes)
            joint = activity(werkplaats_b, themes=themes[n % 2 :])
            joint.co_organisers.add(werkplaats_a)
            agenda_theme(werkplaats_a, themes=themes)
        with CaptureQueriesContext(connection) as context:
            assert send(subscription) is True
        return len(context.captured_queries)

    assert cost(2) == cost(12)
