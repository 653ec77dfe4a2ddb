"""Small assertions shared by the tests."""

from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape


def nl(msgid: str) -> str:
    """Our own English msgid as the Dutch site shows it (whatever the catalogue says now)."""
    with translation.override("nl"):
        return translation.gettext(msgid)


def assert_shows(response, msgid: str) -> None:
    """The page shows this message of ours, in the site's language."""
    # A {% translate %} in a template prints the text as it is; a message from Python code
    # is escaped. Either is the same text to the reader.
    text = nl(msgid)
    content = response.content.decode()
    assert text in content or escape(text) in content, f"{text!r} not on the page"


def form_errors(response, name: str = "form") -> dict:
    """The errors of the form in the response context, as {field: [codes]}."""
    form = response.context[name]
    return {
        field: [error.code for error in errors] for field, errors in form.errors.as_data().items()
    }


def messages_of(response) -> list[str]:
    """The messages a rendered page shows."""
    return [str(message) for message in response.context["messages"]]


def flashed(response) -> list[str]:
    """The messages a redirect left for the next page (a redirect has no context to read)."""
    return [str(message) for message in get_messages(response.wsgi_request)]


def queries(client, url, data=None):
    """The SQL of one GET of ``url``, which must answer 200."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, data)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


def assert_same_cost(client, url, add_rows, data=None, *, small=3, large=30):
    """A page costs as many queries with ``large`` rows as with ``small`` ones."""
    client.get(url, data)  # warm up caches that are filled once per process
    add_rows(small)
    few = queries(client, url, data)
    add_rows(large - small)
    many = queries(client, url, data)
    assert len(many) == len(few), (
        f"{len(few)} queries with {small} rows, {len(many)} with {large}:\n" + "\n".join(many)
    )
