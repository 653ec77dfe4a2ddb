"""Sending mail from templates, in the language of the site (Dutch unless told otherwise)."""

from django.conf import settings
from django.core.mail import EmailMessage
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
) -> None:
    """Render ``<template>_subject.txt`` and ``<template>_body.txt`` and send them as plain text."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    # A subject is one line: a newline in it would break the header.
    subject = " ".join(subject.split())
    EmailMessage(subject=subject, body=body, to=to, reply_to=reply_to).send()
