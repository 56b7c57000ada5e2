"""The moderation queue in the admin: flagged posts for moderators, and what they do there."""

import itertools
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from community import services
from community.models import Flag, Post
from community.moderation import services as moderation
from tests.queries import record_queries
from tests.utils import demo_user

QUEUE = "/admin/community/moderation/"
_flaggers = itertools.count(1)


def act(post) -> str:
    return f"{QUEUE}posts/{post.pk}/"


def row_of(page: str, text: str) -> str:
    """The queue's row that shows ``text``."""
    rows = re.findall(r"<tr>(?:(?!</tr>).)*</tr>", page, re.S)
    found = [row for row in rows if text in row]
    assert len(found) == 1, page
    return found[0]


@pytest.fixture
def moderator_in_admin(make_member):
    """A member of staff whose group opens the admin and moderates the community."""
    group = Group.objects.create(name="Community moderators")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="community", codename="moderate_thread"),
    )
    user = make_member("queue-moderator")
    user.groups.add(group)
    return user


@pytest.fixture
def reply(question, other_member):
    other_member.first_name, other_member.last_name = "Helga", "Berg"
    other_member.save(update_fields=["first_name", "last_name"])
    return services.post_reply(
        author=other_member, thread=question, body="Buy cheap watches today, great prices!"
    )


@pytest.fixture
def flag(make_member):
    def give(post, reason="spam", n=1):
        return [
            moderation.flag_post(
                flagger=make_member(f"queue-flagger{next(_flaggers)}"), post=post, reason=reason
            )
            for _ in range(n)
        ]

    return give


def test_a_moderator_sees_each_flagged_post_once_with_its_reasons_and_the_authors_name(
    client, moderator_in_admin, reply, question, flag, settings
):
    settings.COMMUNITY_FLAGS_TO_HIDE = 10
    flag(reply, "spam", 2)
    flag(reply, "rude")
    client.force_login(moderator_in_admin)

    queue = client.get(QUEUE)
    dashboard = client.get("/admin/")

    page = queue.content.decode()
    row = row_of(page, "Buy cheap watches today, great prices!")
    assert queue.status_code == 200
    assert question.title in row and "Helga Berg" in row
    assert "helper@example.com" not in page  # the author's address, never shown
    assert "queue-flagger" not in page  # nor who flagged it
    assert "Spam: 2 flags" in row and "Rude or abusive: 1 flag" in row
    assert "Shown" in row and "Hidden" not in row  # three flags of ten do not hide it
    assert QUEUE in dashboard.content.decode()  # the "Community" menu leads there


def test_the_queue_shows_the_longest_waiting_post_first_and_filters_by_reason(
    client, moderator_in_admin, question, other_member, flag
):
    newer = services.post_reply(author=other_member, thread=question, body="Flagged second.")
    older = services.post_reply(author=other_member, thread=question, body="Flagged first.")
    flag(newer, "off_topic")
    flag(older, "rude")
    Flag.objects.filter(post=older).update(created_at=timezone.now() - timedelta(days=400))
    client.force_login(moderator_in_admin)

    everything = client.get(QUEUE).content.decode()
    rude = client.get(QUEUE, {"reason": "rude"}).content.decode()

    assert everything.index("Flagged first.") < everything.index("Flagged second.")
    assert "Flagged first." in rude and "Flagged second." not in rude


def test_a_moderator_hides_a_flagged_post_which_is_logged_and_gone_from_the_site(
    client, moderator_in_admin, reply, question, flag, member
):
    flag(reply, "spam")
    client.force_login(moderator_in_admin)

    hidden = client.post(act(reply), {"action": "hide"}, follow=True)

    reply.refresh_from_db()
    assert hidden.status_code == 200
    assert f"The post in “{question.title}” is hidden." in hidden.content.decode()
    assert reply.is_hidden
    assert Flag.objects.get(post=reply).upheld is True
    assert "Buy cheap watches" not in hidden.content.decode()  # it left the queue
    entry = ModelLogEntry.objects.get(object_id=str(reply.pk), action="community.post.hide")
    assert entry.user == moderator_in_admin
    client.force_login(member)
    assert "Buy cheap watches" not in client.get(question.get_absolute_url()).content.decode()
    client.force_login(demo_user("admin"))
    history = client.get("/admin/reports/site-history/", {"action": "community.post.hide"})
    assert "Hid the post" in history.content.decode()


def test_restoring_a_post_hidden_by_flags_shows_it_again_and_dismisses_them(
    client, moderator_in_admin, reply, question, flag, member, settings
):
    flag(reply, "spam", settings.COMMUNITY_FLAGS_TO_HIDE)
    reply.refresh_from_db()
    assert reply.is_hidden
    client.force_login(moderator_in_admin)
    assert "Hidden" in row_of(client.get(QUEUE).content.decode(), "Buy cheap watches")

    restored = client.post(act(reply), {"action": "restore"}, follow=True)

    reply.refresh_from_db()
    assert "is shown again and its flags are dismissed" in restored.content.decode()
    assert not reply.is_hidden
    assert not Flag.objects.filter(post=reply, resolved_at__isnull=True).exists()
    assert set(Flag.objects.filter(post=reply).values_list("upheld", flat=True)) == {False}
    assert ModelLogEntry.objects.filter(
        object_id=str(reply.pk), action="community.post.restore", user=moderator_in_admin
    ).exists()
    client.force_login(member)
    assert "Buy cheap watches" in client.get(question.get_absolute_url()).content.decode()


