"""`python -m werkplaats rebuild_search_index`: index every public object again.

The services keep the index current; rebuild after importing data outside them, after
changing what a content type puts in the index, or to clean up entries of deleted objects.
"""

from django.core.management.base import BaseCommand

from werkplaats.search.registry import rebuild


class Command(BaseCommand):
    help = "Empty the search index and index every public object of every content type again."

    def handle(self, *args, **options):
        count = rebuild(stdout=self.stdout if options["verbosity"] > 1 else None)
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} entries."))
