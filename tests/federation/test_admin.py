"""National admins manage harvest sources in the admin; harvested records are read-only."""

import pytest
from django.urls import reverse

from tests.federation import oai_xml
from tests.federation.factories import HarvestedRecordFactory, HarvestSourceFactory
from werkplaats.audit.models import AuditEntry
from werkplaats.federation import oai_client
from werkplaats.federation.models import HarvestedRecord, HarvestSource
from werkplaats.search.models import SearchEntry
from werkplaats.search.registry import index_object

pytestmark = pytest.mark.django_db
SOURCES = reverse("admin:federation_harvestsource_changelist")
ADD_SOURCE = reverse("admin:federation_harvestsource_add")
RECORDS = reverse("admin:federation_harvestedrecord_changelist")


@pytest.fixture
def record(no_network):
    record = HarvestedRecordFactory(title="Samen tegen eenzaamheid")
    index_object(record)
    return record


def test_national_admins_see_sources_and_records(client_for, national_admin, record):
    client = client_for(national_admin)
    pages = [
        SOURCES,
        reverse("admin:federation_harvestsource_change", args=[record.source.pk]),
        RECORDS,
        f"{RECORDS}?source__id__exact={record.source.pk}",
        reverse("admin:federation_harvestedrecord_change", args=[record.pk]),
    ]
    for url in pages:
        assert client.get(url).status_code == 200, url
    assert "Samen tegen eenzaamheid" in client.get(RECORDS).content.decode()


def test_harvested_records_cannot_be_added_changed_or_deleted(client_for, national_admin, record):
    client = client_for(national_admin)
    change = reverse("admin:federation_harvestedrecord_change", args=[record.pk])

    assert client.get(reverse("admin:federation_harvestedrecord_add")).status_code == 403
    assert 'name="title"' not in client.get(change).content.decode()
    assert client.post(change, {"title": "Anders"}).status_code == 403
    delete = reverse("admin:federation_harvestedrecord_delete", args=[record.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    record.refresh_from_db()
    assert record.title == "Samen tegen eenzaamheid"


@pytest.mark.parametrize("role", ["anonymous", "member_a", "coordinator_a", "coordinator_b"])
def test_nobody_else_reaches_the_federation_admin(client_for, request, role, record):
    user = request.getfixturevalue(role) if role != "anonymous" else None
    client = client_for(user)
    for url in (SOURCES, RECORDS, ADD_SOURCE):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "login" in response["Location"]


def test_a_national_admin_adds_a_source_with_an_audit_entry(client_for, national_admin):
    response = client_for(national_admin).post(
        ADD_SOURCE,
        {
            "name": "Werkplaats Twente",
            "base_url": "https://twente.example.org/oai/",
            "active": "on",
        },
    )

    assert response.status_code == 302
    source = HarvestSource.objects.get()
    assert (source.name, source.base_url, source.active) == (
        "Werkplaats Twente",
        "https://twente.example.org/oai/",
        True,
    )
    entry = AuditEntry.objects.get(action="harvest_source.create")
    assert entry.actor == national_admin
    assert entry.object_id == str(source.pk)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "", "base_url": "https://twente.example.org/oai/"}, "name"),
        ({"name": "Twente", "base_url": "geen adres"}, "base_url"),
        ({"name": "Twente", "base_url": "ftp://twente.example.org/oai/"}, "base_url"),
        ({"name": "Wij", "base_url": "http://127.0.0.1:8000/oai/"}, "base_url"),
    ],
)
def test_a_bad_source_is_refused_with_a_message_and_nothing_written(
    client_for, national_admin, settings, data, field
):
    settings.SITE_URL = "http://127.0.0.1:8000"
    response = client_for(national_admin).post(ADD_SOURCE, data)

    assert response.status_code == 200  # the admin shows its form again
    assert field in response.context["adminform"].form.errors
    assert not HarvestSource.objects.exists()
    assert not AuditEntry.objects.exists()


def test_deleting_a_source_deletes_its_records_and_their_search_entries(
    client_for, national_admin, record
):
    delete = reverse("admin:federation_harvestsource_delete", args=[record.source.pk])
    assert SearchEntry.objects.filter(source=record.source.name).exists()

    response = client_for(national_admin).post(delete, {"post": "yes"})

    assert response.status_code == 302
    assert not HarvestedRecord.objects.exists()
    assert not SearchEntry.objects.filter(source=record.source.name).exists()
    assert AuditEntry.objects.filter(action="harvest_source.delete").count() == 1


def test_harvest_now_harvests_the_chosen_sources_through_the_task_queue(
    client_for, national_admin, monkeypatch, django_capture_on_commit_callbacks
):
    source = HarvestSourceFactory(name="Noord", base_url="https://noord.example.org/oai/")
    fake = oai_xml.FakeSource()
    fake.pages = [oai_xml.list_records([oai_xml.record(1)])]
    monkeypatch.setattr(oai_client, "fetch_url", fake)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(national_admin).post(
            SOURCES, {"action": "harvest_now", "_selected_action": [source.pk]}
        )

    assert response.status_code == 302
    source.refresh_from_db()
    assert source.last_result == "1 new, 0 updated, 0 deleted, 0 unchanged (full)"
    assert source.records.count() == 1
