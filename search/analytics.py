"""Search analytics: what people search for, what they find, what they open.

No visitor data: a search keeps no account, session or address. Its answer carries a
secret click token (:func:`click_token`), and a click counts only when it presents the token
of its search, so only whoever received that answer can count a result as opened from it.
Nothing is stored for the token and no session is started, so an anonymous searcher's next
article page is still served from the page cache.
"""

import re
from datetime import timedelta

from django.db.models import Avg, Count, Exists, OuterRef, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from wagtail.search.utils import normalise_query_string

from search.errors import SearchResultNotFound
from search.models import SearchClick, SearchQueryLog
from search.query import SearchResults

EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\d[\d -]{5,}\d")
PRUNE_BATCH = 5000


def normalise(text: str) -> str:
    """Lower-case, single-spaced, with e-mail addresses and long numbers blanked out."""
    text = LONG_NUMBER.sub("#", EMAIL.sub("@", text))
    return normalise_query_string(text)[:200]


CLICK_TOKEN_SALT = "search.analytics.click"
CLICK_TOKEN_LENGTH = 32


def click_token(log: SearchQueryLog) -> str:
    """The secret a click on ``log``'s results must present: derived from its id, not stored.

    A keyed hash (the site's SECRET_KEY), so no one can work it out from the id; only the
    answer to the search carries it.
    """
    digest = salted_hmac(CLICK_TOKEN_SALT, str(log.pk), algorithm="sha256").hexdigest()
    return digest[:CLICK_TOKEN_LENGTH]


def search_record(results: SearchResults) -> SearchQueryLog | None:
    """Log one search that asked something; the log's id and :func:`click_token` tie clicks to it.

    The ids of the hits on the page are kept so that only a result this search showed can be
    counted as opened from it.
    """
    query = normalise(results.query.text)
    if not query or results.query.page != 1:
        return None
    return SearchQueryLog.objects.create(
        query=query,
        locale=results.query.locale,
        results=results.total,
        engine=results.engine,
        degraded=results.degraded,
        shown=[hit.doc_id for hit in results.hits],
    )


def click_record(*, search_id: int, token: str, doc_id: str, position: int) -> SearchClick:
    """Count an opened result of the search whose click token is ``token``.

    :class:`SearchResultNotFound` for an unknown search, a wrong token, or a document that
    search did not show (one answer for all three, so none tells a token apart). Opening the
    same result of the same search again counts once, so repeats cannot inflate the
    click-through.
    """
    log = SearchQueryLog.objects.filter(pk=search_id).first()
    if log is None or not constant_time_compare(token, click_token(log)) or doc_id not in log.shown:
        raise SearchResultNotFound(_("Unknown search result."))
    click, _created = SearchClick.objects.get_or_create(
        search=log, doc_id=doc_id, defaults={"position": position}
    )
    return click


def analytics_prune(*, days: int) -> int:
    """Forget searches (and the results opened from them) older than ``days``; how many.

    In batches, so that a first prune after years of logs holds little in memory.
    """
    old = SearchQueryLog.objects.filter(searched_at__lt=timezone.now() - timedelta(days=days))
    deleted = 0
    while batch := list(old.values_list("pk", flat=True)[:PRUNE_BATCH]):
        found = SearchQueryLog.objects.filter(pk__in=batch).delete()[1]
        deleted += found.get(SearchQueryLog._meta.label, 0)
    return deleted


def search_report(*, days: int = 30, locale: str = "") -> dict:
    """Top queries, queries without results, click-through and searches per day."""
    since = timezone.now() - timedelta(days=days)
    clicked = Exists(SearchClick.objects.filter(search=OuterRef("pk")))
    logs = SearchQueryLog.objects.filter(searched_at__gte=since).annotate(clicked=clicked)
    if locale:
        logs = logs.filter(locale=locale)
    per_query = (
        logs.values("query", "locale")
        .annotate(
            searches=Count("pk"),
            opened=Count("pk", filter=Q(clicked=True)),
            results=Avg("results"),
        )
        .order_by("-searches", "query")
    )
    totals = logs.aggregate(
        searches=Count("pk"),
        opened=Count("pk", filter=Q(clicked=True)),
        empty=Count("pk", filter=Q(results=0)),
    )
    daily = (
        logs.annotate(day=TruncDate("searched_at"))
        .values("day")
        .annotate(
            searches=Count("pk"),
            empty=Count("pk", filter=Q(results=0)),
        )
        .order_by("day")
    )
    return {
        "days": days,
        "totals": {
            **totals,
            "click_through": totals["opened"] / totals["searches"] if totals["searches"] else 0,
        },
        "top": list(per_query[:20]),
        "no_results": list(per_query.filter(results=0)[:20]),
        "daily": list(daily),
    }
