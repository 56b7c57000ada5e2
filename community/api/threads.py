"""Spaces, threads, posts, votes and accepted answers."""

from datetime import datetime
from typing import Annotated, Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from pydantic import BeforeValidator, ConfigDict

from cms.errors import LocaleNotFound
from cms.selectors import locale_for_code
from community import services
from community.api.common import (
    READ_ERRORS,
    WRITE_DESCRIPTION,
    WRITE_ERRORS,
    AuthorOut,
    Body,
    LocaleCode,
    ObjectId,
    SpaceSlug,
    Tag,
    ThreadKind,
    Title,
    author_out,
)
from community.errors import CommunityInputInvalid, PostNotFound
from community.models import Post, Thread
from community.selectors import (
    MAX_PAGE,
    THREAD_ORDERS,
    THREADS_PER_PAGE,
    is_moderator,
    post_get_readable,
    post_list_readable,
    space_get_readable,
    space_list_readable,
    thread_get_readable,
    thread_list,
    thread_page,
)
from community.trust import trust_levels_of
from portal.api_input import (
    MAX_ID,
    WholeNumber,
    problems,
    short_text,
)

router = Router()


# --- what the API answers ----------------------------------------------------------------


class SpaceOut(Schema):
    slug: str
    name: str
    description: str
    locales: list[str] = Field(description="Language codes of the visitors it serves.")
    read_access: str
    post_access: str
    allows_ideas: bool


class ThreadSummaryOut(Schema):
    id: int
    space: str = Field(description="The space's slug.")
    kind: str
    title: str
    locale: str
    author: AuthorOut | None = Field(description="null when the account is gone.")
    tags: list[str]
    created_at: datetime
    last_activity_at: datetime
    reply_count: int
    score: int
    is_answered: bool = Field(description="A question with an accepted answer.")
    accepted_answer: int | None = Field(description="The accepted answer's post id.")
    idea_status: str
    is_pinned: bool
    is_locked: bool


class ThreadPageOut(Schema):
    count: int = Field(description="Threads in the whole list.")
    page: int
    pages: int
    items: list[ThreadSummaryOut]


class PostOut(Schema):
    id: int
    thread: int
    author: AuthorOut | None = Field(description="null when the account is gone.")
    is_opening: bool = Field(description="The thread's first post: the question itself.")
    is_accepted: bool
    is_official: bool = Field(description="Written by staff or a support agent.")
    body_html: str = Field(description="The Markdown rendered and sanitised, safe to show.")
    body: str | None = Field(
        description="The Markdown source, for the post's author and moderators (to edit it)."
    )
    score: int
    my_vote: int | None = Field(description="The viewer's own vote: 1, -1 or null.")
    created_at: datetime
    edited_at: datetime | None
    is_hidden: bool = Field(description="Hidden by moderation (only moderators see it).")
    is_deleted: bool = Field(description="Deleted (only moderators see it).")


class ThreadOut(ThreadSummaryOut):
    is_hidden: bool = Field(description="Hidden by moderation (only moderators see it).")
    is_deleted: bool = Field(description="Deleted (only moderators see it).")
    posts: list[PostOut] = Field(
        description="The opening post, then the accepted answer, then the others oldest first."
    )


class VoteOut(Schema):
    post: int
    score: int
    my_vote: int | None


# --- what the API takes --------------------------------------------------------------------


class ThreadIn(Schema):
    model_config = ConfigDict(extra="forbid")

    kind: ThreadKind = Field(description="announcement: staff only.")  # type: ignore[valid-type]
    title: Title  # type: ignore[valid-type]
    body: Body = Field(description="Markdown.")  # type: ignore[valid-type]
    tags: list[Tag] = Field(  # type: ignore[valid-type]
        [], max_length=services.MAX_TAGS, description="Letters or digits; at most five."
    )
    locale: LocaleCode = Field(  # type: ignore[valid-type]
        description="The language it is written in: one the space serves."
    )


class ReplyIn(Schema):
    model_config = ConfigDict(extra="forbid")

    body: Body = Field(description="Markdown.")  # type: ignore[valid-type]


