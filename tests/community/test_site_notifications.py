"""Notifications, following and the e-mail choice on the site, as a member uses them.

Threads and replies are made through the services (so notifications are the real ones), the
e-mail goes to Django's locmem outbox after the commit, as in a request.
"""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from taggit.models import Tag

from community import services
from community.models import Badge, BadgeAward, Follow, Member, Notification, Space, Thread
from community.moderation import services as moderation
from community.notifications.selectors import unread_count
from community.notifications.services import digests_send
from portal.page_cache import VERSION_KEY
from tests.factories import new_category, publish_article
from tests.queries import assert_queries

pytestmark = pytest.mark.usefixtures("postgres")

NOTIFICATIONS = "/en/community/notifications/"
SETTINGS = "/en/community/notifications/settings/"
# The notifications page, whatever the number of notifications: the session, the user and
# whether they work in the admin; the notifications counted (the header's unread count comes
# from the cache after the first page); one page of them (with thread, language, post, actor
# and badge). See the SQL a failure prints.
NOTIFICATIONS_PAGE_QUERIES = 5


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _thread_url(thread) -> str:
    return f"/en/community/threads/{thread.pk}/"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a service, or a request, and then its after-commit work (the e-mail)."""

    def run(action, **arguments):
        with django_capture_on_commit_callbacks(execute=True):
            return action(**arguments)

    return run


@pytest.fixture
def reply(committed):
    def post(thread, author, body="Reports → Export → CSV."):
        return committed(services.post_reply, author=author, thread=thread, body=body)

    return post


def _items(page: str) -> list[str]:
    """The notifications listed, in order, as a reader sees each entry's text."""
    entries = re.findall(r'<li class="notification[^"]*">(.*?)</li>', page, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", entry).split()) for entry in entries]


def badge_earned(user, english) -> Notification:
    """A badge ``user`` earned, told on the site (made directly: a transactional test may have
    flushed the badges the migration adds)."""
    badge = Badge.objects.create(
        name="Night owl",
        slug="night-owl",
        description="Test.",
        rule="posts_written",
        locale=english,
    )
    award = BadgeAward.objects.create(badge=badge, user=user)
    return Notification.objects.create(
        key=f"badge:{award.pk}:{user.pk}", user=user, kind="badge", award=award
    )


# --- the notifications page ------------------------------------------------------------


def test_the_page_lists_what_happened_newest_first_with_the_unread_ones_marked(
    reply, question, member, other_member, make_member
):
    reply(question, other_member)
    reply(question, make_member("maja"), "@asker see Reports.")

    response = _signed_in(member).get(NOTIFICATIONS)

    assert response.status_code == 200
    page = response.content.decode()
    items = _items(page)
    assert items[0].startswith("Unread You were mentioned in “How do I export my timesheets?”")
    assert items[1].startswith("Unread New reply in “How do I export my timesheets?”")
    assert "maja ·" in items[0] and "helper ·" in items[1]
    for notification in Notification.objects.filter(user=member, thread=question):
        assert f'href="/en/community/notifications/{notification.pk}/"' in page
    assert f'href="{SETTINGS}"' in page


def test_opening_a_notification_marks_it_read_and_leads_to_the_post(
    reply, question, member, other_member
):
    answer = reply(question, other_member)
    notification = Notification.objects.get(user=member, post=answer)
    client = _signed_in(member)

    response = client.get(f"{NOTIFICATIONS}{notification.pk}/")

    assert response.status_code == 302
    assert response["Location"] == f"{_thread_url(question)}#post-{answer.pk}"
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert not _items(client.get(NOTIFICATIONS).content.decode())[0].startswith("Unread")


def test_a_badge_earned_is_listed_and_opening_it_stays_on_the_notifications_page(member, english):
    earned = badge_earned(member, english)
    client = _signed_in(member)
    assert "You earned the badge “Night owl”" in client.get(NOTIFICATIONS).content.decode()

    response = client.get(f"{NOTIFICATIONS}{earned.pk}/")

    assert response.status_code == 302 and response["Location"] == NOTIFICATIONS
    earned.refresh_from_db()
    assert earned.read_at is not None


def test_mark_all_read_clears_every_unread_mark(reply, question, member, make_member):
    for _ in range(3):
        reply(question, make_member())
    client = _signed_in(member)
    listed = Notification.objects.filter(user=member).count()
    assert unread_count(member) == listed >= 3

    response = client.post(f"{NOTIFICATIONS}read/", {"next": NOTIFICATIONS})

    assert response.status_code == 302 and response["Location"] == NOTIFICATIONS
    assert unread_count(member) == 0
    page = client.get(NOTIFICATIONS).content.decode()
    assert "All your notifications are marked read." in page
    items = _items(page)
    assert len(items) == listed and not any(item.startswith("Unread") for item in items)


def _many_notifications(user, thread, count: int) -> None:
    """``count`` notifications of replies, made directly (only their number matters)."""
    opening = thread.posts.get(is_opening=True)
    Notification.objects.bulk_create(
        Notification(
            key=f"test:{n}:{user.pk}", user=user, kind="reply", thread=thread, post=opening
        )
        for n in range(count)
    )


def test_the_page_pages_through_many_notifications(question, member):
    _many_notifications(member, question, 25)
    client = _signed_in(member)

    first = client.get(NOTIFICATIONS).content.decode()
    second = client.get(NOTIFICATIONS, {"page": "2"}).content.decode()

    total = Notification.objects.filter(user=member).count()  # with the badges for asking
    assert len(_items(first)) == 20 and len(_items(second)) == total - 20 > 0
    assert "Page 1 of 2" in first and 'href="?page=2"' in first
    for hostile in ("abc", "-3", "0", "99999999999999999999", "\x00"):
        response = client.get(NOTIFICATIONS, {"page": hostile})
        assert response.status_code == 200, hostile


@pytest.mark.parametrize("count", [3, 30])
def test_the_page_costs_the_same_queries_whatever_the_number_of_notifications(
    question, member, count
):
    _many_notifications(member, question, count)
    client = _signed_in(member)
    client.get(NOTIFICATIONS)

    with assert_queries(NOTIFICATIONS_PAGE_QUERIES):
        response = client.get(NOTIFICATIONS)

    total = Notification.objects.filter(user=member).count()  # with the badges for asking
    assert len(_items(response.content.decode())) == min(total, 20)


def test_a_hidden_reply_is_never_listed(reply, question, member, other_member, moderator):
    answer = reply(question, other_member, "Buy cheap watches")
    moderation.post_hide(moderator=moderator, post=answer)

    page = _signed_in(member).get(NOTIFICATIONS).content.decode()

    assert not [item for item in _items(page) if "How do I export" in item]
    assert "Buy cheap watches" not in page
    assert unread_count(member) == len(_items(page))  # what is left: a badge earned


def test_the_cached_count_follows_a_hide_and_a_restore(
    reply, question, member, other_member, moderator
):
    answer = reply(question, other_member)
    before = unread_count(member)  # counted, and kept in the cache from here on

    moderation.post_hide(moderator=moderator, post=answer)
    hidden = unread_count(member)
    moderation.post_restore(moderator=moderator, post=answer)

    assert hidden == before - 1
    assert unread_count(member) == before


def test_the_notifications_page_names_the_replier_without_their_email_address(
    reply, question, member, make_member
):
    replier = make_member("bea.replier@example.org")
    reply(question, replier)

    page = _signed_in(member).get(NOTIFICATIONS).content.decode()

    assert any("bea.replier ·" in item for item in _items(page))
    assert "example.org" not in page


def test_a_space_made_staff_only_in_the_admin_leaves_the_header_count_at_once(
    reply, question, member, other_member, space, edit_space_in_admin
):
    reply(question, other_member)
    client = _signed_in(member)
    before = unread_count(member)  # counted, and kept in the cache from here on

    saved = edit_space_in_admin(space, read_access="staff", post_access="staff")

    assert saved.status_code == 302, saved.content.decode()[:1500]
    assert unread_count(member) < before
    assert question.title not in client.get(NOTIFICATIONS).content.decode()


def test_a_visitor_is_asked_to_sign_in(client):
    response = client.get(NOTIFICATIONS)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_another_members_notification_is_not_found_and_stays_unread(
    reply, question, member, other_member, make_member
):
    reply(question, other_member)
    mine = Notification.objects.get(user=member, kind="reply")
    snooper = _signed_in(make_member("snooper"))

    assert snooper.get(f"{NOTIFICATIONS}{mine.pk}/").status_code == 404
    assert snooper.get(f"{NOTIFICATIONS}99999999999999999999/").status_code == 404
    assert _items(snooper.get(NOTIFICATIONS).content.decode()) == []
    mine.refresh_from_db()
    assert mine.read_at is None


# --- the unread count in the header ----------------------------------------------------


def _header(page: str) -> str:
    return page.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]