def test_dismissing_the_flags_leaves_the_post_as_it_is_and_out_of_the_queue(
    client, moderator_in_admin, reply, flag
):
    flag(reply, "off_topic", 2)
    client.force_login(moderator_in_admin)

    dismissed = client.post(act(reply), {"action": "dismiss"}, follow=True)

    reply.refresh_from_db()
    assert "2 flags on the post in" in dismissed.content.decode()
    assert not reply.is_hidden and reply.deleted_at is None
    assert not Flag.objects.filter(post=reply, resolved_at__isnull=True).exists()
    assert (
        ModelLogEntry.objects.filter(
            object_id=str(reply.pk), action="community.flag.dismiss"
        ).count()
        == 2
    )
    assert "Buy cheap watches" not in client.get(QUEUE).content.decode()


def test_a_moderator_deletes_a_flagged_post_softly_and_can_bring_it_back(
    client, moderator_in_admin, reply, flag
):
    flag(reply, "spam")
    client.force_login(moderator_in_admin)

    deleted = client.post(act(reply), {"action": "delete"}, follow=True)

    reply.refresh_from_db()
    assert "a moderator can bring it back" in deleted.content.decode()
    assert reply.deleted_at is not None
    assert Flag.objects.get(post=reply).upheld is True
    assert ModelLogEntry.objects.filter(
        object_id=str(reply.pk), action="community.post.delete"
    ).exists()
    moderation.post_undelete(moderator=moderator_in_admin, post=reply)
    assert Post.objects.get(pk=reply.pk).deleted_at is None


def test_an_editor_without_the_permission_neither_sees_nor_acts_in_the_queue(client, reply, flag):
    flag(reply, "spam")
    client.force_login(demo_user("editor"))  # works in the admin, does not moderate

    queue = client.get(QUEUE)
    posted = client.post(act(reply), {"action": "hide"})
    dashboard = client.get("/admin/")

    assert queue.status_code == posted.status_code == 302
    assert queue["Location"] == posted["Location"] == "/admin/"
    reply.refresh_from_db()
    assert not reply.is_hidden
    assert Flag.objects.filter(post=reply, resolved_at__isnull=True).count() == 1
    assert not ModelLogEntry.objects.filter(object_id=str(reply.pk)).exists()
    assert QUEUE not in dashboard.content.decode()


def test_a_customer_is_sent_to_the_admin_sign_in(client, member, reply, flag):
    flag(reply, "spam")
    client.force_login(member)

    posted = client.post(act(reply), {"action": "hide"})

    assert posted.status_code == 302 and posted["Location"].startswith("/admin/login/")
    reply.refresh_from_db()
    assert not reply.is_hidden


def test_actions_take_only_a_post_with_its_csrf_token(moderator_in_admin, reply, flag):
    flag(reply, "spam")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(moderator_in_admin)

    forged = browser.post(act(reply), {"action": "hide"})
    fetched = browser.get(act(reply), {"action": "hide"})

    assert forged.status_code == 403
    assert fetched.status_code == 405
    reply.refresh_from_db()
    assert not reply.is_hidden


@pytest.mark.parametrize(
    "query",
    [
        {"reason": "<script>alert(1)</script>"},
        {"reason": ["spam", "rude"]},
        {"p": "-1"},
        {"p": "abc"},
        {"p": "99999999999999999999"},
        {"export": "xlsx"},
        {"export": "../../etc/passwd"},
        {"ordering": "author__password"},
        {"locale": "xx"},
    ],
)
def test_hostile_queue_parameters_never_fail(client, moderator_in_admin, query):
    client.force_login(moderator_in_admin)

    response = client.get(QUEUE, query)

    assert response.status_code < 500


def test_hostile_actions_change_nothing(client, moderator_in_admin, reply, flag):
    flag(reply, "spam")
    client.force_login(moderator_in_admin)

    unknown = client.post(act(reply), {"action": "promote"}, follow=True)
    missing = client.post(f"{QUEUE}posts/999999999/", {"action": "hide"})
    elsewhere = client.post(act(reply), {"action": "dismiss", "next": "https://evil.test/"})

    assert "Choose what to do with the post." in unknown.content.decode()
    assert missing.status_code == 404
    assert elsewhere.status_code == 302 and elsewhere["Location"] == QUEUE
    reply.refresh_from_db()
    assert not reply.is_hidden


def test_the_queue_asks_the_database_as_often_for_many_flagged_posts_as_for_one(
    client, moderator_in_admin, question, other_member, flag, make_member
):
    client.force_login(moderator_in_admin)

    def queries_for_the_queue() -> int:
        client.get(QUEUE)  # the session and the permissions, read once
        with record_queries() as queries:
            assert client.get(QUEUE).status_code == 200
        return len(queries)

    flag(services.post_reply(author=other_member, thread=question, body="One post."), "spam")
    one = queries_for_the_queue()
    for number in range(3):
        author = make_member()  # other authors, threads and reasons than the first
        thread = services.thread_start(
            author=author,
            space=question.space,
            locale=question.locale,
            kind="discussion",
            title=f"Discussion {number}",
            body="Opening words.",
        )
        flag(thread.posts.get(), ["rude", "off_topic", "other"][number])
    four = queries_for_the_queue()

    assert one == four
