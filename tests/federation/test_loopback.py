"""Two real installations on loopback harvest each other, and each one's search finds the
other's publication (issue 8: "two ports, two databases").

Each installation is what an institution would run: its own ``WERKPLAATS_VAR_DIR`` and
database (SQLite files, or two PostgreSQL databases when the suite runs on PostgreSQL), its
own ``SITE_URL``, and gunicorn serving it on a free port of 127.0.0.1, started with the
command line ``python -m werkplaats serve`` uses. Everything happens through the real
commands (``migrate``, ``shell``, ``harvest``) and HTTP; nothing is shared with this process.

The second database is a copy of the first, just migrated (a file copy, or ``CREATE DATABASE
… TEMPLATE``), which halves the slowest step. The servers run in their own process groups and
are always taken down, whatever happens. It takes 25 to 50 s (``loopback`` marker).
"""

import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import dj_database_url
import pytest

from tests.helpers import nl
from werkplaats.lib.management.commands.serve import web_command

pytestmark = pytest.mark.loopback

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parents[2]
# About 25 s on an idle machine, 50 s when the two cores are shared with other test runs.
# Every command and request has its own timeout, so a hang fails the test without a
# wall-clock assertion (speed belongs in bench/, not in the suite).
COMMAND_TIMEOUT = 45
HARVEST = ("harvest", "--skip-checks")

# Run in each installation by `python -m werkplaats shell -c`: its werkplaats, one published
# publication (through the services, as an editor would), and the other installation as a
# harvest source. The values come from the environment (LOOPBACK_SEED, as JSON).
SEED = """
import json, os
from datetime import date
from werkplaats.federation.models import HarvestSource
from werkplaats.federation.services import harvest_source_save
from werkplaats.network.models import Werkplaats
from werkplaats.publications.models import Publication
from werkplaats.publications.services import publication_move, publication_save

seed = json.loads(os.environ["LOOPBACK_SEED"])
werkplaats = Werkplaats(
    name=seed["werkplaats"], slug=seed["slug"], region="Noord-Holland",
    tagline="Praktijk, onderzoek en onderwijs.", goal="Kennis delen.",
    period_start=date(2024, 1, 1), contact_email=f"{seed['slug']}@example.org",
)
werkplaats.full_clean()
werkplaats.save()
publication = publication_save(actor=None, publication=Publication(
    werkplaats=werkplaats, title=seed["title"], kind=Publication.Kind.HANDREIKING,
    summary=seed["summary"], date=date(2026, 3, 1),
))
publication = publication_move(actor=None, publication=publication, status="published")
other = HarvestSource(name=seed["other"], base_url=seed["other_oai"])
harvest_source_save(actor=None, source=other)
print(publication.get_absolute_url())
"""


@dataclass
class Site:
    name: str
    slug: str
    title: str
    word: str  # a word only this site's publication has
    port: int = 0
    env: dict | None = None
    path: str = ""  # of its publication

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def site_env(var_dir: Path, database_url: str, port: int) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("GUNICORN_", "GRANIAN_", "PYTEST_"))
        and name
        not in ("DATABASE_URL", "SECRET_KEY", "SITE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG")
    }
    env.update(
        WERKPLAATS_ENV="development",
        DEBUG="true",  # static files by their plain names: no collectstatic needed
        WERKPLAATS_VAR_DIR=str(var_dir),
        DATABASE_URL=database_url,
        SITE_URL=f"http://{HOST}:{port}",
        ALLOWED_HOSTS=HOST,
        PYTHONUNBUFFERED="1",
    )
    return env


def start(env: dict, *args: str, log: Path | None = None) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, "-m", "werkplaats", *args],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE if log is None else log.open("wb"),
        stderr=subprocess.PIPE if log is None else subprocess.STDOUT,
        text=log is None,
        start_new_session=True,  # its own process group, to take down whole
    )


def finish(process: subprocess.Popen, what: str) -> str:
    """Wait for a command; its output, or a failure that shows it."""
    try:
        out, err = process.communicate(timeout=COMMAND_TIMEOUT)
    except subprocess.TimeoutExpired:
        stop(process)
        pytest.fail(f"{what} took more than {COMMAND_TIMEOUT} s")
    assert process.returncode == 0, f"{what} failed ({process.returncode}):\n{out}\n{err}"
    return out


def run_all(commands: list[tuple[dict, tuple[str, ...], str]]) -> list[str]:
    """Run commands side by side (one per installation) and return their outputs."""
    processes = [(start(env, *args), what) for env, args, what in commands]
    try:
        return [finish(process, what) for process, what in processes]
    finally:
        for process, _what in processes:
            stop(process)


