"""The community's models, one module per concern."""

from community.models.badges import Badge, BadgeAward
from community.models.following import Follow, Notification
from community.models.ledger import LedgerEntry
from community.models.members import Member
from community.models.moderation import Flag, IdeaStatusChange
from community.models.spaces import Space
from community.models.standings import Standing, StandingCount
from community.models.threads import Post, PostRevision, Thread, ThreadRead, ThreadTag, Vote

__all__ = [
    "Badge",
    "BadgeAward",
    "Flag",
    "Follow",
    "IdeaStatusChange",
    "LedgerEntry",
    "Member",
    "Notification",
    "Post",
    "PostRevision",
    "Space",
    "Standing",
    "StandingCount",
    "Thread",
    "ThreadRead",
    "ThreadTag",
    "Vote",
]
