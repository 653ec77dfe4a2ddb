"""The logbook: members see everything, others only public entries; files are checked."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.ateliers.conftest import ATELIER_ROLES
from tests.ateliers.factories import (
    PDF,
    AttachmentFactory,
    LogEntryFactory,
    SessionGuestFactory,
)
from tests.helpers import assert_shows, form_errors
from werkplaats.ateliers.models import Attachment, LogEntry, SessionGuest

MEMBERS = ("atelier_member", "atelier_lead", "coordinator_a", "national_admin")
OTHERS = ("anonymous", "member_a", "coordinator_b")


@pytest.fixture
def logbook(atelier):
    private = LogEntryFactory(atelier=atelier, title="Geheime bijeenkomst", public=False)
    public = LogEntryFactory(atelier=atelier, title="Open bevinding", public=True)
    return {
        "private": private,
        "public": public,
        "private_guest": SessionGuestFactory(entry=private, name="Gastprivé"),
        "public_guest": SessionGuestFactory(entry=public, name="Gastpubliek"),
        "private_file": AttachmentFactory(entry=private, original_name="intern-verslag.pdf"),
        "public_file": AttachmentFactory(entry=public, original_name="open-verslag.pdf"),
    }


def attachment_url(atelier, attachment):
    return reverse(
        "ateliers:attachment",
        kwargs={"slug": "werkplaats-a", "atelier": atelier.slug, "pk": attachment.pk},
    )


@pytest.mark.parametrize("role", ATELIER_ROLES)
def test_the_logbook_shows_non_members_only_public_entries(
    client_for, atelier_users, atelier, logbook, role
):
    content = client_for(atelier_users[role]).get(atelier.get_absolute_url()).content.decode()

    assert "Open bevinding" in content
    assert "open-verslag.pdf" in content
    if role in MEMBERS:
        assert "Geheime bijeenkomst" in content
        assert "intern-verslag.pdf" in content
        assert "Gastprivé" in content
        assert "Gastpubliek" in content
    else:
        assert "Geheime bijeenkomst" not in content
        assert "intern-verslag.pdf" not in content
        # Guests' names are for members only, even on a public entry.
        assert "Gastprivé" not in content
        assert "Gastpubliek" not in content


@pytest.mark.parametrize("role", ATELIER_ROLES)
def test_an_attachment_of_a_private_entry_is_404_for_non_members(
    client_for, atelier_users, atelier, logbook, role
):
    url = attachment_url(atelier, logbook["private_file"])

    response = client_for(atelier_users[role]).get(url)

    assert response.status_code == (200 if role in MEMBERS else 404)


@pytest.mark.parametrize("role", OTHERS)
def test_an_attachment_of_a_public_entry_is_for_everyone(
    client_for, atelier_users, atelier, logbook, role
):
    response = client_for(atelier_users[role]).get(attachment_url(atelier, logbook["public_file"]))

    assert response.status_code == 200


def test_the_download_is_an_attachment_that_is_not_sniffed(client, atelier, logbook):
    response = client.get(attachment_url(atelier, logbook["public_file"]))

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="open-verslag.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_an_attachment_of_another_atelier_is_404(client_for, coordinator_a, atelier):
    other = AttachmentFactory(entry__atelier__werkplaats=atelier.werkplaats, entry__public=True)

    assert client_for(coordinator_a).get(attachment_url(atelier, other)).status_code == 404


# Writing in the logbook ---------------------------------------------------------------------


def log_url(atelier):
    return reverse("ateliers:log_add", kwargs={"slug": "werkplaats-a", "atelier": atelier.slug})


def entry_data(**extra):
    return {
        "date": "2024-05-01",
        "kind": "session",
        "title": "Tweede bijeenkomst",
        "text": "We bezochten het buurthuis.",
        "guests": "Fatima\n\n  Henk  \n",
        **extra,
    }


def test_the_form_is_multipart(client_for, atelier_member, atelier):
    content = client_for(atelier_member).get(log_url(atelier)).content.decode()

    assert 'enctype="multipart/form-data"' in content
    assert "multiple" in content
    assert_shows(
        client_for(atelier_member).get(log_url(atelier)),
        "One name per line. Only the first name or the name they want to use; nothing else "
        "is kept.",
    )


def test_a_member_writes_an_entry_with_guests_and_a_pdf(client_for, atelier_member, atelier):
    files = [
        SimpleUploadedFile("verslag.pdf", PDF, content_type="application/pdf"),
        SimpleUploadedFile("tweede.pdf", PDF, content_type="application/pdf"),
    ]
    response = client_for(atelier_member).post(
        log_url(atelier), entry_data(attachments=files, public="on")
    )

    assert response.status_code == 302
    entry = LogEntry.objects.get(title="Tweede bijeenkomst")
    assert entry.public
    assert entry.author == atelier_member
    assert [guest.name for guest in entry.guests.all()] == ["Fatima", "Henk"]
    assert sorted(a.original_name for a in entry.attachments.all()) == ["tweede.pdf", "verslag.pdf"]
    assert {a.content_type for a in entry.attachments.all()} == {"application/pdf"}


BAD_FILES = [
    pytest.param("verslag.docx", PDF, id="pdf-named-docx"),
    pytest.param("groot.pdf", b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024), id="11-mb"),
    pytest.param("tekst.pdf", b"Gewoon wat tekst, geen PDF.\n", id="text-named-pdf"),
]


@pytest.mark.parametrize(("name", "content"), BAD_FILES)
def test_a_bad_attachment_is_refused_and_nothing_is_saved(
    client_for, atelier_member, atelier, name, content
):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")

    response = client_for(atelier_member).post(log_url(atelier), entry_data(attachments=[upload]))

    assert response.status_code == 400
    assert "attachments" in form_errors(response)
    assert name in response.content.decode()
    assert not LogEntry.objects.exists()
    assert not SessionGuest.objects.exists()
    assert not Attachment.objects.exists()


def test_one_bad_file_among_good_ones_saves_nothing(client_for, atelier_member, atelier):
    files = [
        SimpleUploadedFile("goed.pdf", PDF),
        SimpleUploadedFile("fout.docx", PDF),
    ]

    response = client_for(atelier_member).post(log_url(atelier), entry_data(attachments=files))

    assert response.status_code == 400
    assert not LogEntry.objects.exists()
    assert not Attachment.objects.exists()


def test_an_entry_without_title_is_refused(client_for, atelier_member, atelier):
    response = client_for(atelier_member).post(log_url(atelier), entry_data(title=""))

    assert response.status_code == 400
    assert "title" in form_errors(response)
    assert not LogEntry.objects.exists()


def test_a_member_of_the_werkplaats_who_is_not_in_the_atelier_cannot_write(
    client_for, member_a, atelier
):
    response = client_for(member_a).post(log_url(atelier), entry_data())

    assert response.status_code == 404
    assert not LogEntry.objects.exists()
