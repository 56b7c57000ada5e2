"""Reads of the community, always scoped to a viewer: what they may not read is not found."""

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db.models import Case, Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, When
from django.utils.translation import gettext as _

from cms.models import CustomerSegment
from cms.selectors import user_works_in_admin
from community.errors import PostNotFound, SpaceNotFound, ThreadNotFound
from community.models import Post, Space, Thread

THREAD_ORDERS = {
    "newest": ("-is_pinned", "-created_at", "-pk"),
    "active": ("-is_pinned", "-last_activity_at", "-pk"),
    "unanswered": ("-is_pinned", "-created_at", "-pk"),
    "top": ("-is_pinned", "-score", "-created_at", "-pk"),
}
THREADS_PER_PAGE = 20
MAX_PAGE = 1000


def is_moderator(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm("community.moderate_thread")


def _access_allows(field: str, user) -> Q:
    """Spaces whose ``field`` (read or post access) lets ``user`` in."""
    Access = Space.Access
    if user_works_in_admin(user):
        return Q()
    if not user.is_authenticated:
        return Q(**{field: Access.EVERYONE}) if field == "read_access" else Q(pk__in=[])
    in_segment = Exists(
        CustomerSegment.objects.filter(community_spaces=OuterRef("pk"), members=user)
    )
    return Q(**{f"{field}__in": [Access.EVERYONE, Access.SIGNED_IN]}) | (
        Q(**{field: Access.SEGMENTS}) & in_segment
    )


def space_list_readable(*, viewer, locale=None) -> QuerySet[Space]:
    """Spaces the viewer may read; with ``locale``, those that serve that language."""
    spaces = Space.objects.filter(_access_allows("read_access", viewer))
    if locale is not None:
        spaces = spaces.filter(locales=locale)
    return spaces.order_by("position", "name")


def space_list_with_thread_counts(*, viewer, locale=None) -> QuerySet[Space]:
    """``space_list_readable``, each space with ``thread_count``: its threads members see."""
    shown = Q(
        threads__is_hidden=False,
        threads__deleted_at__isnull=True,
        threads__merged_into__isnull=True,
    )
    return space_list_readable(viewer=viewer, locale=locale).annotate(
        thread_count=Count("threads", filter=shown, distinct=True)
    )


def space_get_readable(*, viewer, slug: str) -> Space:
    space = space_list_readable(viewer=viewer).filter(slug=slug).first()
    if space is None:
        raise SpaceNotFound(_("No such space."))
    return space


def space_allows_posting(*, space: Space, viewer) -> bool:
    return Space.objects.filter(_access_allows("post_access", viewer), pk=space.pk).exists()


# The accepted answer as members see it: none while that answer is hidden or deleted (its
# acceptance stays, for when a moderator brings it back).
SHOWN_ACCEPTED = Case(
    When(
        accepted_answer__is_hidden=False,
        accepted_answer__deleted_at__isnull=True,
        then=F("accepted_answer_id"),
    ),
    default=None,
)


def _visible_threads(viewer) -> QuerySet[Thread]:
    """The threads ``viewer`` may read, each with ``shown_accepted_answer_id``."""
    threads = Thread.objects.filter(
        space__in=space_list_readable(viewer=viewer), merged_into__isnull=True
    ).annotate(shown_accepted_answer_id=SHOWN_ACCEPTED)
    if is_moderator(viewer):
        return threads
    return threads.filter(is_hidden=False, deleted_at__isnull=True)


def thread_list(
    *, viewer, space: Space | None = None, order: str = "active", kind: str = "", tag: str = ""
) -> QuerySet[Thread]:
    """Threads the viewer may read, in one of ``THREAD_ORDERS``."""
    threads = _visible_threads(viewer).select_related("space", "author", "locale")
    if space is not None:
        threads = threads.filter(space=space)
    if kind:
        threads = threads.filter(kind=kind)
    if tag:
        threads = threads.filter(tags__slug=tag)
    if order == "unanswered":
        threads = threads.filter(
            kind=Thread.Kind.QUESTION, shown_accepted_answer_id__isnull=True, reply_count=0
        )
    return threads.order_by(*THREAD_ORDERS[order]).prefetch_related("tags")


def thread_list_public() -> QuerySet[Thread]:
    """Threads anyone may read, signed in or not, oldest first (for the sitemap)."""
    return (
        _visible_threads(AnonymousUser())
        .select_related("locale")
        .only("pk", "last_activity_at", "locale__language_code")
        .order_by("pk")
    )


def thread_page(threads: QuerySet, number: int, per_page: int = THREADS_PER_PAGE):
    """One page of ``threads``; a number past the last gives the last page."""
    return Paginator(threads, per_page).get_page(min(max(number, 1), MAX_PAGE))


def thread_get_readable(*, viewer, thread_id: int) -> Thread:
    thread = (
        _visible_threads(viewer).select_related("space", "author", "locale").filter(pk=thread_id)
    ).first()
    if thread is None:
        raise ThreadNotFound(_("No such thread."))
    return thread


def thread_merged_into(*, viewer, thread_id: int) -> Thread | None:
    """The thread that ``thread_id`` was merged into, when the viewer could have read it and
    may read where it went; else None."""
    target = (
        Thread.objects.filter(
            pk=thread_id,
            is_hidden=False,
            deleted_at__isnull=True,
            space__in=space_list_readable(viewer=viewer),
        )
        .values_list("merged_into_id", flat=True)
        .first()
    )
    return _visible_threads(viewer).filter(pk=target).first() if target else None


def post_list_readable(*, viewer, thread: Thread) -> list[Post]:
    """The thread's posts for the viewer: the opening post, then the accepted answer, then the
    others oldest first; hidden and deleted posts only for moderators."""
    posts = thread.posts.select_related("author")
    if not is_moderator(viewer):
        posts = posts.filter(is_hidden=False, deleted_at__isnull=True)
    if viewer.is_authenticated:
        posts = posts.prefetch_related(
            Prefetch("votes", queryset=viewer.community_votes.all(), to_attr="viewer_votes")
        )
    ordered = list(posts)
    return sorted(
        ordered,
        key=lambda post: (not post.is_opening, post.pk != thread.accepted_answer_id),
    )


def post_get_readable(*, viewer, post_id: int) -> Post:
    post = (
        Post.objects.filter(thread__in=_visible_threads(viewer), pk=post_id)
        .select_related("thread", "thread__space", "author")
        .first()
    )
    if post is None or (not post.is_visible and not is_moderator(viewer)):
        raise PostNotFound(_("No such post."))
    return post


IDEA_ORDERS = {"top": ("-score", "-created_at", "-pk"), "newest": ("-created_at", "-pk")}


def idea_list(*, viewer, status: str = "", order: str = "top", space: Space | None = None):
    """Ideas the viewer may read, most wanted first (or newest), of one status or all."""
    ideas = _visible_threads(viewer).filter(kind=Thread.Kind.IDEA)
    if space is not None:
        ideas = ideas.filter(space=space)
    if status:
        ideas = ideas.filter(idea_status=status)
    return ideas.select_related("space", "author").order_by(*IDEA_ORDERS[order])
