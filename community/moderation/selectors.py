"""What moderators read: the queue of flagged posts, and where a thread can be moved."""

from django.db.models import Count, Exists, Min, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from community.errors import ModerationNotAllowed, PostNotFound
from community.models import Flag, Post, Space, Thread
from community.selectors import is_moderator, space_list_readable

_OPEN = Q(flags__resolved_at__isnull=True)


def _reason_field(reason: str) -> str:
    return f"flags_{reason}"


def open_flag_of(reason: str = "") -> Exists:
    """A condition on posts: they have an open flag (of ``reason``, if given)."""
    flags = Flag.objects.filter(post=OuterRef("pk"), resolved_at__isnull=True)
    return Exists(flags.filter(reason=reason) if reason else flags)


def flag_queue() -> QuerySet[Post]:
    """Posts with open flags, the longest waiting first: each with ``open_flags``, the time
    of its first open flag (``first_flagged_at``) and one ``flags_<reason>`` count per
    reason. Deleted posts have left the queue."""
    per_reason = {
        _reason_field(value): Count("flags", filter=_OPEN & Q(flags__reason=value))
        for value in Flag.Reason.values
    }
    return (
        Post.objects.filter(open_flag_of(), deleted_at__isnull=True)
        .select_related("thread__space", "thread__locale", "author")
        .annotate(
            open_flags=Count("flags", filter=_OPEN),
            first_flagged_at=Min("flags__created_at", filter=_OPEN),
            **per_reason,
        )
        .order_by("first_flagged_at", "pk")
    )


def flag_reasons(post: Post) -> list[tuple[str, int]]:
    """(reason's label, open flags) of a post of :func:`flag_queue`, most given first."""
    counts = [
        (str(label), getattr(post, _reason_field(value), 0)) for value, label in Flag.Reason.choices
    ]
    return sorted(((label, n) for label, n in counts if n), key=lambda pair: -pair[1])


def post_for_moderation(*, moderator, post_id: int) -> Post:
    """Any post, hidden or deleted, for a moderator to act on."""
    if not is_moderator(moderator):
        raise ModerationNotAllowed(_("Only moderators can do this."))
    post = Post.objects.select_related("thread").filter(pk=post_id).first()
    if post is None:
        raise PostNotFound(_("No such post."))
    return post


def move_targets(*, viewer, thread: Thread) -> QuerySet[Space]:
    """The spaces a moderator may move ``thread`` to: the others they may read; none for
    anyone else."""
    if not is_moderator(viewer):
        return Space.objects.none()
    return space_list_readable(viewer=viewer).exclude(pk=thread.space_id)
