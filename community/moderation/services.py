"""Moderation: members' flags, and what moderators do to posts, threads and members.

Each step is one transaction that writes its Wagtail log entry (``log_actions``), its ledger
reversals or restorations, and leaves the search index to the outbox.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from community import trust
from community.badges.services import badges_on_event
from community.changes import threads_changed
from community.errors import (
    FlagAlreadyGiven,
    FlagNotAllowed,
    ModerationInvalid,
    ModerationNotAllowed,
    PostInvalid,
)
from community.ledger import ledger_restore, ledger_reverse_all, live, suspended
from community.models import Flag, LedgerEntry, Member, Post, Space, Thread, Vote
from community.models.moderation import NOTE_MAX_LENGTH
from community.notifications.unread import unread_forget_everyone
from community.selectors import is_moderator
from community.services import (
    at_most_characters,
    daily_limit_check,
    space_check_takes,
    vote_take_back,
)

Reason = LedgerEntry.Reason


def _require_moderator(user) -> None:
    if not is_moderator(user):
        raise ModerationNotAllowed(_("Only moderators can do this."))


def _reindex(*threads: Thread) -> None:
    """What members see of ``threads`` changed: their search documents and the unread
    counts (a notification on a hidden post is not shown) follow."""
    threads_changed([thread.pk for thread in threads])
    unread_forget_everyone()


def _refresh_thread(thread: Thread) -> None:
    """The thread's reply count and last activity, from its visible posts."""
    visible = Post.objects.filter(thread=thread, is_hidden=False, deleted_at__isnull=True)
    found = visible.aggregate(posts=Count("pk"), latest=Max("created_at"))
    changes = {"reply_count": max(0, found["posts"] - 1)}
    if found["latest"] is not None:
        changes["last_activity_at"] = found["latest"]
    Thread.objects.filter(pk=thread.pk).update(**changes)


# Flags


@transaction.atomic
def flag_post(*, flagger, post: Post, reason: str, note: str = "") -> Flag:
    """A member's flag; enough of them (or one from a trusted member) hide the post."""
    if reason not in Flag.Reason.values:
        raise PostInvalid(_("Choose why you are flagging this post."))
    note = note.strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise PostInvalid(
            _("The note is too long."),
            at_most_characters(NOTE_MAX_LENGTH),
        )
    if post.author_id == flagger.pk:
        raise FlagNotAllowed(_("You cannot flag your own post."))
    if suspended(flagger):
        raise FlagNotAllowed(_("Your account is suspended from the community for now."))
    if not post.is_visible:
        raise FlagNotAllowed(_("This post is already hidden."))
    daily_limit_check(flagger, "flags")
    try:
        with transaction.atomic():
            flag = Flag.objects.create(post=post, flagger=flagger, reason=reason, note=note)
    except IntegrityError:
        raise FlagAlreadyGiven(_("You have flagged this post already.")) from None
    open_flags = Flag.objects.filter(post=post, resolved_at__isnull=True).count()
    if open_flags >= settings.COMMUNITY_FLAGS_TO_HIDE or trust.limits_for(flagger)["flag_hides"]:
        _hide(post, reason=Reason.HIDDEN)
        log(post, "community.post.hide", user=None, data={"flags": open_flags})
    return flag


@transaction.atomic
def flag_dismiss(*, moderator, flag: Flag) -> Flag:
    _require_moderator(moderator)
    flag.resolved_at, flag.resolved_by, flag.upheld = timezone.now(), moderator, False
    flag.save(update_fields=["resolved_at", "resolved_by", "upheld"])
    log(flag.post, "community.flag.dismiss", user=moderator, data={"flag": flag.pk})
    return flag


@transaction.atomic
def post_flags_dismiss(*, moderator, post: Post) -> int:
    """Dismiss every open flag of a post (the post stays as it is); how many were open."""
    _require_moderator(moderator)
    open_flags = list(Flag.objects.filter(post=post, resolved_at__isnull=True).order_by("pk"))
    for flag in open_flags:
        flag_dismiss(moderator=moderator, flag=flag)
    return len(open_flags)


