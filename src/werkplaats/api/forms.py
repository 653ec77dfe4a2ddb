from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Werkplaats


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What you use it for, so you recognise it later. For example: our website."),
    )
    werkplaats = forms.ModelChoiceField(
        label=_("Werkplaats"),
        queryset=Werkplaats.objects.none(),
        empty_label=None,
        help_text=_(
            "The token works for this werkplaats only, with the rights of your role there."
        ),
    )
    expires_on = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty for a token without an end date. You can revoke it any time."),
    )

    def __init__(self, *args, werkplaatsen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["werkplaats"].queryset = werkplaatsen

    def clean_expires_on(self):
        day = self.cleaned_data.get("expires_on")
        if day is not None and day <= timezone.localdate():
            raise forms.ValidationError(_("Choose a date after today."), code="past")
        return day

    def expires_at(self):
        """The end of the chosen day, local time."""
        day = self.cleaned_data.get("expires_on")
        if day is None:
            return None
        end = timezone.datetime.combine(day, timezone.datetime.max.time())
        return timezone.make_aware(end)
