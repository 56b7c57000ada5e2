"""Flags and moderation on the site: what members flag, what moderators do from the thread
page, and that nobody else can do it, by a button or a forged form.

Every action goes through the moderation services; the tests read its effect back from the
database and from Wagtail's log, and what the pages show members afterwards.
"""

import re

import pytest
from django.test import Client
from wagtail.models import ModelLogEntry

from community import services
from community.models import Flag, Post, Thread

pytestmark = pytest.mark.usefixtures("postgres")

HUGE = "99999999999999999999"
JSON = {"Accept": "application/json"}


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _thread_url(thread) -> str:
    return f"/en/community/threads/{thread.pk}/"


def _flag_url(post) -> str:
    return f"/en/community/posts/{post.pk}/flag/"


def _post_url(post) -> str:
    return f"/en/community/posts/{post.pk}/moderate/"


def _thread_moderate_url(thread) -> str:
    return f"/en/community/threads/{thread.pk}/moderate/"


def _opening(thread) -> Post:
    return thread.posts.get(is_opening=True)


def _messages(response) -> list[str]:
    return re.findall(
        r'class="messages__item[^"]*" role="status">([^<]+)<', response.content.decode()
    )


def _logged(action: str, obj) -> bool:
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
        ModelLogEntry.objects.count(),
    )


# --- flags ---------------------------------------------------------------------------------


def test_a_member_flags_a_post_once_and_a_second_flag_gets_a_clear_message(reply, member):
    client = _signed_in(member)
    assert _flag_url(reply) in client.get(_thread_url(reply.thread)).content.decode()

    first = client.post(_flag_url(reply), {"reason": "rude", "note": "Name-calling"}, follow=True)
    second = client.post(_flag_url(reply), {"reason": "spam"}, follow=True)

    assert first.redirect_chain == [(f"{_thread_url(reply.thread)}#post-{reply.pk}", 302)]
    assert _messages(first) == ["Thank you: a moderator will look at this post."]
    assert _messages(second) == ["You have flagged this post already."]
    flag = Flag.objects.get(post=reply)
    assert (flag.flagger, flag.reason, flag.note) == (member, "rude", "Name-calling")


def test_a_flag_on_your_own_post_is_refused_with_a_clear_message(reply, other_member):
    client = _signed_in(other_member)
    assert _flag_url(reply) not in client.get(_thread_url(reply.thread)).content.decode()

    shown = client.post(_flag_url(reply), {"reason": "spam"}, follow=True)
    as_json = client.post(_flag_url(reply), {"reason": "spam"}, headers=JSON)

    assert _messages(shown) == ["You cannot flag your own post."]
    assert as_json.status_code == 403
    assert as_json["Content-Type"] == "application/problem+json"
    assert as_json.json()["detail"] == "You cannot flag your own post."
    assert not Flag.objects.exists()


def test_flagging_with_javascript_answers_json(reply, member):
    page = _signed_in(member).get(_thread_url(reply.thread)).content.decode()
    assert "community/flags.js" in page and "data-flag" in page

    response = _signed_in(member).post(_flag_url(reply), {"reason": "off_topic"}, headers=JSON)
    again = _signed_in(member).post(_flag_url(reply), {"reason": "spam"}, headers=JSON)

    assert response.status_code == 200
    assert response.json() == {
        "post": reply.pk,
        "flagged": True,
        "hidden": False,
        "detail": "Thank you: a moderator will look at this post.",
    }
    assert again.status_code == 409
    assert again.json()["detail"] == "You have flagged this post already."
    assert Flag.objects.filter(post=reply).count() == 1


def test_enough_flags_hide_the_post_from_members_until_a_moderator_looks(
    reply, make_member, member, moderator, settings
):
    settings.COMMUNITY_FLAGS_TO_HIDE = 2
    thread_url = _thread_url(reply.thread)
    _signed_in(make_member()).post(_flag_url(reply), {"reason": "spam"})
    assert f'id="post-{reply.pk}"' in _signed_in(member).get(thread_url).content.decode()

    response = _signed_in(make_member()).post(_flag_url(reply), {"reason": "spam"}, headers=JSON)

    assert response.json()["hidden"] is True
    reply.refresh_from_db()
    assert reply.is_hidden
    assert f'id="post-{reply.pk}"' not in _signed_in(member).get(thread_url).content.decode()
    assert f'id="post-{reply.pk}"' not in Client().get(thread_url).content.decode()
    seen = _signed_in(moderator).get(thread_url).content.decode()
    post = seen[seen.index(f'id="post-{reply.pk}"') :]
    assert "Hidden from members" in post[: post.index("</article>")]
    assert _logged("community.post.hide", reply)


