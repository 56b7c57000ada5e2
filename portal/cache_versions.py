"""Version keys in the shared cache: entries keyed by a version are all forgotten at once by
storing a new one."""

import uuid

from django.core.cache import cache


def cache_version(key: str) -> str:
    """The current version under ``key``, made once if there is none (the first writer wins,
    so every process agrees)."""
    version = cache.get(key)
    if version is None:
        made = uuid.uuid4().hex
        cache.add(key, made, None)
        version = cache.get(key, made)
    return version


def cache_version_bump(key: str) -> None:
    cache.set(key, uuid.uuid4().hex, None)
