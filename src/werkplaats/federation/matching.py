"""Harvested publications in the matching across the network ("In andere werkplaatsen").

The search registry tells the matching index after every ``index_object``/``remove_object``,
so the harvest keeps matching current through the calls it makes for search already.
"""

from django.utils.translation import gettext_lazy as _

from werkplaats.federation.models import HarvestedRecord
from werkplaats.matching.registry import MatchDocument, register

HARVESTED = "harvested"


def register_for_matching() -> None:
    def record_item(record: HarvestedRecord) -> MatchDocument:
        return MatchDocument(
            kind=HARVESTED,
            title=record.title,
            body=record.description,
            themes=record.subject_list,
            werkplaats_id=None,  # not a werkplaats of this installation
            source=record.source.name,  # shown instead of a werkplaats's name
            url=record.url,
            public=not record.deleted and bool(record.title and record.url),
        )

    register(
        HarvestedRecord,
        record_item,
        queryset=lambda: HarvestedRecord.objects.present().select_related("source"),
        kinds={HARVESTED: _("publication elsewhere")},
    )
