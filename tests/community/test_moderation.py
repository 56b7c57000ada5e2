"""Flags, moderators' actions, their history, and the points that hiding takes and gives back."""

import itertools
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import ModelLogEntry

from community import selectors, services, trust
from community.errors import (
    CommunityRateLimited,
    FlagAlreadyGiven,
    FlagNotAllowed,
    ModerationInvalid,
    VoteNotAllowed,
)
from community.errors import ModerationNotAllowed as NotAllowed
from community.models import Flag, LedgerEntry, Post, Thread
from community.moderation import services as moderation
from search.models import IndexChange


@pytest.fixture
def reply(question, other_member):
    return services.post_reply(author=other_member, thread=question, body="Try Reports → Export.")


@pytest.fixture
def duplicate(space, member, english):
    """A second question asking what ``question`` asks."""
    return services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind="question",
        title="Exporting hours to a spreadsheet?",
        body="Same as the other one.",
    )


_flaggers = itertools.count(1)


def flag_from(n, post):
    User = get_user_model()
    return [
        moderation.flag_post(
            flagger=User.objects.create_user(f"flagger{next(_flaggers)}"), post=post, reason="spam"
        )
        for _ in range(n)
    ]


def test_a_member_flags_a_post_once_and_never_their_own(reply, member, other_member):
    moderation.flag_post(flagger=member, post=reply, reason="rude", note="Name-calling")

    with pytest.raises(FlagAlreadyGiven):
        moderation.flag_post(flagger=member, post=reply, reason="spam")
    with pytest.raises(FlagNotAllowed):
        moderation.flag_post(flagger=other_member, post=reply, reason="spam")
    assert Flag.objects.filter(post=reply).count() == 1


def test_enough_flags_hide_a_post_from_members_until_reviewed(reply, question, member, settings):
    settings.COMMUNITY_FLAGS_TO_HIDE = 3
    flag_from(2, reply)
    assert Post.objects.get(pk=reply.pk).is_visible

    flag_from(1, reply)

    reply.refresh_from_db()
    assert reply.is_hidden
    shown = selectors.post_list_readable(viewer=member, thread=question)
    assert reply not in shown
    question.refresh_from_db()
    assert question.reply_count == 0
    assert ModelLogEntry.objects.filter(action="community.post.hide", object_id=str(reply.pk))


def test_hiding_reverses_the_posts_points_and_restoring_gives_them_back(
    reply, question, member, other_member, moderator
):
    services.vote_cast(voter=member, post=reply, value=1)
    services.answer_accept(acting_user=member, post=reply)
    earned = trust.points_of(other_member)
    assert earned == 2 + 10 + 15

    moderation.post_hide(moderator=moderator, post=reply)
    assert trust.points_of(other_member) == 0
    assert LedgerEntry.objects.filter(reason="hidden").count() == 3

    moderation.post_restore(moderator=moderator, post=reply)
    assert trust.points_of(other_member) == earned
    moderation.post_restore(moderator=moderator, post=reply)  # twice changes nothing
    assert trust.points_of(other_member) == earned


def test_a_vote_taken_back_while_hidden_is_not_given_back(reply, member, other_member, moderator):
    services.vote_cast(voter=member, post=reply, value=1)
    moderation.post_hide(moderator=moderator, post=reply)
    services.vote_retract(voter=member, post=reply)

    moderation.post_restore(moderator=moderator, post=reply)

    assert trust.points_of(other_member) == 2  # the answer only


def test_a_hidden_opening_post_hides_its_thread(question, moderator, member):
    moderation.post_hide(moderator=moderator, post=question.posts.get(is_opening=True))

    assert not selectors.thread_list(viewer=get_user_model().objects.create_user("x")).filter(
        pk=question.pk
    )
    assert selectors.thread_list(viewer=moderator).filter(pk=question.pk)
    assert IndexChange.objects.filter(kind="thread", key=str(question.pk)).exists()


def test_members_cannot_moderate(question, other_member):
    with pytest.raises(NotAllowed):
        moderation.thread_lock(moderator=other_member, thread=question)
    question.refresh_from_db()
    assert not question.is_locked


