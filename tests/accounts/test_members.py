from django.urls import reverse

from tests.accounts.factories import InvitationFactory, MembershipFactory
from tests.helpers import assert_shows
from werkplaats.accounts.models import Membership, Role
from werkplaats.audit.models import AuditEntry


def members_url(werkplaats):
    return reverse("accounts:manage_members", kwargs={"slug": werkplaats.slug})


def role_url(membership, werkplaats=None):
    return reverse(
        "accounts:change_role",
        kwargs={"slug": (werkplaats or membership.werkplaats).slug, "pk": membership.pk},
    )


def remove_url(membership, werkplaats=None):
    return reverse(
        "accounts:remove_member",
        kwargs={"slug": (werkplaats or membership.werkplaats).slug, "pk": membership.pk},
    )


def membership_of(user, werkplaats):
    return Membership.objects.get(user=user, werkplaats=werkplaats)


def test_members_page_lists_members_and_open_invitations_of_this_werkplaats_only(
    client_for, coordinator_a, member_a, coordinator_b, werkplaats_a, werkplaats_b
):
    InvitationFactory(werkplaats=werkplaats_a, email="open@example.org")
    InvitationFactory(werkplaats=werkplaats_b, email="van-b@example.org")

    response = client_for(coordinator_a).get(members_url(werkplaats_a))

    assert response.status_code == 200
    assert [m.user for m, _form in response.context["rows"]] == [coordinator_a, member_a]
    assert [i.email for i in response.context["invitations"]] == ["open@example.org"]
    content = response.content.decode()
    assert member_a.email in content
    assert coordinator_b.email not in content
    assert "van-b@example.org" not in content


def test_coordinator_changes_a_role_and_it_is_audited(
    client_for, coordinator_a, member_a, werkplaats_a
):
    membership = membership_of(member_a, werkplaats_a)

    response = client_for(coordinator_a).post(
        role_url(membership), {f"m{membership.pk}-role": Role.LECTURER}
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.LECTURER
    entry = AuditEntry.objects.get(action="membership.change_role")
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a
    assert entry.object_id == str(membership.pk)
    assert entry.data == {"from": Role.RESEARCHER, "to": Role.LECTURER}


def test_national_admin_changes_a_role(client_for, national_admin, member_a, werkplaats_a):
    membership = membership_of(member_a, werkplaats_a)

    response = client_for(national_admin).post(
        role_url(membership), {f"m{membership.pk}-role": Role.COORDINATOR}
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.COORDINATOR
    assert AuditEntry.objects.get(action="membership.change_role").actor == national_admin


def test_change_to_an_unknown_role_is_refused(client_for, coordinator_a, member_a, werkplaats_a):
    membership = membership_of(member_a, werkplaats_a)

    response = client_for(coordinator_a).post(
        role_url(membership), {f"m{membership.pk}-role": "king"}
    )

    assert response.status_code == 400
    assert_shows(response, "Choose one of the roles in the list.")
    membership.refresh_from_db()
    assert membership.role == Role.RESEARCHER
    assert not AuditEntry.objects.exists()


def test_demoting_the_last_coordinator_is_refused(client_for, coordinator_a, werkplaats_a):
    membership = membership_of(coordinator_a, werkplaats_a)

    response = client_for(coordinator_a).post(
        role_url(membership), {f"m{membership.pk}-role": Role.RESEARCHER}
    )

    assert response.status_code == 400
    assert_shows(
        response,
        "A werkplaats needs at least one coordinator. Appoint another coordinator first.",
    )
    membership.refresh_from_db()
    assert membership.role == Role.COORDINATOR
    assert not AuditEntry.objects.exists()


def test_the_last_coordinator_is_counted_per_werkplaats(
    client_for, coordinator_a, coordinator_b, werkplaats_a
):
    """A coordinator of B does not count as a coordinator of A."""
    membership = membership_of(coordinator_a, werkplaats_a)

    response = client_for(coordinator_a).post(
        role_url(membership), {f"m{membership.pk}-role": Role.RESEARCHER}
    )

    assert response.status_code == 400


def test_a_coordinator_may_step_down_when_another_remains(
    client_for, coordinator_a, member_a, werkplaats_a
):
    MembershipFactory(werkplaats=werkplaats_a, role=Role.COORDINATOR)
    membership = membership_of(coordinator_a, werkplaats_a)

    response = client_for(coordinator_a).post(
        role_url(membership), {f"m{membership.pk}-role": Role.RESEARCHER}
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == Role.RESEARCHER
    # Stepping down takes effect at once: the management pages are closed now.
    assert client_for(coordinator_a).get(members_url(werkplaats_a)).status_code == 404


def test_coordinator_removes_a_member_and_it_is_audited(
    client_for, coordinator_a, member_a, werkplaats_a
):
    membership = membership_of(member_a, werkplaats_a)
    client = client_for(coordinator_a)

    confirm = client.get(remove_url(membership))
    assert confirm.status_code == 200
    assert Membership.objects.filter(pk=membership.pk).exists()

    response = client.post(remove_url(membership))

    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert member_a.__class__.objects.filter(pk=member_a.pk).exists()  # the account stays
    entry = AuditEntry.objects.get(action="membership.remove")
    assert entry.actor == coordinator_a
    assert entry.werkplaats == werkplaats_a
    assert entry.data == {"role": Role.RESEARCHER}
    assert client_for(member_a).get(reverse("accounts:mine")).context["rows"] == []


def test_removing_the_last_coordinator_is_refused(client_for, coordinator_a, werkplaats_a):
    membership = membership_of(coordinator_a, werkplaats_a)

    response = client_for(coordinator_a).post(remove_url(membership))

    assert response.status_code == 400
    assert_shows(
        response,
        "A werkplaats needs at least one coordinator. Appoint another coordinator first.",
    )
    assert Membership.objects.filter(pk=membership.pk).exists()
    assert not AuditEntry.objects.exists()


def test_national_admin_cannot_remove_the_last_coordinator_either(
    client_for, national_admin, coordinator_a, werkplaats_a
):
    membership = membership_of(coordinator_a, werkplaats_a)

    response = client_for(national_admin).post(remove_url(membership))

    assert response.status_code == 400
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_coordinator_of_other_werkplaats_cannot_change_a_role_through_own_address(
    client_for, coordinator_b, member_a, werkplaats_a, werkplaats_b
):
    membership = membership_of(member_a, werkplaats_a)

    response = client_for(coordinator_b).post(
        role_url(membership, werkplaats=werkplaats_b),
        {f"m{membership.pk}-role": Role.COORDINATOR},
    )

    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.role == Role.RESEARCHER


def test_coordinator_of_other_werkplaats_cannot_remove_through_own_address(
    client_for, coordinator_b, member_a, werkplaats_a, werkplaats_b
):
    membership = membership_of(member_a, werkplaats_a)
    client = client_for(coordinator_b)

    assert client.get(remove_url(membership, werkplaats=werkplaats_b)).status_code == 404
    assert client.post(remove_url(membership, werkplaats=werkplaats_b)).status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_a_plain_member_cannot_make_themselves_coordinator(client_for, member_a, werkplaats_a):
    membership = membership_of(member_a, werkplaats_a)

    response = client_for(member_a).post(
        role_url(membership), {f"m{membership.pk}-role": Role.COORDINATOR}
    )

    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.role == Role.RESEARCHER
