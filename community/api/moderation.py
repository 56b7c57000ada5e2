"""Flags from members, and what moderators do to posts and threads.

Each state a moderator sets is a PUT of that state (``{"hidden": true}``), so that doing it
twice changes nothing; a merge, which cannot be undone, is a POST. Every step goes through
``community.moderation.services``, which checks who may take it and logs it. Anyone but a
moderator is refused (403) and nothing changes; a post's author may delete it.
"""

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from pydantic import ConfigDict, StrictBool

from community.api.common import (
    WRITE_DESCRIPTION,
    WRITE_ERRORS,
    ObjectId,
    SpaceSlug,
)
from community.errors import ModerationNotAllowed
from community.models import Flag, Post, Thread
from community.models.moderation import NOTE_MAX_LENGTH
from community.moderation import services as moderation
from community.selectors import (
    is_moderator,
    post_get_readable,
    space_get_readable,
    thread_get_readable,
)
from portal.api_input import MAX_ID, WholeNumber, short_text

router = Router()

MODERATOR_ONLY = " Moderators only (403 otherwise)."
FlagReason = Literal[tuple(Flag.Reason.values)]  # type: ignore[valid-type]


# --- what the API answers ----------------------------------------------------------------


class FlagOut(Schema):
    post: int
    reason: str
    note: str
    created_at: datetime
    post_hidden: bool = Field(description="Whether the flags hid the post until it is reviewed.")


class ModeratedPostOut(Schema):
    id: int
    thread: int
    is_hidden: bool
    is_deleted: bool


class ModeratedThreadOut(Schema):
    id: int
    space: str = Field(description="The space's slug.")
    is_locked: bool
    is_pinned: bool
    is_hidden: bool
    is_deleted: bool


# --- what the API takes --------------------------------------------------------------------


class FlagIn(Schema):
    model_config = ConfigDict(extra="forbid")

    reason: FlagReason = Field(  # type: ignore[valid-type]
        description="spam, rude, off_topic or other (say what in the note)."
    )
    note: short_text(NOTE_MAX_LENGTH) = Field(  # type: ignore[valid-type]
        "", description="What the moderators should know (optional)."
    )


class HiddenIn(Schema):
    model_config = ConfigDict(extra="forbid")

    hidden: StrictBool = Field(description="true hides the post; false shows it again.")


class DeletedIn(Schema):
    model_config = ConfigDict(extra="forbid")

    deleted: StrictBool = Field(
        description="true deletes the post softly (its author may too); false brings it back."
    )


class LockedIn(Schema):
    model_config = ConfigDict(extra="forbid")

    locked: StrictBool = Field(description="A locked thread takes no new posts or votes.")


class PinnedIn(Schema):
    model_config = ConfigDict(extra="forbid")

    pinned: StrictBool = Field(description="A pinned thread is listed before the others.")


class MoveIn(Schema):
    model_config = ConfigDict(extra="forbid")

    space: SpaceSlug = Field(description="The slug of the space to move the thread to.")


class MergeIn(Schema):
    model_config = ConfigDict(extra="forbid")

    into: WholeNumber = Field(
        ge=1, le=MAX_ID, description="The thread whose posts these join; not this one."
    )


# --- serialising ---------------------------------------------------------------------------


def _post_out(post: Post) -> ModeratedPostOut:
    return ModeratedPostOut(
        id=post.pk,
        thread=post.thread_id,
        is_hidden=post.is_hidden,
        is_deleted=post.deleted_at is not None,
    )


def _thread_out(request: HttpRequest, thread_id: int) -> ModeratedThreadOut:
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    return ModeratedThreadOut(
        id=thread.pk,
        space=thread.space.slug,
        is_locked=thread.is_locked,
        is_pinned=thread.is_pinned,
        is_hidden=thread.is_hidden,
        is_deleted=thread.deleted_at is not None,
    )


def _moderated_thread(request: HttpRequest, thread_id: int) -> Thread:
    """The thread to act on, for a moderator; anyone else is refused before anything else."""
    thread = thread_get_readable(viewer=request.user, thread_id=thread_id)
    if not is_moderator(request.user):
        raise ModerationNotAllowed(_("Only moderators can do this."))
    return thread


# --- the endpoints -------------------------------------------------------------------------


