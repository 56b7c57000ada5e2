"""The community's rules as its services keep them: posting, votes, accepted answers, points."""

import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import close_old_connections, connection
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale

from community import services, trust
from community.errors import (
    CommunityRateLimited,
    PostInvalid,
    PostNotAllowed,
    ThreadLocked,
    VoteLocked,
    VoteNotAllowed,
)
from community.ledger import ledger_record
from community.models import LedgerEntry, Member, Post, PostRevision, Space, Thread, Vote
from demo.site import seed_demo
from search.models import IndexChange

POINTS = {
    "asked": 1,
    "answered": 2,
    "question_upvoted": 5,
    "answer_upvoted": 10,
    "post_upvoted": 2,
    "downvoted": -2,
    "accepted": 15,
    "idea_planned": 20,
}


def points(user) -> int:
    return trust.points_of(user)


def answer(thread, author, body="Use **Reports → Export** and pick the month."):
    return services.post_reply(author=author, thread=thread, body=body)


def opening(thread) -> Post:
    return thread.posts.get(is_opening=True)


@pytest.fixture(autouse=True)
def _points(settings):
    settings.COMMUNITY_POINTS = POINTS


# Posting


def test_a_question_opens_with_its_post_tags_and_a_point_for_asking(question, member):
    assert question.posts.get().is_opening
    assert sorted(question.tags.names()) == ["export", "timesheets"]
    assert points(member) == 1
    assert IndexChange.objects.filter(kind="thread", key=str(question.pk)).exists()


@pytest.mark.parametrize(
    ("title", "body"),
    [("", "A body"), ("A title", ""), ("A title", "   \n "), ("A title", "x" * 1_000_000)],
)
def test_an_empty_or_huge_thread_is_refused_and_nothing_is_saved(
    space, member, english, title, body
):
    with pytest.raises(PostInvalid):
        services.thread_start(
            author=member, space=space, locale=english, kind="question", title=title, body=body
        )

    assert not Thread.objects.filter(space=space).exists()
    assert not LedgerEntry.objects.filter(user=member).exists()


@pytest.mark.parametrize(
    ("title", "body"),
    [("\u200b\u200b", "A body"), ("A title", "\u200b\u2060\ufeff"), ("A title", "\u3164 \u2800")],
)
def test_a_title_or_text_that_shows_nothing_is_refused(space, member, english, title, body):
    with pytest.raises(PostInvalid):
        services.thread_start(
            author=member, space=space, locale=english, kind="question", title=title, body=body
        )

    assert not Thread.objects.filter(space=space).exists()


def test_a_thread_that_fails_after_its_first_row_leaves_nothing(
    space, member, english, monkeypatch
):
    def fail(**kwargs):
        raise RuntimeError("notifications are down")

    monkeypatch.setattr(services, "notify_new_thread", fail)

    with pytest.raises(RuntimeError):
        services.thread_start(
            author=member, space=space, locale=english, kind="question", title="Q", body="x"
        )

    assert not Thread.objects.filter(space=space).exists()
    assert not Post.objects.filter(author=member).exists()


def test_only_staff_post_announcements(space, member, english):
    with pytest.raises(PostNotAllowed):
        services.thread_start(
            author=member, space=space, locale=english, kind="announcement", title="Hi", body="x"
        )


def test_a_member_outside_the_segments_cannot_post_in_a_segment_space(make_space, member, english):
    private = make_space(read_access="segments", post_access="segments")

    with pytest.raises(PostNotAllowed):
        services.thread_start(
            author=member, space=private, locale=english, kind="question", title="Q", body="x"
        )


def test_a_new_members_fourth_thread_on_day_one_is_refused(space, make_member, english, redis):
    newcomer = make_member(days=0)
    for number in range(3):
        services.thread_start(
            author=newcomer,
            space=space,
            locale=english,
            kind="discussion",
            title=f"Hello {number}",
            body="Glad to be here.",
        )

    with pytest.raises(CommunityRateLimited) as refused:
        services.thread_start(
            author=newcomer,
            space=space,
            locale=english,
            kind="discussion",
            title="Hello again",
            body="Still glad.",
        )

    assert "3 threads a day" in refused.value.message
    assert Thread.objects.filter(author=newcomer).count() == 3


def test_a_trusted_member_may_start_more_than_three_threads(space, make_member, english):
    regular = make_member(days=30)
    trust_levels = [dict(level) for level in trust.levels()]
    with override_settings(COMMUNITY_TRUST_LEVELS=[trust_levels[0], trust_levels[1]]):
        services.thread_read_record(
            reader=regular, thread=_any_thread(space, english), posts_read=10
        )
        for number in range(4):
            services.thread_start(
                author=regular,
                space=space,
                locale=english,
                kind="discussion",
                title=f"Tip {number}",
                body="Works for me.",
            )

    assert Thread.objects.filter(author=regular).count() == 4


def _any_thread(space, english):
    author = get_user_model().objects.create_user("someone-else")
    return services.thread_start(
        author=author, space=space, locale=english, kind="discussion", title="Hi", body="There"
    )


