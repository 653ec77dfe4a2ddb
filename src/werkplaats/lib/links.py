"""Personal links for people without an account: a random key, signed so that tampering shows."""

import uuid

from django.core import signing


def sign_key(key: uuid.UUID, *, salt: str) -> str:
    return signing.Signer(salt=salt).sign(str(key))


def key_from_token(token: str, *, salt: str) -> uuid.UUID | None:
    """The key inside a token, or None when the token was changed or is not one of ours."""
    try:
        return uuid.UUID(signing.Signer(salt=salt).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
