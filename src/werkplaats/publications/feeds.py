"""RSS 2.0 and Atom 1.0 feeds: the latest publications and news, national and per werkplaats."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import DateTimeField, Prefetch
from django.db.models.functions import Cast, Coalesce
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import feedgenerator, translation
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _

from werkplaats.lib.mail import absolute_url
from werkplaats.network.models import Werkplaats
from werkplaats.pages.models import NewsItem
from werkplaats.publications.models import Author, Publication
from werkplaats.publications.oai_records import xml_text

FEED_SIZE = 50


@dataclass
class Entry:
    """One item of a feed, a publication or a news item alike."""

    title: str
    link: str
    summary: str
    pubdate: datetime.datetime
    updated: datetime.datetime
    guid: str
    guid_is_permalink: bool
    authors: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


def _publication_entries(werkplaats) -> list[Entry]:
    publications = Publication.objects.published()
    if werkplaats is not None:
        publications = publications.filter(werkplaats=werkplaats)
    publications = (
        publications.select_related("werkplaats")
        .prefetch_related(
            Prefetch("authors", queryset=Author.objects.order_by("position", "id")), "themes"
        )
        # Published through the workflow: the moment it went public; otherwise its date.
        .annotate(feed_date=Coalesce("published_at", Cast("date", DateTimeField())))
        .order_by("-feed_date", "-id")[:FEED_SIZE]
    )
    return [
        Entry(
            title=p.title,
            link=absolute_url(p.get_absolute_url()),
            summary=p.summary,
            pubdate=p.feed_date,
            updated=max(p.updated, p.feed_date),
            # Stable whatever happens to the title or the address.
            guid=f"urn:uuid:{p.uid}",
            guid_is_permalink=False,
            authors=[author.name for author in p.authors.all()],
            categories=[p.get_kind_display(), *(theme.name for theme in p.themes.all())],
        )
        for p in publications
    ]


def _news_entries(werkplaats) -> list[Entry]:
    news = NewsItem.objects.published()
    if werkplaats is not None:
        news = news.filter(werkplaats=werkplaats)
    news = (
        news.select_related("werkplaats", "author")
        .annotate(feed_date=Coalesce("published_at", "created"))
        .order_by("-feed_date", "-id")[:FEED_SIZE]
    )
    return [
        Entry(
            title=item.title,
            link=absolute_url(item.get_absolute_url()),
            summary=item.summary,
            pubdate=item.feed_date,
            updated=max(item.updated, item.feed_date),
            guid=absolute_url(item.get_absolute_url()),
            guid_is_permalink=True,
            authors=[item.author.name] if item.author and item.author.name else [],
            categories=[_("News")],
        )
        for item in news
    ]


class RssFeed(Feed):
    """Publications and news, newest first; ``slug`` narrows it to one werkplaats."""

    feed_type = feedgenerator.Rss201rev2Feed
    language = "nl"
    url_names = ("publications:rss_national", "publications:rss")

    def __call__(self, request, *args, **kwargs):
        # The feed says it is Dutch, so its texts are, whatever the visitor's language.
        with translation.override(settings.LANGUAGE_CODE):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, slug=None):
        if slug is None:
            return None
        return get_object_or_404(Werkplaats, slug=slug)

    def title(self, werkplaats):
        if werkplaats is None:
            return _("Publications and news of the Werkplaatsen Sociaal Domein")
        return _("Publications and news of %(name)s") % {"name": werkplaats.name}

    def description(self, werkplaats):
        return _("The latest publications and news items.")

    def subtitle(self, werkplaats):
        return self.description(werkplaats)

    def link(self, werkplaats):
        if werkplaats is None:
            return absolute_url(reverse("publications:national"))
        return absolute_url(reverse("publications:list", kwargs={"slug": werkplaats.slug}))

    def feed_url(self, werkplaats):
        national, per_werkplaats = self.url_names
        if werkplaats is None:
            return absolute_url(reverse(national))
        return absolute_url(reverse(per_werkplaats, kwargs={"slug": werkplaats.slug}))

    def items(self, werkplaats):
        entries = _publication_entries(werkplaats) + _news_entries(werkplaats)
        entries.sort(key=lambda entry: entry.pubdate, reverse=True)
        return entries[:FEED_SIZE]

    # Titles are plain text (Atom says so); the feed generator escapes them once.
    def item_title(self, entry):
        return xml_text(entry.title)

    def item_description(self, entry):
        # A description is HTML in RSS and in Atom's summary: escape the plain summary.
        return linebreaks(escape(xml_text(entry.summary)))

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.guid

    def item_guid_is_permalink(self, entry):
        return entry.guid_is_permalink

    def item_pubdate(self, entry):
        return entry.pubdate

    def item_updateddate(self, entry):
        return entry.updated

    def item_author_name(self, entry):
        return xml_text(", ".join(entry.authors)) or None

    def item_categories(self, entry):
        return [xml_text(category) for category in entry.categories]


class AtomFeed(RssFeed):
    feed_type = feedgenerator.Atom1Feed
    url_names = ("publications:atom_national", "publications:atom")
