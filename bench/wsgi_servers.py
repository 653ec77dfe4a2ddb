"""Which WSGI server serves our pages faster on this machine: gunicorn or granian?

    .venv/bin/python bench/wsgi_servers.py [--seconds 10] [--servers gunicorn,granian]

Everything happens in a throw-away var dir (``WERKPLAATS_VAR_DIR`` in a temporary
directory) with its own SQLite database: migrate, demo data, collectstatic. The site
runs as a local production-like run: ``WERKPLAATS_ENV=development`` with ``DEBUG=false``,
so templates are cached and static files come from whitenoise out of ``STATIC_ROOT``.

Each server is started with exactly the command line ``python -m werkplaats serve`` uses
(``web_command`` in ``werkplaats.lib.management.commands.serve``), on a free port on
127.0.0.1, then warmed up and loaded by a second process for a fixed time per URL. The
load generator is ``wrk`` when it is installed (``apt-get install wrk``), otherwise a
small Python client (keep-alive ``http.client`` connections in threads, spread over a
few processes). Every run is bounded in time and in number of requests.

The servers share the two cores with the load generator, so absolute figures are lower
than on a dedicated machine; the comparison between the servers is what counts.
"""

import argparse
import contextlib
import http.client
import importlib.metadata
import json
import math
import multiprocessing
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from werkplaats.lib.management.commands.serve import SERVERS, web_command  # noqa: E402

HOST = "127.0.0.1"
URLS = ("/", "/werkplaatsen/den-haag-leiden/", "/partners/")
PYTHON = sys.executable

# A few rows for when `python -m werkplaats demo` cannot be had: enough for the three URLs.
SEED_SCRIPT = """
from datetime import date
from werkplaats.network.models import Organisation, Partnership, Theme, Werkplaats

werkplaats, _ = Werkplaats.objects.get_or_create(
    slug="den-haag-leiden",
    defaults={
        "name": "Werkplaats Sociaal Domein Den Haag-Leiden",
        "region": "Zuid-Holland",
        "tagline": "Samen leren in de wijk.",
        "goal": "Kennis uit de praktijk **delen** en verbeteren.",
        "period_start": date(2024, 1, 1),
        "contact_email": "werkplaats-dhl@example.org",
    },
)
theme, _ = Theme.objects.get_or_create(slug="armoede", defaults={"name": "Armoede"})
werkplaats.themes.add(theme)
kinds = Organisation.Kind.values
for number in range(1, 13):
    organisation, _ = Organisation.objects.get_or_create(
        slug=f"organisatie-{number}",
        defaults={
            "name": f"Organisatie {number}",
            "kind": kinds[number % len(kinds)],
            "place": "Den Haag",
        },
    )
    Partnership.objects.get_or_create(werkplaats=werkplaats, organisation=organisation)
print("seeded", Werkplaats.objects.count(), "werkplaats,", Organisation.objects.count(), "orgs")
"""

