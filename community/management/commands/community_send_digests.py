from django.core.management.base import BaseCommand

from community.notifications.services import digests_send


class Command(BaseCommand):
    help = "Send the daily community digest to every member who chose it (run once a day)."

    def handle(self, *args, **options):
        self.stdout.write(f"{digests_send()} digests sent.")
