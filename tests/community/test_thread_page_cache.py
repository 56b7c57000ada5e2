"""Anonymous thread pages are replayed from the shared cache, and never outlive a change to
the thread or its space (``community.changes``)."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client

from community import selectors, services
from community.changes import PAGES_KEY
from community.ideas.services import idea_status_change
from community.models import Thread
from community.moderation import services as moderation
from tests.queries import assert_queries

pytestmark = pytest.mark.usefixtures("postgres")


def _url(thread) -> str:
    return f"/en/community/threads/{thread.pk}/"


def _visit(thread):
    return Client().get(_url(thread))


@pytest.fixture
def answer(question, other_member):
    return services.post_reply(
        author=other_member, thread=question, body="Reports → Timesheets → **Export**."
    )


def test_a_second_anonymous_visit_is_replayed_without_a_query(question, answer):
    first = _visit(question)

    with assert_queries(0):
        second = _visit(question)

    assert first.status_code == 200 and "X-Portal-Cache" not in first
    assert second["X-Portal-Cache"] == "hit"
    assert second.content == first.content


def _reply(question, answer, member, other_member, moderator):
    services.post_reply(author=moderator, thread=question, body="A later reply.")


def _edit(question, answer, member, other_member, moderator):
    services.post_edit(editor=other_member, post=answer, body="Reports → Export, then CSV.")


def _vote(question, answer, member, other_member, moderator):
    services.vote_cast(voter=member, post=answer, value=1)


def _accept(question, answer, member, other_member, moderator):
    services.answer_accept(acting_user=member, post=answer)


def _hide(question, answer, member, other_member, moderator):
    moderation.post_hide(moderator=moderator, post=answer)


def _lock(question, answer, member, other_member, moderator):
    moderation.thread_lock(moderator=moderator, thread=question)


CHANGES = [_reply, _edit, _vote, _accept, _hide, _lock]


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: change.__name__.strip("_"))
def test_a_change_to_the_thread_shows_on_the_next_anonymous_visit(
    change, question, answer, member, other_member, moderator, django_capture_on_commit_callbacks
):
    before = _visit(question)
    assert _visit(question)["X-Portal-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):  # forgotten once committed
        change(question, answer, member, other_member, moderator)

    after = _visit(question)
    assert after.status_code == 200 and "X-Portal-Cache" not in after
    assert after.content != before.content


def test_an_idea_moved_on_shows_its_new_status_at_once(
    space, member, english, make_member, django_capture_on_commit_callbacks
):
    idea = services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind=Thread.Kind.IDEA,
        title="Export timesheets to a calendar",
        body="One calendar entry per logged day.",
    )
    staff = get_user_model().objects.create_user("product", is_staff=True)
    staff.user_permissions.add(
        Permission.objects.get(content_type__app_label="community", codename="respond_to_idea")
    )
    _visit(idea)

    with django_capture_on_commit_callbacks(execute=True):
        idea_status_change(
            acting_user=staff, thread=idea, to_status="planned", response="Next quarter."
        )

    after = _visit(idea)
    assert "X-Portal-Cache" not in after and "Next quarter." in after.content.decode()


def test_a_change_to_one_thread_leaves_the_others_kept(
    question, answer, space, member, english, django_capture_on_commit_callbacks
):
    other = services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind=Thread.Kind.DISCUSSION,
        title="Share your timesheet templates",
        body="Mine has a column per project.",
    )
    _visit(question)
    _visit(other)

    with django_capture_on_commit_callbacks(execute=True):
        services.post_reply(author=member, thread=question, body="Found it, thanks.")

    assert "X-Portal-Cache" not in _visit(question)
    assert _visit(other)["X-Portal-Cache"] == "hit"


def test_a_thread_moved_where_visitors_may_not_read_is_not_found_at_once(
    question, moderator, make_space, django_capture_on_commit_callbacks
):
    staff_room = make_space("staff-room", read_access="staff", post_access="staff")
    _visit(question)

    with django_capture_on_commit_callbacks(execute=True):
        moderation.thread_move(moderator=moderator, thread=question, space=staff_room)

    assert _visit(question).status_code == 404


def test_a_space_made_staff_only_in_the_admin_hides_its_kept_threads_at_once(
    question, space, edit_space_in_admin, django_capture_on_commit_callbacks
):
    _visit(question)
    assert _visit(question)["X-Portal-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        saved = edit_space_in_admin(space, read_access="staff", post_access="staff")

    assert saved.status_code == 302, saved.content.decode()[:1500]
    assert _visit(question).status_code == 404


def test_a_page_is_kept_under_the_versions_read_before_the_thread(question, answer, monkeypatch):
    """A change committed while a page renders (here: between reading the versions and
    reading the posts) must not leave the page it read before kept as current."""
    read_posts = selectors.post_list_readable

    def committed_meanwhile(**kwargs):
        cache.delete(PAGES_KEY)  # what a commit's forgetting does
        return read_posts(**kwargs)

    monkeypatch.setattr(selectors, "post_list_readable", committed_meanwhile)
    _visit(question)
    monkeypatch.setattr(selectors, "post_list_readable", read_posts)

    assert "X-Portal-Cache" not in _visit(question)
    assert _visit(question)["X-Portal-Cache"] == "hit"


def test_signed_in_members_are_neither_served_a_kept_page_nor_keep_one(question, member):
    _visit(question)
    client = Client()
    client.force_login(member)

    seen = client.get(_url(question))

    assert "X-Portal-Cache" not in seen and b"csrfmiddlewaretoken" in seen.content
    assert b"csrfmiddlewaretoken" not in _visit(question).content


def test_a_kept_page_lasts_no_longer_than_the_setting(question, settings):
    settings.COMMUNITY_PAGE_CACHE_SECONDS = 0  # authors' levels and badges never older
    _visit(question)

    assert "X-Portal-Cache" not in _visit(question)


def test_asking_for_threads_that_do_not_exist_leaves_nothing_lasting_in_the_cache(settings):
    settings.COMMUNITY_PAGE_CACHE_SECONDS = 1
    missing = Thread.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    url = f"/en/community/threads/{missing + 1000}/"
    key = f"community:thread-page:{missing + 1000}:version"

    assert Client().get(url).status_code == 404
    assert cache.get(key) is not None

    time.sleep(2.1)  # twice a page's life, and a little
    assert cache.get(key) is None


def test_a_thread_asked_for_by_another_spelling_of_its_number_leads_to_its_address(question):
    response = Client().get(f"/en/community/threads/00{question.pk}/")

    assert response.status_code == 301 and response["Location"] == _url(question)


def test_a_visitor_with_a_forged_host_keeps_no_page_naming_it(question, answer, settings):
    """Pages are kept by path: what one request's Host header says must not reach others."""
    Client().get(_url(question), HTTP_HOST="forged.example")

    replayed = _visit(question)

    assert replayed["X-Portal-Cache"] == "hit"
    assert b"forged.example" not in replayed.content
    site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert f'"url": "{site}{_url(question)}#post-{answer.pk}"'.encode() in replayed.content


