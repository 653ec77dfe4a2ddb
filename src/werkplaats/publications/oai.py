"""OAI-PMH 2.0 (https://www.openarchives.org/OAI/openarchivesprotocol.html): hogeschool
repositories and the HBO Kennisbank harvest our published publications in ``oai_dc``.

* Identifiers are ``oai:<host of SITE_URL>:publication:<uid>``; the datestamp is the moment the
  publication last changed, in UTC, to the second.
* Sets: ``werkplaats:<slug>`` per werkplaats that published something and ``kind:<kind>`` per
  kind, under the parents ``werkplaats`` and ``kind``. Because we support sets, the error
  ``noSetHierarchy`` never applies.
* Every published publication can be given as ``oai_dc``, the one format we offer, so
  ``noMetadataFormats`` never applies either: an unknown identifier is ``idDoesNotExist``.
* Deleted records are not kept (``deletedRecord`` is "no"): a publication that is unpublished
  or removed simply disappears from the answers.
* Lists come in pages of ``PAGE_SIZE`` in the order (datestamp, id). The resumption token holds
  the request and where the last page ended, signed so that nobody can make one up; nothing
  is stored on the server. A token that was changed, or is older than ``TOKEN_LIFETIME``, is
  ``badResumptionToken``.
"""

import datetime
import re
from dataclasses import dataclass
from email.utils import parseaddr
from xml.etree import ElementTree as ET

from django.conf import settings
from django.core import signing
from django.db.models import Min, Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from werkplaats.publications import oai_records as records

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
REPOSITORY_NAME = "Werkplaatsen Sociaal Domein"
PAGE_SIZE = 50
TOKEN_LIFETIME = datetime.timedelta(hours=24)
TOKEN_SALT = "werkplaats.publications.oai.resumption-token"  # noqa: S105 (a salt, no secret)

ET.register_namespace("oai_dc", records.OAI_DC_NS)
ET.register_namespace("dc", records.DC_NS)
ET.register_namespace("xsi", records.XSI_NS)


@dataclass(frozen=True)
class Verb:
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    exclusive: str = ""  # an argument that must come alone (the resumption token)


LIST_VERB = Verb(
    required=("metadataPrefix",),
    optional=("from", "until", "set"),
    exclusive="resumptionToken",
)
VERBS = {
    "Identify": Verb(),
    "ListMetadataFormats": Verb(optional=("identifier",)),
    "ListSets": Verb(exclusive="resumptionToken"),
    "GetRecord": Verb(required=("identifier", "metadataPrefix")),
    "ListIdentifiers": LIST_VERB,
    "ListRecords": LIST_VERB,
}

# The value patterns of the OAI-PMH schema (metadataPrefixType, setSpecType).
METADATA_PREFIX = re.compile(r"[A-Za-z0-9\-_.!~*'()]+")
SET_SPEC = re.compile(r"[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SECOND = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


class OaiError(Exception):
    """An OAI-PMH error condition. ``echo``: whether the request's arguments are repeated in
    the answer, which the protocol forbids after badVerb and badArgument."""

    def __init__(self, code: str, message: str, *, echo: bool = True):
        super().__init__(message)
        self.code = code
        self.message = message
        self.echo = echo


def _bad_argument(message: str) -> OaiError:
    return OaiError("badArgument", message, echo=False)


def _q(name: str) -> str:
    # OAI-PMH elements are in the default namespace, declared on the root by _response:
    # ElementTree's default_namespace option refuses the unqualified attributes OAI-PMH uses.
    return name


def _sub(
    parent: ET.Element, name: str, text: str | None = None, attributes: dict | None = None
) -> ET.Element:
    element = ET.SubElement(parent, _q(name), {k: str(v) for k, v in (attributes or {}).items()})
    if text is not None:
        element.text = records.xml_text(text)
    return element


@csrf_exempt  # harvesters POST without a session; the endpoint only reads
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request):
    data = request.POST if request.method == "POST" else request.GET
    arguments: dict[str, str] = {}
    try:
        verb, arguments = _arguments(data)
        body = HANDLERS[verb](request, arguments)
    except OaiError as error:
        body = ET.Element(_q("error"), {"code": error.code})
        body.text = error.message
        if not error.echo:
            arguments = {}
    return _response(arguments, body)


def _base_url() -> str:
    return f"{settings.SITE_URL}{reverse('publications:oai')}"


def _response(arguments: dict[str, str], body: ET.Element) -> HttpResponse:
    root = ET.Element(
        _q("OAI-PMH"),
        {"xmlns": OAI_NS, f"{{{records.XSI_NS}}}schemaLocation": f"{OAI_NS} {OAI_SCHEMA}"},
    )
    _sub(root, "responseDate", records.datestamp(timezone.now()))
    _sub(root, "request", _base_url(), arguments)
    root.append(body)
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return HttpResponse(xml, content_type="text/xml; charset=utf-8")


