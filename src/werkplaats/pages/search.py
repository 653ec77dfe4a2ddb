"""News in the search index: published items only."""

from django.utils import timezone

from werkplaats.pages.models import NewsItem
from werkplaats.search.documents import DocumentType, SearchDocument, markdown_text
from werkplaats.search.registry import register


def news_document(item: NewsItem) -> SearchDocument | None:
    if not item.is_published:
        return None
    published = timezone.localdate(item.published_at)
    return SearchDocument(
        type=DocumentType.NEWS,
        werkplaatsen=[item.werkplaats_id],
        year=published.year,
        title=item.title,
        summary=item.summary,
        body=markdown_text(item.body),
        url=item.get_absolute_url(),
        date=published,
    )


def register_news() -> None:
    register(
        NewsItem,
        news_document,
        queryset=lambda: NewsItem.objects.published().select_related("werkplaats"),
    )
