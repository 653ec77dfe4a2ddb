"""Asking to join, and the leads' decision; who sees which names."""

import pytest
from django.urls import reverse

from tests.ateliers.factories import AtelierMemberFactory
from tests.helpers import assert_shows, form_errors
from werkplaats.ateliers.models import AtelierMember, AtelierRole


def join_url(atelier):
    return reverse("ateliers:join", kwargs={"slug": "werkplaats-a", "atelier": atelier.slug})


def decide_url(atelier, member):
    return reverse(
        "ateliers:decide",
        kwargs={"slug": "werkplaats-a", "atelier": atelier.slug, "pk": member.pk},
    )


def test_a_logged_in_person_asks_to_join_and_the_leads_get_mail(
    client_for, member_a, atelier, atelier_lead, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(member_a).post(
            join_url(atelier), {"role": "onderzoeker", "motivation": "Ik doe onderzoek."}
        )

    assert response.status_code == 302
    member = AtelierMember.objects.get(user=member_a)
    assert (member.state, member.role) == (AtelierMember.State.REQUESTED, "onderzoeker")
    assert len(mailoutbox) == 1
    assert "trekker@example.org" in mailoutbox[0].to


def test_joining_twice_is_refused_with_a_message(client_for, member_a, atelier):
    client = client_for(member_a)
    client.post(join_url(atelier), {"role": "onderzoeker"})

    response = client.post(join_url(atelier), {"role": "docent"})

    assert response.status_code == 400
    assert_shows(response, "You have already asked to join this atelier.")
    assert AtelierMember.objects.filter(user=member_a).count() == 1
    assert AtelierMember.objects.get(user=member_a).role == "onderzoeker"


def test_nobody_can_ask_to_become_lead(client_for, member_a, atelier):
    response = client_for(member_a).post(join_url(atelier), {"role": AtelierRole.TREKKER})

    assert response.status_code == 400
    assert "role" in form_errors(response, "join_form")
    assert not AtelierMember.objects.filter(user=member_a).exists()


def test_the_join_form_is_shown_to_logged_in_non_members_only(
    client_for, member_a, atelier_member, atelier
):
    assert "join_form" in client_for(member_a).get(atelier.get_absolute_url()).context
    assert "join_form" not in client_for(atelier_member).get(atelier.get_absolute_url()).context
    assert "join_form" not in client_for(None).get(atelier.get_absolute_url()).context


@pytest.fixture
def request_(atelier, member_a):
    return AtelierMemberFactory(
        atelier=atelier, user=member_a, state=AtelierMember.State.REQUESTED, role="docent"
    )


def test_a_lead_sees_the_requests(client_for, atelier_lead, atelier, request_):
    response = client_for(atelier_lead).get(atelier.get_absolute_url())

    assert list(response.context["requests"]) == [request_]


def test_a_lead_accepts_and_the_person_gets_mail(
    client_for, atelier_lead, atelier, request_, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(atelier_lead).post(
            decide_url(atelier, request_), {"decision": "accept", "message": ""}
        )

    assert response.status_code == 302
    request_.refresh_from_db()
    assert request_.state == AtelierMember.State.ACCEPTED
    assert request_.decided_by == atelier_lead
    assert [mail.to for mail in mailoutbox] == [["onderzoeker-a@example.org"]]


def test_declining_without_a_message_is_refused(client_for, coordinator_a, atelier, request_):
    response = client_for(coordinator_a).post(
        decide_url(atelier, request_), {"decision": "decline", "message": "  "}
    )

    assert response.status_code == 400
    assert_shows(response, "Write a short message to explain the decision.")
    request_.refresh_from_db()
    assert request_.state == AtelierMember.State.REQUESTED


def test_declining_with_a_message_is_sent(
    client_for, coordinator_a, atelier, request_, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(coordinator_a).post(
            decide_url(atelier, request_), {"decision": "decline", "message": "Het atelier is vol."}
        )

    assert response.status_code == 302
    request_.refresh_from_db()
    assert (request_.state, request_.decision_message) == ("declined", "Het atelier is vol.")
    assert len(mailoutbox) == 1


def test_deciding_twice_is_refused(client_for, coordinator_a, atelier, request_):
    client = client_for(coordinator_a)
    client.post(decide_url(atelier, request_), {"decision": "accept"})

    response = client.post(decide_url(atelier, request_), {"decision": "decline", "message": "x"})

    assert response.status_code == 400
    request_.refresh_from_db()
    assert request_.state == AtelierMember.State.ACCEPTED


def test_everyone_sees_the_leads_names_but_only_members_see_the_others(
    client_for, atelier_users, atelier, atelier_lead, atelier_member
):
    for role in ("anonymous", "member_a", "coordinator_b"):
        content = client_for(atelier_users[role]).get(atelier.get_absolute_url()).content.decode()
        assert "Trekker Atelier" in content
        assert "Deelnemer Atelier" not in content
    for role in ("atelier_member", "atelier_lead", "coordinator_a"):
        content = client_for(atelier_users[role]).get(atelier.get_absolute_url()).content.decode()
        assert "Trekker Atelier" in content
        assert "Deelnemer Atelier" in content


def test_a_declined_or_pending_person_sees_no_logbook(client_for, member_a, atelier, request_):
    response = client_for(member_a).get(atelier.get_absolute_url())

    assert not response.context["is_member"]
