"""A member's notifications, what they follow and how they hear of it by e-mail.

Every operation is for a signed-in member (401 otherwise, reads included): a notification is
its member's alone, and another member's is not found (404). A thread, space or tag the
member may not read is not found either, as everywhere in the community.
"""

from datetime import datetime
from functools import wraps
from typing import Annotated, Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from pydantic import BeforeValidator, ConfigDict, StrictInt
from wagtail.api.v3.errors import problem_response

from community.api.common import (
    WRITE_DESCRIPTION,
    WRITE_ERRORS,
    ObjectId,
    SpaceSlug,
    display_name,
)
from community.models import Member, Notification
from community.notifications import selectors as notifications
from community.notifications import services
from community.selectors import MAX_PAGE, space_get_readable, thread_get_readable
from portal.api_input import (
    MAX_ID,
    SAFE_METHODS,
    _integral_number,
    boolean_only,
    problems,
    short_text,
)

TAG_MAX_LENGTH = 100  # a tag's slug, as the thread list takes it
TagSlug = Annotated[short_text(TAG_MAX_LENGTH), Field(min_length=1)]  # type: ignore[valid-type]
EmailChoice = Literal[tuple(Member.Email.values)]  # type: ignore[valid-type]
StrictBool = Annotated[bool, BeforeValidator(boolean_only)]
# WholeNumber's rule (2 or 2.0, never "2" or true) with its bounds in the schema: in a list's
# items pydantic writes the bounds of ``Annotated[WholeNumber, Field(...)]`` as unknown
# keywords, so the constraint comes first here.
MarkedId = Annotated[StrictInt, Field(ge=1, le=MAX_ID), BeforeValidator(_integral_number)]
Marked = Annotated[list[MarkedId], Field(min_length=1, max_length=notifications.MAX_MARKED)]

LIST_ERRORS = problems(401, 422)
STATE_ERRORS = problems(401, 404, 422)
SIGNED_IN = "For a signed-in member only (401 otherwise)."


def _signed_in_reads(run):
    """Reads of this router answer 401 to a visitor who is not signed in (the community's
    write guard answers the writes)."""

    @wraps(run)
    def guarded(request, *args, **kwargs):
        if request.method in SAFE_METHODS and not request.user.is_authenticated:
            return problem_response(status=401, detail=_("Sign in to take part in the community."))
        return run(request, *args, **kwargs)

    return guarded


router = Router()
router.add_decorator(_signed_in_reads, mode="view")


# --- what the API answers ----------------------------------------------------------------


class NotificationOut(Schema):
    id: int
    kind: str = Field(json_schema_extra={"enum": list(Notification.Kind.values)})
    thread: int | None = Field(description="The thread it is about; null for a badge.")
    thread_title: str | None
    post: int | None = Field(description="The post it is about, when there is one.")
    badge: str | None = Field(description="The badge earned, for kind badge.")
    actor: str | None = Field(description="Who did it, by name; null when unknown or gone.")
    url: str | None = Field(description="The site's page of what it is about.")
    created_at: datetime
    read: bool


class NotificationPageOut(Schema):
    count: int = Field(description="Notifications in the whole list.")
    unread: int = Field(description="Unread notifications in the whole list.")
    page: int
    pages: int
    items: list[NotificationOut] = Field(description="Newest first.")


class MarkedOut(Schema):
    marked: int = Field(description="Notifications marked read by this request.")
    unread: int = Field(description="Unread notifications left.")


class FollowOut(Schema):
    following: bool


class EmailChoiceOut(Schema):
    email: str = Field(
        description="at_once: each event by e-mail as it happens; daily: one digest a day;"
        " never: no e-mail (the site shows every notification either way).",
        json_schema_extra={"enum": list(Member.Email.values)},
    )


# --- what the API takes ------------------------------------------------------------------


class NotificationListParams(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE)


class MarkReadIn(Schema):
    model_config = ConfigDict(extra="forbid")

    ids: Marked | None = Field(  # type: ignore[valid-type]
        ...,
        description=(
            f"The notifications to mark read (at most {notifications.MAX_MARKED}), each one of"
            " the member's own (else 404, and none is marked); null: all of them."
        ),
    )


class FollowIn(Schema):
    model_config = ConfigDict(extra="forbid")

    following: StrictBool = Field(description="true: follow; false: stop following.")


class EmailChoiceIn(Schema):
    model_config = ConfigDict(extra="forbid")

    email: EmailChoice  # type: ignore[valid-type]


def _notification_out(notification: Notification) -> NotificationOut:
    thread, award = notification.thread, notification.award
    return NotificationOut(
        id=notification.pk,
        kind=notification.kind,
        thread=thread.pk if thread else None,
        thread_title=thread.title if thread else None,
        post=notification.post_id,
        badge=award.badge.name if award else None,
        actor=display_name(notification.actor) if notification.actor else None,
        url=notifications.notification_target(notification) or None,
        created_at=notification.created_at,
        read=notification.read_at is not None,
    )


def _follow_out(state: dict[str, bool], what: str) -> FollowOut:
    return FollowOut(following=state[what])


# --- the endpoints -------------------------------------------------------------------------


