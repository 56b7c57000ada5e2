"""How moderators' actions read in Wagtail's history of each thread and post."""

from django.utils.translation import gettext_lazy as _

# action: (label in the history filter, message in the history)
ACTIONS = {
    "community.post.hide": (_("Hide post"), _("Hid the post")),
    "community.post.restore": (_("Unhide post"), _("Showed the hidden post again")),
    "community.post.delete": (_("Delete post"), _("Deleted the post")),
    "community.post.undelete": (_("Undelete post"), _("Brought the deleted post back")),
    "community.thread.lock": (_("Lock thread"), _("Locked the thread")),
    "community.thread.unlock": (_("Unlock thread"), _("Unlocked the thread")),
    "community.thread.pin": (_("Pin thread"), _("Pinned the thread")),
    "community.thread.unpin": (_("Unpin thread"), _("Unpinned the thread")),
    "community.thread.move": (_("Move thread"), _("Moved the thread to another space")),
    "community.thread.merge": (_("Merge thread"), _("Merged the thread into another")),
    "community.flag.dismiss": (_("Dismiss flag"), _("Dismissed a flag")),
    "community.member.suspend": (_("Suspend member"), _("Suspended the member")),
    "community.member.serial_votes": (
        _("Reverse serial votes"),
        _("Took back the member's serial votes"),
    ),
    "community.idea.status": (_("Change idea status"), _("Changed the status of the idea")),
}


def register(actions) -> None:
    """Called from the ``register_log_actions`` hook."""
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)
