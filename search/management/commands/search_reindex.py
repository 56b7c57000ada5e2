from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import engines
from search.client import SearchNotConfigured
from search.documents import kinds
from search.services import index_rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the database. On the search node a new index is "
        "built and the alias moved to it in one step, so searches never see a gap."
    )

    def add_arguments(self, parser):
        parser.add_argument("--engine", choices=["all", *engines.NAMES], default="all")

    def handle(self, *args, engine, **options):
        self.stdout.write(f"Kinds: {', '.join(kinds())}")
        self._bars = {}
        try:
            written = index_rebuild(engine=engine, progress=self._progress)
        except SearchNotConfigured as error:
            raise CommandError(f"Nothing to rebuild: {error}.") from None
        except engines.unavailable() as error:
            raise CommandError(f"A search engine failed: {error}") from None
        for name, count in written.items():
            self.stdout.write(self.style.SUCCESS(f"{name}: {count} documents"))

    def _progress(self, engine: str, done: int, total: int) -> None:
        """One progress bar per engine, on stderr (tqdm's default), closed when full."""
        bar = self._bars.get(engine)
        if bar is None:
            bar = self._bars[engine] = tqdm(total=total, desc=engine, unit=" documents")
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
