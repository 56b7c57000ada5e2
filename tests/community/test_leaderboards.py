"""Leaderboards from the ledger: periods, spaces, languages, one's own rank, and a rebuild."""

import random
import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import close_old_connections, connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale

from community import services
from community.leaderboards.selectors import leaderboard, own_place
from community.leaderboards.standings import period_start, standings_rebuild, standings_snapshot
from community.ledger import ledger_record, ledger_reverse
from community.models import LedgerEntry, Space, Standing, StandingCount
from demo.site import seed_demo
from tests.queries import assert_queries


def all_standings():
    return sorted(
        Standing.objects.filter(points__gt=0).values_list(
            "user_id", "period", "starts", "scope", "points"
        )
    )


@pytest.fixture
def busy_space(space, member, make_member, english):
    """Three helpers with 30, 20 and 10 points from answers this week."""
    helpers = [make_member(f"helper-{n}") for n in range(3)]
    for helper, upvotes in zip(helpers, (3, 2, 1), strict=True):
        reply = services.post_reply(
            author=helper,
            thread=services.thread_start(
                author=member,
                space=space,
                locale=english,
                kind="question",
                title=f"Question for {helper.username}",
                body="How?",
            ),
            body="Like this.",
        )
        for _ in range(upvotes):
            services.vote_cast(voter=make_member(), post=reply, value=1)
    return helpers


def test_the_leaderboard_ranks_members_by_their_points(busy_space, member, settings):
    first, second, third = busy_space

    top = leaderboard(period="week")

    assert [(place.rank, place.user, place.points) for place in top[:3]] == [
        (1, first, 32),
        (2, second, 22),
        (3, third, 12),
    ]
    assert own_place(user=third, period="all").rank == 3


def test_a_member_below_the_top_list_still_sees_their_rank(busy_space):
    third = busy_space[2]

    assert [place.user for place in leaderboard(limit=2)] == busy_space[:2]
    assert own_place(user=third).rank == 3


def test_leaderboards_per_space_and_per_language(busy_space, make_space, make_member, english):
    other_space = make_space("billing")
    asker = make_member()
    newcomer_thread = services.thread_start(
        author=asker, space=other_space, locale=english, kind="question", title="Q", body="?"
    )
    services.post_reply(author=busy_space[2], thread=newcomer_thread, body="Answer")

    in_billing = leaderboard(scope=f"space:{other_space.pk}")
    in_english = leaderboard(scope=f"locale:{english.pk}")

    assert [(p.user, p.points) for p in in_billing] == [(busy_space[2], 2), (asker, 1)]
    assert in_english[0].user == busy_space[0]


def test_a_reversal_counts_in_the_week_it_happens(busy_space, member):
    first = busy_space[0]
    entry = LedgerEntry.objects.filter(user=first, event="upvote_received").first()
    LedgerEntry.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=40))
    standings_rebuild()

    assert own_place(user=first, period="week").points == 22
    assert own_place(user=first, period="all").points == 32


def test_a_rebuild_from_the_ledger_equals_the_running_standings(busy_space, member, moderator):
    from community.moderation import services as moderation

    reply = busy_space[0].community_posts.first()
    moderation.post_hide(moderator=moderator, post=reply)
    ledger_record(user=member, event="asked", source="post:999999", points=1)
    running = all_standings()

    call_command("community_rebuild_leaderboards", verbosity=0)

    assert all_standings() == running
    assert own_place(user=busy_space[0]) is None  # every point reversed


def _counted_one_by_one(user, period: str, scope: str):
    """(rank, points) as the plain definition has it: one plus every member with more."""
    starts = period_start(period, timezone.localdate())
    standings = Standing.objects.filter(period=period, starts=starts, scope=scope, points__gt=0)
    mine = standings.filter(user=user).first()
    if mine is None:
        return None
    return (standings.filter(points__gt=mine.points).count() + 1, mine.points)


def _ranks(members, scopes):
    return {
        (member.pk, period, scope): (
            (place.rank, place.points)
            if (place := own_place(user=member, period=period, scope=scope))
            else None
        )
        for member in members
        for period in ("all", "month", "week")
        for scope in scopes
    }


