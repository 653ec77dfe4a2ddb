"""RSS 2.0 and Atom 1.0 feeds of publications and news, national and per werkplaats."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from lxml import etree

from tests.helpers import assert_same_cost, nl
from tests.network.factories import ThemeFactory, WerkplaatsFactory
from tests.publications.factories import AuthorFactory, NewsItemFactory, PublicationFactory
from werkplaats.pages.models import NewsItem
from werkplaats.publications.models import Publication

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
UTC = datetime.UTC


def at(day: int, hour: int = 12) -> datetime.datetime:
    return datetime.datetime(2025, 3, day, hour, tzinfo=UTC)


def rss(url):
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = etree.fromstring(response.content)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    return root.find("channel")


def atom(url):
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    root = etree.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def rss_titles(channel) -> list[str]:
    return [item.findtext("title") for item in channel.iterfind("item")]


def atom_titles(feed) -> list[str]:
    return [entry.findtext(f"{ATOM}title") for entry in feed.iterfind(f"{ATOM}entry")]


@pytest.fixture
def content(werkplaats_a, werkplaats_b):
    """Published and unpublished publications and news in A and B, at known moments."""
    return {
        "pub_a": PublicationFactory(werkplaats=werkplaats_a, title="A rapport", published_at=at(3)),
        "pub_a_old": PublicationFactory(
            werkplaats=werkplaats_a,
            title="A oud boek",
            published_at=None,
            date=datetime.date(2025, 3, 1),
        ),
        "news_a": NewsItemFactory(werkplaats=werkplaats_a, title="A nieuws", published_at=at(2)),
        "pub_b": PublicationFactory(werkplaats=werkplaats_b, title="B blog", published_at=at(4)),
        "news_b": NewsItemFactory(werkplaats=werkplaats_b, title="B nieuws", published_at=at(5)),
        "draft": PublicationFactory(
            werkplaats=werkplaats_a, title="A concept", status=Publication.Status.CONCEPT
        ),
        "review": PublicationFactory(
            werkplaats=werkplaats_a, title="A in review", status=Publication.Status.REVIEW
        ),
        "news_draft": NewsItemFactory(
            werkplaats=werkplaats_a,
            title="A nieuwsconcept",
            status=NewsItem.Status.CONCEPT,
            published_at=None,
        ),
    }


NATIONAL_ORDER = ["B nieuws", "B blog", "A rapport", "A nieuws", "A oud boek"]


def test_national_rss_has_published_items_of_every_werkplaats_newest_first(content):
    channel = rss(reverse("publications:rss_national"))
    assert rss_titles(channel) == NATIONAL_ORDER
    assert channel.findtext("language") == "nl"
    assert channel.findtext("title") == nl(
        "Publications and news of the Werkplaatsen Sociaal Domein"
    )


def test_national_atom_has_published_items_of_every_werkplaats_newest_first(content):
    feed = atom(reverse("publications:atom_national"))
    assert atom_titles(feed) == NATIONAL_ORDER
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"


def test_a_werkplaats_feed_has_only_its_own_published_items(content, werkplaats_a):
    channel = rss(reverse("publications:rss", kwargs={"slug": werkplaats_a.slug}))
    assert rss_titles(channel) == ["A rapport", "A nieuws", "A oud boek"]
    feed = atom(reverse("publications:atom", kwargs={"slug": werkplaats_a.slug}))
    assert atom_titles(feed) == ["A rapport", "A nieuws", "A oud boek"]
    assert werkplaats_a.name in channel.findtext("title")


@pytest.mark.parametrize("name", ["publications:rss", "publications:atom"])
def test_an_unknown_werkplaats_has_no_feed(db, name):
    assert Client().get(reverse(name, kwargs={"slug": "onbekend"})).status_code == 404


def test_a_werkplaats_without_anything_published_has_an_empty_feed(content, db):
    empty = WerkplaatsFactory(slug="leeg")
    assert rss_titles(rss(reverse("publications:rss", kwargs={"slug": empty.slug}))) == []
    assert atom_titles(atom(reverse("publications:atom", kwargs={"slug": empty.slug}))) == []


def test_rss_items_carry_link_summary_date_authors_categories_and_a_stable_id(db, settings):
    publication = PublicationFactory(
        werkplaats__slug="noord",
        slug="armoede",
        title="Armoede",
        summary="Wat werkt bij schulden.",
        kind=Publication.Kind.RAPPORT,
        published_at=at(3, 9),
    )
    AuthorFactory(publication=publication, name="Jansen", position=1)
    AuthorFactory(publication=publication, name="De Vries", position=0)
    publication.themes.set([ThemeFactory(name="Schulden")])

    (item,) = rss(reverse("publications:rss_national")).iterfind("item")

    link = f"{settings.SITE_URL}/werkplaatsen/noord/publicaties/armoede/"
    assert item.findtext("link") == link
    assert "Wat werkt bij schulden." in item.findtext("description")
    assert item.findtext("pubDate") == "Mon, 03 Mar 2025 09:00:00 +0000"
    assert item.findtext(f"{DC}creator") == "De Vries, Jansen"
    with translation.override("nl"):
        kind = str(Publication.Kind.RAPPORT.label)
    assert [c.text for c in item.iterfind("category")] == [kind, "Schulden"]
    guid = item.find("guid")
    assert guid.text == f"urn:uuid:{publication.uid}"
    assert guid.get("isPermaLink") == "false"


def test_atom_entries_carry_link_summary_dates_authors_categories_and_a_stable_id(db, settings):
    publication = PublicationFactory(
        werkplaats__slug="noord", slug="armoede", title="Armoede", published_at=at(3, 9)
    )
    AuthorFactory(publication=publication, name="De Vries")
    news = NewsItemFactory(werkplaats=publication.werkplaats, slug="start", published_at=at(2))

    feed = atom(reverse("publications:atom_national"))
    first, second = feed.iterfind(f"{ATOM}entry")

    assert first.find(f"{ATOM}link").get("href") == (
        f"{settings.SITE_URL}/werkplaatsen/noord/publicaties/armoede/"
    )
    assert first.findtext(f"{ATOM}id") == f"urn:uuid:{publication.uid}"
    assert first.findtext(f"{ATOM}published") == "2025-03-03T09:00:00+00:00"
    assert first.findtext(f"{ATOM}updated")  # required by Atom
    assert first.findtext(f"{ATOM}author/{ATOM}name") == "De Vries"
    assert first.find(f"{ATOM}summary").get("type") == "html"
    assert second.findtext(f"{ATOM}id") == f"{settings.SITE_URL}{news.get_absolute_url()}"
    assert [c.get("term") for c in second.iterfind(f"{ATOM}category")] == [nl("News")]


def test_a_publication_without_a_publishing_moment_is_dated_by_its_date(db):
    PublicationFactory(title="Oud", published_at=None, date=datetime.date(2024, 6, 1))
    (item,) = rss(reverse("publications:rss_national")).iterfind("item")
    assert item.findtext("pubDate") == "Sat, 01 Jun 2024 00:00:00 +0000"


@pytest.mark.parametrize("name", ["publications:rss_national", "publications:atom_national"])
def test_titles_and_summaries_with_markup_characters_come_through_as_text(db, name):
    PublicationFactory(title="Armoede <en> schulden & \x0bzorg", summary="<b>Vet</b> & \x01meer")
    NewsItemFactory(title="Nieuws <script>alert(1)</script>")

    response = Client().get(reverse(name))
    root = etree.fromstring(response.content)

    if name.endswith("atom_national"):
        titles = atom_titles(root)
        summaries = [e.text for e in root.iterfind(f"{ATOM}entry/{ATOM}summary")]
    else:
        titles = rss_titles(root.find("channel"))
        summaries = [e.text for e in root.iterfind("channel/item/description")]
    assert sorted(titles) == ["Armoede <en> schulden & zorg", "Nieuws <script>alert(1)</script>"]
    # The summary is HTML in both formats: the plain text arrives escaped, never as markup.
    assert "<p>&lt;b&gt;Vet&lt;/b&gt; &amp; meer</p>" in summaries
    assert b"<script>" not in response.content


def test_a_feed_holds_the_latest_fifty_items(db):
    for day in range(1, 31):
        PublicationFactory(published_at=at(day, 10))
        NewsItemFactory(published_at=at(day, 11))
    items = list(rss(reverse("publications:rss_national")).iterfind("item"))
    assert len(items) == 50
    first_date = items[-1].findtext("pubDate")
    # 60 items over 30 days, the newest 50 run back to day 6 at 10:00.
    assert first_date == "Thu, 06 Mar 2025 10:00:00 +0000"


@pytest.mark.parametrize(
    ("name", "per_werkplaats"),
    [
        ("publications:rss_national", False),
        ("publications:atom_national", False),
        ("publications:rss", True),
        ("publications:atom", True),
    ],
)
def test_feeds_cost_the_same_for_many_items(db, client, werkplaats_a, name, per_werkplaats):
    theme = ThemeFactory()

    def add(count):
        for _ in range(count):
            publication = PublicationFactory(werkplaats=werkplaats_a)
            AuthorFactory(publication=publication)
            publication.themes.set([theme])
            NewsItemFactory(werkplaats=werkplaats_a)

    url = reverse(name, kwargs={"slug": werkplaats_a.slug} if per_werkplaats else {})
    assert_same_cost(client, url, add)
