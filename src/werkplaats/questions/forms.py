from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.agenda.models import AgendaTheme
from werkplaats.lib.identifiers import clean_doi
from werkplaats.network.models import Theme, Werkplaats
from werkplaats.questions.models import PUBLIC_STATUSES, TRANSITIONS, Question, Reference, Status

# What the "check for similar questions" button does not need yet: it may wait until sending.
WAITS_FOR_SENDING = ("asker_name", "asker_email", "contact_consent")


class QuestionForm(forms.ModelForm):
    """Bringing in a question, in plain language (B1)."""

    themes = forms.ModelMultipleChoiceField(
        label=_("Which themes does your question fit?"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose one or more. You may also skip this."),
    )
    contact_consent = forms.BooleanField(
        label=_("You may contact me about this question."),
        help_text=_("We use your name and e-mail address only for this question."),
        error_messages={
            "required": _("Tick the box. Without it, we cannot tell you what happens.")
        },
    )
    # A field people never see: a bot that fills in every field fills this one too.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    class Meta:
        model = Question
        fields = [
            "title",
            "situation",
            "target_group",
            "themes",
            "urgency",
            "asker_name",
            "asker_email",
            "asker_organisation",
            "asker_role",
            "contact_consent",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "situation": forms.Textarea(attrs={"rows": 8}),
            "urgency": forms.RadioSelect,
            "asker_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "asker_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "asker_organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "asker_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }
        labels = {
            "title": _("What is your question?"),
            "situation": _("What happens in practice?"),
            "target_group": _("Who is it about?"),
            "urgency": _("How urgent is it?"),
            "asker_name": _("Your name"),
            "asker_email": _("Your e-mail address"),
            "asker_organisation": _("Your organisation"),
            "asker_role": _("Your role or job"),
        }
        help_texts = {
            "title": _("Write your question in one or two sentences."),
            "situation": _(
                "Tell what you see in your work. What is the problem? What have you tried?"
            ),
            "target_group": _("For example: young carers, people in debt, older residents."),
            "asker_email": _("We send you a personal link to follow your question."),
            "asker_organisation": _("For example: Gemeente Leiden, Buurtteam Noord."),
            "asker_role": _("For example: social worker, policy officer, volunteer."),
        }
        error_messages = {
            "title": {"required": _("Write your question.")},
            "situation": {"required": _("Tell what happens in practice.")},
            "asker_name": {"required": _("Write your name.")},
            "asker_email": {
                "required": _("Write your e-mail address."),
                "invalid": _("Write a complete e-mail address, like name@example.nl."),
            },
        }

    def __init__(self, *args, werkplaats: Werkplaats, check_only: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.werkplaats = werkplaats
        self.check_only = check_only
        if not Theme.objects.exists():
            del self.fields["themes"]  # no themes yet: no empty question about them
        if check_only:
            for name in WAITS_FOR_SENDING:
                self.fields[name].required = False
        # While typing, htmx asks for similar questions; without JavaScript the check button does.
        live = {
            "hx-get": reverse("questions:similar", kwargs={"slug": werkplaats.slug}),
            "hx-trigger": "keyup changed delay:500ms",
            "hx-include": "#id_title, #id_situation",
            "hx-target": "#similar",
            # Keep the live region itself, replace what is inside: screen readers announce it.
            "hx-select": "#similar > *",
            "hx-swap": "innerHTML",
        }
        for name in ("title", "situation"):
            self.fields[name].widget.attrs.update(live)

    def _post_clean(self):
        # The check button does not save: the model's checks of the contact fields wait.
        if not self.check_only:
            super()._post_clean()

    def full_clean(self):
        super().full_clean()
        if self.check_only:
            # Shown again after the check, these fields are as required as ever.
            for name in WAITS_FOR_SENDING:
                self.fields[name].required = True

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def question_fields(self) -> dict:
        """The model fields for ``services.question_submit``, without themes and the honeypot."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in ("themes", "website")
        }


class QuestionFilterForm(forms.Form):
    """Filters of the public question list; every field is optional."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), *((s.value, s.label.capitalize()) for s in PUBLIC_STATUSES)],
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=Theme.objects.none(),
        empty_label=_("All themes"),
        to_field_name="slug",
    )

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes


OPEN = "open"
ALL = "all"
# Questions a coordinator still has to do something with: a next step exists.
OPEN_STATUSES = tuple(status for status, following in TRANSITIONS.items() if following)


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            (OPEN, _("Open questions")),
            (ALL, _("All questions")),
            *((value, label.capitalize()) for value, label in Status.choices),
        ],
    )

    def statuses(self) -> tuple[str, ...] | None:
        """The statuses to show; None for all."""
        choice = (self.cleaned_data.get("status") if self.is_valid() else "") or OPEN
        if choice == OPEN:
            return OPEN_STATUSES
        if choice == ALL:
            return None
        return (choice,)


class StatusField(forms.ChoiceField):
    """Offers only the next steps, but lets every status through: the service says which
    step is not allowed, in words a coordinator understands."""

    def valid_value(self, value):
        return value in Status.values


