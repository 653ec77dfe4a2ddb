"""One shape for every error the API gives: ``{"detail": reason, "code": code}``, with the
problems per field for bad input (``errors``). Ninja's own handlers are replaced, so a 404,
a failed validation, a missing token and a throttled client all answer alike."""

import functools

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.errors import ValidationError as NinjaValidationError


class FieldError(Schema):
    field: str
    message: str


class ErrorOut(Schema):
    detail: str
    code: str
    errors: list[FieldError] = []


class ApiError(Exception):
    """An answer other than success, with its status, a machine code and a reason."""

    def __init__(self, status: int, code: str, detail: str, errors=None):
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = str(detail)
        self.errors = errors or []


def not_found(detail=None) -> ApiError:
    return ApiError(404, "not_found", detail or _("There is nothing public at this address."))


def first_or_404(queryset):
    """The first object of ``queryset``, or the API's 404 when there is none."""
    obj = queryset.first()
    if obj is None:
        raise not_found()
    return obj


def forbidden(detail) -> ApiError:
    return ApiError(403, "forbidden", detail)


def body(detail, code, errors=()) -> dict:
    return {"detail": str(detail), "code": code, "errors": list(errors)}


def json_error(status: int, detail, code: str, errors=()) -> JsonResponse:
    response = JsonResponse(body(detail, code, errors), status=status)
    return response


def field_errors_of(error: DjangoValidationError) -> list[dict]:
    """A Django ValidationError as a list of {field, message}; "" for the whole record."""
    if hasattr(error, "error_dict"):
        return [
            {"field": "" if name == "__all__" else name, "message": str(message)}
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return [{"field": "", "message": str(message)} for message in error.messages]


def form_errors_of(form, rename: dict | None = None) -> list[dict]:
    rename = rename or {}
    return [
        {"field": rename.get(name, "" if name == "__all__" else name), "message": str(message)}
        for name, messages in form.errors.items()
        for message in messages
    ]


def invalid(errors: list[dict]) -> ApiError:
    first = errors[0]["message"] if errors else ""
    detail = _("The request was refused: %(reason)s") % {"reason": first} if first else ""
    return ApiError(400, "invalid", detail or _("The request was refused."), errors)


def _location(loc) -> str:
    # ("body", "payload", "title") -> "title"; ("query", "limit") -> "limit"
    parts = [str(part) for part in loc if part not in ("body", "query", "path", "payload")]
    return ".".join(parts)


def install(api) -> None:
    """Replace ninja's exception handlers on ``api`` by ours."""

    def respond(request, status, detail, code, errors=()):
        response = api.create_response(request, body(detail, code, errors), status=status)
        return response

    @api.exception_handler(ApiError)
    def api_error(request, exc: ApiError):
        return respond(request, exc.status, exc.detail, exc.code, exc.errors)

    @api.exception_handler(NinjaValidationError)
    def validation_error(request, exc: NinjaValidationError):
        errors = [
            {"field": _location(error.get("loc", ())), "message": str(error.get("msg", ""))}
            for error in exc.errors
        ]
        where = ", ".join(sorted({e["field"] for e in errors if e["field"]}))
        detail = (
            _("The request does not match the API description (%(fields)s).") % {"fields": where}
            if where
            else _("The request does not match the API description.")
        )
        return respond(request, 422, detail, "validation_error", errors)

    @api.exception_handler(Throttled)
    def throttled(request, exc: Throttled):
        response = respond(
            request, 429, _("Too many requests. Wait a moment and try again."), "throttled"
        )
        if exc.wait is not None:
            response["Retry-After"] = str(max(1, int(exc.wait)))
        return response

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc: AuthenticationError):
        code = getattr(exc, "code", "not_authenticated")
        detail = exc.message if code != "not_authenticated" else None
        response = respond(
            request,
            401,
            detail
            or _("This needs a personal API token: send it as Authorization: Bearer <token>."),
            code,
        )
        response["WWW-Authenticate"] = 'Bearer realm="werkplaats"'
        return response

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        code = {400: "bad_request"}.get(exc.status_code, f"http_{exc.status_code}")
        return respond(request, exc.status_code, exc.message, code)

    @api.exception_handler(Http404)
    def http404(request, exc):
        return respond(request, 404, _("There is nothing public at this address."), "not_found")

    @api.exception_handler(PermissionDenied)
    def permission_denied(request, exc):
        return respond(request, 403, str(exc) or _("You may not do this."), "forbidden")

    @api.exception_handler(DjangoValidationError)
    def django_validation(request, exc: DjangoValidationError):
        error = invalid(field_errors_of(exc))
        return respond(request, 400, error.detail, error.code, error.errors)


class TokenError(AuthenticationError):
    def __init__(self, code: str, message: str):
        super().__init__(401, message)
        self.code = code


def wrap_not_allowed(view):
    """Django answers a wrong method on an API path with an empty 405: give it our shape."""

    # wraps keeps what Django and ninja read from the view (csrf_exempt, its module).
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponse) and response.status_code == 405:
            allowed = response.get("Allow", "")
            error = json_error(
                405,
                _("This address does not accept %(method)s. It accepts: %(allowed)s.")
                % {"method": request.method, "allowed": allowed},
                "method_not_allowed",
            )
            error["Allow"] = allowed
            return error
        return response

    return wrapped
