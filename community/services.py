"""State changes of the community: threads, posts, edits, accepted answers and votes.

Each service is one transaction that checks what the acting member may do, writes its rows
and its ledger entries, and leaves the search index and the kept pages to
``community.changes.threads_changed``.
"""

import unicodedata
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from cms.selectors import user_works_in_admin
from community import trust
from community.badges.services import badges_on_event
from community.changes import score_changed, threads_changed
from community.errors import (
    CommunityRateLimited,
    PostInvalid,
    PostNotAllowed,
    ThreadLocked,
    VoteLocked,
    VoteNotAllowed,
)
from community.ledger import (
    Event,
    ledger_record,
    ledger_reverse_all,
    member_locked,
    suspended,
    vote_points_left_today,
    vote_window,
)
from community.models import (
    LedgerEntry,
    Member,
    Post,
    PostRevision,
    Space,
    Thread,
    ThreadRead,
    Vote,
)
from community.models.threads import POST_MAX_LENGTH, TITLE_MAX_LENGTH
from community.notifications.services import (
    follow_set,
    notify_accepted,
    notify_new_thread,
    notify_reply,
)
from community.selectors import is_moderator, space_allows_posting
from portal.markdown import count_links, render_user_markdown
from portal.rate_limits import counted_over

MAX_TAGS = 5
TAG_MAX_LENGTH = 30
DAY_SECONDS = 24 * 3600


def _points(name: str) -> int:
    return settings.COMMUNITY_POINTS[name]


def _refuse_suspended(user) -> None:
    if suspended(user):
        raise PostNotAllowed(_("Your account is suspended from the community for now."))


def at_most_characters(limit: int) -> str:
    """The hint of a text refused for its length."""
    return ngettext(
        "Use at most %(limit)d character.", "Use at most %(limit)d characters.", limit
    ) % {"limit": limit}


# Characters that show nothing: whitespace, format characters (zero-width spaces and
# joiners, word joiners, direction marks) and the fillers some scripts have.
_FILLERS = frozenset("\u115f\u1160\u2800\u3164\uffa0")


def _shows_nothing(text: str) -> bool:
    return all(
        char.isspace() or char in _FILLERS or unicodedata.category(char) == "Cf" for char in text
    )


def _clean_body(body: str, *, author) -> str:
    body = (body or "").strip()
    if _shows_nothing(body):
        raise PostInvalid(_("Write something first: the text is empty."))
    if len(body) > POST_MAX_LENGTH:
        raise PostInvalid(
            _("The text is too long."),
            at_most_characters(POST_MAX_LENGTH),
        )
    links = trust.limits_for(author)["links"]
    if count_links(body) > links:
        raise PostInvalid(
            _("Too many links for a new member."),
            ngettext(
                "Use at most %(limit)d link until you have taken part a little longer.",
                "Use at most %(limit)d links until you have taken part a little longer.",
                links,
            )
            % {"limit": links},
        )
    return body


def _clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if _shows_nothing(title):
        raise PostInvalid(_("Give the thread a title."))
    if len(title) > TITLE_MAX_LENGTH:
        raise PostInvalid(
            _("The title is too long."),
            at_most_characters(TITLE_MAX_LENGTH),
        )
    return title


def _clean_tags(tags) -> list[str]:
    cleaned = list(dict.fromkeys(" ".join(str(tag).split()).lower() for tag in tags if tag))
    if len(cleaned) > MAX_TAGS:
        raise PostInvalid(
            _("Too many tags."),
            ngettext("Use at most %(limit)d tag.", "Use at most %(limit)d tags.", MAX_TAGS)
            % {"limit": MAX_TAGS},
        )
    for tag in cleaned:
        if len(tag) > TAG_MAX_LENGTH or not slugify(tag, allow_unicode=True):
            raise PostInvalid(
                _("“%(tag)s” cannot be a tag.") % {"tag": tag[:TAG_MAX_LENGTH]},
                _("A tag has letters or digits and at most %(limit)d characters.")
                % {"limit": TAG_MAX_LENGTH},
            )
    return cleaned


