from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.activities.models import Activity, ProgrammeSession, RegistrationRole
from werkplaats.activities.selectors import AMSTERDAM
from werkplaats.activities.services import registration_problem_message


def session_label(session: ProgrammeSession) -> str:
    """Time, room and title: the time first, so sessions at the same time line up."""
    start = timezone.localtime(session.start, AMSTERDAM)
    end = timezone.localtime(session.end, AMSTERDAM)
    parts = [f"{start:%H:%M}–{end:%H:%M}", session.room, session.title]
    label = " · ".join(part for part in parts if part)
    taken = getattr(session, "taken", None)  # annotated by selectors.activity_detail
    if session.capacity is not None and taken is not None and taken >= session.capacity:
        label = _("%(session)s (full)") % {"session": label}
    return label


class RegistrationForm(forms.Form):
    """Registering for an activity, with or without an account (plain language, B1)."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Write your name.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send you a confirmation with a personal link to cancel."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Write your e-mail address."),
            "invalid": _("Write a complete e-mail address, like name@example.nl."),
        },
    )
    organisation = forms.CharField(
        label=_("Your organisation"),
        max_length=200,
        required=False,
        help_text=_("For example: Gemeente Leiden, Buurtteam Noord."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.ChoiceField(
        label=_("You take part as"),
        error_messages={"required": _("Choose how you take part.")},
    )
    needs = forms.CharField(
        label=_("Dietary or accessibility needs"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For example: vegetarian, a wheelchair, a hearing loop. "
            "We delete this after the activity."
        ),
    )
    sessions = forms.ModelMultipleChoiceField(
        label=_("Which sessions do you want to join?"),
        queryset=ProgrammeSession.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Sessions at the same time take place in parallel. Choose one session per time."
        ),
    )
    # A field people never see: a bot that fills in every field fills this one too.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        # A browser must not fill it in for a person, who would then not be registered.
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, activity: Activity, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.activity = activity
        self.fields["role"].choices = [
            ("", _("Choose…")),
            *((value, str(label).capitalize()) for value, label in RegistrationRole.choices),
        ]
        # Uses the programme prefetched for the page, when there is one.
        sessions = list(activity.sessions.all()) if activity.pk else []
        if sessions:
            field = self.fields["sessions"]
            field.queryset = ProgrammeSession.objects.filter(activity=activity)
            field.choices = [(session.pk, session_label(session)) for session in sessions]
        else:
            del self.fields["sessions"]
        if user is not None and user.is_authenticated:
            self.initial.setdefault("name", user.name)
            self.initial.setdefault("email", user.email)

    @property
    def problem(self) -> str | None:
        """Why nobody can register now (closed, cancelled, …), in words for the page."""
        problem = self.activity.registration_problem()
        return registration_problem_message(problem) if problem else None

    @property
    def is_full(self) -> bool:
        """Every place is taken, so a new registration goes on the waiting list.

        Known only when the page annotated ``registered_count`` (selectors.with_counts).
        """
        taken = getattr(self.activity, "registered_count", None)
        return (
            self.activity.capacity is not None
            and taken is not None
            and (taken >= self.activity.capacity)
        )

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    def registration_fields(self) -> dict:
        """The arguments for ``services.registration_create``, without the honeypot."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "organisation": data.get("organisation", ""),
            "role": data["role"],
            "needs": data.get("needs", ""),
            "sessions": list(data.get("sessions") or ()),
        }


class EvaluationForm(forms.Form):
    """The short evaluation after an activity: anonymous unless the participant chooses."""

    usefulness = forms.TypedChoiceField(
        label=_("How useful was the activity for you?"),
        coerce=int,
        widget=forms.RadioSelect,
        choices=[
            (1, _("1 (not useful)")),
            (2, "2"),
            (3, "3"),
            (4, "4"),
            (5, _("5 (very useful)")),
        ],
        help_text=_("1 = not useful, 5 = very useful"),
        error_messages={"required": _("Choose a number from 1 to 5.")},
    )
    applied = forms.CharField(
        label=_("What will you use in your practice?"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    missed = forms.CharField(
        label=_("What did you miss?"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    show_name = forms.BooleanField(
        label=_("Show my name with my answers"),
        required=False,
        help_text=_("If you leave this empty, your answers are anonymous."),
    )

    def evaluation_fields(self) -> dict:
        """The arguments for ``services.evaluation_submit``."""
        data = self.cleaned_data
        return {
            "usefulness": data["usefulness"],
            "applied": data["applied"],
            "missed": data["missed"],
            "anonymous": not data["show_name"],
        }
