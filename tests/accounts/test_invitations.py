import uuid
from datetime import timedelta

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from tests.accounts.factories import InvitationFactory, UserFactory
from tests.helpers import assert_shows, form_errors
from werkplaats.accounts.adapter import SESSION_KEY
from werkplaats.accounts.models import INVITATION_SALT, Invitation, Membership, Role, User
from werkplaats.accounts.services import invitation_accept
from werkplaats.accounts.tasks import send_invitation
from werkplaats.audit.models import AuditEntry

SIGNUP_PASSWORD = "Rivierdelta-Leeratelier-2024"


def invite_url(werkplaats):
    return reverse("accounts:invite", kwargs={"slug": werkplaats.slug})


def link(invitation):
    return reverse("accounts:invitation", kwargs={"token": invitation.token})


# Sending an invitation


def test_coordinator_invites_someone_and_the_link_is_mailed(
    client_for, coordinator_a, werkplaats_a, mailoutbox, django_capture_on_commit_callbacks
):
    client = client_for(coordinator_a)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            invite_url(werkplaats_a), {"email": "Nieuw@Example.org", "role": Role.LECTURER}
        )

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "accounts:manage_members", kwargs={"slug": werkplaats_a.slug}
    )
    invitation = Invitation.objects.get(werkplaats=werkplaats_a)
    assert invitation.email == "nieuw@example.org"
    assert invitation.role == Role.LECTURER
    assert invitation.invited_by == coordinator_a
    assert invitation.is_usable
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["nieuw@example.org"]
    assert mail.reply_to == [werkplaats_a.contact_email]
    assert link(invitation) in mail.body
    assert "\n" not in mail.subject
    assert AuditEntry.objects.filter(
        action="invitation.create", werkplaats=werkplaats_a, actor=coordinator_a
    ).exists()


def test_no_mail_is_sent_before_the_transaction_commits(client_for, coordinator_a, werkplaats_a):
    from django.core import mail

    client_for(coordinator_a).post(
        invite_url(werkplaats_a), {"email": "nieuw@example.org", "role": Role.STUDENT}
    )

    assert Invitation.objects.filter(werkplaats=werkplaats_a).count() == 1
    assert mail.outbox == []


@pytest.mark.parametrize("email", ["geen-adres", "iemand@", "@example.org", "a b@example.org"])
def test_invitation_to_an_invalid_address_is_refused(
    client_for, coordinator_a, werkplaats_a, mailoutbox, email
):
    response = client_for(coordinator_a).post(
        invite_url(werkplaats_a), {"email": email, "role": Role.STUDENT}
    )

    assert response.status_code == 400
    assert form_errors(response, "invitation_form") == {"email": ["invalid"]}
    assert "Voer een geldig e-mailadres in." in response.content.decode()
    assert not Invitation.objects.exists()
    assert mailoutbox == []


def test_invitation_without_address_and_role_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(invite_url(werkplaats_a), {"email": "", "role": ""})

    assert response.status_code == 400
    assert form_errors(response, "invitation_form") == {
        "email": ["required"],
        "role": ["required"],
    }
    assert "Dit veld is verplicht." in response.content.decode()
    assert not Invitation.objects.exists()


def test_invitation_with_unknown_role_is_refused(client_for, coordinator_a, werkplaats_a):
    response = client_for(coordinator_a).post(
        invite_url(werkplaats_a), {"email": "nieuw@example.org", "role": "king"}
    )

    assert response.status_code == 400
    assert form_errors(response, "invitation_form") == {"role": ["invalid_choice"]}
    assert not Invitation.objects.exists()


def test_inviting_an_existing_member_is_refused(
    client_for, coordinator_a, member_a, werkplaats_a, mailoutbox
):
    response = client_for(coordinator_a).post(
        invite_url(werkplaats_a), {"email": member_a.email.upper(), "role": Role.STUDENT}
    )

    assert response.status_code == 400
    assert list(form_errors(response, "invitation_form")) == ["email"]
    assert_shows(response, "This person is already a member of this werkplaats.")
    assert not Invitation.objects.exists()
    assert mailoutbox == []