@pytest.mark.parametrize(
    "data",
    [
        {"reason": "boring"},
        {"reason": "\x00"},
        {},
        {"reason": "other", "note": "x" * 501},
    ],
    ids=["unknown reason", "nul reason", "no reason", "huge note"],
)
def test_a_flag_the_community_cannot_take_is_refused_and_saves_nothing(reply, member, data):
    response = _signed_in(member).post(_flag_url(reply), data, headers=JSON)
    shown = _signed_in(member).post(_flag_url(reply), data, follow=True)

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert _messages(shown) and "Thank you" not in _messages(shown)[0]
    assert not Flag.objects.exists()


def test_an_anonymous_visitor_is_offered_no_flag_and_sent_to_sign_in(client, reply):
    assert _flag_url(reply) not in client.get(_thread_url(reply.thread)).content.decode()

    response = client.post(_flag_url(reply), {"reason": "spam"})
    as_json = client.post(_flag_url(reply), {"reason": "spam"}, headers=JSON)

    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert as_json.status_code == 403
    assert not Flag.objects.exists()


def test_a_flag_on_an_unknown_or_hidden_post_is_not_found(reply, member):
    Post.objects.filter(pk=reply.pk).update(is_hidden=True)
    client = _signed_in(member)

    assert client.post(_flag_url(reply), {"reason": "spam"}).status_code == 404
    assert client.post(f"/en/community/posts/{HUGE}/flag/", {"reason": "spam"}).status_code == 404
    assert not Flag.objects.exists()


