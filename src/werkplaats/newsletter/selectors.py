"""Reads for the newsletter: the subscription behind a link, which digests are due, and what
is new in a subscription's scope (three queries, whatever the number of items)."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.db.models import IntegerField, Q, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone

from werkplaats.activities.models import Activity
from werkplaats.agenda.models import AgendaTheme
from werkplaats.audit.models import AuditEntry
from werkplaats.network.models import Theme, Werkplaats
from werkplaats.newsletter.models import Subscription
from werkplaats.publications.models import Publication

# Per kind of item in one digest; the e-mail links to the full lists for the rest.
MAX_ITEMS = 20


def subscription_by_token(token: str) -> Subscription | None:
    """The subscription behind a personal link, or None when the link is broken or unknown."""
    key = Subscription.key_from_token(token)
    if key is None:
        return None
    return (
        Subscription.objects.select_related("werkplaats")
        .prefetch_related("themes")
        .filter(key=key)
        .first()
    )


def token_is_ours(token: str) -> bool:
    """The token was made here (whether or not its subscription still exists)."""
    return Subscription.key_from_token(token) is not None


def werkplaatsen_to_follow():
    return Werkplaats.objects.active().order_by("name").only("pk", "name", "slug")


def themes_to_follow():
    return Theme.objects.order_by("name").only("pk", "name")


def _month_before(day: datetime.date) -> datetime.date:
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


def due_before(frequency: str, now: datetime.datetime) -> datetime.datetime:
    """A digest of ``frequency`` is due when the last one went out before this moment.

    Days are compared, not hours: a weekly digest sent on a Monday at 06:00:05 is due again
    the next Monday whatever the time the job runs then, so the send day does not creep.
    """
    today = timezone.localdate(now)
    if frequency == Subscription.Frequency.MONTHLY:
        last_day = _month_before(today)
    else:
        last_day = today - datetime.timedelta(days=7)
    return timezone.make_aware(
        datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min)
    )


def due_subscriptions(now: datetime.datetime) -> QuerySet:
    """Confirmed subscriptions whose next digest is due at ``now``."""
    due = Q()
    for frequency in Subscription.Frequency.values:
        due |= Q(frequency=frequency, last_sent__lt=due_before(frequency, now))
    return Subscription.objects.confirmed().filter(due)


def is_due(subscription: Subscription, now: datetime.datetime) -> bool:
    return subscription.is_confirmed and subscription.last_sent < due_before(
        subscription.frequency, now
    )


@dataclass
class Digest:
    """What is new in a subscription's scope between ``since`` and ``until``."""

    since: datetime.datetime
    until: datetime.datetime
    publications: list = field(default_factory=list)
    activities: list = field(default_factory=list)
    # Each with ``is_new``: False when the theme existed before and was changed.
    agenda_themes: list = field(default_factory=list)
    # The kinds that had more than MAX_ITEMS; the e-mail then points to the full list.
    more: set = field(default_factory=set)

    @property
    def is_empty(self) -> bool:
        return not (self.publications or self.activities or self.agenda_themes)


def _in_scope(queryset: QuerySet, subscription: Subscription, theme_ids: list[int]):
    """Only what the subscription follows: its werkplaats (if any), its themes (if any)."""
    model = queryset.model
    if subscription.werkplaats_id is not None:
        werkplaats = subscription.werkplaats_id
        if model is Activity:
            # Joint activities count for every werkplaats that organises them.
            queryset = queryset.filter(Q(werkplaats=werkplaats) | Q(co_organisers=werkplaats))
        elif model is AgendaTheme:
            queryset = queryset.filter(agenda__werkplaats=werkplaats)
        else:
            queryset = queryset.filter(werkplaats=werkplaats)
    if theme_ids:
        queryset = queryset.filter(themes__in=theme_ids)
    # The joins above can repeat a row; a subquery of keys keeps each once without DISTINCT.
    return model.objects.filter(pk__in=queryset.values("pk"))


def _capped(queryset: QuerySet, kind: str, more: set) -> list:
    items = list(queryset[: MAX_ITEMS + 1])
    if len(items) > MAX_ITEMS:
        more.add(kind)
    return items[:MAX_ITEMS]


def digest_for(
    subscription: Subscription, *, since: datetime.datetime, until: datetime.datetime
) -> Digest:
    """Published publications, new public activities still to come, new or changed agenda
    themes: all that is public and happened after ``since`` up to ``until``."""
    theme_ids = [theme.pk for theme in subscription.themes.all()]
    digest = Digest(since=since, until=until)

    publications = _in_scope(
        Publication.objects.published().filter(published_at__gt=since, published_at__lte=until),
        subscription,
        theme_ids,
    )
    digest.publications = _capped(
        publications.select_related("werkplaats").order_by("-published_at", "-id"),
        "publications",
        digest.more,
    )

    activities = _in_scope(
        Activity.objects.public()
        .filter(created__gt=since, created__lte=until, end__gt=until)
        .exclude(status=Activity.Status.CANCELLED),
        subscription,
        theme_ids,
    )
    digest.activities = _capped(
        activities.select_related("werkplaats").order_by("start", "id"),
        "activities",
        digest.more,
    )

    # Agenda themes have no "changed" date of their own; the audit trail says when one changed.
    changed = (
        AuditEntry.objects.filter(
            object_type="agenda.agendatheme",
            action="agenda_theme.update",
            created__gt=since,
            created__lte=until,
        )
        .annotate(theme_id=Cast("object_id", IntegerField()))
        .values("theme_id")
    )
    agenda_themes = _in_scope(
        AgendaTheme.objects.filter(Q(created__gt=since, created__lte=until) | Q(pk__in=changed)),
        subscription,
        theme_ids,
    )
    digest.agenda_themes = _capped(
        agenda_themes.select_related("agenda__werkplaats").order_by(
            "agenda__werkplaats__name", "priority", "title"
        ),
        "agenda_themes",
        digest.more,
    )
    for theme in digest.agenda_themes:
        theme.is_new = theme.created > since
    return digest
