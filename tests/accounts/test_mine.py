from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.network.factories import OrganisationFactory
from werkplaats.accounts.models import Membership, Role
from werkplaats.audit.models import AuditEntry

MINE = "/mijn/"


def update_url(membership):
    return reverse("accounts:membership_update_own", kwargs={"pk": membership.pk})


def test_mine_is_at_the_dutch_address():
    assert reverse("accounts:mine") == MINE


def test_anonymous_visitor_is_sent_to_log_in(client_for, db):
    response = client_for(None).get(MINE)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={MINE}"


def test_member_sees_own_werkplaats_and_colleagues(
    client_for, member_a, coordinator_a, coordinator_b, werkplaats_a
):
    response = client_for(member_a).get(MINE)

    assert response.status_code == 200
    [row] = response.context["rows"]
    assert row["membership"].werkplaats == werkplaats_a
    assert [m.user for m in row["colleagues"]] == [coordinator_a, member_a]
    content = response.content.decode()
    assert werkplaats_a.name in content
    assert coordinator_b.name not in content
    # Members may write to a coordinator; other members' addresses stay private.
    assert coordinator_a.email in content
    assert member_a.email not in content


def test_colleagues_are_shown_whether_or_not_they_are_listed_publicly(
    client_for, member_a, werkplaats_a
):
    hidden = MembershipFactory(werkplaats=werkplaats_a, listed=False)

    response = client_for(member_a).get(MINE)

    assert hidden.user.name in response.content.decode()


def test_person_without_membership_sees_an_empty_page(client_for, national_admin):
    response = client_for(national_admin).get(MINE)

    assert response.status_code == 200
    assert response.context["rows"] == []


def test_member_agrees_to_be_listed_with_an_organisation(client_for, member_a, werkplaats_a):
    organisation = OrganisationFactory()
    membership = Membership.objects.get(user=member_a)
    prefix = f"m{membership.pk}"

    response = client_for(member_a).post(
        update_url(membership),
        {f"{prefix}-listed": "on", f"{prefix}-organisation": organisation.pk},
    )

    assert response.status_code == 302
    assert response["Location"] == MINE
    membership.refresh_from_db()
    assert membership.listed is True
    assert membership.organisation == organisation
    entry = AuditEntry.objects.get(action="membership.update_own")
    assert entry.actor == member_a
    assert entry.werkplaats == werkplaats_a


def test_member_withdraws_consent(client_for, member_a):
    membership = Membership.objects.get(user=member_a)
    membership.listed = True
    membership.save()

    response = client_for(member_a).post(update_url(membership), {})

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.listed is False


def test_unknown_organisation_is_refused(client_for, member_a):
    membership = Membership.objects.get(user=member_a)
    prefix = f"m{membership.pk}"

    response = client_for(member_a).post(
        update_url(membership), {f"{prefix}-listed": "on", f"{prefix}-organisation": "999999"}
    )

    assert response.status_code == 400
    form = response.context["rows"][0]["form"]
    assert [e.code for e in form.errors.as_data()["organisation"]] == ["invalid_choice"]
    assert "Selecteer een geldige keuze." in response.content.decode()
    membership.refresh_from_db()
    assert membership.listed is False
    assert not AuditEntry.objects.exists()


def test_member_cannot_change_someone_elses_membership(client_for, member_a, coordinator_a):
    other = Membership.objects.get(user=coordinator_a)

    response = client_for(member_a).post(update_url(other), {f"m{other.pk}-listed": "on"})

    assert response.status_code == 404
    other.refresh_from_db()
    assert other.listed is False


def test_national_admin_cannot_change_a_members_consent(client_for, national_admin, member_a):
    """Consent is the person's own to give."""
    membership = Membership.objects.get(user=member_a)

    response = client_for(national_admin).post(
        update_url(membership), {f"m{membership.pk}-listed": "on"}
    )

    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.listed is False


def test_coordinator_sees_link_to_manage_own_werkplaats(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).get(MINE)

    assert reverse("network:manage", kwargs={"slug": werkplaats_a.slug}) in (
        response.content.decode()
    )


def test_member_of_two_werkplaatsen_sees_both(client_for, werkplaats_a, werkplaats_b):
    user = UserFactory()
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.STUDENT)
    MembershipFactory(user=user, werkplaats=werkplaats_b, role=Role.VOLUNTEER)

    response = client_for(user).get(MINE)

    assert [row["membership"].werkplaats for row in response.context["rows"]] == [
        werkplaats_a,
        werkplaats_b,
    ]
