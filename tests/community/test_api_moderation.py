"""Flags and moderation through the headless API: members flag once, moderators hide,
delete, lock, pin, move and merge, and everyone else is refused with nothing changed.
Every refusal is problem+json."""

import json

import pytest
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from wagtail.models import Locale, ModelLogEntry

from community import services
from community.models import Flag, LedgerEntry, Post, Space, Thread

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
    return getattr(client, method)(f"{API}{path}", data, content_type="application/json", **headers)


def assert_problem(response, status: int, words: str = "") -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert words in body["detail"]
    return body


def snapshot() -> tuple:
    """What a refused request must leave as it was."""
    return (
        list(Post.objects.order_by("pk").values_list("pk", "thread", "is_hidden", "deleted_at")),
        list(
            Thread.objects.order_by("pk").values_list(
                "pk", "space", "is_locked", "is_pinned", "is_hidden", "deleted_at", "merged_into"
            )
        ),
        list(Flag.objects.order_by("pk").values_list("pk", "resolved_at")),
        LedgerEntry.objects.count(),
        ModelLogEntry.objects.count(),
    )


def logged(action: str, obj) -> bool:
    return ModelLogEntry.objects.filter(action=action, object_id=str(obj.pk)).exists()


@pytest.fixture
def reply(question, other_member):
    return services.post_reply(author=other_member, thread=question, body="Try Reports → Export.")


@pytest.fixture
def other_thread(space, make_member, english):
    return services.thread_start(
        author=make_member(),
        space=space,
        locale=english,
        kind=Thread.Kind.QUESTION,
        title="Exporting hours to a spreadsheet?",
        body="Same as the other one.",
    )


# --- flags ---------------------------------------------------------------------------------


def test_a_member_flags_a_post_once(reply, member):
    client = browser(member)

    first = send(client, "post", f"/posts/{reply.pk}/flags/", {"reason": "rude", "note": "Rude."})
    second = send(client, "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"})

    assert first.status_code == 201, first.content
    assert first.json()["reason"] == "rude" and first.json()["note"] == "Rude."
    assert first.json()["post_hidden"] is False
    assert_problem(second, 409, "You have flagged this post already.")
    assert Flag.objects.filter(post=reply).count() == 1


def test_a_flag_on_ones_own_post_is_refused_with_a_clear_message(reply, other_member):
    before = snapshot()

    response = send(browser(other_member), "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"})

    assert_problem(response, 403, "You cannot flag your own post.")
    assert snapshot() == before


def test_enough_flags_hide_the_post_until_a_moderator_looks(
    reply, question, make_member, member, settings
):
    settings.COMMUNITY_FLAGS_TO_HIDE = 2
    send(browser(make_member()), "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"})
    assert not Post.objects.get(pk=reply.pk).is_hidden

    response = send(browser(make_member()), "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"})

    assert response.json()["post_hidden"] is True
    assert Post.objects.get(pk=reply.pk).is_hidden
    posts = browser(member).get(f"{API}/threads/{question.pk}/").json()["posts"]
    assert reply.pk not in [post["id"] for post in posts]
    late = send(browser(make_member()), "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"})
    assert_problem(late, 404)


@pytest.mark.parametrize(
    "payload",
    [
        {"reason": "boring"},
        {"reason": ""},
        {},
        {"reason": "other", "note": "x" * 501},
        {"reason": "other", "note": "a\x00b"},
        {"reason": "spam", "flagger": 1},
        {"reason": ["spam"]},
    ],
    ids=["unknown reason", "empty reason", "no reason", "huge note", "nul note", "extra", "list"],
)
def test_a_flag_the_community_cannot_take_is_refused(reply, member, payload):
    before = snapshot()

    response = send(browser(member), "post", f"/posts/{reply.pk}/flags/", payload)

    assert_problem(response, 422)
    assert snapshot() == before


def test_an_anonymous_visitor_cannot_flag(reply):
    before = snapshot()

    response = send(browser(), "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"})

    assert_problem(response, 401, "Sign in")
    assert snapshot() == before


