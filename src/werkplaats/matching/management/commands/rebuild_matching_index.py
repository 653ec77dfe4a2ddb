"""`python -m werkplaats rebuild_matching_index`: index every public item again.

The services keep the index current; rebuild after importing data outside them, after a
change to ``matching/analysis.py`` or ``matching/concepts.txt``, or to weigh every item
with the current term counts.
"""

from django.core.management.base import BaseCommand

from werkplaats.matching.registry import rebuild


class Command(BaseCommand):
    help = "Empty the matching index and index every public item of every content type again."

    def handle(self, *args, **options):
        count = rebuild(stdout=self.stdout if options["verbosity"] > 1 else None)
        self.stdout.write(self.style.SUCCESS(f"Matching index rebuilt: {count} items."))
