"""Forms of the results pages: the choice of year, and a target (own or standard)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from werkplaats.activities.models import Activity
from werkplaats.ateliers.models import Phase
from werkplaats.monitoring.models import Target
from werkplaats.monitoring.progress import title_of
from werkplaats.network.models import Theme
from werkplaats.publications.models import Publication

YEAR_ERRORS = {
    "required": _("Choose a year."),
    "invalid_choice": _("Choose a year of the period of the werkplaats."),
}


class YearForm(forms.Form):
    """``?jaar=``: one of ``years``. Bound only when a year is given (the view sees to it)."""

    jaar = forms.TypedChoiceField(label=_("Year"), coerce=int, error_messages=YEAR_ERRORS)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jaar"].choices = [(year, year) for year in years]

    def year(self, default: int) -> int:
        """The chosen year; ``default`` when none (or no valid one) was chosen."""
        if not self.is_bound:
            return default
        if self.is_valid():
            return self.cleaned_data["jaar"]
        # The page shows the default year with the message; the list shows that year too
        # (the errors are kept: they were found before).
        self.data = {**self.data.dict(), "jaar": str(default)}
        return default


def _checkboxes(label, choices, help_text):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
        error_messages={"invalid_choice": _("Choose from the list.")},
    )


class TargetForm(forms.ModelForm):
    """A target of the werkplaats of its instance (set before binding).

    The standard targets of the programme keep what they count: of those only the title,
    the minimum, the first year and whether it counts can change."""

    activity_kinds = _checkboxes(
        _("Kinds of activity"),
        Activity.Kind.choices,
        _("Only for activities. Choose none to count every kind."),
    )
    publication_kinds = _checkboxes(
        _("Kinds of publication"),
        Publication.Kind.choices,
        _("Only for publications. Choose none to count every kind."),
    )
    phase = forms.ChoiceField(
        label=_("Phase"),
        choices=[("", _("(choose a phase)")), *Phase.choices],
        required=False,
        help_text=_("Only for learning ateliers: the phase they must reach."),
        error_messages={"invalid_choice": _("Choose a phase from the list.")},
    )
    theme = forms.ModelChoiceField(
        label=_("Only on the theme"),
        queryset=Theme.objects.all(),
        required=False,
        empty_label=_("(all themes)"),
        error_messages={"invalid_choice": _("Choose a theme from the list.")},
    )

    STANDARD_FIELDS = ["title", "minimum", "first_year", "active"]
    # Shown together under "Filters" (target_form.html).
    FILTER_FIELDS = ["activity_kinds", "publication_kinds", "appeared_elsewhere", "phase", "theme"]

    class Meta:
        model = Target
        fields = [
            "title",
            "measure",
            "minimum",
            "scope",
            "activity_kinds",
            "publication_kinds",
            "appeared_elsewhere",
            "phase",
            "theme",
            "first_year",
            "active",
        ]
        labels = {"active": _("This target counts (switch it off to leave it out)")}
        error_messages = {
            "title": {
                "required": _("Give the target a title."),
                "max_length": _("Keep the title to 200 characters or fewer."),
            },
            "measure": {
                "required": _("Choose what is counted."),
                "invalid_choice": _("Choose what is counted from the list."),
            },
            "minimum": {
                "required": _("Fill in how many at least, for example 2."),
                "invalid": _("Fill in a whole number, for example 2."),
                "min_value": _("Fill in at least 1."),
                "max_value": _("Fill in a smaller number."),
            },
            "scope": {
                "required": _("Choose when it must be reached."),
                "invalid_choice": _("Choose when it must be reached from the list."),
            },
            "first_year": {
                "invalid": _("Fill in a year in numbers, for example 2026."),
                "min_value": _("Fill in a year in numbers, for example 2026."),
                "max_value": _("Fill in a year in numbers, for example 2026."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.standard:
            for name in set(self.fields) - set(self.STANDARD_FIELDS):
                del self.fields[name]
            # Left empty, a standard target shows the programme's wording in the reader's
            # language.
            self.fields["title"].help_text = _(
                "Leave empty to use the wording of the programme: “%(title)s”."
            ) % {"title": title_of(self.instance)}
        self.fields["title"].required = not self.instance.standard
        self.fields["minimum"].widget.attrs.update(min=1, inputmode="numeric")
        start, end = self._period()
        self.fields["first_year"].widget.attrs["min"] = start
        if end:
            self.fields["first_year"].widget.attrs["max"] = end

    def _period(self) -> tuple[int, int | None]:
        werkplaats = self.instance.werkplaats
        return (
            werkplaats.period_start.year,
            werkplaats.period_end.year if werkplaats.period_end else None,
        )

    def clean_first_year(self):
        year = self.cleaned_data.get("first_year")
        start, end = self._period()
        if year is not None and (year < start or (end is not None and year > end)):
            if end is None:
                message = _("Fill in a year from %(start)s on: the period starts then.")
            else:
                message = _("Fill in a year of the period, from %(start)s to %(end)s.")
            raise ValidationError(
                message, code="outside_period", params={"start": start, "end": end}
            )
        return year
