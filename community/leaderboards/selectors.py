"""Leaderboards: the top members of a period and scope, and where a member stands."""

from dataclasses import dataclass

from django.utils import timezone

from community.leaderboards.standings import PERIODS, period_start
from community.models import Standing

TOP = 50


@dataclass(frozen=True)
class Place:
    rank: int  # 1 for the most points; members with equal points share a rank
    user: object
    points: int


def _standings(period: str, scope: str, day=None):
    if period not in PERIODS:
        raise ValueError(period)
    starts = period_start(period, day or timezone.localdate())
    return Standing.objects.filter(period=period, starts=starts, scope=scope, points__gt=0)


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


def own_place(*, user, period: str = "all", scope: str = "all") -> Place | None:
    """Where ``user`` stands, even far below the top list; None without points."""
    standings = _standings(period, scope)
    mine = standings.filter(user=user).values_list("points", flat=True).first()
    if mine is None:
        return None
    return Place(rank=standings.filter(points__gt=mine).count() + 1, user=user, points=mine)
