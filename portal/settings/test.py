"""Settings for the pytest suite: fast hashing, in-memory email, immediate tasks.

The cache is Redis when CACHE_URL is set (services/test starts one), else in memory.
"""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import (
    CACHE_URL,
    ELASTICSEARCH_URL,
    INSTALLED_APPS,
    WAGTAILSEARCH_BACKENDS,
    wagtail_index_prefix,
)
from portal.settings.env import env_int, env_str

DEBUG = False
# The demo content: the suite runs on it (tests/conftest.py seeds it once per run).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
SECRET_KEY = env_str("SECRET_KEY", "test-only-key")
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
if not CACHE_URL and not env_str("CACHE_DIR"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "limits": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "limits",
        },
    }
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The immediate backend cannot wait, so translators hear of a change at once.
TRANSLATOR_NOTIFY_DELAY_SECONDS = env_int("TRANSLATOR_NOTIFY_DELAY_SECONDS", 0)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# An API error status its operation does not declare fails the test that provokes it.
PORTAL_API_STRICT_ERRORS = True
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "portal-test")
if ELASTICSEARCH_URL:  # Wagtail's own indices follow the test prefix too
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = wagtail_index_prefix(SEARCH_INDEX_PREFIX)
