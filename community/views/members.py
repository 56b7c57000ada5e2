"""Members on the site: the badges and their holders, a member's profile, the leaderboards.

Each view parses the request, calls one selector of ``community.members.selectors`` and
renders. An unknown or inactive member, a disabled badge or a space the viewer may not read
is the site's 404; a period or scope the leaderboards do not have is a 400 that says so.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import pgettext

from community.leaderboards.selectors import TOP
from community.members import selectors
from community.selectors import space_list_readable

SCOPE_MAX_LENGTH = 100


def _page_number(value: str) -> int:
    """The page asked for; anything but a whole number is the first page (the selector keeps
    it within the pages there are)."""
    try:
        return int(value)
    except ValueError:
        return 1


def badge_list(request):
    """Every badge with its tier, description, how many hold it and its first holders."""
    return render(request, "community/badges.html", {"badges": selectors.badge_list()})


def badge_detail(request, slug: str):
    """A badge and all its holders, a page at a time."""
    badge = selectors.badge_get(slug=slug)
    page = selectors.badge_holders_page(
        badge=badge, number=_page_number(request.GET.get("page", "1"))
    )
    return render(
        request,
        "community/badge.html",
        {"badge": badge, "page_obj": page, "holders": page.object_list},
    )


def member_profile(request, user_id: int):
    """A member's points, level, badges and the recent posts the visitor may read."""
    profile = selectors.member_profile(viewer=request.user, user_id=user_id)
    return render(request, "community/profile.html", {"profile": profile})


def _periods() -> list[tuple[str, str]]:
    return [
        ("all", pgettext("leaderboard period", "All time")),
        ("month", pgettext("leaderboard period", "This month")),
        ("week", pgettext("leaderboard period", "This week")),
    ]


def leaderboards(request):
    """The top members of all time, this month or this week, everywhere, in a space or in a
    language, with the signed-in member's own place even below the list."""
    period = request.GET.get("period", "all")[:SCOPE_MAX_LENGTH]
    scope = request.GET.get("scope", "all").replace("\x00", "")[:SCOPE_MAX_LENGTH] or "all"
    space_slug, locale_code = selectors.leaderboard_scope_parse(scope)
    board = selectors.leaderboard_board(
        viewer=request.user,
        period=period,
        space_slug=space_slug,
        locale_code=locale_code,
        limit=TOP,
    )
    return render(
        request,
        "community/leaderboards.html",
        {
            "board": board,
            "periods": _periods(),
            "scope": scope,
            "spaces": space_list_readable(viewer=request.user),
            "languages": [code for code, _name in settings.LANGUAGES],
            "top": TOP,
        },
    )
