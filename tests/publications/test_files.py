"""Files of a publication: adding (type read from the content, size limit, random names),
removing, and downloading (an attachment that is not sniffed, counted when published)."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.accounts.factories import MembershipFactory, UserFactory
from tests.files import DOCX_TYPE, JPEG, ODT_TYPE, PDF, PNG, PPTX_TYPE, docx, opendocument, pptx
from tests.helpers import assert_shows, flashed, form_errors, nl
from tests.publications.factories import PublicationFactory, PublicationFileFactory
from werkplaats.accounts.models import Role
from werkplaats.audit.models import AuditEntry
from werkplaats.lib.uploads import MAX_UPLOAD_BYTES
from werkplaats.publications.models import Publication, PublicationFile, UsageCount

Status = Publication.Status


def files_url(publication):
    return reverse(
        "publications:files",
        kwargs={"slug": publication.werkplaats.slug, "publication": publication.slug},
    )


def file_url(stored, name="file"):
    publication = stored.publication
    return reverse(
        f"publications:{name}",
        kwargs={
            "slug": publication.werkplaats.slug,
            "publication": publication.slug,
            "pk": stored.pk,
        },
    )


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def stored_files(media) -> list[Path]:
    return [path for path in Path(media).rglob("*") if path.is_file()]


@pytest.fixture
def plain_member(werkplaats_a):
    user = UserFactory(name="Professional A")
    MembershipFactory(user=user, werkplaats=werkplaats_a, role=Role.PROFESSIONAL)
    return user


@pytest.fixture
def publication(werkplaats_a):
    return PublicationFactory(werkplaats=werkplaats_a, slug="handreiking")


@pytest.fixture
def draft(werkplaats_a):
    return PublicationFactory(werkplaats=werkplaats_a, slug="concept", status=Status.CONCEPT)


# Adding --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("handreiking.pdf", PDF, "application/pdf"),
        ("verslag.docx", docx(), DOCX_TYPE),
        ("verslag.odt", opendocument(ODT_TYPE), ODT_TYPE),
        ("presentatie.pptx", pptx(), PPTX_TYPE),
        ("schema.png", PNG, "image/png"),
        ("foto.JPG", JPEG, "image/jpeg"),
    ],
)
def test_a_member_adds_a_file_of_each_allowed_type(
    client_for, plain_member, draft, media, name, content, content_type
):
    publication = draft
    response = client_for(plain_member).post(
        files_url(publication), {"file": upload(name, content)}
    )

    assert response.status_code == 302
    assert response.url == files_url(publication)
    assert nl("%(name)s has been added.") % {"name": name} in flashed(response)
    stored = PublicationFile.objects.get()
    assert stored.publication == publication
    assert stored.original_name == name
    assert stored.content_type == content_type
    assert stored.size == len(content)
    assert AuditEntry.objects.filter(action="publication.file_add", data={"file": name}).exists()


def test_a_file_is_stored_under_a_random_name(client_for, member_a, publication, media):
    client = client_for(member_a)
    client.post(files_url(publication), {"file": upload("Mijn verslag.pdf", PDF)})
    client.post(files_url(publication), {"file": upload("Mijn verslag.pdf", PDF)})

    first, second = PublicationFile.objects.order_by("id")
    assert first.file.name.startswith(f"publications/{publication.pk}/")
    assert "verslag" not in first.file.name
    assert not first.file.name.endswith(".pdf")
    assert first.file.name != second.file.name
    assert Path(first.file.path).read_bytes() == PDF


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "script.pdf",
            b"<script>alert(1)</script>",
            "%(name)s is not a PDF, Word, PowerPoint, OpenDocument or image file.",
        ),
        ("verslag.docx", PDF, "%(name)s is not what its name says. Check the file and try again."),
    ],
)
def test_a_wrong_file_is_400_and_nothing_is_stored(
    client_for, member_a, publication, media, name, content, message
):
    response = client_for(member_a).post(files_url(publication), {"file": upload(name, content)})

    assert response.status_code == 400
    assert nl(message) % {"name": name} in response.content.decode()
    assert not PublicationFile.objects.exists()
    assert stored_files(media) == []
    assert not AuditEntry.objects.exists()


def test_a_file_over_10_mb_is_400_and_nothing_is_stored(client_for, member_a, publication, media):
    content = PDF + b"0" * (MAX_UPLOAD_BYTES + 1 - len(PDF))

    response = client_for(member_a).post(
        files_url(publication), {"file": upload("groot.pdf", content)}
    )

    assert response.status_code == 400
    assert nl("%(name)s is too large. Files can be at most 10 MB.") % {"name": "groot.pdf"} in (
        response.content.decode()
    )
    assert not PublicationFile.objects.exists()
    assert stored_files(media) == []


def test_an_empty_file_is_400(client_for, member_a, publication, media):
    response = client_for(member_a).post(files_url(publication), {"file": upload("leeg.pdf", b"")})

    assert response.status_code == 400
    assert "empty" in form_errors(response)["file"]
    assert stored_files(media) == []


def test_no_file_is_400(client_for, member_a, publication):
    response = client_for(member_a).post(files_url(publication), {})

    assert response.status_code == 400
    assert_shows(response, "Choose a file.")


def test_the_files_page_lists_the_files(client_for, member_a, publication):
    stored = PublicationFileFactory(publication=publication, original_name="bijlage.pdf")

    response = client_for(member_a).get(files_url(publication))

    assert response.status_code == 200
    content = response.content.decode()
    assert "bijlage.pdf" in content
    assert file_url(stored) in content
    assert file_url(stored, "file_delete") in content


@pytest.mark.parametrize(("role", "status"), [("coordinator_b", 404), ("anonymous", 302)])
def test_outsiders_cannot_add_files(client_for, role_users, publication, media, role, status):
    client = client_for(role_users[role])

    assert client.get(files_url(publication)).status_code == status
    response = client.post(files_url(publication), {"file": upload("a.pdf", PDF)})
    assert response.status_code == status
    assert not PublicationFile.objects.exists()


# Removing ------------------------------------------------------------------------------------


def test_a_member_removes_a_file_of_a_draft(client_for, plain_member, draft):
    stored = PublicationFileFactory(publication=draft, original_name="weg.pdf")
    path = Path(stored.file.path)
    assert path.exists()

    response = client_for(plain_member).post(file_url(stored, "file_delete"))

    assert response.status_code == 302
    assert nl("%(name)s has been removed.") % {"name": "weg.pdf"} in flashed(response)
    assert not PublicationFile.objects.exists()
    assert not path.exists()
    assert AuditEntry.objects.filter(action="publication.file_delete").exists()


@pytest.mark.parametrize(
    ("role", "status"), [("member_a", 405), ("coordinator_b", 404), ("anonymous", 302)]
)
def test_removing_is_post_only_and_for_members(client_for, role_users, publication, role, status):
    stored = PublicationFileFactory(publication=publication)
    client = client_for(role_users[role])

    assert client.get(file_url(stored, "file_delete")).status_code == status
    if role != "member_a":
        assert client.post(file_url(stored, "file_delete")).status_code == status
    assert PublicationFile.objects.filter(pk=stored.pk).exists()


def test_removing_a_file_of_another_publication_is_404(
    client_for, member_a, publication, werkplaats_a
):
    other = PublicationFileFactory(publication=PublicationFactory(werkplaats=werkplaats_a))
    address = reverse(
        "publications:file_delete",
        kwargs={"slug": "werkplaats-a", "publication": publication.slug, "pk": other.pk},
    )

    assert client_for(member_a).post(address).status_code == 404
    assert PublicationFile.objects.filter(pk=other.pk).exists()


# Downloading ---------------------------------------------------------------------------------


def test_a_download_is_an_attachment_that_is_not_sniffed(client, publication):
    stored = PublicationFileFactory(publication=publication, original_name="Handreiking wijk.pdf")

    response = client.get(file_url(stored))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Handreiking wijk.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_a_name_with_strange_characters_stays_one_header(client, publication):
    stored = PublicationFileFactory(publication=publication, original_name='Über "wijk"\r\n.pdf')

    response = client.get(file_url(stored))

    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; filename*=utf-8''")
    assert "\n" not in disposition


def test_a_download_of_a_published_publication_is_counted(client, publication):
    stored = PublicationFileFactory(publication=publication)

    client.get(file_url(stored))
    client.get(file_url(stored))

    usage = UsageCount.objects.get(publication=publication)
    assert usage.downloads == 2
    assert usage.views == 0


def test_a_file_of_a_draft_is_for_members_and_not_counted(client_for, client, member_a, draft):
    stored = PublicationFileFactory(publication=draft)

    assert client.get(file_url(stored)).status_code == 404
    assert client_for(member_a).get(file_url(stored)).status_code == 200
    assert not UsageCount.objects.exists()


def test_a_file_of_another_publication_is_404(client, publication, werkplaats_a):
    other = PublicationFileFactory(publication=PublicationFactory(werkplaats=werkplaats_a))
    address = reverse(
        "publications:file",
        kwargs={"slug": "werkplaats-a", "publication": publication.slug, "pk": other.pk},
    )

    assert client.get(address).status_code == 404
    assert not UsageCount.objects.exists()


def test_a_file_that_is_gone_from_storage_is_404(client, publication):
    stored = PublicationFileFactory(publication=publication)
    Path(stored.file.path).unlink()

    assert client.get(file_url(stored)).status_code == 404
    assert not UsageCount.objects.exists()