def test_a_flag_needs_the_sessions_csrf_token(reply, member):
    client = browser(member, enforce_csrf_checks=True)

    refused = send(client, "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"})

    assert_problem(refused, 403, "CSRF")
    assert not Flag.objects.exists()
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    accepted = send(
        client, "post", f"/posts/{reply.pk}/flags/", {"reason": "spam"}, HTTP_X_CSRFTOKEN=token
    )
    assert accepted.status_code == 201


@pytest.mark.parametrize("post_id", [0, -1, 2**63, "one"])
def test_a_flag_on_a_post_id_out_of_bounds_is_refused(member, post_id):
    response = send(browser(member), "post", f"/posts/{post_id}/flags/", {"reason": "spam"})
    assert_problem(response, 422)


def test_a_flag_on_an_unknown_post_is_not_found(member):
    response = send(browser(member), "post", f"/posts/{2**62}/flags/", {"reason": "spam"})
    assert_problem(response, 404)


# --- what moderators do -------------------------------------------------------------------


def test_a_moderator_hides_and_restores_a_post(reply, member, moderator):
    Flag.objects.create(post=reply, flagger=member, reason="spam")
    client = browser(moderator)

    hidden = send(client, "put", f"/posts/{reply.pk}/hidden/", {"hidden": True})

    assert hidden.status_code == 200, hidden.content
    assert hidden.json() == {
        "id": reply.pk,
        "thread": reply.thread_id,
        "is_hidden": True,
        "is_deleted": False,
    }
    assert Flag.objects.get(post=reply).upheld is True
    assert logged("community.post.hide", reply)
    again = send(client, "put", f"/posts/{reply.pk}/hidden/", {"hidden": True})
    assert again.status_code == 200  # twice changes nothing
    shown = send(client, "put", f"/posts/{reply.pk}/hidden/", {"hidden": False})
    assert shown.json()["is_hidden"] is False
    assert not Post.objects.get(pk=reply.pk).is_hidden
    assert logged("community.post.restore", reply)


def test_a_moderator_deletes_a_post_and_brings_it_back(reply, moderator):
    client = browser(moderator)

    deleted = send(client, "put", f"/posts/{reply.pk}/deleted/", {"deleted": True})
    assert deleted.status_code == 200 and deleted.json()["is_deleted"] is True
    assert Post.objects.get(pk=reply.pk).deleted_at is not None

    back = send(client, "put", f"/posts/{reply.pk}/deleted/", {"deleted": False})
    assert back.json()["is_deleted"] is False
    assert Post.objects.get(pk=reply.pk).deleted_at is None
    assert logged("community.post.delete", reply) and logged("community.post.undelete", reply)


def test_the_author_deletes_their_own_post_but_cannot_bring_it_back(reply, other_member):
    client = browser(other_member)

    deleted = send(client, "put", f"/posts/{reply.pk}/deleted/", {"deleted": True})
    undo = send(client, "put", f"/posts/{reply.pk}/deleted/", {"deleted": False})

    assert deleted.status_code == 200
    assert_problem(undo, 404)  # a deleted post is no longer the author's to read
    assert Post.objects.get(pk=reply.pk).deleted_at is not None


def test_a_moderator_locks_unlocks_pins_and_unpins_a_thread(question, moderator):
    client = browser(moderator)

    locked = send(client, "put", f"/threads/{question.pk}/locked/", {"locked": True})
    pinned = send(client, "put", f"/threads/{question.pk}/pinned/", {"pinned": True})

    assert locked.status_code == 200 and locked.json()["is_locked"] is True
    assert pinned.json()["is_pinned"] is True and pinned.json()["is_locked"] is True
    question.refresh_from_db()
    assert question.is_locked and question.is_pinned
    send(client, "put", f"/threads/{question.pk}/locked/", {"locked": False})
    send(client, "put", f"/threads/{question.pk}/pinned/", {"pinned": False})
    question.refresh_from_db()
    assert not question.is_locked and not question.is_pinned
    for action in ("lock", "unlock", "pin", "unpin"):
        assert logged(f"community.thread.{action}", question), action


