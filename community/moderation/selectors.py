"""Reads for moderators' tools: where a thread can be moved."""

from django.db.models import QuerySet

from community.models import Space, Thread
from community.selectors import is_moderator, space_list_readable


def move_targets(*, viewer, thread: Thread) -> QuerySet[Space]:
    """The spaces a moderator may move ``thread`` to: the others they may read; none for
    anyone else."""
    if not is_moderator(viewer):
        return Space.objects.none()
    return space_list_readable(viewer=viewer).exclude(pk=thread.space_id)
