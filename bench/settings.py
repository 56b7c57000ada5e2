"""The benchmarks' settings: the test settings (DEBUG off, fast hashing, immediate tasks)
plus ``bench.plain``, the plain page the article page is measured against."""

from portal.settings.test import *  # noqa: F403
from portal.settings.test import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "bench.plain"]
