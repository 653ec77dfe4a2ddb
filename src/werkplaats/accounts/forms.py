from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.accounts.models import Membership, Role
from werkplaats.network.models import Organisation


class SignupNameForm(forms.Form):
    """Extra field on allauth's sign-up form: the name shown to other members."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("Other members of your werkplaats see this name."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def signup(self, request, user):
        user.name = self.cleaned_data["name"]
        user.save(update_fields=["name"])


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )
    # No preselected role: pressing "send" without looking must not create a coordinator.
    role = forms.ChoiceField(label=_("Role"), choices=[("", _("Choose a role")), *Role.choices])


class MembershipRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class OwnMembershipForm(forms.ModelForm):
    organisation = forms.ModelChoiceField(
        label=_("Your organisation"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label=_("(not shown)"),
    )

    class Meta:
        model = Membership
        fields = ["listed", "organisation"]
        help_texts = {
            "listed": _("Your name, role and organisation appear on the public page."),
        }