def test_a_new_member_may_not_post_many_links(question, make_member):
    newcomer = make_member(days=0)

    with pytest.raises(PostInvalid):
        answer(question, newcomer, "See https://a.example, https://b.example and www.c.example")

    assert question.posts.count() == 1


@pytest.mark.parametrize("link", ["[x](//spam.example/{n})", "[x](h&#116;tp://spam.example/{n})"])
def test_a_new_member_may_not_post_many_links_however_spelt(link, question, make_member):
    newcomer = make_member(days=0)

    with pytest.raises(PostInvalid) as refused:
        answer(question, newcomer, " ".join(link.format(n=n) for n in range(6)))

    assert refused.value.message == "Too many links for a new member."
    assert not Post.objects.filter(author=newcomer).exists()


def test_an_edit_keeps_the_earlier_text(question, member, other_member):
    first = opening(question)

    services.post_edit(editor=member, post=first, body="Hours of March, as CSV.", title="Export")

    first.refresh_from_db()
    question.refresh_from_db()
    assert first.body == "Hours of March, as CSV." and first.edited_at
    assert question.title == "Export"
    assert list(PostRevision.objects.filter(post=first).values_list("body", flat=True)) == [
        "I need the hours of **last month** as a spreadsheet."
    ]
    with pytest.raises(PostNotAllowed):
        services.post_edit(editor=other_member, post=first, body="Mine now")


def test_a_suspended_member_cannot_edit_their_posts(question, member):
    Member.objects.update_or_create(
        user=member, defaults={"suspended_until": timezone.now() + timedelta(days=3)}
    )

    with pytest.raises(PostNotAllowed):
        services.post_edit(editor=member, post=opening(question), body="Cheap pills here.")

    assert opening(question).body != "Cheap pills here."
    assert not PostRevision.objects.exists()


def test_a_locked_thread_takes_no_replies_and_no_votes(question, other_member):
    reply = answer(question, other_member)
    Thread.objects.filter(pk=question.pk).update(is_locked=True)
    question.refresh_from_db()
    voter = get_user_model().objects.create_user("voter")

    with pytest.raises(ThreadLocked):
        answer(question, other_member)
    with pytest.raises(ThreadLocked):
        services.vote_cast(voter=voter, post=reply, value=1)

    assert question.posts.count() == 2
    assert not Vote.objects.exists()


# Votes


def test_an_upvote_counts_once_and_pays_the_author(question, member, other_member):
    reply = answer(question, other_member)

    services.vote_cast(voter=member, post=reply, value=1)
    services.vote_cast(voter=member, post=reply, value=1)

    reply.refresh_from_db()
    assert reply.score == 1
    assert points(other_member) == POINTS["answered"] + POINTS["answer_upvoted"]


def test_a_self_vote_is_refused_and_changes_nothing(question, member):
    with pytest.raises(VoteNotAllowed) as refused:
        services.vote_cast(voter=member, post=opening(question), value=1)

    assert "your own post" in refused.value.message
    assert opening(question).score == 0
    assert points(member) == POINTS["asked"]


def test_a_discussion_takes_no_downvotes(space, member, other_member, english):
    talk = services.thread_start(
        author=member, space=space, locale=english, kind="discussion", title="Tea?", body="Or?"
    )

    with pytest.raises(VoteNotAllowed):
        services.vote_cast(voter=other_member, post=opening(talk), value=-1)


def test_changing_a_vote_reverses_the_old_points_and_writes_the_new(question, member, other_member):
    reply = answer(question, other_member)

    services.vote_cast(voter=member, post=reply, value=1)
    services.vote_cast(voter=member, post=reply, value=-1)

    reply.refresh_from_db()
    assert reply.score == -1
    assert points(other_member) == POINTS["answered"] + POINTS["downvoted"]
    rows = LedgerEntry.objects.filter(user=other_member).order_by("pk")
    assert [(row.event, row.points) for row in rows] == [
        ("answered", 2),
        ("upvote_received", 10),
        ("upvote_received", -10),
        ("downvote_received", -2),
    ]
    assert rows[2].reverses == rows[1]


def test_retracting_a_vote_writes_a_reversal_and_edits_nothing(question, member, other_member):
    reply = answer(question, other_member)
    services.vote_cast(voter=member, post=reply, value=1)
    entry = LedgerEntry.objects.get(event="upvote_received")

    services.vote_retract(voter=member, post=reply)

    reply.refresh_from_db()
    assert reply.score == 0 and not Vote.objects.exists()
    assert LedgerEntry.objects.get(pk=entry.pk).points == 10  # untouched
    assert entry.reversal.points == -10
    assert points(other_member) == POINTS["answered"]


def test_a_vote_locks_after_its_window_unless_the_post_is_edited(question, member, other_member):
    reply = answer(question, other_member)
    vote = services.vote_cast(voter=member, post=reply, value=1)
    Vote.objects.filter(pk=vote.pk).update(cast_at=timezone.now() - timedelta(hours=1))

    with pytest.raises(VoteLocked):
        services.vote_retract(voter=member, post=reply)
    assert Vote.objects.filter(pk=vote.pk).exists()

    services.post_edit(editor=other_member, post=reply, body="Reports → Export → CSV.")
    services.vote_retract(voter=member, post=reply)
    assert not Vote.objects.exists()


