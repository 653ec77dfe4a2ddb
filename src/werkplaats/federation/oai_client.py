"""A small OAI-PMH 2.0 harvesting client: Identify and ListRecords in ``oai_dc``.

Only the standard library (urllib, ElementTree): the other side is usually another
Werkplaats installation (``publications/oai.py``), but any OAI-PMH repository that offers
``oai_dc`` will do. Everything the network gives is distrusted:

* one request takes at most ``TIMEOUT`` seconds in all (not only between two packets) and
  ``MAX_RESPONSE_BYTES``; more is an error, not a truncated answer;
* an answer with a document type declaration is refused by the parser when it reaches it,
  so no entity can be declared or expand (OAI-PMH answers never have one);
* every failure is a :class:`HarvestError` with a sentence for the source's "last error".

``fetch`` is a parameter everywhere (default :func:`fetch_url`), so that tests can answer from
canned XML or from the provider of the test's own database.
"""

import datetime
import http.client
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit
from xml.etree import ElementTree as ET

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
OAI_DC = "oai_dc"

TIMEOUT = 30  # seconds for one request, connecting and reading included
MAX_RESPONSE_BYTES = 20 * 1024 * 1024
CHUNK = 64 * 1024
USER_AGENT = "Werkplaats-harvester/1.0 (OAI-PMH)"
# Of what a record may hold: more values or longer ones are cut (the record stays small).
MAX_VALUES = 50
MAX_VALUE_LENGTH = 5000

DAY_GRANULARITY = "YYYY-MM-DD"
SECOND_GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"

Fetch = Callable[[str, dict[str, str]], bytes]


class HarvestError(Exception):
    """A harvest that could not go on; the message says why, in one sentence."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Identity:
    granularity: str
    deleted_record: str
    response_date: datetime.datetime


@dataclass(frozen=True)
class Record:
    identifier: str
    datestamp: datetime.datetime
    deleted: bool = False
    # Dublin Core element name (title, creator, …) -> its values, in order.
    metadata: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    response_date: datetime.datetime
    records: list[Record]
    token: str = ""  # empty: this was the last page


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to web addresses only (urllib's own would follow ftp:// too)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise HarvestError("The source redirected to an address that is not http(s).")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_WebOnlyRedirects)


def fetch_url(base_url: str, params: dict[str, str]) -> bytes:
    """GET ``base_url`` with ``params``, within ``TIMEOUT`` and ``MAX_RESPONSE_BYTES``."""
    url = f"{base_url}{'&' if '?' in base_url else '?'}{urlencode(params)}"
    request = urllib.request.Request(  # noqa: S310 (the address is checked to be http(s))
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/xml, application/xml"}
    )
    if request.type not in ("http", "https"):
        raise HarvestError("The address of the source must start with http:// or https://.")
    deadline = time.monotonic() + TIMEOUT
    try:
        with _opener.open(request, timeout=TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_RESPONSE_BYTES:
                raise _too_large()
            chunks, size = [], 0
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > MAX_RESPONSE_BYTES:
                    raise _too_large()
                if time.monotonic() > deadline:
                    raise _too_slow()
                chunks.append(chunk)
            return b"".join(chunks)
    except urllib.error.HTTPError as error:
        raise HarvestError(f"The source answered with HTTP status {error.code}.") from error
    except TimeoutError as error:
        raise _too_slow() from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise _too_slow() from error
        raise HarvestError(f"The source could not be reached ({error.reason}).") from error
    # Connection reset (OSError), a bad address (ValueError), an answer that is not HTTP
    # (http.client's BadStatusLine is neither of those).
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise HarvestError(f"The connection with the source failed ({error}).") from error


def _too_large() -> HarvestError:
    megabytes = MAX_RESPONSE_BYTES // (1024 * 1024)
    return HarvestError(f"The source's answer is larger than {megabytes} MB.")


def _too_slow() -> HarvestError:
    return HarvestError(f"The source did not answer within {TIMEOUT} seconds.")


def identify(base_url: str, *, fetch: Fetch | None = None) -> Identity:
    return parse_identify((fetch or fetch_url)(base_url, {"verb": "Identify"}))


def list_records(
    base_url: str, *, start: str = "", token: str = "", fetch: Fetch | None = None
) -> Page:
    """One page of ListRecords: the first (from ``start``, a datestamp) or the one after
    ``token``."""
    if token:
        params = {"verb": "ListRecords", "resumptionToken": token}
    else:
        params = {"verb": "ListRecords", "metadataPrefix": OAI_DC}
        if start:
            params["from"] = start
    return parse_list_records((fetch or fetch_url)(base_url, params))


# Parsing ------------------------------------------------------------------------------------


def _q(name: str) -> str:
    return f"{{{OAI_NS}}}{name}"


class _NoDocumentType(ET.TreeBuilder):
    """Refuses a document type declaration as the parser meets it, before any entity in it
    is declared. A search of the bytes for "<!DOCTYPE" is not enough: in UTF-16 those are
    other bytes, and the parser would read the declaration all the same."""

    def doctype(self, name, pubid, system):
        raise HarvestError("The source's answer declares a document type, which is not allowed.")


def _root(xml: bytes) -> ET.Element:
    parser = ET.XMLParser(target=_NoDocumentType())  # noqa: S314 (it refuses a DTD, see above)
    try:
        root = ET.fromstring(xml, parser=parser)  # noqa: S314
    # An encoding the parser cannot read is a ValueError (UTF-16 declared as "utf-16-le") or
    # a LookupError (a name Python does not know), not a ParseError.
    except (ET.ParseError, ValueError, LookupError) as error:
        raise HarvestError(f"The source's answer is not valid XML ({error}).") from error
    if root.tag != _q("OAI-PMH"):
        raise HarvestError("The source's answer is not an OAI-PMH answer.")
    return root


def _errors(root: ET.Element) -> list[tuple[str, str]]:
    return [
        (error.get("code", ""), (error.text or "").strip()) for error in root.findall(_q("error"))
    ]


def _raise_errors(errors: list[tuple[str, str]]) -> None:
    code, message = errors[0]
    detail = f": {message}" if message else ""
    raise HarvestError(f"The source reported the OAI-PMH error {code}{detail}")


def parse_datestamp(text: str | None) -> datetime.datetime:
    """An OAI-PMH datestamp (a day, or a moment in UTC) as an aware datetime in UTC."""
    value = (text or "").strip()
    try:
        if len(value) == 10:
            day = datetime.date.fromisoformat(value)
            return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)
        moment = datetime.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return moment.astimezone(datetime.UTC)
    # OverflowError: a moment in year 1 or 9999 whose offset moves it out of the calendar.
    except (ValueError, OverflowError):
        raise HarvestError(f"The source gave a datestamp that is not a date: {value!r}.") from None


def format_datestamp(moment: datetime.datetime, granularity: str) -> str:
    """``moment`` as a ``from`` argument in the source's granularity."""
    moment = moment.astimezone(datetime.UTC)
    if granularity == DAY_GRANULARITY:
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _response_date(root: ET.Element) -> datetime.datetime:
    element = root.find(_q("responseDate"))
    if element is None:
        raise HarvestError("The source's answer has no responseDate.")
    return parse_datestamp(element.text)


