"""A member's notifications, without what has been hidden or deleted since; what they follow;
their e-mail choice."""

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from taggit.models import Tag

from community.errors import NotificationNotFound, TagNotFound
from community.models import Follow, Member, Notification
from community.notifications.unread import unread_cached
from community.selectors import MAX_PAGE, space_list_readable, thread_list

NOTIFICATIONS_PER_PAGE = 20
MAX_MARKED = 100
"""The most notifications one request marks read by id (all of them: no id at all)."""


def _shown(user) -> QuerySet[Notification]:
    """The member's notifications of what they may still read: none of a post or thread
    hidden, deleted or merged since, nor of a thread whose space they may no longer read."""
    return Notification.objects.filter(
        Q(post__isnull=True) | Q(post__is_hidden=False, post__deleted_at__isnull=True),
        Q(thread__isnull=True)
        | Q(
            thread__is_hidden=False,
            thread__deleted_at__isnull=True,
            thread__merged_into__isnull=True,
            thread__space__in=space_list_readable(viewer=user),
        ),
        user=user,
    )


def unread_count(user) -> int:
    """The member's unread notifications (cached: ``community.notifications.unread``)."""
    if not user.is_authenticated:
        return 0
    return unread_cached(user.pk, _shown(user).filter(read_at__isnull=True).count)


def notification_list(user) -> QuerySet[Notification]:
    return _shown(user).select_related(
        "thread", "thread__locale", "post", "actor", "award", "award__badge"
    )


def notification_page(*, user, number: int, per_page: int = NOTIFICATIONS_PER_PAGE) -> Page:
    """One page of the member's notifications, newest first; a number past the last gives
    the last page."""
    return Paginator(notification_list(user), per_page).get_page(min(max(number, 1), MAX_PAGE))


def notification_get(*, user, notification_id: int) -> Notification:
    """One of the member's own notifications (another member's is not found)."""
    found = notification_list(user).filter(pk=notification_id).first()
    if found is None:
        raise NotificationNotFound(_("No such notification."))
    return found


def notification_ids_check(*, user, ids: list[int]) -> list[int]:
    """``ids``, each one of the member's shown notifications; else not found, naming none."""
    wanted = set(ids)
    if _shown(user).filter(pk__in=wanted).count() != len(wanted):
        raise NotificationNotFound(_("No such notification."))
    return sorted(wanted)


def notification_target(notification: Notification) -> str:
    """Where a notification leads: its post in its thread's page; "" for a badge."""
    if notification.thread is None:
        return ""
    url = notification.thread.get_absolute_url()
    return f"{url}#post-{notification.post_id}" if notification.post_id else url


def follow_state(*, user, thread=None, space=None, tag: str = "") -> dict[str, bool]:
    """Whether ``user`` follows ``thread``, ``space`` and the tag of slug ``tag`` (one query,
    none for a visitor who is not signed in)."""
    state = {"thread": False, "space": False, "tag": False}
    wanted = Q(pk__in=[])
    if thread is not None:
        wanted |= Q(thread=thread)
    if space is not None:
        wanted |= Q(space=space)
    if tag:
        wanted |= Q(tag__slug=tag)
    if not user.is_authenticated or not (thread is not None or space is not None or tag):
        return state
    for thread_id, space_id, tag_id in Follow.objects.filter(wanted, user=user).values_list(
        "thread_id", "space_id", "tag_id"
    ):
        state["thread"] |= thread_id is not None
        state["space"] |= space_id is not None
        state["tag"] |= tag_id is not None
    return state


def tag_get_followable(*, viewer, slug: str, space=None) -> Tag:
    """The tag of slug ``slug`` if a thread the viewer may read carries it (in ``space`` when
    given); a tag only of threads they may not read is not found, as one that does not exist."""
    if not thread_list(viewer=viewer, space=space, tag=slug).exists():
        raise TagNotFound(_("No such tag."))
    return Tag.objects.get(slug=slug)


def email_choice(user) -> str:
    """What the member hears by e-mail (``Member.Email``); at once until they choose."""
    chosen = Member.objects.filter(user=user).values_list("email", flat=True).first()
    return chosen or Member.Email.AT_ONCE
