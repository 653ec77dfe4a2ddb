"""The filters of the calendar pages: kind, theme and (on the national pages) werkplaats."""

from django import forms
from django.utils.translation import gettext_lazy as _

from werkplaats.activities.models import Activity
from werkplaats.network.models import Theme, Werkplaats


class CalendarFilterForm(forms.Form):
    """Filters of the list, the month view and the archive; every field is optional."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=Theme.objects.order_by("name"),
        empty_label=_("All themes"),
        to_field_name="slug",
    )
    werkplaats = forms.ModelChoiceField(
        label=_("Werkplaats"),
        required=False,
        queryset=Werkplaats.objects.order_by("name"),
        empty_label=_("All werkplaatsen"),
        to_field_name="slug",
    )

    def __init__(self, *args, national: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            ("", _("All kinds")),
            *((value, str(label).capitalize()) for value, label in Activity.Kind.choices),
        ]
        if not national:
            del self.fields["werkplaats"]

    def filters(self) -> dict:
        """Keyword arguments for ``selectors.calendar_activities``; none when invalid."""
        if not self.is_bound or not self.is_valid():
            return {}
        data = self.cleaned_data
        chosen = {
            "kind": data.get("kind") or "",
            "theme": data.get("theme"),
            "of_werkplaats": data.get("werkplaats"),
        }
        return {name: value for name, value in chosen.items() if value}

    @property
    def chosen_kind(self) -> str:
        """The chosen kind, for the feed links."""
        return self.filters().get("kind", "")