def test_the_header_shows_a_members_unread_count_on_every_page(
    reply, question, member, make_member
):
    reply(question, make_member())
    reply(question, make_member())
    client = _signed_in(member)
    unread = unread_count(member)
    assert unread >= 2

    for url in ("/en/", "/en/community/", _thread_url(question), NOTIFICATIONS, SETTINGS):
        header = _header(client.get(url).content.decode())
        assert (
            '<a class="site-nav__notifications" href="/en/community/notifications/">'
            f'Notifications <span class="badge site-nav__count">{unread} unread</span></a>'
        ) in header, url


def test_a_member_without_unread_notifications_sees_the_link_without_a_count(make_member):
    member = make_member("quiet")
    header = _header(_signed_in(member).get("/en/").content.decode())

    assert 'href="/en/community/notifications/">Notifications</a>' in header
    assert "unread" not in header


def test_an_anonymous_visitor_sees_no_count_and_no_notifications_link(client, reply, question):
    header = _header(client.get(_thread_url(question)).content.decode())

    assert "notifications" not in header.lower()


def test_a_members_count_never_reaches_the_anonymous_page_cache_nor_another_member(
    db, reply, question, member, make_member
):
    article = publish_article(title="Exporting timesheets", category=new_category())
    reply(question, make_member())
    count = f"{unread_count(member)} unread"
    cache.delete(VERSION_KEY)

    as_member = _signed_in(member).get(article.url)
    first_anonymous = Client().get(article.url)
    second_anonymous = Client().get(article.url)
    as_member_again = _signed_in(member).get(article.url)
    as_someone_else = _signed_in(make_member("someone-else")).get(article.url)

    assert count in _header(as_member.content.decode())
    assert "X-Portal-Cache" not in first_anonymous
    assert second_anonymous["X-Portal-Cache"] == "hit"
    for anonymous in (first_anonymous, second_anonymous):
        assert "notifications" not in _header(anonymous.content.decode()).lower()
    assert "X-Portal-Cache" not in as_member_again
    assert count in _header(as_member_again.content.decode())
    assert "X-Portal-Cache" not in as_someone_else
    assert "unread" not in _header(as_someone_else.content.decode())


