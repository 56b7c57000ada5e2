"""The search outbox, the database engine's index, and search analytics."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class IndexChange(models.Model):
    """A pending index change: the documents of ``key`` must be rewritten from the database.

    Rows are written in the same transaction as the change itself and deleted once every
    engine has applied them, so no change is lost when an engine is down.
    """

    kind = models.CharField(max_length=40)
    key = models.CharField(max_length=80)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "key"])]

    def __str__(self):
        return f"{self.kind}:{self.key}"


class SearchEntry(models.Model):
    """One search document in the database engine: what a query matches, filters and counts.

    The body lives in ``SearchEntryBody``: a query reads every matching row, so these rows
    stay small, and only the page of hits needs the text.
    """

    doc_id = models.CharField(max_length=160, unique=True)
    kind = models.CharField(max_length=40)
    key = models.CharField(max_length=80)
    locale = models.CharField(max_length=10)
    title = models.TextField()
    url = models.CharField(max_length=500)
    category = models.CharField(max_length=255, blank=True)
    tags = models.JSONField(default=list)
    # Space-padded word lists (" public staff "), filtered with LIKE on any database.
    principals = models.TextField()
    fallback_for = models.TextField(blank=True)
    boost = models.FloatField(default=1.0)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    # PostgreSQL only; SQLite keeps its full-text index in an FTS5 table instead.
    search_vector = SearchVectorField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["kind", "key"]),
            models.Index(fields=["locale", "kind"]),
        ]
        verbose_name_plural = "search entries"

    def __str__(self):
        return self.doc_id


class SearchEntryBody(models.Model):
    """The text of an entry, for snippets."""

    entry = models.OneToOneField(
        SearchEntry, primary_key=True, on_delete=models.CASCADE, related_name="text"
    )
    body = models.TextField()

    class Meta:
        verbose_name_plural = "search entry bodies"

    def __str__(self):
        return str(self.entry_id)


class SearchEntryTag(models.Model):
    """The tags of an entry, one row each, for filtering (and facet counts on SQLite)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="tag_rows")
    tag = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["tag"])]

    def __str__(self):
        return self.tag


class SearchQueryLog(models.Model):
    """One search as typed, normalised, with no visitor data (no account, session or address).

    A click on its results must present its click token (``search.analytics.click_token``),
    which is derived from its id and never stored.

    Attributes:
        shown: the ids of the documents on the first page of hits, in order; only these
            count as opened from this search.
    """

    query = models.CharField(max_length=200, db_index=True)
    locale = models.CharField(max_length=10)
    results = models.PositiveIntegerField()
    engine = models.CharField(max_length=20)
    degraded = models.BooleanField(default=False)
    searched_at = models.DateTimeField(auto_now_add=True, db_index=True)
    shown = models.JSONField(default=list, blank=True)

    def __str__(self):
        return self.query


class SearchClick(models.Model):
    """A result opened from a search, with its place in the list."""

    search = models.ForeignKey(SearchQueryLog, on_delete=models.CASCADE, related_name="clicks")
    doc_id = models.CharField(max_length=160)
    position = models.PositiveIntegerField()
    clicked_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.search_id}:{self.doc_id}"
