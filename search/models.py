"""The search outbox, the database engine's index, and search analytics."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class IndexChange(models.Model):
    """A pending index change: the documents of ``key`` must be rewritten from the database.

    Rows are written in the same transaction as the change itself and deleted once every
    engine has applied them, so no change is lost when an engine is down.
    """

    kind = models.CharField(pgettext_lazy("search document", "kind"), max_length=40)
    key = models.CharField(_("key"), max_length=80)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("index change")
        verbose_name_plural = _("index changes")
        indexes = [models.Index(fields=["kind", "key"])]

    def __str__(self):
        return f"{self.kind}:{self.key}"


class SearchEntry(models.Model):
    """One search document in the database engine: what a query matches, filters and counts.

    The body lives in ``SearchEntryBody``: a query reads every matching row, so these rows
    stay small, and only the page of hits needs the text.
    """

    doc_id = models.CharField(_("document id"), max_length=160, unique=True)
    kind = models.CharField(pgettext_lazy("search document", "kind"), max_length=40)
    key = models.CharField(_("key"), max_length=80)
    locale = models.CharField(_("locale"), max_length=10)
    title = models.TextField(_("title"))
    url = models.CharField(_("URL"), max_length=500)
    category = models.CharField(_("category"), max_length=255, blank=True)
    tags = models.JSONField(_("tags"), default=list)
    # Space-padded word lists (" public staff "), filtered with LIKE on any database.
    principals = models.TextField(_("readers"))
    fallback_for = models.TextField(_("fallback for"), blank=True)
    boost = models.FloatField(_("boost"), default=1.0)
    created_at = models.DateTimeField(_("created at"))
    updated_at = models.DateTimeField(_("updated at"))
    # PostgreSQL only; SQLite keeps its full-text index in an FTS5 table instead.
    search_vector = SearchVectorField(_("search vector"), null=True)

    class Meta:
        indexes = [
            models.Index(fields=["kind", "key"]),
            models.Index(fields=["locale", "kind"]),
        ]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.doc_id


class SearchEntryBody(models.Model):
    """The text of an entry, for snippets."""

    entry = models.OneToOneField(
        SearchEntry,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="text",
        verbose_name=_("search entry"),
    )
    body = models.TextField(_("body"))

    class Meta:
        verbose_name = _("search entry text")
        verbose_name_plural = _("search entry texts")

    def __str__(self):
        return str(self.entry_id)


class SearchEntryTag(models.Model):
    """The tags of an entry, one row each, for filtering (and facet counts on SQLite)."""

    entry = models.ForeignKey(
        SearchEntry,
        on_delete=models.CASCADE,
        related_name="tag_rows",
        verbose_name=_("search entry"),
    )
    tag = models.CharField(_("tag"), max_length=100)

    class Meta:
        verbose_name = _("search entry tag")
        verbose_name_plural = _("search entry tags")
        indexes = [models.Index(fields=["tag"])]

    def __str__(self):
        return self.tag


class SearchEntryFacet(models.Model):
    """A value of a facet the entry's kind declares (``SearchKind.facets``), for filtering
    and counting."""

    entry = models.ForeignKey(
        SearchEntry,
        on_delete=models.CASCADE,
        related_name="facet_rows",
        verbose_name=_("search entry"),
    )
    facet = models.CharField(_("facet"), max_length=40)
    value = models.CharField(pgettext_lazy("search facet", "value"), max_length=100)

    class Meta:
        verbose_name = _("search entry facet")
        verbose_name_plural = _("search entry facets")
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchQueryLog(models.Model):
    """One search as typed, normalised, with no visitor data (no account, session or address).

    A click on its results must present its click token (``search.analytics.click_token``),
    which is derived from its id and never stored.

    Attributes:
        shown: the ids of the documents on the first page of hits, in order; only these
            count as opened from this search.
    """

    query = models.CharField(_("query"), max_length=200, db_index=True)
    locale = models.CharField(_("locale"), max_length=10)
    results = models.PositiveIntegerField(_("results"))
    engine = models.CharField(_("engine"), max_length=20)
    degraded = models.BooleanField(
        _("degraded"),
        default=False,
        help_text=_("The search node failed and the database answered."),
    )
    searched_at = models.DateTimeField(_("searched at"), auto_now_add=True, db_index=True)
    shown = models.JSONField(_("shown documents"), default=list, blank=True)

    class Meta:
        verbose_name = _("logged search")
        verbose_name_plural = _("logged searches")

    def __str__(self):
        return self.query


class SearchClick(models.Model):
    """A result opened from a search, with its place in the list."""

    search = models.ForeignKey(
        SearchQueryLog, on_delete=models.CASCADE, related_name="clicks", verbose_name=_("search")
    )
    doc_id = models.CharField(_("document id"), max_length=160)
    position = models.PositiveIntegerField(pgettext_lazy("place in a result list", "position"))
    clicked_at = models.DateTimeField(_("opened at"), auto_now_add=True)

    class Meta:
        verbose_name = _("opened result")
        verbose_name_plural = _("opened results")

    def __str__(self):
        return f"{self.search_id}:{self.doc_id}"