def _expected(members, scopes):
    return {
        (member.pk, period, scope): _counted_one_by_one(member, period, scope)
        for member in members
        for period in ("all", "month", "week")
        for scope in scopes
    }


def test_ones_own_rank_is_exact_before_between_and_after_snapshots(busy_space, make_member, space):
    rng = random.Random(13)
    members = [*busy_space, *(make_member(f"climber-{n}") for n in range(12))]
    scopes = ["all", f"space:{space.pk}", f"locale:{space.locales.first().pk}"]
    post = busy_space[0].community_posts.first()
    entries = []

    def moves(round_: int) -> None:  # points won and lost, ties and falls below zero
        for n in range(25):
            member = rng.choice(members)
            points = rng.choice([-2, 5, 10, 10, 15])
            source = f"post:{round_}-{n}"
            where = {"post": post} if rng.random() < 0.5 else {}
            entries.append(
                ledger_record(
                    user=member, event="upvote_received", source=source, points=points, **where
                )
            )
        for entry in rng.sample(entries, 3):
            ledger_reverse(entry, reason=LedgerEntry.Reason.RETRACTED)

    moves(1)
    assert _ranks(members, scopes) == _expected(members, scopes)  # no snapshot yet

    assert standings_snapshot() > 0
    assert StandingCount.objects.exists()
    assert _ranks(members, scopes) == _expected(members, scopes)

    moves(2)
    assert _ranks(members, scopes) == _expected(members, scopes)  # moved since the snapshot

    call_command("community_snapshot_standings", verbosity=0)
    assert standings_snapshot() == 0  # nothing moved since
    assert _ranks(members, scopes) == _expected(members, scopes)

    moves(3)
    standings_rebuild()
    assert not Standing.objects.exclude(points=F("snapshot_points")).exists()
    assert _ranks(members, scopes) == _expected(members, scopes)


def test_own_rank_costs_one_query_however_far_down(busy_space, make_member):
    for n in range(30):
        ledger_record(
            user=make_member(f"far-{n}"), event="upvote_received", source=f"far:{n}", points=1
        )
    standings_snapshot()
    last = make_member("last")
    ledger_record(user=last, event="upvote_received", source="last", points=1)

    with assert_queries(1):
        place = own_place(user=last)

    assert (place.rank, place.points) == _counted_one_by_one(last, "all", "all")
    assert place.rank > 4  # below the helpers and the asker, tied with the 30


@pytest.mark.django_db(transaction=True)
def test_snapshots_taken_while_members_vote_neither_block_them_nor_lose_a_point(postgres):
    seed_demo(knowledge_base=False, community=False)  # an earlier transactional test emptied it
    english = Locale.objects.get(language_code="en")
    space = Space.objects.create(name="Busy", slug="busy")
    space.locales.set([english])
    users = get_user_model().objects
    questions = [
        services.thread_start(
            author=users.create_user(f"asker{n}"),
            space=space,
            locale=english,
            kind="question",
            title=f"Question {n}",
            body="How?",
        )
        for n in range(4)
    ]
    posts = [question.posts.get() for question in questions]
    voters = [users.create_user(f"voter{n}") for n in range(24)]
    start, errors, voting = threading.Barrier(len(voters) + 1), [], [len(voters)]
    snapshots = []

    def vote(voter):
        try:
            start.wait()
            for post in posts:
                services.vote_cast(voter=voter, post=post, value=1)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            voting[0] -= 1
            close_old_connections()
            connection.close()

    def snapshot_meanwhile():
        try:
            start.wait()
            while voting[0]:
                snapshots.append(standings_snapshot())
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    workers = [threading.Thread(target=vote, args=(voter,)) for voter in voters]
    workers.append(threading.Thread(target=snapshot_meanwhile))
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)

    assert errors == []
    assert not any(worker.is_alive() for worker in workers)
    assert len(snapshots) > 1 and sum(snapshots) > 0  # taken while the votes went in
    askers = [question.author for question in questions]
    scopes = ["all", f"space:{space.pk}", f"locale:{english.pk}"]
    assert _ranks(askers, scopes) == _expected(askers, scopes)
    standings_snapshot()
    assert not Standing.objects.exclude(points=F("snapshot_points")).exists()
    assert _ranks(askers, scopes) == _expected(askers, scopes)
