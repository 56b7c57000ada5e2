"""The community through the headless API, as a front end would use it.

Every refusal is problem+json and changes nothing; what a viewer may not read is 404.
"""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from community import services
from community.models import LedgerEntry, Post, PostRevision, Space, Thread, Vote
from tests.factories import segment_with
from tests.utils import demo_user

API = "/api/v3/portal/community"
PROBLEM = "application/problem+json"
SEGMENTS, STAFF, SIGNED_IN = Space.Access.SEGMENTS, Space.Access.STAFF, Space.Access.SIGNED_IN

pytestmark = pytest.mark.django_db


def browser(user=None, **options) -> Client:
    """A client signed in as ``user`` (anonymous without one)."""
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


def answer(thread: Thread, author, body: str = "Use **Reports → Export**.") -> Post:
    return services.post_reply(author=author, thread=thread, body=body)


def snapshot() -> tuple:
    """What a refused request must leave as it was."""
    return (
        Thread.objects.count(),
        list(Post.objects.order_by("pk").values_list("pk", "body", "score", "is_hidden")),
        Vote.objects.count(),
        LedgerEntry.objects.count(),
        PostRevision.objects.count(),
        list(Thread.objects.order_by("pk").values_list("accepted_answer", "title", "reply_count")),
    )


def slugs(response, ours) -> list[str]:
    return [space["slug"] for space in response.json() if space["slug"] in ours]


# --- spaces -------------------------------------------------------------------------------


def test_the_spaces_of_a_language_are_those_serving_it_that_the_viewer_may_read(
    make_space, member, other_member, english
):
    swedish = Locale.objects.get(language_code="sv")
    make_space("open-en", position=1)
    make_space("open-sv", locales=[swedish], position=2)
    make_space("members-en", read_access=SIGNED_IN, position=3)
    customers = make_space("customers-en", read_access=SEGMENTS, position=4)
    customers.segments.add(segment_with(other_member))
    make_space("staff-en", read_access=STAFF, position=5)
    ours = {"open-en", "open-sv", "members-en", "customers-en", "staff-en"}

    def listed(user, locale="en"):
        response = browser(user).get(f"{API}/spaces/", {"locale": locale})
        assert response.status_code == 200
        return slugs(response, ours)

    assert listed(None) == ["open-en"]
    assert listed(None, "sv") == ["open-sv"]
    assert listed(member) == ["open-en", "members-en"]
    assert listed(other_member) == ["open-en", "members-en", "customers-en"]
    assert listed(demo_user("agent")) == ["open-en", "members-en", "customers-en", "staff-en"]
    every = browser(member).get(f"{API}/spaces/")
    assert slugs(every, ours) == ["open-en", "open-sv", "members-en"]
    first = next(space for space in every.json() if space["slug"] == "open-sv")
    assert first["locales"] == ["sv"] and first["read_access"] == "everyone"


def test_an_unknown_language_for_the_space_list_is_refused(client):
    assert_problem(client.get(f"{API}/spaces/", {"locale": "xx"}), 422)


# --- thread lists -------------------------------------------------------------------------


def bare_thread(space, author, title, *, age_hours=0, score=0, **fields) -> Thread:
    """A thread straight in the database (past the daily limits), ``age_hours`` old."""
    moment = timezone.now() - timedelta(hours=age_hours)
    thread = Thread.objects.create(
        space=space,
        author=author,
        title=title,
        locale=Locale.objects.get(language_code="en"),
        last_activity_at=moment,
        score=score,
        **fields,
    )
    Thread.objects.filter(pk=thread.pk).update(created_at=moment)
    Post.objects.create(thread=thread, author=author, body=f"About {title}.", is_opening=True)
    return thread


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_a_space_lists_its_threads_newest_most_active_unanswered_and_top_voted(
    space, member, other_member
):
    old = bare_thread(space, member, "Old but busy", age_hours=30, score=1)
    answered = bare_thread(space, member, "Answered", age_hours=20, score=7)
    bare_thread(space, member, "Fresh", age_hours=1, score=3)
    bare_thread(space, member, "A talk", age_hours=2, kind=Thread.Kind.DISCUSSION)
    reply = answer(answered, other_member)
    answer(old, other_member)  # the latest activity
    services.answer_accept(acting_user=member, post=reply)
    url = f"{API}/spaces/{space.slug}/threads/"

    assert titles(browser().get(url, {"order": "newest"})) == [
        "Fresh",
        "A talk",
        "Answered",
        "Old but busy",
    ]
    assert titles(browser().get(url, {"order": "active"}))[0] == "Old but busy"
    assert titles(browser().get(url, {"order": "top"}))[:2] == ["Answered", "Fresh"]
    assert titles(browser().get(url, {"order": "unanswered"})) == ["Fresh"]
    assert titles(browser().get(url, {"kind": "discussion"})) == ["A talk"]
    listed = browser().get(url, {"order": "newest"}).json()["items"]
    assert {item["title"]: item["is_answered"] for item in listed}["Answered"] is True
    assert listed[0]["author"] == {"name": "asker", "trust_level": 0}