def _resolve_flags(post: Post, moderator, *, upheld: bool) -> None:
    open_flags = Flag.objects.filter(post=post, resolved_at__isnull=True)
    flaggers = list(open_flags.values_list("flagger_id", flat=True))
    open_flags.update(resolved_at=timezone.now(), resolved_by=moderator, upheld=upheld)
    badges_on_event("flag_resolved", flaggers)


# Posts


def _posts_entries(posts):
    return LedgerEntry.objects.filter(post__in=posts)


def _hide(post: Post, *, reason: str) -> None:
    Post.objects.filter(pk=post.pk).update(is_hidden=True)
    post.is_hidden = True
    ledger_reverse_all(_posts_entries([post]), reason=reason)
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(is_hidden=True)
    _refresh_thread(post.thread)
    _reindex(post.thread)
    badges_on_event("hide", [post.author_id])


def _still_applies(entry: LedgerEntry, post: Post) -> bool:
    """Whether a reversed entry would count today: its vote still cast as it was, its answer
    still accepted."""
    parts = entry.source.split(":")
    if len(parts) == 5 and parts[2] == "vote":
        return Vote.objects.filter(pk=parts[3], revision=parts[4]).exists()
    if len(parts) == 4 and parts[2] == "accept":
        accepted = Thread.objects.filter(pk=post.thread_id, accepted_answer=post).exists()
        return (
            accepted and not live(LedgerEntry.objects.filter(post=post, event="accepted")).exists()
        )
    return True


def _give_back(post: Post, reason: str) -> None:
    reversals = LedgerEntry.objects.filter(post=post, reason=reason, reverses__isnull=False)
    for reversal in reversals.select_related("reverses"):
        if _still_applies(reversal.reverses, post):
            ledger_restore(reversal)


@transaction.atomic
def post_hide(*, moderator, post: Post) -> Post:
    _require_moderator(moderator)
    if not post.is_hidden:
        _hide(post, reason=Reason.HIDDEN)
        log(post, "community.post.hide", user=moderator)
    _resolve_flags(post, moderator, upheld=True)
    return post


@transaction.atomic
def post_restore(*, moderator, post: Post) -> Post:
    """Show a hidden post again, and give back the points its hiding took."""
    _require_moderator(moderator)
    if post.is_hidden:
        Post.objects.filter(pk=post.pk).update(is_hidden=False)
        post.is_hidden = False
        if post.is_opening:
            Thread.objects.filter(pk=post.thread_id).update(is_hidden=False)
        if post.deleted_at is None:
            _give_back(post, Reason.HIDDEN)
        _refresh_thread(post.thread)
        _reindex(post.thread)
        badges_on_event("restore", [post.author_id])
        log(post, "community.post.restore", user=moderator)
    _resolve_flags(post, moderator, upheld=False)
    return post


@transaction.atomic
def post_delete(*, acting_user, post: Post) -> Post:
    """Delete softly: by its author or a moderator; a moderator can bring it back."""
    if acting_user.pk != post.author_id and not is_moderator(acting_user):
        raise ModerationNotAllowed(_("Only the author or a moderator can delete this post."))
    if post.deleted_at is None:
        now = timezone.now()
        Post.objects.filter(pk=post.pk).update(deleted_at=now)
        post.deleted_at = now
        ledger_reverse_all(_posts_entries([post]), reason=Reason.DELETED)
        if post.is_opening:
            Thread.objects.filter(pk=post.thread_id).update(deleted_at=now)
        _refresh_thread(post.thread)
        _reindex(post.thread)
        badges_on_event("delete", [post.author_id])
        log(post, "community.post.delete", user=acting_user)
    if is_moderator(acting_user):
        # A moderator who deletes a flagged post agrees with its flags.
        _resolve_flags(post, acting_user, upheld=True)
    return post


