from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.pages.models import ContactMessage


class ContactForm(forms.ModelForm):
    # A field people never see: a bot that fills in every field fills this one too.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "subject", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "email": _("We only use your address to answer you."),
        }

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Write your message or question."))
        return message

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
