from django.core.management.base import BaseCommand, CommandError
from opensearchpy.exceptions import OpenSearchException

from search.documents import kinds
from search.services import index_rebuild, node_configured


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the database. On the search node a new index is "
        "built and the alias moved to it in one step, so searches never see a gap."
    )

    def add_arguments(self, parser):
        parser.add_argument("--engine", choices=["all", "database", "node"], default="all")

    def handle(self, *args, engine, **options):
        if engine == "node" and not node_configured():
            raise CommandError("ELASTICSEARCH_URL is not set: there is no search node to rebuild.")
        self.stdout.write(f"Kinds: {', '.join(kinds())}")
        try:
            written = index_rebuild(engine=engine, progress=self._progress)
        except OpenSearchException as error:
            raise CommandError(f"The search node failed: {error}") from None
        for name, count in written.items():
            self.stdout.write(self.style.SUCCESS(f"{name}: {count} documents"))

    def _progress(self, engine: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        bar = "#" * filled + "-" * (width - filled)
        end = "\n" if done >= total else ""
        self.stdout.write(f"\r{engine:<9} [{bar}] {done}/{total}", ending=end)
        self.stdout.flush()
