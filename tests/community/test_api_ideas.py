"""Ideas through the headless API: a space's board, an idea's status history, and the status
changes of product staff. Every refusal is problem+json and changes nothing."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from community import services
from community.models import IdeaStatusChange, LedgerEntry, Post, Space, Thread

API = "/api/v3/portal/community"
PROBLEM = "application/problem+json"
Status = Thread.IdeaStatus

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
    return (
        list(Thread.objects.order_by("pk").values_list("pk", "idea_status")),
        IdeaStatusChange.objects.count(),
        LedgerEntry.objects.count(),
    )


@pytest.fixture
def product_manager(make_member):
    user = make_member("product-manager")
    user.user_permissions.add(Permission.objects.get(codename="respond_to_idea"))
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def idea(space, member, english):
    return services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind=Thread.Kind.IDEA,
        title="Dark mode for the timer",
        body="Easier on the eyes at night.",
    )


def bare_idea(space, author, title, *, score=0, age_days=0, status=Status.NEW, **fields):
    thread = Thread.objects.create(
        space=space,
        kind=Thread.Kind.IDEA,
        title=title,
        author=author,
        locale=Locale.objects.get(language_code="en"),
        last_activity_at=timezone.now(),
        idea_status=status,
        score=score,
        **fields,
    )
    Thread.objects.filter(pk=thread.pk).update(created_at=timezone.now() - timedelta(days=age_days))
    Post.objects.create(thread=thread, author=author, body="An idea.", is_opening=True)
    return thread


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


# --- the board -----------------------------------------------------------------------------


def test_a_space_lists_its_ideas_by_votes_or_newest(space, make_space, member):
    liked = bare_idea(space, member, "Weekly summary", score=12, age_days=5)
    newest = bare_idea(space, member, "Calendar export", score=1, status=Status.PLANNED)
    middle = bare_idea(space, member, "Offline mode", score=4, age_days=2)
    bare_idea(make_space("billing"), member, "Elsewhere", score=99)
    client = browser()

    by_votes = client.get(f"{API}/spaces/{space.slug}/ideas/")
    by_date = client.get(f"{API}/spaces/{space.slug}/ideas/", {"order": "newest"})

    assert titles(by_votes) == [liked.title, middle.title, newest.title]
    assert titles(by_date) == [newest.title, middle.title, liked.title]
    first = by_votes.json()["items"][0]
    assert first["status"] == "new" and first["score"] == 12 and first["space"] == space.slug
    assert first["author"]["name"] == member.username and first["locale"] == "en"
    assert by_votes.json()["count"] == 3


def test_a_space_lists_the_ideas_of_one_status(space, member):
    bare_idea(space, member, "Still new")
    bare_idea(space, member, "Being built", status=Status.IN_PROGRESS)
    client = browser()

    assert titles(client.get(f"{API}/spaces/{space.slug}/ideas/", {"status": "in_progress"})) == [
        "Being built"
    ]
    assert titles(client.get(f"{API}/spaces/{space.slug}/ideas/", {"status": "done"})) == []


def test_the_idea_list_comes_in_pages_of_twenty(space, member):
    for n in range(23):
        bare_idea(space, member, f"Idea {n:02d}", score=n)

    second = browser().get(f"{API}/spaces/{space.slug}/ideas/", {"page": 2}).json()

    assert (second["count"], second["page"], second["pages"]) == (23, 2, 2)
    assert [item["title"] for item in second["items"]] == ["Idea 02", "Idea 01", "Idea 00"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"status": "shipped"}, 400),
        ({"status": "\x00"}, 400),
        ({"order": "oldest"}, 400),
        ({"page": 0}, 400),
        ({"page": 1001}, 400),
        ({"page": "99999999999999999999"}, 400),
        ({"page": "one"}, 422),
    ],
)
def test_an_idea_list_refuses_what_it_does_not_take(space, query, status):
    assert_problem(browser().get(f"{API}/spaces/{space.slug}/ideas/", query), status)


def test_a_space_without_ideas_or_unknown_or_unreadable_has_no_idea_list(make_space, member):
    make_space("news", allows_ideas=False)
    make_space("staff-room", read_access=Space.Access.STAFF)

    assert_problem(browser(member).get(f"{API}/spaces/news/ideas/"), 404)
    assert_problem(browser(member).get(f"{API}/spaces/staff-room/ideas/"), 404)
    assert_problem(browser(member).get(f"{API}/spaces/no-such-space/ideas/"), 404)
    assert_problem(browser(member).get(f"{API}/spaces/{'x' * 81}/ideas/"), 422)


def test_a_hidden_idea_is_listed_for_moderators_only(space, member, moderator):
    bare_idea(space, member, "Hidden idea", is_hidden=True)

    assert titles(browser(member).get(f"{API}/spaces/{space.slug}/ideas/")) == []
    assert titles(browser(moderator).get(f"{API}/spaces/{space.slug}/ideas/")) == ["Hidden idea"]


# --- an idea's status -----------------------------------------------------------------------


def test_product_staff_change_an_ideas_status_with_a_response_shown_on_the_idea(
    idea, product_manager
):
    response = send(
        browser(product_manager),
        "put",
        f"/threads/{idea.pk}/status/",
        {"status": "planned", "response": "Coming **next quarter**. <script>x</script>"},
    )

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["status"] == "planned"
    [change] = data["status_changes"]
    assert (change["from_status"], change["to_status"]) == ("new", "planned")
    assert "<strong>next quarter</strong>" in change["response_html"]
    assert "<script>" not in change["response_html"]
    assert change["changed_by"]["name"] == "product-manager"
    idea.refresh_from_db()
    assert idea.idea_status == Status.PLANNED
    read = browser().get(f"{API}/threads/{idea.pk}/status/")
    assert read.status_code == 200 and read.json()["status_changes"] == data["status_changes"]
    listed = browser().get(f"{API}/threads/{idea.pk}/").json()
    assert listed["idea_status"] == "planned"


def test_the_history_lists_every_change_newest_first(idea, product_manager):
    client = browser(product_manager)
    send(client, "put", f"/threads/{idea.pk}/status/", {"status": "under_review", "response": "A"})
    send(client, "put", f"/threads/{idea.pk}/status/", {"status": "declined", "response": "B"})

    changes = browser().get(f"{API}/threads/{idea.pk}/status/").json()["status_changes"]

    assert [(c["to_status"], c["response"]) for c in changes] == [
        ("declined", "B"),
        ("under_review", "A"),
    ]


@pytest.mark.parametrize("who", ["member", "moderator", "author"])
def test_someone_who_is_not_product_staff_cannot_change_a_status(idea, make_member, moderator, who):
    user = {"member": make_member(), "moderator": moderator, "author": idea.author}[who]
    before = snapshot()

    response = send(
        browser(user), "put", f"/threads/{idea.pk}/status/", {"status": "done", "response": "Yes"}
    )

    assert_problem(response, 403, "Only product staff")
    assert snapshot() == before


def test_an_anonymous_visitor_cannot_change_a_status(idea):
    before = snapshot()

    response = send(
        browser(), "put", f"/threads/{idea.pk}/status/", {"status": "done", "response": "Yes"}
    )

    assert_problem(response, 401, "Sign in")
    assert snapshot() == before


def test_a_status_change_needs_the_sessions_csrf_token(idea, product_manager):
    client = browser(product_manager, enforce_csrf_checks=True)
    payload = {"status": "done", "response": "Shipped."}
    before = snapshot()

    assert_problem(send(client, "put", f"/threads/{idea.pk}/status/", payload), 403, "CSRF")
    assert snapshot() == before
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    accepted = send(client, "put", f"/threads/{idea.pk}/status/", payload, HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 200


@pytest.mark.parametrize(
    ("payload", "status", "words"),
    [
        ({"status": "shipped", "response": "Yes"}, 422, ""),
        ({"status": "new", "response": "Again"}, 400, "already has that status"),
        ({"status": "done", "response": ""}, 422, ""),
        ({"status": "done", "response": "   "}, 400, "why the status changes"),
        ({"status": "done", "response": "x" * 5001}, 422, ""),
        ({"status": "done", "response": "a\x00b"}, 422, ""),
        ({"status": "done"}, 422, ""),
        ({"status": "done", "response": "Yes", "changed_by": 1}, 422, ""),
        ({"status": ["done"], "response": "Yes"}, 422, ""),
    ],
    ids=[
        "unknown status",
        "same status",
        "empty response",
        "blank response",
        "huge response",
        "nul response",
        "no response",
        "extra field",
        "status list",
    ],
)
def test_a_bad_status_change_is_refused_and_changes_nothing(
    idea, product_manager, payload, status, words
):
    before = snapshot()

    response = send(browser(product_manager), "put", f"/threads/{idea.pk}/status/", payload)

    assert_problem(response, status, words)
    assert snapshot() == before


def test_a_thread_that_is_no_idea_has_no_status(question, product_manager):
    before = snapshot()

    assert_problem(browser().get(f"{API}/threads/{question.pk}/status/"), 404)
    response = send(
        browser(product_manager),
        "put",
        f"/threads/{question.pk}/status/",
        {"status": "done", "response": "Yes"},
    )

    assert_problem(response, 404)
    assert snapshot() == before


@pytest.mark.parametrize("thread_id", [0, -1, 2**63, "one"])
def test_an_idea_id_out_of_bounds_is_refused(client, product_manager, thread_id):
    assert_problem(client.get(f"{API}/threads/{thread_id}/status/"), 422)
    response = send(
        browser(product_manager),
        "put",
        f"/threads/{thread_id}/status/",
        {"status": "done", "response": "Yes"},
    )
    assert_problem(response, 422)


def test_an_unknown_or_unreadable_idea_is_not_found(make_space, member, product_manager):
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)
    internal = bare_idea(staff_room, product_manager, "Internal idea")

    assert_problem(browser(member).get(f"{API}/threads/{internal.pk}/status/"), 404)
    assert_problem(browser(member).get(f"{API}/threads/{2**62}/status/"), 404)


def test_the_idea_operations_are_in_the_openapi_schema_with_their_errors(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]

    board = paths[f"{API}/spaces/{{slug}}/ideas/"]["get"]
    status = paths[f"{API}/threads/{{thread_id}}/status/"]

    assert board["operationId"] == "community_ideas"
    assert {"400", "404", "422"} <= set(board["responses"])
    listing = {parameter["name"]: parameter["schema"] for parameter in board["parameters"]}
    assert listing["status"]["enum"] == ["", *Status.values]
    assert listing["order"]["enum"] == ["top", "newest"]
    assert listing["page"]["maximum"] == 1000
    assert status["get"]["operationId"] == "community_idea_status"
    assert status["put"]["operationId"] == "community_idea_status_change"
    assert {"400", "401", "403", "404", "409", "413", "415", "422"} <= set(
        status["put"]["responses"]
    )
    assert status["put"]["tags"] == ["community"]