class AgendaThemeField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.agenda.title})"


class TransitionForm(forms.Form):
    to_status = StatusField(label=_("New status"), widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Note for the asker"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "The asker gets this by e-mail. It is also shown on the public page of the "
            "question. Needed when you refer, answer or reject the question."
        ),
    )
    agenda_theme = AgendaThemeField(
        label=_("Agenda theme"),
        required=False,
        empty_label=_("Choose an agenda theme"),
        queryset=AgendaTheme.objects.none(),
        help_text=_("Only when the question goes on the knowledge agenda."),
    )
    referred_to_werkplaats = forms.ModelChoiceField(
        label=_("Referred to werkplaats"),
        required=False,
        empty_label=_("Choose a werkplaats"),
        queryset=Werkplaats.objects.none(),
        help_text=_("Only when you refer the question: choose a werkplaats or name an institute."),
    )
    referred_to_institute = forms.CharField(
        label=_("Referred to knowledge institute"),
        required=False,
        max_length=200,
        help_text=_("For example: Movisie, Nederlands Jeugdinstituut, Verwey-Jonker Instituut."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, question: Question, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [
            (status, Status(status).label.capitalize()) for status in question.next_statuses
        ]
        self.fields["agenda_theme"].queryset = AgendaTheme.objects.filter(
            agenda__werkplaats_id=question.werkplaats_id
        ).select_related("agenda")
        self.fields["referred_to_werkplaats"].queryset = Werkplaats.objects.active().exclude(
            pk=question.werkplaats_id
        )
        self.initial.setdefault("version", question.version)


class ReflectionForm(forms.Form):
    known = forms.CharField(
        label=_("What is known"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "What research says about this question. You can use Markdown: *italic*, "
            "**bold**, lists with - at the start."
        ),
    )
    approaches = forms.CharField(
        label=_("Approaches and methods that fit"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Which ways of working or research methods could help. Markdown is allowed."),
    )
    open_questions = forms.CharField(
        label=_("Open questions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What is not known yet. Markdown is allowed."),
    )
    # Empty for a reflection that does not exist yet.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)


FIRST_YEAR = 1900
REFERENCE_FIELDS = ("authors", "year", "title", "source", "doi", "url")
NEEDED_IN_A_ROW = ("authors", "title")


class ReferenceForm(forms.ModelForm):
    """One source of a reflection. A row left empty is no source; emptying a row removes it."""

    url = forms.URLField(label=_("Web address"), required=False, assume_scheme="https")

    class Meta:
        model = Reference
        fields = ["authors", "year", "title", "source", "doi", "url"]
        help_texts = {
            "authors": _("For example: Jansen, P. & De Vries, A."),
            "doi": _("For example: 10.1080/13691457.2020.1234567"),
        }
        widgets = {"year": forms.NumberInput(attrs={"min": FIRST_YEAR})}

    def full_clean(self):
        # Title and authors are needed in a row that is used, not in an empty one (which is
        # no source, or a source removed): clean() asks for them. The labels still show
        # them as needed.
        for name in NEEDED_IN_A_ROW:
            self.fields[name].required = False
        try:
            super().full_clean()
        finally:
            for name in NEEDED_IN_A_ROW:
                self.fields[name].required = True

    def clean_year(self):
        year = self.cleaned_data.get("year")
        last = timezone.localdate().year + 1
        if year is not None and not FIRST_YEAR <= year <= last:
            raise forms.ValidationError(
                _("Write a year between %(first)s and %(last)s.")
                % {"first": FIRST_YEAR, "last": last},
                code="year",
            )
        return year

    def clean_doi(self):
        return clean_doi(self.cleaned_data.get("doi"))

    @property
    def is_used(self) -> bool:
        """Something was filled in and the row is not marked for deletion."""
        data = getattr(self, "cleaned_data", None) or {}
        if data.get("DELETE"):
            return False
        return any(str(data.get(name) or "").strip() for name in REFERENCE_FIELDS)

    def clean(self):
        data = super().clean()
        if self.is_used:
            if not (data.get("title") or "").strip():
                self.add_error("title", forms.ValidationError(_("Write the title."), "required"))
            if not (data.get("authors") or "").strip():
                self.add_error(
                    "authors", forms.ValidationError(_("Write the authors."), "required")
                )
        return data

    def _post_clean(self):
        # The reference is stored by the service; the model's checks run there.
        pass

    def reference_data(self) -> dict:
        data = {name: (self.cleaned_data.get(name) or "") for name in REFERENCE_FIELDS}
        data["year"] = self.cleaned_data.get("year")
        for name in ("authors", "title", "source"):
            data[name] = data[name].strip()
        return data


class BaseReferenceFormSet(forms.BaseFormSet):
    def references(self) -> list[dict]:
        """The filled rows that are not marked for deletion, in order."""
        return [form.reference_data() for form in self.forms if form.is_used]


ReferenceFormSet = forms.formset_factory(
    ReferenceForm,
    formset=BaseReferenceFormSet,
    extra=3,
    can_delete=True,
    max_num=100,
    validate_max=True,
)