def test_a_space_lists_the_threads_of_a_tag(space, question, member):
    bare_thread(space, member, "Untagged")

    listed = browser().get(f"{API}/spaces/{space.slug}/threads/", {"tag": "export"})

    assert titles(listed) == [question.title]
    assert listed.json()["items"][0]["tags"] == ["export", "timesheets"]


def test_the_thread_list_comes_in_pages_of_twenty(space, member):
    for number in range(23):
        bare_thread(space, member, f"Thread {number:02d}", age_hours=number)
    url = f"{API}/spaces/{space.slug}/threads/"

    first = browser().get(url, {"order": "newest"}).json()
    second = browser().get(url, {"order": "newest", "page": 2}).json()
    past_the_end = browser().get(url, {"order": "newest", "page": 9}).json()

    assert (first["count"], first["page"], first["pages"]) == (23, 1, 2)
    assert [item["title"] for item in first["items"]][:2] == ["Thread 00", "Thread 01"]
    assert len(first["items"]) == 20
    assert [item["title"] for item in second["items"]] == ["Thread 20", "Thread 21", "Thread 22"]
    assert past_the_end["page"] == 2


@pytest.mark.parametrize(
    "params, status, words",
    [
        ({"order": "oldest"}, 400, "newest, active, unanswered, top"),
        ({"kind": "poll"}, 400, "question, discussion"),
        ({"page": 0}, 400, "1 to 1000"),
        ({"page": -1}, 400, "1 to 1000"),
        ({"page": 10**12}, 400, "1 to 1000"),
        ({"page": "two"}, 422, ""),
        ({"tag": "x" * 101}, 422, ""),
    ],
)
def test_a_thread_list_refuses_what_it_does_not_take(
    client, space, question, params, status, words
):
    response = client.get(f"{API}/spaces/{space.slug}/threads/", params)

    assert_problem(response, status, words)


def test_an_unknown_space_has_no_threads(client):
    assert_problem(client.get(f"{API}/spaces/no-such-space/threads/"), 404, "No such space")


def test_the_threads_of_a_segments_or_staff_space_are_not_found_by_others(
    make_space, make_member, member, other_member, moderator
):
    customers = make_space("acme-only", read_access=SEGMENTS)
    customers.segments.add(segment_with(other_member))
    staff = make_space("staff-room", read_access=STAFF)
    bare_thread(customers, other_member, "Acme's own")
    bare_thread(staff, demo_user("agent"), "Rota")

    for viewer in (None, member, moderator):
        for hidden_space in (customers, staff):
            response = browser(viewer).get(f"{API}/spaces/{hidden_space.slug}/threads/")
            assert_problem(response, 404)
    assert titles(browser(other_member).get(f"{API}/spaces/acme-only/threads/")) == ["Acme's own"]
    assert titles(browser(demo_user("agent")).get(f"{API}/spaces/staff-room/threads/")) == ["Rota"]


def test_a_hidden_thread_is_listed_for_moderators_only(space, member, moderator, question):
    bare_thread(space, member, "Spam", is_hidden=True)
    url = f"{API}/spaces/{space.slug}/threads/"

    for viewer in (None, member):
        assert titles(browser(viewer).get(url)) == [question.title]
    assert set(titles(browser(moderator).get(url))) == {question.title, "Spam"}


# --- one thread ---------------------------------------------------------------------------


def test_a_thread_shows_its_question_then_the_accepted_answer_then_the_others(
    question, member, other_member, make_member
):
    first = answer(question, make_member("early-bird"), "Try the menu.")
    accepted = answer(question, other_member, "Open **Reports**, then Export.")
    services.answer_accept(acting_user=member, post=accepted)

    data = browser().get(f"{API}/threads/{question.pk}/").json()

    assert [post["id"] for post in data["posts"]] == [
        question.posts.get(is_opening=True).pk,
        accepted.pk,
        first.pk,
    ]
    assert [post["is_accepted"] for post in data["posts"]] == [False, True, False]
    assert data["accepted_answer"] == accepted.pk and data["is_answered"] is True
    assert data["title"] == question.title and data["locale"] == "en"
    assert data["tags"] == ["export", "timesheets"]
    assert (
        data["posts"][1]["body_html"].strip()
        == "<p>Open <strong>Reports</strong>, then Export.</p>"
    )
    assert data["posts"][1]["author"] == {"name": "helper", "trust_level": 0}


