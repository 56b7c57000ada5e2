"""Badges with their holders, members' public profiles and the leaderboards."""

import re
from datetime import date, datetime
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from community.api.common import LOCALE_CODES, READ_ERRORS
from community.leaderboards.selectors import TOP
from community.members import selectors
from community.members.selectors import HOLDERS_PER_PAGE, MAX_LEADERBOARD, MAX_PAGE
from portal.api_input import MAX_ID

router = Router()

BadgeSlug = Annotated[str, Field(max_length=60, pattern=r"^[-a-zA-Z0-9_]+$")]
MemberId = Annotated[int, Field(ge=1, le=MAX_ID)]
Period = Literal["all", "month", "week"]


# --- what the API answers ----------------------------------------------------------------


class BadgeRefOut(Schema):
    slug: str = Field(description="The badge's key, the same in every language.")
    name: str = Field(description="In the request's language where translated.")
    tier: str = Field(description="bronze, silver or gold.")
    icon: str


class MemberRefOut(Schema):
    id: int = Field(description="The member's public id: the address of their profile.")
    name: str = Field(description="The member's full name, else their username; never an e-mail.")


class BadgeOut(BadgeRefOut):
    description: str
    repeatable: bool = Field(description="Earned again each time its rule holds anew.")
    holder_count: int = Field(description="Members who hold it.")


class BadgeSummaryOut(BadgeOut):
    holders: list[MemberRefOut] = Field(
        description="Its first holders, earliest first (at most twelve; the badge's own"
        " endpoint lists them all)."
    )


class HolderOut(MemberRefOut):
    times: int = Field(description="How often they earned it (a repeatable badge).")
    first_awarded: datetime


class BadgeDetailOut(BadgeOut):
    page: int
    pages: int
    holders: list[HolderOut] = Field(description=f"{HOLDERS_PER_PAGE} a page, earliest first.")


class HeldBadgeOut(BadgeRefOut):
    times: int
    first_awarded: datetime


class ActivityOut(Schema):
    post: int
    thread: int
    title: str
    space: str = Field(description="The space's slug.")
    kind: str = Field(description="The thread's kind.")
    is_opening: bool = Field(description="The member started the thread.")
    created_at: datetime


class MemberOut(MemberRefOut):
    joined: date
    points: int = Field(description="The sum of the member's points ledger.")
    trust_level: int
    trust_level_name: str
    rank: int | None = Field(description="All-time place on the leaderboard; null without points.")
    badges: list[HeldBadgeOut] = Field(description="Best first.")
    activity: list[ActivityOut] = Field(
        description="Their latest posts the viewer may read (never hidden or deleted ones)."
    )


class PlaceOut(MemberRefOut):
    rank: int = Field(description="Members with equal points share a rank.")
    points: int
    trust_level: int
    best_badge: BadgeRefOut | None = Field(
        description="Gold over silver over bronze, then the rarest."
    )


class LeaderboardOut(Schema):
    period: str
    scope: str
    space: str | None = Field(description="The space's slug, for a space's leaderboard.")
    locale: str | None = Field(description="The language code, for a language's leaderboard.")
    places: list[PlaceOut]
    own: PlaceOut | None = Field(
        description="The signed-in member's own place, even below the list; null when"
        " anonymous or without points here."
    )


SCOPE_PATTERN = (
    r"^(all|space:[-a-zA-Z0-9_]{1,80}|locale:("
    + "|".join(re.escape(code) for code in LOCALE_CODES)
    + "))$"
)


class LeaderboardParams(Schema):
    period: Period = Field("all", description="All time, this month or this week.")  # type: ignore[valid-type]
    scope: str = Field(
        "all",
        max_length=100,
        pattern=SCOPE_PATTERN,
        description="Everywhere (all), the points earned in a space (space:<slug>) or in a"
        " language (locale:<code>).",
    )
    limit: int = Field(TOP, ge=1, le=MAX_LEADERBOARD)


# --- serialising ---------------------------------------------------------------------------


