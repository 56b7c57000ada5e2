"""Members on the site: the badges page, a badge's holders, profiles, the leaderboards, and
each author's level and best badge beside their name on the thread page.

Points come from the ledger (through the services, or ledger rows written in the past and
the standings rebuilt by their command); badges from their rules, or awards made directly
where only their number or tier matters.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Locale

from community import services
from community.members.selectors import HOLDERS_PER_PAGE, HOLDERS_SHOWN, best_badges_of
from community.models import Badge, BadgeAward, LedgerEntry, Post, Space, Thread
from community.moderation import services as moderation
from tests.community.test_site import THREAD_PAGE_QUERIES, _busy_question, _signed_in
from tests.queries import assert_queries
from tests.utils import demo_user

pytestmark = pytest.mark.usefixtures("postgres")

BADGES = "/en/community/badges/"
LEADERBOARD = "/en/community/leaderboards/"


def profile_url(user) -> str:
    return f"/en/community/members/{user.pk}/"


def badge(slug: str) -> Badge:
    return Badge.objects.get(slug=slug, locale=Locale.get_default())


def award(user, slug: str, number: int = 1) -> BadgeAward:
    return BadgeAward.objects.create(badge=badge(slug), user=user, number=number)


def ledger_sum(user) -> int:
    return LedgerEntry.objects.filter(user=user).aggregate(total=Sum("points"))["total"] or 0


def many_users(prefix: str, count: int) -> list:
    User = get_user_model()
    User.objects.bulk_create(
        User(username=f"{prefix}-{n}", email=f"{prefix}-{n}@example.com") for n in range(count)
    )
    return list(User.objects.filter(username__startswith=f"{prefix}-").order_by("pk"))


def past_points(user, points: int, *, days_ago: int, space=None, language="") -> LedgerEntry:
    """A ledger row written ``days_ago`` days ago (the standings are rebuilt after)."""
    return LedgerEntry.objects.create(
        key=f"answered:test:{user.pk}:{days_ago}:{points}",
        user=user,
        event=LedgerEntry.Event.ANSWERED,
        source=f"test:{user.pk}",
        points=points,
        space=space,
        locale=Locale.objects.get(language_code=language) if language else None,
        created_at=timezone.now() - timedelta(days=days_ago),
    )


def ranks(response) -> list[tuple[int, str]]:
    """(rank, member name) of each row of the leaderboard table, in order."""
    text = response.content.decode()
    return [
        (int(rank), name)
        for rank, name in re.findall(
            r'data-rank="(\d+)">.*?class="member-link">([^<]+)<', text, flags=re.S
        )
    ]


# --- the badges page and a badge's page ------------------------------------------------------


def test_the_badges_page_lists_every_badge_with_its_tier_and_holders_linking_to_profiles(
    client, question, member
):
    response = client.get(BADGES)

    assert response.status_code == 200
    text = response.content.decode()
    for each in Badge.objects.filter(locale=Locale.get_default(), enabled=True):
        assert each.name in text
        assert f'href="/en/community/badges/{each.slug}/"' in text
    first_words = text[text.index('id="badge-first-words"') : text.index('id="badge-curious"')]
    assert f'href="{profile_url(member)}"' in first_words
    assert ">asker<" in first_words
    assert "1 member holds it" in first_words
    assert "Bronze" in first_words


def test_the_badges_page_shows_the_first_holders_and_the_badge_page_pages_through_all(client):
    holders = many_users("holder", HOLDERS_PER_PAGE + 1)
    BadgeAward.objects.bulk_create(BadgeAward(badge=badge("guru"), user=u) for u in holders)

    listing = client.get(BADGES).content.decode()
    guru = listing.split('id="badge-guru"')[1].split('<li class="badge-card')[0]
    first_page = client.get("/en/community/badges/guru/")
    last_page = client.get("/en/community/badges/guru/?page=2")

    assert f"{HOLDERS_PER_PAGE + 1} members hold it" in listing
    assert "See every holder" in listing
    assert guru.count('class="member-link"') == HOLDERS_SHOWN
    assert first_page.status_code == 200 and last_page.status_code == 200
    assert first_page.content.decode().count('class="member-link"') == HOLDERS_PER_PAGE
    assert last_page.content.decode().count('class="member-link"') == 1
    assert profile_url(holders[-1]) in last_page.content.decode()
    assert "Page 2 of 2" in last_page.content.decode()


def test_an_unknown_or_disabled_badge_is_not_found(client):
    Badge.objects.filter(slug="visionary").update(enabled=False)

    assert client.get("/en/community/badges/no-such-badge/").status_code == 404
    assert client.get("/en/community/badges/visionary/").status_code == 404
    assert "Visionary" not in client.get(BADGES).content.decode()
    assert client.get(f"/en/community/badges/{'a' * 500}/").status_code == 404


@pytest.mark.parametrize("page", ["0", "-5", "abc", str(10**30), "\x00"])
def test_a_badge_page_number_that_means_nothing_shows_a_page_never_an_error(client, page):
    assert client.get("/en/community/badges/guru/", {"page": page}).status_code == 200


# --- profiles ------------------------------------------------------------------------------


@pytest.fixture
def profiled(space, make_space, member, other_member, moderator, english, question):
    """The asker's question (upvoted), a thread of theirs moved into the staff room, and a
    reply of theirs hidden by a moderator."""
    services.vote_cast(voter=other_member, post=question.posts.get(is_opening=True), value=1)
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)
    secret = services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind="discussion",
        title="Moved to the staff room",
        body="Internal.",
    )
    moderation.thread_move(moderator=moderator, thread=secret, space=staff_room)
    elsewhere = services.thread_start(
        author=other_member,
        space=space,
        locale=english,
        kind="discussion",
        title="A thread where the reply was hidden",
        body="Hello.",
    )
    hidden = services.post_reply(author=member, thread=elsewhere, body="Something rude.")
    moderation.post_hide(moderator=moderator, post=hidden)
    return {"secret": secret, "hidden": hidden, "elsewhere": elsewhere}


def test_a_profile_shows_points_from_the_ledger_level_badges_and_readable_activity(
    client, profiled, member, question
):
    response = client.get(profile_url(member))

    assert response.status_code == 200
    text = response.content.decode()
    points = re.search(r"data-points>([^<]+)<", text).group(1)
    assert int(points.replace(",", "")) == ledger_sum(member) > 0
    assert re.search(r"data-level>Level \d+<", text)
    assert "New member" in text  # level 0's name
    assert "First words" in text and "Curious" in text
    assert question.title in text
    assert f"/en/community/threads/{question.pk}/#post-" in text
    assert "Moved to the staff room" not in text
    assert profiled["elsewhere"].title not in text
    assert f"#post-{profiled['hidden'].pk}" not in text


def test_staff_see_a_members_staff_room_posts_on_the_profile_but_never_a_hidden_one(
    profiled, member, moderator
):
    agent = _signed_in(demo_user("agent")).get(profile_url(member)).content.decode()
    as_moderator = _signed_in(moderator).get(profile_url(member)).content.decode()

    assert "Moved to the staff room" in agent
    assert profiled["elsewhere"].title not in agent
    assert profiled["elsewhere"].title not in as_moderator


@pytest.mark.parametrize("user_id", ["999999999", str(10**30)])
def test_an_unknown_member_is_not_found(client, user_id):
    assert client.get(f"/en/community/members/{user_id}/").status_code == 404


def test_an_inactive_member_or_one_who_never_took_part_is_not_found(client, question, member):
    quiet = get_user_model().objects.create_user(username="quiet", email="quiet@example.com")
    assert client.get(profile_url(member)).status_code == 200

    get_user_model().objects.filter(pk=member.pk).update(is_active=False)

    assert client.get(profile_url(member)).status_code == 404
    assert client.get(profile_url(quiet)).status_code == 404
    assert _signed_in(quiet).get(profile_url(quiet)).status_code == 200  # one's own


def test_no_email_address_appears_on_the_members_pages(
    client, space, make_space, question, make_member, other_member, english
):
    mailer = make_member("mailer@example.com")
    reply = services.post_reply(author=mailer, thread=question, body="Under Reports.")
    services.vote_cast(voter=other_member, post=reply, value=1)
    ideas = make_space("ideas-box", allows_ideas=True)
    for where, kind in ((space, Thread.Kind.DISCUSSION), (ideas, Thread.Kind.IDEA)):
        services.thread_start(
            author=mailer,
            space=where,
            locale=english,
            kind=kind,
            title="Show the week at a glance",
            body="One screen for the whole week.",
        )
    emails = [e for e in get_user_model().objects.values_list("email", flat=True) if e]

    pages = [
        BADGES,
        "/en/community/badges/first-words/",
        profile_url(mailer),
        LEADERBOARD,
        f"{LEADERBOARD}?period=week&scope=space:{space.slug}",
        f"/en/community/threads/{question.pk}/",
        f"/en/community/{space.slug}/",
        f"/en/community/{ideas.slug}/ideas/",
    ]
    for url in pages:
        for viewer in (client, _signed_in(other_member)):
            response = viewer.get(url)
            assert response.status_code == 200, url
            text = response.content.decode()
            assert not any(email in text for email in emails), url
            assert "mailer@" not in text, url
    assert ">mailer<" in client.get(profile_url(mailer)).content.decode()


# --- leaderboards --------------------------------------------------------------------------


@pytest.fixture
def standings(space, make_space, make_member, english):
    """Three members with points today in ``space``, in English (30, 20, 10), and one with
    100 from forty days ago in another space, in Croatian."""
    week = [make_member(f"weekly-{n}") for n in range(3)]
    for user, points in zip(week, (30, 20, 10), strict=True):
        past_points(user, points, days_ago=0, space=space, language="en")
    old_timer = make_member("old-timer", days=400)
    past_points(old_timer, 100, days_ago=40, space=make_space("archive"), language="hr")
    call_command("community_rebuild_leaderboards", verbosity=0)
    return week, old_timer


def test_the_leaderboard_ranks_members_and_a_last_months_points_count_only_all_time(
    client, standings
):
    week, old_timer = standings

    all_time = ranks(client.get(LEADERBOARD))
    this_week = ranks(client.get(LEADERBOARD, {"period": "week"}))
    this_month = ranks(client.get(LEADERBOARD, {"period": "month"}))

    assert all_time[:4] == [(1, "old-timer"), (2, "weekly-0"), (3, "weekly-1"), (4, "weekly-2")]
    assert this_week[:3] == [(1, "weekly-0"), (2, "weekly-1"), (3, "weekly-2")]
    assert "old-timer" not in dict(this_week).values()
    assert "old-timer" not in dict(this_month).values()


def test_the_leaderboard_of_a_space_or_a_language_counts_only_its_points(client, standings, space):
    week, old_timer = standings

    in_space = ranks(client.get(LEADERBOARD, {"scope": f"space:{space.slug}"}))
    in_english = ranks(client.get(LEADERBOARD, {"scope": "locale:en"}))
    in_swedish = client.get(LEADERBOARD, {"scope": "locale:sv"})

    assert [name for _rank, name in in_space] == ["weekly-0", "weekly-1", "weekly-2"]
    assert [name for _rank, name in in_english][:3] == ["weekly-0", "weekly-1", "weekly-2"]
    assert in_swedish.status_code == 200 and ranks(in_swedish) == []
    assert "Nobody has earned points here in this period yet." in in_swedish.content.decode()


def test_a_member_below_the_top_fifty_still_sees_their_own_rank(client, make_member):
    ahead = many_users("ahead", 50)
    for n, user in enumerate(ahead):
        past_points(user, 100 + n, days_ago=1)
    me = make_member("trailing")
    past_points(me, 1, days_ago=1)
    call_command("community_rebuild_leaderboards", verbosity=0)

    response = _signed_in(me).get(LEADERBOARD)

    text = response.content.decode()
    top, own = text.split('<table class="leaderboard">', 1)[1].split('id="own-place-title"')
    assert len(ranks(response)) == 51
    assert "trailing" not in top
    assert 'data-rank="51"' in own and ">trailing<" in own
    assert "You have no points" in _signed_in(make_member()).get(LEADERBOARD).content.decode()


def test_the_leaderboard_names_link_to_profiles_with_level_and_best_badge(client, standings):
    week, _old = standings
    award(week[0], "guru")

    text = client.get(LEADERBOARD, {"period": "week"}).content.decode()

    assert f'href="{profile_url(week[0])}"' in text
    assert "Guru" in text and "Gold badge" in text
    assert "Level 0" in text


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"period": "year"}, 400),
        ({"period": "\x00"}, 400),
        ({"scope": "everywhere"}, 400),
        ({"scope": "space:"}, 400),
        ({"scope": "locale:xx"}, 400),
        ({"scope": "space:no-such-space"}, 404),
        ({"scope": "space:\x00"}, 400),
        ({"scope": "x" * 10_000}, 400),
    ],
)
def test_a_period_or_scope_the_leaderboards_do_not_have_is_refused_clearly(client, query, status):
    response = client.get(LEADERBOARD, query)

    assert response.status_code == status


def test_a_space_the_visitor_may_not_read_has_no_leaderboard_for_them(client, make_space, member):
    make_space("staff-only", read_access=Space.Access.STAFF)

    assert client.get(LEADERBOARD, {"scope": "space:staff-only"}).status_code == 404
    assert _signed_in(member).get(LEADERBOARD, {"scope": "space:staff-only"}).status_code == 404
    staff = _signed_in(demo_user("agent"))
    assert staff.get(LEADERBOARD, {"scope": "space:staff-only"}).status_code == 200
    assert "staff-only" not in client.get(LEADERBOARD).content.decode()


def test_the_header_leads_to_the_leaderboard(client):
    assert 'href="/en/community/leaderboards/"' in client.get("/en/community/").content.decode()


# --- the thread page -----------------------------------------------------------------------


def test_each_post_shows_its_authors_level_and_best_badge(client, question, member, other_member):
    reply = services.post_reply(author=other_member, thread=question, body="Like so.")
    award(other_member, "guru")  # gold, over the bronze "first words" of the reply

    text = client.get(f"/en/community/threads/{question.pk}/").content.decode()

    post = text[text.index(f'id="post-{reply.pk}"') :]
    meta = post[post.index('class="post__meta"') : post.index("</footer>")]
    assert f'href="{profile_url(other_member)}"' in meta and ">helper<" in meta
    assert "Level 0" in meta
    assert 'href="/en/community/badges/guru/"' in meta and "Gold badge" in meta
    assert "First words" not in meta
    opening = text[text.index('class="post post--opening') : text.index(f'id="post-{reply.pk}"')]
    assert "Curious" in opening  # bronze like "first words", and rarer


def test_the_best_badge_is_the_highest_tier_then_the_rarest(make_member):
    common, rare = make_member(), make_member()
    for user in (common, rare, make_member(), make_member()):
        award(user, "appreciated")  # bronze, four holders
    award(rare, "watchful")  # bronze, one holder
    award(common, "valued")  # silver

    best = best_badges_of([common.pk, rare.pk, None])

    assert best[common.pk].slug == "valued"
    assert best[rare.pk].slug == "watchful"


@pytest.mark.parametrize("answers", [3, 30])
def test_the_thread_page_with_badges_costs_the_same_queries_whatever_its_authors(
    space, member, make_member, answers
):
    thread = _busy_question(space, member, make_member, answers)
    for post in Post.objects.filter(thread=thread).select_related("author"):
        award(post.author, "guru")
        award(post.author, "appreciated")
    client = _signed_in(member)
    client.get(f"/en/community/threads/{thread.pk}/")

    with assert_queries(THREAD_PAGE_QUERIES):
        response = client.get(f"/en/community/threads/{thread.pk}/")

    assert response.content.decode().count("Gold badge") == answers + 1
