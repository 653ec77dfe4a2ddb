"""HTML to PDF with WeasyPrint, reading nothing but our own static files.

Import this module where a PDF is made, not at the top of a views module: WeasyPrint takes
half a second to import, which every start of the site and of every command would pay.
"""

import mimetypes
import posixpath
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse


class StaticFilesOnly(URLFetcher):
    """Lets WeasyPrint read our own static files (the stylesheets) and ``data:`` addresses, and
    nothing else: making a PDF never reaches out to the network or the file system, whatever
    address a text in it holds."""

    def __init__(self, base_url: str):
        super().__init__(allowed_protocols=["data"])
        self.static_url = urljoin(base_url, settings.STATIC_URL)

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if not url.startswith(self.static_url):
            raise ValueError(f"A PDF reads no address outside the static files: {url}")
        name = posixpath.normpath(unquote(urlsplit(url[len(self.static_url) :]).path))
        path = static_file(name)
        if path is None:
            raise ValueError(f"No such static file: {name}")
        content_type, _ = mimetypes.guess_type(name)
        return URLFetcherResponse(
            url, path.read_bytes(), {"Content-Type": content_type or "application/octet-stream"}
        )


def static_file(name: str) -> Path | None:
    """The file of a static name: from the app and vendor folders while developing (the
    finders), else from the collected files (with their hashed names in production)."""
    if name.startswith(("/", "..")):
        return None
    found = finders.find(name)
    if found:
        return Path(found)
    if staticfiles_storage.exists(name):
        return Path(staticfiles_storage.path(name))
    return None


def html_to_pdf(html: str, base_url: str) -> bytes:
    """A tagged PDF (screen readers read it in order, with its headings and tables) of a page
    whose addresses are relative to ``base_url`` (``request.build_absolute_uri("/")``)."""
    document = HTML(string=html, base_url=base_url, url_fetcher=StaticFilesOnly(base_url))
    return document.write_pdf(pdf_tags=True)
