"""`python -m werkplaats demo`: load the demo data and print the demo logins.

`make run` calls it with ``--if-empty``, so a fresh checkout has something to look at
while a database with real work in it is left alone.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from werkplaats.network.demo import load_demo
from werkplaats.network.models import Werkplaats


class Command(BaseCommand):
    help = (
        "Load the demo werkplaatsen, partners, themes, knowledge agendas, questions, "
        "leerateliers, activities, publications, news, uses in education, targets and one "
        "demo login per role."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has a werkplaats.",
        )

    def handle(self, *args, if_empty=False, **options):
        # Demo people share a password that is printed on screen: never on a real site.
        if settings.PRODUCTION:
            raise CommandError("Demo data is for local runs only; this is production.")
        if if_empty and Werkplaats.objects.exists():
            self.stdout.write("The database already has werkplaatsen; no demo data loaded.")
            return

        result = load_demo(stdout=self.stdout)

        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Demo data loaded. Log in with any of these:"))
        for email in result.emails:
            self.stdout.write(f"  {email}")
        self.stdout.write(self.style.SUCCESS(f"Password for all of them: {result.password}"))
        self.stdout.write(f"(kept in {settings.VAR_DIR / 'demo_password'})")
