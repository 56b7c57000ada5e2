from django.core.management.base import BaseCommand
from tqdm import tqdm

from community.badges.services import badges_backfill, definitions


class Command(BaseCommand):
    help = (
        "Grant every badge to every member whose activity earns it, and withdraw those it no "
        "longer earns, by the same rules as the events; nobody is notified. Running it twice "
        "changes nothing."
    )

    def handle(self, *args, **options):
        total = len(definitions())
        with tqdm(
            total=total, desc="badges", unit=" badges", disable=options["verbosity"] == 0
        ) as bar:
            results = badges_backfill(progress=lambda badge: bar.update())
        granted = sum(g for g, _ in results.values())
        withdrawn = sum(w for _, w in results.values())
        self.stdout.write(
            f"{granted} awards granted and {withdrawn} withdrawn over {total} badges."
        )