def test_points_from_votes_stop_at_the_daily_cap(question, other_member, make_member, settings):
    settings.COMMUNITY_VOTE_POINTS_PER_DAY = 25
    reply = answer(question, other_member)

    for _ in range(3):
        services.vote_cast(voter=make_member(), post=reply, value=1)

    reply.refresh_from_db()
    assert reply.score == 3  # every vote counts on the post
    earned = LedgerEntry.objects.filter(user=other_member, event="upvote_received")
    assert list(earned.order_by("pk").values_list("points", flat=True)) == [10, 10, 5]


def test_accepted_answers_are_not_capped(question, member, other_member, settings):
    settings.COMMUNITY_VOTE_POINTS_PER_DAY = 0
    reply = answer(question, other_member)
    services.vote_cast(voter=member, post=reply, value=1)

    services.answer_accept(acting_user=member, post=reply)

    assert points(other_member) == POINTS["answered"] + POINTS["accepted"]


def test_a_suspended_member_cannot_vote(question, other_member, member):
    reply = answer(question, other_member)
    Member.objects.create(user=member, suspended_until=timezone.now() + timedelta(days=3))

    with pytest.raises(VoteNotAllowed):
        services.vote_cast(voter=member, post=reply, value=1)

    assert not Vote.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_upvotes_give_fifty_votes_and_the_right_points(postgres):
    seed_demo(knowledge_base=False, community=False)  # an earlier transactional test emptied it
    english = Locale.objects.get(language_code="en")
    author = get_user_model().objects.create_user("popular")
    space = Space.objects.create(name="Busy", slug="busy")
    space.locales.set([english])
    thread = services.thread_start(
        author=author,
        space=space,
        locale=english,
        kind="question",
        title="Why is the sky blue?",
        body="Asking for a friend.",
    )
    post = opening(thread)
    voters = [get_user_model().objects.create_user(f"fan{n}") for n in range(50)]
    start, errors = threading.Barrier(50), []

    def vote(voter):
        try:
            start.wait()
            services.vote_cast(voter=voter, post=post, value=1)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    workers = [threading.Thread(target=vote, args=(voter,)) for voter in voters]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()

    assert errors == []
    post.refresh_from_db()
    thread.refresh_from_db()
    assert Vote.objects.filter(post=post).count() == 50
    assert post.score == thread.score == 50
    expected = POINTS["asked"] + min(50 * POINTS["question_upvoted"], 200)
    assert points(author) == expected


# Accepted answers and the ledger


def test_the_asker_accepts_one_answer_and_the_answerer_earns_it(question, member, other_member):
    first = answer(question, other_member)
    second = answer(question, get_user_model().objects.create_user("third"))

    services.answer_accept(acting_user=member, post=first)
    services.answer_accept(acting_user=member, post=second)

    question.refresh_from_db()
    assert question.accepted_answer == second
    assert points(other_member) == POINTS["answered"]  # accepted, then reversed
    assert points(second.author) == POINTS["answered"] + POINTS["accepted"]


def test_someone_who_did_not_ask_cannot_accept(question, other_member):
    reply = answer(question, other_member)

    with pytest.raises(PostNotAllowed):
        services.answer_accept(acting_user=other_member, post=reply)

    question.refresh_from_db()
    assert question.accepted_answer is None


def test_a_moderator_may_accept_and_unaccept(question, other_member, moderator):
    reply = answer(question, other_member)

    services.answer_accept(acting_user=moderator, post=reply)
    services.answer_unaccept(acting_user=moderator, thread=question)
    services.answer_accept(acting_user=moderator, post=reply)

    assert points(other_member) == POINTS["answered"] + POINTS["accepted"]
    assert LedgerEntry.objects.filter(user=other_member, event="accepted").count() == 3


def test_a_moderator_accepting_their_own_answer_earns_nothing(question, moderator):
    own = answer(question, moderator)

    services.answer_accept(acting_user=moderator, post=own)

    question.refresh_from_db()
    assert question.accepted_answer == own
    assert not LedgerEntry.objects.filter(user=moderator, event="accepted").exists()


def test_the_same_event_delivered_twice_writes_one_ledger_row(question, member):
    post = opening(question)

    for _ in range(2):
        ledger_record(user=member, event="asked", source=f"post:{post.pk}", points=1, post=post)

    assert LedgerEntry.objects.filter(user=member).count() == 1
    assert points(member) == 1


def test_a_new_members_trust_level_grows_with_time_reading_and_points(make_member):
    newcomer = make_member(days=0)
    assert trust.trust_level(newcomer) == 0
    assert trust.level_for(days=2, read=10, written=0, points=0) == 1
    assert trust.level_for(days=20, read=150, written=6, points=60) == 2
    assert trust.level_for(days=20, read=150, written=6, points=10) == 1
