"""The idea board on the site, and an idea's status with its official responses.

Spaces and members are made through the models (``conftest.py``); ideas through the models
where only their order matters, through the services where the test is about what a member
or product staff do.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from community import services
from community.models import IdeaStatusChange, Post, Space, Thread
from tests.utils import demo_user

pytestmark = pytest.mark.usefixtures("postgres")

Status = Thread.IdeaStatus
HUGE = "99999999999999999999"


@pytest.fixture
def product_manager(make_member):
    user = make_member("product-manager")
    user.user_permissions.add(Permission.objects.get(codename="respond_to_idea"))
    return type(user).objects.get(pk=user.pk)  # without the cached permissions


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


def _idea(space, author, title, *, score=0, age_days=0, status=Status.NEW, **fields):
    """An idea with its opening post, made directly (no daily limit, no ledger)."""
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


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _board(space) -> str:
    return f"/en/community/{space.slug}/ideas/"


def _thread_url(thread) -> str:
    return f"/en/community/threads/{thread.pk}/"


def _status_url(thread) -> str:
    return f"/en/community/threads/{thread.pk}/status/"


def _titles(page: str) -> list[str]:
    return re.findall(r'class="thread-row__title">\s*<a href="[^"]+" lang="en">([^<]+)</a>', page)


# --- the board ---------------------------------------------------------------------------


def test_the_board_lists_the_spaces_ideas_by_votes_or_newest_with_status_and_score(
    client, space, make_space, member
):
    liked = _idea(space, member, "Weekly summary by e-mail", score=12, age_days=5)
    newest = _idea(space, member, "Export to calendar", score=1, status=Status.PLANNED)
    middle = _idea(space, member, "Offline mode", score=4, age_days=2)
    _idea(make_space("billing"), member, "Idea of another space", score=99)
    Thread.objects.create(
        space=space,
        kind=Thread.Kind.QUESTION,
        title="A question is no idea",
        author=member,
        locale=Locale.objects.get(language_code="en"),
        last_activity_at=timezone.now(),
        score=50,
    )

    by_votes = client.get(_board(space))
    by_date = client.get(_board(space), {"sort": "newest"})

    assert by_votes.status_code == 200
    assert _titles(by_votes.content.decode()) == [liked.title, middle.title, newest.title]
    assert _titles(by_date.content.decode()) == [newest.title, middle.title, liked.title]
    page = by_votes.content.decode()
    assert "<strong>12</strong> votes" in page and "<strong>1</strong> vote<" in page
    assert 'data-status="planned">Planned<' in page
    assert page.count('data-status="new">New<') == 2


def test_the_board_filters_by_status(client, space, member):
    _idea(space, member, "Still new")
    _idea(space, member, "Being built", status=Status.IN_PROGRESS)
    _idea(space, member, "Turned down", status=Status.DECLINED)

    in_progress = client.get(_board(space), {"status": "in_progress"}).content.decode()
    done = client.get(_board(space), {"status": "done"}).content.decode()
    every = client.get(_board(space), {"status": "nonsense"}).content.decode()

    assert _titles(in_progress) == ["Being built"]
    assert _titles(done) == [] and "No idea has this status." in done
    assert sorted(_titles(every)) == ["Being built", "Still new", "Turned down"]
    assert 'aria-current="true" class="is-current">In progress<' in in_progress


def test_the_board_pages_through_many_ideas(client, space, member):
    for n in range(25):
        _idea(space, member, f"Idea number {n:02d}", score=n)

    first = client.get(_board(space)).content.decode()
    second = client.get(_board(space), {"page": "2"}).content.decode()

    assert _titles(first)[0] == "Idea number 24" and len(_titles(first)) == 20
    assert _titles(second) == [f"Idea number {n:02d}" for n in range(4, -1, -1)]
    assert "Page 1 of 2" in first and 'rel="next"' in first


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": HUGE},
        {"page": "-1"},
        {"status": "\x00"},
        {"status": "x" * 10_000},
        {"sort": "\x00"},
    ],
    ids=["abc page", "huge page", "negative page", "nul status", "huge status", "nul sort"],
)
def test_a_filter_or_page_of_the_board_that_means_nothing_shows_a_page(client, idea, query):
    response = client.get(_board(idea.space), query)
    assert response.status_code == 200
    assert idea.title in response.content.decode()


def test_the_space_page_links_to_its_board_and_a_space_without_ideas_has_none(
    client, space, make_space
):
    closed = make_space("announcements", allows_ideas=False)

    assert _board(space) in client.get(f"/en/community/{space.slug}/").content.decode()
    assert _board(closed) not in client.get(f"/en/community/{closed.slug}/").content.decode()
    assert client.get(_board(closed)).status_code == 404
    assert client.get("/en/community/no-such-space/ideas/").status_code == 404


def test_the_board_of_a_space_the_viewer_may_not_read_is_not_found(make_space, member):
    staff_room = make_space("staff-room", read_access=Space.Access.STAFF)
    _idea(staff_room, demo_user("editor"), "Internal idea")

    assert _signed_in(member).get(_board(staff_room)).status_code == 404
    staff = _signed_in(demo_user("editor")).get(_board(staff_room))
    assert staff.status_code == 200 and "Internal idea" in staff.content.decode()


def test_a_hidden_idea_is_left_off_the_board_for_members(client, space, member, moderator):
    _idea(space, member, "Hidden idea", is_hidden=True)
    _idea(space, member, "Shown idea")

    assert _titles(client.get(_board(space)).content.decode()) == ["Shown idea"]
    assert sorted(_titles(_signed_in(moderator).get(_board(space)).content.decode())) == [
        "Hidden idea",
        "Shown idea",
    ]


# --- an idea's status ---------------------------------------------------------------------


def test_an_idea_shows_its_status_and_leads_to_its_board(client, idea):
    page = client.get(_thread_url(idea)).content.decode()

    assert 'id="idea-status"' in page
    assert f'href="{_board(idea.space)}"' in page
    assert f'href="{_board(idea.space)}?status=new"' in page
    assert "No official response yet." in page
    assert _status_url(idea) not in page  # no form for a visitor


def test_a_question_shows_no_idea_status(client, question):
    page = client.get(_thread_url(question)).content.decode()
    assert 'id="idea-status"' not in page


def test_product_staff_change_the_status_and_the_idea_shows_it_with_the_response(
    client, idea, product_manager
):
    staff = _signed_in(product_manager)
    assert _status_url(idea) in staff.get(_thread_url(idea)).content.decode()

    response = staff.post(
        _status_url(idea),
        {"status": "planned", "response": "Coming **next quarter**. <script>alert(1)</script>"},
    )

    assert response.status_code == 302
    assert response["Location"] == f"{_thread_url(idea)}#idea-status"
    idea.refresh_from_db()
    assert idea.idea_status == Status.PLANNED
    change = IdeaStatusChange.objects.get(thread=idea)
    assert (change.from_status, change.to_status, change.changed_by) == (
        "new",
        "planned",
        product_manager,
    )
    page = client.get(_thread_url(idea)).content.decode()
    history = page[page.index('id="idea-status"') :]
    assert "New → Planned" in history
    assert "Coming <strong>next quarter</strong>." in history
    assert "<script>alert" not in page
    assert "product-manager" in history
    assert "Official response" in history
    assert '<span class="badge badge--status">Planned</span>' in history


def test_the_history_lists_every_change_newest_first(client, idea, product_manager):
    staff = _signed_in(product_manager)
    staff.post(_status_url(idea), {"status": "under_review", "response": "We are looking."})
    staff.post(_status_url(idea), {"status": "declined", "response": "Not for now."})

    page = client.get(_thread_url(idea)).content.decode()

    assert page.index("Under review → Declined") < page.index("New → Under review")
    assert page.index("Not for now.") < page.index("We are looking.")


def test_the_form_offers_every_status_but_the_current_one(idea, product_manager):
    page = _signed_in(product_manager).get(_thread_url(idea)).content.decode()
    form = page[page.index('id="idea-status-status"') :]
    form = form[: form.index("</select>")]

    offered = re.findall(r'<option value="([a-z_]+)"', form)
    assert offered == [value for value in Status.values if value != "new"]


@pytest.mark.parametrize("who", ["member", "moderator", "author"])
def test_someone_who_is_not_product_staff_cannot_change_a_status(idea, make_member, moderator, who):
    user = {"member": make_member(), "moderator": moderator, "author": idea.author}[who]
    client = _signed_in(user)

    assert _status_url(idea) not in client.get(_thread_url(idea)).content.decode()
    response = client.post(_status_url(idea), {"status": "done", "response": "Shipped!"})

    assert response.status_code == 403
    assert "Only product staff can change the status of an idea." in response.content.decode()
    idea.refresh_from_db()
    assert idea.idea_status == Status.NEW
    assert not IdeaStatusChange.objects.exists()


def test_an_anonymous_status_change_goes_to_sign_in_and_changes_nothing(client, idea):
    response = client.post(_status_url(idea), {"status": "done", "response": "Shipped!"})

    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert not IdeaStatusChange.objects.exists()


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"status": "done", "response": "  "}, "response", "This field is required."),
        ({"status": "done", "response": "x" * 5001}, "response", "Ensure this value has at most"),
        ({"status": "shipped", "response": "Yes"}, "status", "Select a valid choice."),
        ({"status": "new", "response": "Again"}, "status", "Select a valid choice."),
        ({"status": "\x00", "response": "Yes"}, "status", "Select a valid choice."),
        ({"response": "Yes"}, "status", "This field is required."),
    ],
    ids=["empty response", "huge response", "unknown status", "same status", "nul", "none"],
)
def test_a_bad_status_change_is_refused_next_to_its_field_and_changes_nothing(
    idea, product_manager, data, field, error
):
    response = _signed_in(product_manager).post(_status_url(idea), data)

    assert response.status_code == 400
    page = response.content.decode()
    assert f'action="{_status_url(idea)}#idea-status"' in page  # the form again, on the idea
    assert re.search(
        rf'id="idea-status-{field}".*?class="field__error" role="alert">{re.escape(error)}',
        page,
        re.S,
    )
    idea.refresh_from_db()
    assert idea.idea_status == Status.NEW
    assert not IdeaStatusChange.objects.exists()


def test_a_status_change_on_a_question_or_an_unknown_thread_is_not_found(question, product_manager):
    client = _signed_in(product_manager)
    data = {"status": "done", "response": "Yes"}

    assert client.post(_status_url(question), data).status_code == 404
    assert client.post(f"/en/community/threads/{HUGE}/status/", data).status_code == 404
    assert client.post("/en/community/threads/0/status/", data).status_code == 404
    question.refresh_from_db()
    assert question.idea_status == ""


def test_a_status_change_posted_without_the_csrf_token_is_refused(idea, product_manager):
    client = Client(enforce_csrf_checks=True)
    client.force_login(product_manager)

    response = client.post(_status_url(idea), {"status": "done", "response": "Shipped!"})

    assert response.status_code == 403
    assert not IdeaStatusChange.objects.exists()