def daily_limit_check(user, what: str) -> None:
    """Count one more of ``what`` today for ``user``; refused beyond their level's limit."""
    limit = trust.limits_for(user)[what]
    if counted_over(
        group=f"community-{what}", value=str(user.pk), limit=limit, seconds=DAY_SECONDS
    ):
        messages = {
            "threads": ngettext(
                "You can start %(limit)d thread a day for now.",
                "You can start %(limit)d threads a day for now.",
                limit,
            ),
            "replies": ngettext(
                "You can post %(limit)d reply a day for now.",
                "You can post %(limit)d replies a day for now.",
                limit,
            ),
            "votes": ngettext(
                "You can vote %(limit)d time a day for now.",
                "You can vote %(limit)d times a day for now.",
                limit,
            ),
            "flags": ngettext(
                "You can flag %(limit)d post a day for now.",
                "You can flag %(limit)d posts a day for now.",
                limit,
            ),
        }
        raise CommunityRateLimited(
            messages[what] % {"limit": limit},
            _("The limit grows as you take part. Please come back tomorrow."),
        )


@transaction.atomic
def space_check_takes(space: Space, *, kind: str, locale) -> None:
    """Refuse a thread of ``kind`` in ``locale`` that ``space`` does not take (started there
    or moved there)."""
    if kind == Thread.Kind.IDEA and not space.allows_ideas:
        raise PostNotAllowed(_("This space does not take ideas."))
    if not space.locales.filter(pk=locale.pk).exists():
        raise PostInvalid(_("This space does not take threads in that language."))


@transaction.atomic
def thread_start(
    *, author, space: Space, locale, kind: str, title: str, body: str, tags=()
) -> Thread:
    """A new thread with its opening post, by a member who may post in ``space``."""
    if not space_allows_posting(space=space, viewer=author):
        raise PostNotAllowed(_("Only some members may start threads in this space."))
    if kind not in Thread.Kind.values:
        raise PostInvalid(_("Unknown kind of thread."))
    staff = user_works_in_admin(author)
    if kind == Thread.Kind.ANNOUNCEMENT and not staff:
        raise PostNotAllowed(_("Only staff can post announcements."))
    space_check_takes(space, kind=kind, locale=locale)
    title, body, tags = _clean_title(title), _clean_body(body, author=author), _clean_tags(tags)
    _refuse_suspended(author)
    daily_limit_check(author, "threads")
    now = timezone.now()
    thread = Thread.objects.create(
        space=space,
        kind=kind,
        title=title,
        author=author,
        locale=locale,
        last_activity_at=now,
        idea_status=Thread.IdeaStatus.NEW if kind == Thread.Kind.IDEA else "",
    )
    opening = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        body_html=render_user_markdown(body),
        is_opening=True,
        is_official=staff,
    )
    if tags:
        thread.tags.set(tags)
    follow_set(user=author, thread=thread, following=True)
    notify_new_thread(thread=thread, opening=opening)
    if kind == Thread.Kind.QUESTION:
        ledger_record(
            user=author,
            event=Event.ASKED,
            source=f"post:{opening.pk}",
            points=_points("asked"),
            post=opening,
        )
    badges_on_event("post", [author])
    threads_changed([thread.pk])
    return thread


def _check_open(thread: Thread, user) -> None:
    if thread.is_locked and not is_moderator(user):
        raise ThreadLocked(_("This thread is locked."), _("It takes no new posts or votes."))


