"""Harvesting a source: full and incremental runs, deletions, idempotency and failures."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.federation import oai_xml
from tests.federation.factories import HarvestSourceFactory
from tests.publications.factories import AuthorFactory, PublicationFactory
from werkplaats.federation import services
from werkplaats.federation.models import HarvestedRecord, HarvestSource
from werkplaats.federation.oai_client import HarvestError
from werkplaats.federation.services import harvest_source
from werkplaats.lib.mail import absolute_url
from werkplaats.publications import oai
from werkplaats.publications.models import Publication
from werkplaats.search.models import SearchEntry

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
FIRST = datetime.datetime(2026, 2, 1, 10, tzinfo=UTC)  # oai_xml.RESPONSE_DATE


@pytest.fixture
def source(no_network):
    return HarvestSourceFactory(name="Werkplaats Elders")


@pytest.fixture
def fake():
    return oai_xml.FakeSource()


def titles(source) -> dict[int, str]:
    return {
        int(row.identifier.rsplit(":", 1)[1]): row.title
        for row in source.records.present().order_by("identifier")
    }


def harvested_entries() -> int:
    return SearchEntry.objects.exclude(source="").count()


def test_a_first_harvest_is_full_follows_the_tokens_and_stores_every_record(source, fake):
    fake.pages = [
        oai_xml.list_records([oai_xml.record(1), oai_xml.record(2)], token="page-2"),
        oai_xml.list_records([oai_xml.record(3)], token=""),
    ]

    result = harvest_source(source=source, fetch=fake)

    assert (result.new, result.updated, result.deleted, result.error) == (3, 0, 0, "")
    assert result.full
    assert fake.list_requests() == [
        {"verb": "ListRecords", "metadataPrefix": "oai_dc"},
        {"verb": "ListRecords", "resumptionToken": "page-2"},
    ]
    assert set(titles(source)) == {1, 2, 3}
    assert harvested_entries() == 3
    source.refresh_from_db()
    assert source.harvested_from == FIRST
    assert source.last_full_harvest == FIRST
    assert source.granularity == "YYYY-MM-DDThh:mm:ssZ"
    assert source.deleted_record == "no"
    assert source.last_error == ""
    assert source.last_result == "3 new, 0 updated, 0 deleted, 0 unchanged (full)"
    assert source.running_since is None


def test_a_record_keeps_what_its_dublin_core_says(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(1, title="Schulden & de wijk")])]

    harvest_source(source=source, fetch=fake)

    record = HarvestedRecord.objects.get()
    assert record.source == source
    assert record.identifier == "oai:elders.example.org:publication:1"
    assert record.datestamp == datetime.datetime(2026, 1, 15, 12, tzinfo=UTC)
    assert record.title == "Schulden & de wijk"
    assert record.description == "Hoe het wijkteam vroeg signaleert."
    assert record.creator_list == ["Auteur Een", "Auteur Twee"]
    assert record.subject_list == ["Armoede"]
    assert record.publisher == "Werkplaats Elders"
    assert record.date == datetime.date(2025, 6, 1)
    assert record.type == "Handreiking; Text"
    assert record.kind == Publication.Kind.HANDREIKING
    assert record.language == "nl"
    assert record.url == "https://elders.example.org/publicaties/1/"
    assert record.metadata["creator"] == ["Auteur Een", "Auteur Twee"]


@pytest.mark.parametrize(
    ("dc", "field", "expected"),
    [
        ({"type": ["guide"]}, "kind", Publication.Kind.HANDREIKING),
        ({"type": ["Text", "blog"]}, "kind", Publication.Kind.BLOG),
        ({"type": ["Dataset"]}, "kind", ""),
        ({"date": ["2024"]}, "date", datetime.date(2024, 1, 1)),
        ({"date": ["2024-05"]}, "date", datetime.date(2024, 5, 1)),
        ({"date": ["ergens in 2024", "2023-02-30"]}, "date", None),
        (
            {"identifier": ["urn:isbn:9789012345678", "https://elders.example.org/p/"]},
            "url",
            "https://elders.example.org/p/",
        ),
        ({"identifier": ["javascript:alert(1)", "ftp://elders.example.org/p"]}, "url", ""),
    ],
)
def test_kind_date_and_address_are_read_from_what_the_source_gives(
    source, fake, dc, field, expected
):
    fake.pages = [oai_xml.list_records([oai_xml.record(1, **dc)])]

    harvest_source(source=source, fetch=fake)

    assert getattr(HarvestedRecord.objects.get(), field) == expected


def test_the_metadata_kept_with_a_record_stays_small(source, fake):
    many = [f"Auteur {n}" for n in range(40)]
    fake.pages = [oai_xml.list_records([oai_xml.record(1, creator=many, description=["x" * 4000])])]

    harvest_source(source=source, fetch=fake)

    record = HarvestedRecord.objects.get()
    assert len(record.metadata["creator"]) == 20
    assert len(record.metadata["description"][0]) == 1000
    assert len(record.creator_list) == 40  # what is shown and searched is not cut
    assert len(record.description) == 4000


def test_the_next_harvest_asks_for_what_changed_from_the_last_one(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(1), oai_xml.record(2)])]
    harvest_source(source=source, fetch=fake)
    later = "2026-02-01T11:00:00Z"
    fake.identify_answer = oai_xml.identify(response_date=later)
    fake.pages = [
        oai_xml.list_records(
            [oai_xml.record(2, title="Nieuwe titel", datestamp="2026-02-01T10:30:00Z")],
            response_date=later,
        )
    ]

    result = harvest_source(source=source, fetch=fake)

    assert fake.list_requests()[-1] == {
        "verb": "ListRecords",
        "metadataPrefix": "oai_dc",
        "from": "2026-02-01T10:00:00Z",
    }
    assert not result.full
    assert (result.new, result.updated, result.unchanged) == (0, 1, 0)
    assert titles(source) == {1: "Schulden in de wijk 1", 2: "Nieuwe titel"}
    source.refresh_from_db()
    assert source.harvested_from == datetime.datetime(2026, 2, 1, 11, tzinfo=UTC)
    assert source.last_full_harvest == FIRST  # this one was not full


def test_from_is_a_day_for_a_source_with_the_granularity_of_days(source, fake):
    fake.identify_answer = oai_xml.identify(granularity="YYYY-MM-DD")
    fake.pages = [oai_xml.list_records([oai_xml.record(1)]), oai_xml.error("noRecordsMatch")]
    harvest_source(source=source, fetch=fake)
    harvest_source(source=source, fetch=fake)

    assert fake.list_requests()[-1]["from"] == "2026-02-01"


def test_harvesting_the_same_records_again_changes_nothing(source, fake):
    page = oai_xml.list_records([oai_xml.record(n) for n in (1, 2, 3)])
    fake.pages = [page]
    harvest_source(source=source, fetch=fake)
    before = list(HarvestedRecord.objects.order_by("pk").values())
    entries = list(SearchEntry.objects.order_by("pk").values_list("pk", "title"))
    fake.pages = [page]

    result = harvest_source(source=source, fetch=fake, full=True)

    assert (result.new, result.updated, result.deleted, result.unchanged) == (0, 0, 0, 3)
    assert list(HarvestedRecord.objects.order_by("pk").values()) == before
    assert list(SearchEntry.objects.order_by("pk").values_list("pk", "title")) == entries


def test_a_record_given_twice_in_one_harvest_is_stored_once(source, fake):
    fake.pages = [
        oai_xml.list_records([oai_xml.record(1)], token="t"),
        oai_xml.list_records([oai_xml.record(1, title="Later")]),
    ]

    result = harvest_source(source=source, fetch=fake)

    assert (result.new, result.updated) == (1, 1)
    assert titles(source) == {1: "Later"}


def test_a_deleted_header_marks_the_record_deleted_and_takes_it_out_of_search(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(1), oai_xml.record(2)])]
    harvest_source(source=source, fetch=fake)
    fake.pages = [
        oai_xml.list_records(
            [
                oai_xml.record(1, deleted=True, datestamp="2026-02-01T10:10:00Z"),
                oai_xml.record(9, deleted=True),
            ]
        )
    ]

    result = harvest_source(source=source, fetch=fake)

    assert (result.new, result.deleted) == (0, 1)  # 9 we never had: nothing to do
    gone = HarvestedRecord.objects.get(identifier__endswith=":1")
    assert gone.deleted
    assert gone.datestamp == datetime.datetime(2026, 2, 1, 10, 10, tzinfo=UTC)
    assert set(titles(source)) == {2}
    assert harvested_entries() == 1
    assert not HarvestedRecord.objects.filter(identifier__endswith=":9").exists()


def test_a_deleted_record_that_comes_back_is_present_again(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(1, deleted=True), oai_xml.record(2)])]
    harvest_source(source=source, fetch=fake)
    fake.pages = [oai_xml.list_records([oai_xml.record(1)])]
    harvest_source(source=source, fetch=fake)
    HarvestedRecord.objects.filter(identifier__endswith=":2").update(deleted=True)
    fake.pages = [oai_xml.list_records([oai_xml.record(2)])]

    result = harvest_source(source=source, fetch=fake)

    assert result.updated == 1
    assert set(titles(source)) == {1, 2}


def test_a_full_harvest_marks_what_the_source_no_longer_gives_as_deleted(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(n) for n in (1, 2, 3)])]
    harvest_source(source=source, fetch=fake)
    fake.pages = [
        oai_xml.list_records([oai_xml.record(1)], token="t"),
        oai_xml.list_records([oai_xml.record(3)]),
    ]

    result = harvest_source(source=source, fetch=fake, full=True)

    assert (result.deleted, result.unchanged) == (1, 2)
    assert set(titles(source)) == {1, 3}
    assert harvested_entries() == 2


def test_an_incremental_harvest_leaves_records_it_was_not_given(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(n) for n in (1, 2, 3)])]
    harvest_source(source=source, fetch=fake)
    fake.pages = [oai_xml.error("noRecordsMatch")]

    result = harvest_source(source=source, fetch=fake)

    assert not result.full
    assert result.summary() == "0 new, 0 updated, 0 deleted, 0 unchanged (incremental)"
    assert set(titles(source)) == {1, 2, 3}


def test_a_full_harvest_that_finds_nothing_marks_everything_deleted(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(1)])]
    harvest_source(source=source, fetch=fake)
    fake.pages = [oai_xml.error("noRecordsMatch")]

    result = harvest_source(source=source, fetch=fake, full=True)

    assert result.deleted == 1
    assert titles(source) == {}


@pytest.mark.parametrize(
    ("deleted_record", "hours_later", "full"),
    [("no", 25, True), ("transient", 25, True), ("no", 2, False), ("persistent", 25, False)],
)
def test_sources_that_keep_no_deletions_get_a_full_harvest_once_a_day(
    source, fake, deleted_record, hours_later, full
):
    fake.identify_answer = oai_xml.identify(deleted=deleted_record)
    fake.pages = [oai_xml.list_records([oai_xml.record(1)])]
    harvest_source(source=source, fetch=fake)
    later = FIRST + datetime.timedelta(hours=hours_later)
    fake.identify_answer = oai_xml.identify(
        deleted=deleted_record, response_date=later.strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    fake.pages = [oai_xml.error("noRecordsMatch")]

    result = harvest_source(source=source, fetch=fake)

    assert result.full is full
    assert ("from" not in fake.list_requests()[-1]) is full


# Failures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (HarvestError("The source answered with HTTP status 503."), "HTTP status 503"),
        (b"<OAI-PMH><ListRecords><record>", "not valid XML"),
        (oai_xml.error("badResumptionToken", "Expired."), "badResumptionToken"),
    ],
)
def test_a_failing_page_keeps_the_whole_pages_before_and_the_reason_on_the_source(
    source, fake, failure, message
):
    fake.pages = [oai_xml.list_records([oai_xml.record(1)], token="t"), failure]

    result = harvest_source(source=source, fetch=fake)

    assert message in result.error
    assert result.summary().startswith("failed after 1 new, 0 updated")
    assert set(titles(source)) == {1}  # the first page, whole
    source.refresh_from_db()
    assert message in source.last_error
    assert source.last_run is not None
    assert source.harvested_from is None  # the next run asks for everything again
    assert source.last_full_harvest is None
    assert source.running_since is None


def test_a_failure_keeps_the_place_of_the_last_successful_harvest(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(1)])]
    harvest_source(source=source, fetch=fake)
    fake.identify_answer = HarvestError("The source could not be reached (refused).")

    result = harvest_source(source=source, fetch=fake)

    assert result.error == "The source could not be reached (refused)."
    source.refresh_from_db()
    assert source.harvested_from == FIRST
    assert source.last_error == "The source could not be reached (refused)."
    fake.identify_answer = oai_xml.identify()
    fake.pages = [oai_xml.error("noRecordsMatch")]
    harvest_source(source=source, fetch=fake)
    source.refresh_from_db()
    assert source.last_error == ""
    assert fake.list_requests()[-1]["from"] == "2026-02-01T10:00:00Z"


def test_a_page_that_cannot_be_stored_is_not_stored_at_all(source, fake, monkeypatch):
    """A page is one transaction: when writing its second record fails, its first is not
    kept either."""
    fake.pages = [
        oai_xml.list_records([oai_xml.record(1)], token="t"),
        oai_xml.list_records([oai_xml.record(2), oai_xml.record(3)]),
    ]
    real_index = services.index_object

    def index_object(row):
        if row.identifier.endswith(":3"):
            raise RuntimeError("the disk is full")
        return real_index(row)

    monkeypatch.setattr(services, "index_object", index_object)

    with pytest.raises(RuntimeError):
        harvest_source(source=source, fetch=fake)

    assert set(titles(source)) == {1}
    assert harvested_entries() == 1
    source.refresh_from_db()
    assert source.running_since is None
    assert source.harvested_from is None


def test_the_same_resumption_token_twice_stops_the_harvest(source, fake):
    fake.pages = [oai_xml.list_records([oai_xml.record(n)], token="again") for n in (1, 2, 3)]

    result = harvest_source(source=source, fetch=fake)

    assert "same resumption token twice" in result.error
    assert len(fake.list_requests()) == 2


def test_a_harvest_that_takes_too_long_stops_between_pages(source, fake, monkeypatch):
    monkeypatch.setattr(services, "MAX_RUN_SECONDS", -1)
    fake.pages = [oai_xml.list_records([oai_xml.record(1)], token="t")]

    result = harvest_source(source=source, fetch=fake)

    assert "took longer than" in result.error
    assert set(titles(source)) == {1}


def test_a_source_being_harvested_is_not_harvested_twice_at_once(source, fake):
    HarvestSource.objects.filter(pk=source.pk).update(running_since=timezone.now())

    result = harvest_source(source=source, fetch=fake)

    assert result.busy
    assert result.summary() == "skipped: another harvest of this source is running"
    assert fake.asked == []


def test_a_run_that_died_long_ago_does_not_block_the_source(source, fake):
    HarvestSource.objects.filter(pk=source.pk).update(
        running_since=timezone.now() - datetime.timedelta(hours=2)
    )
    fake.pages = [oai_xml.list_records([oai_xml.record(1)])]

    result = harvest_source(source=source, fetch=fake)

    assert not result.busy
    assert result.new == 1


def test_a_source_cannot_be_this_installations_own_endpoint(settings):
    own = f"{settings.SITE_URL}{reverse('publications:oai')}"
    with pytest.raises(ValidationError) as raised:
        HarvestSource(name="Wij zelf", base_url=own).full_clean()
    assert "base_url" in raised.value.message_dict
    with pytest.raises(ValidationError):
        HarvestSource(name="Geen web", base_url="ftp://elders.example.org/oai/").full_clean()


# Against our own provider ----------------------------------------------------------------------


def test_a_harvest_of_our_own_provider_gets_every_published_publication(source, monkeypatch):
    """The other side is a Werkplaats installation: our own OAI-PMH endpoint, answered by the
    test client, in pages of two."""
    monkeypatch.setattr(oai, "PAGE_SIZE", 2)
    published = [PublicationFactory(title=f"Gepubliceerd {n}") for n in range(5)]
    AuthorFactory(publication=published[0], name="Fatima el Amrani")
    PublicationFactory(title="Nog een concept", status=Publication.Status.CONCEPT)
    client = Client()
    asked = []

    def fetch(base_url, params):
        asked.append(params)
        return client.get(reverse("publications:oai"), params).content

    result = harvest_source(source=source, fetch=fetch)

    assert (result.new, result.error) == (5, "")
    assert len([params for params in asked if params["verb"] == "ListRecords"]) == 3
    records = {record.title: record for record in source.records.all()}
    assert set(records) == {f"Gepubliceerd {n}" for n in range(5)}
    first = records["Gepubliceerd 0"]
    assert first.url == absolute_url(published[0].get_absolute_url())
    assert first.creator_list == ["Fatima el Amrani"]
    assert first.kind == Publication.Kind.HANDREIKING
    assert first.publisher == published[0].werkplaats.name
    assert first.date == published[0].date

    again = harvest_source(source=source, fetch=fetch, full=True)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 5)
