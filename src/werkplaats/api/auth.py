"""Authentication with a personal API token (``Authorization: Bearer <token>``) and the
rate limit of the API."""

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.security import HttpBearer
from ninja.throttling import SimpleRateThrottle

from werkplaats.accounts.permissions import can
from werkplaats.api.errors import TokenError, forbidden
from werkplaats.api.models import ApiToken
from werkplaats.api.services import split_token, token_used


class TokenAuth(HttpBearer):
    """Finds the token by its prefix, checks the secret's hash, and refuses (401, with the
    reason) a token that is unknown, revoked or expired, or whose holder can no longer log in.
    The holder becomes ``request.user``; the token is ``request.auth``."""

    def __call__(self, request):
        header = request.headers.get(self.header, "")
        if header and not header.lower().startswith("bearer "):
            raise TokenError("bad_scheme", _("Send the token as Authorization: Bearer <token>."))
        return super().__call__(request)

    def authenticate(self, request, token):
        parts = split_token(token)
        if parts is None:
            raise TokenError("token_invalid", _("This is not a valid API token."))
        prefix, secret = parts
        found = ApiToken.objects.select_related("user", "werkplaats").filter(prefix=prefix).first()
        if found is None or not found.matches(secret):
            raise TokenError("token_invalid", _("This is not a valid API token."))
        if found.is_revoked:
            raise TokenError("token_revoked", _("This API token has been revoked."))
        now = timezone.now()
        if found.is_expired(now):
            raise TokenError("token_expired", _("This API token has expired."))
        if not found.user.is_active:
            raise TokenError("user_inactive", _("The account of this API token is not active."))
        token_used(found, now)
        request.user = found.user
        return found


token_auth = TokenAuth()


def require(request, action: str) -> ApiToken:
    """The request's token, when its holder may ``action`` in the token's werkplaats now."""
    token = request.auth
    if not can(token.user, action, token.werkplaats):
        raise forbidden(
            _("Your role in %(werkplaats)s does not allow this.")
            % {"werkplaats": token.werkplaats.name}
        )
    return token


class ApiThrottle(SimpleRateThrottle):
    """Per token when there is one, else per address. In-process counts: with several web
    workers each counts on its own, which is enough to stop a runaway script."""

    rate = "600/m"
    scope = "api"

    def __init__(self, rate: str | None = None):
        super().__init__(rate or self.rate)

    def get_cache_key(self, request):
        header = request.headers.get("Authorization", "")
        parts = split_token(header[7:]) if header.lower().startswith("bearer ") else None
        ident = f"token:{parts[0]}" if parts else f"ip:{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
