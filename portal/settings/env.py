"""Reading configuration from the environment, with one-line errors that name the variable."""

import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


class ConfigError(ImproperlyConfigured):
    """A configuration variable is missing or has a value that cannot work."""

    def __init__(self, variable: str, problem: str) -> None:
        self.variable = variable
        super().__init__(f"{variable}: {problem}")


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_required(name: str) -> str:
    value = env_str(name)
    if not value:
        raise ConfigError(name, "is required and not set")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if not value:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(name, f"expected true or false, got {value!r}")


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(name, f"expected a whole number, got {value!r}") from None


def env_int_between(name: str, default: int, *, minimum: int, maximum: int) -> int:
    """A whole number from ``minimum`` to ``maximum``; anything else stops with one line."""
    value = env_int(name, default)
    if not minimum <= value <= maximum:
        raise ConfigError(name, f"expected a whole number from {minimum} to {maximum}, got {value}")
    return value


def database_from_env(default_url: str, *, conn_max_age: int = 0) -> dict:
    """The default database from ``DATABASE_URL``, or ``default_url`` when unset.

    ``DATABASE_CONN_MAX_AGE`` (seconds) keeps connections open between requests.
    """
    url = env_str("DATABASE_URL") or default_url
    try:
        config = dj_database_url.parse(
            url,
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", conn_max_age),
            conn_health_checks=True,
        )
    except (ValueError, KeyError) as error:
        raise ConfigError("DATABASE_URL", f"cannot be parsed ({error})") from None
    engine = config.get("ENGINE", "")
    if engine not in {"django.db.backends.postgresql", "django.db.backends.sqlite3"}:
        raise ConfigError("DATABASE_URL", "must be a postgres:// or sqlite:/// URL")
    if engine == "django.db.backends.sqlite3":
        # The zero-setup run has a web server and a worker on one file: let writers queue.
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    return config


def search_url_from_env() -> str:
    """The search node URL from ``ELASTICSEARCH_URL``; empty means database search."""
    url = env_str("ELASTICSEARCH_URL")
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        valid = parts.scheme in {"http", "https"} and bool(parts.hostname) and parts.port != 0
    except ValueError:
        valid = False
    if not valid:
        raise ConfigError("ELASTICSEARCH_URL", f"must look like http://host:9200, got {url!r}")
    return url.rstrip("/")


def cache_url_from_env() -> str:
    """The shared cache's URL from ``CACHE_URL`` (``redis://``); empty means the local cache.

    The value is never echoed in the error: it may carry the server's password.
    """
    url = env_str("CACHE_URL")
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        database = parts.path.strip("/")
        valid = (
            parts.scheme in {"redis", "rediss"}
            and bool(parts.hostname)
            and parts.port != 0
            and (not database or database.isdigit())
        )
    except ValueError:
        valid = False
    if not valid:
        raise ConfigError("CACHE_URL", "must look like redis://host:6379/0")
    return url


def startup_error_message(error: BaseException) -> str | None:
    """A one-line message for errors caused by configuration, or None for real bugs."""
    from django.db.utils import OperationalError

    if isinstance(error, ConfigError):
        return f"configuration error: {error}"
    if isinstance(error, OperationalError):
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"configuration error: DATABASE_URL: cannot use the database ({reason})"
    return None