def test_inviting_a_member_of_another_werkplaats_is_allowed(
    client_for, coordinator_a, coordinator_b, werkplaats_a
):
    response = client_for(coordinator_a).post(
        invite_url(werkplaats_a), {"email": coordinator_b.email, "role": Role.RESEARCHER}
    )

    assert response.status_code == 302
    assert Invitation.objects.filter(werkplaats=werkplaats_a, email=coordinator_b.email).exists()


def test_inviting_again_withdraws_the_earlier_link(
    client_for, coordinator_a, werkplaats_a, mailoutbox, django_capture_on_commit_callbacks
):
    client = client_for(coordinator_a)
    data = {"email": "nieuw@example.org", "role": Role.STUDENT}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(invite_url(werkplaats_a), data)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(invite_url(werkplaats_a), {**data, "role": Role.RESEARCHER})

    first, second = Invitation.objects.order_by("pk")
    assert first.revoked_at is not None
    assert second.is_usable
    assert second.role == Role.RESEARCHER
    assert len(mailoutbox) == 2
    assert client.get(link(first)).status_code == 410


def test_no_mail_for_an_invitation_withdrawn_before_the_task_ran(werkplaats_a, mailoutbox):
    invitation = InvitationFactory(werkplaats=werkplaats_a, revoked_at=timezone.now())

    send_invitation.call(invitation.pk)

    assert mailoutbox == []


# Opening the link


def test_link_sends_a_new_person_to_sign_up_with_the_invited_address(client_for, werkplaats_a):
    invitation = InvitationFactory(werkplaats=werkplaats_a, email="nieuw@example.org")
    client = client_for(None)

    response = client.get(link(invitation))

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_signup')}?email=nieuw@example.org"
    assert client.session[SESSION_KEY] == str(invitation.key)


def test_new_person_accepts_the_invitation_by_signing_up(client_for, werkplaats_a, coordinator_a):
    invitation = InvitationFactory(
        werkplaats=werkplaats_a, email="nieuw@example.org", role=Role.PROFESSIONAL
    )
    client = client_for(None)
    client.get(link(invitation))

    response = client.post(
        reverse("account_signup"),
        {
            "email": "nieuw@example.org",
            "name": "Nieuwe Professional",
            "password1": SIGNUP_PASSWORD,
            "password2": SIGNUP_PASSWORD,
        },
    )

    assert response.status_code == 302
    user = User.objects.get(email="nieuw@example.org")
    assert user.name == "Nieuwe Professional"
    membership = Membership.objects.get(user=user)
    assert membership.werkplaats == werkplaats_a
    assert membership.role == Role.PROFESSIONAL
    assert not membership.listed  # consent is asked, never assumed
    invitation.refresh_from_db()
    assert invitation.accepted_by == user
    assert invitation.accepted_at is not None
    assert int(client.session["_auth_user_id"]) == user.pk
    assert SESSION_KEY not in client.session
    assert client.get(reverse("accounts:mine")).status_code == 200
    assert AuditEntry.objects.filter(action="membership.create", actor=user).exists()


def test_someone_invited_as_coordinator_may_manage_after_accepting(
    client_for, werkplaats_a, coordinator_b
):
    invitation = InvitationFactory(
        werkplaats=werkplaats_a, email=coordinator_b.email, role=Role.COORDINATOR
    )
    client = client_for(coordinator_b)
    manage = reverse("network:manage", kwargs={"slug": werkplaats_a.slug})
    assert client.get(manage).status_code == 404

    client.post(link(invitation))

    assert client.get(manage).status_code == 200


def test_signing_up_with_another_address_than_invited_is_refused(client_for, werkplaats_a):
    invitation = InvitationFactory(werkplaats=werkplaats_a, email="nieuw@example.org")
    client = client_for(None)
    client.get(link(invitation))

    response = client.post(
        reverse("account_signup"),
        {
            "email": "iemand-anders@example.org",
            "name": "Iemand Anders",
            "password1": SIGNUP_PASSWORD,
            "password2": SIGNUP_PASSWORD,
        },
    )

    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert not User.objects.filter(email="iemand-anders@example.org").exists()
    assert not Membership.objects.filter(werkplaats=werkplaats_a).exists()
    invitation.refresh_from_db()
    assert invitation.is_usable


