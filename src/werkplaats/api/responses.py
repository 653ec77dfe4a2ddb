"""The responses every operation declares: its success and the errors it can give, all in
the one error shape (see ``errors``)."""

from typing import Literal

from werkplaats.api.errors import ErrorOut

READ_ERRORS = (404, 422, 429)
WRITE_ERRORS = (400, 401, 403, 404, 409, 422, 429)


def reads(schema) -> dict:
    return {200: schema, **dict.fromkeys(READ_ERRORS, ErrorOut)}


def writes(schema, status: int = 200, errors=WRITE_ERRORS) -> dict:
    return {status: schema, **dict.fromkeys(errors, ErrorOut)}


def choice(choices):
    """The values of a Django ``TextChoices`` as a Literal (an inline enum in the document)."""
    return Literal[tuple(choices.values)]
