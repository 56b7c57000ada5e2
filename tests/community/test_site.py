"""The community's pages on the site: what each viewer reads, asks, answers, votes and edits.

Spaces and members are made through the models (``conftest.py``); threads through the
services where the test is about what a member does, through the models where only their
number matters (the query counts).
"""

import json
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from cms.models import CustomerSegment
from community import services
from community.models import Post, PostRevision, Space, Thread, ThreadRead, Vote
from tests.queries import assert_queries
from tests.utils import demo_user

pytestmark = pytest.mark.usefixtures("postgres")

ONE_MEGABYTE = "x" * 1_000_000
JSON = {"Accept": "application/json"}
# The thread page for a signed-in member, whatever the number of posts and votes: the
# session, the user and whether they work in the admin; their permissions (is a moderator:
# two); the thread (with its space, author and language); the posts with their authors, and
# the member's votes on them; the authors' trust levels (points, reads, posts) and their
# best badges (one query for all of them; how rare each badge is comes from the shared
# cache, filled by the first reading); whether the member may post there; the thread's tags;
# the member's reading of it; whether they follow the thread (its button). Their unread
# notifications (the header's count) come from the cache after the first page. See the SQL
# a failure prints.
THREAD_PAGE_QUERIES = 16
# The thread list: the session, the user and whether they work in the admin; the space;
# their permissions (two); the threads counted; whether the member may post there; one page
# of threads (with author, language and space); their tags; whether they follow the space
# and the tag (one query, for the buttons); their unread notifications come from the cache.
THREAD_LIST_QUERIES = 11


def _thread(space, author, title, *, kind=Thread.Kind.QUESTION, tags=(), body="Hello.", **fields):
    """A thread with its opening post, made directly (no daily limit, no ledger)."""
    thread = Thread.objects.create(
        space=space,
        kind=kind,
        title=title,
        author=author,
        locale=Locale.objects.get(language_code="en"),
        last_activity_at=timezone.now(),
        idea_status=Thread.IdeaStatus.NEW if kind == Thread.Kind.IDEA else "",
        **fields,
    )
    Post.objects.create(thread=thread, author=author, body=body, is_opening=True)
    if tags:
        thread.tags.set(tags)
    return thread


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _thread_url(thread) -> str:
    return f"/en/community/threads/{thread.pk}/"


def _vote_url(post) -> str:
    return f"/en/community/posts/{post.pk}/vote/"


def _opening(thread) -> Post:
    return thread.posts.get(is_opening=True)


# --- the space list ----------------------------------------------------------------------


