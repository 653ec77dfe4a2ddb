from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme
from werkplaats.newsletter import selectors
from werkplaats.newsletter.models import Subscription

# The werkplaats choice that means "every werkplaats" (the empty choice means "none chosen").
ALL = "alle"


class ScopeForm(forms.Form):
    """What to follow and how often: a werkplaats, all of them, or themes (or both)."""

    werkplaats = forms.ChoiceField(
        label=_("Werkplaats"),
        required=False,
        help_text=_("Choose one werkplaats, or all werkplaatsen."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only news on these themes. Choose none to get news on every theme."),
    )
    frequency = forms.ChoiceField(
        label=_("How often do you want the newsletter?"),
        choices=Subscription.Frequency.choices,
        initial=Subscription.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how often you want the newsletter.")},
    )

    def __init__(self, *args, current=None, **kwargs):
        super().__init__(*args, **kwargs)
        werkplaatsen = list(selectors.werkplaatsen_to_follow())
        if current is not None and current not in werkplaatsen:
            werkplaatsen.append(current)  # still followed, though its programme has ended
        self.werkplaatsen = {werkplaats.slug: werkplaats for werkplaats in werkplaatsen}
        self.fields["werkplaats"].choices = [
            ("", _("Choose a werkplaats")),
            (ALL, _("All werkplaatsen")),
            *((werkplaats.slug, werkplaats.name) for werkplaats in werkplaatsen),
        ]
        self.fields["themes"].queryset = selectors.themes_to_follow()

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if not data.get("werkplaats") and not data.get("themes"):
            self.add_error(
                "werkplaats",
                ValidationError(
                    _("Choose a werkplaats, all werkplaatsen, or at least one theme."),
                    code="no_scope",
                ),
            )
        return data

    def scope(self) -> dict:
        """The service's arguments: ``werkplaats`` None means all werkplaatsen."""
        return {
            "werkplaats": self.werkplaatsen.get(self.cleaned_data["werkplaats"]),
            "themes": list(self.cleaned_data["themes"]),
            "frequency": self.cleaned_data["frequency"],
        }

    @classmethod
    def initial_for(cls, subscription: Subscription) -> dict:
        return {
            "werkplaats": subscription.werkplaats.slug if subscription.werkplaats else ALL,
            "themes": list(subscription.themes.all()),
            "frequency": subscription.frequency,
        }


class SubscribeForm(ScopeForm):
    """The public form: only an e-mail address is asked, no name."""

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_(
            "We send you an e-mail with a link. Your subscription starts when you click it."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Write your e-mail address."),
            "invalid": _("Write a complete e-mail address, like name@example.nl."),
        },
    )
    # A field people never see: a bot that fills in every field fills this one too.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    field_order = ["email", "werkplaats", "themes", "frequency", "website"]

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
