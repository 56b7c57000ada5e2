"""The demo community: seeded through the services, so its points, levels and badges are real."""

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Sum

from community import trust
from community.badges.services import badges_backfill
from community.leaderboards.selectors import leaderboard
from community.models import BadgeAward, Flag, LedgerEntry, Space, Standing, Thread
from demo.community import seed_community
from demo.site import DEMO_PASSWORD, _seed_verified_address
from search.languages import codes


@pytest.fixture
def community(db):
    seed_community(password=DEMO_PASSWORD, verify=_seed_verified_address)


def test_the_demo_has_a_community_in_every_language(community):
    served = set(Space.objects.values_list("locales__language_code", flat=True))
    written = set(Thread.objects.values_list("locale__language_code", flat=True))

    assert served == written == set(codes())
    assert set(Space.objects.values_list("read_access", flat=True)) == {
        "everyone",
        "segments",
        "staff",
    }


def test_the_demo_has_answers_ideas_in_every_status_and_flags_in_the_queue(community):
    assert Thread.objects.filter(kind="question", accepted_answer__isnull=False).count() >= 5
    assert set(Thread.objects.filter(kind="idea").values_list("idea_status", flat=True)) == set(
        Thread.IdeaStatus.values
    )
    assert Flag.objects.filter(resolved_at__isnull=True).count() >= 2
    assert Thread.objects.filter(kind="announcement", is_pinned=True).exists()


def test_the_demo_members_earned_points_levels_and_badges_through_the_services(community):
    sam = get_user_model().objects.get(username="sam")

    assert (
        trust.points_of(sam)
        == LedgerEntry.objects.filter(user=sam).aggregate(total=Sum("points"))["total"]
        > 0
    )
    assert trust.trust_level(sam) >= 2
    assert trust.trust_level(get_user_model().objects.get(username="newbie")) == 0
    assert BadgeAward.objects.filter(user=sam).exists()
    assert (
        leaderboard()[0].points
        == Standing.objects.filter(period="all", scope="all").order_by("-points").first().points
    )


def test_the_demo_badges_are_what_a_backfill_gives(community):
    before = sorted(BadgeAward.objects.values_list("badge_id", "user_id", "number"))

    results = badges_backfill()

    assert sorted(BadgeAward.objects.values_list("badge_id", "user_id", "number")) == before
    assert all(result == (0, 0) for result in results.values())


def test_seeding_the_community_twice_adds_nothing(community):
    threads, entries = Thread.objects.count(), LedgerEntry.objects.count()

    seed_community(password=DEMO_PASSWORD, verify=_seed_verified_address)

    assert (Thread.objects.count(), LedgerEntry.objects.count()) == (threads, entries)