@router.post(
    "/posts/{post_id}/flags/",
    response={201: FlagOut, **WRITE_ERRORS},
    summary="Flag a post for the moderators, once per member; enough flags hide it",
    description=(
        f"{WRITE_DESCRIPTION} Not one's own post (403); a second flag of the same post is 409."
    ),
    operation_id="community_post_flag",
)
def post_flag(request: HttpRequest, post_id: ObjectId, payload: FlagIn):
    post = post_get_readable(viewer=request.user, post_id=post_id)
    flag = moderation.flag_post(
        flagger=request.user, post=post, reason=payload.reason, note=payload.note
    )
    return Status(
        201,
        FlagOut(
            post=post.pk,
            reason=flag.reason,
            note=flag.note,
            created_at=flag.created_at,
            post_hidden=not post.is_visible,
        ),
    )


@router.put(
    "/posts/{post_id}/hidden/",
    response={200: ModeratedPostOut, **WRITE_ERRORS},
    summary="Hide a post from members, or show it again (its flags are resolved)",
    description=WRITE_DESCRIPTION + MODERATOR_ONLY,
    operation_id="community_post_hide",
)
def post_hide(request: HttpRequest, post_id: ObjectId, payload: HiddenIn):
    post = post_get_readable(viewer=request.user, post_id=post_id)
    if payload.hidden:
        post = moderation.post_hide(moderator=request.user, post=post)
    else:
        post = moderation.post_restore(moderator=request.user, post=post)
    return _post_out(post)


@router.put(
    "/posts/{post_id}/deleted/",
    response={200: ModeratedPostOut, **WRITE_ERRORS},
    summary="Delete a post softly (its author or a moderator), or bring it back (a moderator)",
    description=(
        f"{WRITE_DESCRIPTION} Deleting: the post's author or a moderator; bringing back:"
        " moderators only (403 otherwise)."
    ),
    operation_id="community_post_delete",
)
def post_delete(request: HttpRequest, post_id: ObjectId, payload: DeletedIn):
    post = post_get_readable(viewer=request.user, post_id=post_id)
    if payload.deleted:
        post = moderation.post_delete(acting_user=request.user, post=post)
    else:
        post = moderation.post_undelete(moderator=request.user, post=post)
    return _post_out(post)


@router.put(
    "/threads/{thread_id}/locked/",
    response={200: ModeratedThreadOut, **WRITE_ERRORS},
    summary="Lock a thread (no new posts or votes), or unlock it",
    description=WRITE_DESCRIPTION + MODERATOR_ONLY,
    operation_id="community_thread_lock",
)
def thread_lock(request: HttpRequest, thread_id: ObjectId, payload: LockedIn):
    thread = _moderated_thread(request, thread_id)
    moderation.thread_lock(moderator=request.user, thread=thread, locked=payload.locked)
    return _thread_out(request, thread.pk)


@router.put(
    "/threads/{thread_id}/pinned/",
    response={200: ModeratedThreadOut, **WRITE_ERRORS},
    summary="Pin a thread above the others in its space, or unpin it",
    description=WRITE_DESCRIPTION + MODERATOR_ONLY,
    operation_id="community_thread_pin",
)
def thread_pin(request: HttpRequest, thread_id: ObjectId, payload: PinnedIn):
    thread = _moderated_thread(request, thread_id)
    moderation.thread_pin(moderator=request.user, thread=thread, pinned=payload.pinned)
    return _thread_out(request, thread.pk)


@router.put(
    "/threads/{thread_id}/space/",
    response={200: ModeratedThreadOut, **WRITE_ERRORS},
    summary="Move a thread to another space",
    description=f"{WRITE_DESCRIPTION}{MODERATOR_ONLY} An unknown space is 404.",
    operation_id="community_thread_move",
)
def thread_move(request: HttpRequest, thread_id: ObjectId, payload: MoveIn):
    thread = _moderated_thread(request, thread_id)
    space = space_get_readable(viewer=request.user, slug=payload.space)
    moderation.thread_move(moderator=request.user, thread=thread, space=space)
    return _thread_out(request, thread.pk)


@router.post(
    "/threads/{thread_id}/merge/",
    response={200: ModeratedThreadOut, **WRITE_ERRORS},
    summary="Merge a thread into another: its posts join that thread, which is answered",
    description=(
        f"{WRITE_DESCRIPTION}{MODERATOR_ONLY} The thread merged into is answered; this one is"
        " no longer found. An unknown thread is 404; the thread itself is 400."
    ),
    operation_id="community_thread_merge",
)
def thread_merge(request: HttpRequest, thread_id: ObjectId, payload: MergeIn):
    thread = _moderated_thread(request, thread_id)
    into = thread_get_readable(viewer=request.user, thread_id=payload.into)
    into = moderation.thread_merge(moderator=request.user, thread=thread, into=into)
    return _thread_out(request, into.pk)
