"""The community's own errors: each is one kind of ``portal.errors.PortalError``."""

from portal.errors import Conflict, InvalidInput, NotAllowed, NotFound, PortalError, RateLimited


class CommunityError(PortalError):
    """Base of the community's own errors (never raised itself)."""


class SpaceNotFound(CommunityError, NotFound):
    """No such space, or one the viewer may not read."""


class ThreadNotFound(CommunityError, NotFound):
    """No such thread, or one the viewer may not read."""


class PostNotFound(CommunityError, NotFound):
    """No such post, or one the viewer may not read."""


class PostInvalid(CommunityError, InvalidInput):
    """A post or thread the community cannot take: empty, too long, too many links."""


class PostNotAllowed(CommunityError, NotAllowed):
    """The viewer may read the thread but not do this to it (post, edit, accept)."""


class ThreadLocked(CommunityError, Conflict):
    """The thread is locked: no new posts or votes."""


class VoteNotAllowed(CommunityError, NotAllowed):
    """A vote the community refuses: on one's own post, a downvote where none is taken."""


class VoteLocked(CommunityError, Conflict):
    """The vote can no longer be changed: its window has passed and the post is unchanged."""


class CommunityRateLimited(CommunityError, RateLimited):
    """More threads, replies or votes than the member's trust level allows today."""


class FlagNotAllowed(CommunityError, NotAllowed):
    """A flag the community refuses: on one's own post, or on a post already hidden."""


class FlagAlreadyGiven(CommunityError, Conflict):
    """The member has flagged this post already."""


class ModerationInvalid(CommunityError, InvalidInput):
    """A moderation step that cannot be taken (merge a thread into itself, unknown status)."""


class CommunityInputInvalid(CommunityError, InvalidInput):
    """A value a list of the community does not take: an unknown order or kind, a page out of
    bounds."""


class ModerationNotAllowed(CommunityError, NotAllowed):
    """A step only moderators (or product staff, for ideas) may take."""


class MemberNotFound(CommunityError, NotFound):
    """No such member: unknown, inactive, or one who has never taken part."""


class BadgeNotFound(CommunityError, NotFound):
    """No such badge, or one that is disabled."""


class LeaderboardInvalid(CommunityError, InvalidInput):
    """A period, scope or limit the leaderboards do not take."""


class NotificationNotFound(CommunityError, NotFound):
    """No such notification among the viewer's own (another member's is never found)."""


class TagNotFound(CommunityError, NotFound):
    """No such tag on any thread the viewer may read."""
