"""django-allauth adapter: sign-up is open only to someone holding a valid invitation."""

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from werkplaats.accounts.models import Invitation

SESSION_KEY = "werkplaats_invitation"


def invitation_in_session(request) -> Invitation | None:
    key = request.session.get(SESSION_KEY) if request is not None else None
    if not key:
        return None
    invitation = Invitation.objects.select_related("werkplaats").filter(key=key).first()
    return invitation if invitation and invitation.is_usable else None


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return invitation_in_session(request) is not None

    def clean_email(self, email):
        email = super().clean_email(email)
        invitation = invitation_in_session(self.request)
        if invitation and email.lower() != invitation.email.lower():
            raise ValidationError(
                _("Use the address the invitation was sent to: %(email)s")
                % {"email": invitation.email}
            )
        return email

    def save_user(self, request, user, form, commit=True):
        from werkplaats.accounts.services import invitation_accept

        user = super().save_user(request, user, form, commit=commit)
        invitation = invitation_in_session(request)
        if commit and invitation:
            invitation_accept(invitation=invitation, user=user)
            request.session.pop(SESSION_KEY, None)
        return user