def test_signing_up_without_an_invitation_is_closed(client_for, werkplaats_a):
    client = client_for(None)
    page = client.get(reverse("account_signup"))
    assert "account/signup_closed.html" in [t.name for t in page.templates]

    response = client.post(
        reverse("account_signup"),
        {
            "email": "zomaar@example.org",
            "name": "Zomaar Iemand",
            "password1": SIGNUP_PASSWORD,
            "password2": SIGNUP_PASSWORD,
        },
    )

    assert "account/signup_closed.html" in [t.name for t in response.templates]
    assert not User.objects.filter(email="zomaar@example.org").exists()


def test_existing_person_who_is_not_logged_in_is_asked_to_log_in(client_for, werkplaats_a):
    UserFactory(email="bestaand@example.org")
    invitation = InvitationFactory(werkplaats=werkplaats_a, email="bestaand@example.org")

    response = client_for(None).get(link(invitation))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" in response["Location"]
    assert not Membership.objects.filter(werkplaats=werkplaats_a).exists()


def test_existing_logged_in_person_accepts_with_a_post(client_for, werkplaats_a, coordinator_b):
    invitation = InvitationFactory(
        werkplaats=werkplaats_a, email=coordinator_b.email, role=Role.POLICY_MAKER
    )
    client = client_for(coordinator_b)

    page = client.get(link(invitation))
    assert page.status_code == 200
    assert not Membership.objects.filter(user=coordinator_b, werkplaats=werkplaats_a).exists()

    response = client.post(link(invitation))

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:mine")
    membership = Membership.objects.get(user=coordinator_b, werkplaats=werkplaats_a)
    assert membership.role == Role.POLICY_MAKER
    invitation.refresh_from_db()
    assert invitation.accepted_by == coordinator_b


def test_accepting_with_another_logged_in_address_is_forbidden(
    client_for, werkplaats_a, coordinator_b
):
    invitation = InvitationFactory(werkplaats=werkplaats_a, email="nieuw@example.org")
    client = client_for(coordinator_b)

    for response in (client.get(link(invitation)), client.post(link(invitation))):
        assert response.status_code == 403
        assert_shows(
            response,
            "This invitation was sent to another e-mail address. Log out and open the link again.",
        )
    assert not Membership.objects.filter(user=coordinator_b, werkplaats=werkplaats_a).exists()
    invitation.refresh_from_db()
    assert invitation.is_usable


def test_a_link_used_twice_answers_410(client_for, werkplaats_a, coordinator_b):
    invitation = InvitationFactory(werkplaats=werkplaats_a, email=coordinator_b.email)
    client = client_for(coordinator_b)
    client.post(link(invitation))

    again = client.post(link(invitation))
    by_someone_else = client_for(None).get(link(invitation))

    for response in (again, by_someone_else):
        assert response.status_code == 410
        assert_shows(
            response, "This invitation has already been used. Log in with your e-mail address."
        )
    assert Membership.objects.filter(user=coordinator_b, werkplaats=werkplaats_a).count() == 1


def test_an_expired_link_answers_410(client_for, werkplaats_a):
    invitation = InvitationFactory(
        werkplaats=werkplaats_a, expires_at=timezone.now() - timedelta(minutes=1)
    )
    client = client_for(None)

    response = client.get(link(invitation))

    assert response.status_code == 410
    assert_shows(response, "This invitation has expired. Ask the coordinator for a new one.")
    assert SESSION_KEY not in client.session