def test_a_post_is_shown_as_sanitised_html_with_its_source_for_its_author_only(
    question, member, other_member, moderator
):
    hostile = answer(
        question,
        other_member,
        "<script>alert(1)</script> [click](javascript:alert(1)) [docs](https://example.org/)"
        " <img src=x onerror=alert(1)>",
    )

    def shown(viewer) -> dict:
        posts = browser(viewer).get(f"{API}/threads/{question.pk}/").json()["posts"]
        return next(post for post in posts if post["id"] == hostile.pk)

    html = shown(None)["body_html"]
    assert set(re.findall(r"<(\w+)", html)) == {"p", "a"}  # no script, no img
    assert 'href="javascript' not in html and "onerror=" not in re.sub(r"&lt;[^&]*&gt;", "", html)
    assert 'href="https://example.org/"' in html and 'rel="nofollow ugc noopener"' in html
    assert shown(None)["body"] is None
    assert shown(member)["body"] is None
    assert shown(other_member)["body"] == hostile.body
    assert shown(moderator)["body"] == hostile.body


def test_a_thread_shows_official_posts_scores_and_the_viewers_own_vote(
    question, member, other_member
):
    agent = demo_user("agent")
    official = answer(question, agent, "From support: use the export button.")
    services.vote_cast(voter=other_member, post=official, value=1)
    services.vote_cast(voter=member, post=official, value=-1)

    def official_post(viewer) -> dict:
        posts = browser(viewer).get(f"{API}/threads/{question.pk}/").json()["posts"]
        return next(post for post in posts if post["id"] == official.pk)

    assert official_post(None)["is_official"] is True
    assert official_post(None)["author"]["name"] == "Agent"
    assert official_post(None)["score"] == 0
    assert official_post(None)["my_vote"] is None
    assert official_post(other_member)["my_vote"] == 1
    assert official_post(member)["my_vote"] == -1
    opening = browser().get(f"{API}/threads/{question.pk}/").json()["posts"][0]
    assert opening["is_official"] is False and opening["is_opening"] is True


def test_a_hidden_or_deleted_thread_is_not_found_but_by_moderators(
    question, member, other_member, moderator
):
    for change in ({"is_hidden": True}, {"is_hidden": False, "deleted_at": timezone.now()}):
        Thread.objects.filter(pk=question.pk).update(**change)
        for viewer in (None, member, other_member):
            response = browser(viewer).get(f"{API}/threads/{question.pk}/")
            assert_problem(response, 404, "No such thread")
        shown = browser(moderator).get(f"{API}/threads/{question.pk}/")
        assert shown.status_code == 200
        assert shown.json()["is_hidden"] is change["is_hidden"]


def test_a_hidden_post_is_left_out_of_its_thread_for_members(question, other_member, moderator):
    hidden = answer(question, other_member, "Buy cheap watches.")
    Post.objects.filter(pk=hidden.pk).update(is_hidden=True)

    for viewer in (None, other_member):
        posts = browser(viewer).get(f"{API}/threads/{question.pk}/").json()["posts"]
        assert hidden.pk not in [post["id"] for post in posts]
    posts = browser(moderator).get(f"{API}/threads/{question.pk}/").json()["posts"]
    assert {post["id"]: post["is_hidden"] for post in posts}[hidden.pk] is True


def test_a_thread_in_a_segments_or_staff_space_is_not_found_by_others(
    make_space, member, other_member, moderator
):
    customers = make_space("acme-room", read_access=SEGMENTS)
    customers.segments.add(segment_with(other_member))
    staff = make_space("back-office", read_access=STAFF)
    acme = bare_thread(customers, other_member, "Acme's own")
    rota = bare_thread(staff, demo_user("agent"), "Rota")

    for viewer in (None, member, moderator):
        assert_problem(browser(viewer).get(f"{API}/threads/{acme.pk}/"), 404)
        assert_problem(browser(viewer).get(f"{API}/threads/{rota.pk}/"), 404)
    assert browser(other_member).get(f"{API}/threads/{acme.pk}/").status_code == 200
    assert_problem(browser(other_member).get(f"{API}/threads/{rota.pk}/"), 404)
    assert browser(demo_user("agent")).get(f"{API}/threads/{rota.pk}/").status_code == 200


@pytest.mark.parametrize("thread_id", [0, -1, 2**63, "one"])
def test_a_thread_id_out_of_bounds_is_refused(client, thread_id):
    assert_problem(client.get(f"{API}/threads/{thread_id}/"), 422)


