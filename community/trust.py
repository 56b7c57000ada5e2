"""Trust levels, earned from the ledger, days since joining and posts read and written.

Level 0 is a new member; each level in ``settings.COMMUNITY_TRUST_LEVELS`` names what it
needs and what it allows a day. Staff have the highest level's limits. Nothing is stored:
the level is computed when it is needed.
"""

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils import timezone

from cms.selectors import user_works_in_admin
from community.models import LedgerEntry, Post, ThreadRead


def levels() -> list[dict]:
    return settings.COMMUNITY_TRUST_LEVELS


def points_of(user) -> int:
    """A member's points: the sum of their ledger rows."""
    return LedgerEntry.objects.filter(user=user).aggregate(total=Sum("points"))["total"] or 0


def level_for(*, days: int, read: int, written: int, points: int) -> int:
    reached = 0
    for number, level in enumerate(levels()):
        if (
            days >= level["days"]
            and read >= level["read"]
            and written >= level["written"]
            and points >= level["points"]
        ):
            reached = number
    return reached


def trust_level(user) -> int:
    return trust_levels_of([user])[user.pk]


def trust_levels_of(users) -> dict[int, int]:
    """The level of each of ``users`` (a thread's authors) in three queries, whatever their
    number."""
    ids = {user.pk for user in users if user is not None}
    if not ids:
        return {}
    points = dict(
        LedgerEntry.objects.filter(user__in=ids)
        .values("user")
        .annotate(total=Sum("points"))
        .values_list("user", "total")
    )
    read = dict(
        ThreadRead.objects.filter(reader__in=ids)
        .values("reader")
        .annotate(total=Sum("posts_read"))
        .values_list("reader", "total")
    )
    written = dict(
        Post.objects.filter(author__in=ids)
        .values("author")
        .annotate(n=Count("pk", filter=Q(is_hidden=False, deleted_at__isnull=True)))
        .values_list("author", "n")
    )
    now = timezone.now()
    return {
        user.pk: level_for(
            days=(now - user.date_joined).days,
            read=read.get(user.pk, 0),
            written=written.get(user.pk, 0),
            points=points.get(user.pk, 0),
        )
        for user in users
        if user is not None
    }


def limits_for(user) -> dict:
    """What the member may do a day: their level's limits; staff have the highest level's."""
    if user_works_in_admin(user):
        return levels()[-1]
    return levels()[trust_level(user)]
