"""The leaderboards' aggregate, kept from the ledger: written with each entry, rebuilt whole.

Each ledger entry adds its points to nine standings: all time, its month and its week, each
everywhere, in its space and in its language, by the day it was written. A reversal is an
entry of its own day, so a leaderboard of a period is exactly the sum of that period's rows.
"""

from collections import defaultdict
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from community.models import LedgerEntry, Standing

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
            Standing(user_id=user, period=period, starts=starts, scope=scope, points=points)
            for (user, period, starts, scope), points in totals.items()
            if points
        ),
        batch_size=BATCH,
    )
    return Standing.objects.count()
