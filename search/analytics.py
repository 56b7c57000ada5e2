"""Search analytics: what people search for, what they find, what they open.

No visitor data: a search keeps only a salted one-way hash of who made it, so that a click
can be counted for the visitor's own searches and no one else's.
"""

import re
from datetime import timedelta

from django.db.models import Avg, Count, Exists, OuterRef, Q
from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone
from django.utils.crypto import salted_hmac
from wagtail.search.utils import normalise_query_string

from search.models import SearchClick, SearchQueryLog
from search.query import SearchResults

EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\d[\d -]{5,}\d")
PRUNE_BATCH = 5000


def normalise(text: str) -> str:
    """Lower-case, single-spaced, with e-mail addresses and long numbers blanked out."""
    text = LONG_NUMBER.sub("#", EMAIL.sub("@", text))
    return normalise_query_string(text)[:200]


VISITOR_SALT = "search.analytics.visitor"


def visitor_of(request) -> str:
    """A salted HMAC of the account, else the browser session (started if need be)."""
    if request.user.is_authenticated:
        who = f"user:{request.user.pk}"
    else:
        if request.session.session_key is None:
            request.session.save()
        who = f"session:{request.session.session_key}"
    return salted_hmac(VISITOR_SALT, who, algorithm="sha256").hexdigest()


def search_record(results: SearchResults, *, visitor: str) -> SearchQueryLog | None:
    """Log one search that asked something; the log's id ties later clicks to it.

    ``visitor`` is :func:`visitor_of` the request; the ids of the hits on the page are kept
    so that only a result this search showed can be counted as opened from it.
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
        visitor=visitor,
        shown=[hit.doc_id for hit in results.hits],
    )


def click_record(*, search_id: int, doc_id: str, position: int, visitor: str) -> SearchClick:
    """Count an opened result of the visitor's own search; Http404 for any other."""
    log = SearchQueryLog.objects.filter(pk=search_id, visitor=visitor).first()
    if log is None or doc_id not in log.shown:
        raise Http404
    return SearchClick.objects.create(search=log, doc_id=doc_id, position=position)


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
