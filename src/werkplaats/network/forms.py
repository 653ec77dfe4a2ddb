from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Organisation, Partnership, Theme, Werkplaats

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class WerkplaatsForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Werkplaats
        fields = [
            "name",
            "slug",
            "region",
            "province",
            "tagline",
            "status",
            "period_start",
            "period_end",
            "places",
            "lectoraten",
            "contact_email",
            "goal",
            "approach",
            "education",
            "field_involvement",
            "expected_results",
            "themes",
        ]
        widgets = {"period_start": DATE_WIDGET, "period_end": DATE_WIDGET}
        help_texts = {
            "goal": _("You can use Markdown: *italic*, **bold**, lists with - at the start."),
        }


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = ["name", "kind", "place", "website", "description"]


class PartnershipForm(forms.ModelForm):
    class Meta:
        model = Partnership
        fields = ["organisation", "role", "start", "end", "description"]
        widgets = {"start": DATE_WIDGET, "end": DATE_WIDGET}

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            # The organisation of an existing partnership stays; remove it and add another.
            del self.fields["organisation"]


class PartnerFilterForm(forms.Form):
    """The filters of the partner directory; every field is optional."""

    q = forms.CharField(label=_("Name contains"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *Organisation.Kind.choices]
    )
    werkplaats = forms.ModelChoiceField(
        label=_("Werkplaats"),
        required=False,
        queryset=Werkplaats.objects.all(),
        empty_label=_("All werkplaatsen"),
        to_field_name="slug",
    )
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("All roles")), *Partnership.Role.choices]
    )
