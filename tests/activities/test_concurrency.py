"""200 people register at the same moment for 50 places: exactly 50 get a place, 150 wait.

This is the issue's "Done when" with real concurrent HTTP requests: a real gunicorn (two
worker processes with eight threads each, as in production) serves a database of its own,
made for this test, on whichever engine this run of the suite uses (a file for SQLite, a fresh
database for PostgreSQL). pytest-django's live_server cannot do this on SQLite: its test
database lives in memory, shared between the threads of one process.
"""

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from http.cookiejar import CookieJar
from importlib.util import find_spec
from pathlib import Path
from types import SimpleNamespace
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlencode, urljoin
from urllib.request import HTTPCookieProcessor, HTTPRedirectHandler, Request, build_opener

import pytest
from django.conf import settings
from django.urls import reverse

PLACES = 50
PEOPLE = 200
CLIENT_THREADS = 50
WERKPLAATS = "drukke-werkplaats"
ACTIVITY = "slotcongres"

pytestmark = pytest.mark.skipif(
    find_spec("gunicorn") is None, reason="needs gunicorn to serve real concurrent requests"
)

SEED = f"""
import json
from django.core.management import call_command
from tests.activities.factories import ActivityFactory
from werkplaats.activities.models import Activity

call_command("migrate", verbosity=0)
ActivityFactory(
    werkplaats__slug={WERKPLAATS!r},
    werkplaats__name="Drukke werkplaats",
    slug={ACTIVITY!r},
    title="Slotcongres",
    kind=Activity.Kind.CONGRESS,
    capacity={PLACES},
)
print(json.dumps(list(Activity.objects.values_list("slug", "capacity"))))
"""


# The database the server uses: never the developer's var/werkplaats.sqlite3.


def _postgres_params() -> dict:
    default = settings.DATABASES["default"]
    return {
        "host": default.get("HOST") or "127.0.0.1",
        "port": str(default.get("PORT") or 5432),
        "user": default.get("USER") or "postgres",
        "password": default.get("PASSWORD") or "",
    }


def _postgres_admin():
    import psycopg

    return psycopg.connect(dbname="postgres", autocommit=True, **_postgres_params())


@pytest.fixture
def server_database(tmp_path):
    """(DATABASE_URL for the server, a function that opens a DB-API connection to it)."""
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        path = tmp_path / "c.sqlite3"
        yield f"sqlite:///{path}", lambda: sqlite3.connect(path)
        return

    import psycopg

    name = f"werkplaats_concurrency_{uuid.uuid4().hex[:12]}"
    params = _postgres_params()
    with _postgres_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    credentials = quote(params["user"]) + (
        f":{quote(params['password'])}" if params["password"] else ""
    )
    url = f"postgres://{credentials}@{params['host']}:{params['port']}/{name}"
    try:
        yield url, lambda: psycopg.connect(dbname=name, **params)
    finally:
        with _postgres_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(server_database, tmp_path):
    """A migrated database with one activity of 50 places, served by gunicorn."""
    database_url, connect = server_database
    port = _free_port()
    var = tmp_path / "var"
    env = {
        **os.environ,
        "WERKPLAATS_ENV": "test",
        "DATABASE_URL": database_url,
        "WERKPLAATS_VAR_DIR": str(var),  # secret key, static root and mail files
        "SECRET_KEY": "concurrency-test-" + "x" * 40,
        "DEBUG": "false",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_HOST": "",  # mail goes to files in var/mail, one per message
    }
    root = Path(settings.ROOT_DIR)
    seeded = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "werkplaats", "shell", "--no-imports", "-c", SEED],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert seeded.returncode == 0, seeded.stderr
    assert seeded.stdout.strip().splitlines()[-1:] == [f'[["{ACTIVITY}", {PLACES}]]'], seeded.stdout

    log = (tmp_path / "gunicorn.log").open("w")
    command = [
        sys.executable, "-m", "gunicorn", "werkplaats.wsgi:application",
        "--bind", f"127.0.0.1:{port}",
        "--workers", "2", "--threads", "8", "--worker-class", "gthread",
        "--timeout", "60", "--graceful-timeout", "5",
    ]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603
        command,
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_it_answers(base, process, tmp_path / "gunicorn.log")
        yield SimpleNamespace(
            base=base, connect=connect, mail=var / "mail", log=tmp_path / "gunicorn.log"
        )
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_until_it_answers(base: str, process, log_path: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn stopped:\n{log_path.read_text()}")
        try:
            with build_opener().open(base + "/", timeout=2) as response:
                if response.status == 200:
                    return
        except (URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    pytest.fail(f"gunicorn did not answer within 30 seconds:\n{log_path.read_text()}")


# The 200 people: each a browser of their own, with its own cookies.


class _KeepRedirects(HTTPRedirectHandler):
    """Answer a redirect with its own status, so the test sees the 303 itself."""

    def redirect_request(self, *args, **kwargs):
        return None


class Person:
    def __init__(self, base: str, number: int):
        self.base = base
        self.email = f"Deelnemer{number:03d}@Example.org"  # stored in lower case
        self.number = number
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()), _KeepRedirects)
        self.token = None

    def _open(self, path: str, data: dict | None = None) -> tuple[int, str, bytes]:
        body = urlencode(data).encode() if data is not None else None
        request = Request(urljoin(self.base, path), data=body)  # noqa: S310 (http only)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers.get("Location", ""), response.read()
        except HTTPError as error:
            return error.code, error.headers.get("Location", ""), error.read()

    def open_the_page(self, page: str) -> tuple[int, str, bytes]:
        answer = self._open(page)
        found = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', answer[2])
        self.token = found.group(1).decode() if found else None
        return answer

    def register(self, action: str) -> tuple[int, str, bytes]:
        return self._open(
            action,
            {
                "csrfmiddlewaretoken": self.token,
                "name": f"Deelnemer {self.number}",
                "email": self.email,
                "organisation": "Wijkteam Noord",
                "role": "professional",
                "needs": "",
                "website": "",  # the honeypot stays empty, as a person leaves it
            },
        )

    def follow(self, location: str) -> tuple[int, str, bytes]:
        return self._open(location)


