"""The pages of the API: a person's own tokens, and the API's documentation."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from werkplaats.accounts.permissions import is_national_admin
from werkplaats.api import services
from werkplaats.api.api import api
from werkplaats.api.errors import json_error
from werkplaats.api.forms import TokenForm
from werkplaats.api.models import ApiToken
from werkplaats.lib.forms import add_validation_error
from werkplaats.network.models import Werkplaats


def _werkplaatsen_of(user):
    if is_national_admin(user):
        return Werkplaats.objects.order_by("name")
    return Werkplaats.objects.filter(memberships__user=user).order_by("name")


def _tokens_page(request, form, *, created=None, status=200):
    tokens = ApiToken.objects.filter(user=request.user).select_related("werkplaats")
    return render(
        request,
        "api/tokens.html",
        {"form": form, "tokens": tokens, "created": created},
        status=status,
    )


@login_required
def token_list(request):
    """The person's tokens; POST makes one and shows it once, on this answer only."""
    werkplaatsen = _werkplaatsen_of(request.user)
    if request.method != "POST":
        return _tokens_page(request, TokenForm(werkplaatsen=werkplaatsen))
    form = TokenForm(request.POST, werkplaatsen=werkplaatsen)
    if form.is_valid():
        try:
            created = services.token_create(
                user=request.user,
                werkplaats=form.cleaned_data["werkplaats"],
                name=form.cleaned_data["name"],
                expires_at=form.expires_at(),
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            # Rendered, not redirected: the plain token exists only in this answer.
            response = _tokens_page(request, TokenForm(werkplaatsen=werkplaatsen), created=created)
            response["Cache-Control"] = "no-store"
            return response
    return _tokens_page(request, form, status=400)


@login_required
@require_POST
def token_revoke(request, pk):
    token = ApiToken.objects.filter(user=request.user, pk=pk).select_related("werkplaats").first()
    if token is None:
        raise Http404
    services.token_revoke(actor=request.user, token=token)
    messages.success(request, _("The token “%(name)s” has been revoked.") % {"name": token.name})
    return redirect("api:tokens")


def _operations(schema: dict) -> list[dict]:
    """The operations of the OpenAPI document, in its order, for the documentation page."""
    rows = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            rows.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "tag": (operation.get("tags") or [""])[0],
                    "secured": bool(operation.get("security")),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "where": parameter["in"],
                            "required": parameter.get("required", False),
                            "description": parameter.get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "body": "requestBody" in operation,
                    "statuses": sorted(operation.get("responses", {})),
                }
            )
    return rows


@require_safe
def docs(request):
    """The API described as a plain page: no scripts from elsewhere, nothing the CSP forbids."""
    schema = api.get_openapi_schema()
    return render(
        request,
        "api/docs.html",
        {
            "title": schema["info"]["title"],
            "description": schema["info"].get("description", ""),
            "operations": _operations(schema),
            "schemas": json.dumps(schema["components"].get("schemas", {}), indent=2),
        },
    )


@require_safe
def api_root(request, **kwargs):
    """``/api/v1/``: where the documentation and the OpenAPI document are."""
    return JsonResponse(
        {
            "title": api.title,
            "version": api.version,
            "docs": request.build_absolute_uri(reverse("api:docs")),
            "openapi": request.build_absolute_uri(reverse("api:api-v1:openapi-json")),
        }
    )


def not_found(request, rest):
    return json_error(404, _("There is nothing at this address of the API."), "not_found")
