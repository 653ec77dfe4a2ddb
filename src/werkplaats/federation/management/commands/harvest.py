import logging

from django.core.management.base import BaseCommand, CommandError

from werkplaats.federation.models import HarvestSource
from werkplaats.federation.services import harvest_source

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Harvest the published publications of other installations over OAI-PMH: what changed "
        "since the last harvest, or everything with --full. Safe to run often (cron: hourly)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source",
            metavar="NAME",
            help="Harvest only the source with this name (also when it is not active).",
        )
        parser.add_argument(
            "--full",
            action="store_true",
            help="Ask for every record, not only what changed, and mark what disappeared.",
        )

    def handle(self, *args, source=None, full=False, **options):
        if source is not None:
            sources = list(HarvestSource.objects.filter(name=source))
            if not sources:
                raise CommandError(f"There is no harvest source named {source!r}.")
        else:
            sources = list(HarvestSource.objects.filter(active=True))
        failed = []
        for item in sources:
            try:
                result = harvest_source(source=item, full=full)
            except Exception:  # a bug, or the database: the other sources still get their turn
                logger.exception("Harvest of %s stopped by an unexpected error", item.name)
                failed.append(item.name)
                self.stderr.write(f"{item.name}: failed by an unexpected error (see the log)")
                continue
            line = f"{item.name}: {result.summary()}"
            if result.error:
                failed.append(item.name)
                self.stderr.write(line)
            else:
                self.stdout.write(line)
        if not sources:
            self.stdout.write("No active harvest sources.")
        if failed:
            raise CommandError(f"The harvest failed for: {', '.join(failed)}.")
