"""Serial voting: a burst of one member's votes on another's posts is taken back by the
scheduled job, with reversals in the ledger; ordinary voting is left alone."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from community import services, trust
from community.models import LedgerEntry, Post, Thread, Vote

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _rule(settings):
    settings.COMMUNITY_SERIAL_VOTES = 5
    settings.COMMUNITY_SERIAL_VOTING_HOURS = 24
    settings.COMMUNITY_VOTE_POINTS_PER_DAY = 10_000


def _answers(thread, author, count: int) -> list[Post]:
    return [
        services.post_reply(author=author, thread=thread, body=f"Answer number {number}.")
        for number in range(count)
    ]


def _vote_on(voter, posts, *, hours_apart: float = 0.0) -> None:
    """Upvote each post; each vote is dated ``hours_apart`` after the one before."""
    start = timezone.now() - timedelta(hours=hours_apart * len(posts))
    for number, post in enumerate(posts):
        vote = services.vote_cast(voter=voter, post=post, value=1)
        Vote.objects.filter(pk=vote.pk).update(
            cast_at=start + timedelta(hours=hours_apart * number)
        )


def test_five_quick_votes_on_one_members_posts_are_taken_back(question, member, other_member):
    posts = _answers(question, other_member, 5)
    earned_before_votes = trust.points_of(other_member)
    _vote_on(member, posts)
    assert trust.points_of(other_member) > earned_before_votes

    assert services.serial_votes_reverse() == 5

    assert trust.points_of(other_member) == earned_before_votes
    assert not Vote.objects.filter(voter=member).exists()
    assert {post.score for post in Post.objects.filter(pk__in=[p.pk for p in posts])} == {0}
    reversals = LedgerEntry.objects.filter(user=other_member, reason="serial_voting")
    assert reversals.count() == 5 and all(entry.points < 0 for entry in reversals)
    assert ModelLogEntry.objects.filter(action="community.member.serial_votes").count() == 1


def test_a_second_run_takes_nothing_more(question, member, other_member):
    _vote_on(member, _answers(question, other_member, 5))
    services.serial_votes_reverse()
    rows = LedgerEntry.objects.count()

    assert services.serial_votes_reverse() == 0
    assert LedgerEntry.objects.count() == rows


def test_four_votes_are_ordinary_voting(question, member, other_member):
    _vote_on(member, _answers(question, other_member, 4))
    points = trust.points_of(other_member)

    assert services.serial_votes_reverse() == 0
    assert trust.points_of(other_member) == points
    assert Vote.objects.filter(voter=member).count() == 4


def test_votes_spread_over_more_than_the_window_are_ordinary_voting(question, member, other_member):
    _vote_on(member, _answers(question, other_member, 5), hours_apart=7)

    assert services.serial_votes_reverse() == 0
    assert Vote.objects.filter(voter=member).count() == 5


def test_votes_on_many_members_posts_are_ordinary_voting(question, member, make_member):
    _vote_on(member, [_answers(question, make_member(), 1)[0] for _ in range(5)])

    assert services.serial_votes_reverse() == 0
    assert Vote.objects.filter(voter=member).count() == 5


def test_only_the_burst_is_taken_back_and_the_threads_score_with_it(
    space, english, question, member, other_member
):
    discussion = services.thread_start(
        author=other_member,
        space=space,
        locale=english,
        kind=Thread.Kind.DISCUSSION,
        title="A week at a glance in the timesheet view",
        body="It would help to see the whole week on one screen.",
    )
    earlier, *answers = _answers(question, other_member, 5)
    _vote_on(member, [earlier])
    Vote.objects.filter(post=earlier).update(cast_at=timezone.now() - timedelta(days=5))
    _vote_on(member, [discussion.posts.get(is_opening=True), *answers])
    discussion.refresh_from_db()
    assert discussion.score == 1

    assert services.serial_votes_reverse() == 5

    assert list(Vote.objects.filter(voter=member).values_list("post", flat=True)) == [earlier.pk]
    discussion.refresh_from_db()
    assert discussion.score == 0


def test_the_scheduled_command_takes_serial_votes_back(question, member, other_member):
    _vote_on(member, _answers(question, other_member, 5))

    call_command("community_reverse_serial_votes", verbosity=0)

    assert not Vote.objects.filter(voter=member).exists()
