"""Harvested publications in the search index: found like our own, shown "from" their source
and linking to their page at the source. Deleted ones, and ones without a title or a web
address to link to, are not indexed."""

from werkplaats.federation.models import HarvestedRecord
from werkplaats.network.models import Theme
from werkplaats.publications.models import Publication
from werkplaats.search.documents import DocumentType, SearchDocument
from werkplaats.search.registry import register


def harvested_record_document(record: HarvestedRecord) -> SearchDocument | None:
    if record.deleted or not record.title or not record.url:
        return None
    subjects = record.subject_list
    # A theme with the same name here joins the theme filter (themes are national).
    themes = (
        list(Theme.objects.filter(name__in=subjects).values_list("pk", flat=True))
        if subjects
        else []
    )
    return SearchDocument(
        type=DocumentType.PUBLICATION,
        kind=record.kind,
        themes=themes,
        year=record.date.year if record.date else None,
        title=record.title,
        summary=record.description,
        body="\n".join([*record.creator_list, *subjects, record.publisher, record.type]),
        url=record.url,
        date=record.date,
        source=record.source.name,
    )


def register_harvested_records() -> None:
    register(
        HarvestedRecord,
        harvested_record_document,
        queryset=lambda: HarvestedRecord.objects.present().select_related("source"),
        kinds=Publication.Kind.choices,
    )
