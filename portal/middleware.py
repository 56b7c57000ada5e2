from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import UnreadablePostError
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

# Remembers the language of the last site page a reader came to the account pages from.
PAGE_LANGUAGE_COOKIE = "portal_language"


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 → language-prefix redirect outside the site.

    Wagtail serves every path under a language prefix, so Django would turn each 404 of the
    API, the admin or the account pages into a redirect to ``/en/...``. Those answer as they
    are instead.

    The account and comment pages have no prefix, but belong to the site: they speak the
    language of the page the reader came from, named by its ``next`` address (the header's
    sign-in link carries it) and remembered in a cookie for the pages that follow (a
    password reset, a failed sign-in), else the browser's language.
    """

    UNPREFIXED = (
        "/api/",
        "/admin/",
        "/accounts/",
        "/documents/",
        "/feedback/",
        "/static/",
        "/comments/",
        "/search/opened/",
    )
    SITE_PAGES = ("/accounts/", "/comments/")

    def process_request(self, request):
        super().process_request(request)
        if not request.path_info.startswith(self.SITE_PAGES):
            return
        named = _language_of_path(request.GET.get("next") or _posted_next(request))
        language = named or _supported(request.COOKIES.get(PAGE_LANGUAGE_COOKIE))
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        request.portal_page_language = named

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            named = getattr(request, "portal_page_language", None)
            if named and request.COOKIES.get(PAGE_LANGUAGE_COOKIE) != named:
                response.set_cookie(
                    PAGE_LANGUAGE_COOKIE,
                    named,
                    max_age=365 * 24 * 3600,
                    samesite="Lax",
                    httponly=True,
                    secure=settings.SESSION_COOKIE_SECURE,
                )
            # These answers are written in the language the request asked for (the browser's,
            # the cookie's): caches must keep one copy per language, as Django's own
            # process_response tells them for the prefixed pages.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


def _posted_next(request) -> str:
    if request.method != "POST" or request.content_type != "application/x-www-form-urlencoded":
        return ""
    try:
        return request.POST.get("next", "")
    except (SuspiciousOperation, UnreadablePostError):  # too big, too many fields, cut off:
        # the CSRF check and the view answer for it
        return ""


def _supported(code) -> str | None:
    if not code:
        return None
    try:
        return translation.get_supported_language_variant(str(code)[:20])
    except LookupError:
        return None


def _language_of_path(path) -> str | None:
    """The language a local address's prefix names (``/sv/...`` → ``sv``), if any."""
    if not path or not str(path).startswith("/") or str(path).startswith("//"):
        return None
    return translation.get_language_from_path(str(path))
