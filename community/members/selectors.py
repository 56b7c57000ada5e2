"""Reads of members in public, scoped to the viewer: a profile, the badges and their holders,
the best badge of many members at once, and leaderboards with names, levels and badges.

What the viewer may not see is not found: an unknown or inactive member, one who has never
taken part, a disabled badge, a space they may not read. A profile's activity is only what
the viewer may read, and never a hidden or deleted post, even for a moderator.
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    Min,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext, pgettext_lazy
from wagtail.coreutils import get_supported_content_language_variant

from cms.selectors import locale_for_code
from community.errors import BadgeNotFound, LeaderboardInvalid, MemberNotFound, SpaceNotFound
from community.leaderboards.selectors import TOP, Place, leaderboard, own_place
from community.leaderboards.standings import PERIODS
from community.members.names import display_name
from community.models import Badge, BadgeAward, LedgerEntry, Post
from community.models.badges import TIER_RANK
from community.selectors import space_list_readable
from community.trust import points_of, trust_level, trust_levels_of

HOLDERS_SHOWN = 12  # holders of each badge on the badges page
HOLDERS_PER_PAGE = 50  # holders on a badge's own page
MAX_PAGE = 1000
ACTIVITY_SHOWN = 10
MAX_LEADERBOARD = 100  # the most places a leaderboard lists (the site shows TOP)
RARITY_KEY = "community:badge-holder-counts"
RARITY_SECONDS = 300

LEVEL_NAMES = (
    pgettext_lazy("trust level", "New member"),
    pgettext_lazy("trust level", "Basic member"),
    pgettext_lazy("trust level", "Member"),
    pgettext_lazy("trust level", "Regular"),
)

_TIER_ORDER = Case(
    *(When(tier=tier, then=Value(rank)) for tier, rank in TIER_RANK.items()),
    default=Value(0),
    output_field=IntegerField(),
)


def level_name(level: int) -> str:
    """The name of a trust level (a level past the named ones is called by its number)."""
    if 0 <= level < len(LEVEL_NAMES):
        return str(LEVEL_NAMES[level])
    return pgettext("trust level", "Level %(number)d") % {"number": level}


# --- badges ------------------------------------------------------------------------------


def _language(code: str) -> str:
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return settings.LANGUAGE_CODE


def _badges() -> QuerySet[Badge]:
    """The enabled badges of the default language (the ones awards point to), each with its
    name and description in the active language where a translation exists."""
    translated = Badge.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=_language(translation.get_language() or settings.LANGUAGE_CODE),
    )
    return Badge.objects.filter(
        enabled=True, locale__language_code=_language(settings.LANGUAGE_CODE)
    ).annotate(
        shown_name=Coalesce(Subquery(translated.values("name")[:1]), F("name")),
        shown_description=Coalesce(
            Subquery(translated.values("description")[:1]), F("description")
        ),
        tier_rank=_TIER_ORDER,
    )


def _with_holder_counts(badges: QuerySet[Badge]) -> QuerySet[Badge]:
    holders = (
        BadgeAward.objects.filter(badge=OuterRef("pk"), user__is_active=True)
        .order_by()
        .values("badge")
        .annotate(n=Count("user", distinct=True))
        .values("n")
    )
    return badges.annotate(holder_count=Coalesce(Subquery(holders), 0))


def _holders(badge_ids) -> QuerySet:
    """Each active holder of ``badge_ids`` once: how often they earned it and when first,
    earliest first."""
    return (
        BadgeAward.objects.filter(badge__in=badge_ids, user__is_active=True)
        .values("badge_id", "user_id")
        .annotate(times=Count("pk"), first_awarded=Min("awarded_at"))
        .order_by("first_awarded", "user_id")
    )


@dataclass(frozen=True)
class Holder:
    user: object
    name: str
    times: int
    first_awarded: object


def _holders_out(rows) -> list[Holder]:
    users = get_user_model().objects.in_bulk({row["user_id"] for row in rows})
    return [
        Holder(
            user=users[row["user_id"]],
            name=display_name(users[row["user_id"]]),
            times=row["times"],
            first_awarded=row["first_awarded"],
        )
        for row in rows
    ]


def badge_list(*, holders_shown: int = HOLDERS_SHOWN) -> list[Badge]:
    """Every enabled badge, with ``holder_count`` and its first ``holders_shown`` holders
    (``holders``), in three queries whatever the number of badges and holders."""
    badges = list(_with_holder_counts(_badges()).order_by("rule", "threshold", "pk"))
    first = _holders([badge.pk for badge in badges]).annotate(
        place=Window(
            RowNumber(),
            partition_by=F("badge_id"),
            order_by=[F("first_awarded").asc(), F("user_id").asc()],
        )
    )
    shown: dict[int, list] = {badge.pk: [] for badge in badges}
    for row in first.filter(place__lte=holders_shown):
        shown[row["badge_id"]].append(row)
    holders = iter(_holders_out([row for kept in shown.values() for row in kept]))
    for badge in badges:
        badge.holders = [next(holders) for _row in shown[badge.pk]]
    return badges


def badge_get(*, slug: str) -> Badge:
    """An enabled badge by its slug (the same in every language), with ``holder_count``."""
    badge = _with_holder_counts(_badges()).filter(slug=slug).first()
    if badge is None:
        raise BadgeNotFound(_("No such badge."))
    return badge


def badge_holders_page(*, badge: Badge, number: int, per_page: int = HOLDERS_PER_PAGE) -> Page:
    """One page of a badge's holders, earliest first; a number past the last gives the last.
    The page's ``object_list`` is a list of ``Holder``."""
    page = Paginator(_holders([badge.pk]), per_page).get_page(min(max(number, 1), MAX_PAGE))
    page.object_list = _holders_out(list(page.object_list))
    return page


