"""Schemathesis against the API in process: every operation of the committed document gets
generated requests (a fixed seed, derandomized, a bounded number of examples), and every
answer must be documented, match its schema, and never be a server error.

Every request carries the token of a coordinator of werkplaats A, who may take every write
step, against A's records; Schemathesis's coverage phase also sends requests without it, with
methods the API does not accept and with values just outside the documented bounds.
"""

import hypothesis
import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.conftest import bearer
from werkplaats.api.openapi import served_document

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
MAX_EXAMPLES = 10

SEED = 20261201
# The seed in the config reaches every phase (examples, coverage, fuzzing), per operation.
CONFIG = SchemathesisConfig.from_dict({"seed": SEED})
schema = schemathesis.openapi.from_dict(served_document(), config=CONFIG)
app = get_wsgi_application()


@pytest.fixture
def keep_connection():
    """Django's WSGI handler closes the database connection after each request; inside the
    test's transaction that would end it (Django's own test client does the same as this)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def coordinator_token(keep_connection, records, coordinator_a, werkplaats_a, token_for):
    return token_for(coordinator_a, werkplaats_a)


@pytest.mark.django_db
@schema.parametrize()
@hypothesis.settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate],
)
@hypothesis.seed(SEED)
def test_every_answer_is_documented_and_no_server_error(case, coordinator_token):
    headers = bearer(coordinator_token)
    case.call_and_validate(
        app=app,
        headers={"Authorization": headers["HTTP_AUTHORIZATION"]},
        checks=CHECKS,
    )
