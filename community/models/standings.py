"""Points per member per period and scope: the leaderboards' aggregate of the ledger.

Nothing here is a source of truth: ``community_rebuild_leaderboards`` rewrites every row
from the ledger, and the ledger's writer adds each entry's points here in its transaction.
Ranks are counted from a snapshot (``community.leaderboards.standings.standings_snapshot``).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class Standing(models.Model):
    """A member's points in one period (all time, a month, a week) and one scope (everywhere,
    a space, a language).

    Attributes:
        period: ``all``, ``month`` or ``week``.
        starts: the period's first day (the month's first, the week's Monday; 1970-01-01 for
            all time).
        scope: ``all``, ``space:<id>`` or ``locale:<id>``.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="community_standings",
        verbose_name=_("member"),
    )
    period = models.CharField(verbose_name=_("period"), max_length=5)
    starts = models.DateField(
        verbose_name=_("starts"),
    )
    scope = models.CharField(verbose_name=_("scope"), max_length=30)
    points = models.IntegerField(verbose_name=_("points"), default=0)
    snapshot_points = models.IntegerField(
        verbose_name=_("points at the last rank snapshot"), default=0, db_default=0
    )

    class Meta:
        verbose_name = _("leaderboard standing")
        verbose_name_plural = _("leaderboard standings")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "starts", "scope", "user"], name="community_one_standing"
            )
        ]
        indexes = [
            models.Index(
                fields=["period", "starts", "scope", "-points", "user"],
                name="community_standing_rank",
            ),
            models.Index(
                fields=["period", "starts", "scope"],
                include=["points", "snapshot_points"],
                condition=~Q(points=F("snapshot_points")),
                name="community_standing_moved",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.period} {self.starts} {self.scope}: {self.points}"


class StandingCount(models.Model):
    """How many members of a period and scope had a number of points at the last rank
    snapshot: what one's own rank is counted from, whatever the number of members."""

    period = models.CharField(verbose_name=_("period"), max_length=5)
    starts = models.DateField(verbose_name=_("starts"))
    scope = models.CharField(verbose_name=_("scope"), max_length=30)
    points = models.IntegerField(verbose_name=_("points"))
    members = models.IntegerField(verbose_name=_("members"))

    class Meta:
        verbose_name = _("leaderboard points count")
        verbose_name_plural = _("leaderboard points counts")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "starts", "scope", "points"], name="community_one_count"
            )
        ]

    def __str__(self) -> str:
        return f"{self.period} {self.starts} {self.scope}: {self.members} at {self.points}"
