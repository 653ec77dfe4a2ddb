from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from werkplaats.agenda import selectors
from werkplaats.agenda.models import Agenda, AgendaTheme, NationalTheme
from werkplaats.network.models import Theme

FIRST_YEAR, LAST_YEAR = 2000, 2100
MARKDOWN_HELP = _("You can use Markdown: *italic*, **bold**, lists with - at the start.")


def year_field(label):
    return forms.IntegerField(
        label=label,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={
            "required": _("Fill in a year, for example 2026."),
            "invalid": _("Fill in a year in numbers, for example 2026."),
            "min_value": _("Fill in a year from 2000 to 2100."),
            "max_value": _("Fill in a year from 2000 to 2100."),
        },
    )


class AgendaForm(forms.ModelForm):
    """An agenda of the werkplaats of its instance; that werkplaats is set before binding."""

    start_year = year_field(_("First year"))
    end_year = year_field(_("Last year"))

    class Meta:
        model = Agenda
        fields = ["title", "start_year", "end_year", "introduction"]
        help_texts = {"introduction": MARKDOWN_HELP}
        error_messages = {"title": {"required": _("Give the agenda a title.")}}

    def clean_start_year(self):
        start_year = self.cleaned_data["start_year"]
        # The model's unique constraint names the werkplaats, which is not a field of this
        # form, so the form would not check it; checked here so the message is next to the year.
        if selectors.agenda_start_year_taken(
            werkplaats=self.instance.werkplaats, start_year=start_year, exclude_pk=self.instance.pk
        ):
            raise ValidationError(
                _("This werkplaats already has an agenda from that year."), code="unique"
            )
        return start_year

    def clean(self):
        cleaned_data = super().clean()
        # Agenda.clean() compares the years on the instance. A year this form refused would
        # leave the stored one there, and the other year would be held against it wrongly.
        for name in ("start_year", "end_year"):
            if name not in cleaned_data:
                setattr(self.instance, name, None)
        return cleaned_data


class AgendaThemeForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose themes from the list.")},
    )
    national_themes = forms.ModelMultipleChoiceField(
        label=_("Themes of the national work programme"),
        queryset=NationalTheme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Which themes of the national work programme does this theme belong to?"),
        error_messages={"invalid_choice": _("Choose themes from the list.")},
    )

    class Meta:
        model = AgendaTheme
        fields = ["title", "description", "priority", "themes", "national_themes"]
        widgets = {"priority": forms.RadioSelect}
        help_texts = {"description": MARKDOWN_HELP}
        error_messages = {
            "title": {"required": _("Give the theme a title.")},
            "priority": {
                "required": _("Choose a priority."),
                "invalid_choice": _("Choose a priority."),
            },
        }


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Your comment"),
        help_text=_("Members of the werkplaats can read your comment, with your name."),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": _("Write your comment."),
            "max_length": _("Your comment is too long. Use at most %(limit_value)d characters."),
        },
    )