def test_reading_a_thread_counts_its_posts_as_read_for_the_member(question, other_member):
    answer(question, other_member)

    browser(other_member).get(f"{API}/threads/{question.pk}/")

    read = other_member.community_reads.get(thread=question)
    assert read.posts_read == 2


# --- starting a thread --------------------------------------------------------------------

NEW_THREAD = {
    "kind": "question",
    "title": "Can I approve timesheets on my phone?",
    "body": "Our managers travel a lot.",
    "tags": ["Mobile", "approval"],
    "locale": "en",
}


def test_a_member_starts_a_thread_and_gets_it_back(space, member):
    response = send(browser(member), "post", f"/spaces/{space.slug}/threads/", NEW_THREAD)

    data = response.json()
    assert response.status_code == 201, response.content
    thread = Thread.objects.get(pk=data["id"])
    assert thread.author == member and thread.space == space
    assert data["title"] == NEW_THREAD["title"] and data["kind"] == "question"
    assert data["tags"] == ["approval", "mobile"]
    assert [post["body"] for post in data["posts"]] == [NEW_THREAD["body"]]
    assert data["posts"][0]["body_html"].strip() == "<p>Our managers travel a lot.</p>"


def test_an_anonymous_visitor_cannot_start_a_thread(space):
    before = snapshot()

    response = send(browser(), "post", f"/spaces/{space.slug}/threads/", NEW_THREAD)

    assert_problem(response, 401, "Sign in")
    assert snapshot() == before


def test_a_signed_in_thread_start_needs_the_sessions_csrf_token(space, member):
    client = browser(member, enforce_csrf_checks=True)
    before = snapshot()

    refused = send(client, "post", f"/spaces/{space.slug}/threads/", NEW_THREAD)

    assert_problem(refused, 403, "X-CSRFToken")
    assert snapshot() == before
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    accepted = send(
        client, "post", f"/spaces/{space.slug}/threads/", NEW_THREAD, HTTP_X_CSRFTOKEN=token
    )
    assert accepted.status_code == 201


@pytest.mark.parametrize(
    "change, status, words",
    [
        ({"body": ""}, 422, ""),
        ({"body": "   \n  "}, 400, "empty"),
        ({"body": "x" * 20_001}, 422, ""),
        ({"title": ""}, 422, ""),
        ({"title": "t" * 151}, 422, ""),
        ({"kind": "poll"}, 422, ""),
        ({"kind": "announcement"}, 403, "staff"),
        ({"locale": "xx"}, 422, ""),
        ({"locale": "sv"}, 400, "language"),
        ({"tags": ["a", "b", "c", "d", "e", "f"]}, 422, ""),
        ({"tags": ["!!!"]}, 400, "cannot be a tag"),
        ({"author": "someone-else"}, 422, ""),
        ({"is_pinned": True}, 422, ""),
        ({"body": "see https://a.example https://b.example https://c.example"}, 400, "links"),
    ],
)
def test_a_thread_the_community_cannot_take_is_refused_and_nothing_is_written(
    space, member, change, status, words
):
    before = snapshot()

    response = send(browser(member), "post", f"/spaces/{space.slug}/threads/", NEW_THREAD | change)

    assert_problem(response, status, words)
    assert snapshot() == before


def test_a_one_megabyte_post_is_refused_before_it_is_read(space, question, member):
    before = snapshot()
    huge = "x" * 1_000_000

    started = send(
        browser(member), "post", f"/spaces/{space.slug}/threads/", NEW_THREAD | {"body": huge}
    )
    replied = send(browser(member), "post", f"/threads/{question.pk}/posts/", {"body": huge})

    assert_problem(started, 413)
    assert_problem(replied, 413)
    assert snapshot() == before


def test_a_thread_cannot_be_started_in_an_unknown_or_unreadable_space(make_space, member):
    make_space("staff-desk", read_access=STAFF)
    before = snapshot()

    for slug in ("no-such-space", "staff-desk"):
        response = send(browser(member), "post", f"/spaces/{slug}/threads/", NEW_THREAD)
        assert_problem(response, 404, "No such space")
    assert snapshot() == before


def test_a_member_outside_a_spaces_posters_cannot_start_a_thread(make_space, member):
    readers_only = make_space("announcements", post_access=STAFF)
    before = snapshot()

    response = send(browser(member), "post", f"/spaces/{readers_only.slug}/threads/", NEW_THREAD)

    assert_problem(response, 403, "Only some members")
    assert snapshot() == before


def test_a_new_members_fourth_thread_of_the_day_is_refused(space, make_member, redis):
    newcomer = make_member("newcomer", days=0)
    client = browser(newcomer)
    for number in range(3):
        started = send(
            client, "post", f"/spaces/{space.slug}/threads/", NEW_THREAD | {"title": f"Q{number}"}
        )
        assert started.status_code == 201
    before = snapshot()

    fourth = send(client, "post", f"/spaces/{space.slug}/threads/", NEW_THREAD)

    assert_problem(fourth, 429, "3 threads a day")
    assert snapshot() == before


