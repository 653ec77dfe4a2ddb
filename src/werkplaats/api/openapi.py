"""The OpenAPI document as committed: the served one, written the same way every time."""

import json
from pathlib import Path

from django.utils import translation

COMMITTED = Path(__file__).resolve().parent / "openapi.json"
REGENERATE = "python -m werkplaats export_openapi"


def served_document() -> dict:
    from werkplaats.api.api import api

    # The document is in English whatever language a request asks for.
    with translation.override("en"):
        return api.get_openapi_schema()


def render(document: dict) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
