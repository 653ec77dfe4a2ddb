"""The type of an upload is read from its content; the name must agree with it."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.files import (
    DOCX_TYPE,
    JPEG,
    ODP_TYPE,
    ODT_TYPE,
    PDF,
    PNG,
    PPTX_TYPE,
    docx,
    opendocument,
    pptx,
    zipped,
)
from tests.helpers import nl
from werkplaats.lib.uploads import MAX_UPLOAD_BYTES, checked_content_type

# The messages as the (Dutch) site shows them; each names the file.
WRONG_TYPE = nl("%(name)s is not a PDF, Word, PowerPoint, OpenDocument or image file.")
WRONG_NAME = nl("%(name)s is not what its name says. Check the file and try again.")
TOO_LARGE = nl("%(name)s is too large. Files can be at most 10 MB.")


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def refusal(name: str, content: bytes) -> str:
    with pytest.raises(ValidationError) as error:
        checked_content_type(upload(name, content))
    [message] = error.value.messages
    assert name in message, "the message names the file"
    return message


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("verslag.pdf", PDF, "application/pdf"),
        ("foto.png", PNG, "image/png"),
        ("foto.jpg", JPEG, "image/jpeg"),
        ("foto.jpeg", JPEG, "image/jpeg"),
        ("verslag.docx", docx(), DOCX_TYPE),
        ("verslag.odt", opendocument(ODT_TYPE), ODT_TYPE),
        ("presentatie.pptx", pptx(), PPTX_TYPE),
        ("presentatie.odp", opendocument(ODP_TYPE), ODP_TYPE),
    ],
)
def test_allowed_types_are_recognised_by_their_content(name, content, expected):
    assert checked_content_type(upload(name, content)) == expected


def test_the_name_may_end_in_capitals():
    assert checked_content_type(upload("VERSLAG.PDF", PDF)) == "application/pdf"


def test_after_the_check_the_file_is_read_from_its_start():
    # The service stores the file right after the check: it must not lose the first bytes.
    document = upload("verslag.docx", docx())
    checked_content_type(document)
    assert document.read() == docx()


@pytest.mark.parametrize(
    "name, content",
    [
        ("presentatie.odt", opendocument(ODP_TYPE)),  # an ODP pretending to be an ODT
        ("verslag.docx", PDF),
        ("verslag.pdf", docx()),
        ("foto.png", JPEG),
        ("verslag.odt", docx()),
    ],
)
def test_a_file_whose_name_says_something_else_is_refused(name, content):
    assert refusal(name, content) == WRONG_NAME % {"name": name}


@pytest.mark.parametrize(
    "name, content",
    [
        ("pagina.html", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
        ("pagina.pdf", b"<html><body>%PDF-1.4</body></html>"),
        ("programma.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"),
        ("programma.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"),
        ("leeg.docx", zipped({"iets.txt": b"hallo"})),
        ("leeg.zip", zipped({"iets.txt": b"hallo"})),
        # Without its mimetype member an OpenDocument file cannot be recognised.
        ("zonder.odt", zipped({"content.xml": b"<office:document-content/>"})),
        # A mimetype that names a type we do not take.
        (
            "rekenblad.ods",
            opendocument("application/vnd.oasis.opendocument.spreadsheet"),
        ),
        # Looks like a zip at the start, but is not one.
        ("kapot.docx", b"PK\x03\x04" + b"\x00" * 40),
        ("leeg.pdf", b""),
    ],
)
def test_a_file_of_another_type_is_refused_and_the_message_names_it(name, content):
    assert refusal(name, content) == WRONG_TYPE % {"name": name}


def test_a_file_over_10_mb_is_refused_and_the_message_names_it():
    large = upload("groot.pdf", PDF)
    large.size = MAX_UPLOAD_BYTES + 1
    with pytest.raises(ValidationError) as error:
        checked_content_type(large)
    assert error.value.messages == [TOO_LARGE % {"name": "groot.pdf"}]
    assert "groot.pdf" in error.value.messages[0]


def test_a_file_of_exactly_10_mb_is_allowed():
    largest = upload("precies.pdf", PDF)
    largest.size = MAX_UPLOAD_BYTES
    assert checked_content_type(largest) == "application/pdf"