def test_a_moderator_moves_a_thread_to_another_space(question, make_space, moderator):
    billing = make_space("billing")

    response = send(
        browser(moderator), "put", f"/threads/{question.pk}/space/", {"space": "billing"}
    )

    assert response.status_code == 200 and response.json()["space"] == "billing"
    question.refresh_from_db()
    assert question.space == billing
    assert logged("community.thread.move", question)


def test_a_move_into_a_space_that_would_not_take_the_thread_is_refused(
    question, make_space, moderator, member, english
):
    swedish_only = make_space("svenska", locales=[Locale.objects.get(language_code="sv")])
    no_ideas = make_space("no-ideas", allows_ideas=False)
    idea = services.thread_start(
        author=member,
        space=question.space,
        locale=english,
        kind="idea",
        title="Dark mode",
        body="Please.",
    )
    before = snapshot()

    into_swedish = send(
        browser(moderator), "put", f"/threads/{question.pk}/space/", {"space": swedish_only.slug}
    )
    into_no_ideas = send(
        browser(moderator), "put", f"/threads/{idea.pk}/space/", {"space": no_ideas.slug}
    )

    assert_problem(into_swedish, 400, "does not take threads in that language")
    assert_problem(into_no_ideas, 403, "does not take ideas")
    assert snapshot() == before


def test_a_moderator_merges_a_thread_into_another(question, other_thread, member, moderator):
    response = send(
        browser(moderator), "post", f"/threads/{other_thread.pk}/merge/", {"into": question.pk}
    )

    assert response.status_code == 200, response.content
    assert response.json()["id"] == question.pk
    other_thread.refresh_from_db()
    assert other_thread.merged_into == question
    assert_problem(browser(member).get(f"{API}/threads/{other_thread.pk}/"), 404)
    bodies = [
        p["body_html"] for p in browser(member).get(f"{API}/threads/{question.pk}/").json()["posts"]
    ]
    assert any("Same as the other one." in body for body in bodies)
    assert logged("community.thread.merge", question)


# --- what nobody else can do --------------------------------------------------------------

ACTIONS = [
    ("put", "/posts/{reply}/hidden/", {"hidden": True}),
    ("put", "/posts/{reply}/hidden/", {"hidden": False}),
    ("put", "/posts/{reply}/deleted/", {"deleted": True}),
    ("put", "/posts/{reply}/deleted/", {"deleted": False}),
    ("put", "/threads/{thread}/locked/", {"locked": True}),
    ("put", "/threads/{thread}/locked/", {"locked": False}),
    ("put", "/threads/{thread}/pinned/", {"pinned": True}),
    ("put", "/threads/{thread}/pinned/", {"pinned": False}),
    ("put", "/threads/{thread}/space/", {"space": "billing"}),
    ("post", "/threads/{thread}/merge/", {"into": "OTHER"}),
]
ACTION_IDS = [
    "hide",
    "restore",
    "delete",
    "undelete",
    "lock",
    "unlock",
    "pin",
    "unpin",
    "move",
    "merge",
]


def _action(action, reply, other_thread):
    method, path, payload = action
    path = path.format(reply=reply.pk, thread=reply.thread_id)
    if payload.get("into"):
        payload = {"into": other_thread.pk}
    return method, path, payload


@pytest.mark.parametrize("action", ACTIONS, ids=ACTION_IDS)
def test_a_plain_member_cannot_moderate_and_nothing_changes(
    reply, other_thread, make_space, make_member, action
):
    make_space("billing")
    method, path, payload = _action(action, reply, other_thread)
    before = snapshot()

    response = send(browser(make_member()), method, path, payload)

    assert_problem(response, 403)
    assert snapshot() == before


@pytest.mark.parametrize("action", ACTIONS, ids=ACTION_IDS)
def test_an_anonymous_visitor_cannot_moderate(reply, other_thread, action):
    method, path, payload = _action(action, reply, other_thread)
    before = snapshot()

    assert_problem(send(browser(), method, path, payload), 401)
    assert snapshot() == before


