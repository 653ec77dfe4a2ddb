"""Subscribing (double opt-in), confirming, changing and ending a subscription; the digests.

Nothing here tells a visitor whether an address was subscribed already: the form's answer is
always "check your e-mail", and only the mailbox learns more. Every e-mail goes out through
the task queue after the transaction commits.
"""

import datetime
from functools import partial

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.audit.services import audit_record
from werkplaats.newsletter import selectors
from werkplaats.newsletter.mail import list_links, send_newsletter_mail
from werkplaats.newsletter.models import Subscription

# At most one confirmation e-mail per subscription in this time, so that the public form
# cannot be used to flood someone's mailbox.
RESEND_AFTER = datetime.timedelta(minutes=10)


def _mail_confirmation(subscription: Subscription) -> None:
    from werkplaats.newsletter.tasks import mail_confirmation

    pk = subscription.pk
    transaction.on_commit(lambda: mail_confirmation.enqueue(pk))


def _audit(action: str, subscription: Subscription, **data) -> None:
    # No address in the audit trail: it outlives the subscription.
    audit_record(
        actor=None,
        action=f"newsletter.{action}",
        obj=subscription,
        werkplaats=subscription.werkplaats,
        data=data,
    )


@transaction.atomic
def subscription_request(
    *, email: str, werkplaats, themes, frequency: str, now: datetime.datetime | None = None
) -> Subscription | None:
    """Someone filled in the form: mail the address a link to confirm (double opt-in).

    A new or not yet confirmed subscription for this address and werkplaats takes the chosen
    themes and frequency. A confirmed one stays as it is (whoever typed the address may not be
    its owner); its owner gets an e-mail with their personal link to change it instead.
    """
    now = now or timezone.now()
    email = email.strip().lower()
    subscription = (
        Subscription.objects.select_for_update().filter(email=email, werkplaats=werkplaats).first()
    )
    if subscription is None:
        subscription = Subscription(
            email=email, werkplaats=werkplaats, frequency=frequency, requested=now
        )
        # The constraints are left to the database: a "this address is already subscribed"
        # from validation would tell the visitor what the form must not.
        subscription.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                subscription.save()
        except IntegrityError:
            # The same form was sent twice at once; the first one's e-mail is on its way.
            return None
        subscription.themes.set(themes)
        _audit("request", subscription)
        _mail_confirmation(subscription)
        return subscription

    if not subscription.is_confirmed:
        subscription.frequency = frequency
        subscription.full_clean()
        subscription.save(update_fields=["frequency"])
        subscription.themes.set(themes)
    if subscription.requested > now - RESEND_AFTER:
        return subscription
    subscription.requested = now
    subscription.save(update_fields=["requested"])
    _audit("request", subscription)
    _mail_confirmation(subscription)
    return subscription


@transaction.atomic
def subscription_confirm(
    *, subscription: Subscription, now: datetime.datetime | None = None
) -> Subscription:
    """The address confirmed: digests start, with what is new from now on."""
    now = now or timezone.now()
    if subscription.is_confirmed:
        return subscription
    if subscription.is_expired(now):
        raise ValidationError(
            _("This confirmation link has expired. Please subscribe again."), code="expired"
        )
    subscription.confirmed = now
    subscription.last_sent = now
    subscription.full_clean()
    subscription.save(update_fields=["confirmed", "last_sent"])
    _audit("confirm", subscription)
    return subscription


@transaction.atomic
def subscription_change(
    *, subscription: Subscription, werkplaats, themes, frequency: str
) -> Subscription:
    """The subscriber changes what they follow, or how often, from their personal page."""
    duplicate = (
        Subscription.objects.filter(email=subscription.email, werkplaats=werkplaats)
        .exclude(pk=subscription.pk)
        .exists()
    )
    if duplicate:
        raise ValidationError(
            {
                "werkplaats": _(
                    "You already have another subscription for this. Change that one, "
                    "or choose something else here."
                )
            },
            code="duplicate",
        )
    subscription.werkplaats = werkplaats
    subscription.frequency = frequency
    subscription.full_clean()
    subscription.save(update_fields=["werkplaats", "frequency"])
    subscription.themes.set(themes)
    _audit("change", subscription, frequency=frequency)
    return subscription


@transaction.atomic
def subscription_delete(*, subscription: Subscription) -> None:
    """Unsubscribe: the row goes, address and all; nothing is kept."""
    _audit("unsubscribe", subscription)
    subscription.delete()


def subscriptions_expired_delete(*, now: datetime.datetime | None = None) -> int:
    """Delete subscriptions that were never confirmed and whose link has expired."""
    _total, per_model = Subscription.objects.expired(now).delete()
    return per_model.get(Subscription._meta.label, 0)


def digests_enqueue(*, now: datetime.datetime | None = None) -> int:
    """One task per subscription whose digest is due; the task checks again before sending."""
    from werkplaats.newsletter.tasks import send_digest

    now = now or timezone.now()
    ids = list(selectors.due_subscriptions(now).values_list("pk", flat=True))
    for pk in ids:
        transaction.on_commit(partial(send_digest.enqueue, pk))
    return len(ids)


def digest_send(*, subscription_id: int, now: datetime.datetime | None = None) -> bool:
    """Send one subscription's digest if it is due; True when an e-mail went out.

    Idempotent: the subscription's row is locked, and the window moves on (``last_sent``) in
    the same transaction, so a second run, or a second task for the same subscription,
    finds it no longer due. With nothing new there is no e-mail, but the window moves on.
    """
    now = now or timezone.now()
    with transaction.atomic():
        subscription = (
            Subscription.objects.select_for_update(of=("self",))
            .select_related("werkplaats")
            .prefetch_related("themes")
            .filter(pk=subscription_id)
            .first()
        )
        if subscription is None or not selectors.is_due(subscription, now):
            return False
        digest = selectors.digest_for(subscription, since=subscription.last_sent, until=now)
        if not digest.is_empty:
            send_newsletter_mail(
                subscription=subscription,
                template="newsletter/email/digest",
                context={"digest": digest, "lists": list_links(subscription)},
                html=True,
            )
        subscription.last_sent = now
        subscription.save(update_fields=["last_sent"])
    return not digest.is_empty
