from itertools import groupby

from allauth.account.adapter import get_adapter
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkplaats.accounts import services
from werkplaats.accounts.adapter import SESSION_KEY
from werkplaats.accounts.forms import InvitationForm, MembershipRoleForm, OwnMembershipForm
from werkplaats.accounts.models import Invitation, Membership
from werkplaats.accounts.permissions import MANAGE, get_werkplaats_for_user
from werkplaats.lib.forms import add_validation_error


@login_required
def mine(request):
    """ "Mijn werkplaats": the member's werkplaatsen, their colleagues, their own settings."""
    memberships = list(
        Membership.objects.filter(user=request.user)
        .select_related("werkplaats", "organisation")
        .order_by("werkplaats__name")
    )
    colleagues = (
        Membership.objects.filter(werkplaats__in=[m.werkplaats_id for m in memberships])
        .select_related("user", "organisation")
        .order_by("werkplaats_id", "user__name")
    )
    by_werkplaats = {
        key: list(rows) for key, rows in groupby(colleagues, key=lambda m: m.werkplaats_id)
    }
    # One query for the organisation list, shared by every form on the page.
    organisation_choices = list(OwnMembershipForm.base_fields["organisation"].choices)

    def own_form(membership):
        form = OwnMembershipForm(instance=membership, prefix=f"m{membership.pk}")
        form.fields["organisation"].choices = organisation_choices
        return form

    rows = [
        {
            "membership": membership,
            "form": own_form(membership),
            "colleagues": by_werkplaats.get(membership.werkplaats_id, []),
        }
        for membership in memberships
    ]
    return render(request, "accounts/mine.html", {"rows": rows})


@login_required
@require_POST
def membership_update_own(request, pk):
    membership = get_object_or_404(Membership, pk=pk, user=request.user)
    form = OwnMembershipForm(request.POST, instance=membership, prefix=f"m{membership.pk}")
    if form.is_valid():
        services.membership_update_own(
            user=request.user,
            membership=membership,
            listed=form.cleaned_data["listed"],
            organisation=form.cleaned_data["organisation"],
        )
        messages.success(request, _("Your settings have been saved."))
        return redirect("accounts:mine")
    row = {"membership": membership, "form": form, "colleagues": []}
    return render(request, "accounts/mine.html", {"rows": [row]}, status=400)


def invitation(request, token):
    """The link in an invitation e-mail: join directly, log in first, or create an account."""
    key = Invitation.key_from_token(token)
    invitation = (
        Invitation.objects.select_related("werkplaats").filter(key=key).first() if key else None
    )
    if invitation is None:
        return render(
            request,
            "accounts/invitation_problem.html",
            {"problem": _("This invitation link is not valid. Check that you copied all of it.")},
            status=404,
        )
    problem = services.invitation_problem(invitation)
    if problem:
        return render(request, "accounts/invitation_problem.html", {"problem": problem}, status=410)
    user = request.user
    if user.is_authenticated:
        if user.email.lower() != invitation.email.lower():
            return render(
                request,
                "accounts/invitation_problem.html",
                {
                    "problem": _(
                        "This invitation was sent to another e-mail address. "
                        "Log out and open the link again."
                    )
                },
                status=403,
            )
        if request.method == "POST":
            try:
                services.invitation_accept(invitation=invitation, user=user)
            except ValidationError as error:
                # Used or withdrawn between showing the page and pressing the button.
                return render(
                    request,
                    "accounts/invitation_problem.html",
                    {"problem": " ".join(error.messages)},
                    status=410,
                )
            messages.success(
                request,
                _("Welcome to %(werkplaats)s.") % {"werkplaats": invitation.werkplaats},
            )
            return redirect("accounts:mine")
        return render(request, "accounts/invitation_accept.html", {"invitation": invitation})
    if get_user_model().objects.filter(email__iexact=invitation.email).exists():
        messages.info(request, _("You already have an account. Log in to accept the invitation."))
        return redirect_to_login(request.get_full_path(), reverse("account_login"))
    # A new person: the invitation proves the address, so allauth need not verify it again.
    request.session[SESSION_KEY] = str(invitation.key)
    get_adapter(request).stash_verified_email(request, invitation.email)
    return redirect(f"{reverse('account_signup')}?email={invitation.email}")


def _members_page(request, werkplaats, invitation_form=None, status=200):
    memberships = (
        Membership.objects.filter(werkplaats=werkplaats)
        .select_related("user", "organisation")
        .order_by("user__name")
    )
    invitations = Invitation.objects.pending().filter(werkplaats=werkplaats)
    return render(
        request,
        "accounts/manage_members.html",
        {
            "werkplaats": werkplaats,
            "rows": [
                (m, MembershipRoleForm(initial={"role": m.role}, prefix=f"m{m.pk}"))
                for m in memberships
            ],
            "invitations": invitations.select_related("invited_by"),
            "invitation_form": invitation_form or InvitationForm(),
        },
        status=status,
    )


@login_required
def manage_members(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    return _members_page(request, werkplaats)


@login_required
@require_POST
def invite(request, slug):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            invitation = services.invitation_create(
                actor=request.user,
                werkplaats=werkplaats,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("An invitation has been sent to %(email)s.") % {"email": invitation.email},
            )
            return redirect("accounts:manage_members", slug=werkplaats.slug)
    return _members_page(request, werkplaats, invitation_form=form, status=400)


@login_required
@require_POST
def revoke_invitation(request, slug, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    invitation = get_object_or_404(Invitation, pk=pk, werkplaats=werkplaats)
    try:
        services.invitation_revoke(actor=request.user, invitation=invitation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The invitation has been withdrawn."))
    return redirect("accounts:manage_members", slug=werkplaats.slug)


@login_required
@require_POST
def change_role(request, slug, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    membership = get_object_or_404(Membership, pk=pk, werkplaats=werkplaats)
    form = MembershipRoleForm(request.POST, prefix=f"m{membership.pk}")
    if form.is_valid():
        try:
            services.membership_change_role(
                actor=request.user, membership=membership, role=form.cleaned_data["role"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return _members_page(request, werkplaats, status=400)
        messages.success(request, _("The role has been changed."))
        return redirect("accounts:manage_members", slug=werkplaats.slug)
    messages.error(request, _("Choose one of the roles in the list."))
    return _members_page(request, werkplaats, status=400)


@login_required
def remove_member(request, slug, pk):
    werkplaats = get_werkplaats_for_user(request.user, slug, MANAGE)
    membership = get_object_or_404(
        Membership.objects.select_related("user"), pk=pk, werkplaats=werkplaats
    )
    if request.method == "POST":
        try:
            services.membership_remove(actor=request.user, membership=membership)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return _members_page(request, werkplaats, status=400)
        messages.success(request, _("%(name)s is no longer a member.") % {"name": membership.user})
        return redirect("accounts:manage_members", slug=werkplaats.slug)
    return render(
        request,
        "accounts/remove_member.html",
        {"werkplaats": werkplaats, "membership": membership},
    )
