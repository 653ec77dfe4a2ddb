"""The OpenAPI document: served, committed, the same; and the documentation page."""

import json
import re

import pytest
from django.urls import reverse

from tests.api.conftest import API
from werkplaats.api.openapi import COMMITTED, REGENERATE, render, served_document

pytestmark = pytest.mark.django_db


def test_committed_document_is_the_served_one(client):
    served = client.get(f"{API}/openapi.json")
    assert served.status_code == 200
    committed = COMMITTED.read_text(encoding="utf-8") if COMMITTED.exists() else ""
    assert render(served.json()) == committed, (
        f"{COMMITTED.name} differs from the document the API serves. Regenerate it with "
        f"`{REGENERATE}` and commit the result."
    )


def test_the_served_document_does_not_depend_on_the_language(client):
    english = client.get(f"{API}/openapi.json", HTTP_ACCEPT_LANGUAGE="en").json()
    dutch = client.get(f"{API}/openapi.json", HTTP_ACCEPT_LANGUAGE="nl").json()
    assert english == dutch == json.loads(render(served_document()))


def test_every_operation_declares_its_errors_in_one_shape():
    document = json.loads(render(served_document()))
    assert set(document["components"]["schemas"]["ErrorOut"]["required"]) == {"detail", "code"}
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            responses = operation["responses"]
            errors = [code for code in responses if code.startswith("4")]
            assert {"404", "422", "429"} <= set(errors) or path.endswith("/token"), path
            for code in errors:
                schema = responses[code]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorOut"}, (method, path, code)
            if method != "get" or path.endswith("/token"):
                assert operation["security"] == [{"TokenAuth": []}], path
                assert ("401" in responses and "403" in responses) or path.endswith("/token")


def test_docs_page_has_no_scripts_and_keeps_the_csp(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "/api/v1/publications" in html
    assert html.count("<h1") == 1
