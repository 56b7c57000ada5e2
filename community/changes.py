"""What every change to a thread or a space leads to outside the database: the thread's
search document is queued in the outbox, and its page kept for anonymous visitors
(``portal.page_cache``) is forgotten once the transaction commits.

A thread page depends on three versions: the site's pages (``page_cache_clear``), every
community page (a space's name, readers or languages; a member's name or account) and the
thread's own. Its authors' levels and badges are not versioned: they change with events
anywhere in the community, so a kept page shows them at most
``COMMUNITY_PAGE_CACHE_SECONDS`` old.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from community.search_kind import KIND, space_threads_reindex
from portal.cache_versions import cache_version_bump
from portal.page_cache import VERSION_KEY, page_cache_keep, page_versions
from search.services import index_change_record

PAGES_KEY = "community:pages:version"  # every community page at once


def _thread_key(thread_id: int) -> str:
    return f"community:thread-page:{thread_id}:version"


def thread_page_versions(thread_id: int) -> dict[str, str]:
    """Read before the thread: the versions its anonymous page is kept under. A thread's
    own version expires (twice a page's life), so asking for threads that do not exist
    leaves nothing lasting in the cache."""
    key = _thread_key(thread_id)
    lasts = {key: 2 * settings.COMMUNITY_PAGE_CACHE_SECONDS}
    return page_versions(VERSION_KEY, PAGES_KEY, key, timeouts=lasts)


def thread_page_keep(response, versions: dict[str, str]):
    return page_cache_keep(
        response, versions=versions, seconds=settings.COMMUNITY_PAGE_CACHE_SECONDS
    )


def _pages_forget(thread_ids) -> None:
    keys = [_thread_key(thread_id) for thread_id in thread_ids]
    transaction.on_commit(lambda: cache.delete_many(keys))


def _every_page_forget() -> None:
    transaction.on_commit(lambda: cache_version_bump(PAGES_KEY))


def threads_changed(thread_ids) -> None:
    """What anyone sees of these threads changed (a post, an edit, an answer accepted, a
    moderator's action): reindex them and forget their pages."""
    ids = list(dict.fromkeys(thread_ids))
    index_change_record(KIND, ids)
    _pages_forget(ids)


def score_changed(post) -> None:
    """A vote on ``post`` was cast, changed or taken back: its thread's page shows the
    score; the thread's document carries only the opening post's."""
    if post.is_opening:
        threads_changed([post.thread_id])
    else:
        _pages_forget([post.thread_id])


def space_changed(space, *, searched: bool) -> None:
    """A space was edited in the admin: every community page kept is forgotten, and when
    what its threads' documents carry changed (``searched``: its readers or its name),
    those are queued too."""
    if searched:
        space_threads_reindex(space=space)
    _every_page_forget()


def members_changed() -> None:
    """A member was renamed, deactivated or deleted: their name is on pages of threads
    anywhere, so every community page kept is forgotten once the transaction commits."""
    _every_page_forget()