# wrk script: stop a thread after its share of requests, and print the figures as JSON.
WRK_SCRIPT = """
local limit = 0
local count = 0

function init(args)
  limit = tonumber(args[1]) or 0
end

function response(status, headers, body)
  count = count + 1
  if limit > 0 and count >= limit then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


@dataclass
class Result:
    server: str
    url: str
    requests: int  # completed responses, whatever their status
    seconds: float
    errors: int  # socket errors, timeouts and responses with status >= 400
    p50_ms: float
    p95_ms: float
    p99_ms: float
    capped: bool = False
    server_cpu: float = math.nan  # % of all cores used by the server (master and workers)
    other_cpu: float = math.nan  # % of all cores used by processes that are not part of the bench
    rps_runs: list[float] = field(default_factory=list)  # req/s of each round
    rounds_text: str = ""  # req/s of every round, for the table

    def __post_init__(self):
        if not self.rps_runs:
            self.rps_runs = [self.requests / self.seconds if self.seconds else 0.0]

    @property
    def rps(self) -> float:
        return statistics.median(self.rps_runs)

    @property
    def per_cpu_second(self) -> float:
        """Requests per second of server CPU time: what a core of this server gets done.

        Less sensitive than req/s to other load on a shared machine."""
        cores_used = self.server_cpu / 100 * (os.cpu_count() or 1)
        return self.rps / cores_used if cores_used > 0 else math.nan


class BenchError(Exception):
    pass


# --- the throw-away site --------------------------------------------------------------


def site_env(var_dir: Path) -> dict[str, str]:
    """The environment for every child: this var dir only, nothing from the caller's site."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("GRANIAN_", "GUNICORN_"))
        and name
        not in (
            "DATABASE_URL",
            "SECRET_KEY",
            "SITE_URL",
            "EMAIL_HOST",
            "DJANGO_SETTINGS_MODULE",
            "WEB_CONCURRENCY",
            "WEB_WORKERS",
        )
    }
    env.update(
        WERKPLAATS_ENV="development",
        WERKPLAATS_VAR_DIR=str(var_dir),
        DATABASE_URL=f"sqlite:///{var_dir / 'werkplaats.sqlite3'}",
        DEBUG="false",
        ALLOWED_HOSTS=HOST,
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env: dict[str, str], *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-m", "werkplaats", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def must(result: subprocess.CompletedProcess, what: str) -> None:
    if result.returncode != 0:
        raise BenchError(f"{what} failed ({result.returncode}):\n{tail(result.stderr)}")


def tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def prepare_site(env: dict[str, str], demo_attempts: int, demo_wait: float) -> str:
    """Migrate, load data and collect static files; return how the data was loaded."""
    must(manage(env, "migrate", "--noinput"), "migrate")
    data = None
    for attempt in range(1, demo_attempts + 1):
        result = manage(env, "demo")
        if result.returncode == 0:
            data = "python -m werkplaats demo"
            break
        print(
            f"  `python -m werkplaats demo` not usable yet (attempt {attempt}/{demo_attempts}):"
            f" {tail(result.stderr, 1)}",
            flush=True,
        )
        if attempt < demo_attempts:
            time.sleep(demo_wait)
    if data is None:
        must(manage(env, "shell", "--command", SEED_SCRIPT), "seeding rows via the ORM")
        data = "a few rows seeded via the ORM (demo command unavailable)"
    must(manage(env, "collectstatic", "--noinput"), "collectstatic")
    return data


# --- servers ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(port: int, path: str, timeout: float = 5) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def stop_server(process: subprocess.Popen) -> None:
    """SIGTERM to the server's process group, SIGKILL if it does not go within 15 s."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
    # Workers the master left behind are still in its group: take them down too.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def running_server(server: str, workers: int, env: dict[str, str], log_path: Path):
    port = free_port()
    command = web_command(server, HOST, port, workers)
    with open(log_path, "wb") as log:
        # A session of its own: the whole server (master and workers) is one process group,
        # and a Ctrl+C in the terminal reaches only us, so we stop it in order.
        process = subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until_ready(process, port, log_path)
            yield port, command, process.pid
        finally:
            stop_server(process)


def wait_until_ready(process: subprocess.Popen, port: int, log_path: Path, timeout=60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(
                f"the server stopped with code {process.returncode}:\n"
                f"{tail(log_path.read_text(errors='replace'))}"
            )
        try:
            get(port, "/", timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise BenchError(f"the server did not answer within {timeout} s")


def check_pages(port: int, log_path: Path) -> str:
    """Every URL must be a 200 and static files must come from whitenoise; say what we saw."""
    notes = []
    for url in URLS:
        status, body = get(port, url, timeout=30)
        if status != 200:
            raise BenchError(
                f"GET {url} gave {status}, not 200: nothing sensible to measure. Server log:\n"
                f"{tail(log_path.read_text(errors='replace'), 30)}"
            )
        notes.append(f"{url} {len(body) / 1024:.1f} KiB")
        if url == "/":
            match = re.search(rb'(/static/[^"\'?#\s]+\.css)', body)
            if not match:
                raise BenchError("the home page links no stylesheet under /static/")
            static_url = match.group(1).decode()
            status, _body = get(port, static_url)
            if status != 200:
                raise BenchError(f"static file {static_url} gave {status}: whitenoise not serving")
    return ", ".join(notes)


# --- CPU accounting --------------------------------------------------------------------
# The machine may be shared: say how much CPU the server used, and how much went to
# processes outside the bench during each measurement, so disturbed figures show.

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
QUIET_LIMIT = 10  # % of all cores used by other processes above which a run is disturbed


def busy_ticks() -> int:
    """CPU ticks the whole machine spent busy since boot (all cores)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return user + nice + system + irq + softirq + steal


def group_ticks(pgid: int) -> int:
    """CPU ticks used so far by the living processes of one process group."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid:  # fields[2] is pgrp, [11] utime, [12] stime
            total += int(fields[11]) + int(fields[12])
    return total


def cpu_snapshot(server_pgid: int) -> tuple | None:
    try:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (
            time.monotonic(),
            busy_ticks(),
            group_ticks(server_pgid),
            # The client: this process group (us, the Python client's processes) plus the
            # children reaped since (wrk).
            group_ticks(os.getpgid(0)) + (children.ru_utime + children.ru_stime) * CLOCK_TICKS,
        )
    except (OSError, ValueError):
        return None  # no /proc: not Linux


def cpu_usage(before, after) -> dict:
    if before is None or after is None:
        return {}
    elapsed, busy, server, client = (b - a for a, b in zip(before, after, strict=True))
    capacity = elapsed * CLOCK_TICKS * (os.cpu_count() or 1) / 100
    return {
        "server_cpu": server / capacity,
        "other_cpu": max(0.0, busy - server - client) / capacity,
    }


def wait_for_quiet(server_pgid: int, limit: float, threshold: float = QUIET_LIMIT) -> str:
    """Wait (at most `limit` s) until other processes use less than `threshold`% CPU."""
    start = time.monotonic()
    while True:
        before = cpu_snapshot(server_pgid)
        time.sleep(1)
        other = cpu_usage(before, cpu_snapshot(server_pgid)).get("other_cpu", 0.0)
        waited = time.monotonic() - start
        if other < threshold:
            return f" (waited {waited:.0f} s for a quiet machine)" if waited > 1.5 else ""
        if waited >= limit:
            return f" (machine still busy after {waited:.0f} s: other CPU {other:.0f}%)"


# --- load generators -------------------------------------------------------------------


def run_wrk(port, url, seconds, concurrency, max_requests, script: Path) -> dict:
    threads = 1  # one thread drives 16 connections easily and leaves the cores to the server
    command = [
        "wrk",
        f"--threads={threads}",
        f"--connections={concurrency}",
        f"--duration={seconds}s",
        "--timeout=10s",
        f"--script={script}",
        f"http://{HOST}:{port}{url}",
        "--",
        str(max(1, max_requests // threads)),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    line = next(
        (line for line in result.stdout.splitlines() if line.startswith("BENCH_JSON ")), None
    )
    if result.returncode != 0 or line is None:
        raise BenchError(f"wrk failed:\n{tail(result.stdout + result.stderr)}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    errors = sum(data[key] for key in ("connect", "read", "write", "status", "timeout"))
    return {
        "requests": data["requests"],
        "seconds": data["duration_us"] / 1e6,
        "errors": errors,
        "p50_ms": data["p50_us"] / 1000,
        "p95_ms": data["p95_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
        "capped": data["requests"] >= max_requests,
    }


def _client_thread(port, url, deadline, limit, out, lock):
    latencies, errors = [], 0
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    while time.time() < deadline and len(latencies) + errors < limit:
        start = time.perf_counter()
        try:
            connection.request("GET", url)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            errors += 1
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=10)
            continue
        latencies.append(time.perf_counter() - start)
        if response.status >= 400:
            errors += 1
    connection.close()
    with lock:
        out[0].extend(latencies)
        out[1] += errors


def _client_process(port, url, start_at, seconds, threads, limit):
    """One load process: `threads` keep-alive connections until the deadline."""
    while time.time() < start_at:
        time.sleep(0.001)
    out, lock = [[], 0], threading.Lock()
    deadline = start_at + seconds
    workers = [
        threading.Thread(target=_client_thread, args=(port, url, deadline, limit, out, lock))
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return out[0], out[1], time.time()


def run_python_client(port, url, seconds, concurrency, max_requests, pool, processes) -> dict:
    per_process = [
        concurrency // processes + (i < concurrency % processes) for i in range(processes)
    ]
    per_thread = max(1, max_requests // concurrency)
    start_at = time.time() + 0.2
    jobs = [
        pool.apply_async(_client_process, (port, url, start_at, seconds, threads, per_thread))
        for threads in per_process
        if threads
    ]
    latencies, errors, ended = [], 0, start_at
    for job in jobs:
        lat, err, end = job.get(timeout=seconds + 60)
        latencies.extend(lat)
        errors += err
        ended = max(ended, end)
    latencies.sort()

    def percentile(p: float) -> float:
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] * 1000

    return {
        "requests": len(latencies),
        "seconds": ended - start_at,
        "errors": errors,
        "p50_ms": percentile(50),
        "p95_ms": percentile(95),
        "p99_ms": percentile(99),
        "capped": len(latencies) + errors >= per_thread * concurrency,
    }


# --- report ----------------------------------------------------------------------------


def disturbed(result: Result) -> bool:
    return result.other_cpu >= QUIET_LIMIT  # False for NaN: no figures, no verdict


def combine(results: list[Result]) -> list[Result]:
    """One row per server and URL: the median of its rounds, leaving out disturbed rounds
    when there is an undisturbed one (a single round stays as it is)."""
    rows = []
    for key in dict.fromkeys((r.server, r.url) for r in results):
        every = [r for r in results if (r.server, r.url) == key]
        if len(every) == 1:
            rows.append(every[0])
            continue
        runs = [r for r in every if not disturbed(r)] or every
        shown = " ".join(f"{r.rps:.0f}{'*' if disturbed(r) else ''}" for r in every)
        rows.append(
            Result(
                server=key[0],
                url=key[1],
                requests=sum(r.requests for r in runs),
                seconds=sum(r.seconds for r in runs),
                errors=sum(r.errors for r in runs),
                p50_ms=statistics.median(r.p50_ms for r in runs),
                p95_ms=statistics.median(r.p95_ms for r in runs),
                p99_ms=statistics.median(r.p99_ms for r in runs),
                server_cpu=statistics.median(r.server_cpu for r in runs),
                other_cpu=statistics.median(r.other_cpu for r in runs),
                capped=any(r.capped for r in runs),
                rps_runs=[r.rps for r in runs],
                rounds_text=shown,
            )
        )
    return rows


def print_table(results: list[Result]) -> None:
    rows = combine(results)
    rounds = max(len(r.rps_runs) for r in rows)
    width = max(len(url) for url in URLS)
    spread = rounds > 1
    header = (
        f"{'server':<9} {'url':<{width}} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}"
        f" {'p99 ms':>8} {'errors':>7} {'requests':>9} {'srv CPU':>8} {'other CPU':>9}"
        f" {'req/CPU-s':>9}" + ("  req/s per round" if spread else "")
    )
    if spread:
        print(
            f"median of {rounds} rounds, leaving out rounds marked * (other CPU >="
            f" {QUIET_LIMIT}%) when a quiet round exists; errors and requests: totals"
        )
    print(header)
    print("-" * len(header))
    for r in rows:
        rounds_text = f"  {r.rounds_text}" if spread else ""
        print(
            f"{r.server:<9} {r.url:<{width}} {r.rps:>8.1f} {r.p50_ms:>8.1f} {r.p95_ms:>8.1f}"
            f" {r.p99_ms:>8.1f} {r.errors:>7} {r.requests:>9} {r.server_cpu:>7.0f}%"
            f" {r.other_cpu:>8.0f}% {r.per_cpu_second:>9.1f}{rounds_text}"
            f"{'  (capped: hit --max-requests)' if r.capped else ''}"
        )
    by_key = {(r.server, r.url): r for r in rows}
    if all((server, url) in by_key for server in ("gunicorn", "granian") for url in URLS):
        print()
        header = (
            f"{'url':<{width}} {'gunicorn req/s':>15} {'granian req/s':>14}"
            f" {'granian/gunicorn':>17} {'same, per CPU-s':>16}"
        )
        print(header)
        print("-" * len(header))
        for url in URLS:
            gunicorn, granian = by_key["gunicorn", url], by_key["granian", url]
            ratio = granian.rps / gunicorn.rps if gunicorn.rps else math.nan
            per_cpu = granian.per_cpu_second / gunicorn.per_cpu_second
            print(
                f"{url:<{width}} {gunicorn.rps:>15.1f} {granian.rps:>14.1f} {ratio:>17.2f}"
                f" {per_cpu:>16.2f}"
            )
    busiest = max((r.other_cpu for r in rows if not math.isnan(r.other_cpu)), default=0)
    print(
        "\nCPU: % of all cores during the measurement; 'other' is used by processes outside"
        " this benchmark.\nreq/CPU-s: requests served per second of server CPU time."
    )
    if busiest >= QUIET_LIMIT:
        print(
            f"WARNING: in the rows above, other processes took up to {busiest:.0f}% of the CPU;"
            " those figures are disturbed. Rerun on a quiet machine, or with --rounds 3."
        )


def version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="load per URL (default 10)")
    parser.add_argument(
        "--servers", default=",".join(SERVERS), help="comma-separated (default gunicorn,granian)"
    )
    parser.add_argument("--workers", type=int, default=2, help="server workers (default 2)")
    parser.add_argument("--concurrency", type=int, default=16, help="open connections")
    parser.add_argument(
        "--max-requests", type=int, default=200_000, help="upper bound per URL, server and round"
    )
    parser.add_argument("--warmup", type=int, default=2, help="warm-up seconds per URL")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="repeat, alternating the order of the servers, and report medians (default 1)",
    )
    parser.add_argument(
        "--server-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for the servers only, e.g. GRANIAN_BACKPRESSURE=1 (repeatable)",
    )
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=30,
        metavar="SECONDS",
        help="before each measurement, wait up to this long until other processes use"
        " under 10%% CPU (default 30, 0: do not wait)",
    )
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--demo-attempts", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="keep the temporary var dir")
    args = parser.parse_args(argv)
    args.servers = [name.strip() for name in args.servers.split(",") if name.strip()]
    unknown = set(args.servers) - set(SERVERS)
    if unknown or not args.servers:
        parser.error(f"--servers takes names from {', '.join(SERVERS)}")
    if min(args.seconds, args.concurrency, args.workers, args.max_requests, args.rounds) < 1:
        parser.error("--seconds, --concurrency, --workers, --max-requests, --rounds must be >= 1")
    if any("=" not in item for item in args.server_env):
        parser.error("--server-env takes NAME=VALUE")
    return args


def raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv=None) -> int:
    args = parse_args(argv)
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "python"
    if client == "wrk" and not shutil.which("wrk"):
        print("wrk is not installed (apt-get install -y wrk)", file=sys.stderr)
        return 2
    # A plain `kill` stops the servers just as well as Ctrl+C.
    signal.signal(signal.SIGTERM, raise_interrupt)
    signal.signal(signal.SIGHUP, raise_interrupt)

    var_dir = Path(tempfile.mkdtemp(prefix="werkplaats-bench-"))
    env = site_env(var_dir)
    server_env = {**env, **dict(item.split("=", 1) for item in args.server_env)}
    pool, processes = None, 0
    results: list[Result] = []

    def load(port: int, url: str, seconds: int, server_pgid: int) -> dict:
        before = cpu_snapshot(server_pgid)
        if client == "wrk":
            figures = run_wrk(port, url, seconds, args.concurrency, args.max_requests, wrk_script)
        else:
            figures = run_python_client(
                port, url, seconds, args.concurrency, args.max_requests, pool, processes
            )
        return figures | cpu_usage(before, cpu_snapshot(server_pgid))

    try:
        print(f"Preparing a throw-away site in {var_dir} ...", flush=True)
        data = prepare_site(env, args.demo_attempts, demo_wait=10)
        wrk_script = var_dir / "bench.lua"
        wrk_script.write_text(WRK_SCRIPT)
        if client == "python":
            processes = min(4, os.cpu_count() or 2, args.concurrency)
            pool = multiprocessing.get_context("spawn").Pool(processes)
        print(
            f"machine: {os.cpu_count()} cores, {platform.platform()}, Python"
            f" {platform.python_version()}; gunicorn {version('gunicorn')},"
            f" granian {version('granian')}, Django {version('Django')}\n"
            f"data: {data}; DEBUG=false, static files by whitenoise\n"
            f"load: {client}, {args.concurrency} connections, {args.seconds} s per URL"
            f" (at most {args.max_requests} requests), {args.warmup} s warm-up per URL;"
            f" {args.workers} workers per server; {args.rounds} round(s);"
            f" waiting up to {args.wait_quiet:g} s for a quiet machine before each measurement"
            + (f"\nserver env: {' '.join(args.server_env)}" if args.server_env else ""),
            flush=True,
        )
        for round_number in range(args.rounds):
            # Alternate the order, so slow drift in the machine's load hits both servers.
            order = args.servers if round_number % 2 == 0 else args.servers[::-1]
            for server in order:
                log_path = var_dir / f"{server}-{round_number + 1}.log"
                # Others may be editing the tree: collect again, so a stylesheet or icon
                # added since the last start is in the manifest (cheap when nothing changed).
                must(manage(env, "collectstatic", "--noinput"), "collectstatic")
                with running_server(server, args.workers, server_env, log_path) as started:
                    port, command, pgid = started
                    shown = " ".join(["python", *command[1:]])
                    print(f"\nround {round_number + 1}, {server}: {shown}")
                    print(f"  pages: {check_pages(port, log_path)}", flush=True)
                    for url in URLS:
                        if args.warmup > 0:
                            load(port, url, args.warmup, pgid)
                        note = wait_for_quiet(pgid, args.wait_quiet) if args.wait_quiet else ""
                        result = Result(
                            server=server, url=url, **load(port, url, args.seconds, pgid)
                        )
                        results.append(result)
                        print(
                            f"  {url}: {result.rps:.1f} req/s, p50 {result.p50_ms:.1f} ms,"
                            f" p99 {result.p99_ms:.1f} ms, {result.errors} errors, server CPU"
                            f" {result.server_cpu:.0f}%, other CPU {result.other_cpu:.0f}%{note}",
                            flush=True,
                        )
        print()
        print_table(results)
        return 0
    except BenchError as error:
        print(f"\nbenchmark failed: {error}", file=sys.stderr)
        if results:
            print("\nfigures so far:")
            print_table(results)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted; servers stopped", file=sys.stderr)
        if results:
            print_table(results)
        return 130
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        if args.keep:
            print(f"var dir kept: {var_dir}")
        else:
            shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