@transaction.atomic
def post_reply(*, author, thread: Thread, body: str) -> Post:
    """An answer (in a question) or a reply, by a member who may post in the thread's space."""
    if not space_allows_posting(space=thread.space, viewer=author):
        raise PostNotAllowed(_("Only some members may post in this space."))
    _check_open(thread, author)
    body = _clean_body(body, author=author)
    _refuse_suspended(author)
    daily_limit_check(author, "replies")
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        body_html=render_user_markdown(body),
        is_official=user_works_in_admin(author),
    )
    Thread.objects.filter(pk=thread.pk).update(
        reply_count=F("reply_count") + 1, last_activity_at=post.created_at
    )
    follow_set(user=author, thread=thread, following=True)
    notify_reply(post=post)
    if thread.kind == Thread.Kind.QUESTION and author.pk != thread.author_id:
        ledger_record(
            user=author,
            event=Event.ANSWERED,
            source=f"post:{post.pk}",
            points=_points("answered"),
            post=post,
        )
    badges_on_event("post", [author])
    threads_changed([thread.pk])
    return post


@transaction.atomic
def post_edit(*, editor, post: Post, body: str, title: str | None = None) -> Post:
    """A new text for a post (and a new title for an opening post); the old one is kept."""
    if editor.pk != post.author_id and not is_moderator(editor):
        raise PostNotAllowed(_("Only the author or a moderator can edit this post."))
    _refuse_suspended(editor)
    _check_open(post.thread, editor)
    if title is not None and not post.is_opening:
        raise PostInvalid(_("Only the opening post has a title."))
    body = _clean_body(body, author=editor)
    new_title = _clean_title(title) if title is not None else None
    if body == post.body and new_title in (None, post.thread.title):
        return post
    PostRevision.objects.create(post=post, body=post.body, edited_by=editor)
    post.body, post.body_html, post.edited_at = body, render_user_markdown(body), timezone.now()
    post.save(update_fields=["body", "body_html", "edited_at"])
    if new_title is not None:
        post.thread.title = new_title
        post.thread.save(update_fields=["title"])
    threads_changed([post.thread_id])
    return post


def _accepted_entries(thread: Thread):
    return LedgerEntry.objects.filter(event=Event.ACCEPTED, post__thread=thread)


@transaction.atomic
def answer_accept(*, acting_user, post: Post) -> Thread:
    """Accept ``post`` as the answer to its question: by the asker or a moderator."""
    thread = Thread.objects.select_for_update().get(pk=post.thread_id)
    if thread.kind != Thread.Kind.QUESTION:
        raise PostInvalid(_("Only questions have accepted answers."))
    if acting_user.pk != thread.author_id and not is_moderator(acting_user):
        raise PostNotAllowed(_("Only the person who asked or a moderator can accept an answer."))
    if post.is_opening or not post.is_visible:
        raise PostInvalid(_("Choose one of the answers."))
    if thread.accepted_answer_id == post.pk:
        return thread
    before = thread.accepted_answer.author_id if thread.accepted_answer else None
    ledger_reverse_all(_accepted_entries(thread), reason=LedgerEntry.Reason.UNACCEPTED)
    thread.accepted_answer = post
    thread.save(update_fields=["accepted_answer"])
    if post.author_id and post.author_id not in (thread.author_id, acting_user.pk):
        accepted_before = LedgerEntry.objects.filter(
            event=Event.ACCEPTED, post=post, reverses__isnull=True
        ).count()
        ledger_record(
            user=post.author,
            event=Event.ACCEPTED,
            source=f"post:{post.pk}:accept:{accepted_before + 1}",
            points=_points("accepted"),
            post=post,
        )
        notify_accepted(post=post, actor=acting_user, generation=accepted_before + 1)
    badges_on_event("accept", [before, post.author_id])
    threads_changed([thread.pk])
    return thread


@transaction.atomic
def answer_unaccept(*, acting_user, thread: Thread) -> Thread:
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    if acting_user.pk != thread.author_id and not is_moderator(acting_user):
        raise PostNotAllowed(_("Only the person who asked or a moderator can accept an answer."))
    if thread.accepted_answer_id is None:
        return thread
    before = thread.accepted_answer.author_id
    ledger_reverse_all(_accepted_entries(thread), reason=LedgerEntry.Reason.UNACCEPTED)
    thread.accepted_answer = None
    thread.save(update_fields=["accepted_answer"])
    badges_on_event("accept", [before])
    threads_changed([thread.pk])
    return thread


