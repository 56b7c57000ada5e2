"""The most wanted ideas in the admin: for product staff, by votes, with their status form."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from community import services
from community.ideas.services import idea_status_change
from community.models import IdeaStatusChange, Thread
from tests.utils import demo_user

IDEAS = "/admin/community/ideas/"


@pytest.fixture
def product_staff(make_member):
    """A member of staff whose group opens the admin and answers ideas."""
    group = Group.objects.create(name="Product team")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="community", codename="respond_to_idea"),
    )
    user = make_member("product-owner")
    user.groups.add(group)
    return user


@pytest.fixture
def ideas_space(make_space):
    return make_space("roadmap-ideas")


@pytest.fixture
def make_idea(ideas_space, member, english, make_member):
    def make(title, votes=0):
        idea = services.thread_start(
            author=member,
            space=ideas_space,
            locale=english,
            kind=Thread.Kind.IDEA,
            title=title,
            body=f"{title}, please.",
        )
        for _ in range(votes):
            services.vote_cast(voter=make_member(), post=idea.posts.get(is_opening=True), value=1)
        idea.refresh_from_db()
        return idea

    return make


def test_product_staff_see_the_ideas_most_voted_first_with_links_to_the_site(
    client, product_staff, make_idea, ideas_space
):
    quiet = make_idea("Timer presets", votes=1)
    wanted = make_idea("Offline mode", votes=3)
    client.force_login(product_staff)

    report = client.get(IDEAS, {"space": ideas_space.pk})
    dashboard = client.get("/admin/")

    page = report.content.decode()
    assert report.status_code == 200
    assert page.index("Offline mode") < page.index("Timer presets")
    assert wanted.get_absolute_url() in page and quiet.get_absolute_url() in page
    assert f"{IDEAS}{wanted.pk}/status/" in page
    assert IDEAS in dashboard.content.decode()


def test_the_report_filters_by_status(client, product_staff, make_idea, ideas_space):
    planned = make_idea("Dark theme")
    make_idea("Calendar sync", votes=2)
    idea_status_change(
        acting_user=product_staff, thread=planned, to_status="planned", response="Spring."
    )
    client.force_login(product_staff)

    report = client.get(IDEAS, {"space": ideas_space.pk, "idea_status": "planned"})

    page = report.content.decode()
    assert "Dark theme" in page and "Calendar sync" not in page


def test_the_report_exports_the_same_order_as_csv(client, product_staff, make_idea, ideas_space):
    make_idea("Timer presets", votes=1)
    make_idea("Offline mode", votes=2)
    client.force_login(product_staff)

    exported = client.get(IDEAS, {"space": ideas_space.pk, "export": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content).decode())))
    assert exported["Content-Type"].startswith("text/csv")
    assert rows[0][:4] == ["Idea", "Space", "Status", "Votes"]
    assert [row[0] for row in rows[1:]] == ["Offline mode", "Timer presets"]
    assert rows[1][2:4] == ["New", "2"]


def test_product_staff_change_an_idea_s_status_with_an_official_response(
    client, product_staff, make_idea
):
    idea = make_idea("Offline mode")
    client.force_login(product_staff)
    form = client.get(f"{IDEAS}{idea.pk}/status/")

    changed = client.post(
        f"{IDEAS}{idea.pk}/status/",
        {"to_status": "under_review", "response": "We are looking into it."},
        follow=True,
    )

    idea.refresh_from_db()
    assert form.status_code == 200 and b'name="response"' in form.content
    assert "The status of “Offline mode” is now: Under review." in changed.content.decode()
    assert idea.idea_status == "under_review"
    change = IdeaStatusChange.objects.get(thread=idea)
    assert (change.response, change.changed_by) == ("We are looking into it.", product_staff)
    assert ModelLogEntry.objects.filter(
        object_id=str(idea.pk), action="community.idea.status"
    ).exists()


def test_the_status_form_refuses_the_same_status_and_an_empty_response_next_to_the_fields(
    client, product_staff, make_idea
):
    idea = make_idea("Offline mode")
    client.force_login(product_staff)

    same = client.post(f"{IDEAS}{idea.pk}/status/", {"to_status": "new", "response": "Still."})
    empty = client.post(f"{IDEAS}{idea.pk}/status/", {"to_status": "planned", "response": " "})
    unknown = client.post(f"{IDEAS}{idea.pk}/status/", {"to_status": "shipped", "response": "x"})

    assert same.status_code == empty.status_code == unknown.status_code == 200
    assert same.context["form"].errors["to_status"] == ["The idea already has that status."]
    assert list(empty.context["form"].errors) == ["response"]
    assert list(unknown.context["form"].errors) == ["to_status"]
    idea.refresh_from_db()
    assert idea.idea_status == "new"
    assert not IdeaStatusChange.objects.filter(thread=idea).exists()


def test_without_the_permission_the_report_and_the_form_are_refused(client, make_idea):
    idea = make_idea("Offline mode", votes=1)
    client.force_login(demo_user("editor"))  # works in the admin, does not answer ideas

    report = client.get(IDEAS)
    posted = client.post(f"{IDEAS}{idea.pk}/status/", {"to_status": "declined", "response": "No."})
    dashboard = client.get("/admin/")

    assert report.status_code == posted.status_code == 302
    assert report["Location"] == posted["Location"] == "/admin/"
    idea.refresh_from_db()
    assert idea.idea_status == "new"
    assert IDEAS not in dashboard.content.decode()


def test_the_status_form_answers_not_found_for_a_thread_that_is_no_idea(
    client, product_staff, question
):
    client.force_login(product_staff)

    response = client.get(f"{IDEAS}{question.pk}/status/")

    assert response.status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        {"idea_status": "<script>alert(1)</script>"},
        {"space": "abc"},
        {"space": "99999999999999999999"},
        {"space": "-1"},
        {"p": "0"},
        {"p": "nine"},
        {"export": "pdf"},
        {"export": "xlsx", "idea_status": "planned"},
        {"ordering": "author__password"},
    ],
)
def test_hostile_report_parameters_never_fail(client, product_staff, query):
    client.force_login(product_staff)

    response = client.get(IDEAS, query)

    assert response.status_code < 500
