from django.core.management.base import BaseCommand

from werkplaats.newsletter.services import digests_enqueue, subscriptions_expired_delete


class Command(BaseCommand):
    help = (
        "Queue the newsletter digests that are due (one task per subscription), and delete "
        "subscriptions that were never confirmed and whose link has expired. Safe to run often: "
        "a digest goes out once per week or month, whatever the number of runs."
    )

    def handle(self, *args, **options):
        expired = subscriptions_expired_delete()
        queued = digests_enqueue()
        self.stdout.write(f"digests queued: {queued}, expired subscriptions deleted: {expired}")
