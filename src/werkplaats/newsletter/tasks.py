from django_tasks import task

from werkplaats.newsletter import services
from werkplaats.newsletter.mail import send_newsletter_mail
from werkplaats.newsletter.models import Subscription


@task()
def mail_confirmation(subscription_id: int) -> None:
    """The double opt-in e-mail; to a confirmed subscriber, their personal link instead."""
    subscription = (
        Subscription.objects.select_related("werkplaats")
        .prefetch_related("themes")
        .filter(pk=subscription_id)
        .first()
    )
    if subscription is None:
        return  # unsubscribed (or expired) before the e-mail went out
    template = (
        "newsletter/email/already_subscribed"
        if subscription.is_confirmed
        else "newsletter/email/confirm"
    )
    send_newsletter_mail(subscription=subscription, template=template, context={})


@task()
def send_digest(subscription_id: int) -> None:
    services.digest_send(subscription_id=subscription_id)