class EditIn(Schema):
    model_config = ConfigDict(extra="forbid")

    body: Body = Field(description="Markdown.")  # type: ignore[valid-type]
    title: Title | None = Field(  # type: ignore[valid-type]
        None, description="A new title: for the opening post only."
    )


def _vote_number(value):
    """1 or -1 as a JSON number (1.0 too), never true or "1"."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(_("A vote is up (1) or down (−1)."))
    return value


class VoteIn(Schema):
    model_config = ConfigDict(extra="forbid")

    value: Annotated[Literal[1, -1], BeforeValidator(_vote_number)] = Field(
        description="1 up, -1 down (questions and answers only)."
    )


class AcceptIn(Schema):
    model_config = ConfigDict(extra="forbid")

    post: WholeNumber = Field(ge=1, le=MAX_ID, description="An answer of this thread.")


class ThreadListParams(Schema):
    order: str = Field(
        "active",
        description="newest, most active, unanswered questions, or top voted; pinned first.",
        json_schema_extra={"enum": list(THREAD_ORDERS)},
    )
    kind: str = Field(
        "",
        description="Only this kind of thread.",
        json_schema_extra={"enum": ["", *Thread.Kind.values]},
    )
    tag: short_text(100) = Field("", description="Only threads with this tag (its slug).")  # type: ignore[valid-type]
    page: int = Field(1, json_schema_extra={"minimum": 1, "maximum": MAX_PAGE})


def _summary_fields(thread: Thread, levels: dict[int, int]) -> dict:
    return {
        "id": thread.pk,
        "space": thread.space.slug,
        "kind": thread.kind,
        "title": thread.title,
        "locale": thread.locale.language_code,
        "author": author_out(thread.author, levels),
        "tags": sorted(tag.name for tag in thread.tags.all()),
        "created_at": thread.created_at,
        "last_activity_at": thread.last_activity_at,
        "reply_count": thread.reply_count,
        "score": thread.score,
        "is_answered": thread.shown_accepted_answer_id is not None,
        "accepted_answer": thread.shown_accepted_answer_id,
        "idea_status": thread.idea_status,
        "is_pinned": thread.is_pinned,
        "is_locked": thread.is_locked,
    }


def _my_vote(post: Post) -> int | None:
    votes = getattr(post, "viewer_votes", None)
    return votes[0].value if votes else None


def _post_out(post: Post, *, viewer, accepted_id, levels, moderator: bool) -> PostOut:
    return PostOut(
        id=post.pk,
        thread=post.thread_id,
        author=author_out(post.author, levels),
        is_opening=post.is_opening,
        is_accepted=post.pk == accepted_id,
        is_official=post.is_official,
        body_html=post.body_html,
        body=post.body if moderator or (viewer.pk and viewer.pk == post.author_id) else None,
        score=post.score,
        my_vote=_my_vote(post),
        created_at=post.created_at,
        edited_at=post.edited_at,
        is_hidden=post.is_hidden,
        is_deleted=post.deleted_at is not None,
    )


def _thread_out(request: HttpRequest, thread: Thread) -> ThreadOut:
    viewer = request.user
    posts = post_list_readable(viewer=viewer, thread=thread)
    authors = {post.author for post in posts if post.author} | (
        {thread.author} if thread.author else set()
    )
    levels = trust_levels_of(list(authors))
    moderator = is_moderator(viewer)
    return ThreadOut(
        **_summary_fields(thread, levels),
        is_hidden=thread.is_hidden,
        is_deleted=thread.deleted_at is not None,
        posts=[
            _post_out(
                post,
                viewer=viewer,
                accepted_id=thread.accepted_answer_id,
                levels=levels,
                moderator=moderator,
            )
            for post in posts
        ],
    )


def _single_post_out(request: HttpRequest, post: Post) -> PostOut:
    post = post_get_readable(viewer=request.user, post_id=post.pk)
    own = post.votes.filter(voter=request.user).first() if request.user.is_authenticated else None
    post.viewer_votes = [own] if own else []
    return _post_out(
        post,
        viewer=request.user,
        accepted_id=post.thread.accepted_answer_id,
        levels=trust_levels_of([post.author] if post.author else []),
        moderator=is_moderator(request.user),
    )


def _vote_out(request: HttpRequest, post: Post) -> VoteOut:
    post = post_get_readable(viewer=request.user, post_id=post.pk)
    own = post.votes.filter(voter=request.user).first()
    return VoteOut(post=post.pk, score=post.score, my_vote=own.value if own else None)


# --- parsing -------------------------------------------------------------------------------


def _locale(code: str):
    locale = locale_for_code(code)
    if locale is None:
        raise LocaleNotFound(_("Unknown locale."))
    return locale


def _list_params(params: ThreadListParams) -> ThreadListParams:
    """The list's parameters, each within what the list takes (else 400)."""
    if params.order not in THREAD_ORDERS:
        raise CommunityInputInvalid(
            _("Order by one of: %(fields)s.") % {"fields": ", ".join(THREAD_ORDERS)}
        )
    if params.kind and params.kind not in Thread.Kind.values:
        raise CommunityInputInvalid(
            _("A kind of thread is one of: %(kinds)s.") % {"kinds": ", ".join(Thread.Kind.values)}
        )
    if not 1 <= params.page <= MAX_PAGE:
        raise CommunityInputInvalid(
            _("The page is a number from 1 to %(max)d.") % {"max": MAX_PAGE}
        )
    return params


