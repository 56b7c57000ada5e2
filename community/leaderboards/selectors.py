"""Leaderboards: the top members of a period and scope, and where a member stands."""

from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from community.leaderboards.standings import PERIODS, period_start
from community.models import Standing, StandingCount

TOP = 50


@dataclass(frozen=True)
class Place:
    rank: int  # 1 for the most points; members with equal points share a rank
    user: object
    points: int


def _key(period: str, scope: str) -> dict:
    if period not in PERIODS:
        raise ValueError(period)
    return {"period": period, "starts": period_start(period, timezone.localdate()), "scope": scope}


def _standings(period: str, scope: str):
    return Standing.objects.filter(**_key(period, scope), points__gt=0)


def leaderboard(*, period: str = "all", scope: str = "all", limit: int = TOP) -> list[Place]:
    rows = list(
        _standings(period, scope).select_related("user").order_by("-points", "user_id")[:limit]
    )
    places, rank = [], 0
    for number, row in enumerate(rows, 1):
        if number == 1 or row.points != rows[number - 2].points:
            rank = number
        places.append(Place(rank=rank, user=row.user, points=row.points))
    return places


# The members above one's points: those above at the last snapshot, less the standings that
# moved since and were above then, plus those that moved and are above now (one statement;
# the moved standings are few, under their own partial index).
_COUNTS, _STANDINGS = StandingCount._meta.db_table, Standing._meta.db_table
OWN_PLACE_SQL = f"""
SELECT mine.points,
  COALESCE((SELECT SUM(c.members) FROM {_COUNTS} c WHERE c.period = %(period)s
    AND c.starts = %(starts)s AND c.scope = %(scope)s AND c.points > mine.points), 0)
  - (SELECT COUNT(*) FROM {_STANDINGS} s WHERE s.period = %(period)s AND s.starts = %(starts)s
    AND s.scope = %(scope)s AND s.points <> s.snapshot_points
    AND s.snapshot_points > mine.points)
  + (SELECT COUNT(*) FROM {_STANDINGS} s WHERE s.period = %(period)s AND s.starts = %(starts)s
    AND s.scope = %(scope)s AND s.points <> s.snapshot_points AND s.points > mine.points)
FROM {_STANDINGS} mine
WHERE mine.period = %(period)s AND mine.starts = %(starts)s AND mine.scope = %(scope)s
  AND mine.user_id = %(user)s AND mine.points > 0
"""


def own_place(*, user, period: str = "all", scope: str = "all") -> Place | None:
    """Where ``user`` stands, even far below the top list; None without points (one
    statement, counted from the rank snapshot: ``community.leaderboards.standings``)."""
    with connection.cursor() as cursor:
        cursor.execute(OWN_PLACE_SQL, {**_key(period, scope), "user": user.pk})
        found = cursor.fetchone()
    if found is None:
        return None
    points, above = found
    return Place(rank=above + 1, user=user, points=points)
