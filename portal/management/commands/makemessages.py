"""Django's ``makemessages`` with the portal's defaults, so that every run (by hand or in
the completeness test) extracts the same messages into ``locale``: the code and
templates of every app, never the virtualenv, tests, benchmarks or runtime files, and
source locations by file only (line numbers would churn the catalogues on every edit)."""

from django.core.management.commands import makemessages

PROJECT_IGNORES = [".venv", "var", "tests", "bench", "node_modules", "services"]


class Command(makemessages.Command):
    # A changed message is a new one to translate: no guessed ("fuzzy") translation from a
    # similar message; the old entry stays below as obsolete (#~) for reference until removed.
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]

    def handle(self, *args, **options):
        options["ignore_patterns"] = [*options.get("ignore_patterns", []), *PROJECT_IGNORES]
        if options.get("add_location") is None and not options.get("no_location"):
            options["add_location"] = "file"
        return super().handle(*args, **options)
