"""What a token is: whose, for which werkplaats, and what it may do there now."""

import datetime

from ninja import Router, Schema

from werkplaats.accounts.permissions import (
    MANAGE,
    REFLECT,
    VIEW_MEMBERS,
    can,
    is_national_admin,
    role_in,
)
from werkplaats.api.auth import token_auth
from werkplaats.api.responses import writes

router = Router(tags=["tokens"])


class TokenOut(Schema):
    name: str
    prefix: str
    werkplaats: str
    role: str | None
    national_admin: bool
    may_write_publications: bool
    may_publish: bool
    may_manage: bool
    expires_at: datetime.datetime | None


@router.get(
    "/token",
    response=writes(TokenOut, errors=(401, 429)),
    auth=token_auth,
    summary="The token you send, and what it may do now",
)
def token_info(request):
    token = request.auth
    user, werkplaats = token.user, token.werkplaats
    return {
        "name": token.name,
        "prefix": token.display_prefix,
        "werkplaats": werkplaats.slug,
        "role": role_in(user, werkplaats),
        "national_admin": is_national_admin(user),
        "may_write_publications": can(user, VIEW_MEMBERS, werkplaats),
        "may_publish": can(user, REFLECT, werkplaats),
        "may_manage": can(user, MANAGE, werkplaats),
        "expires_at": token.expires_at,
    }