def test_a_flag_posted_without_the_csrf_token_is_refused(reply, member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    assert client.post(_flag_url(reply), {"reason": "spam"}).status_code == 403
    assert not Flag.objects.exists()


# --- what moderators see -------------------------------------------------------------------


def test_moderators_see_the_moderation_tools_and_members_do_not(
    reply, make_space, make_member, moderator
):
    make_space("billing")
    url = _thread_url(reply.thread)
    member_page = _signed_in(make_member()).get(url).content.decode()
    moderator_page = _signed_in(moderator).get(url).content.decode()
    anonymous_page = Client().get(url).content.decode()

    for page in (member_page, anonymous_page):
        assert "/moderate/" not in page
        assert 'id="moderation"' not in page
    assert _thread_moderate_url(reply.thread) in moderator_page
    assert _post_url(reply) in moderator_page
    assert 'value="hide"' in moderator_page and 'value="lock"' in moderator_page
    assert 'name="space"' in moderator_page and 'name="into"' in moderator_page


def test_the_author_is_offered_delete_on_their_own_post_only(reply, other_member):
    page = _signed_in(other_member).get(_thread_url(reply.thread)).content.decode()

    assert _post_url(reply) in page
    assert _post_url(_opening(reply.thread)) not in page
    assert 'value="hide"' not in page


# --- what moderators do -------------------------------------------------------------------


def test_a_moderator_hides_and_restores_a_post(reply, member, moderator):
    client = _signed_in(moderator)
    Flag.objects.create(post=reply, flagger=member, reason="spam")

    hidden = client.post(_post_url(reply), {"action": "hide"}, follow=True)
    reply.refresh_from_db()
    assert reply.is_hidden and _logged("community.post.hide", reply)
    assert _messages(hidden) == ["The post is hidden from members."]
    assert Flag.objects.get(post=reply).upheld is True
    assert 'value="restore"' in client.get(_thread_url(reply.thread)).content.decode()

    client.post(_post_url(reply), {"action": "restore"})
    reply.refresh_from_db()
    assert not reply.is_hidden and _logged("community.post.restore", reply)


def test_a_moderator_deletes_a_post_and_brings_it_back(reply, member, moderator):
    client = _signed_in(moderator)

    response = client.post(_post_url(reply), {"action": "delete"})

    assert response["Location"] == f"{_thread_url(reply.thread)}#post-{reply.pk}"
    reply.refresh_from_db()
    assert reply.deleted_at is not None and _logged("community.post.delete", reply)
    assert (
        f'id="post-{reply.pk}"'
        not in _signed_in(member).get(_thread_url(reply.thread)).content.decode()
    )
    client.post(_post_url(reply), {"action": "undelete"})
    reply.refresh_from_db()
    assert reply.deleted_at is None and _logged("community.post.undelete", reply)


def test_the_author_deletes_their_own_post_but_cannot_bring_it_back(reply, other_member):
    client = _signed_in(other_member)

    client.post(_post_url(reply), {"action": "delete"})
    reply.refresh_from_db()
    assert reply.deleted_at is not None

    undo = client.post(_post_url(reply), {"action": "undelete"})
    assert undo.status_code == 404  # a deleted post is no longer the author's to read
    reply.refresh_from_db()
    assert reply.deleted_at is not None


def test_the_asker_deleting_the_question_lands_on_the_space(question, member):
    response = _signed_in(member).post(_post_url(_opening(question)), {"action": "delete"})

    assert response.status_code == 302
    assert response["Location"] == f"/en/community/{question.space.slug}/"
    question.refresh_from_db()
    assert question.deleted_at is not None


def test_a_moderator_locks_unlocks_pins_and_unpins_a_thread(question, moderator):
    client = _signed_in(moderator)
    url = _thread_moderate_url(question)

    locked = client.post(url, {"action": "lock"}, follow=True)
    assert _messages(locked) == ["The thread is locked."]
    assert Thread.objects.get(pk=question.pk).is_locked
    assert 'value="unlock"' in locked.content.decode()
    client.post(url, {"action": "unlock"})
    assert not Thread.objects.get(pk=question.pk).is_locked
    client.post(url, {"action": "pin"})
    assert Thread.objects.get(pk=question.pk).is_pinned
    client.post(url, {"action": "unpin"})
    assert not Thread.objects.get(pk=question.pk).is_pinned
    for action in ("lock", "unlock", "pin", "unpin"):
        assert _logged(f"community.thread.{action}", question), action


def test_a_moderator_moves_a_thread_to_another_space(question, make_space, moderator):
    billing = make_space("billing")
    client = _signed_in(moderator)
    page = client.get(_thread_url(question)).content.decode()
    assert '<option value="billing">Billing</option>' in page
    assert f'<option value="{question.space.slug}">' not in page  # not where it is

    response = client.post(
        _thread_moderate_url(question), {"action": "move", "space": "billing"}, follow=True
    )

    assert _messages(response) == ["The thread is moved to Billing."]
    question.refresh_from_db()
    assert question.space == billing
    assert _logged("community.thread.move", question)


def test_a_moderator_merges_a_thread_into_another(question, other_thread, member, moderator):
    response = _signed_in(moderator).post(
        _thread_moderate_url(other_thread), {"action": "merge", "into": str(question.pk)}
    )

    assert response["Location"] == _thread_url(question)
    other_thread.refresh_from_db()
    assert other_thread.merged_into == question
    assert question.posts.count() == 2
    merged = _signed_in(member).get(_thread_url(other_thread))  # links to it lead there
    assert merged.status_code == 301 and merged["Location"] == _thread_url(question)
    page = _signed_in(member).get(_thread_url(question)).content.decode()
    assert "Same as the other one." in page
    assert _logged("community.thread.merge", question)


# --- what nobody else can do --------------------------------------------------------------

POST_ACTIONS = ["hide", "restore", "undelete", "delete"]
THREAD_ACTIONS = [
    {"action": "lock"},
    {"action": "unlock"},
    {"action": "pin"},
    {"action": "unpin"},
    {"action": "move", "space": "billing"},
    {"action": "merge", "into": "OTHER"},
]


@pytest.mark.parametrize("action", POST_ACTIONS)
def test_a_plain_member_cannot_moderate_a_post_and_nothing_changes(reply, member, action):
    before = snapshot()

    response = _signed_in(member).post(_post_url(reply), {"action": action})

    assert response.status_code == 403
    assert "Only moderators can do this." in response.content.decode()
    assert snapshot() == before


@pytest.mark.parametrize("data", THREAD_ACTIONS, ids=[d["action"] for d in THREAD_ACTIONS])
def test_a_plain_member_cannot_moderate_a_thread_and_nothing_changes(
    question, other_thread, make_space, member, data
):
    make_space("billing")
    if data.get("into"):
        data = {**data, "into": str(question.pk)}
    if data["action"] in ("unlock", "unpin"):
        Thread.objects.filter(pk=other_thread.pk).update(is_locked=True, is_pinned=True)
    before = snapshot()

    response = _signed_in(member).post(_thread_moderate_url(other_thread), data)

    assert response.status_code == 403
    assert "Only moderators can do this." in response.content.decode()
    assert snapshot() == before


def test_the_moderation_routes_send_anonymous_visitors_to_sign_in_and_refuse_a_get(
    client, reply, moderator
):
    before = snapshot()
    for url in (_post_url(reply), _thread_moderate_url(reply.thread)):
        response = client.post(url, {"action": "lock"})
        assert response.status_code == 302 and response["Location"].startswith("/accounts/")
        assert _signed_in(moderator).get(url).status_code == 405
    assert snapshot() == before


def test_a_moderators_action_posted_without_the_csrf_token_is_refused(reply, moderator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    before = snapshot()

    assert client.post(_post_url(reply), {"action": "hide"}).status_code == 403
    assert client.post(_thread_moderate_url(reply.thread), {"action": "lock"}).status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize(
    ("target", "data", "status", "words"),
    [
        ("post", {"action": "explode"}, 400, "Unknown moderation action."),
        ("post", {}, 400, "Unknown moderation action."),
        ("thread", {"action": "\x00"}, 400, "Unknown moderation action."),
        ("thread", {"action": "merge", "into": "SELF"}, 400, "Choose another thread"),
        ("thread", {"action": "merge", "into": "987654321"}, 404, ""),
        ("thread", {"action": "merge", "into": HUGE}, 400, "number of the thread"),
        ("thread", {"action": "merge", "into": "abc"}, 400, "number of the thread"),
        ("thread", {"action": "merge", "into": "-4"}, 400, "number of the thread"),
        ("thread", {"action": "merge"}, 400, "number of the thread"),
        ("thread", {"action": "move", "space": "no-such-space"}, 400, "Choose a space"),
        ("thread", {"action": "move", "space": "getting-started"}, 400, "Choose a space"),
        ("thread", {"action": "move", "space": "x" * 10_000}, 400, "Choose a space"),
    ],
    ids=[
        "unknown post action",
        "no action",
        "nul action",
        "merge into itself",
        "merge into unknown",
        "merge into huge",
        "merge into text",
        "merge into negative",
        "merge into nothing",
        "move to unknown space",
        "move where it is",
        "move to a huge slug",
    ],
)
def test_a_moderators_hostile_input_gets_a_clear_4xx_and_changes_nothing(
    reply, moderator, target, data, status, words
):
    thread = reply.thread
    if data.get("into") == "SELF":
        data = {**data, "into": str(thread.pk)}
    url = _post_url(reply) if target == "post" else _thread_moderate_url(thread)
    before = snapshot()

    response = _signed_in(moderator).post(url, data)

    assert response.status_code == status
    assert words in response.content.decode()
    assert snapshot() == before


def test_moderating_an_unknown_post_or_thread_is_not_found(moderator):
    client = _signed_in(moderator)
    for url in (
        f"/en/community/posts/{HUGE}/moderate/",
        f"/en/community/threads/{HUGE}/moderate/",
        "/en/community/posts/0/moderate/",
    ):
        assert client.post(url, {"action": "hide"}).status_code == 404


def test_merging_into_a_thread_already_merged_away_is_not_found(
    question, other_thread, space, english, make_member, moderator
):
    third = services.thread_start(
        author=make_member(),
        space=space,
        locale=english,
        kind=Thread.Kind.DISCUSSION,
        title="A third thread",
        body="Text.",
    )
    client = _signed_in(moderator)
    client.post(_thread_moderate_url(other_thread), {"action": "merge", "into": question.pk})
    before = snapshot()

    response = client.post(
        _thread_moderate_url(third), {"action": "merge", "into": other_thread.pk}
    )

    assert response.status_code == 404
    assert snapshot() == before
