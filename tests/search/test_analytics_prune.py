"""Search analytics are kept for SEARCH_ANALYTICS_DAYS, then forgotten."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from search import analytics
from search.models import SearchClick, SearchQueryLog


def logged(query, days_ago):
    log = SearchQueryLog.objects.create(query=query, locale="en", results=3, engine="database")
    SearchClick.objects.create(search=log, doc_id="article:1:en", position=1)
    searched_at = timezone.now() - timedelta(days=days_ago)
    SearchQueryLog.objects.filter(pk=log.pk).update(searched_at=searched_at)
    return log


@pytest.mark.django_db
def test_old_searches_and_their_clicks_are_deleted(settings, capsys, monkeypatch):
    monkeypatch.setattr(analytics, "PRUNE_BATCH", 2)  # three old searches: two batches
    settings.SEARCH_ANALYTICS_DAYS = 30
    for query in ("invoice", "timer", "export"):
        logged(query, days_ago=31)
    recent = logged("timer", days_ago=29)

    call_command("search_analytics_prune")

    assert list(SearchQueryLog.objects.all()) == [recent]
    assert list(SearchClick.objects.values_list("search", flat=True)) == [recent.pk]
    assert "Deleted 3 searches older than 30 days." in capsys.readouterr().out


@pytest.mark.django_db
def test_a_retention_below_one_day_is_refused():
    logged("invoice", days_ago=2)

    with pytest.raises(CommandError, match="--days must be 1 or more"):
        call_command("search_analytics_prune", days=0)
    assert SearchQueryLog.objects.count() == 1
