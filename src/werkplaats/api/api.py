"""The open API (``/api/v1/``): everything the site shows publicly, to read, and a few writes
for people with a personal API token, through the same services and permission checks as the
site's own pages."""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from werkplaats.api import errors
from werkplaats.api.auth import ApiThrottle
from werkplaats.api.routers import (
    activities,
    agenda,
    ateliers,
    me,
    monitoring,
    network,
    publications,
    questions,
)

DESCRIPTION = """\
The open API of the Werkplaatsen Sociaal Domein.

**Reading** needs no account: werkplaatsen, partner organisations, themes, public questions,
knowledge agendas, learning ateliers, public activities, published publications, and targets
with their progress. Nothing personal is in it (no askers, no registrations).

**Writing** needs a personal API token. Make one on the page "API tokens" under "My werkplaats"
and send it as `Authorization: Bearer <token>`. A token belongs to one werkplaats; what it may
do follows from your role there at the moment you use it.

**Lists** are pages: `limit` (1–100, default 20) and `offset`; the answer has `count` and
`items`.

**Errors** all have the same shape: `{"detail": "<reason>", "code": "<code>", "errors":
[{"field": "...", "message": "..."}]}`, for 400 (refused by the rules), 401 (no valid token),
403 (your role does not allow it), 404 (nothing public here), 405 (wrong method), 409 (changed
by someone else, or a step the workflow does not allow), 422 (the request does not match this
description) and 429 (too many requests; see `Retry-After`).
"""


class WerkplaatsAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        # The view's own name (werkplaats_list, publication_create): unique, and what a
        # generated client calls its methods.
        return operation.view_func.__name__


api = WerkplaatsAPI(
    title="Werkplaats API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api:api-v1",
    # Ninja's documentation page loads scripts our Content-Security-Policy does not allow;
    # views.docs shows the same document as a plain page.
    docs_url=None,
    throttle=[ApiThrottle()],
)
errors.install(api)

api.add_router("", network.router)
api.add_router("", questions.router)
api.add_router("", agenda.router)
api.add_router("", ateliers.router)
api.add_router("", activities.router)
api.add_router("", publications.router)
api.add_router("", monitoring.router)
api.add_router("", me.router)

TITLE = _("Werkplaats API")
