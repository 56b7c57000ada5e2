"""Badges granted by their rules after each event, and by a backfill with the same result."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from community import services
from community.badges.services import badges_backfill
from community.models import Badge, BadgeAward, Notification
from community.moderation import services as moderation
from community.notifications.selectors import unread_count


def held(user) -> dict[str, int]:
    awards = BadgeAward.objects.filter(user=user).select_related("badge")
    counts: dict[str, int] = {}
    for award in awards:
        counts[award.badge.slug] = counts.get(award.badge.slug, 0) + 1
    return counts


def snapshot():
    return sorted(BadgeAward.objects.values_list("badge__slug", "user_id", "number"))


@pytest.fixture
def ask(space, english, make_member):
    def ask(author=None, *, locale=english, kind="question", title="How?"):
        target = space
        if locale != english:
            target.locales.add(locale)
        return services.thread_start(
            author=author or make_member(),
            space=target,
            locale=locale,
            kind=kind,
            title=title,
            body="Please help.",
        )

    return ask


def test_there_are_at_least_twelve_badges_to_earn(db):
    badges = Badge.objects.filter(locale=Locale.get_default(), enabled=True)

    assert badges.count() >= 12
    assert {
        "first-words",
        "first-solution",
        "problem-solver",
        "polyglot",
        "crowd-favourite",
        "appreciated",
        "valued",
        "beloved",
    } <= set(badges.values_list("slug", flat=True))
    assert set(badges.values_list("tier", flat=True)) == {"bronze", "silver", "gold"}


def test_a_first_post_earns_a_badge_and_the_member_hears_of_it(question, member):
    assert held(member) == {"first-words": 1, "curious": 1}
    assert Notification.objects.filter(user=member, kind="badge").count() == 2


def test_a_badge_earned_reaches_the_count_the_header_had_cached(ask, other_member, member):
    thread = ask(member)
    before = unread_count(other_member)  # counted, and kept in the cache from here on

    services.post_reply(author=other_member, thread=thread, body="Like so.")  # first words

    assert "first-words" in held(other_member)
    assert unread_count(other_member) == before + 1


def test_five_accepted_answers_make_a_problem_solver(ask, other_member):
    for number in range(5):
        thread = ask(title=f"Question {number}")
        answer = services.post_reply(author=other_member, thread=thread, body="Like so.")
        services.answer_accept(acting_user=thread.author, post=answer)
        assert ("problem-solver" in held(other_member)) == (number == 4)

    assert held(other_member)["first-solution"] == 1


def test_answers_in_three_languages_make_a_polyglot(ask, other_member):
    for code in ("en", "sv", "hr"):
        thread = ask(locale=Locale.objects.get(language_code=code))
        services.post_reply(author=other_member, thread=thread, body="Svar / answer / odgovor")

    assert "polyglot" in held(other_member)


def test_answering_ones_own_questions_makes_no_polyglot(ask, other_member):
    for code in ("en", "sv", "hr"):
        thread = ask(other_member, locale=Locale.objects.get(language_code=code))
        services.post_reply(author=other_member, thread=thread, body="Svar / answer / odgovor")

    assert "polyglot" not in held(other_member)
    BadgeAward.objects.all().delete()
    badges_backfill()
    assert "polyglot" not in held(other_member)


def test_votes_received_earn_a_tier_and_lose_it_when_taken_back(
    question, other_member, make_member
):
    answer = services.post_reply(author=other_member, thread=question, body="Like so.")
    voters = [make_member() for _ in range(10)]
    for voter in voters:
        services.vote_cast(voter=voter, post=answer, value=1)
    assert held(other_member)["appreciated"] == 1 and held(other_member)["great-answer"] == 1

    services.vote_retract(voter=voters[0], post=answer)

    assert "appreciated" not in held(other_member)
    assert "great-answer" not in held(other_member)


def test_a_well_received_idea_is_a_crowd_favourite_each_time(ask, member, make_member):
    ideas = [ask(member, kind="idea", title=f"Idea {n}") for n in range(2)]
    for idea in ideas:
        for _ in range(10):
            services.vote_cast(voter=make_member(), post=idea.posts.get(), value=1)

    assert held(member)["crowd-favourite"] == 2


def test_a_backfill_after_reversals_equals_the_incremental_result(
    question, ask, other_member, make_member, moderator
):
    answer = services.post_reply(author=other_member, thread=question, body="Like so.")
    for _ in range(10):
        services.vote_cast(voter=make_member(), post=answer, value=1)
    services.answer_accept(acting_user=question.author, post=answer)
    second = services.post_reply(author=other_member, thread=ask(), body="And so.")
    moderation.post_hide(moderator=moderator, post=answer)
    moderation.post_restore(moderator=moderator, post=answer)
    moderation.post_delete(acting_user=other_member, post=second)
    incremental = snapshot()
    assert Notification.objects.filter(kind="badge").exists()

    BadgeAward.objects.all().delete()  # and, with them, their notifications
    call_command("community_backfill_badges", verbosity=0)

    assert snapshot() == incremental
    assert not Notification.objects.filter(kind="badge").exists()  # nobody is told
    assert set(BadgeAward.objects.values_list("backfilled", flat=True)) == {True}


def test_a_backfill_twice_changes_nothing(question, other_member):
    services.post_reply(author=other_member, thread=question, body="Like so.")
    BadgeAward.objects.all().delete()
    first = badges_backfill()
    after_first = snapshot()

    second = badges_backfill()

    assert snapshot() == after_first
    assert sum(granted for granted, _ in first.values()) > 0
    assert all(result == (0, 0) for result in second.values())
