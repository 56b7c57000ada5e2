"""Ideas: a space's idea board, an idea's status with the history of its official responses,
and product staff's status changes."""

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from pydantic import ConfigDict

from community.api.common import (
    READ_ERRORS,
    WRITE_DESCRIPTION,
    WRITE_ERRORS,
    AuthorOut,
    ObjectId,
    SpaceSlug,
    author_out,
)
from community.errors import CommunityInputInvalid
from community.ideas import selectors as ideas
from community.ideas.services import RESPONSE_MAX_LENGTH, idea_status_change
from community.models import Thread
from community.selectors import IDEA_ORDERS, MAX_PAGE, THREADS_PER_PAGE, thread_page
from community.trust import trust_levels_of
from portal.api_input import problems, short_text
from portal.markdown import render_user_markdown

router = Router()

IdeaStatus = Literal[tuple(Thread.IdeaStatus.values)]  # type: ignore[valid-type]


# --- what the API answers ----------------------------------------------------------------


class IdeaSummaryOut(Schema):
    id: int
    space: str = Field(description="The space's slug.")
    title: str
    locale: str
    author: AuthorOut | None = Field(description="null when the account is gone.")
    status: str = Field(
        description="Where the idea stands.", json_schema_extra={"enum": Thread.IdeaStatus.values}
    )
    score: int = Field(description="Its votes, up minus down.")
    reply_count: int
    created_at: datetime
    is_locked: bool


class IdeaPageOut(Schema):
    count: int = Field(description="Ideas in the whole list.")
    page: int
    pages: int
    items: list[IdeaSummaryOut]


class StatusChangeOut(Schema):
    from_status: str
    to_status: str
    response: str = Field(description="The official response, as Markdown.")
    response_html: str = Field(description="The response rendered and sanitised, safe to show.")
    changed_by: AuthorOut | None = Field(description="null when the account is gone.")
    created_at: datetime


class IdeaOut(IdeaSummaryOut):
    status_changes: list[StatusChangeOut] = Field(description="Newest first.")


# --- what the API takes --------------------------------------------------------------------


class IdeaListParams(Schema):
    status: str = Field(
        "",
        description="Only the ideas of this status.",
        json_schema_extra={"enum": ["", *Thread.IdeaStatus.values]},
    )
    order: str = Field(
        "top",
        description="top: most votes first; newest: newest first.",
        json_schema_extra={"enum": list(IDEA_ORDERS)},
    )
    page: int = Field(1, json_schema_extra={"minimum": 1, "maximum": MAX_PAGE})


class StatusChangeIn(Schema):
    model_config = ConfigDict(extra="forbid")

    status: IdeaStatus = Field(description="The idea's new status.")  # type: ignore[valid-type]
    response: short_text(RESPONSE_MAX_LENGTH) = Field(  # type: ignore[valid-type]
        min_length=1, description="Markdown: why the status changes, shown on the idea."
    )


# --- serialising and parsing ---------------------------------------------------------------


def _summary_fields(idea: Thread, levels: dict[int, int]) -> dict:
    return {
        "id": idea.pk,
        "space": idea.space.slug,
        "title": idea.title,
        "locale": idea.locale.language_code,
        "author": author_out(idea.author, levels),
        "status": idea.idea_status,
        "score": idea.score,
        "reply_count": idea.reply_count,
        "created_at": idea.created_at,
        "is_locked": idea.is_locked,
    }


def _idea_out(idea: Thread) -> IdeaOut:
    changes = ideas.idea_status_history(thread=idea)
    people = {change.changed_by for change in changes if change.changed_by}
    levels = trust_levels_of([*people, *([idea.author] if idea.author else [])])
    return IdeaOut(
        **_summary_fields(idea, levels),
        status_changes=[
            StatusChangeOut(
                from_status=change.from_status,
                to_status=change.to_status,
                response=change.response,
                response_html=render_user_markdown(change.response),
                changed_by=author_out(change.changed_by, levels),
                created_at=change.created_at,
            )
            for change in changes
        ],
    )


def _list_params(params: IdeaListParams) -> IdeaListParams:
    """The list's parameters, each within what the list takes (else 400)."""
    if params.status and params.status not in Thread.IdeaStatus.values:
        raise CommunityInputInvalid(
            _("An idea's status is one of: %(statuses)s.")
            % {"statuses": ", ".join(Thread.IdeaStatus.values)}
        )
    if params.order not in IDEA_ORDERS:
        raise CommunityInputInvalid(
            _("Order by one of: %(fields)s.") % {"fields": ", ".join(IDEA_ORDERS)}
        )
    if not 1 <= params.page <= MAX_PAGE:
        raise CommunityInputInvalid(
            _("The page is a number from 1 to %(max)d.") % {"max": MAX_PAGE}
        )
    return params


# --- the endpoints -------------------------------------------------------------------------


@router.get(
    "/spaces/{slug}/ideas/",
    response={200: IdeaPageOut, **problems(400, 404, 422)},
    summary="A space's ideas, most votes or newest first, of one status or all, by pages",
    description=(
        f"{THREADS_PER_PAGE} ideas a page; a page past the last gives the last. A space that"
        " takes no ideas is 404; a status, order or page the list does not take is 400."
    ),
    operation_id="community_ideas",
)
def idea_list(request: HttpRequest, slug: SpaceSlug, params: Query[IdeaListParams]):
    params = _list_params(params)
    space = ideas.idea_space_get(viewer=request.user, slug=slug)
    listed = ideas.idea_board(
        viewer=request.user, space=space, status=params.status, order=params.order
    )
    page = thread_page(listed, params.page)
    items = list(page.object_list)
    levels = trust_levels_of([idea.author for idea in items if idea.author])
    return IdeaPageOut(
        count=page.paginator.count,
        page=page.number,
        pages=page.paginator.num_pages,
        items=[IdeaSummaryOut(**_summary_fields(idea, levels)) for idea in items],
    )


@router.get(
    "/threads/{thread_id}/status/",
    response={200: IdeaOut, **READ_ERRORS},
    summary="An idea's status and every change of it, each with its official response",
    description="A thread that is not an idea is 404.",
    operation_id="community_idea_status",
)
def idea_status(request: HttpRequest, thread_id: ObjectId):
    return _idea_out(ideas.idea_get_readable(viewer=request.user, thread_id=thread_id))


@router.put(
    "/threads/{thread_id}/status/",
    response={200: IdeaOut, **WRITE_ERRORS},
    summary="Move an idea to another status with an official response: product staff only",
    description=(
        f"{WRITE_DESCRIPTION} Only product staff (403 otherwise); the idea's own status again"
        " is 400. Its followers are told."
    ),
    operation_id="community_idea_status_change",
)
def idea_status_update(request: HttpRequest, thread_id: ObjectId, payload: StatusChangeIn):
    idea = ideas.idea_get_readable(viewer=request.user, thread_id=thread_id)
    idea_status_change(
        acting_user=request.user, thread=idea, to_status=payload.status, response=payload.response
    )
    return _idea_out(ideas.idea_get_readable(viewer=request.user, thread_id=thread_id))
