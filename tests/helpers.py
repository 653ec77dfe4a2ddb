"""Small assertions shared by the tests."""

from django.utils import translation
from django.utils.html import escape


def nl(msgid: str) -> str:
    """Our own English msgid as the Dutch site shows it (whatever the catalogue says now)."""
    with translation.override("nl"):
        return translation.gettext(msgid)


def assert_shows(response, msgid: str) -> None:
    """The page shows this message of ours, in the site's language."""
    text = escape(nl(msgid))
    assert text in response.content.decode(), f"{text!r} not on the page"


def form_errors(response, name: str = "form") -> dict:
    """The errors of the form in the response context, as {field: [codes]}."""
    form = response.context[name]
    return {
        field: [error.code for error in errors] for field, errors in form.errors.as_data().items()
    }


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]