def _answer_of(request: HttpRequest, thread: Thread, post_id: int) -> Post:
    post = post_get_readable(viewer=request.user, post_id=post_id)
    if post.thread_id != thread.pk:
        raise PostNotFound(_("No such answer in this thread."))
    return post


# --- the endpoints -------------------------------------------------------------------------


@router.get(
    "/spaces/",
    response={200: list[SpaceOut], **READ_ERRORS},
    summary="The community's spaces the viewer may read, for the visitors of a language",
    operation_id="community_spaces",
)
def spaces(
    request: HttpRequest,
    locale: Annotated[
        LocaleCode | None,  # type: ignore[valid-type]
        Query(description="Only the spaces serving this language."),
    ] = None,
):
    target = _locale(locale) if locale is not None else None
    found = space_list_readable(viewer=request.user, locale=target).prefetch_related("locales")
    return [
        SpaceOut(
            slug=space.slug,
            name=space.name,
            description=space.description,
            locales=[language.language_code for language in space.locales.all()],
            read_access=space.read_access,
            post_access=space.post_access,
            allows_ideas=space.allows_ideas,
        )
        for space in found
    ]


@router.get(
    "/spaces/{slug}/threads/",
    response={200: ThreadPageOut, **problems(400, 404, 422)},
    summary="A space's threads, newest, most active, unanswered or top voted, by pages",
    description=(
        f"{THREADS_PER_PAGE} threads a page; a page past the last gives the last. An order, kind"
        f" or page the list does not take is 400."
    ),
    operation_id="community_threads",
)
def threads(request: HttpRequest, slug: SpaceSlug, params: Query[ThreadListParams]):
    params = _list_params(params)
    space = space_get_readable(viewer=request.user, slug=slug)
    listed = thread_list(
        viewer=request.user, space=space, order=params.order, kind=params.kind, tag=params.tag
    )
    page = thread_page(listed, params.page)
    items = list(page.object_list)
    levels = trust_levels_of([thread.author for thread in items if thread.author])
    return ThreadPageOut(
        count=page.paginator.count,
        page=page.number,
        pages=page.paginator.num_pages,
        items=[ThreadSummaryOut(**_summary_fields(thread, levels)) for thread in items],
    )


@router.post(
    "/spaces/{slug}/threads/",
    response={201: ThreadOut, **WRITE_ERRORS},
    summary="Start a thread (a question, discussion, idea or announcement) in a space",
    description=WRITE_DESCRIPTION,
    operation_id="community_thread_start",
)
def thread_start(request: HttpRequest, slug: SpaceSlug, payload: ThreadIn):
    space = space_get_readable(viewer=request.user, slug=slug)
    thread = services.thread_start(
        author=request.user,
        space=space,
        locale=_locale(payload.locale),
        kind=payload.kind,
        title=payload.title,
        body=payload.body,
        tags=payload.tags,
    )
    thread = thread_get_readable(viewer=request.user, thread_id=thread.pk)
    return Status(201, _thread_out(request, thread))


