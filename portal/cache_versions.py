"""Version keys in the shared cache: entries keyed by a version are all forgotten at once by
storing a new one (or by deleting the key: the next reader makes a new one)."""

import uuid

from django.core.cache import cache


def cache_versions(keys, timeouts: dict[str, int] | None = None) -> dict[str, str]:
    """The current version under each of ``keys``, made once where there is none (the first
    writer wins, so every process agrees). One round trip when every key has a version.

    A version made here lasts until it is replaced, or for the seconds ``timeouts`` gives
    its key: what was kept under a version that expired is only forgotten sooner."""
    keys = list(keys)
    versions = cache.get_many(keys)
    for key in keys:
        if key not in versions:
            made = uuid.uuid4().hex
            cache.add(key, made, (timeouts or {}).get(key))
            versions[key] = cache.get(key, made)
    return versions


def cache_version(key: str) -> str:
    return cache_versions([key])[key]


def cache_version_bump(key: str) -> None:
    cache.set(key, uuid.uuid4().hex, None)
