from django.core.management.base import BaseCommand, CommandError

from werkplaats.api.openapi import COMMITTED, render, served_document


class Command(BaseCommand):
    help = "Write the API's OpenAPI document to src/werkplaats/api/openapi.json (or check it)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Do not write; fail when the committed document differs from the served one.",
        )

    def handle(self, *args, check=False, **options):
        text = render(served_document())
        if check:
            current = COMMITTED.read_text(encoding="utf-8") if COMMITTED.exists() else ""
            if current != text:
                raise CommandError(
                    f"{COMMITTED} is out of date; run: python -m werkplaats export_openapi"
                )
            self.stdout.write("The committed OpenAPI document is current.")
            return
        COMMITTED.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {COMMITTED} ({len(text)} bytes).")
