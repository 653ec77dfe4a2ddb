"""Forms of the kennisbank: the filters of the lists, the editor with its authors, files and
the workflow."""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.identifiers import clean_doi, clean_isbn
from werkplaats.network.models import Theme, Werkplaats
from werkplaats.publications import selectors
from werkplaats.publications.models import AUDIENCE_FIELDS, Audience, Publication

RELATIONS = ("themes", "questions", "agenda_themes", "ateliers")
MARKDOWN_HELP = _(
    "You can use Markdown: *italic*, **bold**, ## a heading, lists with - at the start."
)
# Empty rows under the authors, so a writer can add authors without JavaScript.
EXTRA_AUTHOR_ROWS = 2
MAX_AUTHORS = 50


def _capitalised(choices):
    return [(value, str(label).capitalize()) for value, label in choices]


# The lists ---------------------------------------------------------------------------------


class PublicationFilterForm(forms.Form):
    """Filters of the publication lists; every field is optional, a wrong value is an error."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=Theme.objects.order_by("name"),
        empty_label=_("All themes"),
        to_field_name="slug",
    )
    audience = forms.ChoiceField(label=_("For whom"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    werkplaats = forms.ModelChoiceField(
        label=_("Werkplaats"),
        required=False,
        queryset=Werkplaats.objects.order_by("name"),
        empty_label=_("All werkplaatsen"),
        to_field_name="slug",
    )
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, national: bool = True, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            ("", _("All kinds")),
            *_capitalised(Publication.Kind.choices),
        ]
        self.fields["audience"].choices = [("", _("Everybody")), *_capitalised(Audience.choices)]
        self.fields["year"].choices = [("", _("All years")), *((y, str(y)) for y in years)]
        self.fields["language"].choices = [
            ("", _("All languages")),
            *Publication.Language.choices,
        ]
        if not national:
            del self.fields["werkplaats"]

    def filters(self) -> dict:
        """Keyword arguments for ``selectors.published_publications``; none when invalid."""
        if not self.is_bound or not self.is_valid():
            return {}
        data = self.cleaned_data
        chosen = {
            "kind": data.get("kind") or "",
            "theme": data.get("theme"),
            "audience": data.get("audience") or "",
            "year": data.get("year"),
            "of_werkplaats": data.get("werkplaats"),
            "language": data.get("language") or "",
        }
        return {name: value for name, value in chosen.items() if value}


# The editor --------------------------------------------------------------------------------


class PublicationForm(forms.ModelForm):
    """A publication's text and details; the authors come from :class:`AuthorFormSet`."""

    audiences = forms.MultipleChoiceField(
        label=_("For whom is it written?"),
        required=False,
        choices=_capitalised(Audience.choices),
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "For residents, write in plain language (level B1). "
            "The editor then shows how easy the text is to read."
        ),
    )
    # Longer than the stored values: people paste a doi.org link or an ISBN with hyphens,
    # which the cleaning shortens.
    doi = forms.CharField(
        label=_("DOI"),
        max_length=250,
        required=False,
        help_text=_("For example 10.1080/13691457.2021.1234567, or the doi.org link."),
    )
    isbn = forms.CharField(
        label=_("ISBN"),
        max_length=30,
        required=False,
        help_text=_("10 or 13 digits; hyphens and spaces are fine."),
    )
    external_url = forms.URLField(
        label=_("Web address elsewhere"),
        max_length=200,
        required=False,
        assume_scheme="https",
        help_text=_("Where the publication can also be read, for example the publisher's site."),
    )
    national_site_url = forms.URLField(
        label=_("On the national werkplaatsen site"),
        max_length=200,
        required=False,
        assume_scheme="https",
    )

    class Meta:
        model = Publication
        fields = [
            "title",
            "kind",
            "summary",
            "body",
            "date",
            "language",
            "licence",
            "themes",
            "questions",
            "agenda_themes",
            "ateliers",
            "external_url",
            "doi",
            "isbn",
            "appeared_in",
            "national_site_url",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "body": forms.Textarea(attrs={"rows": 16}),
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "themes": forms.CheckboxSelectMultiple,
            "questions": forms.CheckboxSelectMultiple,
            "agenda_themes": forms.CheckboxSelectMultiple,
            "ateliers": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "summary": _("A few sentences: what it is about and for whom. Lists show this."),
            "body": MARKDOWN_HELP,
            "date": _("The date on the publication itself."),
            "licence": _(
                "Under which conditions others may use it. CC BY lets everyone share and "
                "adapt it, as long as they name the makers."
            ),
            "questions": _("Questions from practice this publication answers."),
            "agenda_themes": _("Themes of the knowledge agenda it works on."),
            "ateliers": _("Learning ateliers it came from."),
        }
        error_messages = {
            "title": {"required": _("Write a title.")},
            "summary": {"required": _("Write a short summary.")},
            "date": {"required": _("Fill in the date of publication.")},
        }

    def __init__(self, *args, werkplaats: Werkplaats, everything: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.werkplaats = werkplaats
        self.werkplaats = werkplaats
        self.fields["kind"].choices = _capitalised(Publication.Kind.choices)
        self.fields["themes"].queryset = Theme.objects.order_by("name")
        self.fields["questions"].queryset = selectors.offered_questions(
            werkplaats, everything=everything
        )
        self.fields["agenda_themes"].queryset = selectors.offered_agenda_themes(werkplaats)
        self.fields["ateliers"].queryset = selectors.offered_ateliers(
            werkplaats, everything=everything
        )
        for name in ("questions", "agenda_themes", "ateliers"):
            if not self.fields[name].queryset.exists():
                del self.fields[name]  # nothing to choose: no empty list on the page
        self.initial.setdefault("audiences", self.instance.audiences)
        # While someone types, htmx asks for the readability indication; without JavaScript
        # the "Check readability" button does.
        live = {
            "hx-post": reverse("publications:readability"),
            "hx-trigger": "keyup changed delay:700ms",
            "hx-include": "closest form",
            "hx-target": "#readability",
            # Keep the live region itself, replace what is inside: screen readers announce it.
            "hx-select": "#readability > *",
            "hx-swap": "innerHTML",
        }
        for name in ("summary", "body"):
            self.fields[name].widget.attrs.update(live)
        self.fields["audiences"].widget.attrs.update({**live, "hx-trigger": "change"})

    def clean_doi(self):
        return clean_doi(self.cleaned_data.get("doi", ""))

    def clean_isbn(self):
        return clean_isbn(self.cleaned_data.get("isbn", ""))

    def clean(self):
        data = super().clean()
        chosen = set(data.get("audiences") or ())
        for audience, field in AUDIENCE_FIELDS.items():
            setattr(self.instance, field, audience in chosen)
        return data

    def relations(self) -> dict:
        """The many-to-many values for ``services.publication_save``.

        Links to questions or ateliers this writer is not offered (a question that is not
        public, an atelier in preparation) stay as they are: only the choices shown change.
        """
        relations = {
            name: list(self.cleaned_data.get(name) or ())
            for name in RELATIONS
            if name in self.fields
        }
        if self.instance.pk:
            for name in ("questions", "ateliers"):
                if name not in self.fields:
                    continue  # nothing offered, so nothing changes
                offered = self.fields[name].queryset.values("pk")
                hidden = getattr(self.instance, name).exclude(pk__in=offered)
                relations[name] += list(hidden)
        return relations

    def readability_text(self) -> str | None:
        """The text to measure, or None when the publication is not for residents."""
        return readability_text(self.data) if self.is_bound else None


def readability_text(data) -> str | None:
    """Summary and body as typed (valid or not), when "for residents" is ticked."""
    if Audience.RESIDENTS not in data.getlist("audiences"):
        return None
    return f"{data.get('summary', '')}\n\n{data.get('body', '')}"


class AuthorForm(forms.Form):
    """One author: a member of the werkplaats, or a name with an organisation."""

    member = forms.TypedChoiceField(
        label=_("Member of the werkplaats"), required=False, coerce=int, empty_value=None
    )
    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        required=False,
        help_text=_("Leave empty for a member: then their own name is used."),
    )
    affiliation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("For example Hogeschool Leiden."),
    )

    def __init__(self, *args, members: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.members = members
        self.fields["member"].choices = [
            ("", _("Not a member")),
            *(
                (pk, membership.user.name or membership.user.email)
                for pk, membership in members.items()
            ),
        ]

    def clean(self):
        data = super().clean()
        if data.get("affiliation") and not data.get("member") and not data.get("name"):
            self.add_error("name", _("Write the name of the author, or choose a member."))
        return data

    @property
    def is_empty(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not (data.get("member") or data.get("name") or data.get("affiliation"))

    def author(self) -> dict:
        """The author for ``services.publication_save``: a member's name and organisation fill
        in what the row leaves empty."""
        data = self.cleaned_data
        membership = self.members.get(data.get("member"))
        user = membership.user if membership else None
        affiliation = data.get("affiliation", "")
        if membership and not affiliation and membership.organisation:
            affiliation = membership.organisation.name
        return {"user": user, "name": data.get("name", ""), "affiliation": affiliation}


class BaseAuthorFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        if not any(not form.is_empty for form in self.forms):
            raise ValidationError(_("Add at least one author."), code="no_author")

    def authors(self) -> list[dict]:
        """The filled-in rows in their order."""
        return [form.author() for form in self.forms if not form.is_empty]


AuthorFormSet = forms.formset_factory(
    AuthorForm,
    formset=BaseAuthorFormSet,
    extra=EXTRA_AUTHOR_ROWS,
    max_num=MAX_AUTHORS,
    validate_max=True,
)
AUTHORS_PREFIX = "authors"


def author_formset(data=None, *, members: dict, initial=None) -> BaseAuthorFormSet:
    return AuthorFormSet(
        data, prefix=AUTHORS_PREFIX, initial=initial, form_kwargs={"members": members}
    )


# Files and the workflow --------------------------------------------------------------------


class FileForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, Word, OpenDocument, PowerPoint, PNG or JPEG; at most 10 MB."),
        error_messages={"required": _("Choose a file.")},
    )


class MoveForm(forms.Form):
    status = forms.ChoiceField(choices=Publication.Status.choices)
