"""Badges, profiles and leaderboards through the headless API, as a front end would use them.

Every refusal is problem+json; what the viewer may not see is 404; no answer names an
e-mail address.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from community import services
from community.members.selectors import HOLDERS_PER_PAGE, HOLDERS_SHOWN
from community.models import BadgeAward, Space
from community.moderation import services as moderation
from tests.community.test_api import API, assert_problem, browser
from tests.community.test_site_people import award, badge, ledger_sum, many_users, past_points
from tests.utils import demo_user

pytestmark = pytest.mark.django_db


# --- badges ---------------------------------------------------------------------------------


def test_the_badges_list_gives_every_badge_with_its_holders(question, member):
    response = browser().get(f"{API}/badges/")

    assert response.status_code == 200
    found = {item["slug"]: item for item in response.json()}
    assert len(found) >= 12
    first_words = found["first-words"]
    assert first_words["tier"] == "bronze" and first_words["name"] == "First words"
    assert first_words["holder_count"] == 1
    assert first_words["holders"] == [{"id": member.pk, "name": "asker"}]
    assert found["guru"]["holders"] == [] and found["guru"]["tier"] == "gold"


def test_a_badge_lists_all_its_holders_by_pages(client):
    holders = many_users("api-holder", HOLDERS_PER_PAGE + 1)
    BadgeAward.objects.bulk_create(BadgeAward(badge=badge("valued"), user=u) for u in holders)

    listed = {item["slug"]: item for item in client.get(f"{API}/badges/").json()}
    first = client.get(f"{API}/badges/valued/").json()
    second = client.get(f"{API}/badges/valued/", {"page": 2}).json()

    assert len(listed["valued"]["holders"]) == HOLDERS_SHOWN
    assert listed["valued"]["holder_count"] == HOLDERS_PER_PAGE + 1
    assert (first["page"], first["pages"], len(first["holders"])) == (1, 2, HOLDERS_PER_PAGE)
    assert second["holders"] == [
        {
            "id": holders[-1].pk,
            "name": holders[-1].username,
            "times": 1,
            "first_awarded": second["holders"][0]["first_awarded"],
        }
    ]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/badges/no-such-badge/", 404),
        ("/badges/guru/?page=0", 422),
        (f"/badges/guru/?page={10**9}", 422),
        ("/badges/guru/?page=two", 422),
        (f"/badges/{'a' * 61}/", 422),
        ("/badges/not%20a%20slug/", 422),
    ],
)
def test_an_unknown_badge_or_a_page_out_of_bounds_is_refused(client, path, status):
    assert_problem(client.get(f"{API}{path}"), status)


# --- members ---------------------------------------------------------------------------------


def test_a_members_profile_has_the_ledgers_points_level_badges_and_readable_activity(
    space, make_space, question, member, other_member, moderator, english
):
    services.vote_cast(voter=other_member, post=question.posts.get(is_opening=True), value=1)
    staff_room = make_space("api-staff-room", read_access=Space.Access.STAFF)
    moved = services.thread_start(
        author=member, space=space, locale=english, kind="discussion", title="Moved", body="."
    )
    moderation.thread_move(moderator=moderator, thread=moved, space=staff_room)
    hidden = services.post_reply(author=member, thread=question, body="Oops, rude.")
    moderation.post_hide(moderator=moderator, post=hidden)

    anonymous = browser().get(f"{API}/members/{member.pk}/").json()
    agent = browser(demo_user("agent")).get(f"{API}/members/{member.pk}/").json()

    assert anonymous["points"] == ledger_sum(member) > 0
    assert anonymous["name"] == "asker" and anonymous["id"] == member.pk
    assert anonymous["trust_level"] == 0 and anonymous["trust_level_name"] == "New member"
    assert anonymous["rank"] >= 1
    assert {held["slug"] for held in anonymous["badges"]} == {"first-words", "curious"}
    assert [item["thread"] for item in anonymous["activity"]] == [question.pk]
    assert anonymous["activity"][0]["is_opening"] is True
    assert {item["thread"] for item in agent["activity"]} == {question.pk, moved.pk}
    assert hidden.pk not in {item["post"] for item in agent["activity"]}


@pytest.mark.parametrize(
    ("user_id", "status"), [("999999999", 404), ("0", 422), (str(10**30), 422), ("me", 422)]
)
def test_an_unknown_member_or_an_id_out_of_bounds_is_refused(client, user_id, status):
    assert_problem(client.get(f"{API}/members/{user_id}/"), status)


def test_an_inactive_member_is_not_found(client, question, member):
    get_user_model().objects.filter(pk=member.pk).update(is_active=False)

    assert_problem(client.get(f"{API}/members/{member.pk}/"), 404)
    first_words = {i["slug"]: i for i in client.get(f"{API}/badges/").json()}["first-words"]
    assert first_words["holder_count"] == 0 and first_words["holders"] == []


# --- leaderboards ----------------------------------------------------------------------------


@pytest.fixture
def board(space, make_space, make_member):
    """Today: 30, 20 and 10 points in ``space`` (English); forty days ago: 100 elsewhere."""
    week = [make_member(f"api-weekly-{n}") for n in range(3)]
    for user, points in zip(week, (30, 20, 10), strict=True):
        past_points(user, points, days_ago=0, space=space, language="en")
    old_timer = make_member("api-old-timer", days=400)
    past_points(old_timer, 100, days_ago=40, space=make_space("api-archive"), language="hr")
    call_command("community_rebuild_leaderboards", verbosity=0)
    return week, old_timer


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [place["name"] for place in response.json()["places"]]


def test_the_leaderboard_ranks_by_period_space_and_language(client, board, space):
    week, old_timer = board
    url = f"{API}/leaderboard/"

    every = client.get(url).json()

    assert [(p["rank"], p["name"], p["points"]) for p in every["places"][:2]] == [
        (1, "api-old-timer", 100),
        (2, "api-weekly-0", 30),
    ]
    assert every["period"] == "all" and every["own"] is None
    assert names(client.get(url, {"period": "week"}))[:3] == [u.username for u in week]
    assert "api-old-timer" not in names(client.get(url, {"period": "week"}))
    assert "api-old-timer" not in names(client.get(url, {"period": "month"}))
    in_space = client.get(url, {"scope": f"space:{space.slug}"})
    assert names(in_space) == [u.username for u in week]
    assert in_space.json()["space"] == space.slug
    assert in_space.json()["scope"] == f"space:{space.slug}"
    assert names(client.get(url, {"scope": "locale:hr"})) == ["api-old-timer"]
    assert names(client.get(url, {"scope": "locale:sv"})) == []


def test_the_leaderboard_gives_the_members_own_place_below_its_limit(board, make_member):
    week, old_timer = board
    viewer = browser(week[2])

    short = viewer.get(f"{API}/leaderboard/", {"limit": 2}).json()
    listed = viewer.get(f"{API}/leaderboard/", {"period": "week"}).json()

    assert len(short["places"]) == 2
    assert (short["own"]["rank"], short["own"]["points"], short["own"]["id"]) == (4, 10, week[2].pk)
    assert listed["own"]["rank"] == 3
    assert browser(make_member()).get(f"{API}/leaderboard/").json()["own"] is None


def test_each_place_carries_its_level_and_best_badge(client, board):
    week, _old = board
    award(week[0], "guru")
    award(week[0], "first-words")

    first = client.get(f"{API}/leaderboard/", {"period": "week"}).json()["places"][0]

    assert first["best_badge"] == {"slug": "guru", "name": "Guru", "tier": "gold", "icon": "check"}
    assert first["trust_level"] == 0


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"limit": 10**9}, 422),
        ({"limit": 0}, 422),
        ({"limit": 101}, 422),
        ({"period": "year"}, 422),
        ({"scope": "locale:xx"}, 422),
        ({"scope": "space:not a slug"}, 422),
        ({"scope": "everywhere"}, 422),
        ({"scope": "space:"}, 422),
        ({"scope": "space:\x00"}, 422),
        ({"scope": "x" * 10_000}, 422),
        ({"scope": "space:no-such-space"}, 404),
    ],
)
def test_a_leaderboard_it_cannot_give_is_refused(client, space, query, status):
    assert_problem(client.get(f"{API}/leaderboard/", query), status)


def test_a_space_the_viewer_may_not_read_has_no_leaderboard_for_them(client, make_space, member):
    make_space("api-staff-only", read_access=Space.Access.STAFF)

    staff_only = {"scope": "space:api-staff-only"}

    assert_problem(client.get(f"{API}/leaderboard/", staff_only), 404)
    assert_problem(browser(member).get(f"{API}/leaderboard/", staff_only), 404)
    staff = browser(demo_user("agent")).get(f"{API}/leaderboard/", staff_only)
    assert staff.status_code == 200


# --- what is never shown, and the schema ----------------------------------------------------


def test_no_answer_of_the_members_endpoints_carries_an_email_address(
    question, make_member, other_member
):
    mailer = make_member("mailer@example.com")
    reply = services.post_reply(author=mailer, thread=question, body="Under Reports.")
    services.vote_cast(voter=other_member, post=reply, value=1)
    emails = [e for e in get_user_model().objects.values_list("email", flat=True) if e]
    client = browser(mailer)

    responses = [
        client.get(f"{API}/badges/"),
        client.get(f"{API}/badges/first-words/"),
        client.get(f"{API}/members/{mailer.pk}/"),
        client.get(f"{API}/leaderboard/"),
        client.get(f"{API}/leaderboard/", {"period": "week", "scope": "locale:en"}),
    ]

    for response in responses:
        assert response.status_code == 200, response.content
        text = response.content.decode()
        assert "@" not in text, text
        assert not any(email in text for email in emails)
    assert responses[2].json()["name"] == "mailer"
    assert responses[3].json()["own"]["name"] == "mailer"


def test_the_members_endpoints_are_in_the_openapi_schema_with_their_errors(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    prefix = "/api/v3/portal/community"
    expected = {
        "/badges/": "community_badges",
        "/badges/{slug}/": "community_badge",
        "/members/{user_id}/": "community_member",
        "/leaderboard/": "community_leaderboard",
    }

    for path, operation_id in expected.items():
        operation = paths[f"{prefix}{path}"]["get"]
        assert operation["operationId"] == operation_id
        assert {"404", "422"} <= set(operation["responses"])
    board = paths[f"{prefix}/leaderboard/"]["get"]
    limit = next(p for p in board["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 100
    period = next(p for p in board["parameters"] if p["name"] == "period")
    assert period["schema"]["enum"] == ["all", "month", "week"]