# --- replying and editing -----------------------------------------------------------------


def test_a_member_answers_a_question(question, other_member):
    response = send(browser(other_member), "post", f"/threads/{question.pk}/posts/", {"body": "Hi"})

    data = response.json()
    assert response.status_code == 201, response.content
    assert data["thread"] == question.pk and data["is_opening"] is False
    assert data["body"] == "Hi" and data["author"]["name"] == "helper"
    assert Post.objects.get(pk=data["id"]).author == other_member
    assert Thread.objects.get(pk=question.pk).reply_count == 1


@pytest.mark.parametrize(
    "payload, status",
    [({"body": ""}, 422), ({"body": " "}, 400), ({}, 422), ({"body": "Hi", "thread": 1}, 422)],
)
def test_a_reply_the_community_cannot_take_is_refused(question, other_member, payload, status):
    before = snapshot()

    response = send(browser(other_member), "post", f"/threads/{question.pk}/posts/", payload)

    assert_problem(response, status)
    assert snapshot() == before


def test_nobody_replies_to_a_locked_hidden_or_unknown_thread_but_moderators_to_locked(
    question, other_member, moderator
):
    anonymous = send(browser(), "post", f"/threads/{question.pk}/posts/", {"body": "Hi"})
    Thread.objects.filter(pk=question.pk).update(is_locked=True)
    before = snapshot()
    locked = send(browser(other_member), "post", f"/threads/{question.pk}/posts/", {"body": "Hi"})
    unknown = send(browser(other_member), "post", "/threads/999999999/posts/", {"body": "Hi"})
    after_refusals = snapshot()
    by_moderator = send(
        browser(moderator), "post", f"/threads/{question.pk}/posts/", {"body": "Ok"}
    )
    Thread.objects.filter(pk=question.pk).update(is_locked=False, is_hidden=True)
    hidden = send(browser(other_member), "post", f"/threads/{question.pk}/posts/", {"body": "Hi"})

    assert_problem(anonymous, 401)
    assert_problem(locked, 409, "locked")
    assert_problem(unknown, 404, "No such thread")
    assert after_refusals == before
    assert by_moderator.status_code == 201
    assert_problem(hidden, 404, "No such thread")


def test_the_author_edits_a_post_and_the_earlier_text_is_kept(question, member):
    opening = question.posts.get(is_opening=True)

    response = send(
        browser(member),
        "patch",
        f"/posts/{opening.pk}/",
        {"body": "I need **all** hours.", "title": "Exporting all hours"},
    )

    assert response.status_code == 200, response.content
    assert response.json()["body_html"].strip() == "<p>I need <strong>all</strong> hours.</p>"
    assert response.json()["edited_at"] is not None
    assert Thread.objects.get(pk=question.pk).title == "Exporting all hours"
    assert list(opening.revisions.values_list("body", flat=True)) == [opening.body]


def test_only_the_author_or_a_moderator_edits_a_post(question, other_member, moderator):
    opening = question.posts.get(is_opening=True)
    before = snapshot()

    anonymous = send(browser(), "patch", f"/posts/{opening.pk}/", {"body": "Mine now"})
    other = send(browser(other_member), "patch", f"/posts/{opening.pk}/", {"body": "Mine now"})
    extra = send(browser(moderator), "patch", f"/posts/{opening.pk}/", {"body": "x", "score": 9})
    refused = snapshot()
    moderated = send(browser(moderator), "patch", f"/posts/{opening.pk}/", {"body": "Tidied."})

    assert_problem(anonymous, 401)
    assert_problem(other, 403, "Only the author or a moderator")
    assert_problem(extra, 422)
    assert refused == before
    assert moderated.status_code == 200
    assert Post.objects.get(pk=opening.pk).body == "Tidied."


def test_an_unknown_or_hidden_post_cannot_be_edited(question, member):
    opening = question.posts.get(is_opening=True)
    Post.objects.filter(pk=opening.pk).update(is_hidden=True)
    before = snapshot()

    for post_id in (opening.pk, 999999999):
        response = send(browser(member), "patch", f"/posts/{post_id}/", {"body": "Again"})
        assert_problem(response, 404, "No such post")
    assert snapshot() == before


# --- votes --------------------------------------------------------------------------------


