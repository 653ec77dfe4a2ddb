"""Harvested publications in the one search: found, shown "from" their source, linking there."""

import pytest
from django.urls import reverse

from tests.federation import oai_xml
from tests.federation.factories import HarvestedRecordFactory, HarvestSourceFactory
from tests.helpers import nl
from tests.network.factories import ThemeFactory
from werkplaats.federation.services import (
    harvest_source,
    harvest_source_delete,
    harvest_source_save,
)
from werkplaats.search.models import SearchEntry
from werkplaats.search.registry import index_object, rebuild

pytestmark = pytest.mark.django_db
URL = reverse("search:search")
TITLE = "Schuldhulp aan de keukentafel"


def from_source(name: str) -> str:
    return nl("from %(source)s") % {"source": name}


def search(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def harvested(no_network):
    source = HarvestSourceFactory(name="Werkplaats Noord-Holland Noord")
    fake = oai_xml.FakeSource()
    fake.pages = [
        oai_xml.list_records(
            [
                oai_xml.record(1, title=TITLE),
                oai_xml.record(2, title="Mantelzorg zonder adres", identifier=["urn:nbn:1"]),
            ]
        )
    ]
    harvest_source(source=source, fetch=fake)
    return source


def test_a_search_finds_a_harvested_publication_with_its_source_and_link(client, harvested):
    content = search(client, q="keukentafel")

    link = '<a class="utrecht-link" href="https://elders.example.org/publicaties/1/">'
    assert f"{link}Schuldhulp aan de keukentafel</a>" in content
    assert from_source("Werkplaats Noord-Holland Noord") in content
    assert nl("Publication") in content
    assert 'datetime="2025-06-01"' in content


def test_a_harvested_publication_without_a_web_address_is_not_found(client, harvested):
    assert "Mantelzorg zonder adres" not in search(client, q="mantelzorg")
    assert SearchEntry.objects.filter(source=harvested.name).count() == 1


def test_harvested_publications_are_found_by_kind_and_year_like_our_own(client, harvested):
    found = search(client, q="schuldhulp", soort="handreiking", jaar="2025")
    assert TITLE in found
    assert TITLE not in search(client, q="schuldhulp", soort="blog")


def test_a_theme_with_the_same_name_here_filters_harvested_publications(client, no_network):
    theme = ThemeFactory(name="Armoede", slug="armoede")
    record = HarvestedRecordFactory(title="Rondkomen in de wijk", subjects="Armoede\nWonen")
    index_object(record)

    assert "Rondkomen in de wijk" in search(client, q="rondkomen", thema=theme.slug)


def test_what_a_source_writes_is_shown_as_text_never_as_markup(client, no_network):
    record = HarvestedRecordFactory(
        title='Wijkteams <script>alert("x")</script>', description="<b>vet</b> en eerlijk"
    )
    index_object(record)

    content = search(client, q="wijkteams")
    assert "<script>alert" not in content
    assert "&lt;script&gt;" in content
    assert "<b>vet</b>" not in content


def test_a_deleted_record_is_not_found(client, harvested):
    fake = oai_xml.FakeSource()
    fake.pages = [oai_xml.list_records([oai_xml.record(1, deleted=True)])]
    harvest_source(source=harvested, fetch=fake)

    assert TITLE not in search(client, q="keukentafel")


def test_renaming_a_source_renames_it_on_its_results(client, harvested, national_admin):
    harvested.name = "Werkplaats Kop van Noord-Holland"
    harvest_source_save(actor=national_admin, source=harvested)

    content = search(client, q="keukentafel")
    assert from_source("Werkplaats Kop van Noord-Holland") in content
    assert "Noord-Holland Noord" not in content


def test_deleting_a_source_takes_its_publications_out_of_search(client, harvested, national_admin):
    harvest_source_delete(actor=national_admin, source=harvested)

    assert TITLE not in search(client, q="keukentafel")
    assert not SearchEntry.objects.filter(source__startswith="Werkplaats Noord").exists()


def test_rebuilding_the_index_keeps_present_harvested_publications_only(client, harvested):
    HarvestedRecordFactory(source=harvested, title="Verwijderd bij de bron", deleted=True)

    rebuild()

    assert TITLE in search(client, q="keukentafel")
    assert "Verwijderd bij de bron" not in search(client, q="verwijderd")
