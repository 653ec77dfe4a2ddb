"""Small helpers of the kennisbank pages: licence deeds, file kinds and readability words."""

from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkplaats.lib.readability import MIN_WORDS
from werkplaats.publications.models import Publication

register = template.Library()

Licence = Publication.Licence
# The Creative Commons page that explains each licence in plain words (its "deed").
LICENCE_DEEDS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    Licence.CC_BY_ND: "https://creativecommons.org/licenses/by-nd/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}
DEED_LANGUAGES = ("nl", "en")

FILE_KINDS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
    "application/vnd.oasis.opendocument.text": "OpenDocument",
    "application/vnd.oasis.opendocument.presentation": "OpenDocument",
    "image/png": "PNG",
    "image/jpeg": "JPEG",
}

PROBLEMS = {
    "flesch_douma": _(
        "The text is hard to read: the reading ease score is below 60. "
        "Use shorter words and shorter sentences."
    ),
    "long_sentences": _(
        "The sentences are long: more than 15 words on average. Split long sentences in two."
    ),
    "long_words": _(
        "There are many long words: more than 1 in 10 words has four syllables or more. "
        "Choose short, everyday words."
    ),
}


@register.filter
def licence_deed(licence: str) -> str:
    """The deed of a Creative Commons licence in the page's language; '' for other licences."""
    url = LICENCE_DEEDS.get(licence, "")
    language = (get_language() or "nl").split("-")[0]
    return f"{url}deed.{language}" if url and language in DEED_LANGUAGES else url


@register.filter
def file_kind(content_type: str) -> str:
    return FILE_KINDS.get(content_type, content_type)


@register.filter
def problem_text(code: str) -> str:
    return PROBLEMS.get(code, code)


@register.filter
def percentage(share: float) -> int:
    return round(share * 100)


@register.simple_tag
def min_words() -> int:
    """How many words the readability indication needs to say something."""
    return MIN_WORDS