@router.get(
    "/threads/{thread_id}/",
    response={200: ThreadOut, **READ_ERRORS},
    summary="A thread with its posts, the accepted answer first after the question",
    operation_id="community_thread",
)
def thread_detail(request: HttpRequest, thread_id: ObjectId):
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    out = _thread_out(request, thread)
    services.thread_read_record(reader=request.user, thread=thread, posts_read=len(out.posts))
    return out


@router.post(
    "/threads/{thread_id}/posts/",
    response={201: PostOut, **WRITE_ERRORS},
    summary="Answer a question or reply in a thread",
    description=WRITE_DESCRIPTION,
    operation_id="community_post_reply",
)
def post_reply(request: HttpRequest, thread_id: ObjectId, payload: ReplyIn):
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    post = services.post_reply(author=request.user, thread=thread, body=payload.body)
    return Status(201, _single_post_out(request, post))


@router.patch(
    "/posts/{post_id}/",
    response={200: PostOut, **WRITE_ERRORS},
    summary="Edit a post (and the title, for the opening post); the earlier text is kept",
    description=f"{WRITE_DESCRIPTION} Only the author or a moderator.",
    operation_id="community_post_edit",
)
def post_edit(request: HttpRequest, post_id: ObjectId, payload: EditIn):
    post = post_get_readable(viewer=request.user, post_id=post_id)
    post = services.post_edit(
        editor=request.user, post=post, body=payload.body, title=payload.title
    )
    return _single_post_out(request, post)


@router.put(
    "/posts/{post_id}/vote/",
    response={200: VoteOut, **WRITE_ERRORS},
    summary="Vote a post up or down (or change the vote, within its window)",
    description=(
        f"{WRITE_DESCRIPTION} Not on one's own post (403), not on a locked thread (409);"
        " downvotes on questions and answers only."
    ),
    operation_id="community_vote_cast",
)
def vote_cast(request: HttpRequest, post_id: ObjectId, payload: VoteIn):
    post = post_get_readable(viewer=request.user, post_id=post_id)
    services.vote_cast(voter=request.user, post=post, value=payload.value)
    return _vote_out(request, post)


@router.delete(
    "/posts/{post_id}/vote/",
    response={200: VoteOut, **WRITE_ERRORS},
    summary="Take back one's vote on a post, within its window",
    description=WRITE_DESCRIPTION,
    operation_id="community_vote_retract",
)
def vote_retract(request: HttpRequest, post_id: ObjectId):
    post = post_get_readable(viewer=request.user, post_id=post_id)
    services.vote_retract(voter=request.user, post=post)
    return _vote_out(request, post)


@router.put(
    "/threads/{thread_id}/accepted/",
    response={200: ThreadOut, **WRITE_ERRORS},
    summary="Accept an answer to a question: by the person who asked or a moderator",
    description=WRITE_DESCRIPTION,
    operation_id="community_answer_accept",
)
def answer_accept(request: HttpRequest, thread_id: ObjectId, payload: AcceptIn):
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    services.answer_accept(acting_user=request.user, post=_answer_of(request, thread, payload.post))
    return _thread_out(request, thread_get_readable(viewer=request.user, thread_id=thread_id))


@router.delete(
    "/threads/{thread_id}/accepted/",
    response={200: ThreadOut, **WRITE_ERRORS},
    summary="Un-accept a question's accepted answer: by the person who asked or a moderator",
    description=WRITE_DESCRIPTION,
    operation_id="community_answer_unaccept",
)
def answer_unaccept(request: HttpRequest, thread_id: ObjectId):
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    services.answer_unaccept(acting_user=request.user, thread=thread)
    return _thread_out(request, thread_get_readable(viewer=request.user, thread_id=thread_id))
