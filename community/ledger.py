"""Writes to the points ledger: an entry per event, a reversal to take one back.

Called by the community's services inside their transactions; nothing else writes points.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

from community.leaderboards.standings import standings_add
from community.models import LedgerEntry, Member, Post

Event = LedgerEntry.Event


def ledger_key(event: str, source: str, user_id: int) -> str:
    return f"{event}:{source}:{user_id}"


def _append(key: str, **fields) -> LedgerEntry:
    """The row of ``key``, written once with ``fields``; its points go to the standings in
    the same transaction."""
    entry, created = LedgerEntry.objects.get_or_create(
        key=key, defaults={"created_at": timezone.now(), **fields}
    )
    if created:
        standings_add(entry)
    return entry


def _copy_of(entry: LedgerEntry) -> dict:
    """What a reversal or a restoration shares with the entry it is about."""
    return {
        "user_id": entry.user_id,
        "event": entry.event,
        "source": entry.source,
        "post_id": entry.post_id,
        "space_id": entry.space_id,
        "locale_id": entry.locale_id,
    }


def ledger_record(
    *, user, event: str, source: str, points: int, post: Post | None = None
) -> LedgerEntry:
    """The entry for (event, source, user): written once, however often it is delivered."""
    thread = post.thread if post is not None else None
    return _append(
        ledger_key(event, source, user.pk),
        user=user,
        event=event,
        source=source,
        points=points,
        post=post,
        space_id=thread.space_id if thread else None,
        locale_id=thread.locale_id if thread else None,
    )


def ledger_reverse(entry: LedgerEntry, *, reason: str) -> LedgerEntry:
    """The reversal of ``entry``: its points taken back, once."""
    return _append(
        f"reversal:{entry.key}",
        **_copy_of(entry),
        points=-entry.points,
        reverses=entry,
        reason=reason,
    )


def live(entries):
    """The entries of ``entries`` that count: neither reversed nor reversals."""
    return entries.filter(reverses__isnull=True, reversal__isnull=True)


def ledger_reverse_all(entries, *, reason: str) -> int:
    """Reverse every entry of ``entries`` that still counts."""
    pending = list(live(entries))
    for entry in pending:
        ledger_reverse(entry, reason=reason)
    return len(pending)


def ledger_restore(reversal: LedgerEntry) -> LedgerEntry:
    """The reversed entry written again (a hidden post restored), once per reversal."""
    entry = reversal.reverses
    return _append(
        f"restored:{reversal.pk}:{entry.user_id}", **_copy_of(entry), points=entry.points
    )


def vote_points_left_today(user) -> int:
    """What upvotes may still earn ``user`` today under the daily cap. The caller holds the
    member's row locked (``member_locked``) so that concurrent votes count one by one."""
    start = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    earned = (
        LedgerEntry.objects.filter(
            user=user, event=Event.UPVOTE_RECEIVED, created_at__gte=start
        ).aggregate(total=Sum("points"))["total"]
        or 0
    )
    return max(0, settings.COMMUNITY_VOTE_POINTS_PER_DAY - earned)


def member_locked(user) -> Member:
    """The member's row, locked for the rest of the transaction (made on first use)."""
    Member.objects.get_or_create(user=user)
    return Member.objects.select_for_update().get(user=user)


def suspended(user) -> bool:
    """Whether the member is suspended just now (read without a lock)."""
    return Member.objects.filter(user=user, suspended_until__gt=timezone.now()).exists()


def vote_window() -> timedelta:
    return timedelta(seconds=settings.COMMUNITY_VOTE_CHANGE_SECONDS)
