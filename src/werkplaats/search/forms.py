from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.network.models import Theme, Werkplaats
from werkplaats.search.documents import Audience, DocumentType
from werkplaats.search.query import MAX_LENGTH
from werkplaats.search.registry import registrations
from werkplaats.search.selectors import NEWEST, RELEVANCE, Selection

FIRST_YEAR = 1990


class SearchForm(forms.Form):
    """The words and the filters of the search page; the GET parameters are Dutch."""

    q = forms.CharField(
        label=_("Search for"),
        required=False,
        # The length is checked by query.parse, which says so in plain words.
        widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_LENGTH}),
    )
    volgorde = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[(RELEVANCE, _("Best match first")), (NEWEST, _("Newest first"))],
    )
    type = forms.MultipleChoiceField(required=False, choices=DocumentType.choices)
    soort = forms.MultipleChoiceField(required=False)
    thema = forms.ModelMultipleChoiceField(
        required=False, queryset=Theme.objects.all(), to_field_name="slug"
    )
    werkplaats = forms.ModelMultipleChoiceField(
        required=False, queryset=Werkplaats.objects.all(), to_field_name="slug"
    )
    jaar = forms.TypedMultipleChoiceField(required=False, coerce=int)
    publiek = forms.MultipleChoiceField(required=False, choices=Audience.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = {}
        for registration in registrations():
            kinds.update(registration.kinds)
        self.fields["soort"].choices = list(kinds.items())
        years = range(timezone.localdate().year + 2, FIRST_YEAR - 1, -1)
        self.fields["jaar"].choices = [(str(year), str(year)) for year in years]

    def selection(self) -> Selection:
        data = self.cleaned_data
        return Selection(
            types=data.get("type") or [],
            kinds=data.get("soort") or [],
            themes=list(data.get("thema") or []),
            werkplaatsen=list(data.get("werkplaats") or []),
            years=data.get("jaar") or [],
            audiences=data.get("publiek") or [],
        )

    def sort(self) -> str:
        return self.cleaned_data.get("volgorde") or RELEVANCE
