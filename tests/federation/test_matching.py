"""Harvested publications take part in the matching across the network, shown from their
source; a deleted one or a deleted source leaves it. (Skipped where the matching app has no
registry yet.)"""

import pytest

from tests.federation import oai_xml
from tests.federation.factories import HarvestSourceFactory
from werkplaats.federation.services import harvest_source, harvest_source_delete

registry = pytest.importorskip("werkplaats.matching.registry")
engine = pytest.importorskip("werkplaats.matching.engine")
MatchItem = pytest.importorskip("werkplaats.matching.models").MatchItem

pytestmark = pytest.mark.django_db
TITLE = "Schuldhulp aan de keukentafel"


@pytest.fixture
def source(no_network):
    source = HarvestSourceFactory(name="Werkplaats Zuid-Limburg")
    fake = oai_xml.FakeSource()
    fake.pages = [oai_xml.list_records([oai_xml.record(1, title=TITLE)])]
    harvest_source(source=source, fetch=fake)
    return source


def test_a_harvested_publication_is_matched_with_its_source(source):
    item = MatchItem.objects.get(title=TITLE)
    assert item.source == "Werkplaats Zuid-Limburg"
    assert item.url == "https://elders.example.org/publicaties/1/"
    assert item.werkplaats_id is None
    suggestions = engine.similar_to_text("schulden keukentafel", title="Schuldhulp thuis")
    assert "https://elders.example.org/publicaties/1/" in [s.url for s in suggestions]


def test_a_record_deleted_at_the_source_leaves_the_matching(source):
    fake = oai_xml.FakeSource()
    fake.pages = [oai_xml.list_records([oai_xml.record(1, deleted=True)])]
    harvest_source(source=source, fetch=fake)

    assert not MatchItem.objects.filter(title=TITLE).exists()


def test_a_deleted_source_takes_its_publications_out_of_the_matching(source, national_admin):
    harvest_source_delete(actor=national_admin, source=source)

    assert not MatchItem.objects.filter(title=TITLE).exists()