def test_lock_pin_move_and_merge_are_logged(question, duplicate, make_space, moderator):
    elsewhere = make_space("billing")

    moderation.thread_lock(moderator=moderator, thread=question)
    moderation.thread_pin(moderator=moderator, thread=question)
    moderation.thread_move(moderator=moderator, thread=question, space=elsewhere)
    moderation.thread_merge(moderator=moderator, thread=duplicate, into=question)

    question.refresh_from_db()
    duplicate.refresh_from_db()
    assert question.is_locked and question.is_pinned and question.space == elsewhere
    assert duplicate.merged_into == question
    assert question.posts.count() == 2 and question.reply_count == 1
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {
        "community.thread.lock",
        "community.thread.pin",
        "community.thread.move",
        "community.thread.merge",
    } <= actions
    with pytest.raises(ModerationInvalid):
        moderation.thread_merge(moderator=moderator, thread=question, into=question)


def test_a_soft_delete_can_be_undone_by_a_moderator(reply, question, other_member, moderator):
    moderation.post_delete(acting_user=other_member, post=reply)
    reply.refresh_from_db()
    assert reply.deleted_at and trust.points_of(other_member) == 0

    moderation.post_undelete(moderator=moderator, post=reply)

    reply.refresh_from_db()
    assert reply.deleted_at is None and trust.points_of(other_member) == 2
    question.refresh_from_db()
    assert question.reply_count == 1


def test_suspending_a_member_cancels_their_votes_points(reply, member, other_member, moderator):
    services.vote_cast(voter=member, post=reply, value=1)

    moderation.member_suspend(
        moderator=moderator, user=member, until=timezone.now() + timedelta(days=7)
    )

    assert trust.points_of(other_member) == 2
    with pytest.raises(VoteNotAllowed):
        services.vote_cast(voter=member, post=reply, value=-1)


def test_suspending_a_member_takes_their_votes_out_of_the_scores(
    question, reply, member, other_member, moderator
):
    services.vote_cast(voter=member, post=reply, value=1)
    services.vote_cast(voter=other_member, post=question.posts.get(is_opening=True), value=1)
    services.vote_cast(voter=moderator, post=reply, value=1)

    moderation.member_suspend(
        moderator=moderator, user=member, until=timezone.now() + timedelta(days=7)
    )

    reply.refresh_from_db()
    assert reply.score == 1  # the moderator's vote alone
    assert not reply.votes.filter(voter=member).exists()
    assert Thread.objects.get(pk=question.pk).score == 1  # another member's vote stays


def test_a_suspended_member_cannot_flag(reply, member, moderator):
    moderation.member_suspend(
        moderator=moderator, user=member, until=timezone.now() + timedelta(days=7)
    )

    with pytest.raises(FlagNotAllowed):
        moderation.flag_post(flagger=member, post=reply, reason="spam")

    assert not Flag.objects.filter(flagger=member).exists()


def test_a_member_may_flag_only_so_many_posts_a_day(question, make_member, other_member, redis):
    newcomer = make_member("newcomer", days=0)
    limit = trust.limits_for(newcomer)["flags"]
    posts = [
        services.post_reply(author=other_member, thread=question, body=f"Reply {n}.")
        for n in range(limit + 1)
    ]
    for post in posts[:limit]:
        moderation.flag_post(flagger=newcomer, post=post, reason="spam")

    with pytest.raises(CommunityRateLimited):
        moderation.flag_post(flagger=newcomer, post=posts[limit], reason="spam")

    assert Flag.objects.filter(flagger=newcomer).count() == limit


def test_hiding_the_latest_reply_gives_the_thread_back_its_earlier_activity(
    question, reply, moderator
):
    later = services.post_reply(author=moderator, thread=question, body="Spam, later.")
    assert Thread.objects.get(pk=question.pk).last_activity_at == later.created_at

    moderation.post_hide(moderator=moderator, post=later)
    assert Thread.objects.get(pk=question.pk).last_activity_at == reply.created_at

    moderation.post_restore(moderator=moderator, post=later)
    assert Thread.objects.get(pk=question.pk).last_activity_at == later.created_at


def test_merging_takes_back_the_points_of_the_acceptance_it_drops(
    question, duplicate, member, other_member, moderator
):
    answer = services.post_reply(author=other_member, thread=duplicate, body="Use Export.")
    services.answer_accept(acting_user=member, post=answer)
    before = trust.points_of(other_member)

    moderation.thread_merge(moderator=moderator, thread=duplicate, into=question)

    assert trust.points_of(other_member) == before - settings.COMMUNITY_POINTS["accepted"]


def test_a_moderator_dismissing_a_flag_closes_it(reply, member, moderator):
    flag = moderation.flag_post(flagger=member, post=reply, reason="off_topic")

    moderation.flag_dismiss(moderator=moderator, flag=flag)

    flag.refresh_from_db()
    assert flag.resolved_at and flag.upheld is False
    assert Thread.objects.get(pk=reply.thread_id).reply_count == 1
