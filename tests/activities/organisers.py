"""What the tests of an activity's organiser pages (test_manage_*.py) share.

The roles are the fixtures of tests/conftest.py and the two atelier leads of
tests/activities/conftest.py; the activities under test belong to werkplaats A and ``atelier``.
"""

import zoneinfo

import pytest
from django.urls import reverse

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
ROLES = (
    "anonymous",
    "member_a",
    "coordinator_a",
    "coordinator_b",
    "national_admin",
    "atelier_lead",
    "other_lead",
)
# Who organises an activity of werkplaats A that belongs to ``atelier``.
ORGANISERS = {"coordinator_a", "national_admin", "atelier_lead"}


def local(moment) -> str:
    """A moment as a datetime-local field sends it: Amsterdam time, to the minute."""
    return moment.astimezone(AMSTERDAM).strftime("%Y-%m-%dT%H:%M")


def url(name: str, activity=None, **extra) -> str:
    """The address of the organiser page ``name`` of ``activity`` (without one: of werkplaats A)."""
    if activity is None:
        return reverse(f"activities:{name}", kwargs={"slug": "werkplaats-a", **extra})
    return reverse(
        f"activities:{name}",
        kwargs={"slug": activity.werkplaats.slug, "activity": activity.slug, **extra},
    )


def role_cases(views) -> list:
    """Every view in ``views`` with every role, as ``(name, role)`` parameters."""
    return [pytest.param(name, role, id=f"{name}-{role}") for name in views for role in ROLES]


def answer_of(response):
    """``"login"`` for a redirect to the login page, otherwise the status code."""
    if response.status_code == 302 and response.url.startswith(reverse("account_login")):
        return "login"
    return response.status_code


def expected_answer(role: str, answer: int, allowed=ORGANISERS):
    """Anonymous visitors are sent to log in; ``allowed`` roles get ``answer``, the rest 404."""
    if role == "anonymous":
        return "login"
    return answer if role in allowed else 404
