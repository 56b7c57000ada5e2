"""Rendered pages for anonymous visitors, shared by every web process via the cache.

A view opts in with :func:`page_cache_keep`. Every entry is keyed by a content version
that any change to what a knowledge-base page shows replaces (:func:`page_cache_clear`),
so a publish, an audience change or an approved comment appears on the next request. A
page can also depend on versions of its own (a community thread's): the view reads them
with :func:`page_versions` before it reads what it shows, the entry keeps them, and a
replay is refused once any of them has been replaced. A request with a session or a
pending message is never served from the cache: whatever it sees may depend on who it is;
nor is one with a query string (even an empty ``?&``), which is never kept either: each
new one would be a new entry. A view whose page has several addresses redirects to one.
"""

import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from portal.cache_versions import cache_version, cache_version_bump, cache_versions

VERSION_KEY = "portal:page-cache:version"
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary")


@dataclass(frozen=True)
class Keep:
    views_key: str | None  # the article whose views a replay counts
    versions: dict[str, str] = field(default_factory=dict)
    seconds: int | None = None  # PAGE_CACHE_SECONDS when None; 0: not kept


def page_cache_clear() -> None:
    """Forget every cached page once the current transaction commits (never for a change
    that rolls back). A request served before the commit reads the old content and caches
    it under the version this replaces."""
    transaction.on_commit(lambda: cache_version_bump(VERSION_KEY))


def page_versions(*keys: str, timeouts: dict[str, int] | None = None) -> dict[str, str]:
    """The current versions of ``keys``, to read before the content a page shows: content
    read after a change is then never kept under a version from before it."""
    return cache_versions(keys, timeouts)


def page_cache_keep(response, *, views_key=None, versions=None, seconds=None):
    """Let the middleware keep ``response`` for anonymous visitors, valid while each of
    ``versions`` (from :func:`page_versions`) is current, for ``seconds`` at most."""
    response.portal_page_cache = Keep(views_key, versions or {}, seconds)
    return response


def anonymous(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _key(request) -> str:
    """By path alone: a kept page holds nothing taken from the Host header (absolute links
    come from the Wagtail site's address), so one entry serves every spelling of it."""
    version = cache_version(VERSION_KEY)
    path = hashlib.sha256(request.path.encode()).hexdigest()
    return f"portal:pages:{version}:{request.method}:{path}"


def _current(keep: Keep) -> bool:
    return not keep.versions or cache.get_many(list(keep.versions)) == keep.versions


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Nothing with a query string: each new one would be a new entry, so anyone could
        # fill the cache; a page a visitor comes to by a tracking link is rendered instead.
        if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
            return self.get_response(request)
        if not anonymous(request):
            return self.get_response(request)
        key = _key(request)
        entry = cache.get(key)
        if entry is not None and _current(entry[0]):
            return self._replay(entry)
        response = self.get_response(request)
        keep = getattr(response, "portal_page_cache", None)
        if keep is None or response.status_code != 200 or response.cookies:
            return response
        seconds = settings.PAGE_CACHE_SECONDS if keep.seconds is None else keep.seconds
        if seconds > 0:
            headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
            cache.set(key, (keep, response.content, headers), seconds)
        return response

    def _replay(self, entry) -> HttpResponse:
        from cms.health.services import article_view_record

        keep, content, headers = entry
        if keep.views_key is not None:
            article_view_record(translation_key=keep.views_key)
        response = HttpResponse(content, headers=headers)
        # What a rendered page says on its way out (the session was read): a proxy in front
        # must not hand this copy to a visitor who has a session.
        patch_vary_headers(response, ("Cookie",))
        response["X-Portal-Cache"] = "hit"
        return response
