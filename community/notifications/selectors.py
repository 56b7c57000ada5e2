"""A member's notifications, without what has been hidden or deleted since."""

from django.db.models import Q, QuerySet

from community.models import Notification


def _shown(user) -> QuerySet[Notification]:
    return Notification.objects.filter(
        Q(post__isnull=True) | Q(post__is_hidden=False, post__deleted_at__isnull=True),
        Q(thread__isnull=True)
        | Q(
            thread__is_hidden=False,
            thread__deleted_at__isnull=True,
            thread__merged_into__isnull=True,
        ),
        user=user,
    )


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return _shown(user).filter(read_at__isnull=True).count()


def notification_list(user) -> QuerySet[Notification]:
    return _shown(user).select_related(
        "thread", "thread__locale", "post", "actor", "award", "award__badge"
    )