def badge_holder_counts() -> dict[int, int]:
    """How many members hold each badge, for telling the rarest of a member's badges: cached
    in the shared cache for ``RARITY_SECONDS`` (a tie-break may be a few minutes late; the
    badges' own pages count exactly)."""
    counts = cache.get(RARITY_KEY)
    if counts is None:
        counts = dict(
            BadgeAward.objects.order_by()
            .values("badge")
            .annotate(n=Count("user", distinct=True))
            .values_list("badge", "n")
        )
        cache.set(RARITY_KEY, counts, RARITY_SECONDS)
    return counts


def best_badges_of(user_ids) -> dict[int, Badge]:
    """Each member's best badge: gold over silver over bronze, then the rarest (fewest
    holders); one query whatever the number of members (and one more when the holder
    counts are not in the cache)."""
    ids = {user_id for user_id in user_ids if user_id is not None}
    if not ids:
        return {}
    held = list(
        _badges().filter(awards__user__in=ids).annotate(holder=F("awards__user")).distinct()
    )
    counts = badge_holder_counts() if held else {}
    best: dict[int, Badge] = {}
    for badge in held:
        badge.holder_count = counts.get(badge.pk, 0)
        mine = best.get(badge.holder)
        if mine is None or _better(badge, mine):
            best[badge.holder] = badge
    return best


def _better(badge: Badge, than: Badge) -> bool:
    return (-badge.tier_rank, badge.holder_count, badge.pk) < (
        -than.tier_rank,
        than.holder_count,
        than.pk,
    )


# --- profiles ----------------------------------------------------------------------------


@dataclass
class Profile:
    user: object
    name: str
    joined: date
    points: int
    level: int
    level_name: str
    rank: Place | None  # all time, everywhere
    badges: list[Badge] = field(default_factory=list)  # each with ``times`` earned
    activity: list[Post] = field(default_factory=list)


def _took_part():
    return (
        Exists(LedgerEntry.objects.filter(user=OuterRef("pk")))
        | Exists(BadgeAward.objects.filter(user=OuterRef("pk")))
        | Exists(Post.objects.filter(author=OuterRef("pk")))
    )


def member_get(*, viewer, user_id: int):
    """An active member who has taken part (posted, earned points or a badge); a member
    always finds their own profile."""
    User = get_user_model()
    user = User.objects.filter(pk=user_id, is_active=True).annotate(took_part=_took_part()).first()
    if user is None or not (user.took_part or viewer.pk == user.pk):
        raise MemberNotFound(_("No such member."))
    return user


def member_activity(*, viewer, user, limit: int = ACTIVITY_SHOWN) -> list[Post]:
    """The member's latest posts that ``viewer`` may read: never a hidden or deleted post
    or thread, never one in a space the viewer may not read."""
    return list(
        Post.objects.filter(
            author=user,
            is_hidden=False,
            deleted_at__isnull=True,
            thread__is_hidden=False,
            thread__deleted_at__isnull=True,
            thread__merged_into__isnull=True,
            thread__space__in=space_list_readable(viewer=viewer),
        )
        .select_related("thread", "thread__space", "thread__locale")
        .order_by("-created_at", "-pk")[:limit]
    )