def stop(process: subprocess.Popen) -> None:
    """SIGTERM to the process group, SIGKILL when it does not go within 10 s."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
    # Workers left behind are still in the group.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def get(site: Site, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection(HOST, site.port, timeout=15)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def wait_until_serving(site: Site, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"{site.name} stopped:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(OSError):
            if get(site, "/oai/?verb=Identify")[0] == 200:
                return
        time.sleep(0.2)
    pytest.fail(f"{site.name} did not serve within 30 s:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def two_databases(tmp_path: Path):
    """Two database URLs: SQLite files, or PostgreSQL databases when the suite runs on it.

    Yields the URLs and a function that makes the second a copy of the (migrated) first.
    """
    configured = os.environ.get("DATABASE_URL", "")
    if not configured.startswith(("postgres://", "postgresql://")):
        files = [tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"]

        def clone():
            shutil.copyfile(files[0], files[1])

        yield [f"sqlite:///{file}" for file in files], clone
        return

    import psycopg

    params = dj_database_url.parse(configured)
    names = [f"{params['NAME']}_loopback_{os.getpid()}_{side}" for side in ("a", "b")]
    server = {
        key: value
        for key, value in {
            "host": params.get("HOST"),
            "port": params.get("PORT"),
            "user": params.get("USER"),
            "password": params.get("PASSWORD"),
        }.items()
        if value
    }

    def execute(sql: str) -> None:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
            connection.execute(sql)

    def drop_all():
        for name in names:
            execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def clone():
        execute(f'CREATE DATABASE "{names[1]}" TEMPLATE "{names[0]}"')

    drop_all()
    execute(f'CREATE DATABASE "{names[0]}"')
    base = configured.rsplit("/", 1)[0]
    try:
        yield [f"{base}/{name}" for name in names], clone
    finally:
        drop_all()


def test_two_installations_on_loopback_harvest_each_other_and_find_the_others_publication(
    tmp_path,
):
    began = time.monotonic()
    steps: dict[str, float] = {}
    noord = Site(
        "Werkplaats Noord-Holland Noord",
        "noord",
        "Buurtkracht tegen eenzaamheid in de polder",
        "buurtkracht",
    )
    zuid = Site("Werkplaats Zuid-Limburg", "zuid", "Schuldhulp aan de keukentafel", "keukentafel")
    sites = [noord, zuid]
    for site in sites:
        site.port = free_port()

    servers: list[subprocess.Popen] = []
    with two_databases(tmp_path) as (database_urls, clone):
        for site, database_url in zip(sites, database_urls, strict=True):
            var_dir = tmp_path / site.slug
            var_dir.mkdir()
            site.env = site_env(var_dir, database_url, site.port)
        try:
            run_all([(noord.env, ("migrate", "--noinput", "--skip-checks"), "migrate")])
            clone()
            steps["migrate"] = time.monotonic() - began
            seeds = []
            for site, other in ((noord, zuid), (zuid, noord)):
                seed = {
                    "werkplaats": site.name,
                    "slug": site.slug,
                    "title": site.title,
                    "summary": f"Wat {site.name} leerde over {site.word}.",
                    "other": other.name,
                    "other_oai": f"{other.url}/oai/",
                }
                seeds.append(
                    ({**site.env, "LOOPBACK_SEED": json.dumps(seed)}, ("shell", "-c", SEED), "seed")
                )
            for site, out in zip(sites, run_all(seeds), strict=True):
                site.path = out.strip().splitlines()[-1]
            steps["seed"] = time.monotonic() - began

            logs = [tmp_path / f"{site.slug}.log" for site in sites]
            for site, log in zip(sites, logs, strict=True):
                command = web_command("gunicorn", HOST, site.port, 1)
                servers.append(
                    subprocess.Popen(  # noqa: S603
                        command,
                        env=site.env,
                        cwd=ROOT,
                        stdin=subprocess.DEVNULL,
                        stdout=log.open("wb"),
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                )
            for site, server, log in zip(sites, servers, logs, strict=True):
                wait_until_serving(site, server, log)
            steps["serve"] = time.monotonic() - began

            outputs = run_all([(site.env, HARVEST, "harvest") for site in sites])
            steps["harvest"] = time.monotonic() - began
            assert outputs[0].strip() == (
                f"{zuid.name}: 1 new, 0 updated, 0 deleted, 0 unchanged (full)"
            )
            assert outputs[1].strip() == (
                f"{noord.name}: 1 new, 0 updated, 0 deleted, 0 unchanged (full)"
            )

            for site, other in ((noord, zuid), (zuid, noord)):
                status, page = get(site, f"/zoeken/?q={quote(other.word)}")
                assert status == 200
                link = f'<a class="utrecht-link" href="{other.url}{other.path}">{other.title}</a>'
                assert link in page, f"{site.name} does not find {other.title!r}"
                assert nl("from %(source)s") % {"source": other.name} in page
                # ... and the link leads to the publication at the other installation.
                status, there = get(other, other.path)
                assert status == 200
                assert other.title in there

            steps["search"] = time.monotonic() - began
            again = run_all([(site.env, HARVEST, "harvest again") for site in sites])
            steps["harvest again"] = time.monotonic() - began
            assert all(" 0 new, 0 updated, 0 deleted" in out for out in again), again
        finally:
            for server in servers:
                stop(server)
            steps["stop"] = time.monotonic() - began
    assert all(server.poll() is not None for server in servers)
    elapsed = time.monotonic() - began
    marks = ", ".join(f"{step} done at {seconds:.1f} s" for step, seconds in steps.items())
    print(f"loopback federation test: {elapsed:.1f} s ({marks})")