# --- following ---------------------------------------------------------------------------


def _follow(client, url, following: str, **fields):
    return client.post(url, {"following": following, **fields})


def test_following_a_thread_from_its_page_brings_its_replies(
    reply, question, other_member, make_member
):
    client = _signed_in(other_member)
    url = _thread_url(question)
    assert "Follow this thread" in client.get(url).content.decode()

    response = _follow(client, f"{url}follow/", "1", next=url)

    assert response.status_code == 302 and response["Location"] == url
    assert Follow.objects.filter(user=other_member, thread=question).exists()
    page = client.get(url).content.decode()
    assert "You follow this thread now." in page  # the confirmation, once
    assert "You follow this thread." in page and "Stop following" in page
    mail.outbox.clear()
    answer = reply(question, make_member())
    assert Notification.objects.filter(user=other_member, post=answer, kind="reply").exists()
    assert [message.to for message in mail.outbox].count([other_member.email]) == 1

    _follow(client, f"{url}follow/", "0", next=url)

    assert not Follow.objects.filter(user=other_member, thread=question).exists()
    assert "Follow this thread" in client.get(url).content.decode()


def test_following_a_space_and_a_tag_from_the_thread_list_brings_new_threads(
    committed, space, question, member, other_member, english
):
    client = _signed_in(other_member)
    listing = f"/en/community/{space.slug}/"
    assert "Follow this space" in client.get(listing).content.decode()
    tagged = client.get(listing, {"tag": "export"}).content.decode()
    assert "Follow the tag “export”" in tagged

    _follow(client, f"{listing}follow/", "1", next=listing)
    response = _follow(
        client, f"{listing}follow-tag/", "1", tag="export", next=f"{listing}?tag=export"
    )

    assert response["Location"] == f"{listing}?tag=export"
    tag = Tag.objects.get(slug="export")
    assert Follow.objects.filter(user=other_member, space=space).exists()
    assert Follow.objects.filter(user=other_member, tag=tag).exists()
    page = client.get(listing, {"tag": "export"}).content.decode()
    assert "You follow this space." in page and "You follow the tag “export”." in page
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
    assert (
        other_member.community_notifications.filter(thread=thread, kind="new_thread").count() == 1
    )