def test_a_member_votes_changes_the_vote_and_takes_it_back(question, member, other_member):
    reply = answer(question, other_member)
    client = browser(member)

    up = send(client, "put", f"/posts/{reply.pk}/vote/", {"value": 1})
    down = send(client, "put", f"/posts/{reply.pk}/vote/", {"value": -1})
    down_again = send(client, "put", f"/posts/{reply.pk}/vote/", {"value": -1.0})
    shown = client.get(f"{API}/threads/{question.pk}/").json()["posts"]
    back = send(client, "delete", f"/posts/{reply.pk}/vote/")

    assert up.json() == {"post": reply.pk, "score": 1, "my_vote": 1}
    assert down.json() == {"post": reply.pk, "score": -1, "my_vote": -1}
    assert down_again.json() == {"post": reply.pk, "score": -1, "my_vote": -1}
    assert {post["id"]: post["my_vote"] for post in shown}[reply.pk] == -1
    assert back.status_code == 200
    assert back.json() == {"post": reply.pk, "score": 0, "my_vote": None}
    assert not Vote.objects.filter(post=reply).exists()
    assert sum(other_member.community_ledger.values_list("points", flat=True)) == 2  # answered


def test_a_self_vote_is_refused_with_a_clear_message_and_changes_nothing(question, member):
    opening = question.posts.get(is_opening=True)
    before = snapshot()

    response = send(browser(member), "put", f"/posts/{opening.pk}/vote/", {"value": 1})

    assert_problem(response, 403, "You cannot vote on your own post.")
    assert snapshot() == before


def test_a_vote_on_a_locked_thread_is_refused_with_a_clear_message_and_changes_nothing(
    question, other_member
):
    opening = question.posts.get(is_opening=True)
    Thread.objects.filter(pk=question.pk).update(is_locked=True)
    before = snapshot()

    response = send(browser(other_member), "put", f"/posts/{opening.pk}/vote/", {"value": 1})

    assert_problem(response, 409, "This thread is locked.")
    assert snapshot() == before


@pytest.mark.parametrize(
    "payload",
    [{"value": 5}, {"value": 0}, {"value": True}, {"value": "1"}, {}, {"value": 1, "weight": 10}],
)
def test_a_vote_that_is_not_up_or_down_is_refused(question, other_member, payload):
    opening = question.posts.get(is_opening=True)
    before = snapshot()

    response = send(browser(other_member), "put", f"/posts/{opening.pk}/vote/", payload)

    assert_problem(response, 422)
    assert snapshot() == before


def test_votes_need_a_signed_in_member_who_may_read_the_post(question, other_member, make_space):
    opening = question.posts.get(is_opening=True)
    hidden = answer(question, other_member)
    Post.objects.filter(pk=hidden.pk).update(is_hidden=True)
    before = snapshot()

    anonymous = send(browser(), "put", f"/posts/{opening.pk}/vote/", {"value": 1})
    anonymous_retract = send(browser(), "delete", f"/posts/{opening.pk}/vote/")
    on_hidden = send(browser(question.author), "put", f"/posts/{hidden.pk}/vote/", {"value": 1})
    unknown = send(browser(other_member), "put", "/posts/999999999/vote/", {"value": 1})

    assert_problem(anonymous, 401)
    assert_problem(anonymous_retract, 401)
    assert_problem(on_hidden, 404)
    assert_problem(unknown, 404)
    assert snapshot() == before


def test_downvotes_are_for_questions_and_answers_only(space, member, other_member):
    talk = services.thread_start(
        author=member,
        space=space,
        locale=Locale.objects.get(language_code="en"),
        kind=Thread.Kind.DISCUSSION,
        title="Favourite shortcuts?",
        body="Share yours.",
    )
    before = snapshot()

    response = send(
        browser(other_member), "put", f"/posts/{talk.posts.get().pk}/vote/", {"value": -1}
    )

    assert_problem(response, 403, "Only questions and answers take downvotes.")
    assert snapshot() == before


def test_taking_a_vote_back_needs_the_sessions_csrf_token_and_this_site(question, other_member):
    opening = question.posts.get(is_opening=True)
    services.vote_cast(voter=other_member, post=opening, value=1)
    client = browser(other_member, enforce_csrf_checks=True)
    before = snapshot()

    without_token = send(client, "delete", f"/posts/{opening.pk}/vote/")
    token = _get_new_csrf_string()
    client.cookies["csrftoken"] = token
    cross_site = send(
        client,
        "delete",
        f"/posts/{opening.pk}/vote/",
        HTTP_X_CSRFTOKEN=token,
        HTTP_ORIGIN="https://evil.example",
    )
    refused = snapshot()
    taken_back = send(client, "delete", f"/posts/{opening.pk}/vote/", HTTP_X_CSRFTOKEN=token)

    assert_problem(without_token, 403, "X-CSRFToken")
    assert_problem(cross_site, 403, "Cross-site")
    assert refused == before
    assert taken_back.status_code == 200
    assert not Vote.objects.filter(post=opening).exists()


