"""Records of werkplaats B under the address of werkplaats A are not found, for anyone.

Who gets what from every agenda view is in tests/test_access_matrix.py.
"""

import pytest
from django.urls import reverse

from werkplaats.agenda.models import AgendaTheme, Comment, Support
from werkplaats.audit.models import AuditEntry


def url_kwargs(name, agenda, theme):
    a = {"slug": agenda.werkplaats.slug}
    return {
        "agenda:national": {},
        "agenda:werkplaats_agenda": a,
        "agenda:support": {**a, "kind": "thema", "pk": theme.pk},
        "agenda:comment": {**a, "kind": "thema", "pk": theme.pk},
        "agenda:manage": a,
        "agenda:agenda_add": a,
        "agenda:agenda_edit": {**a, "pk": agenda.pk},
        "agenda:theme_add": {**a, "agenda_pk": agenda.pk},
        "agenda:theme_edit": {**a, "pk": theme.pk},
        "agenda:theme_delete": {**a, "pk": theme.pk},
    }[name]


# A record of werkplaats B under the address of werkplaats A is not found, for anyone.
CROSS = ["agenda_edit", "theme_add", "theme_edit", "theme_delete"]


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("name", CROSS)
@pytest.mark.parametrize("role", ["coordinator_a", "national_admin"])
def test_an_agenda_or_theme_of_b_under_the_address_of_a_is_404(
    client_for, role_users, agenda_a, agenda_b, theme_b, coordinator_a, name, method, role
):
    kwargs = url_kwargs(f"agenda:{name}", agenda_b, theme_b)
    kwargs["slug"] = agenda_a.werkplaats.slug
    url = reverse(f"agenda:{name}", kwargs=kwargs)
    client = client_for(role_users[role])

    response = client.get(url) if method == "GET" else client.post(url, {"title": "Gekaapt"})

    assert response.status_code == 404
    assert AgendaTheme.objects.filter(pk=theme_b.pk, title=theme_b.title).exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("name", ["support", "comment"])
@pytest.mark.parametrize("kind", ["thema", "vraag"])
def test_support_or_comment_on_something_of_b_under_the_address_of_a_is_404(
    client_for, member_a, werkplaats_a, theme_b, question_b, name, kind
):
    target = theme_b if kind == "thema" else question_b
    url = reverse(
        f"agenda:{name}", kwargs={"slug": werkplaats_a.slug, "kind": kind, "pk": target.pk}
    )

    response = client_for(member_a).post(url, {"text": "Mag dit?"})

    assert response.status_code == 404
    assert not Support.objects.exists()
    assert not Comment.objects.exists()


def test_an_unknown_werkplaats_is_404(client_for, coordinator_a):
    response = client_for(coordinator_a).get(
        reverse("agenda:werkplaats_agenda", kwargs={"slug": "bestaat-niet"})
    )

    assert response.status_code == 404
