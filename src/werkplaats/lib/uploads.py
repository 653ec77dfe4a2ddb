"""Uploaded files: the type is read from the content, not from the name the sender gave."""

import zipfile

from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# Signature at the start of the file → (content type, file name endings that may carry it).
SIGNATURES = [
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg")),
]
ZIP_TYPES = [
    # (a member name the zip must hold, content type, endings)
    ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     (".docx",)),
    ("ppt/presentation.xml",
     "application/vnd.openxmlformats-officedocument.presentationml.presentation", (".pptx",)),
]  # fmt: skip
# OpenDocument files name their type in a first member called "mimetype".
OPENDOCUMENT_TYPES = {
    "application/vnd.oasis.opendocument.text": (".odt",),
    "application/vnd.oasis.opendocument.presentation": (".odp",),
}


def _zip_type(upload) -> tuple[str, tuple[str, ...]] | None:
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            declared = archive.read("mimetype").decode("ascii", "replace").strip()
    except KeyError:
        declared = ""
    except (zipfile.BadZipFile, OSError):
        return None
    finally:
        upload.seek(0)
    if declared in OPENDOCUMENT_TYPES and "content.xml" in names:
        return declared, OPENDOCUMENT_TYPES[declared]
    for member, content_type, endings in ZIP_TYPES:
        if member in names:
            return content_type, endings
    return None


def checked_content_type(upload) -> str:
    """The content type of an upload that may be stored, or a ValidationError saying why not.

    Allowed: PDF, DOCX, ODT, PPTX, ODP, PNG and JPEG, at most 10 MB, and the name must end as the
    content says (a PDF called "verslag.docx" is refused).
    """
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("%(name)s is too large. Files can be at most 10 MB.") % {"name": upload.name}
        )
    name = upload.name.lower()
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    found = None
    for signature, content_type, endings in SIGNATURES:
        if head.startswith(signature):
            found = (content_type, endings)
            break
    if found is None and head.startswith(b"PK\x03\x04"):
        found = _zip_type(upload)
    if found is None:
        raise ValidationError(
            _("%(name)s is not a PDF, Word, PowerPoint, OpenDocument or image file.")
            % {"name": upload.name}
        )
    content_type, endings = found
    if not name.endswith(endings):
        raise ValidationError(
            _("%(name)s is not what its name says. Check the file and try again.")
            % {"name": upload.name}
        )
    return content_type


def stored_file_response(stored) -> FileResponse:
    """A stored upload (see lib.models.StoredFile) as a download under the name it came with.

    Always an attachment, with the type read at upload and ``nosniff``, so a browser never
    shows an uploaded file as a page of this site. A file missing from storage is a 404.
    """
    try:
        handle = stored.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=stored.original_name,
        content_type=stored.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def store_upload(stored, upload):
    """Save a new StoredFile row (its owner already set) for an upload whose type is checked by
    content first; the file goes under the random name the model's ``upload_to`` makes."""
    stored.content_type = checked_content_type(upload)
    stored.original_name = upload.name[:200]
    stored.size = upload.size
    stored.file.save("upload", upload, save=False)
    stored.save()
    return stored


def delete_stored(stored) -> None:
    """Remove a StoredFile row and its file."""
    stored.file.delete(save=False)
    stored.delete()
