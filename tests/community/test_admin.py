"""Spaces in the admin: under "Community", for the people with the space permissions only."""

import pytest
from django.contrib.auth.models import Group, Permission

from community.models import Space
from community.models.spaces import RESERVED_SLUGS
from portal.urls import community_routes
from tests.utils import demo_user

SPACES = "/admin/community/spaces/"


@pytest.fixture
def community_manager(make_member):
    """A staff member whose group may open the admin and add, change and see spaces."""
    group = Group.objects.create(name="Community managers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="community",
            codename__in=["add_space", "change_space", "view_space"],
        ),
    )
    user = make_member("community-manager")
    user.groups.add(group)
    return user


def space_form(english, **changes) -> dict:
    """What a person fills in on the space form."""
    return {
        "name": "Billing questions",
        "slug": "billing-questions",
        "description": "Invoices, plans and payments.",
        "locales": [english.pk],
        "read_access": Space.Access.SIGNED_IN,
        "post_access": Space.Access.SIGNED_IN,
        "allows_ideas": "on",
        "position": "3",
        **changes,
    }


def test_a_community_manager_creates_a_space_through_the_admin_form(
    client, community_manager, english
):
    client.force_login(community_manager)
    form = client.get(f"{SPACES}new/")

    created = client.post(f"{SPACES}new/", space_form(english))

    assert form.status_code == 200
    assert b'name="read_access"' in form.content and b'name="locales"' in form.content
    assert created.status_code == 302, created.content.decode()[:2000]
    space = Space.objects.get(slug="billing-questions")
    assert space.name == "Billing questions"
    assert list(space.locales.all()) == [english]
    assert (space.read_access, space.post_access) == ("signed_in", "signed_in")
    assert space.allows_ideas and space.position == 3


def test_the_space_form_refuses_a_taken_address_and_keeps_what_was_typed(
    client, community_manager, english, space
):
    client.force_login(community_manager)

    refused = client.post(f"{SPACES}new/", space_form(english, slug=space.slug))

    assert refused.status_code == 200
    assert Space.objects.filter(slug=space.slug).count() == 1
    assert b"Billing questions" in refused.content


@pytest.mark.parametrize("slug", sorted(RESERVED_SLUGS))
def test_the_space_form_refuses_the_address_of_another_community_page(
    client, community_manager, english, slug
):
    client.force_login(community_manager)

    refused = client.post(f"{SPACES}new/", space_form(english, slug=slug))

    assert refused.status_code == 200
    assert "is the address of another community page" in refused.content.decode()
    assert not Space.objects.filter(slug=slug).exists()


def test_every_fixed_community_address_is_reserved_from_spaces():
    fixed = {
        str(route.pattern).split("/", 1)[0]
        for route in community_routes
        if not str(route.pattern).startswith("<")
    }

    assert fixed - {""} == RESERVED_SLUGS


def test_the_list_shows_each_space_with_its_languages_and_access(
    client, community_manager, make_space, english
):
    swedish = english.__class__.objects.get(language_code="sv")
    make_space("nordic-forum", locales=[english, swedish], read_access=Space.Access.STAFF)
    client.force_login(community_manager)

    listing = client.get(SPACES)
    dashboard = client.get("/admin/")

    page = listing.content.decode()
    assert listing.status_code == 200
    assert "Nordic Forum" in page
    assert "English, Swedish" in page
    assert "Staff only" in page
    assert SPACES in dashboard.content.decode()  # the "Community" menu leads there


def test_a_customer_cannot_open_or_post_the_space_admin(client, member, english):
    client.force_login(member)

    listing = client.get(SPACES)
    posted = client.post(f"{SPACES}new/", space_form(english))

    assert listing.status_code == posted.status_code == 302
    assert listing["Location"].startswith("/admin/login/")
    assert not Space.objects.filter(slug="billing-questions").exists()


def test_staff_without_the_space_permissions_neither_see_nor_change_spaces(
    db, client, english, space
):
    editor = demo_user("editor")  # works in the admin, may not manage spaces
    client.force_login(editor)

    listing = client.get(SPACES)
    posted = client.post(f"{SPACES}new/", space_form(english))
    edited = client.post(f"{SPACES}edit/{space.pk}/", space_form(english, name="Taken over"))
    dashboard = client.get("/admin/")

    assert listing.status_code == posted.status_code == edited.status_code == 302
    assert not Space.objects.filter(slug="billing-questions").exists()
    space.refresh_from_db()
    assert space.name == "Getting Started"
    assert SPACES not in dashboard.content.decode()


def test_a_space_with_threads_is_not_deleted(client, question, space):
    client.force_login(demo_user("admin"))

    response = client.post(f"{SPACES}delete/{space.pk}/")

    assert response.status_code == 302
    assert Space.objects.filter(pk=space.pk).exists()
    shown = client.get(response["Location"]).content.decode()
    assert "This space still has threads" in shown
