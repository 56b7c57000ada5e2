"""Reads of ideas for the idea board and an idea's page, scoped to the viewer."""

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from community.errors import SpaceNotFound, ThreadNotFound
from community.models import IdeaStatusChange, Space, Thread
from community.selectors import IDEA_ORDERS, idea_list, space_get_readable, thread_get_readable


def idea_space_get(*, viewer, slug: str) -> Space:
    """A space the viewer may read that takes ideas; any other is not found."""
    space = space_get_readable(viewer=viewer, slug=slug)
    if not space.allows_ideas:
        raise SpaceNotFound(_("This space has no ideas."))
    return space


def idea_board(*, viewer, space: Space, status: str = "", order: str = "top") -> QuerySet[Thread]:
    """The space's ideas the viewer may read, most wanted (or newest) first, of one status or
    all, each with what a row of the board shows."""
    if order not in IDEA_ORDERS:
        order = "top"
    return idea_list(viewer=viewer, status=status, order=order, space=space).select_related(
        "locale"
    )


def idea_get_readable(*, viewer, thread_id: int) -> Thread:
    """An idea the viewer may read; a thread of another kind is no idea."""
    thread = thread_get_readable(viewer=viewer, thread_id=thread_id)
    if thread.kind != Thread.Kind.IDEA:
        raise ThreadNotFound(_("No such idea."))
    return thread


def status_label(value: str) -> str:
    """The name of an idea status in the request's language ("" for none)."""
    labels = dict(Thread.IdeaStatus.choices)
    return str(labels.get(value, value))


def idea_status_history(*, thread: Thread) -> list[IdeaStatusChange]:
    """Every status change of an idea, newest first, with who made it and each status's name
    (``from_label``, ``to_label``)."""
    if thread.kind != Thread.Kind.IDEA:
        return []
    changes = list(
        IdeaStatusChange.objects.filter(thread=thread)
        .select_related("changed_by")
        .order_by("-created_at", "-pk")
    )
    for change in changes:
        change.from_label = status_label(change.from_status)
        change.to_label = status_label(change.to_status)
    return changes
