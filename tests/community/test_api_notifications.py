"""Notifications, following and the e-mail choice through the headless API.

Every operation is for a signed-in member; another member's notifications are not found;
every refusal is problem+json and changes nothing.
"""

import json

import pytest
from django.core import mail
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from community import services
from community.models import Follow, Member, Notification, Space, Thread
from community.moderation import services as moderation
from community.notifications.services import digests_send
from tests.community.test_site_notifications import badge_earned
from tests.factories import segment_with

API = "/api/v3/portal/community"
PROBLEM = "application/problem+json"

pytestmark = pytest.mark.django_db


def browser(user=None, **options) -> Client:
    client = Client(**options)
    if user is not None:
        client.force_login(user)
    return client


def send(client: Client, method: str, path: str, payload=None, **headers):
    data = "" if payload is None else json.dumps(payload)
    content_type = "application/json" if payload is not None else "application/octet-stream"
    return getattr(client, method)(f"{API}{path}", data, content_type=content_type, **headers)


def assert_problem(response, status: int, words: str = "") -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert words in body["detail"]
    return body


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    def run(action, **arguments):
        with django_capture_on_commit_callbacks(execute=True):
            return action(**arguments)

    return run


@pytest.fixture
def reply(committed):
    def post(thread, author, body="Reports → Export → CSV."):
        return committed(services.post_reply, author=author, thread=thread, body=body)

    return post


def _state() -> tuple:
    return (
        list(Notification.objects.order_by("pk").values_list("pk", "read_at")),
        list(Follow.objects.order_by("pk").values_list("pk", "user", "thread", "space", "tag")),
        list(Member.objects.order_by("pk").values_list("pk", "email")),
    )


# --- signed out --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, path, payload",
    [
        ("get", "/notifications/", None),
        ("post", "/notifications/read/", {"ids": None}),
        ("get", "/notifications/settings/", None),
        ("put", "/notifications/settings/", {"email": "never"}),
        ("get", "/follows/threads/1/", None),
        ("put", "/follows/threads/1/", {"following": True}),
        ("get", "/follows/spaces/getting-started/", None),
        ("put", "/follows/spaces/getting-started/", {"following": True}),
        ("get", "/follows/tags/export/", None),
        ("put", "/follows/tags/export/", {"following": True}),
    ],
)
def test_a_visitor_who_is_not_signed_in_gets_401_and_changes_nothing(
    question, method, path, payload
):
    before = _state()

    response = send(browser(), method, path, payload)

    assert_problem(response, 401, "Sign in")
    assert _state() == before


# --- the list ------------------------------------------------------------------------------


def test_the_list_is_newest_first_with_what_happened_and_the_unread_count(
    reply, question, member, other_member, make_member, english
):
    badge_earned(member, english)
    answer = reply(question, other_member)
    mention = reply(question, make_member("maja"), "@asker see Reports.")

    response = browser(member).get(f"{API}/notifications/")

    assert response.status_code == 200
    data = response.json()
    told = [item for item in data["items"] if item["thread"] == question.pk]
    assert [(item["kind"], item["post"], item["actor"]) for item in told] == [
        ("mention", mention.pk, "maja"),
        ("reply", answer.pk, "helper"),
    ]
    assert told[0]["thread_title"] == "How do I export my timesheets?"
    assert told[0]["url"] == f"/en/community/threads/{question.pk}/#post-{mention.pk}"
    assert not told[0]["read"]
    assert data["unread"] == data["count"] == len(data["items"])
    badge = next(item for item in data["items"] if item["kind"] == "badge")
    assert (badge["badge"], badge["thread"], badge["url"]) == ("Night owl", None, None)
    assert (data["page"], data["pages"]) == (1, 1)


def test_the_list_pages_and_keeps_hidden_posts_out(
    reply, question, member, other_member, moderator
):
    spam = reply(question, other_member, "Buy cheap watches")
    moderation.post_hide(moderator=moderator, post=spam)
    post = question.posts.get(is_opening=True)
    Notification.objects.bulk_create(
        Notification(key=f"test:{n}", user=member, kind="reply", thread=question, post=post)
        for n in range(25)
    )
    client = browser(member)

    first = client.get(f"{API}/notifications/").json()
    last = client.get(f"{API}/notifications/", {"page": 2}).json()

    assert len(first["items"]) == 20 and first["pages"] == 2
    listed = [item["post"] for item in first["items"] + last["items"]]
    assert len(listed) == first["count"] and spam.pk not in listed
    assert_problem(client.get(f"{API}/notifications/", {"page": 0}), 422)
    assert_problem(client.get(f"{API}/notifications/", {"page": "99999999999999999999"}), 422)


