from django.core.management.base import BaseCommand

from community.leaderboards.standings import standings_snapshot


class Command(BaseCommand):
    help = (
        "Count the leaderboards' members per number of points again, from the standings "
        "that moved since the last time (every minute, from cron)."
    )

    def handle(self, *args, **options):
        moved = standings_snapshot()
        if options["verbosity"]:
            self.stdout.write(f"{moved} standings moved since the last snapshot.")
