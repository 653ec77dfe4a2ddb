from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Werkplaats

# What a lookup reads of a text; more says nothing new (as the intake form).
TEXT_LIMIT = 6000
MAX_LIMIT = 20


class SuggestForm(forms.Form):
    """The query of the suggestions endpoint: a text, and the werkplaats to leave out."""

    tekst = forms.CharField(label=_("text"), max_length=TEXT_LIMIT, required=False, strip=True)
    werkplaats = forms.SlugField(label=_("werkplaats"), required=False)
    aantal = forms.IntegerField(label=_("number"), required=False, min_value=1, max_value=MAX_LIMIT)

    def clean_werkplaats(self):
        slug = self.cleaned_data["werkplaats"]
        if not slug:
            return None
        werkplaats = Werkplaats.objects.filter(slug=slug).only("pk", "slug").first()
        if werkplaats is None:
            raise forms.ValidationError(_("There is no werkplaats with this short name."))
        return werkplaats
