from django.core.management.base import BaseCommand
from tqdm import tqdm

from community.leaderboards.standings import standings_rebuild


class Command(BaseCommand):
    help = "Rewrite the leaderboards' standings from the points ledger."

    def handle(self, *args, **options):
        with tqdm(desc="ledger days", unit=" rows", disable=options["verbosity"] == 0) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            count = standings_rebuild(progress)
        self.stdout.write(f"{count} standings written from the ledger.")
