from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search.analytics import analytics_prune


class Command(BaseCommand):
    help = "Delete logged searches and opened results older than SEARCH_ANALYTICS_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.SEARCH_ANALYTICS_DAYS,
            help="keep this many days (default: SEARCH_ANALYTICS_DAYS)",
        )

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be 1 or more.")
        deleted = analytics_prune(days=days)
        self.stdout.write(f"Deleted {deleted} searches older than {days} days.")