def test_a_visitor_sees_no_follow_button_and_is_sent_to_sign_in(client, question, space):
    follows = Follow.objects.count()
    assert "Follow this thread" not in client.get(_thread_url(question)).content.decode()
    assert "Follow this space" not in client.get(f"/en/community/{space.slug}/").content.decode()

    response = _follow(client, f"{_thread_url(question)}follow/", "1")

    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Follow.objects.count() == follows


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "javascript:alert(1)", "", "x" * 10_000],
)
def test_a_follow_goes_back_only_to_a_page_of_this_site(question, other_member, next_url):
    response = _follow(
        _signed_in(other_member), f"{_thread_url(question)}follow/", "1", next=next_url
    )

    assert response.status_code == 302
    assert response["Location"] == _thread_url(question)


def test_a_bad_follow_value_is_refused_and_changes_nothing(question, other_member):
    client = _signed_in(other_member)

    response = _follow(client, f"{_thread_url(question)}follow/", "yes")

    assert response.status_code == 302
    assert not Follow.objects.filter(user=other_member).exists()
    assert (
        "Choose to follow (1) or to stop following (0)."
        in client.get(response["Location"]).content.decode()
    )


@pytest.mark.parametrize("tag", ["x" * 10_000, "", "no\x00pe", "unknown-tag", "secret"])
def test_a_tag_no_readable_thread_of_the_space_carries_is_not_found(
    space, make_space, question, member, other_member, english, tag
):
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)
    Thread.objects.create(
        space=staff_room,
        kind="discussion",
        title="Internal",
        author=member,
        locale=english,
        last_activity_at=timezone.now(),
    ).tags.set(["secret"])

    response = _follow(
        _signed_in(other_member), f"/en/community/{space.slug}/follow-tag/", "1", tag=tag
    )

    assert response.status_code == 404
    assert not Follow.objects.filter(user=other_member).exists()


def test_what_the_member_may_not_read_cannot_be_followed(make_space, member, other_member, english):
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)
    thread = Thread.objects.create(
        space=staff_room,
        kind="discussion",
        title="Internal",
        author=member,
        locale=english,
        last_activity_at=timezone.now(),
    )
    client = _signed_in(other_member)

    assert _follow(client, f"{_thread_url(thread)}follow/", "1").status_code == 404
    assert _follow(client, "/en/community/staff-room/follow/", "1").status_code == 404
    assert (
        _follow(client, "/en/community/threads/99999999999999999999/follow/", "1").status_code
        == 404
    )
    assert not Follow.objects.filter(user=other_member).exists()


def test_a_follow_posted_from_another_site_is_refused(question, other_member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(other_member)

    response = _follow(client, f"{_thread_url(question)}follow/", "1")

    assert response.status_code == 403
    assert not Follow.objects.filter(user=other_member).exists()


# --- the e-mail choice ---------------------------------------------------------------------


def test_the_email_choice_is_saved_with_a_clear_confirmation(member):
    client = _signed_in(member)
    page = client.get(SETTINGS).content.decode()
    assert re.search(r'value="at_once"[^>]*checked', page)

    response = client.post(SETTINGS, {"email": "daily"})

    assert response.status_code == 302 and response["Location"] == SETTINGS
    assert Member.objects.get(user=member).email == Member.Email.DAILY
    page = client.get(SETTINGS).content.decode()
    assert "Saved: we will e-mail you at most once a day" in page
    assert re.search(r'value="daily"[^>]*checked', page)


@pytest.mark.parametrize("choice", ["", "weekly", "x" * 10_000, "daily\x00"])
def test_an_unknown_email_choice_is_refused_and_changes_nothing(member, choice):
    response = _signed_in(member).post(SETTINGS, {"email": choice})

    assert response.status_code == 400
    assert Member.objects.filter(user=member).exclude(email=Member.Email.AT_ONCE).count() == 0


@pytest.mark.parametrize(
    "choice, at_once, in_the_digest",
    [("at_once", 1, 0), ("daily", 0, 1), ("never", 0, 0)],
)
def test_the_email_choice_decides_how_a_reply_reaches_the_member(
    reply, question, member, other_member, choice, at_once, in_the_digest
):
    _signed_in(member).post(SETTINGS, {"email": choice})
    mail.outbox.clear()

    reply(question, other_member)

    assert len([m for m in mail.outbox if m.to == [member.email]]) == at_once
    mail.outbox.clear()
    digests_send()
    assert len([m for m in mail.outbox if m.to == [member.email]]) == in_the_digest
    assert Notification.objects.filter(user=member, kind="reply").count() == 1  # on the site


def test_the_settings_page_asks_a_visitor_to_sign_in(client):
    assert client.get(SETTINGS).status_code == 302
    assert client.post(SETTINGS, {"email": "never"}).status_code == 302
    assert not Member.objects.filter(email="never").exists()
