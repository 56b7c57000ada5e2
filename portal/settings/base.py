"""Settings shared by every environment; each value that varies comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from portal.settings.env import (
    cache_url_from_env,
    database_from_env,
    env_bool,
    env_int,
    env_int_between,
    env_list,
    env_str,
    search_url_from_env,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "portal",
    "home",
    "cms",
    "search",
    "community",
    "support",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v3",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_comments_xtd",
    "django_comments",
    "allauth",
    "allauth.account",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.sites",
]
SITE_ID = 1

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A PortalError raised by a site view: the message or the 4xx page (portal.errors).
    "portal.site_errors.PortalErrorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.page_cache.AnonymousPageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as axes asks: turns a locked-out sign-in into the 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
# A refused cross-site post is the site's 403 page in the visitor's language.
CSRF_FAILURE_VIEW = "portal.views.csrf_failure"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": database_from_env(f"sqlite:///{VAR_DIR / 'portal.sqlite3'}")}
# The article page cache ("default") and the rate-limit counters ("limits"). With CACHE_URL
# both live on one Redis shared by every process and machine, where counting is atomic.
# Without it pages go to a file cache shared by the processes of this machine, and counters
# to each process's memory: a file cache counts by read-then-write, which bursts overrun.
CACHE_URL = cache_url_from_env()
if CACHE_URL:
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
        for alias in ("default", "limits")
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("CACHE_DIR") or str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        "limits": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "limits",
        },
    }
RATELIMIT_USE_CACHE = "limits"  # django-ratelimit's counters
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out client before any password is checked (portal/accounts.py).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "portal.accounts.PortalAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
# A new account signs in only once its address is verified (the link in the e-mail).
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Off: no one signs up on the site; staff create accounts in the admin (or SSO does).
ACCOUNT_SIGNUP_OPEN = env_bool("ACCOUNT_SIGNUP_OPEN", True)
# One throttle for both sign-ins is axes (below); allauth's own per-login count is off.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
# Reverse proxies in front of the portal that append the client's address to
# X-Forwarded-For; 0: the address is the connection's own (REMOTE_ADDR). One count for
# every limit: the sign-in throttle, allauth's rate limits and the feedback limits
# (portal.visitors.client_address).
PORTAL_TRUSTED_PROXIES = env_int("PORTAL_TRUSTED_PROXIES", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = PORTAL_TRUSTED_PROXIES
WAGTAILADMIN_USER_LOGIN_FORM = "portal.accounts.StaffLoginForm"

# Sign-in throttle (django-axes), for the site and the admin alike: after
# SIGN_IN_FAILURE_LIMIT failures for one account from one address, that address cannot
# sign in to that account (even with the right password) until SIGN_IN_LOCKOUT_MINUTES
# pass without a failure; after SIGN_IN_ADDRESS_FAILURE_LIMIT failures from one address,
# for any accounts, that address cannot sign in at all for as long.
SIGN_IN_FAILURE_LIMIT = env_int("SIGN_IN_FAILURE_LIMIT", 5)
SIGN_IN_ADDRESS_FAILURE_LIMIT = env_int("SIGN_IN_ADDRESS_FAILURE_LIMIT", 30)
SIGN_IN_LOCKOUT_MINUTES = env_int("SIGN_IN_LOCKOUT_MINUTES", 15)
AXES_FAILURE_LIMIT = SIGN_IN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=SIGN_IN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = "portal.accounts.lockout_parameters"
AXES_HANDLER = "portal.accounts.SignInAttemptHandler"
AXES_USERNAME_CALLABLE = "portal.accounts.sign_in_account_key"
AXES_CLIENT_IP_CALLABLE = "portal.accounts.sign_in_address"
AXES_LOCKOUT_CALLABLE = "portal.accounts.locked_out_response"
AXES_RESET_ON_SUCCESS = True
# Attempts refused while locked out are not failures: they neither restart the cool-off nor
# use up the address's allowance, so a locked-out owner's retries keep nobody out longer.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Successful sign-ins are not logged with address and browser.
AXES_DISABLE_ACCESS_LOG = True

# Locales: English is the source; every other locale is translated with wagtail-localize.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("sv", _("Swedish")),
    ("nb", _("Norwegian Bokmål")),
    ("hr", _("Croatian")),
    ("zh-hans", _("Simplified Chinese")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env_str("STATIC_ROOT") or str(VAR_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: the console in development; EMAIL_BACKEND and EMAIL_* point production at SMTP.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Help Center <help@example.com>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

# Search: a search node when ELASTICSEARCH_URL is set, the database otherwise.
ELASTICSEARCH_URL = search_url_from_env()
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "portal")


def wagtail_index_prefix(prefix: str) -> str:
    """Wagtail names one index per model after this, from ``SEARCH_INDEX_PREFIX``."""
    return f"{prefix}-wagtail-"


SEARCH_TIMEOUT_SECONDS = env_int("SEARCH_TIMEOUT_SECONDS", 2)
# Primary shards and replica copies of each index on the node (the portal's and Wagtail's).
# One node: one shard, no replica. A cluster: a replica keeps every document searchable
# while a node is down. 1024 shards is the node's own limit per index; a replica needs a
# node of its own, so more replicas than the cluster has nodes stay unassigned.
SEARCH_INDEX_SHARDS = env_int_between("SEARCH_INDEX_SHARDS", 1, minimum=1, maximum=1024)
SEARCH_INDEX_REPLICAS = env_int_between("SEARCH_INDEX_REPLICAS", 0, minimum=0, maximum=32)
# While the node is down, pending index changes are tried again this often.
SEARCH_RETRY_SECONDS = env_int("SEARCH_RETRY_SECONDS", 60)
# Search analytics older than this are deleted by `manage.py search_analytics_prune`.
SEARCH_ANALYTICS_DAYS = env_int("SEARCH_ANALYTICS_DAYS", 395)
# Database searches one process runs at once; the rest wait their turn (0: no limit). A
# search keeps a core busy, so one per core and one more (measured in bench/README.md).
SEARCH_DATABASE_CONCURRENCY = env_int("SEARCH_DATABASE_CONCURRENCY", (os.cpu_count() or 1) + 1)
# How long a search waits for a slot before it answers "busy" (503).
SEARCH_DATABASE_WAIT_SECONDS = env_int("SEARCH_DATABASE_WAIT_SECONDS", 10)
# PostgreSQL cancels a search statement that runs longer than this (it answers "busy").
SEARCH_DATABASE_TIMEOUT_MS = env_int("SEARCH_DATABASE_TIMEOUT_MS", 3000)
WAGTAILSEARCH_BACKENDS = {
    # With a search node, the database index is kept only for explicit use: writing both
    # on every save would index each page twice.
    "database": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.opensearch2",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX_PREFIX": wagtail_index_prefix(SEARCH_INDEX_PREFIX),
        # Written through the portal's outbox (search.wagtail_index), which keeps a change
        # until the node takes it; Wagtail's own updates would drop it while the node is down.
        "AUTO_UPDATE": False,
        "TIMEOUT": SEARCH_TIMEOUT_SECONDS,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "INDEX_SETTINGS": {
            "settings": {
                "index": {
                    "number_of_shards": SEARCH_INDEX_SHARDS,
                    "number_of_replicas": SEARCH_INDEX_REPLICAS,
                }
            }
        },
    }
else:
    WAGTAILSEARCH_BACKENDS["default"] = {"BACKEND": "wagtail.search.backends.database"}

# Background work: a database queue, drained by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Translators hear of a source change this long after its publish, in one batch.
TRANSLATOR_NOTIFY_DELAY_SECONDS = env_int("TRANSLATOR_NOTIFY_DELAY_SECONDS", 60)

# Content health: an article needs review past its interval, when flagged, or when at least
# KB_REVIEW_MIN_ANSWERS answers include more than KB_REVIEW_UNHELPFUL_SHARE "no".
KB_REVIEW_MIN_ANSWERS = 10
KB_REVIEW_UNHELPFUL_SHARE = 0.4
# "Was this helpful?" answers accepted per hour from one visitor (account or browser session)
# and from one client address (an IPv6 address counts by its /64 network).
FEEDBACK_PER_VISITOR_PER_HOUR = env_int("FEEDBACK_PER_VISITOR_PER_HOUR", 30)
FEEDBACK_PER_ADDRESS_PER_HOUR = env_int("FEEDBACK_PER_ADDRESS_PER_HOUR", 100)

# The community's points (Stack Overflow's values for votes and accepted answers). Points from
# votes count at most COMMUNITY_VOTE_POINTS_PER_DAY a member a day; accepted answers always.
COMMUNITY_POINTS = {
    "asked": 1,
    "answered": 2,
    "question_upvoted": 5,
    "answer_upvoted": 10,
    "post_upvoted": 2,  # a discussion post, an idea, an announcement
    "downvoted": -2,
    "accepted": 15,
    "idea_planned": 20,
}
COMMUNITY_VOTE_POINTS_PER_DAY = 200
# A vote can be changed or taken back this long after it was cast, or after the post's edit.
COMMUNITY_VOTE_CHANGE_SECONDS = 600
# Serial voting (Stack Overflow's rule): this many votes or more from one member on posts of
# one other member within this many hours lose their points and their effect on scores
# (`manage.py community_reverse_serial_votes`, from cron every hour).
COMMUNITY_SERIAL_VOTES = 5
COMMUNITY_SERIAL_VOTING_HOURS = 24
# Trust levels (Discourse's idea): each needs days since joining, posts read, posts written
# and points; each allows this many threads, replies, votes and flags a day, and links per
# post.
COMMUNITY_TRUST_LEVELS = [
    {
        "days": 0,
        "read": 0,
        "written": 0,
        "points": 0,
        "threads": 3,
        "replies": 10,
        "votes": 20,
        "flags": 5,
        "links": 2,
        "flag_hides": False,
    },
    {
        "days": 1,
        "read": 10,
        "written": 0,
        "points": 0,
        "threads": 10,
        "replies": 50,
        "votes": 50,
        "flags": 10,
        "links": 10,
        "flag_hides": False,
    },
    {
        "days": 15,
        "read": 100,
        "written": 5,
        "points": 50,
        "threads": 20,
        "replies": 100,
        "votes": 75,
        "flags": 20,
        "links": 20,
        "flag_hides": False,
    },
    {
        "days": 50,
        "read": 500,
        "written": 30,
        "points": 500,
        "threads": 50,
        "replies": 300,
        "votes": 150,
        "flags": 30,
        "links": 50,
        "flag_hides": True,
    },
]
# Flags from members that hide a post until a moderator looks at it.
COMMUNITY_FLAGS_TO_HIDE = 3
# How long a member's unread count for the header may be read from the cache; every change
# to it forgets it sooner (community.notifications.unread).
COMMUNITY_UNREAD_CACHE_SECONDS = 600
# How long a thread page is kept for anonymous visitors: every change to the thread or its
# space forgets it sooner, but its authors' levels and badges may be this old
# (community.changes).
COMMUNITY_PAGE_CACHE_SECONDS = env_int("COMMUNITY_PAGE_CACHE_SECONDS", 60)

# Article comments (django-comments-xtd): signed-in members only, threaded two levels deep,
# a member's first comment held for a moderator.
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MAX_THREAD_LEVEL = 2
COMMENTS_XTD_CONFIRM_EMAIL = False
COMMENTS_XTD_THREADED_EMAILS = False
COMMENTS_XTD_SEND_HTML_EMAIL = False
COMMENTS_XTD_APP_MODEL_OPTIONS = {
    "cms.articlepage": {
        "allow_flagging": True,
        "allow_feedback": False,
        "show_feedback": False,
        "who_can_post": "users",
    }
}

WAGTAIL_SITE_NAME = "Help Center"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Public by default: the schema documents only what any visitor may call (README, Production).
WAGTAILAPI_DOCS_ENABLED = env_bool("API_DOCS_ENABLED", True)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILLOCALIZE_DISABLE_MACHINE_TRANSLATION = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
