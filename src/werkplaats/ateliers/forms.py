from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from werkplaats.accounts.models import Membership
from werkplaats.agenda.models import AgendaTheme
from werkplaats.ateliers.models import (
    Atelier,
    AtelierRole,
    LogEntry,
    Phase,
    StudentApplication,
    StudentPlace,
)
from werkplaats.network.models import Organisation, Theme, Werkplaats
from werkplaats.questions.models import Question

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
RELATIONS = ("themes", "partners", "questions", "agenda_themes")


def _capitalised(choices):
    return [(value, str(label).capitalize()) for value, label in choices]


class AtelierFilterForm(forms.Form):
    """Filters of the overviews; every field is optional."""

    theme = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=Theme.objects.all(),
        empty_label=_("All themes"),
        to_field_name="slug",
    )
    phase = forms.ChoiceField(label=_("Phase"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    werkplaats = forms.ModelChoiceField(
        label=_("Werkplaats"),
        required=False,
        queryset=Werkplaats.objects.all(),
        empty_label=_("All werkplaatsen"),
        to_field_name="slug",
    )
    place = forms.CharField(
        label=_("Place"),
        required=False,
        max_length=100,
        help_text=_("For example: Leiden"),
    )

    def __init__(self, *args, national: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].choices = [("", _("All phases")), *_capitalised(Phase.choices)]
        self.fields["kind"].choices = [("", _("All kinds")), *_capitalised(Atelier.Kind.choices)]
        public_statuses = [
            choice for choice in Atelier.Status.choices if choice[0] != Atelier.Status.PREPARING
        ]
        self.fields["status"].choices = [("", _("All")), *_capitalised(public_statuses)]
        if not national:
            del self.fields["werkplaats"]

    def filters(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {}
        data = {name: value for name, value in self.cleaned_data.items() if value}
        data["place"] = data.get("place", "").strip()
        return {name: value for name, value in data.items() if value}


class AtelierForm(forms.ModelForm):
    """An atelier's details; on create also its first lead."""

    lead = forms.ModelChoiceField(
        label=_("First lead"),
        required=False,
        queryset=None,
        empty_label=_("Choose later"),
        help_text=_("A member of the werkplaats who leads the atelier."),
    )

    class Meta:
        model = Atelier
        fields = [
            "title",
            "kind",
            "status",
            "description",
            "period_start",
            "period_end",
            "places",
            "themes",
            "partners",
            "questions",
            "agenda_themes",
        ]
        widgets = {
            "period_start": DATE_WIDGET,
            "period_end": DATE_WIDGET,
            "description": forms.Textarea(attrs={"rows": 8}),
            "themes": forms.CheckboxSelectMultiple,
            "partners": forms.CheckboxSelectMultiple,
            "questions": forms.CheckboxSelectMultiple,
            "agenda_themes": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "description": _(
                "What the atelier works on, for everyone. You can use Markdown: *italic*, "
                "**bold**, lists with - at the start."
            ),
            "places": _("Where the atelier meets, for example: Leiden and Den Haag."),
            "partners": _("Partner organisations of the werkplaats."),
            "questions": _("Public questions from practice of this werkplaats."),
            "agenda_themes": _("Themes of the knowledge agenda of this werkplaats."),
        }

    def __init__(self, *args, werkplaats: Werkplaats, **kwargs):
        super().__init__(*args, **kwargs)
        atelier = self.instance
        linked = Q(ateliers=atelier) if atelier.pk else Q(pk__in=[])
        self.fields["partners"].queryset = (
            Organisation.objects.filter(Q(partnerships__werkplaats=werkplaats) | linked)
            .distinct()
            .order_by("name")
        )
        self.fields["questions"].queryset = (
            Question.objects.public().filter(werkplaats=werkplaats).order_by("title")
        )
        self.fields["agenda_themes"].queryset = AgendaTheme.objects.filter(
            agenda__werkplaats=werkplaats
        ).order_by("agenda__start_year", "priority", "title")
        if atelier.pk:
            del self.fields["lead"]
        else:
            self.fields["lead"].queryset = (
                Membership.objects.filter(werkplaats=werkplaats)
                .select_related("user")
                .order_by("user__name")
            )
            self.fields["lead"].label_from_instance = lambda membership: membership.user.name

    def relations(self) -> dict:
        return {name: self.cleaned_data.get(name, ()) for name in RELATIONS}


class JoinForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Your role in the atelier"),
        choices=_capitalised(
            choice for choice in AtelierRole.choices if choice[0] != AtelierRole.TREKKER
        ),
    )
    motivation = forms.CharField(
        label=_("Why you want to join"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The leads of the atelier read this."),
    )


ACCEPT = "accept"
DECLINE = "decline"


class DecideForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[(ACCEPT, _("Accept")), (DECLINE, _("Decline"))],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent by e-mail. Needed when you decline."),
    )

    @property
    def accept(self) -> bool:
        return self.cleaned_data["decision"] == ACCEPT


class PhaseForm(forms.Form):
    phase = forms.ChoiceField(label=_("New phase"), choices=_capitalised(Phase.choices))
    started_on = forms.DateField(label=_("From"), widget=DATE_WIDGET)
    account = forms.CharField(
        label=_("What happened"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A short account. Needed when the atelier goes back to an earlier phase."),
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, as in Django's "Uploading multiple files"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class LogEntryForm(forms.ModelForm):
    guests = forms.CharField(
        label=_("Guests without an account"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One name per line. Only the first name or the name they want to use; "
                    "nothing else is kept."),
    )  # fmt: skip
    attachments = MultipleFileField(
        label=_("Attachments"),
        required=False,
        help_text=_("PDF, Word, OpenDocument, PNG or JPEG; at most 10 MB per file."),
    )

    class Meta:
        model = LogEntry
        fields = ["date", "kind", "title", "text", "public"]
        widgets = {"date": DATE_WIDGET, "text": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "public": _("Everyone can read a public entry. Guests' names stay for members only."),
        }

    def _post_clean(self):
        # The service checks the entry and its files together.
        pass

    def entry_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}

    def guest_names(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["guests"].splitlines() if line.strip()]


class StudentPlaceForm(forms.ModelForm):
    class Meta:
        model = StudentPlace
        fields = ["number", "level", "period_start", "period_end", "tasks", "open"]
        widgets = {
            "period_start": DATE_WIDGET,
            "period_end": DATE_WIDGET,
            "tasks": forms.Textarea(attrs={"rows": 5}),
            "number": forms.NumberInput(attrs={"min": 1}),
        }


class ApplicationForm(forms.ModelForm):
    # A field people never see: a bot that fills in every field fills this one too.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = StudentApplication
        fields = ["name", "email", "education", "motivation"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "motivation": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "email": _("We only use your address for this application."),
        }

    def _post_clean(self):
        # The service checks the application (and whether the place is still open).
        pass

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def application_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class PlaceFilterForm(forms.Form):
    level = forms.ChoiceField(label=_("Level"), required=False)
    werkplaats = forms.ModelChoiceField(
        label=_("Werkplaats"),
        required=False,
        queryset=Werkplaats.objects.all(),
        empty_label=_("All werkplaatsen"),
        to_field_name="slug",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [("", _("All levels")), *StudentPlace.Level.choices]

    def filters(self) -> dict:
        if not self.is_bound or not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}
