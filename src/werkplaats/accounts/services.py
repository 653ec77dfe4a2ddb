"""Changes to people, memberships and invitations. Views call these; nothing else writes."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.accounts.models import INVITATION_VALID_FOR, Invitation, Membership, Role, User
from werkplaats.accounts.permissions import forget_roles
from werkplaats.audit.services import audit_record
from werkplaats.network.models import Werkplaats


@transaction.atomic
def invitation_create(*, actor: User, werkplaats: Werkplaats, email: str, role: str) -> Invitation:
    """Invite ``email`` to join ``werkplaats`` as ``role`` and mail the link.

    An earlier open invitation to the same address is withdrawn, so inviting again
    works as "send a new link".
    """
    email = User.objects.normalize_email(email).lower()
    if Membership.objects.filter(werkplaats=werkplaats, user__email__iexact=email).exists():
        raise ValidationError({"email": _("This person is already a member of this werkplaats.")})
    now = timezone.now()
    Invitation.objects.filter(
        werkplaats=werkplaats, email=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=now)
    invitation = Invitation(
        werkplaats=werkplaats,
        email=email,
        role=role,
        invited_by=actor,
        expires_at=now + INVITATION_VALID_FOR,
    )
    invitation.full_clean()
    invitation.save()
    audit_record(
        actor=actor,
        action="invitation.create",
        obj=invitation,
        werkplaats=werkplaats,
        data={"role": role},
    )
    from werkplaats.accounts.tasks import send_invitation

    transaction.on_commit(lambda: send_invitation.enqueue(invitation.pk))
    return invitation


@transaction.atomic
def invitation_revoke(*, actor: User, invitation: Invitation) -> None:
    if not invitation.is_usable:
        raise ValidationError(_("This invitation can no longer be withdrawn."))
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    audit_record(
        actor=actor, action="invitation.revoke", obj=invitation, werkplaats=invitation.werkplaats
    )


def invitation_problem(invitation: Invitation) -> str | None:
    """Why this invitation cannot be used any more, in words for the person holding it."""
    if invitation.accepted_at is not None:
        return _("This invitation has already been used. Log in with your e-mail address.")
    if invitation.revoked_at is not None:
        return _("This invitation was withdrawn. Ask the coordinator for a new one.")
    if invitation.is_expired:
        return _("This invitation has expired. Ask the coordinator for a new one.")
    return None


@transaction.atomic
def invitation_accept(*, invitation: Invitation, user: User) -> Membership:
    """Make ``user`` a member in the invited role. A link works once."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    problem = invitation_problem(invitation)
    if problem:
        raise ValidationError(problem)
    if user.email.lower() != invitation.email.lower():
        raise ValidationError(_("This invitation was sent to another e-mail address."))
    membership, created = Membership.objects.get_or_create(
        user=user, werkplaats=invitation.werkplaats, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    audit_record(
        actor=user,
        action="membership.create" if created else "invitation.accept",
        obj=membership,
        werkplaats=invitation.werkplaats,
        data={"role": membership.role, "invitation": invitation.pk},
    )
    forget_roles(user)
    return membership


@transaction.atomic
def membership_change_role(*, actor: User, membership: Membership, role: str) -> Membership:
    if role not in Role.values:
        raise ValidationError({"role": _("Choose one of the roles in the list.")})
    if membership.role == role:
        return membership
    _refuse_removing_last_coordinator(membership)
    old = membership.role
    membership.role = role
    membership.full_clean()
    membership.save(update_fields=["role"])
    audit_record(
        actor=actor,
        action="membership.change_role",
        obj=membership,
        werkplaats=membership.werkplaats,
        data={"from": old, "to": role},
    )
    forget_roles(membership.user)
    return membership


@transaction.atomic
def membership_remove(*, actor: User, membership: Membership) -> None:
    _refuse_removing_last_coordinator(membership)
    audit_record(
        actor=actor,
        action="membership.remove",
        obj=membership,
        werkplaats=membership.werkplaats,
        data={"role": membership.role},
    )
    membership.delete()
    forget_roles(membership.user)


def _refuse_removing_last_coordinator(membership: Membership) -> None:
    """A werkplaats always keeps a coordinator, or nobody could manage it from the site."""
    if membership.role != Role.COORDINATOR:
        return
    others = (
        Membership.objects.select_for_update()
        .filter(werkplaats_id=membership.werkplaats_id, role=Role.COORDINATOR)
        .exclude(pk=membership.pk)
    )
    if not others.exists():
        raise ValidationError(
            _("A werkplaats needs at least one coordinator. Appoint another coordinator first.")
        )


@transaction.atomic
def membership_update_own(
    *, user: User, membership: Membership, listed: bool, organisation
) -> Membership:
    """A member decides whether they appear on the public page, and with which organisation."""
    if membership.user_id != user.pk:
        raise ValidationError(_("You can only change your own membership."))
    membership.listed = listed
    membership.organisation = organisation
    membership.full_clean()
    membership.save(update_fields=["listed", "organisation"])
    audit_record(
        actor=user,
        action="membership.update_own",
        obj=membership,
        werkplaats=membership.werkplaats,
        data={"listed": listed, "organisation": str(organisation or "")},
    )
    return membership
