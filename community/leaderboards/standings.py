"""The leaderboards' aggregate, kept from the ledger: written with each entry, rebuilt whole.

Each ledger entry adds its points to nine standings: all time, its month and its week, each
everywhere, in its space and in its language, by the day it was written. A reversal is an
entry of its own day, so a leaderboard of a period is exactly the sum of that period's rows.

One's own rank is one plus the members with more points. Counting them one by one costs a
member far down the list tens of thousands of rows, so a snapshot keeps how many members had
each number of points (``StandingCount``, with each standing's ``snapshot_points``), and a
rank is counted from it, corrected by the standings that moved since
(``community.leaderboards.selectors.own_place``): exact whenever the snapshot was taken.
``community_snapshot_standings`` takes it every minute from cron; the rebuild takes it too.
"""

from collections import Counter, defaultdict
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from community.models import LedgerEntry, Standing, StandingCount

ALL_TIME = date(1970, 1, 1)
PERIODS = ("all", "month", "week")
BATCH = 5000


def period_start(period: str, day: date) -> date:
    if period == "month":
        return day.replace(day=1)
    if period == "week":
        return day - timedelta(days=day.weekday())
    return ALL_TIME


def scopes(space_id: int | None, locale_id: int | None) -> list[str]:
    found = ["all"]
    if space_id:
        found.append(f"space:{space_id}")
    if locale_id:
        found.append(f"locale:{locale_id}")
    return found


def _keys(user_id, day: date, space_id, locale_id):
    for period in PERIODS:
        for scope in scopes(space_id, locale_id):
            yield (user_id, period, period_start(period, day), scope)


def standings_add(entry: LedgerEntry) -> None:
    """Add one new ledger entry's points to its standings (in the entry's transaction)."""
    if not entry.points:
        return
    day = timezone.localdate(entry.created_at)
    rows = [
        (*key, entry.points) for key in _keys(entry.user_id, day, entry.space_id, entry.locale_id)
    ]
    table = Standing._meta.db_table
    values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (user_id, period, starts, scope, points) VALUES {values} "
            f"ON CONFLICT (period, starts, scope, user_id) "
            f"DO UPDATE SET points = {table}.points + EXCLUDED.points",
            [value for row in rows for value in row],
        )


@transaction.atomic
def standings_rebuild(progress=lambda done, total: None) -> int:
    """Every standing again from the ledger; returns how many there are."""
    Standing.objects.all().delete()
    days = (
        LedgerEntry.objects.annotate(day=TruncDate("created_at"))
        .values("user_id", "space_id", "locale_id", "day")
        .annotate(total=Sum("points"))
        .order_by()
    )
    totals: dict[tuple, int] = defaultdict(int)
    count = days.count()
    for done, row in enumerate(days.iterator(chunk_size=BATCH), 1):
        for key in _keys(row["user_id"], row["day"], row["space_id"], row["locale_id"]):
            totals[key] += row["total"]
        if done % BATCH == 0:
            progress(done, count)
    progress(count, count)
    Standing.objects.bulk_create(
        (
            Standing(
                user_id=user,
                period=period,
                starts=starts,
                scope=scope,
                points=points,
                snapshot_points=points,
            )
            for (user, period, starts, scope), points in totals.items()
            if points
        ),
        batch_size=BATCH,
    )
    StandingCount.objects.all().delete()
    counts = Standing.objects.filter(points__gt=0).values("period", "starts", "scope", "points")
    StandingCount.objects.bulk_create(
        (StandingCount(**row) for row in counts.annotate(members=Count("pk")).order_by()),
        batch_size=BATCH,
    )
    return Standing.objects.count()


@transaction.atomic
def standings_snapshot() -> int:
    """Count again how many members have each number of points, from the standings that
    moved since the last snapshot; returns how many moved. The moved standings stay locked
    until the counts are written, so a rank never sees one without the other. A standing
    that a vote is writing right now is left for the next snapshot (the snapshot never waits
    for a vote, so the two never wait on each other)."""
    moved = list(
        Standing.objects.select_for_update(skip_locked=True)
        .filter(~Q(points=F("snapshot_points")))
        .values_list("pk", "period", "starts", "scope", "points", "snapshot_points")
        .order_by("pk")
    )
    change: Counter = Counter()
    for _pk, period, starts, scope, points, before in moved:
        if points > 0:
            change[(period, starts, scope, points)] += 1
        if before > 0:
            change[(period, starts, scope, before)] -= 1
    for chunk in _chunks([row[0] for row in moved]):
        Standing.objects.filter(pk__in=chunk).update(snapshot_points=F("points"))
    _counts_change({key: n for key, n in change.items() if n})
    return len(moved)


def _chunks(items: list, size: int = BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _counts_change(change: dict[tuple, int]) -> None:
    """Add ``change`` (period, starts, scope, points → members) to the counts, in the order
    of their keys (so two writers never wait on each other in a circle)."""
    table = StandingCount._meta.db_table
    for chunk in _chunks(sorted(change.items()), 1000):
        values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(chunk))
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (period, starts, scope, points, members) VALUES {values} "
                "ON CONFLICT (period, starts, scope, points) "
                f"DO UPDATE SET members = {table}.members + EXCLUDED.members",
                [value for key, n in chunk for value in (*key, n)],
            )
    StandingCount.objects.filter(members__lte=0).delete()