def _vote_points(post: Post, value: int) -> tuple[str, int]:
    question = post.thread.kind == Thread.Kind.QUESTION
    if value < 0:
        return Event.DOWNVOTE_RECEIVED, _points("downvoted")
    if not question:
        return Event.UPVOTE_RECEIVED, _points("post_upvoted")
    return Event.UPVOTE_RECEIVED, _points(
        "question_upvoted" if post.is_opening else "answer_upvoted"
    )


def _vote_source(vote: Vote) -> str:
    return f"post:{vote.post_id}:vote:{vote.pk}:{vote.revision}"


def _credit_vote(vote: Vote, post: Post) -> None:
    """The author's ledger entry for ``vote``; upvotes within the daily cap."""
    if post.author_id is None:
        return
    member_locked(post.author)  # one vote at a time against the author's daily cap
    event, points = _vote_points(post, vote.value)
    if event == Event.UPVOTE_RECEIVED:
        points = min(points, vote_points_left_today(post.author))
    ledger_record(
        user=post.author, event=event, source=_vote_source(vote), points=points, post=post
    )


def _uncredit_vote(vote: Vote, post: Post, reason: str = LedgerEntry.Reason.RETRACTED) -> None:
    if post.author_id is not None:
        ledger_reverse_all(
            LedgerEntry.objects.filter(source=_vote_source(vote), user_id=post.author_id),
            reason=reason,
        )


def _rescore(post: Post, delta: int) -> None:
    if not delta:
        return
    Post.objects.filter(pk=post.pk).update(score=F("score") + delta)
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(score=F("score") + delta)


def _check_may_vote(voter, post: Post, value: int) -> None:
    if value not in (1, -1):
        raise PostInvalid(_("A vote is up (1) or down (−1)."))
    if post.author_id == voter.pk:
        raise VoteNotAllowed(_("You cannot vote on your own post."))
    if value < 0 and post.thread.kind != Thread.Kind.QUESTION:
        raise VoteNotAllowed(_("Only questions and answers take downvotes."))
    if not post.is_visible:
        raise VoteNotAllowed(_("This post is hidden and takes no votes."))
    _check_open(post.thread, voter)


def _check_changeable(vote: Vote, post: Post) -> None:
    window_open = timezone.now() - vote.cast_at <= vote_window()
    edited_since = post.edited_at is not None and post.edited_at > vote.cast_at
    if not (window_open or edited_since):
        raise VoteLocked(
            _("Your vote is locked in."),
            _("A vote can be changed for a few minutes, or after the post is edited."),
        )


@transaction.atomic
def vote_cast(*, voter, post: Post, value: int) -> Vote:
    """The member's vote on ``post`` becomes ``value``: cast, or changed within its window."""
    post = (
        Post.objects.select_for_update(of=("self",))
        .select_related("thread", "author")
        .get(pk=post.pk)
    )
    _check_may_vote(voter, post, value)
    if suspended(voter):
        raise VoteNotAllowed(_("Your account is suspended from the community for now."))
    vote = Vote.objects.filter(post=post, voter=voter).first()
    if vote is not None and vote.value == value:
        return vote
    if vote is None:
        daily_limit_check(voter, "votes")
        vote = Vote.objects.create(post=post, voter=voter, value=value, cast_at=timezone.now())
        _rescore(post, value)
    else:
        _check_changeable(vote, post)
        _uncredit_vote(vote, post)
        _rescore(post, value - vote.value)
        vote.value, vote.revision, vote.cast_at = value, vote.revision + 1, timezone.now()
        vote.save(update_fields=["value", "revision", "cast_at"])
    _credit_vote(vote, post)
    badges_on_event("vote", [post.author_id])
    score_changed(post)
    return vote


