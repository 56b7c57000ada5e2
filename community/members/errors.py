"""What the members' pages and endpoints refuse (kinds of ``community.errors.CommunityError``)."""

from community.errors import CommunityError
from portal.errors import InvalidInput, NotFound


class MemberNotFound(CommunityError, NotFound):
    """No such member: unknown, inactive, or one who has never taken part."""


class BadgeNotFound(CommunityError, NotFound):
    """No such badge, or one that is disabled."""


class LeaderboardInvalid(CommunityError, InvalidInput):
    """A period or scope the leaderboards do not have."""
