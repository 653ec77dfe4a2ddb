"""National admins keep the national themes and the agendas in the Django admin."""

import pytest
from django.urls import reverse

from tests.agenda.factories import CommentFactory, NationalThemeFactory, SupportFactory
from werkplaats.agenda.models import NationalTheme


def test_national_admin_adds_a_national_theme(client_for, national_admin):
    response = client_for(national_admin).post(
        reverse("admin:agenda_nationaltheme_add"),
        {"name": "Bestaanszekerheid", "slug": "bestaanszekerheid", "description": "", "order": 1},
    )

    assert response.status_code == 302
    assert NationalTheme.objects.get().name == "Bestaanszekerheid"


@pytest.mark.parametrize(
    "name",
    [
        "admin:agenda_nationaltheme_changelist",
        "admin:agenda_agenda_changelist",
        "admin:agenda_support_changelist",
        "admin:agenda_comment_changelist",
    ],
)
def test_admin_lists_open(client_for, national_admin, theme_a, member_a, name):
    NationalThemeFactory()
    SupportFactory(agenda_theme=theme_a, user=member_a)
    CommentFactory(agenda_theme=theme_a, user=member_a)

    assert client_for(national_admin).get(reverse(name)).status_code == 200


def test_agenda_change_page_has_its_themes_inline(client_for, national_admin, theme_a):
    url = reverse("admin:agenda_agenda_change", args=[theme_a.agenda.pk])

    response = client_for(national_admin).get(url)

    assert response.status_code == 200
    assert theme_a.title in response.content.decode()


@pytest.mark.parametrize("model", ["support", "comment"])
def test_support_and_comments_are_read_only(client_for, national_admin, model):
    client = client_for(national_admin)

    assert client.get(reverse(f"admin:agenda_{model}_add")).status_code == 403


def test_coordinators_do_not_reach_the_admin(client_for, coordinator_a):
    response = client_for(coordinator_a).get(reverse("admin:agenda_nationaltheme_changelist"))

    assert response.status_code == 302