# --- accepted answers ---------------------------------------------------------------------


def test_the_asker_accepts_an_answer_and_takes_it_back(question, member, other_member):
    reply = answer(question, other_member)
    client = browser(member)

    accepted = send(client, "put", f"/threads/{question.pk}/accepted/", {"post": reply.pk})
    shown = client.get(f"{API}/threads/{question.pk}/").json()
    undone = send(client, "delete", f"/threads/{question.pk}/accepted/")

    assert accepted.status_code == 200, accepted.content
    assert accepted.json()["accepted_answer"] == reply.pk
    assert shown["posts"][1]["id"] == reply.pk and shown["posts"][1]["is_accepted"] is True
    assert undone.status_code == 200 and undone.json()["accepted_answer"] is None
    assert Thread.objects.get(pk=question.pk).accepted_answer is None
    assert sum(other_member.community_ledger.values_list("points", flat=True)) == 2  # answered


def test_an_accept_by_someone_who_is_not_the_asker_is_refused(
    question, other_member, make_member, moderator
):
    reply = answer(question, other_member)
    before = snapshot()

    by_answerer = send(
        browser(other_member), "put", f"/threads/{question.pk}/accepted/", {"post": reply.pk}
    )
    by_stranger = send(
        browser(make_member("stranger")),
        "put",
        f"/threads/{question.pk}/accepted/",
        {"post": reply.pk},
    )
    anonymous = send(browser(), "put", f"/threads/{question.pk}/accepted/", {"post": reply.pk})
    refused = snapshot()
    by_moderator = send(
        browser(moderator), "put", f"/threads/{question.pk}/accepted/", {"post": reply.pk}
    )

    assert_problem(by_answerer, 403, "Only the person who asked or a moderator")
    assert_problem(by_stranger, 403, "Only the person who asked or a moderator")
    assert_problem(anonymous, 401)
    assert refused == before
    assert by_moderator.status_code == 200
    assert Thread.objects.get(pk=question.pk).accepted_answer == reply


def test_un_accepting_is_for_the_asker_or_a_moderator_only(question, member, other_member):
    reply = answer(question, other_member)
    services.answer_accept(acting_user=member, post=reply)
    before = snapshot()

    response = send(browser(other_member), "delete", f"/threads/{question.pk}/accepted/")

    assert_problem(response, 403, "Only the person who asked or a moderator")
    assert snapshot() == before


def test_only_an_answer_of_the_thread_can_be_accepted(space, question, member, other_member):
    other_question = bare_thread(space, member, "Another question")
    elsewhere = answer(other_question, other_member)
    opening = question.posts.get(is_opening=True)
    before = snapshot()
    client = browser(member)

    from_elsewhere = send(
        client, "put", f"/threads/{question.pk}/accepted/", {"post": elsewhere.pk}
    )
    the_question = send(client, "put", f"/threads/{question.pk}/accepted/", {"post": opening.pk})
    no_post = send(client, "put", f"/threads/{question.pk}/accepted/", {"post": 999999999})
    not_a_number = send(client, "put", f"/threads/{question.pk}/accepted/", {"post": "1"})
    extra = send(
        client, "put", f"/threads/{question.pk}/accepted/", {"post": opening.pk, "force": True}
    )

    assert_problem(from_elsewhere, 404, "No such answer in this thread.")
    assert_problem(the_question, 400, "Choose one of the answers.")
    assert_problem(no_post, 404)
    assert_problem(not_a_number, 422)
    assert_problem(extra, 422)
    assert snapshot() == before


# --- what is never shown ------------------------------------------------------------------


def test_no_answer_of_the_community_api_carries_an_email_address(
    space, question, member, other_member, make_member
):
    mailer = make_member("mailer@example.com")
    mailer.first_name = ""
    mailer.save(update_fields=["first_name"])
    reply = answer(question, mailer, "Export is under Reports.")
    services.vote_cast(voter=other_member, post=reply, value=1)
    client = browser(member)
    responses = [
        client.get(f"{API}/spaces/", {"locale": "en"}),
        client.get(f"{API}/spaces/{space.slug}/threads/"),
        client.get(f"{API}/threads/{question.pk}/"),
        send(client, "post", f"/threads/{question.pk}/posts/", {"body": "Thanks!"}),
        send(client, "post", f"/spaces/{space.slug}/threads/", NEW_THREAD),
        send(client, "put", f"/posts/{reply.pk}/vote/", {"value": 1}),
        send(client, "put", f"/threads/{question.pk}/accepted/", {"post": reply.pk}),
        send(browser(mailer), "patch", f"/posts/{reply.pk}/", {"body": "Under Reports."}),
        send(client, "delete", f"/threads/{question.pk}/accepted/"),
    ]

    emails = list(get_user_model().objects.values_list("email", flat=True))
    for response in responses:
        assert response.status_code in (200, 201), response.content
        text = response.content.decode()
        assert "@" not in text, text
        assert not any(email and email in text for email in emails)
    thread = responses[2].json()
    assert {post["author"]["name"] for post in thread["posts"]} == {"asker", "mailer"}


