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


def ledger_record(
    *, user, event: str, source: str, points: int, post: Post | None = None, at=None
) -> LedgerEntry:
    """The entry for (event, source, user): written once, however often it is delivered."""
    thread = post.thread if post is not None else None
    entry, created = LedgerEntry.objects.get_or_create(
        key=ledger_key(event, source, user.pk),
        defaults={
            "user": user,
            "event": event,
            "source": source,
            "points": points,
            "post": post,
            "space_id": thread.space_id if thread else None,
            "locale_id": thread.locale_id if thread else None,
            "created_at": at or timezone.now(),
        },
    )
    if created:
        standings_add(entry)
    return entry


def ledger_reverse(entry: LedgerEntry, *, reason: str, at=None) -> LedgerEntry:
    """The reversal of ``entry``: its points taken back, once."""
    reversal, created = LedgerEntry.objects.get_or_create(
        key=f"reversal:{entry.key}",
        defaults={
            "user_id": entry.user_id,
            "event": entry.event,
            "source": entry.source,
            "points": -entry.points,
            "post_id": entry.post_id,
            "space_id": entry.space_id,
            "locale_id": entry.locale_id,
            "reverses": entry,
            "reason": reason,
            "created_at": at or timezone.now(),
        },
    )
    if created:
        standings_add(reversal)
    return reversal


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
    restored, created = LedgerEntry.objects.get_or_create(
        key=f"restored:{reversal.pk}:{entry.user_id}",
        defaults={
            "user_id": entry.user_id,
            "event": entry.event,
            "source": entry.source,
            "points": entry.points,
            "post_id": entry.post_id,
            "space_id": entry.space_id,
            "locale_id": entry.locale_id,
            "created_at": timezone.now(),
        },
    )
    if created:
        standings_add(restored)
    return restored


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