@transaction.atomic
def vote_retract(*, voter, post: Post) -> None:
    """Take the member's vote on ``post`` back, within its window."""
    post = (
        Post.objects.select_for_update(of=("self",))
        .select_related("thread", "author")
        .get(pk=post.pk)
    )
    vote = Vote.objects.filter(post=post, voter=voter).first()
    if vote is None:
        return
    _check_open(post.thread, voter)
    if suspended(voter):
        raise VoteNotAllowed(_("Your account is suspended from the community for now."))
    _check_changeable(vote, post)
    _uncredit_vote(vote, post)
    _rescore(post, -vote.value)
    vote.delete()
    badges_on_event("vote", [post.author_id])
    score_changed(post)


def thread_read_record(*, reader, thread: Thread, posts_read: int) -> None:
    """Remember how many posts of ``thread`` the member has seen (only ever more)."""
    if not reader.is_authenticated:
        return
    read, created = ThreadRead.objects.get_or_create(
        thread=thread, reader=reader, defaults={"posts_read": posts_read, "read_at": timezone.now()}
    )
    if not created and posts_read > read.posts_read:
        ThreadRead.objects.filter(pk=read.pk).update(posts_read=posts_read, read_at=timezone.now())


def _serial(votes: list[Vote], window: timedelta) -> list[Vote]:
    """The votes of ``votes`` (one voter's on one author's posts, oldest first) that fall in
    some span of ``window`` holding ``COMMUNITY_SERIAL_VOTES`` of them or more."""
    least = settings.COMMUNITY_SERIAL_VOTES
    serial: set[int] = set()
    for first in range(len(votes) - least + 1):
        last = first + least - 1
        if votes[last].cast_at - votes[first].cast_at <= window:
            serial.update(range(first, last + 1))
    return [votes[number] for number in sorted(serial)]


def _serial_pairs(since) -> list[tuple[int, int]]:
    """(voter, author) pairs with enough votes since ``since`` to be serial voting."""
    return list(
        Vote.objects.filter(cast_at__gte=since, post__author__isnull=False)
        .values("voter", "post__author")
        .annotate(n=Count("pk"))
        .filter(n__gte=settings.COMMUNITY_SERIAL_VOTES)
        .values_list("voter", "post__author")
    )


def vote_take_back(vote: Vote, *, reason: str) -> None:
    """``vote`` no longer counts: its points are reversed, the post's score loses it and the
    vote is gone (the voter may vote again). Lock the vote before."""
    _uncredit_vote(vote, vote.post, reason=reason)
    _rescore(vote.post, -vote.value)
    score_changed(vote.post)
    vote.delete()


@transaction.atomic
def serial_votes_reverse(*, now=None) -> int:
    """Take back serial voting: every vote one member cast on another's posts in a burst of
    ``COMMUNITY_SERIAL_VOTES`` or more within ``COMMUNITY_SERIAL_VOTING_HOURS``. Each loses
    its points (a reversal row) and its effect on the post's score, and the voter's record
    says so. Looks back two windows, so an hourly run misses no burst; a second run finds
    nothing more. Returns the number of votes taken back."""
    window = timedelta(hours=settings.COMMUNITY_SERIAL_VOTING_HOURS)
    since = (now or timezone.now()) - 2 * window
    taken = 0
    authors = set()
    for voter_id, author_id in _serial_pairs(since):
        votes = list(
            Vote.objects.select_for_update(of=("self",))
            .filter(voter_id=voter_id, post__author_id=author_id, cast_at__gte=since)
            .select_related("post")
            .order_by("cast_at", "pk")
        )
        serial = _serial(votes, window)
        for vote in serial:
            vote_take_back(vote, reason=LedgerEntry.Reason.SERIAL_VOTING)
        if serial:
            member, _created = Member.objects.get_or_create(user_id=voter_id)
            log(
                member,
                "community.member.serial_votes",
                data={"author": author_id, "votes": len(serial)},
            )
            taken += len(serial)
            authors.add(author_id)
    badges_on_event("vote", authors)
    return taken
