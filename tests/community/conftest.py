"""Community fixtures: spaces and members made through the models, threads through services."""

import itertools
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from community import services
from community.models import Space, Thread

_numbers = itertools.count(1)


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def make_member(db):
    """A signed-up customer; ``days`` since joining (0: joined just now)."""

    def make(name: str | None = None, *, days: int = 30):
        name = name or f"member{next(_numbers)}"
        user = get_user_model().objects.create_user(
            username=name, email=f"{name}@example.com", password="unused-password-9"
        )
        user.date_joined = timezone.now() - timedelta(days=days)
        user.save(update_fields=["date_joined"])
        return user

    return make


@pytest.fixture
def member(make_member):
    return make_member("asker")


@pytest.fixture
def other_member(make_member):
    return make_member("helper")


@pytest.fixture
def moderator(make_member):
    user = make_member("community-moderator")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="community", codename="moderate_thread")
    )
    return get_user_model().objects.get(pk=user.pk)  # without the cached permissions


@pytest.fixture
def make_space(db, english):
    def make(slug: str | None = None, *, locales=None, **fields):
        slug = slug or f"space-{next(_numbers)}"
        space = Space.objects.create(name=slug.replace("-", " ").title(), slug=slug, **fields)
        space.locales.set(locales or [english])
        return space

    return make


@pytest.fixture
def edit_space_in_admin(db):
    """Send a space's edit form in the Wagtail admin, as a superuser, with ``changes``
    over what the space holds; the admin's answer."""

    def edit(space, **changes):
        editor = Client()
        name = f"space-admin{next(_numbers)}"
        editor.force_login(get_user_model().objects.create_superuser(name, "", "x-unused-9"))
        form = {
            "name": space.name,
            "slug": space.slug,
            "description": space.description,
            "locales": [locale.pk for locale in space.locales.all()],
            "read_access": space.read_access,
            "post_access": space.post_access,
            "position": str(space.position),
            **changes,
        }
        return editor.post(f"/admin/community/spaces/edit/{space.pk}/", form)

    return edit


@pytest.fixture
def space(make_space):
    return make_space("getting-started", description="Questions on the first steps.")


@pytest.fixture
def question(space, member, english):
    return services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind=Thread.Kind.QUESTION,
        title="How do I export my timesheets?",
        body="I need the hours of **last month** as a spreadsheet.",
        tags=["export", "timesheets"],
    )
