"""The smallest file contents each allowed upload type is recognised by, for upload tests."""

import io
import zipfile

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 16 + b"\xff\xd9"

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT_TYPE = "application/vnd.oasis.opendocument.text"
ODP_TYPE = "application/vnd.oasis.opendocument.presentation"


def zipped(members: dict[str, bytes]) -> bytes:
    """A zip file holding ``members`` in the order given (OpenDocument wants mimetype first)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            # OpenDocument stores its mimetype member uncompressed; the rest may be deflated.
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            # A fixed date, so the same members always give the same bytes.
            member = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(member, content, compress_type=method)
    return buffer.getvalue()


def docx() -> bytes:
    return zipped(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "word/document.xml": b"<w:document/>",
        }
    )


def pptx() -> bytes:
    return zipped(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "ppt/presentation.xml": b"<p:presentation/>",
        }
    )


def opendocument(media_type: str) -> bytes:
    """An OpenDocument file whose mimetype member names ``media_type``."""
    return zipped(
        {
            "mimetype": media_type.encode("ascii"),
            "content.xml": b"<office:document-content/>",
            "META-INF/manifest.xml": b"<manifest:manifest/>",
        }
    )