def test_a_withdrawn_link_answers_410(client_for, werkplaats_a):
    invitation = InvitationFactory(werkplaats=werkplaats_a, revoked_at=timezone.now())

    response = client_for(None).get(link(invitation))

    assert response.status_code == 410
    assert_shows(response, "This invitation was withdrawn. Ask the coordinator for a new one.")


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: str(uuid.uuid4()) + ":" + token.split(":")[1],
        lambda token: token.split(":")[0],
        lambda token: "x",
    ],
    ids=["signature-changed", "key-swapped", "signature-removed", "garbage"],
)
def test_a_tampered_link_answers_404(client_for, werkplaats_a, tamper):
    invitation = InvitationFactory(werkplaats=werkplaats_a)
    token = tamper(invitation.token)

    response = client_for(None).get(reverse("accounts:invitation", kwargs={"token": token}))

    assert response.status_code == 404
    assert_shows(response, "This invitation link is not valid. Check that you copied all of it.")


def test_a_well_signed_link_to_an_unknown_invitation_answers_404(client_for, db):
    token = signing.Signer(salt=INVITATION_SALT).sign(str(uuid.uuid4()))

    response = client_for(None).get(reverse("accounts:invitation", kwargs={"token": token}))

    assert response.status_code == 404


def test_a_link_signed_with_another_key_answers_404(client_for, werkplaats_a, settings):
    invitation = InvitationFactory(werkplaats=werkplaats_a)
    forged = signing.Signer(key="another-secret-key", salt=INVITATION_SALT).sign(
        str(invitation.key)
    )

    response = client_for(None).get(reverse("accounts:invitation", kwargs={"token": forged}))

    assert response.status_code == 404


def test_the_service_refuses_an_invitation_for_another_address(werkplaats_a, coordinator_b):
    from django.core.exceptions import ValidationError

    invitation = InvitationFactory(werkplaats=werkplaats_a, email="nieuw@example.org")

    with pytest.raises(ValidationError):
        invitation_accept(invitation=invitation, user=coordinator_b)
    assert not Membership.objects.filter(user=coordinator_b, werkplaats=werkplaats_a).exists()


# Withdrawing


def revoke_url(invitation, werkplaats=None):
    return reverse(
        "accounts:revoke_invitation",
        kwargs={"slug": (werkplaats or invitation.werkplaats).slug, "pk": invitation.pk},
    )


def test_coordinator_withdraws_an_invitation(client_for, coordinator_a, werkplaats_a):
    invitation = InvitationFactory(werkplaats=werkplaats_a)

    response = client_for(coordinator_a).post(revoke_url(invitation))

    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert AuditEntry.objects.filter(action="invitation.revoke", actor=coordinator_a).exists()


def test_withdrawing_an_used_invitation_is_refused_with_a_message(
    client_for, coordinator_a, werkplaats_a, member_a
):
    invitation = InvitationFactory(
        werkplaats=werkplaats_a, accepted_at=timezone.now(), accepted_by=member_a
    )

    response = client_for(coordinator_a).post(revoke_url(invitation), follow=True)

    assert response.status_code == 200
    assert_shows(response, "This invitation can no longer be withdrawn.")
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_coordinator_of_other_werkplaats_cannot_withdraw_through_own_address(
    client_for, coordinator_b, werkplaats_a, werkplaats_b
):
    invitation = InvitationFactory(werkplaats=werkplaats_a)

    response = client_for(coordinator_b).post(revoke_url(invitation, werkplaats=werkplaats_b))

    assert response.status_code == 404
    invitation.refresh_from_db()
    assert invitation.is_usable


def test_invitation_subject_is_plain_text(werkplaats_a, mailoutbox):
    werkplaats_a.name = "Werkplaats Sociaal Domein Den Haag & Leiden"
    werkplaats_a.save()
    invitation = InvitationFactory(werkplaats=werkplaats_a)

    send_invitation.call(invitation.pk)

    [mail] = mailoutbox
    assert "Den Haag & Leiden" in mail.subject
    assert "&amp;" not in mail.subject


def test_invitation_body_is_plain_text_with_the_full_link(werkplaats_a, mailoutbox, settings):
    werkplaats_a.name = "Werkplaats Sociaal Domein Den Haag & Leiden"
    werkplaats_a.save()
    invitation = InvitationFactory(werkplaats=werkplaats_a)

    send_invitation.call(invitation.pk)

    [mail] = mailoutbox
    assert "Den Haag & Leiden" in mail.body
    assert f"{settings.SITE_URL}{link(invitation)}" in mail.body