def _arguments(data) -> tuple[str, dict[str, str]]:
    """The verb and the other arguments, each checked against what the verb accepts."""
    verbs = data.getlist("verb")
    if not verbs:
        raise OaiError("badVerb", "The verb argument is missing.", echo=False)
    if len(verbs) > 1:
        raise OaiError("badVerb", "The verb argument is repeated.", echo=False)
    verb = verbs[0]
    if verb not in VERBS:
        raise OaiError("badVerb", "This verb is not an OAI-PMH verb.", echo=False)
    accepted = VERBS[verb]
    allowed = {*accepted.required, *accepted.optional, accepted.exclusive} - {""}
    arguments = {"verb": verb}
    for name, values in data.lists():
        if name == "verb":
            continue
        if name not in allowed:
            raise _bad_argument(f"{verb} does not take the argument {name}.")
        if len(values) > 1:
            raise _bad_argument(f"The argument {name} is repeated.")
        if records.has_xml_illegal_characters(values[0]):
            raise _bad_argument(f"The argument {name} contains characters that are not allowed.")
        arguments[name] = values[0]
    if accepted.exclusive and accepted.exclusive in arguments:
        if len(arguments) > 2:
            raise _bad_argument(f"The argument {accepted.exclusive} must be the only argument.")
    else:
        for name in accepted.required:
            if name not in arguments:
                raise _bad_argument(f"{verb} needs the argument {name}.")
    _check_syntax(arguments)
    return verb, arguments


def _check_syntax(arguments: dict[str, str]) -> None:
    """Values that cannot be repeated in the answer are bad arguments, not unknown ones."""
    prefix = arguments.get("metadataPrefix")
    if prefix is not None and not METADATA_PREFIX.fullmatch(prefix):
        raise _bad_argument("This is not a valid metadataPrefix.")
    spec = arguments.get("set")
    if spec is not None and not SET_SPEC.fullmatch(spec):
        raise _bad_argument("This is not a valid setSpec.")
    identifier = arguments.get("identifier")
    if identifier is not None and (not identifier or any(c.isspace() for c in identifier)):
        raise _bad_argument("This is not a valid identifier.")
    moments = {name: _moment(arguments[name]) for name in ("from", "until") if name in arguments}
    if len(moments) == 2:
        (start, start_day), (end, end_day) = moments["from"], moments["until"]
        if start_day != end_day:
            raise _bad_argument("The from and until arguments must have the same granularity.")
        if start > end:
            raise _bad_argument("The from argument is later than the until argument.")


def _moment(value: str) -> tuple[datetime.datetime, bool]:
    """A datestamp argument as a moment in UTC, and whether it was a day (not a second)."""
    try:
        if DAY.fullmatch(value):
            day = datetime.date.fromisoformat(value)
            return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC), True
        if SECOND.fullmatch(value):
            moment = datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
            return moment.replace(tzinfo=datetime.UTC), False
    except ValueError:
        pass
    raise _bad_argument(
        f"{value} is not a date (YYYY-MM-DD) or a moment in UTC (YYYY-MM-DDThh:mm:ssZ)."
    )


def _check_prefix(prefix: str) -> None:
    if prefix != records.OAI_DC_PREFIX:
        raise OaiError("cannotDisseminateFormat", "The only metadata format here is oai_dc.")


def _publication(identifier: str, *, metadata: bool = False):
    uid = records.uid_from_identifier(identifier)
    publications = records.harvestable()
    if metadata:
        publications = records.with_metadata(publications)
    publication = publications.filter(uid=uid).first() if uid else None
    if publication is None:
        raise OaiError("idDoesNotExist", "There is no published publication with this identifier.")
    return publication


def _header(parent: ET.Element, publication) -> None:
    header = _sub(parent, "header")
    _sub(header, "identifier", records.oai_identifier(publication))
    _sub(header, "datestamp", records.datestamp(publication.updated))
    for spec in records.set_specs(publication):
        _sub(header, "setSpec", spec)


def _record(parent: ET.Element, publication) -> None:
    record = _sub(parent, "record")
    _header(record, publication)
    metadata = _sub(record, "metadata")
    metadata.append(records.oai_dc(publication))


def identify(request, arguments):
    body = ET.Element(_q("Identify"))
    earliest = records.harvestable().aggregate(first=Min("updated"))["first"] or timezone.now()
    _sub(body, "repositoryName", REPOSITORY_NAME)
    _sub(body, "baseURL", _base_url())
    _sub(body, "protocolVersion", "2.0")
    _sub(body, "adminEmail", _admin_email())
    _sub(body, "earliestDatestamp", records.datestamp(earliest))
    _sub(body, "deletedRecord", "no")
    _sub(body, "granularity", "YYYY-MM-DDThh:mm:ssZ")
    return body


def _admin_email() -> str:
    configured = settings.OAI_ADMIN_EMAIL or settings.SERVER_EMAIL
    return parseaddr(configured)[1] or configured