def _statuses(answers) -> Counter:
    return Counter(status for status, _, _ in answers)


def _explain(answers, expected: int, log: Path) -> str:
    """What went wrong, for the failure message: the odd answers and the server's log."""
    odd = [f"{status}: {body[-1500:]!r}" for status, _, body in answers if status != expected]
    return (
        f"{_statuses(answers)}\n" + "\n".join(odd[:3]) + f"\nserver log:\n{log.read_text()[-5000:]}"
    )


def test_200_simultaneous_registrations_for_50_places_never_overbook(server):
    connect, mail_dir = server.connect, server.mail
    page = reverse("activities:detail", kwargs={"slug": WERKPLAATS, "activity": ACTIVITY})
    action = reverse("activities:register", kwargs={"slug": WERKPLAATS, "activity": ACTIVITY})
    people = [Person(server.base, number) for number in range(PEOPLE)]

    with ThreadPoolExecutor(max_workers=CLIENT_THREADS) as pool:
        # Everybody has the form open first, so that the registrations come all at once.
        pages = list(pool.map(lambda person: person.open_the_page(page), people))
        assert _statuses(pages) == {200: PEOPLE}, _explain(pages, 200, server.log)
        assert all(person.token for person in people), "the page has no registration form"

        answers = list(pool.map(lambda person: person.register(action), people))
        assert _statuses(answers) == {303: PEOPLE}, _explain(answers, 303, server.log)

        # Everybody lands on their own registration page, not on an error page.
        locations = [location for _, location, _ in answers]
        landed = list(pool.map(Person.follow, people, locations))
        assert _statuses(landed) == {200: PEOPLE}, _explain(landed, 200, server.log)

    with closing(connect()) as database:
        cursor = database.cursor()
        cursor.execute("SELECT state, COUNT(*) FROM activities_registration GROUP BY state")
        states = dict(cursor.fetchall())
        cursor.execute("SELECT COUNT(DISTINCT email) FROM activities_registration")
        [[addresses]] = cursor.fetchall()
        cursor.execute(
            "SELECT MAX(created) FROM activities_registration WHERE state = 'registered'"
        )
        [[last_with_a_place]] = cursor.fetchall()
        cursor.execute("SELECT MIN(created) FROM activities_registration WHERE state = 'waiting'")
        [[first_waiting]] = cursor.fetchall()

    assert states == {"registered": PLACES, "waiting": PEOPLE - PLACES}
    assert addresses == PEOPLE
    # One at a time: the places went to those who came first, the rest wait in order.
    assert last_with_a_place <= first_waiting

    # Everybody got their confirmation (through the task queue, after the commit).
    recipients = re.findall(
        r"^To: (.+)$",
        "\n".join(path.read_text() for path in mail_dir.iterdir()),
        flags=re.MULTILINE,
    )
    assert sorted(recipients) == sorted(person.email.lower() for person in people)
