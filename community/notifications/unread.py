"""Each member's unread count for the header, kept in the shared cache.

The header shows it on every page a member opens, so it is counted once and then read from
the cache until something changes it: a notification for the member, the member marking
some read, or a moderator hiding, deleting, moving or merging what notifications point at
(one generation for everyone: such changes are rare, and any member's count may change).
Each forget happens at once and again when the transaction commits, so a count taken by
another request before the commit does not outlive it.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from portal.cache_versions import cache_version, cache_version_bump

GENERATION_KEY = "community:unread:generation"


def _key(user_id: int) -> str:
    return f"community:unread:{user_id}"


def unread_cached(user_id: int, count) -> int:
    """The member's count from the cache, else ``count()`` stored for the next page."""
    key = _key(user_id)
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or cache_version(GENERATION_KEY)
    stored = found.get(key)
    if stored is not None and stored[0] == generation:
        return stored[1]
    counted = count()
    cache.set(key, (generation, counted), settings.COMMUNITY_UNREAD_CACHE_SECONDS)
    return counted


def _twice(forget) -> None:
    forget()
    transaction.on_commit(forget)


def unread_forget(user_ids) -> None:
    """These members' counts change: count them again on their next page."""
    keys = [_key(user_id) for user_id in set(user_ids)]
    if keys:
        _twice(lambda: cache.delete_many(keys))


def unread_forget_everyone() -> None:
    """What notifications point at was hidden, restored, moved or merged."""
    _twice(lambda: cache_version_bump(GENERATION_KEY))
