"""Newsletter e-mails: plain text (and HTML for the digest), each with a one-click unsubscribe.

A mailing list needs ``List-Unsubscribe`` and ``List-Unsubscribe-Post`` (RFC 2369, RFC 8058)
so that mail programs offer their own "unsubscribe" button, which POSTs to the link without
opening it.
"""

from django.conf import settings
from django.urls import reverse

from werkplaats.lib.mail import absolute_url, send_templated_mail
from werkplaats.newsletter.models import Subscription


def links(subscription: Subscription) -> dict[str, str]:
    """The personal links every newsletter e-mail carries."""
    token = subscription.token
    return {
        "manage_link": absolute_url(reverse("newsletter:manage", kwargs={"token": token})),
        "confirm_link": absolute_url(reverse("newsletter:confirm", kwargs={"token": token})),
        "unsubscribe_link": absolute_url(
            reverse("newsletter:unsubscribe", kwargs={"token": token})
        ),
    }


def list_links(subscription: Subscription) -> dict[str, str]:
    """Where the digest's reader finds everything of a kind: the werkplaats's or the network's."""
    names = {
        "publications": ("publications:list", "publications:national"),
        "activities": ("activities:list", "activities:national"),
        "agenda_themes": ("agenda:werkplaats_agenda", "agenda:national"),
    }
    werkplaats = subscription.werkplaats
    return {
        kind: absolute_url(
            reverse(own, kwargs={"slug": werkplaats.slug}) if werkplaats else reverse(national)
        )
        for kind, (own, national) in names.items()
    }


def unsubscribe_headers(unsubscribe_link: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<{unsubscribe_link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_newsletter_mail(
    *, subscription: Subscription, template: str, context: dict, html: bool = False
) -> None:
    """Render ``<template>_subject.txt``, ``_body.txt`` (and ``_body.html``) and send them."""
    context = {
        **context,
        "subscription": subscription,
        "site_url": settings.SITE_URL,
        **links(subscription),
    }
    send_templated_mail(
        to=[subscription.email],
        template=template,
        context=context,
        headers=unsubscribe_headers(context["unsubscribe_link"]),
        html=html,
    )
