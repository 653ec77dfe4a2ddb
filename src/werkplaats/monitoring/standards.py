"""The results the programme asks of every werkplaats (the programme page, see
``../shared/seeds``): at least two regional and two thematic meetings a year, two
publications of the listed kinds a year, a congress at the end of the period, knowledge in
the curricula, contributions to the national work programme and results in professional
journals."""

from django.utils.translation import gettext_lazy as _

from werkplaats.monitoring.models import Measure, Scope, Standard

# Kinds named on the programme page: "handreikingen, artikelen, adviezen, columns, blogs, of
# casuïstiekbundels".
PROGRAMME_PUBLICATION_KINDS = [
    "handreiking",
    "artikel",
    "advies",
    "column",
    "blog",
    "casuistiekbundel",
]

STANDARD_TARGETS = {
    Standard.REGIONAL: {
        "title": _("At least two regional meetings a year"),
        "measure": Measure.ACTIVITIES,
        "activity_kinds": ["regionale_bijeenkomst"],
        "minimum": 2,
        "scope": Scope.YEARLY,
    },
    Standard.THEMATIC: {
        "title": _("At least two thematic meetings a year"),
        "measure": Measure.ACTIVITIES,
        "activity_kinds": ["themabijeenkomst"],
        "minimum": 2,
        "scope": Scope.YEARLY,
    },
    Standard.PUBLICATIONS: {
        "title": _(
            "At least two guides, articles, advices, columns, blogs or case collections a year"
        ),
        "measure": Measure.PUBLICATIONS,
        "publication_kinds": PROGRAMME_PUBLICATION_KINDS,
        "minimum": 2,
        "scope": Scope.YEARLY,
    },
    Standard.CONGRESS: {
        "title": _("A congress at the end of the period"),
        "measure": Measure.ACTIVITIES,
        "activity_kinds": ["congres"],
        "minimum": 1,
        "scope": Scope.FINAL_YEAR,
    },
    Standard.CURRICULUM: {
        "title": _("Knowledge brought into the curricula every year"),
        "measure": Measure.COURSE_USES,
        "minimum": 1,
        "scope": Scope.YEARLY,
    },
    Standard.NATIONAL: {
        "title": _("Contributions to the national work programme"),
        "measure": Measure.NATIONAL_LINKS,
        "minimum": 1,
        "scope": Scope.PERIOD,
    },
    Standard.JOURNALS: {
        "title": _("Results in professional journals"),
        "measure": Measure.PUBLICATIONS,
        "appeared_elsewhere": True,
        "minimum": 1,
        "scope": Scope.PERIOD,
    },
}
