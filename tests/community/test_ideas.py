"""Ideas: votes, statuses with an official response, points when planned."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import ModelLogEntry

from community import selectors, services, trust
from community.errors import ModerationInvalid, PostInvalid
from community.errors import ModerationNotAllowed as NotAllowed
from community.ideas.services import idea_status_change
from community.models import Thread


@pytest.fixture
def product_manager(make_member):
    user = make_member("product")
    user.user_permissions.add(Permission.objects.get(codename="respond_to_idea"))
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def idea(space, member, english):
    return services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind="idea",
        title="Dark mode for the timer",
        body="Easier on the eyes at night.",
    )


def test_an_idea_starts_new_and_sorts_by_votes(idea, space, member, make_member, english):
    other = services.thread_start(
        author=member,
        space=space,
        locale=english,
        kind="idea",
        title="Weekly e-mail summary",
        body="Every Monday.",
    )
    for _ in range(2):
        services.vote_cast(voter=make_member(), post=other.posts.get(), value=1)

    ideas = list(selectors.idea_list(viewer=member))

    assert idea.idea_status == "new"
    assert ideas == [other, idea]


def test_product_staff_move_an_idea_with_a_response_and_planning_pays_once(
    idea, member, product_manager
):
    idea_status_change(
        acting_user=product_manager, thread=idea, to_status="under_review", response="Looking."
    )
    idea_status_change(
        acting_user=product_manager, thread=idea, to_status="planned", response="Next quarter."
    )
    idea_status_change(
        acting_user=product_manager, thread=idea, to_status="under_review", response="Hold on."
    )
    idea_status_change(
        acting_user=product_manager, thread=idea, to_status="planned", response="Back on."
    )

    idea.refresh_from_db()
    assert idea.idea_status == "planned"
    assert [c.to_status for c in idea.status_changes.all()] == [
        "planned",
        "under_review",
        "planned",
        "under_review",
    ]
    assert trust.points_of(member) == 20
    assert ModelLogEntry.objects.filter(action="community.idea.status").count() == 4
    assert list(selectors.idea_list(viewer=member, status="planned")) == [idea]
    assert not selectors.idea_list(viewer=member, status="done")


def test_only_product_staff_change_an_idea_and_only_with_a_response(
    idea, member, product_manager, question
):
    with pytest.raises(NotAllowed):
        idea_status_change(acting_user=member, thread=idea, to_status="done", response="Yes")
    with pytest.raises(PostInvalid):
        idea_status_change(acting_user=product_manager, thread=idea, to_status="done", response=" ")
    with pytest.raises(ModerationInvalid):
        idea_status_change(
            acting_user=product_manager, thread=idea, to_status="shipped", response="x"
        )
    with pytest.raises(ModerationInvalid):
        idea_status_change(
            acting_user=product_manager, thread=question, to_status="done", response="x"
        )

    assert Thread.objects.get(pk=idea.pk).idea_status == "new"


def test_planning_ones_own_idea_earns_nothing(space, english, product_manager):
    own = services.thread_start(
        author=product_manager,
        space=space,
        locale=english,
        kind="idea",
        title="Keyboard shortcuts",
        body="For the timer.",
    )

    idea_status_change(
        acting_user=product_manager, thread=own, to_status="planned", response="Yes."
    )

    own.refresh_from_db()
    assert own.idea_status == "planned"
    assert not own.posts.get().ledger_entries.filter(event="idea_planned").exists()