def test_every_community_operation_is_in_the_openapi_schema_with_its_errors(client):
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    expected = {
        ("get", "/spaces/"),
        ("get", "/spaces/{slug}/threads/"),
        ("post", "/spaces/{slug}/threads/"),
        ("get", "/threads/{thread_id}/"),
        ("post", "/threads/{thread_id}/posts/"),
        ("patch", "/posts/{post_id}/"),
        ("put", "/posts/{post_id}/vote/"),
        ("delete", "/posts/{post_id}/vote/"),
        ("put", "/threads/{thread_id}/accepted/"),
        ("delete", "/threads/{thread_id}/accepted/"),
        ("get", "/badges/"),
        ("get", "/badges/{slug}/"),
        ("get", "/members/{user_id}/"),
        ("get", "/leaderboard/"),
    }

    found = {
        (method, path.removeprefix(API))
        for path, operations in paths.items()
        if path.startswith("/api/v3/portal/community/")
        for method in operations
    }
    assert expected <= found  # each part of the API names its own operations in its tests
    for path, operations in paths.items():
        if not path.startswith("/api/v3/portal/community/"):
            continue
        for method, operation in operations.items():
            declared = set(operation["responses"])
            assert operation["operationId"].startswith("community_"), (method, path)
            assert "422" in declared, (method, path)
            if method != "get":
                assert {"401", "403"} <= declared, (method, path)
    writes = paths["/api/v3/portal/community/posts/{post_id}/vote/"]["put"]["responses"]
    assert {"400", "401", "403", "404", "409", "413", "415", "422", "429"} <= set(writes)
    assert set(paths["/api/v3/portal/community/spaces/{slug}/threads/"]["get"]["responses"]) >= {
        "400",
        "404",
        "422",
    }
    listing = paths["/api/v3/portal/community/spaces/{slug}/threads/"]["get"]["parameters"]
    kind = next(parameter for parameter in listing if parameter["name"] == "kind")
    assert kind["schema"]["enum"] == ["", *Thread.Kind.values]
    assert kind["schema"]["type"] == "string" and "items" not in kind["schema"]  # not search's
    assert [parameter["name"] for parameter in listing] == ["slug", "order", "kind", "tag", "page"]


def test_a_vote_on_a_locked_thread_cannot_be_taken_back_either(question, other_member, moderator):
    from community.moderation import services as moderation

    opening = question.posts.get(is_opening=True)
    services.vote_cast(voter=other_member, post=opening, value=1)
    moderation.thread_lock(moderator=moderator, thread=question)

    refused = send(browser(other_member), "delete", f"/posts/{opening.pk}/vote/")

    assert_problem(refused, 409)
    assert Vote.objects.filter(post=opening, voter=other_member).exists()
    assert Post.objects.get(pk=opening.pk).score == 1


def test_a_title_sent_with_a_reply_is_refused_and_nothing_is_saved(question, other_member):
    reply = services.post_reply(author=other_member, thread=question, body="Use Export.")

    refused = send(
        browser(other_member),
        "patch",
        f"/posts/{reply.pk}/",
        {"body": "Use Reports → Export.", "title": "A new title"},
    )

    assert_problem(refused, 400, "Only the opening post has a title.")
    reply.refresh_from_db()
    question.refresh_from_db()
    assert reply.body == "Use Export." and question.title != "A new title"
    assert not PostRevision.objects.filter(post=reply).exists()


def test_a_hidden_accepted_answer_is_not_named_to_members(
    question, member, other_member, moderator
):
    from community.moderation import services as moderation

    reply = services.post_reply(author=other_member, thread=question, body="Use Export.")
    services.answer_accept(acting_user=member, post=reply)
    moderation.post_hide(moderator=moderator, post=reply)

    shown = browser(member).get(f"{API}/threads/{question.pk}/").json()
    listed = browser(member).get(f"{API}/spaces/{question.space.slug}/threads/?order=unanswered")

    assert reply.pk not in [post["id"] for post in shown["posts"]]
    assert (shown["accepted_answer"], shown["is_answered"]) == (None, False)
    assert question.pk in [thread["id"] for thread in listed.json()["items"]]