def _badge_ref(badge) -> dict:
    return {"slug": badge.slug, "name": badge.shown_name, "tier": badge.tier, "icon": badge.icon}


def _badge(badge) -> dict:
    return {
        **_badge_ref(badge),
        "description": badge.shown_description,
        "repeatable": badge.repeatable,
        "holder_count": badge.holder_count,
    }


def _member(user, name: str) -> dict:
    return {"id": user.pk, "name": name}


def _place(place) -> PlaceOut:
    return PlaceOut(
        **_member(place.user, place.name),
        rank=place.rank,
        points=place.points,
        trust_level=place.level,
        best_badge=BadgeRefOut(**_badge_ref(place.badge)) if place.badge else None,
    )


# --- the endpoints -------------------------------------------------------------------------


@router.get(
    "/badges/",
    response={200: list[BadgeSummaryOut], **READ_ERRORS},
    summary="Every badge, with how many members hold it and its first holders",
    operation_id="community_badges",
)
def badges(request: HttpRequest):
    return [
        BadgeSummaryOut(
            **_badge(badge),
            holders=[MemberRefOut(**_member(h.user, h.name)) for h in badge.holders],
        )
        for badge in selectors.badge_list()
    ]


@router.get(
    "/badges/{slug}/",
    response={200: BadgeDetailOut, **READ_ERRORS},
    summary="A badge and its holders, by pages",
    description="A page past the last gives the last.",
    operation_id="community_badge",
)
def badge(
    request: HttpRequest,
    slug: BadgeSlug,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
):
    found = selectors.badge_get(slug=slug)
    holders = selectors.badge_holders_page(badge=found, number=page)
    return BadgeDetailOut(
        **_badge(found),
        page=holders.number,
        pages=holders.paginator.num_pages,
        holders=[
            HolderOut(
                **_member(holder.user, holder.name),
                times=holder.times,
                first_awarded=holder.first_awarded,
            )
            for holder in holders.object_list
        ],
    )


@router.get(
    "/members/{user_id}/",
    response={200: MemberOut, **READ_ERRORS},
    summary="A member's public profile: points, trust level, badges and recent activity",
    description="An unknown or inactive member, or one who has never taken part, is 404.",
    operation_id="community_member",
)
def member(request: HttpRequest, user_id: MemberId):
    profile = selectors.member_profile(viewer=request.user, user_id=user_id)
    return MemberOut(
        **_member(profile.user, profile.name),
        joined=profile.joined,
        points=profile.points,
        trust_level=profile.level,
        trust_level_name=profile.level_name,
        rank=profile.rank.rank if profile.rank else None,
        badges=[
            HeldBadgeOut(**_badge_ref(held), times=held.times, first_awarded=held.first_awarded)
            for held in profile.badges
        ],
        activity=[
            ActivityOut(
                post=post.pk,
                thread=post.thread_id,
                title=post.thread.title,
                space=post.thread.space.slug,
                kind=post.thread.kind,
                is_opening=post.is_opening,
                created_at=post.created_at,
            )
            for post in profile.activity
        ],
    )


@router.get(
    "/leaderboard/",
    response={200: LeaderboardOut, **READ_ERRORS},
    summary="The members with the most points in a period, everywhere, in a space or a language",
    description=(
        "With the signed-in member's own place even below the list. A space the viewer may"
        " not read is 404."
    ),
    operation_id="community_leaderboard",
)
def leaderboard(request: HttpRequest, params: Query[LeaderboardParams]):
    space_slug, locale_code = selectors.leaderboard_scope_parse(params.scope)
    board = selectors.leaderboard_board(
        viewer=request.user,
        period=params.period,
        space_slug=space_slug,
        locale_code=locale_code,
        limit=params.limit,
    )
    return LeaderboardOut(
        period=board.period,
        scope=params.scope,
        space=board.space.slug if board.space else None,
        locale=board.locale.language_code if board.locale else None,
        places=[_place(place) for place in board.places],
        own=_place(board.own) if board.own else None,
    )
