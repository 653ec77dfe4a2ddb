"""Reads of the network, each a fixed number of queries whatever the number of rows."""

from django.db.models import Count, Prefetch, Q

from werkplaats.accounts.models import Membership
from werkplaats.network.models import Organisation, Partnership, Werkplaats


def werkplaatsen_overview():
    """All werkplaatsen for the national overview, with their themes and partner counts."""
    return Werkplaats.objects.annotate(
        partner_count=Count("partnerships", distinct=True)
    ).prefetch_related("themes")


def organisations_filtered(*, q: str = "", kind: str = "", werkplaats=None, role: str = ""):
    organisations = Organisation.objects.all()
    if q:
        organisations = organisations.filter(Q(name__icontains=q) | Q(place__icontains=q))
    if kind:
        organisations = organisations.filter(kind=kind)
    partnership_filter = Q()
    if werkplaats is not None:
        partnership_filter &= Q(werkplaats=werkplaats)
    if role:
        partnership_filter &= Q(role=role)
    if werkplaats is not None or role:
        organisations = organisations.filter(
            pk__in=Partnership.objects.filter(partnership_filter).values("organisation")
        )
    return organisations.prefetch_related(
        Prefetch(
            "partnerships",
            queryset=Partnership.objects.select_related("werkplaats").order_by("werkplaats__name"),
        )
    ).order_by("name")


def partnerships_of(werkplaats):
    return werkplaats.partnerships.select_related("organisation").order_by(
        "role", "organisation__name"
    )


def listed_people_of(werkplaats):
    """Members who agreed to be shown on the public page, and nobody else."""
    return (
        Membership.objects.filter(werkplaats=werkplaats, listed=True, user__is_active=True)
        .select_related("user", "organisation")
        .order_by("user__name")
    )
