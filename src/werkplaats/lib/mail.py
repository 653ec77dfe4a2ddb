"""Sending mail from templates, in the language of the site (Dutch unless told otherwise)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def absolute_url(path: str) -> str:
    """A full link for e-mails, which are read outside the site."""
    return f"{settings.SITE_URL}{path}"


def send_templated_mail(
    *,
    to: list[str],
    template: str,
    context: dict,
    reply_to: list[str] | None = None,
    language: str | None = None,
    headers: dict[str, str] | None = None,
    html: bool = False,
) -> None:
    """Render ``<template>_subject.txt`` and ``<template>_body.txt`` and send them as plain text.

    ``html``: ``<template>_body.html`` goes with it as the HTML version (a newsletter).
    ``headers``: extra headers, such as a mailing list's ``List-Unsubscribe``.
    """
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
        html_body = render_to_string(f"{template}_body.html", context) if html else None
    # A subject is one line: a newline in it would break the header.
    subject = " ".join(subject.split())
    message = EmailMultiAlternatives(
        subject=subject, body=body, to=to, reply_to=reply_to, headers=headers
    )
    if html_body is not None:
        message.attach_alternative(html_body, "text/html")
    message.send()
