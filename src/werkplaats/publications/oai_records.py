"""What the OAI-PMH endpoint says about a publication: its identifier, sets and Dublin Core.

Only published publications are ever shown to harvesters. See ``oai.py`` for the protocol.
"""

import datetime
import re
import uuid
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree as ET

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils import translation

from werkplaats.lib.mail import absolute_url
from werkplaats.network.models import Werkplaats
from werkplaats.publications.models import Author, Publication

OAI_DC_PREFIX = "oai_dc"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# The parent sets; their children are "werkplaats:<slug>" and "kind:<kind>".
WERKPLAATS_SET = "werkplaats"
KIND_SET = "kind"

LICENCE_URLS = {
    Publication.Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Publication.Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Publication.Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Publication.Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    Publication.Licence.CC_BY_ND: "https://creativecommons.org/licenses/by-nd/4.0/",
    Publication.Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    Publication.Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}

# Characters XML 1.0 does not allow, even escaped; a pasted text can contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value) -> str:
    return _NOT_XML.sub("", str(value))


def has_xml_illegal_characters(value: str) -> bool:
    return bool(_NOT_XML.search(value))


def repository_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def oai_identifier(publication: Publication) -> str:
    return f"oai:{repository_host()}:publication:{publication.uid}"


def uid_from_identifier(identifier: str) -> uuid.UUID | None:
    """The publication's uid in an identifier of ours, or None for any other identifier."""
    prefix = f"oai:{repository_host()}:publication:"
    if not identifier.startswith(prefix):
        return None
    try:
        return uuid.UUID(identifier.removeprefix(prefix))
    except ValueError:
        return None


def datestamp(moment: datetime.datetime) -> str:
    """A moment in the repository's granularity: seconds, in UTC."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def harvestable() -> QuerySet:
    """What harvesters see: published publications and nothing else, ever.

    We keep no trace of deleted or unpublished publications (Identify says deletedRecord
    "no"): a publication that is set back to draft simply disappears from the lists.
    """
    return Publication.objects.published().select_related("werkplaats")


def with_metadata(publications: QuerySet) -> QuerySet:
    return publications.prefetch_related(
        Prefetch("authors", queryset=Author.objects.order_by("position", "id")),
        "themes",
        "files",
    )


def filter_by_set(publications: QuerySet, spec: str) -> QuerySet | None:
    """The publications in a set, or None when there is no such set."""
    if spec in (WERKPLAATS_SET, KIND_SET):
        return publications  # every publication has a werkplaats and a kind
    group, _, value = spec.partition(":")
    if group == WERKPLAATS_SET and value:
        return publications.filter(werkplaats__slug=value)
    if group == KIND_SET and value in Publication.Kind.values:
        return publications.filter(kind=value)
    return None


def set_specs(publication: Publication) -> list[str]:
    return [f"{WERKPLAATS_SET}:{publication.werkplaats.slug}", f"{KIND_SET}:{publication.kind}"]


def all_sets() -> list[tuple[str, str]]:
    """(setSpec, setName) of every set: the werkplaatsen that published something, and the
    kinds of publication (all of them, so that a harvester can subscribe before the first)."""
    with translation.override(settings.LANGUAGE_CODE):
        sets = [(WERKPLAATS_SET, translation.gettext("Werkplaatsen"))]
        werkplaatsen = (
            Werkplaats.objects.filter(publications__status=Publication.Status.PUBLISHED)
            .distinct()
            .order_by("name")
        )
        sets += [(f"{WERKPLAATS_SET}:{w.slug}", w.name) for w in werkplaatsen]
        sets.append((KIND_SET, translation.gettext("Kinds of publication")))
        sets += [(f"{KIND_SET}:{value}", str(label)) for value, label in Publication.Kind.choices]
    return sets


def _dcmi_type(publication: Publication) -> str:
    return "MovingImage" if publication.kind == Publication.Kind.VIDEO else "Text"


def oai_dc(publication: Publication) -> ET.Element:
    """The publication in unqualified Dublin Core (``oai_dc``), in the site's language.

    Needs ``with_metadata()``: authors, themes and files come from the prefetch.
    """
    root = ET.Element(
        f"{{{OAI_DC_NS}}}dc",
        {f"{{{XSI_NS}}}schemaLocation": f"{OAI_DC_NS} {OAI_DC_SCHEMA}"},
    )

    def add(name: str, value, lang: str = "") -> None:
        text = xml_text(value).strip()
        if text:
            element = ET.SubElement(root, f"{{{DC_NS}}}{name}")
            element.text = text
            if lang:
                element.set(f"{{{XML_NS}}}lang", lang)

    with translation.override(settings.LANGUAGE_CODE):
        add("title", publication.title, publication.language)
        for author in publication.authors.all():
            add("creator", author.name)
        for theme in publication.themes.all():
            add("subject", theme.name)
        add("description", publication.summary, publication.language)
        add("publisher", publication.werkplaats.name)
        add("date", publication.date.isoformat())
        add("type", publication.get_kind_display())
        add("type", _dcmi_type(publication))
        for content_type in sorted({f.content_type for f in publication.files.all()}):
            add("format", content_type)
        add("identifier", absolute_url(publication.get_absolute_url()))
        if publication.doi:
            add("identifier", f"https://doi.org/{quote(publication.doi, safe='/:;()')}")
        if publication.isbn:
            add("identifier", f"urn:isbn:{publication.isbn}")
        add("language", publication.language)
        add("rights", publication.get_licence_display())
        if url := LICENCE_URLS.get(publication.licence):
            add("rights", url)
        add("relation", publication.external_url)
        add("relation", publication.national_site_url)
    return root
