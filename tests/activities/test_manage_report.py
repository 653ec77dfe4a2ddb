"""The report (verslag), presentations and the evaluation summary of an activity."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests import files
from tests.activities.factories import (
    ActivityFactory,
    ActivityFileFactory,
    EvaluationFactory,
    in_days,
)
from tests.activities.organisers import ORGANISERS, answer_of, expected_answer, role_cases, url
from tests.helpers import assert_shows, flashed, form_errors, nl
from werkplaats.activities.models import ActivityFile
from werkplaats.audit.models import AuditEntry


def stored_files(media) -> list:
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


@pytest.fixture
def held(werkplaats_a, atelier):
    return ActivityFactory(
        werkplaats=werkplaats_a,
        atelier=atelier,
        slug="gehouden",
        start=in_days(-7, 14),
        end=in_days(-7, 16),
        report="",
    )


def upload(client, activity, name, content):
    return client.post(
        url("report", activity),
        {"form": "file", "file": SimpleUploadedFile(name, content)},
    )


# Who may -------------------------------------------------------------------------------------

# view -> (method, answer for organisers)
EXPECTED = {
    "report": ("GET", 200),
    "report_post": ("POST", 302),
    "upload_post": ("POST", 400),
    "file_delete_post": ("POST", 302),
    "file_delete": ("GET", 405),
}


@pytest.mark.parametrize(("name", "role"), role_cases(EXPECTED))
def test_each_role_gets_the_expected_answer(client_for, users, held, name, role):
    method, answer = EXPECTED[name]
    attached = ActivityFileFactory(activity=held)
    client = client_for(users[role])
    if name.startswith("file_delete"):
        address = url("file_delete", held, pk=attached.pk)
        data = {}
    else:
        address = url("report", held)
        data = {"form": "report", "report": "Een verslag."}
        if name == "upload_post":
            data = {"form": "file"}  # without a file

    response = client.get(address) if method == "GET" else client.post(address, data)

    assert answer_of(response) == expected_answer(role, answer)
    held.refresh_from_db()
    written = role in ORGANISERS and name == "report_post"
    assert held.report == ("Een verslag." if written else "")
    removed = role in ORGANISERS and name == "file_delete_post"
    assert ActivityFile.objects.filter(pk=attached.pk).exists() is not removed


# The report ----------------------------------------------------------------------------------


def test_an_organiser_writes_the_report(client_for, coordinator_a, held):
    response = client_for(coordinator_a).post(
        url("report", held), {"form": "report", "report": "  We spraken over **armoede**.  "}
    )

    assert response.status_code == 302
    assert response.url == url("report", held)
    assert flashed(response) == [nl("The report has been saved.")]
    held.refresh_from_db()
    assert held.report == "We spraken over **armoede**."
    assert AuditEntry.objects.filter(action="activity.report", actor=coordinator_a).exists()


def test_the_page_shows_the_report_to_change_it(client_for, coordinator_a, held):
    held.report = "Het bestaande verslag."
    held.save()

    response = client_for(coordinator_a).get(url("report", held))

    assert "Het bestaande verslag." in response.content.decode()
    assert_shows(response, "You can use Markdown: *italic*, **bold**, lists with - at the start.")


def test_a_report_that_is_too_long_is_refused(client_for, coordinator_a, held):
    response = client_for(coordinator_a).post(
        url("report", held), {"form": "report", "report": "x" * 20001}
    )

    assert response.status_code == 400
    assert "report" in form_errors(response, "report_form")
    held.refresh_from_db()
    assert held.report == ""


# Presentations -------------------------------------------------------------------------------

ALLOWED = [
    ("presentatie.pdf", files.PDF, "application/pdf"),
    ("dia's.pptx", files.pptx(), files.PPTX_TYPE),
    ("dia's.odp", files.opendocument(files.ODP_TYPE), files.ODP_TYPE),
    ("handout.docx", files.docx(), files.DOCX_TYPE),
    ("handout.odt", files.opendocument(files.ODT_TYPE), files.ODT_TYPE),
    ("foto.png", files.PNG, "image/png"),
    ("foto.jpeg", files.JPEG, "image/jpeg"),
]


@pytest.mark.parametrize(("name", "content", "content_type"), ALLOWED)
def test_a_presentation_is_stored_under_a_random_name_and_listed(
    client_for, coordinator_a, held, media, name, content, content_type
):
    client = client_for(coordinator_a)

    response = upload(client, held, name, content)

    assert response.status_code == 302
    assert flashed(response) == [nl("%(name)s has been added.") % {"name": name}]
    attached = ActivityFile.objects.get(activity=held)
    assert (attached.original_name, attached.content_type) == (name, content_type)
    assert attached.size == len(content)
    stem = name.rsplit(".", 1)[0]
    assert stem not in attached.file.name
    assert attached.file.name.startswith(f"activities/{held.pk}/")
    assert [path.read_bytes() for path in stored_files(media)] == [content]
    page = client.get(url("report", held)).content.decode()
    assert url("file", held, pk=attached.pk) in page
    assert url("file_delete", held, pk=attached.pk) in page


BAD_FILES = [
    pytest.param(
        "notities.pdf",
        b"Gewoon tekst, geen PDF.",
        "%(name)s is not a PDF, Word, PowerPoint, OpenDocument or image file.",
        id="text-called-pdf",
    ),
    pytest.param(
        "script.pdf",
        b"#!/bin/sh\nrm -rf /\n",
        "%(name)s is not a PDF, Word, PowerPoint, OpenDocument or image file.",
        id="script",
    ),
    pytest.param(
        "verslag.docx",
        files.PDF,
        "%(name)s is not what its name says. Check the file and try again.",
        id="pdf-called-docx",
    ),
    pytest.param(
        "groot.pdf",
        files.PDF + b"\x00" * (10 * 1024 * 1024),
        "%(name)s is too large. Files can be at most 10 MB.",
        id="over-10-mb",
    ),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES)
def test_a_wrong_file_is_refused_and_nothing_stored(
    client_for, coordinator_a, held, media, name, content, message
):
    response = upload(client_for(coordinator_a), held, name, content)

    assert response.status_code == 400
    assert "file" in form_errors(response, "file_form")
    assert nl(message) % {"name": name} in response.content.decode()
    assert not ActivityFile.objects.exists()
    assert stored_files(media) == []


def test_an_atelier_lead_removes_a_presentation(client_for, users, held, media):
    attached = ActivityFileFactory(activity=held, original_name="oud.pdf")
    assert len(stored_files(media)) == 1

    response = client_for(users["atelier_lead"]).post(url("file_delete", held, pk=attached.pk))

    assert response.status_code == 302
    assert response.url == url("report", held)
    assert flashed(response) == [nl("%(name)s has been removed.") % {"name": "oud.pdf"}]
    assert not ActivityFile.objects.exists()
    assert stored_files(media) == []


def test_a_file_of_another_activity_is_404(client_for, coordinator_a, werkplaats_a, held):
    other = ActivityFileFactory(activity=ActivityFactory(werkplaats=werkplaats_a))

    response = client_for(coordinator_a).post(url("file_delete", held, pk=other.pk))

    assert response.status_code == 404
    assert ActivityFile.objects.filter(pk=other.pk).exists()


# Evaluations ---------------------------------------------------------------------------------


def test_the_summary_shows_numbers_and_answers_with_names_only_when_given(
    client_for, coordinator_a, held
):
    EvaluationFactory(
        activity=held, usefulness=5, applied="De gesprekskaart.", missed="", name="Anna Bakker"
    )
    EvaluationFactory(activity=held, usefulness=4, applied="", missed="Meer pauze.", name="")
    EvaluationFactory(activity=ActivityFactory(), usefulness=1, applied="Van een ander.")

    response = client_for(coordinator_a).get(url("report", held))

    summary = response.context["summary"]
    assert summary["count"] == 2
    assert summary["average"] == 4.5
    assert summary["scores"] == [(1, 0), (2, 0), (3, 0), (4, 1), (5, 1)]
    content = response.content.decode()
    assert "4,5" in content
    assert "De gesprekskaart." in content
    assert "Meer pauze." in content
    assert "Anna Bakker" in content
    assert "Van een ander." not in content
    assert [e.name for e in response.context["missed"]] == [""]


def test_without_evaluations_the_page_says_so(client_for, coordinator_a, held):
    response = client_for(coordinator_a).get(url("report", held))

    assert_shows(
        response,
        "Nobody has given their opinion yet. After the activity, participants get an e-mail "
        "asking for it.",
    )
