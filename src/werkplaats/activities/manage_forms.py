"""Forms of the organiser's pages: the activity, its programme, attendance, report and files."""

import zoneinfo

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from werkplaats.activities.models import Activity, ProgrammeSession, Registration
from werkplaats.ateliers.models import Atelier
from werkplaats.network.models import Organisation, Werkplaats

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
RELATIONS = ("themes", "co_organisers")
MARKDOWN_HELP = _("You can use Markdown: *italic*, **bold**, lists with - at the start.")


class LocalDateTimeInput(forms.DateTimeInput):
    """The browser's own date and time picker; without it, people type 2025-03-14T19:30."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class LocalDateTimeField(forms.DateTimeField):
    """A date and time as people in the Netherlands mean them: Amsterdam time, stored aware.

    Explicit about the zone, so the answer does not depend on the zone a request runs in.
    """

    widget = LocalDateTimeInput

    def to_python(self, value):
        with timezone.override(AMSTERDAM):
            return super().to_python(value)

    def prepare_value(self, value):
        with timezone.override(AMSTERDAM):
            return super().prepare_value(value)


def _at_least_one_place(value):
    if value is not None and value < 1:
        raise forms.ValidationError(
            _("The number of places must be at least 1. Leave it empty for no limit."),
            code="min_value",
        )
    return value


class ActivityForm(forms.ModelForm):
    """An activity's details, for creating and for changing it."""

    online_url = forms.URLField(
        label=_("Online link"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("Only people who registered see this link."),
    )

    class Meta:
        model = Activity
        fields = [
            "title",
            "kind",
            "co_organisers",
            "themes",
            "atelier",
            "start",
            "end",
            "location_name",
            "address",
            "online_url",
            "capacity",
            "registration_opens",
            "registration_closes",
            "audience",
            "description",
            "step_free",
            "hearing_loop",
            "interpreter",
            "accessibility_notes",
        ]
        field_classes = {
            "start": LocalDateTimeField,
            "end": LocalDateTimeField,
            "registration_opens": LocalDateTimeField,
            "registration_closes": LocalDateTimeField,
        }
        widgets = {
            "co_organisers": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "capacity": forms.NumberInput(attrs={"min": 1}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "accessibility_notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "co_organisers": _("Other werkplaatsen that organise this activity together with you."),
            "atelier": _("The learning atelier this activity belongs to, if any."),
            "start": _("Date and time, for example 14-03-2025 19:30."),
            "location_name": _(
                "For example: Bibliotheek Leiden. Fill in a place or an online link."
            ),
            "description": MARKDOWN_HELP,
            "registration_opens": _("Leave empty to open registration right away."),
            "accessibility_notes": _(
                "For example: where the entrance without steps is, or who to call for help."
            ),
        }

    def __init__(self, *args, werkplaats: Werkplaats, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["co_organisers"].queryset = Werkplaats.objects.exclude(pk=werkplaats.pk)
        self.fields["atelier"].queryset = Atelier.objects.filter(werkplaats=werkplaats).order_by(
            "title"
        )
        self.fields["atelier"].empty_label = _("No learning atelier")
        self.fields["kind"].choices = [
            (value, str(label).capitalize()) for value, label in Activity.Kind.choices
        ]
        self.fields["audience"].choices = [
            (value, str(label).capitalize()) for value, label in Activity.Audience.choices
        ]

    def clean_capacity(self):
        return _at_least_one_place(self.cleaned_data.get("capacity"))

    def clean(self):
        data = super().clean()
        on_site = data.get("location_name", "").strip() or data.get("address", "").strip()
        # A malformed link already has its own message; do not add a second one.
        if not on_site and not data.get("online_url") and "online_url" not in self.errors:
            self.add_error("location_name", _("Fill in a place or an online link."))
        return data

    def relations(self) -> dict:
        return {name: self.cleaned_data.get(name, ()) for name in RELATIONS}


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the activity cancelled?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Everybody who registered or is on the waiting list gets this in an e-mail."),
        error_messages={
            "required": _("Write why the activity is cancelled. The people who registered read it.")
        },
    )


class SessionForm(forms.ModelForm):
    """A session of the programme; the model checks it lies within the activity's time."""

    class Meta:
        model = ProgrammeSession
        fields = ["title", "start", "end", "room", "speakers", "description", "capacity"]
        field_classes = {"start": LocalDateTimeField, "end": LocalDateTimeField}
        widgets = {
            "capacity": forms.NumberInput(attrs={"min": 1}),
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "speakers": _("Names, separated by commas."),
            "description": MARKDOWN_HELP,
        }

    def clean_capacity(self):
        return _at_least_one_place(self.cleaned_data.get("capacity"))


class PersonChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, registration):
        if registration.organisation:
            return f"{registration.name} ({registration.organisation})"
        return registration.name


class AttendanceForm(forms.Form):
    """Who came, and which organisations were there: the figures the monitoring counts."""

    present = PersonChoiceField(
        label=_("Present"),
        queryset=Registration.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Everybody you do not tick is recorded as absent."),
    )
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisations present"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Partner organisations of the werkplaats."),
    )
    other_organisations = forms.CharField(
        label=_("Other organisations present"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Organisations that are not partners yet, one per line."),
    )

    def __init__(self, *args, activity: Activity, registered, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].queryset = registered
        self.fields["organisations"].queryset = (
            Organisation.objects.filter(
                Q(partnerships__werkplaats_id=activity.werkplaats_id)
                | Q(activities_attended=activity)
            )
            .distinct()
            .order_by("name")
        )


class ReportForm(forms.Form):
    report = forms.CharField(
        label=_("Report"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=format_lazy(
            "{} {}",
            _("What happened and what came out of it, for everyone who reads the activity page."),
            MARKDOWN_HELP,
        ),
    )


class FileForm(forms.Form):
    file = forms.FileField(
        label=_("Presentation or handout"),
        help_text=_("PDF, PowerPoint, Word, OpenDocument, PNG or JPEG; at most 10 MB."),
    )
