from django.core.management.base import BaseCommand

from werkplaats.activities.services import after_activities, reminders_send


class Command(BaseCommand):
    help = (
        "Send reminders the day before, and after activities: mark them held, delete dietary "
        "and accessibility needs, ask participants for their evaluation. Safe to run often."
    )

    def handle(self, *args, **options):
        reminded = reminders_send()
        after = after_activities()
        self.stdout.write(
            f"reminders: {reminded}, held: {after['held']}, "
            f"needs erased: {after['needs_erased']}, "
            f"evaluations asked: {after['evaluations_asked']}"
        )
