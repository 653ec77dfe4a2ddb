"""Forms of "In het onderwijs": the filters of the overview, a use in a course, a new course."""

import datetime
import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkplaats.ateliers.models import Atelier
from werkplaats.network.models import Organisation, Werkplaats
from werkplaats.publications.models import Course, CourseUse, Publication

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
# A new academic year starts on 1 September (in the Netherlands, so in Amsterdam time).
YEAR_STARTS = (9, 1)
# Hogescholen have their own kind; the directory has no kind for mbo schools, so they are
# registered as "other". Municipalities, care organisations and the like do not teach courses.
INSTITUTION_KINDS = (Organisation.Kind.HOGESCHOOL, Organisation.Kind.OVERIG)


def academic_year_of(day: datetime.date) -> str:
    first = day.year if (day.month, day.day) >= YEAR_STARTS else day.year - 1
    return f"{first}-{first + 1}"


def current_academic_year(now: datetime.datetime | None = None) -> str:
    """The academic year of this moment, for example 2025-2026 from 1 September 2025."""
    return academic_year_of(timezone.localtime(now or timezone.now(), AMSTERDAM).date())


def is_academic_year(value: str) -> bool:
    """Two consecutive years, like 2025-2026 (the rule of ``CourseUse.clean``)."""
    parts = value.split("-")
    return (
        len(parts) == 2
        and all(part.isascii() and part.isdigit() and len(part) == 4 for part in parts)
        and int(parts[1]) == int(parts[0]) + 1
    )


class EducationFilterForm(forms.Form):
    """The filters of the overview; every field is optional. Invalid filters answer 400."""

    level = forms.ChoiceField(label=_("Level"), required=False)
    # A list of the years that have uses; an old link with another well-formed year still
    # works (and shows nothing), a malformed one is a mistake.
    year = forms.CharField(label=_("Academic year"), required=False, widget=forms.Select)
    werkplaats = forms.ModelChoiceField(
        label=_("Werkplaats"),
        required=False,
        queryset=Werkplaats.objects.order_by("name"),
        empty_label=_("All werkplaatsen"),
        to_field_name="slug",
    )

    def __init__(self, *args, years=(), national: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["level"].choices = [("", _("All levels")), *Course.Level.choices]
        self.fields["year"].widget.choices = [
            ("", _("All academic years")),
            *((year, year) for year in years),
        ]
        if not national:
            del self.fields["werkplaats"]

    def clean_year(self):
        year = self.cleaned_data["year"].strip()
        if year and not is_academic_year(year):
            raise forms.ValidationError(
                _("Write the academic year as two years, like 2025-2026."), code="invalid"
            )
        return year

    def filters(self) -> dict:
        """The chosen filters as {name: value}; none when the form is not valid."""
        if not self.is_bound or not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value}


class SourceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        if isinstance(obj, Publication) and not obj.is_published:
            return f"{obj.title} ({obj.get_status_display()})"
        if isinstance(obj, Atelier) and not obj.is_public:
            return f"{obj.title} ({obj.get_status_display()})"
        return obj.title


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, course):
        return f"{course.name} – {course.institution.name} ({course.get_level_display()})"


class CourseUseForm(forms.ModelForm):
    """Which publication or learning atelier of this werkplaats went into which course, and how."""

    class Meta:
        model = CourseUse
        fields = ["course", "publication", "atelier", "how", "academic_year"]
        field_classes = {
            "course": CourseChoiceField,
            "publication": SourceChoiceField,
            "atelier": SourceChoiceField,
        }
        widgets = {"how": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "course": _("Is the course not in the list? Add it first."),
            "publication": _("Choose a publication or a learning atelier: one of the two."),
            "atelier": _("Leave empty if you chose a publication."),
            "how": _(
                "For example: required reading in the minor, a lecture, an assignment, "
                "or students did practice research in the atelier."
            ),
            "academic_year": _("For example 2025-2026. The year starts on 1 September."),
        }
        error_messages = {
            "course": {"required": _("Choose the course.")},
            "how": {"required": _("Write how it was used.")},
            "academic_year": {"required": _("Fill in the academic year, like 2025-2026.")},
        }

    def __init__(self, *args, werkplaats: Werkplaats, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = Course.objects.select_related("institution").order_by(
            "name", "institution__name"
        )
        self.fields["course"].empty_label = _("Choose a course")
        self.fields["publication"].queryset = Publication.objects.filter(
            werkplaats=werkplaats
        ).order_by("title")
        self.fields["publication"].empty_label = _("No publication")
        self.fields["atelier"].queryset = Atelier.objects.filter(werkplaats=werkplaats).order_by(
            "title"
        )
        self.fields["atelier"].empty_label = _("No learning atelier")
        if not self.instance.pk and not self.instance.academic_year:
            self.initial["academic_year"] = current_academic_year()

    def clean(self):
        data = super().clean()
        has_publication = data.get("publication") is not None
        has_atelier = data.get("atelier") is not None
        # A wrong choice already has its own message; do not add a second one.
        if "publication" in self.errors or "atelier" in self.errors:
            return data
        if has_publication and has_atelier:
            self.add_error(
                "atelier",
                forms.ValidationError(
                    _("Choose a publication or a learning atelier, not both."), code="both"
                ),
            )
        elif not has_publication and not has_atelier:
            self.add_error(
                "publication",
                forms.ValidationError(
                    _("Choose a publication or a learning atelier."), code="neither"
                ),
            )
        return data


class CourseForm(forms.ModelForm):
    """A course (opleiding) of a hogeschool or mbo school."""

    class Meta:
        model = Course
        fields = ["name", "institution", "level"]
        help_texts = {
            "name": _("For example: Social Work, or the minor Wijkgericht werken."),
            "institution": _(
                "A hogeschool, or an mbo school (listed as kind 'other'). "
                "Is it not in the list? Add the organisation first."
            ),
        }
        error_messages = {
            "name": {"required": _("Write the name of the course.")},
            "institution": {"required": _("Choose the school.")},
            "level": {"required": _("Choose the level.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = Organisation.objects.filter(
            kind__in=INSTITUTION_KINDS
        ).order_by("name")
        self.fields["institution"].empty_label = _("Choose a school")

    def clean(self):
        data = super().clean()
        name, institution = data.get("name"), data.get("institution")
        if (
            name
            and institution
            and Course.objects.filter(institution=institution, name__iexact=name).exists()
        ):
            self.add_error(
                "name",
                forms.ValidationError(
                    _("This institution already has this course."), code="duplicate"
                ),
            )
        return data