@transaction.atomic
def post_undelete(*, moderator, post: Post) -> Post:
    _require_moderator(moderator)
    if post.deleted_at is not None:
        Post.objects.filter(pk=post.pk).update(deleted_at=None)
        post.deleted_at = None
        if post.is_opening:
            Thread.objects.filter(pk=post.thread_id).update(deleted_at=None)
        if not post.is_hidden:
            _give_back(post, Reason.DELETED)
        _refresh_thread(post.thread)
        _reindex(post.thread)
        badges_on_event("restore", [post.author_id])
        log(post, "community.post.undelete", user=moderator)
    return post


# Threads


def _toggle(thread: Thread, field: str, value: bool, moderator, on: str, off: str) -> Thread:
    _require_moderator(moderator)
    if getattr(thread, field) != value:
        setattr(thread, field, value)
        thread.save(update_fields=[field])
        log(thread, on if value else off, user=moderator)
        threads_changed([thread.pk])
    return thread


@transaction.atomic
def thread_lock(*, moderator, thread: Thread, locked: bool = True) -> Thread:
    return _toggle(
        thread, "is_locked", locked, moderator, "community.thread.lock", "community.thread.unlock"
    )


@transaction.atomic
def thread_pin(*, moderator, thread: Thread, pinned: bool = True) -> Thread:
    return _toggle(
        thread, "is_pinned", pinned, moderator, "community.thread.pin", "community.thread.unpin"
    )


@transaction.atomic
def thread_move(*, moderator, thread: Thread, space: Space) -> Thread:
    _require_moderator(moderator)
    if thread.space_id != space.pk:
        space_check_takes(space, kind=thread.kind, locale=thread.locale)
        moved_from = thread.space
        thread.space = space
        thread.save(update_fields=["space"])
        _reindex(thread)
        log(
            thread,
            "community.thread.move",
            user=moderator,
            data={"from": moved_from.slug, "to": space.slug},
        )
    return thread


@transaction.atomic
def thread_merge(*, moderator, thread: Thread, into: Thread) -> Thread:
    """Move every post of ``thread`` into ``into`` (its opening post becomes a reply) and
    leave ``thread``, and every thread merged into it before, pointing at ``into``."""
    _require_moderator(moderator)
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if thread.pk == into.pk or into.merged_into_id:
        raise ModerationInvalid(_("Choose another thread to merge into."))
    if thread.accepted_answer_id:  # the answer is one reply among others in ``into``
        accepted = LedgerEntry.objects.filter(
            event=LedgerEntry.Event.ACCEPTED, post_id=thread.accepted_answer_id
        )
        ledger_reverse_all(accepted, reason=Reason.UNACCEPTED)
        badges_on_event("accept", [thread.accepted_answer.author_id])
    thread.posts.update(thread=into, is_opening=False)
    thread.merged_threads.update(merged_into=into)  # links to those lead on to ``into`` too
    thread.merged_into = into
    thread.accepted_answer = None
    thread.save(update_fields=["merged_into", "accepted_answer"])
    _refresh_thread(into)
    _reindex(thread, into)
    log(into, "community.thread.merge", user=moderator, data={"merged": thread.pk})
    return into


# Members


@transaction.atomic
def member_suspend(*, moderator, user, until) -> Member:
    """Suspend a member until ``until``: no posts or votes, and their votes count nothing."""
    _require_moderator(moderator)
    member, _created = Member.objects.get_or_create(user=user)
    member.suspended_until = until
    member.save(update_fields=["suspended_until"])
    votes = list(
        Vote.objects.select_for_update(of=("self",)).filter(voter=user).select_related("post")
    )
    for vote in votes:
        vote_take_back(vote, reason=Reason.SUSPENDED)
    badges_on_event("suspend", {vote.post.author_id for vote in votes})
    log(member, "community.member.suspend", user=moderator, data={"until": until.isoformat()})
    return member