def parse_identify(xml: bytes) -> Identity:
    root = _root(xml)
    if errors := _errors(root):
        _raise_errors(errors)
    body = root.find(_q("Identify"))
    if body is None:
        raise HarvestError("The source's answer to Identify has no Identify element.")
    granularity = (body.findtext(_q("granularity")) or DAY_GRANULARITY).strip()
    if granularity not in (DAY_GRANULARITY, SECOND_GRANULARITY):
        granularity = DAY_GRANULARITY  # the one every repository must understand
    deleted = (body.findtext(_q("deletedRecord")) or "no").strip()
    if deleted not in ("no", "transient", "persistent"):
        deleted = "no"
    return Identity(granularity, deleted, _response_date(root))


def parse_list_records(xml: bytes) -> Page:
    """One ListRecords answer. ``noRecordsMatch`` is an empty last page, not an error."""
    root = _root(xml)
    response_date = _response_date(root)
    if errors := _errors(root):
        if all(code == "noRecordsMatch" for code, _message in errors):
            return Page(response_date, [])
        _raise_errors(errors)
    body = root.find(_q("ListRecords"))
    if body is None:
        raise HarvestError("The source's answer to ListRecords has no ListRecords element.")
    records = [_record(element) for element in body.findall(_q("record"))]
    token = (body.findtext(_q("resumptionToken")) or "").strip()
    return Page(response_date, records, token)


def _record(element: ET.Element) -> Record:
    header = element.find(_q("header"))
    if header is None:
        raise HarvestError("The source gave a record without a header.")
    identifier = (header.findtext(_q("identifier")) or "").strip()
    if not identifier or len(identifier) > 500:
        raise HarvestError("The source gave a record without a usable identifier.")
    datestamp = parse_datestamp(header.findtext(_q("datestamp")))
    if header.get("status") == "deleted":
        return Record(identifier, datestamp, deleted=True)
    return Record(identifier, datestamp, metadata=_dublin_core(element.find(_q("metadata"))))


def _dublin_core(metadata: ET.Element | None) -> dict[str, list[str]]:
    dc = metadata.find(f"{{{OAI_DC_NS}}}dc") if metadata is not None else None
    values: dict[str, list[str]] = {}
    if dc is None:
        return values
    for child in dc:
        if not isinstance(child.tag, str) or not child.tag.startswith(f"{{{DC_NS}}}"):
            continue
        text = " ".join("".join(child.itertext()).split())
        name = child.tag.removeprefix(f"{{{DC_NS}}}")
        if text and len(values.setdefault(name, [])) < MAX_VALUES:
            values[name].append(text[:MAX_VALUE_LENGTH])
    return {name: found for name, found in values.items() if found}
