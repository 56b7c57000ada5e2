"""Following and notifications: who hears of what, once, by e-mail at once or daily."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from community import services
from community.ideas.services import idea_status_change
from community.models import Follow, Member, Notification
from community.moderation import services as moderation
from community.notifications.selectors import notification_list, unread_count
from community.notifications.services import (
    digests_send,
    follow_set,
    notifications_email,
    notifications_mark_read,
)
from tests.factories import segment_with


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a service and then its after-commit work (the e-mail), as a request would."""

    def run(service, **arguments):
        with django_capture_on_commit_callbacks(execute=True):
            return service(**arguments)

    return run


@pytest.fixture
def reply(committed):
    def post(thread, author, body="Reports → Export → CSV."):
        return committed(services.post_reply, author=author, thread=thread, body=body)

    return post


def test_the_asker_hears_of_a_reply_once_and_the_replier_not_at_all(
    reply, question, member, other_member
):
    mail.outbox.clear()
    unread = unread_count(member)
    reply(question, other_member)

    assert [n.user for n in Notification.objects.exclude(kind="badge")] == [member]
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "How do I export my timesheets?" in mail.outbox[0].subject
    assert f"/en/community/threads/{question.pk}/" in mail.outbox[0].body
    assert unread_count(member) == unread + 1
    assert not other_member.community_notifications.exclude(kind="badge").exists()


def test_answering_follows_the_thread(reply, question, member, other_member, make_member):
    reply(question, other_member)
    mail.outbox.clear()

    reply(question, member, "Thanks, that worked!")

    assert Follow.objects.filter(user=other_member, thread=question).exists()
    assert [message.to for message in mail.outbox] == [[other_member.email]]


def test_a_mention_is_one_notification_even_for_a_follower(reply, question, member, other_member):
    reply(question, other_member)
    third = type(member).objects.create_user("maja", email="maja@example.com")

    post = reply(question, other_member, "@asker and @maja, see Reports.")

    kinds = dict(Notification.objects.filter(post=post).values_list("user__username", "kind"))
    assert kinds == {"asker": "mention", "maja": "mention"}
    assert third.community_notifications.count() == 1


def test_no_mention_reaches_someone_who_cannot_read_the_space(
    make_space, member, english, make_member
):
    private = make_space(read_access="staff", post_access="signed_in")
    outsider = make_member("outsider")
    services.thread_start(
        author=member,
        space=private,
        locale=english,
        kind="discussion",
        title="Internal",
        body="@outsider look",
    )

    assert not outsider.community_notifications.exists()


def test_space_and_tag_followers_hear_of_new_threads(space, member, make_member, english):
    by_space, by_tag = make_member("by-space"), make_member("by-tag")
    follow_set(user=by_space, space=space, following=True)
    question = services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind="question",
        title="Export?",
        body="How?",
        tags=["export"],
    )
    follow_set(user=by_tag, tag=question.tags.get(), following=True)

    services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind="question",
        title="Export again?",
        body="Still?",
        tags=["export"],
    )

    assert by_space.community_notifications.count() == 2
    assert by_tag.community_notifications.count() == 1


def test_the_answerer_hears_their_answer_was_accepted(
    reply, committed, question, member, other_member
):
    answer = reply(question, other_member)
    mail.outbox.clear()

    committed(services.answer_accept, acting_user=member, post=answer)

    assert other_member.community_notifications.filter(kind="accepted").count() == 1
    assert [message.to for message in mail.outbox] == [[other_member.email]]


def test_followers_of_an_idea_hear_of_its_new_status(space, member, other_member, english):
    from django.contrib.auth.models import Permission

    idea = services.thread_start(
        author=member, space=space, locale=english, kind="idea", title="Dark mode", body="Please"
    )
    follow_set(user=other_member, thread=idea, following=True)
    other_member.user_permissions.add(Permission.objects.get(codename="respond_to_idea"))
    staff = type(other_member).objects.get(pk=other_member.pk)

    idea_status_change(acting_user=staff, thread=idea, to_status="planned", response="Soon.")

    assert [n.user for n in Notification.objects.filter(kind="idea_status")] == [member]


def test_a_daily_digest_gathers_everything_in_one_email(reply, question, member, make_member):
    Member.objects.create(user=member, email=Member.Email.DAILY)
    mail.outbox.clear()
    for _ in range(3):
        reply(question, make_member())
    assert not [message for message in mail.outbox if message.to == [member.email]]
    mail.outbox.clear()

    assert digests_send() == 1
    assert digests_send() == 0  # each goes out once

    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "3 updates in the community" in mail.outbox[0].subject


def test_a_hidden_post_never_reaches_anyone(reply, question, member, other_member, moderator):
    Member.objects.create(user=member, email=Member.Email.DAILY)
    answer = reply(question, other_member, "Buy cheap watches")
    moderation.post_hide(moderator=moderator, post=answer)
    mail.outbox.clear()

    digests_send()

    assert mail.outbox == []
    assert not notification_list(member).exclude(kind="badge").exists()


def test_a_thread_moved_where_the_member_cannot_read_is_left_out_of_the_digest(
    reply, question, member, other_member, moderator, make_space
):
    Member.objects.create(user=member, email=Member.Email.DAILY)
    reply(question, other_member)
    moderation.thread_move(
        moderator=moderator, thread=question, space=make_space(read_access="staff")
    )
    mail.outbox.clear()

    digests_send()

    assert mail.outbox == []
    assert not notification_list(member).exclude(kind="badge").exists()


def test_a_member_who_left_the_segment_hears_nothing_more_of_its_space(
    question, member, other_member, space
):
    customers = segment_with(member)
    space.read_access = "segments"
    space.save(update_fields=["read_access"])
    space.segments.add(customers)
    services.post_reply(author=other_member, thread=question, body="Reports → Export → CSV.")
    keys = list(member.community_notifications.exclude(kind="badge").values_list("key", flat=True))
    customers.members.remove(member)
    mail.outbox.clear()

    assert keys and notifications_email(keys=keys) == 0
    assert mail.outbox == []


def test_a_deactivated_member_gets_no_digest(reply, question, member, other_member):
    Member.objects.create(user=member, email=Member.Email.DAILY)
    reply(question, other_member)
    get_user_model().objects.filter(pk=member.pk).update(is_active=False)
    mail.outbox.clear()

    digests_send()

    assert mail.outbox == []


def test_marking_read_clears_the_unread_count(reply, question, member, other_member):
    reply(question, other_member)
    assert unread_count(member) == notification_list(member).count() > 0

    notifications_mark_read(user=member)

    assert unread_count(member) == 0
    assert notification_list(member).filter(kind="reply").count() == 1