def member_badges(*, user) -> list[Badge]:
    """The member's badges, best first, each with ``times`` earned and ``first_awarded``."""
    return list(
        _badges()
        .filter(awards__user=user)
        .annotate(times=Count("awards"), first_awarded=Min("awards__awarded_at"))
        .order_by("-tier_rank", "rule", "threshold", "pk")
    )


def member_profile(*, viewer, user_id: int) -> Profile:
    """What a member's public profile shows ``viewer``."""
    user = member_get(viewer=viewer, user_id=user_id)
    level = trust_level(user)
    return Profile(
        user=user,
        name=display_name(user),
        joined=user.date_joined.date(),
        points=points_of(user),
        level=level,
        level_name=level_name(level),
        rank=own_place(user=user, period="all"),
        badges=member_badges(user=user),
        activity=member_activity(viewer=viewer, user=user),
    )


# --- leaderboards ------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    rank: int
    user: object
    name: str
    points: int
    level: int
    badge: Badge | None
    is_active: bool


@dataclass
class Board:
    period: str
    scope: str  # "all", "space:<id>" or "locale:<id>"
    space: object = None
    locale: object = None
    places: list[Ranked] = field(default_factory=list)
    own: Ranked | None = None
    own_listed: bool = False  # the viewer's own place is among ``places``


def leaderboard_scope_parse(value: str) -> tuple[str, str]:
    """A scope as the site and the API name it, ``all``, ``space:<slug>`` or
    ``locale:<code>``, as (space slug, language code); anything else is refused."""
    kind, _sep, name = value.partition(":")
    if value == "all":
        return "", ""
    if kind == "space" and name:
        return name, ""
    if kind == "locale" and name:
        return "", name
    raise LeaderboardInvalid(_("Choose a leaderboard for everywhere, one space or one language."))


def leaderboard_scope(*, viewer, space_slug: str = "", locale_code: str = ""):
    """The scope string of the standings and the space or language it names: a space the
    viewer may not read is not found; an unknown language is refused."""
    if space_slug:
        space = space_list_readable(viewer=viewer).filter(slug=space_slug).first()
        if space is None:
            raise SpaceNotFound(_("No such space."))
        return f"space:{space.pk}", space, None
    if locale_code:
        locale = locale_for_code(locale_code)
        if locale is None:
            raise LeaderboardInvalid(_("Unknown language."))
        return f"locale:{locale.pk}", None, locale
    return "all", None, None


def _ranked(places: list[Place]) -> list[Ranked]:
    users = [place.user for place in places]
    levels = trust_levels_of(users)
    badges = best_badges_of([user.pk for user in users])
    return [
        Ranked(
            rank=place.rank,
            user=place.user,
            name=display_name(place.user),
            points=place.points,
            level=levels.get(place.user.pk, 0),
            badge=badges.get(place.user.pk),
            is_active=place.user.is_active,
        )
        for place in places
    ]


def leaderboard_board(
    *, viewer, period: str = "all", space_slug: str = "", locale_code: str = "", limit: int = TOP
) -> Board:
    """The top ``limit`` of a period and scope, each with name, level and best badge, and
    the signed-in viewer's own place even far below the list."""
    if period not in PERIODS:
        raise LeaderboardInvalid(
            _("A period is one of: %(periods)s.") % {"periods": ", ".join(PERIODS)}
        )
    if not 1 <= limit <= MAX_LEADERBOARD:
        raise LeaderboardInvalid(
            _("The limit is a number from 1 to %(max)d.") % {"max": MAX_LEADERBOARD}
        )
    scope, space, locale = leaderboard_scope(
        viewer=viewer, space_slug=space_slug, locale_code=locale_code
    )
    places = leaderboard(period=period, scope=scope, limit=limit)
    board = Board(period=period, scope=scope, space=space, locale=locale)
    mine = None
    if viewer.is_authenticated:
        mine = next((place for place in places if place.user.pk == viewer.pk), None)
        board.own_listed = mine is not None
        mine = mine or own_place(user=viewer, period=period, scope=scope)
    ranked = _ranked(places + ([mine] if mine and not board.own_listed else []))
    board.places = ranked[: len(places)]
    if mine is not None:
        board.own = ranked[places.index(mine)] if board.own_listed else ranked[-1]
    return board