def _delete(user):
    user.delete()


def _deactivate(user):
    user.is_active = False
    user.save(update_fields=["is_active"])


def _rename(user):
    user.first_name, user.last_name = "Renamed", "Helper"
    user.save()


@pytest.mark.parametrize("change", [_delete, _deactivate, _rename], ids=lambda c: c.__name__[1:])
def test_an_authors_account_changed_anywhere_shows_on_the_next_visit(
    change, question, answer, other_member, django_capture_on_commit_callbacks
):
    before = _visit(question)
    assert _visit(question)["X-Portal-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        change(get_user_model().objects.get(pk=other_member.pk))

    after = _visit(question)
    assert "X-Portal-Cache" not in after and after.content != before.content


def test_a_members_sign_in_leaves_the_kept_pages_kept(
    question, answer, other_member, client, django_capture_on_commit_callbacks
):
    _visit(question)

    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(other_member)  # saves only last_login

    assert _visit(question)["X-Portal-Cache"] == "hit"


def test_a_merged_thread_leads_to_the_one_it_was_merged_into(
    question, space, member, english, moderator
):
    first = services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind=Thread.Kind.QUESTION,
        title="Exporting hours to a spreadsheet",
        body="Same question as the other one.",
    )
    last = services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind=Thread.Kind.QUESTION,
        title="Timesheet export, all in one place",
        body="Collected answers.",
    )
    moderation.thread_merge(moderator=moderator, thread=first, into=question)
    moderation.thread_merge(moderator=moderator, thread=question, into=last)

    for merged in (first, question):
        response = _visit(merged)
        assert response.status_code == 301 and response["Location"] == _url(last)


def test_a_thread_merged_away_from_a_space_visitors_may_not_read_stays_not_found(
    question, make_space, member, english, moderator
):
    staff_room = make_space("staff-room", read_access="staff", post_access="staff")
    staff = get_user_model().objects.create_superuser("staffer", "", "x-unused-9")
    hidden = services.thread_start(
        author=staff,
        space=staff_room,
        locale=english,
        kind=Thread.Kind.DISCUSSION,
        title="Notes on the export question",
        body="For staff only.",
    )
    moderation.thread_merge(moderator=moderator, thread=hidden, into=question)

    assert _visit(hidden).status_code == 404
