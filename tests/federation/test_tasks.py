"""The background task behind the admin's "Harvest now"."""

import pytest

from tests.federation import oai_xml
from tests.federation.factories import HarvestSourceFactory
from werkplaats.federation import oai_client
from werkplaats.federation.tasks import harvest_source_task

pytestmark = pytest.mark.django_db


def test_the_task_harvests_the_source_and_returns_its_counts(monkeypatch):
    source = HarvestSourceFactory()
    fake = oai_xml.FakeSource()
    fake.pages = [oai_xml.list_records([oai_xml.record(1), oai_xml.record(2)])]
    monkeypatch.setattr(oai_client, "fetch_url", fake)

    result = harvest_source_task.enqueue(source.pk)

    assert result.return_value == "2 new, 0 updated, 0 deleted, 0 unchanged (full)"
    assert source.records.count() == 2


def test_the_task_of_a_source_deleted_meanwhile_does_nothing(no_network):
    result = harvest_source_task.enqueue(987654)

    assert result.return_value == "the source no longer exists"