def test_another_members_notifications_are_neither_listed_nor_marked(
    reply, question, member, other_member, make_member
):
    reply(question, other_member)
    mine = Notification.objects.get(user=member, kind="reply")
    snooper = browser(make_member("snooper"))
    before = _state()

    listed = snooper.get(f"{API}/notifications/").json()
    refused = send(snooper, "post", "/notifications/read/", {"ids": [mine.pk]})

    assert listed["items"] == [] and listed["unread"] == 0
    assert_problem(refused, 404, "No such notification")
    assert _state() == before


# --- marking read ----------------------------------------------------------------------


def test_marking_some_read_then_all(reply, question, member, make_member):
    for _ in range(3):
        reply(question, make_member())
    client = browser(member)
    ids = [item["id"] for item in client.get(f"{API}/notifications/").json()["items"]]
    unread = len(ids)

    some = send(client, "post", "/notifications/read/", {"ids": ids[:2]})
    again = send(client, "post", "/notifications/read/", {"ids": ids[:2]})
    every = send(client, "post", "/notifications/read/", {"ids": None})

    assert some.json() == {"marked": 2, "unread": unread - 2}
    assert again.json() == {"marked": 0, "unread": unread - 2}
    assert every.json() == {"marked": unread - 2, "unread": 0}
    assert not Notification.objects.filter(user=member, read_at__isnull=True).exists()


@pytest.mark.parametrize(
    "payload, status",
    [
        ({"ids": [99999999]}, 404),
        ({"ids": []}, 422),
        ({"ids": list(range(1, 102))}, 422),
        ({"ids": ["1"]}, 422),
        ({"ids": [0]}, 422),
        ({"ids": [2**63]}, 422),
        ({}, 422),
        ({"ids": None, "all": True}, 422),
    ],
)
def test_a_bad_mark_read_is_refused_and_marks_nothing(
    reply, question, member, other_member, payload, status
):
    reply(question, other_member)
    before = _state()

    response = send(browser(member), "post", "/notifications/read/", payload)

    assert_problem(response, status)
    assert _state() == before


# --- following ---------------------------------------------------------------------------


def test_following_a_thread_brings_its_replies_and_can_be_stopped(
    reply, question, other_member, make_member
):
    client = browser(other_member)
    path = f"/follows/threads/{question.pk}/"
    assert client.get(f"{API}{path}").json() == {"following": False}

    followed = send(client, "put", path, {"following": True})
    twice = send(client, "put", path, {"following": True})

    assert followed.json() == twice.json() == {"following": True}
    assert Follow.objects.filter(user=other_member, thread=question).count() == 1
    mail.outbox.clear()
    answer = reply(question, make_member())
    assert Notification.objects.filter(user=other_member, post=answer, kind="reply").exists()
    assert [message.to for message in mail.outbox].count([other_member.email]) == 1

    stopped = send(client, "put", path, {"following": False})

    assert stopped.json() == {"following": False}
    assert client.get(f"{API}{path}").json() == {"following": False}


def test_following_a_space_and_a_tag_brings_their_new_threads(
    committed, space, question, member, other_member, english
):
    client = browser(other_member)

    space_follow = send(client, "put", f"/follows/spaces/{space.slug}/", {"following": True})
    tag_follow = send(client, "put", "/follows/tags/export/", {"following": True})

    assert space_follow.json() == tag_follow.json() == {"following": True}
    assert client.get(f"{API}/follows/tags/export/").json() == {"following": True}
    assert Follow.objects.filter(user=other_member, tag=Tag.objects.get(slug="export")).exists()
    thread = committed(
        services.thread_start,
        author=member,
        space=space,
        locale=english,
        kind=Thread.Kind.QUESTION,
        title="Export in PDF?",
        body="Can I?",
        tags=["export"],
    )
    told = other_member.community_notifications.filter(thread=thread, kind="new_thread")
    assert told.count() == 1


def test_what_the_member_may_not_read_cannot_be_followed_or_looked_at(
    make_space, member, other_member, english
):
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)
    thread = Thread.objects.create(
        space=staff_room,
        kind="discussion",
        title="Internal",
        author=member,
        locale=english,
        last_activity_at=timezone.now(),
    )
    thread.tags.set(["secret"])
    client = browser(other_member)
    before = _state()

    paths = [
        f"/follows/threads/{thread.pk}/",
        "/follows/spaces/staff-room/",
        "/follows/tags/secret/",
    ]
    for path in paths:
        assert_problem(client.get(f"{API}{path}"), 404)
        assert_problem(send(client, "put", path, {"following": True}), 404)
    assert _state() == before


@pytest.mark.parametrize(
    "path, payload, status",
    [
        ("/follows/tags/" + "x" * 10_000 + "/", {"following": True}, 422),
        ("/follows/tags/unknown-tag/", {"following": True}, 404),
        ("/follows/tags/no%00pe/", {"following": True}, 422),
        ("/follows/threads/99999999999999999999/", {"following": True}, 422),
        ("/follows/threads/0/", {"following": True}, 422),
        ("/follows/spaces/no space/", {"following": True}, 422),
        ("/follows/threads/{thread}/", {"following": "yes"}, 422),
        ("/follows/threads/{thread}/", {"following": 1}, 422),
        ("/follows/threads/{thread}/", {}, 422),
        ("/follows/threads/{thread}/", {"following": True, "also": 1}, 422),
    ],
)
def test_hostile_follow_input_is_refused_and_follows_nothing(
    question, other_member, path, payload, status
):
    before = _state()

    response = send(
        browser(other_member), "put", path.replace("{thread}", str(question.pk)), payload
    )

    assert_problem(response, status)
    assert _state() == before