def test_the_space_list_shows_the_spaces_of_the_visitors_language_that_they_may_read(
    client, make_space, question, member
):
    make_space("members-lounge", read_access=Space.Access.SIGNED_IN)
    make_space("staff-room", read_access=Space.Access.STAFF)
    make_space("svenska-rummet", locales=[Locale.objects.get(language_code="sv")])

    response = client.get("/en/community/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Getting Started" in page and "Questions on the first steps." in page
    assert "1 thread" in page
    assert "Members Lounge" not in page and "Staff Room" not in page
    assert "Svenska Rummet" not in page
    signed_in = _signed_in(member).get("/en/community/").content.decode()
    assert "Members Lounge" in signed_in and "Staff Room" not in signed_in
    assert "Svenska Rummet" in client.get("/sv/community/").content.decode()


def test_the_header_and_the_home_page_lead_to_the_community(client):
    page = client.get("/en/").content.decode()
    assert page.count('href="/en/community/"') == 2  # the header's link and the home page's


# --- what a viewer may not read ----------------------------------------------------------


def test_a_segment_space_and_its_threads_are_not_found_for_anyone_outside_the_segment(
    make_space, make_member, member
):
    segment = CustomerSegment.objects.create(name="Community test segment")
    insider = make_member("insider")
    segment.members.add(insider)
    space = make_space("enterprise", read_access=Space.Access.SEGMENTS)
    space.segments.set([segment])
    thread = _thread(space, insider, "Single sign-on for the whole company")
    pages = [
        "/en/community/enterprise/",
        "/en/community/enterprise/ask/",
        _thread_url(thread),
        f"/en/community/posts/{_opening(thread).pk}/edit/",
    ]

    outsider = _signed_in(member)
    assert [outsider.get(url).status_code for url in pages] == [404, 404, 404, 404]
    assert Client().get(pages[0]).status_code == 404
    assert [_signed_in(insider).get(url).status_code for url in pages] == [200, 200, 200, 200]


def test_a_staff_space_is_not_found_for_members_and_open_to_staff(make_space, member):
    space = make_space("staff-room", read_access=Space.Access.STAFF)
    thread = _thread(space, demo_user("editor"), "Release notes draft")

    assert _signed_in(member).get("/en/community/staff-room/").status_code == 404
    assert _signed_in(member).get(_thread_url(thread)).status_code == 404
    staff = _signed_in(demo_user("editor"))
    assert staff.get("/en/community/staff-room/").status_code == 200
    assert staff.get(_thread_url(thread)).status_code == 200


def test_a_hidden_thread_is_not_found_for_members_and_shown_to_moderators_as_hidden(
    client, question, other_member, moderator
):
    Thread.objects.filter(pk=question.pk).update(is_hidden=True)

    assert client.get(_thread_url(question)).status_code == 404
    assert _signed_in(other_member).get(_thread_url(question)).status_code == 404
    listed = _signed_in(other_member).get("/en/community/getting-started/").content.decode()
    assert question.title not in listed
    response = _signed_in(moderator).get(_thread_url(question))
    assert response.status_code == 200
    assert "Hidden from members" in response.content.decode()


def test_an_unknown_space_or_thread_is_not_found(client):
    assert client.get("/en/community/no-such-space/").status_code == 404
    assert client.get("/en/community/threads/99999999999999999999/").status_code == 404
    assert client.get("/en/community/posts/99999999999999999999/vote/").status_code == 404


# --- the thread list ---------------------------------------------------------------------


def test_the_thread_list_orders_by_tab_with_pinned_threads_first(client, space, member):
    old = _thread(space, member, "Old but pinned", is_pinned=True)
    busy = _thread(space, member, "Busy discussion", kind=Thread.Kind.DISCUSSION, reply_count=4)
    top = _thread(space, member, "Well liked question", score=7, reply_count=1)
    new = _thread(space, member, "Brand new question")
    Thread.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=9))
    Thread.objects.filter(pk=busy.pk).update(last_activity_at=timezone.now())

    def titles(query: str) -> list[str]:
        page = client.get(f"/en/community/getting-started/{query}").content.decode()
        found = re.findall(
            r'class="thread-row__title">\s*<a href="[^"]+" lang="en">([^<]+)</a>', page
        )
        return found

    assert titles("?sort=newest") == [old.title, new.title, top.title, busy.title]
    assert titles("?sort=top") == [old.title, top.title, new.title, busy.title]
    assert titles("?sort=unanswered") == [old.title, new.title]
    assert titles("")[:2] == [old.title, busy.title]  # most active by default
    assert titles("?sort=nonsense") == titles("")


def test_the_thread_list_filters_by_kind_and_by_tag(client, space, member):
    _thread(space, member, "Dark mode please", kind=Thread.Kind.IDEA, tags=["display"])
    _thread(space, member, "Where is the export button?", tags=["export"])

    ideas = client.get("/en/community/getting-started/?kind=idea").content.decode()
    assert "Dark mode please" in ideas and "Where is the export button?" not in ideas
    tagged = client.get("/en/community/getting-started/?tag=export").content.decode()
    assert "Where is the export button?" in tagged and "Dark mode please" not in tagged
    assert "Tagged “export”" in tagged


def test_each_thread_row_shows_its_kind_author_replies_score_answer_and_tags(
    client, question, other_member
):
    answer = services.post_reply(author=other_member, thread=question, body="Use Reports.")
    services.answer_accept(acting_user=question.author, post=answer)
    Thread.objects.filter(pk=question.pk).update(score=3)

    page = client.get("/en/community/getting-started/").content.decode()

    assert question.title in page
    assert "<strong>3</strong> votes" in page
    assert "<strong>1</strong> answer" in page
    assert "Answered" in page
    assert ">Question<" in page
    assert re.search(r'class="meta thread-row__meta">\s*asker\s', page)
    assert "?tag=export" in page and "?tag=timesheets" in page


@pytest.mark.parametrize(
    "query",
    [
        *({"page": number} for number in ("abc", "-3", "0", "99999999999999999999", "2.5")),
        {"page": "\x00"},
        {"tag": "\x00"},
        {"tag": "x" * 10_000},
        {"kind": "\x00"},
        {"sort": "\x00"},
    ],
    ids=[
        "abc",
        "-3",
        "0",
        "huge",
        "2.5",
        "nul page",
        "nul tag",
        "huge tag",
        "nul kind",
        "nul sort",
    ],
)
def test_a_filter_or_page_that_means_nothing_shows_a_page_never_an_error(client, question, query):
    response = client.get("/en/community/getting-started/", query)
    assert response.status_code == 200


