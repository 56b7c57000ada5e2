"""The "Search terms" admin report: top queries, content gaps, click-through, a daily chart."""

from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone

from search.analytics import search_report
from search.languages import codes

CHART_HEIGHT = 120
BAR_STEP = 10


def search_terms_report(request):
    try:
        days = min(max(int(request.GET.get("days", "30")), 1), 365)
    except ValueError:
        days = 30
    locale = request.GET.get("locale", "")
    report = search_report(days=days, locale=locale if locale in codes() else "")
    return render(
        request,
        "search/admin/search_terms.html",
        {
            "report": report,
            "chart": _chart(report["daily"], days),
            "chart_width": days * BAR_STEP,
            "chart_height": CHART_HEIGHT,
            "locales": codes(),
            "locale": locale,
            "days": days,
        },
    )


def _chart(daily: list[dict], days: int) -> list[dict]:
    """One bar per day (gaps filled), scaled to the busiest day."""
    by_day = {row["day"]: row for row in daily}
    today = timezone.localdate()
    rows = [
        by_day.get(day, {"day": day, "searches": 0, "empty": 0})
        for day in (today - timedelta(days=offset) for offset in range(days - 1, -1, -1))
    ]
    peak = max((row["searches"] for row in rows), default=0) or 1
    bars = []
    for index, row in enumerate(rows):
        height = round(CHART_HEIGHT * row["searches"] / peak)
        empty = round(CHART_HEIGHT * row["empty"] / peak)
        bars.append(
            {
                **row,
                "x": index * BAR_STEP,
                "y": CHART_HEIGHT - height,
                "height": height,
                "empty_y": CHART_HEIGHT - empty,
                "empty_height": empty,
            }
        )
    return bars