@pytest.mark.parametrize("action", ACTIONS, ids=ACTION_IDS)
def test_a_moderators_action_needs_the_sessions_csrf_token(reply, other_thread, moderator, action):
    method, path, payload = _action(action, reply, other_thread)
    before = snapshot()

    response = send(browser(moderator, enforce_csrf_checks=True), method, path, payload)

    assert_problem(response, 403, "CSRF")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("method", "path", "payload", "status", "words"),
    [
        ("post", "/threads/{thread}/merge/", {"into": "SELF"}, 400, "Choose another thread"),
        ("post", "/threads/{thread}/merge/", {"into": 2**62}, 404, "No such thread"),
        ("post", "/threads/{thread}/merge/", {"into": 2**63}, 422, ""),
        ("post", "/threads/{thread}/merge/", {"into": 0}, 422, ""),
        ("post", "/threads/{thread}/merge/", {"into": "7"}, 422, ""),
        ("post", "/threads/{thread}/merge/", {}, 422, ""),
        ("put", "/threads/{thread}/space/", {"space": "no-such-space"}, 404, "No such space"),
        ("put", "/threads/{thread}/space/", {"space": "not a slug!"}, 422, ""),
        ("put", "/threads/{thread}/space/", {"space": "x" * 81}, 422, ""),
        ("put", "/threads/{thread}/locked/", {"locked": "yes"}, 422, ""),
        ("put", "/threads/{thread}/locked/", {"locked": 1}, 422, ""),
        ("put", "/threads/{thread}/pinned/", {}, 422, ""),
        ("put", "/posts/{reply}/hidden/", {"hidden": None}, 422, ""),
        ("put", "/posts/{reply}/deleted/", {"deleted": True, "extra": 1}, 422, ""),
        ("put", f"/posts/{2**62}/hidden/", {"hidden": True}, 404, "No such post"),
        ("put", f"/posts/{2**63}/hidden/", {"hidden": True}, 422, ""),
        ("put", f"/threads/{2**62}/locked/", {"locked": True}, 404, "No such thread"),
        ("put", "/threads/0/locked/", {"locked": True}, 422, ""),
    ],
    ids=[
        "merge into itself",
        "merge into unknown",
        "merge into huge",
        "merge into zero",
        "merge into text",
        "merge into nothing",
        "move to unknown space",
        "move to a bad slug",
        "move to a huge slug",
        "lock with text",
        "lock with a number",
        "pin with nothing",
        "hide with null",
        "delete with extra",
        "hide unknown post",
        "hide huge post",
        "lock unknown thread",
        "lock thread zero",
    ],
)
def test_a_moderators_hostile_input_gets_a_clear_4xx_and_changes_nothing(
    reply, moderator, method, path, payload, status, words
):
    path = path.format(reply=reply.pk, thread=reply.thread_id)
    if payload.get("into") == "SELF":
        payload = {"into": reply.thread_id}
    before = snapshot()

    response = send(browser(moderator), method, path, payload)

    assert_problem(response, status, words)
    assert snapshot() == before


def test_a_thread_in_a_space_the_moderator_may_not_read_cannot_be_a_target(
    question, make_space, moderator
):
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)
    before = snapshot()

    moved = send(
        browser(moderator), "put", f"/threads/{question.pk}/space/", {"space": "staff-room"}
    )

    assert_problem(moved, 404)
    assert snapshot() == before
    assert staff_room.threads.count() == 0


def test_the_moderation_operations_are_in_the_openapi_schema_with_their_errors(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    expected = {
        ("post", "/posts/{post_id}/flags/"): "community_post_flag",
        ("put", "/posts/{post_id}/hidden/"): "community_post_hide",
        ("put", "/posts/{post_id}/deleted/"): "community_post_delete",
        ("put", "/threads/{thread_id}/locked/"): "community_thread_lock",
        ("put", "/threads/{thread_id}/pinned/"): "community_thread_pin",
        ("put", "/threads/{thread_id}/space/"): "community_thread_move",
        ("post", "/threads/{thread_id}/merge/"): "community_thread_merge",
    }

    for (method, path), operation_id in expected.items():
        operation = paths[f"{API}{path}"][method]
        assert operation["operationId"] == operation_id
        assert operation["tags"] == ["community"]
        assert {"400", "401", "403", "404", "409", "413", "415", "422"} <= set(
            operation["responses"]
        ), path