def test_the_thread_list_pages_through_many_threads(client, space, member):
    for n in range(25):
        _thread(space, member, f"Thread number {n:02d}")

    first = client.get("/en/community/getting-started/?sort=newest").content.decode()
    second = client.get("/en/community/getting-started/?sort=newest&page=2").content.decode()

    assert "Thread number 24" in first and "Thread number 04" not in first
    assert "Thread number 04" in second and "Thread number 24" not in second
    assert "Page 1 of 2" in first and 'rel="next"' in first


# --- the ask form ------------------------------------------------------------------------


def test_the_ask_form_sends_anonymous_visitors_to_sign_in(client, space):
    response = client.get("/en/community/getting-started/ask/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    response = client.post("/en/community/getting-started/ask/", {"title": "Hi", "body": "Hi"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not Thread.objects.filter(title="Hi").exists()


def test_a_member_asks_a_question_and_lands_on_it(space, member):
    client = _signed_in(member)
    assert client.get("/en/community/getting-started/ask/").status_code == 200

    response = client.post(
        "/en/community/getting-started/ask/",
        {
            "kind": "question",
            "title": "Can I undo an import?",
            "body": "It went *wrong*.",
            "tags": "import, undo",
        },
    )

    thread = Thread.objects.get(title="Can I undo an import?")
    assert response.status_code == 302 and response["Location"] == _thread_url(thread)
    assert sorted(thread.tags.names()) == ["import", "undo"]
    assert thread.author == member and thread.locale.language_code == "en"


@pytest.mark.parametrize(
    ("body", "error"),
    [("   ", "This field is required."), (ONE_MEGABYTE, "Ensure this value has at most")],
    ids=["empty", "one megabyte"],
)
def test_the_ask_form_refuses_an_empty_or_huge_post_and_saves_nothing(space, member, body, error):
    before = Post.objects.count()

    response = _signed_in(member).post(
        "/en/community/getting-started/ask/",
        {"kind": "question", "title": "A title", "body": body},
    )

    assert response.status_code == 400
    assert re.search(r'class="field__error"[^>]*>' + re.escape(error), response.content.decode())
    assert Post.objects.count() == before
    assert not Thread.objects.filter(title="A title").exists()


def test_a_refusal_of_the_service_is_shown_on_the_ask_form(space, member):
    response = _signed_in(member).post(
        "/en/community/getting-started/ask/",
        {"kind": "question", "title": "Tags", "body": "Text", "tags": "a,b,c,d,e,f"},
    )

    assert response.status_code == 400
    assert "Too many tags. Use at most 5 tags." in response.content.decode()
    assert not Thread.objects.filter(title="Tags").exists()


def test_a_question_in_a_language_the_space_does_not_serve_is_refused_on_the_form(space, member):
    response = _signed_in(member).post(
        "/sv/community/getting-started/ask/",  # the space serves English only
        {"kind": "question", "title": "Hur exporterar jag?", "body": "Text"},
    )

    assert response.status_code == 400
    assert "Det här forumet tar inte emot trådar på det språket." in response.content.decode()
    assert not Thread.objects.filter(title="Hur exporterar jag?").exists()


def test_a_new_members_fourth_thread_on_day_one_is_refused_with_429(space, make_member):
    newcomer = make_member("newcomer", days=0)
    client = _signed_in(newcomer)
    for n in range(3):
        client.post(
            "/en/community/getting-started/ask/",
            {"kind": "question", "title": f"Question {n}", "body": "Text"},
        )

    response = client.post(
        "/en/community/getting-started/ask/",
        {"kind": "question", "title": "Question 3", "body": "Text"},
    )

    assert response.status_code == 429
    page = response.content.decode()
    assert re.search(r'role="alert"><p>You can start 3 threads a day for now\.', page)
    assert 'value="Question 3"' in page  # the form again, with what the member wrote
    assert Thread.objects.filter(author=newcomer).count() == 3


def test_a_member_who_may_not_post_in_a_space_is_offered_no_form(make_space, member):
    make_space("announcements", post_access=Space.Access.STAFF)
    client = _signed_in(member)

    listed = client.get("/en/community/announcements/").content.decode()
    response = client.get("/en/community/announcements/ask/")

    assert "/en/community/announcements/ask/" not in listed
    assert response.status_code == 403
    assert "Only some members may start threads in this space." in response.content.decode()
    staff = _signed_in(demo_user("editor")).get("/en/community/announcements/").content.decode()
    assert "/en/community/announcements/ask/" in staff


def test_only_staff_are_offered_announcements_and_a_forged_one_is_refused(space, member):
    client = _signed_in(member)
    assert (
        'value="announcement"'
        not in client.get("/en/community/getting-started/ask/").content.decode()
    )
    staff_form = _signed_in(demo_user("editor")).get("/en/community/getting-started/ask/")
    assert 'value="announcement"' in staff_form.content.decode()

    response = client.post(
        "/en/community/getting-started/ask/",
        {"kind": "announcement", "title": "Forged", "body": "Text"},
    )

    assert response.status_code == 400
    assert not Thread.objects.filter(title="Forged").exists()


# --- the thread page ---------------------------------------------------------------------


@pytest.fixture
def answered(question, other_member, make_member):
    """The question with an answer by a member, an official one by staff, and the member's
    accepted: the accepted answer is the later one, so the page must move it up."""
    first = services.post_reply(author=demo_user("editor"), thread=question, body="Staff here.")
    accepted = services.post_reply(
        author=other_member, thread=question, body="Open **Reports** <script>alert(1)</script>"
    )
    services.answer_accept(acting_user=question.author, post=accepted)
    return question, first, accepted


def test_the_thread_shows_the_question_then_the_accepted_answer_then_the_others(client, answered):
    question, official, accepted = answered

    page = client.get(_thread_url(question)).content.decode()

    opening = _opening(question)
    order = [page.index(f'id="post-{post.pk}"') for post in (opening, accepted, official)]
    assert order == sorted(order)
    assert "Accepted answer" in page
    assert page.count("badge--official") == 1
    assert "<strong>last month</strong>" in page and "<strong>Reports</strong>" in page
    assert "<script>alert" not in page
    assert "Level 0" in page


def test_the_thread_carries_qapage_markup_with_the_accepted_and_suggested_answers(client, answered):
    question, official, accepted = answered

    page = client.get(_thread_url(question)).content.decode()

    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = json.loads(found.group(1))
    assert data["@type"] == "QAPage"
    assert data["mainEntity"]["@type"] == "Question"
    assert data["mainEntity"]["name"] == question.title
    assert data["mainEntity"]["answerCount"] == 2
    assert data["mainEntity"]["acceptedAnswer"]["url"].endswith(f"#post-{accepted.pk}")
    assert "<script>" not in found.group(1)
    assert [
        a["url"][-len(f"#post-{official.pk}") :] for a in data["mainEntity"]["suggestedAnswer"]
    ] == [f"#post-{official.pk}"]


def test_a_discussion_carries_no_qapage_markup(client, space, member):
    thread = _thread(space, member, "Share your setup", kind=Thread.Kind.DISCUSSION)
    assert "application/ld+json" not in client.get(_thread_url(thread)).content.decode()


def test_reading_a_thread_is_recorded_for_a_signed_in_member(client, answered, make_member):
    question, _official, _accepted = answered
    reader = make_member("reader")

    client.get(_thread_url(question))
    assert not ThreadRead.objects.filter(thread=question).exists()
    _signed_in(reader).get(_thread_url(question))

    assert ThreadRead.objects.get(thread=question, reader=reader).posts_read == 3


def test_the_asker_sees_accept_buttons_and_others_do_not(answered, make_member):
    question, official, _accepted = answered
    accept = f"/en/community/posts/{official.pk}/accept/"

    assert accept in _signed_in(question.author).get(_thread_url(question)).content.decode()
    assert accept not in _signed_in(make_member()).get(_thread_url(question)).content.decode()


def test_the_asker_accepts_another_answer_and_a_stranger_cannot(answered, make_member):
    question, official, accepted = answered

    stranger = _signed_in(make_member()).post(
        f"/en/community/posts/{official.pk}/accept/", follow=True
    )
    assert (
        "Only the person who asked or a moderator can accept an answer."
        in stranger.content.decode()
    )
    question.refresh_from_db()
    assert question.accepted_answer == accepted

    response = _signed_in(question.author).post(f"/en/community/posts/{official.pk}/accept/")
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.accepted_answer == official


def test_the_asker_withdraws_the_acceptance(answered):
    question, _official, accepted = answered

    _signed_in(question.author).post(
        f"/en/community/posts/{accepted.pk}/accept/", {"action": "unaccept"}
    )

    question.refresh_from_db()
    assert question.accepted_answer is None


# --- replies -------------------------------------------------------------------------------


def test_a_member_answers_and_lands_on_the_answer(question, other_member):
    response = _signed_in(other_member).post(
        f"/en/community/threads/{question.pk}/reply/", {"body": "Try **Reports**."}
    )

    post = Post.objects.get(thread=question, is_opening=False)
    assert response.status_code == 302
    assert response["Location"] == f"{_thread_url(question)}#post-{post.pk}"
    assert post.author == other_member


def test_an_empty_or_huge_answer_is_refused_on_the_thread_page_and_saves_nothing(
    question, other_member
):
    client = _signed_in(other_member)
    for body in ("", ONE_MEGABYTE):
        response = client.post(f"/en/community/threads/{question.pk}/reply/", {"body": body})
        assert response.status_code == 400
        assert 'class="field__error"' in response.content.decode()
    assert question.posts.count() == 1


def test_an_answer_on_a_locked_thread_is_refused_with_409(question, other_member):
    Thread.objects.filter(pk=question.pk).update(is_locked=True)

    response = _signed_in(other_member).post(
        f"/en/community/threads/{question.pk}/reply/", {"body": "Late."}
    )

    assert response.status_code == 409
    assert question.posts.count() == 1


def test_an_anonymous_answer_goes_to_sign_in_and_saves_nothing(client, question):
    response = client.post(f"/en/community/threads/{question.pk}/reply/", {"body": "Hi"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert question.posts.count() == 1


# --- votes -------------------------------------------------------------------------------


def test_voting_without_javascript_posts_and_comes_back_to_the_post(question, other_member):
    opening = _opening(question)
    client = _signed_in(other_member)

    response = client.post(_vote_url(opening), {"value": "1"})

    assert response.status_code == 302
    assert response["Location"] == f"{_thread_url(question)}#post-{opening.pk}"
    opening.refresh_from_db()
    assert opening.score == 1
    page = client.get(_thread_url(question)).content.decode()
    assert 'value="0" data-value="1" aria-pressed="true"' in page  # pressed: takes it back

    client.post(_vote_url(opening), {"value": "0"})
    opening.refresh_from_db()
    assert opening.score == 0 and not Vote.objects.filter(post=opening).exists()


def test_voting_with_javascript_answers_the_new_score_as_json(question, other_member):
    opening = _opening(question)

    response = _signed_in(other_member).post(_vote_url(opening), {"value": "-1"}, headers=JSON)

    assert response.status_code == 200
    assert response.json() == {"post": opening.pk, "score": -1, "vote": -1}
    assert Vote.objects.get(post=opening).value == -1


def test_the_thread_page_loads_the_script_that_votes_without_a_reload(client, question):
    page = client.get(_thread_url(question)).content.decode()
    assert "community/votes.js" in page
    assert "data-vote" not in page  # anonymous visitors get a sign-in link instead
    assert "Sign in to vote" in page


def test_a_self_vote_gets_a_clear_message_and_changes_nothing(question, member):
    opening = _opening(question)
    client = _signed_in(member)

    shown = client.post(_vote_url(opening), {"value": "1"}, follow=True)
    as_json = client.post(_vote_url(opening), {"value": "1"}, headers=JSON)

    assert shown.redirect_chain == [(f"{_thread_url(question)}#post-{opening.pk}", 302)]
    assert "You cannot vote on your own post." in shown.content.decode()
    assert as_json.status_code == 403
    assert as_json["Content-Type"] == "application/problem+json"
    assert as_json.json()["detail"] == "You cannot vote on your own post."
    opening.refresh_from_db()
    assert opening.score == 0 and not Vote.objects.exists()


def test_a_vote_on_a_locked_thread_is_refused_with_a_clear_message(question, other_member):
    Thread.objects.filter(pk=question.pk).update(is_locked=True)

    response = _signed_in(other_member).post(
        _vote_url(_opening(question)), {"value": "1"}, headers=JSON
    )

    assert response.status_code == 409
    assert response.json()["detail"] == "This thread is locked. It takes no new posts or votes."
    assert not Vote.objects.exists()


def test_a_vote_that_is_neither_up_nor_down_is_refused(question, other_member):
    response = _signed_in(other_member).post(
        _vote_url(_opening(question)), {"value": "7"}, headers=JSON
    )
    assert response.status_code == 400
    assert not Vote.objects.exists()


def test_an_anonymous_vote_goes_to_sign_in_and_counts_nothing(client, question):
    opening = _opening(question)

    response = client.post(_vote_url(opening), {"value": "1"})
    as_json = client.post(_vote_url(opening), {"value": "1"}, headers=JSON)

    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert as_json.status_code == 403
    assert not Vote.objects.exists()


def test_a_vote_posted_without_the_csrf_token_is_refused(question, other_member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(other_member)

    response = client.post(_vote_url(_opening(question)), {"value": "1"})

    assert response.status_code == 403
    assert not Vote.objects.exists()


# --- edits -------------------------------------------------------------------------------


def test_the_author_edits_a_post_and_the_earlier_text_is_kept(question, member):
    opening = _opening(question)
    client = _signed_in(member)
    assert (
        f"/en/community/posts/{opening.pk}/edit/"
        in client.get(_thread_url(question)).content.decode()
    )
    assert client.get(f"/en/community/posts/{opening.pk}/edit/").status_code == 200

    response = client.post(
        f"/en/community/posts/{opening.pk}/edit/",
        {"title": "How do I export timesheets to Excel?", "body": "As a spreadsheet, please."},
    )

    assert response.status_code == 302
    opening.refresh_from_db()
    question.refresh_from_db()
    assert opening.body == "As a spreadsheet, please."
    assert question.title == "How do I export timesheets to Excel?"
    assert PostRevision.objects.get(post=opening).body.startswith("I need the hours")


def test_someone_else_may_not_edit_a_post_but_a_moderator_may(question, other_member, moderator):
    opening = _opening(question)
    url = f"/en/community/posts/{opening.pk}/edit/"

    assert _signed_in(other_member).get(url).status_code == 403
    assert _signed_in(other_member).post(url, {"title": "X", "body": "Y"}).status_code == 403
    response = _signed_in(moderator).post(url, {"title": question.title, "body": "Tidied up."})
    assert response.status_code == 302
    opening.refresh_from_db()
    assert opening.body == "Tidied up."


def test_an_empty_edit_is_refused_and_changes_nothing(question, member):
    opening = _opening(question)

    response = _signed_in(member).post(
        f"/en/community/posts/{opening.pk}/edit/", {"title": question.title, "body": " "}
    )

    assert response.status_code == 400
    opening.refresh_from_db()
    assert opening.body.startswith("I need the hours")
    assert not PostRevision.objects.exists()


# --- query counts ------------------------------------------------------------------------


def _busy_question(space, asker, make_member, answers: int):
    """A question with ``answers`` answers, each by its own member, each voted on by the
    asker, and a few tags."""
    thread = _thread(space, asker, f"Busy question {answers}", tags=["a", "b", "c"])
    for n in range(answers):
        author = make_member()
        post = Post.objects.create(
            thread=thread, author=author, body=f"Answer {n} with *Markdown*."
        )
        Vote.objects.create(post=post, voter=asker, value=1, cast_at=timezone.now())
        Vote.objects.create(post=_opening(thread), voter=author, value=1, cast_at=timezone.now())
    Thread.objects.filter(pk=thread.pk).update(reply_count=answers)
    return thread


@pytest.mark.parametrize("answers", [3, 30])
def test_the_thread_page_costs_the_same_queries_whatever_its_posts_and_votes(
    space, member, make_member, answers
):
    thread = _busy_question(space, member, make_member, answers)
    client = _signed_in(member)
    client.get(_thread_url(thread))  # the first reading is recorded; later ones only compared

    with assert_queries(THREAD_PAGE_QUERIES):
        response = client.get(_thread_url(thread))

    assert response.status_code == 200
    assert response.content.decode().count('<article class="post') == answers + 1


@pytest.mark.parametrize("threads", [3, 30])
def test_the_thread_list_costs_the_same_queries_whatever_its_threads(
    space, member, make_member, threads
):
    for n in range(threads):
        _thread(space, make_member(), f"Listed {n}", tags=[f"tag-{n}", "common"], score=n)
    client = _signed_in(member)
    client.get("/en/community/getting-started/")

    with assert_queries(THREAD_LIST_QUERIES):
        response = client.get("/en/community/getting-started/?sort=top")

    assert response.status_code == 200
    assert response.content.decode().count('<li class="thread-row') == min(threads, 20)
