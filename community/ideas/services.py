"""Ideas move through their statuses, each step with an official response."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from community.badges.services import badges_on_event
from community.changes import threads_changed
from community.errors import ModerationInvalid, ModerationNotAllowed, PostInvalid
from community.ledger import Event, ledger_record
from community.models import IdeaStatusChange, Thread
from community.notifications.services import notify_idea_status
from community.services import at_most_characters

RESPONSE_MAX_LENGTH = 5000


def may_respond(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm("community.respond_to_idea")


@transaction.atomic
def idea_status_change(*, acting_user, thread: Thread, to_status: str, response: str):
    """Move an idea to ``to_status`` with the official word on why; planning it earns its
    author points once."""
    if not may_respond(acting_user):
        raise ModerationNotAllowed(_("Only product staff can change the status of an idea."))
    if thread.kind != Thread.Kind.IDEA:
        raise ModerationInvalid(_("Only ideas have a status."))
    if to_status not in Thread.IdeaStatus.values:
        raise ModerationInvalid(_("Unknown status."))
    response = (response or "").strip()
    if not response:
        raise PostInvalid(_("Say in a sentence or two why the status changes."))
    if len(response) > RESPONSE_MAX_LENGTH:
        raise PostInvalid(
            _("The official response is too long."),
            at_most_characters(RESPONSE_MAX_LENGTH),
        )
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if thread.idea_status == to_status:
        raise ModerationInvalid(_("The idea already has that status."))
    change = IdeaStatusChange.objects.create(
        thread=thread,
        from_status=thread.idea_status,
        to_status=to_status,
        response=response,
        changed_by=acting_user,
    )
    thread.idea_status = to_status
    thread.save(update_fields=["idea_status"])
    # Planning one's own idea earns nothing, as accepting one's own answer does not.
    if to_status == Thread.IdeaStatus.PLANNED and thread.author_id not in (None, acting_user.pk):
        opening = thread.posts.get(is_opening=True)
        ledger_record(
            user=thread.author,
            event=Event.IDEA_PLANNED,
            source=f"post:{opening.pk}:planned",
            points=settings.COMMUNITY_POINTS["idea_planned"],
            post=opening,
        )
    notify_idea_status(thread=thread, change=change, actor=acting_user)
    badges_on_event("idea_status", [thread.author_id])
    threads_changed([thread.pk])
    log(
        thread,
        "community.idea.status",
        user=acting_user,
        data={"from": change.from_status, "to": to_status},
    )
    return change