def test_a_signed_in_follow_needs_the_sessions_csrf_token_and_this_site(question, other_member):
    client = browser(other_member, enforce_csrf_checks=True)
    path = f"/follows/threads/{question.pk}/"

    assert_problem(send(client, "put", path, {"following": True}), 403, "X-CSRFToken")
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    cross_site = send(
        client,
        "put",
        path,
        {"following": True},
        HTTP_X_CSRFTOKEN=token,
        HTTP_ORIGIN="https://evil.example",
    )
    assert_problem(cross_site, 403)
    assert not Follow.objects.filter(user=other_member).exists()

    accepted = send(client, "put", path, {"following": True}, HTTP_X_CSRFTOKEN=token)
    assert accepted.json() == {"following": True}


# --- the e-mail choice ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "choice, at_once, in_the_digest",
    [("at_once", 1, 0), ("daily", 0, 1), ("never", 0, 0)],
)
def test_the_email_choice_decides_how_a_reply_reaches_the_member(
    reply, question, member, other_member, choice, at_once, in_the_digest
):
    client = browser(member)
    assert client.get(f"{API}/notifications/settings/").json() == {"email": "at_once"}

    chosen = send(client, "put", "/notifications/settings/", {"email": choice})

    assert chosen.json() == {"email": choice}
    assert client.get(f"{API}/notifications/settings/").json() == {"email": choice}
    mail.outbox.clear()
    reply(question, other_member)
    assert [message.to for message in mail.outbox].count([member.email]) == at_once
    mail.outbox.clear()
    digests_send()
    assert [message.to for message in mail.outbox].count([member.email]) == in_the_digest


@pytest.mark.parametrize(
    "payload", [{"email": "weekly"}, {"email": ""}, {"email": None}, {}, {"email": "x" * 10_000}]
)
def test_an_unknown_email_choice_is_refused_and_changes_nothing(member, payload):
    before = _state()

    assert_problem(send(browser(member), "put", "/notifications/settings/", payload), 422)
    assert _state() == before


# --- the schema ----------------------------------------------------------------------------


def test_the_operations_are_in_the_schema_with_their_errors(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    ours = {
        (method, path): operation
        for path, operations in paths.items()
        if path.startswith(f"{API}/notifications/") or path.startswith(f"{API}/follows/")
        for method, operation in operations.items()
    }

    assert {operation["operationId"] for operation in ours.values()} == {
        "community_notifications",
        "community_notifications_read",
        "community_email_choice",
        "community_email_choice_set",
        "community_thread_following",
        "community_thread_follow",
        "community_space_following",
        "community_space_follow",
        "community_tag_following",
        "community_tag_follow",
    }
    for (method, path), operation in ours.items():
        assert "401" in operation["responses"], (method, path)
        assert operation["tags"] == ["community"]
        if method != "get":
            assert {"403", "404", "413", "415", "422"} <= set(operation["responses"])


# --- what the member may no longer read ---------------------------------------------------


def test_a_thread_moved_to_a_space_the_member_cannot_read_leaves_their_notifications(
    committed, question, member, other_member, moderator, make_space
):
    committed(services.post_reply, author=other_member, thread=question, body="Use Export.")
    assert question.pk in [
        n["thread"] for n in browser(member).get(f"{API}/notifications/").json()["items"]
    ]
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)

    moderation.thread_move(moderator=moderator, thread=question, space=staff_room)
    listed = browser(member).get(f"{API}/notifications/").json()

    assert question.title not in json.dumps(listed)
    assert listed["unread"] == len([n for n in listed["items"] if not n["read"]])


def test_a_member_who_leaves_a_segment_no_longer_sees_its_threads_in_notifications(
    committed, make_space, make_member, english, other_member
):
    insider = make_member("insider")
    segment = segment_with(insider, other_member)
    customers = make_space("customers", read_access=Space.Access.SEGMENTS)
    customers.segments.add(segment)
    thread = services.thread_start(
        author=insider,
        space=customers,
        locale=english,
        kind=Thread.Kind.QUESTION,
        title="What does Acme pay next year?",
        body="Our renewal price.",
    )
    committed(services.post_reply, author=other_member, thread=thread, body="Ask sales.")
    assert thread.title in json.dumps(browser(insider).get(f"{API}/notifications/").json())

    segment.members.remove(insider)

    assert thread.title not in json.dumps(browser(insider).get(f"{API}/notifications/").json())
