from django.core.management.base import BaseCommand

from search.services import index_status


class Command(BaseCommand):
    help = "Documents per kind and locale: in the database, in each engine, and any drift."

    def handle(self, *args, **options):
        status = index_status()
        columns = ["kind", "locale", "expected", *status["engines"]]
        self.stdout.write("  ".join(f"{c:>10}" for c in columns))
        for row in status["rows"]:
            cells = [row["kind"], row["locale"], row["expected"]]
            cells += [row["engines"].get(name, "-") for name in status["engines"]]
            line = "  ".join(f"{c!s:>10}" for c in cells)
            self.stdout.write(self.style.ERROR(line + "  drift") if row["drift"] else line)
        for name, error in status["errors"].items():
            self.stdout.write(self.style.ERROR(f"{name}: unavailable ({error})"))
        pending = status["pending"]
        self.stdout.write(f"Pending index changes: {pending}")
        if status["drift"]:
            self.stdout.write(self.style.WARNING("Drift found: run manage.py search_reindex."))
        else:
            self.stdout.write(self.style.SUCCESS("No drift."))
