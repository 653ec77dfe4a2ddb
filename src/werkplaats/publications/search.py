"""Publications in the search index: published ones only (concept and ter review never)."""

from werkplaats.publications.models import Publication
from werkplaats.search.documents import DocumentType, SearchDocument, markdown_text
from werkplaats.search.registry import register


def publication_document(publication: Publication) -> SearchDocument | None:
    if not publication.is_published:
        return None
    authors = [f"{author.name} {author.affiliation}" for author in publication.authors.all()]
    return SearchDocument(
        type=DocumentType.PUBLICATION,
        kind=publication.kind,
        werkplaatsen=[publication.werkplaats_id],
        themes=[theme.pk for theme in publication.themes.all()],
        year=publication.date.year,
        audiences=publication.audiences,
        title=publication.title,
        summary=publication.summary,
        body="\n".join([markdown_text(publication.body), publication.appeared_in, *authors]),
        url=publication.get_absolute_url(),
        date=publication.date,
    )


def register_publications() -> None:
    register(
        Publication,
        publication_document,
        queryset=lambda: (
            Publication.objects.published()
            .select_related("werkplaats")
            .prefetch_related("themes", "authors")
        ),
        kinds=Publication.Kind.choices,
    )
