"""Local development: the zero-setup run (SQLite, database search) unless told otherwise."""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import INSTALLED_APPS
from portal.settings.env import env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
# The demo content and its seed_demo command (services/run seeds an empty database).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
