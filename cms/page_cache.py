"""Rendered article pages for anonymous visitors, shared by every web process via the cache.

A page opts in by setting ``response.portal_cache_views`` to the translation key whose views
it counts. Entries are keyed by a content version that any change to what a page shows
replaces (:func:`page_cache_clear`), so a publish, an audience change or an approved comment
appears on the next request. A request with a session or a pending message is never served
from the cache: whatever it sees may depend on who it is.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse

from portal.cache_versions import cache_version, cache_version_bump

VERSION_KEY = "portal:page-cache:version"
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary")


def page_cache_clear() -> None:
    """Forget every cached page once the current transaction commits (never for a change
    that rolls back). A request served before the commit reads the old content and caches
    it under the version this replaces."""
    transaction.on_commit(lambda: cache_version_bump(VERSION_KEY))


def _anonymous(request) -> bool:
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _key(request) -> str:
    version = cache_version(VERSION_KEY)
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"portal:page:{version}:{request.method}:{path}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not _anonymous(request):
            return self.get_response(request)
        key = _key(request)
        entry = cache.get(key)
        if entry is not None:
            return self._replay(entry)
        response = self.get_response(request)
        views_key = getattr(response, "portal_cache_views", None)
        if views_key is not None and response.status_code == 200 and not response.cookies:
            headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
            cache.set(key, (views_key, response.content, headers), settings.PAGE_CACHE_SECONDS)
        return response

    def _replay(self, entry) -> HttpResponse:
        from cms.health.services import article_view_record

        views_key, content, headers = entry
        article_view_record(translation_key=views_key)
        response = HttpResponse(content, headers=headers)
        response["X-Portal-Cache"] = "hit"
        return response