@router.get(
    "/notifications/",
    response={200: NotificationPageOut, **LIST_ERRORS},
    summary="The member's notifications, newest first, by pages, with the unread count",
    description=(
        f"{SIGNED_IN} {notifications.NOTIFICATIONS_PER_PAGE} a page; a page past the last"
        " gives the last. Notifications of posts hidden or deleted since are left out."
    ),
    operation_id="community_notifications",
)
def notification_list(request: HttpRequest, params: Query[NotificationListParams]):
    page = notifications.notification_page(user=request.user, number=params.page)
    return NotificationPageOut(
        count=page.paginator.count,
        unread=notifications.unread_count(request.user),
        page=page.number,
        pages=page.paginator.num_pages,
        items=[_notification_out(item) for item in page.object_list],
    )


@router.post(
    "/notifications/read/",
    response={200: MarkedOut, **WRITE_ERRORS},
    summary="Mark some of the member's notifications read, or all of them",
    description=WRITE_DESCRIPTION,
    operation_id="community_notifications_read",
)
def notifications_read(request: HttpRequest, payload: MarkReadIn):
    ids = payload.ids
    if ids is not None:
        ids = notifications.notification_ids_check(user=request.user, ids=ids)
    marked = services.notifications_mark_read(user=request.user, ids=ids)
    return MarkedOut(marked=marked, unread=notifications.unread_count(request.user))


@router.get(
    "/notifications/settings/",
    response={200: EmailChoiceOut, **LIST_ERRORS},
    summary="What the member hears of the community by e-mail",
    description=SIGNED_IN,
    operation_id="community_email_choice",
)
def email_choice(request: HttpRequest):
    return EmailChoiceOut(email=notifications.email_choice(request.user))


@router.put(
    "/notifications/settings/",
    response={200: EmailChoiceOut, **WRITE_ERRORS},
    summary="Choose what the member hears by e-mail: at once, a daily digest or never",
    description=WRITE_DESCRIPTION,
    operation_id="community_email_choice_set",
)
def email_choice_set(request: HttpRequest, payload: EmailChoiceIn):
    services.email_choice_set(user=request.user, email=payload.email)
    return EmailChoiceOut(email=notifications.email_choice(request.user))


@router.get(
    "/follows/threads/{thread_id}/",
    response={200: FollowOut, **STATE_ERRORS},
    summary="Whether the member follows a thread",
    description=SIGNED_IN,
    operation_id="community_thread_following",
)
def thread_following(request: HttpRequest, thread_id: ObjectId):
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    return _follow_out(notifications.follow_state(user=request.user, thread=thread), "thread")


@router.put(
    "/follows/threads/{thread_id}/",
    response={200: FollowOut, **WRITE_ERRORS},
    summary="Follow a thread (its replies and status changes), or stop",
    description=WRITE_DESCRIPTION,
    operation_id="community_thread_follow",
)
def thread_follow(request: HttpRequest, thread_id: ObjectId, payload: FollowIn):
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    services.follow_set(user=request.user, following=payload.following, thread=thread)
    return _follow_out(notifications.follow_state(user=request.user, thread=thread), "thread")


@router.get(
    "/follows/spaces/{slug}/",
    response={200: FollowOut, **STATE_ERRORS},
    summary="Whether the member follows a space",
    description=SIGNED_IN,
    operation_id="community_space_following",
)
def space_following(request: HttpRequest, slug: SpaceSlug):
    space = space_get_readable(viewer=request.user, slug=slug)
    return _follow_out(notifications.follow_state(user=request.user, space=space), "space")


@router.put(
    "/follows/spaces/{slug}/",
    response={200: FollowOut, **WRITE_ERRORS},
    summary="Follow a space (its new threads), or stop",
    description=WRITE_DESCRIPTION,
    operation_id="community_space_follow",
)
def space_follow(request: HttpRequest, slug: SpaceSlug, payload: FollowIn):
    space = space_get_readable(viewer=request.user, slug=slug)
    services.follow_set(user=request.user, following=payload.following, space=space)
    return _follow_out(notifications.follow_state(user=request.user, space=space), "space")


@router.get(
    "/follows/tags/{slug}/",
    response={200: FollowOut, **STATE_ERRORS},
    summary="Whether the member follows a tag",
    description=f"{SIGNED_IN} A tag no thread the member may read carries is not found.",
    operation_id="community_tag_following",
)
def tag_following(request: HttpRequest, slug: TagSlug):  # type: ignore[valid-type]
    tag = notifications.tag_get_followable(viewer=request.user, slug=slug)
    return _follow_out(notifications.follow_state(user=request.user, tag=tag.slug), "tag")


@router.put(
    "/follows/tags/{slug}/",
    response={200: FollowOut, **WRITE_ERRORS},
    summary="Follow a tag (new threads with it, in every space the member reads), or stop",
    description=f"{WRITE_DESCRIPTION} A tag no thread the member may read carries is not found.",
    operation_id="community_tag_follow",
)
def tag_follow(request: HttpRequest, slug: TagSlug, payload: FollowIn):  # type: ignore[valid-type]
    tag = notifications.tag_get_followable(viewer=request.user, slug=slug)
    services.follow_set(user=request.user, following=payload.following, tag=tag)
    return _follow_out(notifications.follow_state(user=request.user, tag=tag.slug), "tag")
