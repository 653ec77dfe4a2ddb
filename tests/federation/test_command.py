"""`python -m werkplaats harvest [--source NAME] [--full]`: every active source, with counts."""

from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from tests.federation import oai_xml
from tests.federation.factories import HarvestSourceFactory
from werkplaats.federation import oai_client
from werkplaats.federation.models import HarvestedRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def sources(monkeypatch):
    """Two active sources and an inactive one, each answering from its own fake."""
    noord = HarvestSourceFactory(name="Noord", base_url="https://noord.example.org/oai/")
    zuid = HarvestSourceFactory(name="Zuid", base_url="https://zuid.example.org/oai/")
    oud = HarvestSourceFactory(name="Oud", base_url="https://oud.example.org/oai/", active=False)
    fakes = {source.base_url: oai_xml.FakeSource() for source in (noord, zuid, oud)}
    for number, fake in enumerate(fakes.values(), start=1):
        fake.pages = [oai_xml.list_records([oai_xml.record(number), oai_xml.record(number * 10)])]

    def fetch(base_url, params):
        return fakes[base_url](base_url, params)

    monkeypatch.setattr(oai_client, "fetch_url", fetch)
    return fakes


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("harvest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_harvest_runs_every_active_source_and_prints_its_counts(sources):
    out, err = run()

    assert out.splitlines() == [
        "Noord: 2 new, 0 updated, 0 deleted, 0 unchanged (full)",
        "Zuid: 2 new, 0 updated, 0 deleted, 0 unchanged (full)",
    ]
    assert err == ""
    assert HarvestedRecord.objects.filter(source__name="Oud").count() == 0


def test_running_it_again_changes_nothing(sources):
    run()
    for fake in sources.values():
        fake.pages = [oai_xml.error("noRecordsMatch")]

    out, _err = run()

    assert "Noord: 0 new, 0 updated, 0 deleted, 0 unchanged (incremental)" in out
    assert HarvestedRecord.objects.count() == 4


def test_source_names_one_source_even_an_inactive_one(sources):
    out, _err = run("--source", "Oud")

    assert out.splitlines() == ["Oud: 2 new, 0 updated, 0 deleted, 0 unchanged (full)"]
    assert set(HarvestedRecord.objects.values_list("source__name", flat=True)) == {"Oud"}


def test_full_asks_for_everything(sources):
    run()
    fake = sources["https://noord.example.org/oai/"]
    fake.pages = [oai_xml.list_records([oai_xml.record(1)])]

    out, _err = run("--source", "Noord", "--full")

    assert out.splitlines() == ["Noord: 0 new, 0 updated, 1 deleted, 1 unchanged (full)"]
    assert "from" not in fake.list_requests()[-1]


def test_an_unknown_source_is_an_error(sources):
    with pytest.raises(CommandError, match="no harvest source named 'Nergens'"):
        run("--source", "Nergens")
    assert HarvestedRecord.objects.count() == 0


def test_a_failing_source_is_reported_and_the_others_are_still_harvested(sources):
    sources["https://noord.example.org/oai/"].identify_answer = b"<html>Onderhoud</html>"
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match="failed for: Noord"):
        call_command("harvest", stdout=out, stderr=err)

    assert "Noord: failed after 0 new" in err.getvalue()
    assert "not an OAI-PMH answer" in err.getvalue()
    assert "Zuid: 2 new" in out.getvalue()


def test_no_active_sources_is_said(db):
    out, _err = run()
    assert out == "No active harvest sources.\n"


def test_the_harvest_is_a_recurring_job():
    assert ("harvest", 60 * 60) in settings.RECURRING_COMMANDS
