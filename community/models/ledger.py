"""The points ledger: append-only, one row per event, a reversal row to take one back."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class LedgerEntry(models.Model):
    """Points a member earned or lost through one event; never edited once written.

    A member's points are the sum of their rows. Taking an event back (a vote retracted, an
    answer un-accepted, a post hidden or deleted) writes a reversal: a row with the opposite
    points that names the row it reverses, at most one per row.

    Attributes:
        key: the idempotency key, ``<event>:<source>:<user id>`` (``reversal:<key>`` for a
            reversal): the same event delivered twice writes one row.
        event: what happened (asked, answered, upvote or downvote received, answer accepted,
            idea planned).
        source: the object the event is about, ``<type>:<id>[:<revision>]``.
        points: what it is worth, as the settings said when it happened; 0 when the daily
            cap on points from votes was reached.
        post: the post the event is about, to find what to reverse when it goes.
        space, locale: where it happened, for the leaderboards per space and per language.
        reverses: for a reversal, the row it takes back.
        reason: for a reversal, why; a post restored by a moderator gets back the rows
            its hiding reversed (``restored:<reversal id>:<user id>`` keys).
    """

    class Event(models.TextChoices):
        ASKED = "asked", pgettext_lazy("points event", "Asked a question")
        ANSWERED = "answered", pgettext_lazy("points event", "Answered")
        UPVOTE_RECEIVED = "upvote_received", pgettext_lazy("points event", "Upvote received")
        DOWNVOTE_RECEIVED = "downvote_received", pgettext_lazy("points event", "Downvote received")
        ACCEPTED = "accepted", pgettext_lazy("points event", "Answer accepted")
        IDEA_PLANNED = "idea_planned", pgettext_lazy("points event", "Idea planned")

    class Reason(models.TextChoices):
        """Why a reversal was written (blank on an entry that is not one)."""

        RETRACTED = "retracted", pgettext_lazy("points reversal", "Vote taken back or changed")
        UNACCEPTED = "unaccepted", pgettext_lazy("points reversal", "Answer no longer accepted")
        HIDDEN = "hidden", pgettext_lazy("points reversal", "Post hidden")
        DELETED = "deleted", pgettext_lazy("points reversal", "Post deleted")
        SERIAL_VOTING = "serial_voting", pgettext_lazy("points reversal", "Serial voting")
        SUSPENDED = "suspended", pgettext_lazy("points reversal", "Voter suspended")

    VOTE_EVENTS = (Event.UPVOTE_RECEIVED, Event.DOWNVOTE_RECEIVED)

    key = models.CharField(verbose_name=_("key"), max_length=200, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_ledger",
        verbose_name=_("member"),
    )
    event = models.CharField(verbose_name=_("event"), max_length=30, choices=Event.choices)
    source = models.CharField(verbose_name=_("source"), max_length=80)
    points = models.IntegerField(
        verbose_name=_("points"),
    )
    post = models.ForeignKey(
        "community.Post",
        null=True,
        on_delete=models.SET_NULL,
        related_name="ledger_entries",
        verbose_name=_("post"),
    )
    space = models.ForeignKey(
        "community.Space",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("space"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("language"),
    )
    reverses = models.OneToOneField(
        "self",
        null=True,
        on_delete=models.PROTECT,
        related_name="reversal",
        verbose_name=_("reverses"),
    )
    reason = models.CharField(
        verbose_name=_("reason"), max_length=20, choices=Reason.choices, blank=True
    )
    created_at = models.DateTimeField(verbose_name=_("created at"), db_index=True)

    class Meta:
        verbose_name = _("points ledger entry")
        verbose_name_plural = _("points ledger entries")
        indexes = [
            models.Index(fields=["user", "created_at"], name="community_ledger_user"),
            models.Index(fields=["space", "created_at"], name="community_ledger_space"),
            models.Index(fields=["source"], name="community_ledger_source"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(reverses__isnull=True) | Q(key__startswith="reversal:"),
                name="community_reversal_key",
            )
        ]

    def __str__(self) -> str:
        return self.key
