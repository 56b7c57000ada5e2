"""``compilemessages`` for the portal's own catalogues, in Python.

Django's command needs GNU gettext's ``msgfmt`` and walks every ``locale`` folder below the
working directory, the virtualenv's included. The portal's catalogues live in
``LOCALE_PATHS``; this compiles each ``.po`` there with polib (a wagtail-localize dependency),
so the run command needs nothing but Python. Fuzzy and empty entries are left out of the
``.mo``, as ``msgfmt`` leaves them out; the completeness test refuses them anyway.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def catalogue_sources() -> list[Path]:
    return sorted(
        path for folder in settings.LOCALE_PATHS for path in Path(folder).glob("*/LC_MESSAGES/*.po")
    )


class Command(BaseCommand):
    help = "Compile the portal's translation catalogues (LOCALE_PATHS) into .mo files."

    def handle(self, *args, **options):
        sources = catalogue_sources()
        for source in sources:
            polib.pofile(str(source)).save_as_mofile(str(source.with_suffix(".mo")))
        self.stdout.write(f"compiled {len(sources)} catalogues")
