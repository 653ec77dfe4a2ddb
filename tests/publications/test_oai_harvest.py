"""A full harvest by an OAI-PMH client library (sickle) from a running server: it receives
every published publication, exactly once, and nothing that is not published.

pytest-django's live_server runs the site in a thread of this process; on SQLite it shares
the in-memory test database with the test, on PostgreSQL the test's data is committed
(transactional_db). Pages of three make the harvest follow several resumption tokens.
"""

import datetime
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from lxml import etree
from sickle import Sickle
from sickle.oaiexceptions import IdDoesNotExist, NoRecordsMatch

from tests.network.factories import ThemeFactory, WerkplaatsFactory
from tests.publications.factories import (
    AuthorFactory,
    PublicationFactory,
    PublicationFileFactory,
)
from tests.publications.test_oai import assert_valid
from werkplaats.publications import oai
from werkplaats.publications.models import Publication

PAGE = 3


@pytest.fixture
def repository(transactional_db, monkeypatch):
    """Eleven published publications in two werkplaatsen, and five that are not published."""
    monkeypatch.setattr(oai, "PAGE_SIZE", PAGE)
    noord = WerkplaatsFactory(slug="noord", name="Werkplaats Noord")
    zuid = WerkplaatsFactory(slug="zuid", name="Werkplaats Zuid")
    theme = ThemeFactory(name="Armoede")
    published = []
    for n in range(11):
        publication = PublicationFactory(
            werkplaats=noord if n % 3 else zuid,
            kind=Publication.Kind.BLOG if n % 2 else Publication.Kind.RAPPORT,
            title=f"Publicatie {n} <over> armoede & schulden",
        )
        AuthorFactory(publication=publication, name=f"Auteur {n}")
        publication.themes.set([theme])
        PublicationFileFactory(publication=publication)
        published.append(publication)
    hidden = [
        PublicationFactory(werkplaats=noord, status=Publication.Status.CONCEPT),
        PublicationFactory(werkplaats=zuid, status=Publication.Status.CONCEPT),
        PublicationFactory(werkplaats=noord, status=Publication.Status.REVIEW),
        PublicationFactory(werkplaats=zuid, status=Publication.Status.REVIEW),
        # Once published, now back to draft.
        PublicationFactory(
            werkplaats=noord,
            status=Publication.Status.CONCEPT,
            published_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
        ),
    ]
    # Some share a datestamp, so that the pages split inside a second.
    same = datetime.datetime(2025, 1, 1, 12, tzinfo=datetime.UTC)
    Publication.objects.filter(pk__in=[p.pk for p in published[:5]]).update(updated=same)
    Publication.objects.filter(pk__in=[p.pk for p in hidden]).update(updated=same)
    return published, hidden


def oai_ids(publications) -> set[str]:
    host = urlsplit(settings.SITE_URL).hostname
    return {f"oai:{host}:publication:{p.uid}" for p in publications}


@pytest.fixture(params=["GET", "POST"])
def sickle(request, live_server):
    return Sickle(f"{live_server.url}{reverse('publications:oai')}", http_method=request.param)


def test_a_full_harvest_of_records_gets_every_published_publication_once(repository, sickle):
    published, _hidden = repository
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))

    harvested = [record.header.identifier for record in records]
    assert len(harvested) == len(set(harvested)) == len(published)
    assert set(harvested) == oai_ids(published)
    for record in records:
        assert not record.deleted
        assert record.metadata["title"][0].endswith("<over> armoede & schulden")
        assert record.metadata["subject"] == ["Armoede"]
        assert record.metadata["format"] == ["application/pdf"]


def test_a_full_harvest_of_identifiers_gets_every_published_publication_once(repository, sickle):
    published, _hidden = repository
    harvested = [header.identifier for header in sickle.ListIdentifiers(metadataPrefix="oai_dc")]
    assert len(harvested) == len(published)
    assert set(harvested) == oai_ids(published)


def test_every_page_of_the_harvest_is_schema_valid(repository, sickle):
    published, _hidden = repository
    pages = 0
    response = sickle.ListRecords(metadataPrefix="oai_dc").oai_response
    while True:
        pages += 1
        root = etree.fromstring(response.raw.encode())
        assert_valid(root)
        token = root.findtext(".//{http://www.openarchives.org/OAI/2.0/}resumptionToken")
        if not token:
            break
        response = sickle.harvest(verb="ListRecords", resumptionToken=token)
    assert pages == -(-len(published) // PAGE)


def test_harvesting_a_set_gets_only_that_werkplaats(repository, sickle):
    published, _hidden = repository
    harvested = {
        header.identifier
        for header in sickle.ListIdentifiers(metadataPrefix="oai_dc", set="werkplaats:noord")
    }
    assert harvested == oai_ids(p for p in published if p.werkplaats.slug == "noord")


def test_identify_sets_and_formats_through_the_client(repository, sickle):
    identify = sickle.Identify()
    assert identify.repositoryName == "Werkplaatsen Sociaal Domein"
    assert identify.deletedRecord == "no"
    specs = {s.setSpec for s in sickle.ListSets()}
    assert {"werkplaats:noord", "werkplaats:zuid", "kind:rapport"} <= specs
    assert [f.metadataPrefix for f in sickle.ListMetadataFormats()] == ["oai_dc"]


def test_unpublished_publications_cannot_be_fetched_one_by_one(repository, sickle):
    published, hidden = repository
    record = sickle.GetRecord(
        identifier=next(iter(oai_ids(published[:1]))), metadataPrefix="oai_dc"
    )
    assert record.header.identifier in oai_ids(published)
    for identifier in oai_ids(hidden):
        with pytest.raises(IdDoesNotExist):
            sickle.GetRecord(identifier=identifier, metadataPrefix="oai_dc")


def test_a_harvest_from_after_the_last_change_finds_nothing(repository, sickle):
    with pytest.raises(NoRecordsMatch):
        list(sickle.ListIdentifiers(metadataPrefix="oai_dc", **{"from": "2999-01-01"}))
