"""Serve the platform the way `make run` does: web server, task worker and recurring jobs.

Production runs the same three parts under a process manager (see the README); this
command is the one-machine version, so a newcomer gets the real thing with one command.
"""

import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from werkplaats.lib.demo_logins import demo_logins_text

SERVERS = ("gunicorn", "granian")


class Command(BaseCommand):
    help = "Serve the platform with a WSGI server, the task worker and the recurring jobs."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--server", choices=SERVERS, default="gunicorn")
        parser.add_argument("--workers", type=int, default=settings.WEB_WORKERS)
        parser.add_argument(
            "--no-worker", action="store_true", help="Do not start the task worker."
        )

    def handle(self, *args, host, port, server, workers, no_worker, **options):
        python = sys.executable
        commands = [web_command(server, host, port, workers)]
        if not no_worker:
            commands.append(
                [python, "-m", "werkplaats", "db_worker", "--interval", "1", "--no-reload"]
            )
        children = [subprocess.Popen(command) for command in commands]  # noqa: S603
        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

        if not settings.PRODUCTION:
            logins = demo_logins_text()
            if logins:
                self.stdout.write(logins)
        self.stdout.write(f"Werkplaats is served on http://{host}:{port}/ (Ctrl+C stops it).")

        next_run = {name: 0.0 for name, _interval in settings.RECURRING_COMMANDS}
        try:
            while not stopping:
                if any(child.poll() is not None for child in children):
                    self.stderr.write("A part of the platform stopped; stopping the rest.")
                    return_code = 1
                    break
                now = time.monotonic()
                for name, interval in settings.RECURRING_COMMANDS:
                    if now >= next_run[name]:
                        subprocess.run([python, "-m", "werkplaats", name], check=False)  # noqa: S603
                        next_run[name] = now + interval
                time.sleep(1)
            else:
                return_code = 0
        finally:
            for child in children:
                if child.poll() is None:
                    child.terminate()
            for child in children:
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()
        if return_code:
            sys.exit(return_code)


def web_command(server: str, host: str, port: int, workers: int) -> list[str]:
    if server == "granian":
        return [
            sys.executable, "-m", "granian", "--interface", "wsgi",
            "--host", host, "--port", str(port), "--workers", str(workers),
            "werkplaats.wsgi:application",
        ]  # fmt: skip
    return [
        sys.executable, "-m", "gunicorn", "werkplaats.wsgi:application",
        "--bind", f"{host}:{port}", "--workers", str(workers),
        "--access-logfile", "-", "--graceful-timeout", "10",
    ]  # fmt: skip