def list_metadata_formats(request, arguments):
    if "identifier" in arguments:
        _publication(arguments["identifier"])
    body = ET.Element(_q("ListMetadataFormats"))
    format_ = _sub(body, "metadataFormat")
    _sub(format_, "metadataPrefix", records.OAI_DC_PREFIX)
    _sub(format_, "schema", records.OAI_DC_SCHEMA)
    _sub(format_, "metadataNamespace", records.OAI_DC_NS)
    return body


def list_sets(request, arguments):
    if "resumptionToken" in arguments:
        # The list of sets always comes whole, so no token of ours belongs to it.
        raise OaiError("badResumptionToken", "This resumption token is not valid.")
    body = ET.Element(_q("ListSets"))
    for spec, name in records.all_sets():
        item = _sub(body, "set")
        _sub(item, "setSpec", spec)
        _sub(item, "setName", name)
    return body


def get_record(request, arguments):
    _check_prefix(arguments["metadataPrefix"])
    publication = _publication(arguments["identifier"], metadata=True)
    body = ET.Element(_q("GetRecord"))
    _record(body, publication)
    return body


@dataclass(frozen=True)
class ListRequest:
    """A ListIdentifiers or ListRecords request, and where its previous page ended."""

    verb: str
    prefix: str
    set: str = ""
    start: str = ""
    end: str = ""
    after: tuple[datetime.datetime, int] | None = None
    cursor: int = 0

    def token(self) -> str:
        after = [self.after[0].isoformat(), self.after[1]] if self.after else None
        payload = {
            "v": self.verb,
            "m": self.prefix,
            "s": self.set,
            "f": self.start,
            "u": self.end,
            "a": after,
            "c": self.cursor,
        }
        return signing.dumps(payload, salt=TOKEN_SALT, compress=True)

    @classmethod
    def from_token(cls, verb: str, token: str) -> "ListRequest":
        bad = OaiError("badResumptionToken", "This resumption token is not valid or has expired.")
        try:
            payload = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_LIFETIME)
            after = payload["a"]
            if after is not None:
                moment, pk = after
                after = (datetime.datetime.fromisoformat(moment), int(pk))
            request = cls(
                verb=payload["v"],
                prefix=str(payload["m"]),
                set=str(payload["s"]),
                start=str(payload["f"]),
                end=str(payload["u"]),
                after=after,
                cursor=int(payload["c"]),
            )
        except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
            raise bad from error
        if request.verb != verb:
            raise bad
        return request


def _selection(state: ListRequest):
    publications = records.harvestable()
    if state.set:
        publications = records.filter_by_set(publications, state.set)
        if publications is None:
            raise OaiError("noRecordsMatch", "There is no such set.")
    if state.start:
        publications = publications.filter(updated__gte=_moment(state.start)[0])
    if state.end:
        end, day = _moment(state.end)
        try:
            # Datestamps are to the second, so "until" takes in the whole day or second.
            end += datetime.timedelta(days=1) if day else datetime.timedelta(seconds=1)
        except OverflowError:
            pass  # until the year 9999: no limit
        else:
            publications = publications.filter(updated__lt=end)
    return publications


def _list(request, arguments, *, with_records: bool):
    verb = arguments["verb"]
    if "resumptionToken" in arguments:
        state = ListRequest.from_token(verb, arguments["resumptionToken"])
    else:
        state = ListRequest(
            verb=verb,
            prefix=arguments["metadataPrefix"],
            set=arguments.get("set", ""),
            start=arguments.get("from", ""),
            end=arguments.get("until", ""),
        )
    _check_prefix(state.prefix)
    publications = _selection(state)
    total = publications.count()
    page = publications
    if state.after:
        moment, pk = state.after
        page = page.filter(Q(updated__gt=moment) | Q(updated=moment, pk__gt=pk))
    if with_records:
        page = records.with_metadata(page)
    rows = list(page.order_by("updated", "pk")[: PAGE_SIZE + 1])
    if not rows:
        raise OaiError("noRecordsMatch", "No records match these arguments.")
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]

    body = ET.Element(_q(verb))
    for publication in rows:
        (_record if with_records else _header)(body, publication)
    if more or state.cursor:
        # A list that took more than one page ends with an empty token (section 3.5).
        size = max(total, state.cursor + len(rows))  # the list may have changed since
        token = _sub(
            body, "resumptionToken", attributes={"completeListSize": size, "cursor": state.cursor}
        )
        if more:
            last = rows[-1]
            following = ListRequest(
                verb=state.verb,
                prefix=state.prefix,
                set=state.set,
                start=state.start,
                end=state.end,
                after=(last.updated, last.pk),
                cursor=state.cursor + len(rows),
            )
            token.text = following.token()
            token.set("expirationDate", records.datestamp(timezone.now() + TOKEN_LIFETIME))
    return body


def list_identifiers(request, arguments):
    return _list(request, arguments, with_records=False)


def list_records(request, arguments):
    return _list(request, arguments, with_records=True)


HANDLERS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "GetRecord": get_record,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
}
