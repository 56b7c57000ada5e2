"""Community threads in the portal's one search, on both engines: found by what they say,
faceted by space, type and answer, and only by the readers of their space."""

import pytest
from django.utils import timezone

from cms.models import CustomerSegment
from community import services
from community.models import Space, Thread
from community.search_kind import ThreadKind, thread_url
from search.models import IndexChange
from search.services import index_change_record, index_changes_apply
from tests.search import conftest as search_fixtures
from tests.search.helpers import search_as
from tests.utils import demo_user

# The search tests' engines: each test runs on the database and on the search node.
engine = search_fixtures.engine
shared_node_index = search_fixtures.shared_node_index

pytestmark = pytest.mark.index_writes  # threads go into the node index

API = "/api/v3/portal/search/"


def threads_found(user, text: str, *filters):
    """Threads only, whatever the demo's articles say."""
    return search_as(user, text, "en", filters=(("kind", "thread"), *filters))


def titles(results) -> list[str]:
    return sorted(hit.title for hit in results.hits)


@pytest.fixture
def start(english):
    """A thread started through the service, as on the site."""

    def start(author, space, title, body, *, kind=Thread.Kind.QUESTION, tags=()):
        return services.thread_start(
            author=author,
            space=space,
            locale=english,
            kind=kind,
            title=title,
            body=body,
            tags=tags,
        )

    return start


def test_a_thread_is_found_by_its_title_a_replys_words_and_a_tag(
    engine, start, space, member, other_member
):
    thread = start(
        member,
        space,
        "How do I export my timesheets?",
        "I need last month's hours as a spreadsheet.",
        tags=["payroll"],
    )
    services.post_reply(author=other_member, thread=thread, body="Use the *fortnightly* wombat.")
    index_changes_apply()

    by_title = threads_found(None, "export timesheets")
    by_reply = threads_found(None, "wombat")
    by_tag = threads_found(None, "payroll")

    for results in (by_title, by_reply, by_tag):
        assert [hit.url for hit in results.hits] == [f"/en/community/threads/{thread.pk}/"]
    assert dict(by_title.facets["category"]) == {"Getting Started": 1}  # the space's name
    assert dict(by_title.facets["tags"]) == {"payroll": 1}
    assert dict(by_title.facets["locale"]) == {"en": 1}


def test_a_threads_text_is_what_readers_see_without_markup(db, start, space, member, other_member):
    opening = "I need the hours of **last month** as a [file](https://example.com)."
    reply = "<script>alert(1)</script> Try `Reports` &amp; <b>Export</b>."
    thread = start(member, space, "Export", opening)
    services.post_reply(author=other_member, thread=thread, body=reply)

    (document,) = ThreadKind().documents([str(thread.pk)])[str(thread.pk)]

    assert document.body.startswith("I need the hours of last month as a file.")
    assert "Try Reports & Export." in document.body
    assert [mark for mark in ("**", "<", ">", "](", "`", "&amp;") if mark in document.body] == []
    assert document.url == thread_url(thread) == f"/en/community/threads/{thread.pk}/"
    assert document.principals == ("public",)


def test_the_space_type_and_answered_facets_count_and_filter(
    engine, start, make_space, make_member
):
    billing, lounge = make_space("billing-help"), make_space("lounge")
    asker, helper, other = make_member(), make_member(), make_member()
    twice = start(asker, billing, "Quokka invoices arrive twice", "Each quokka invoice twice.")
    reply = services.post_reply(author=helper, thread=twice, body="Turn off the quokka copy mail.")
    services.answer_accept(acting_user=asker, post=reply)
    start(other, billing, "Quokka invoices in euros", "Can a quokka invoice show euros?")
    start(other, lounge, "Quokka mode", "A quokka theme, anyone?", kind=Thread.Kind.DISCUSSION)
    index_changes_apply()

    everything = threads_found(None, "quokka")
    answered = threads_found(None, "quokka", ("answered", "yes"))
    unanswered_questions = threads_found(
        None, "quokka", ("thread_type", "question"), ("answered", "no")
    )
    in_the_lounge = threads_found(None, "quokka", ("space", "lounge"))

    assert everything.total == 3
    assert dict(everything.facets["space"]) == {"billing-help": 2, "lounge": 1}
    assert dict(everything.facets["thread_type"]) == {"question": 2, "discussion": 1}
    # Only questions take accepted answers: a discussion is neither answered nor unanswered.
    assert dict(everything.facets["answered"]) == {"yes": 1, "no": 1}
    assert titles(answered) == ["Quokka invoices arrive twice"]
    assert titles(unanswered_questions) == ["Quokka invoices in euros"]
    assert titles(in_the_lounge) == ["Quokka mode"]
    assert dict(in_the_lounge.facets["space"]) == {"lounge": 1}
    assert in_the_lounge.facets["answered"] == []


@pytest.mark.parametrize("gone", ["hidden", "deleted", "merged"])
def test_a_hidden_deleted_or_merged_thread_is_never_found(
    engine, gone, start, space, question, make_member, moderator
):
    survivor = start(make_member(), space, "Timesheets by week", "Can the export show weeks?")
    index_changes_apply()
    assert titles(threads_found(None, "timesheets")) == [
        "How do I export my timesheets?",
        "Timesheets by week",
    ]
    changes = {
        "hidden": {"is_hidden": True},
        "deleted": {"deleted_at": timezone.now()},
        "merged": {"merged_into": survivor},
    }

    # What a moderator's hide, delete or merge writes, in one transaction with its change.
    Thread.objects.filter(pk=question.pk).update(**changes[gone])
    index_change_record("thread", [question.pk])
    viewers = (None, moderator, demo_user("editor"), demo_user("admin"))
    before = [threads_found(viewer, "timesheets") for viewer in viewers]
    index_changes_apply()
    after = [threads_found(viewer, "timesheets") for viewer in viewers]

    for results in before + after:  # gone at once, before the outbox runs, and after it
        assert titles(results) == ["Timesheets by week"]
        assert results.total == 1
        assert dict(results.facets["space"]) == {"getting-started": 1}


def test_a_thread_in_a_segments_or_staff_space_is_found_only_by_its_readers(
    engine, start, make_space, make_member
):
    segment = CustomerSegment.objects.create(name="Quokka plan")
    insider, outsider = make_member(), make_member()
    segment.members.add(insider)
    for_segment = make_space(read_access=Space.Access.SEGMENTS, post_access=Space.Access.SEGMENTS)
    for_segment.segments.add(segment)
    for_staff = make_space(read_access=Space.Access.STAFF, post_access=Space.Access.STAFF)
    editor = demo_user("editor")
    limits = start(insider, for_segment, "Quokka seat limits", "How many quokka seats?")
    notes = start(editor, for_staff, "Quokka rollout", "Quokka notes.", kind="discussion")
    index_changes_apply()

    def urls(user) -> set[str]:
        return {hit.url for hit in threads_found(user, "quokka").hits}

    assert urls(None) == urls(outsider) == set()
    assert threads_found(outsider, "quokka").facets["space"] == []
    assert urls(insider) == {thread_url(limits)}
    assert urls(editor) == {thread_url(limits), thread_url(notes)}


def test_accepting_an_answer_flips_the_answered_facet_once_the_outbox_runs(
    engine, question, member, other_member
):
    reply = services.post_reply(author=other_member, thread=question, body="Reports, then Export.")
    index_changes_apply()
    assert dict(threads_found(None, "timesheets").facets["answered"]) == {"no": 1}

    services.answer_accept(acting_user=member, post=reply)
    queued = IndexChange.objects.filter(kind="thread", key=str(question.pk)).exists()
    index_changes_apply()
    accepted = threads_found(None, "timesheets")
    services.answer_unaccept(acting_user=member, thread=question)
    index_changes_apply()
    taken_back = threads_found(None, "timesheets")

    assert queued
    assert dict(accepted.facets["answered"]) == {"yes": 1}
    assert threads_found(None, "timesheets", ("answered", "yes")).total == 0
    assert dict(taken_back.facets["answered"]) == {"no": 1}


def test_one_search_finds_articles_and_threads_in_one_list_faceted_by_kind(
    engine, start, space, member, client
):
    thread = start(member, space, "Where is last year's invoice?", "The invoice for March is gone.")
    index_changes_apply()

    results = search_as(None, "invoice", "en", page_size=50)
    page = client.get("/en/search/", {"q": "invoice"}).content.decode()
    api = client.get(API, {"q": "invoice", "page_size": 50}).json()

    kinds = dict(results.facets["kind"])
    assert kinds["thread"] == 1 and kinds["article"] >= 1
    assert {hit.kind for hit in results.hits} == {"article", "thread"}
    assert thread_url(thread) in {hit.url for hit in results.hits}
    # The site names the kind of each hit and of each filter, and the kinds' own facets.
    assert thread_url(thread) in page
    assert 'class="badge badge--kind">Community thread<' in page
    assert 'class="badge badge--kind">Article<' in page
    assert "?q=invoice&amp;kind=thread" in page and "<h2>Space</h2>" in page
    assert "<h2>Thread type</h2>" in page and ">Question</a>" in page
    assert ">Getting Started</a>" in page  # the space by its name, not its slug
    # The API gives every facet value with the label readers see.
    assert {"value": "thread", "label": "Community thread", "count": 1} in api["facets"]["kind"]
    assert {"value": "no", "label": "No", "count": 1} in api["facets"]["answered"]
    assert thread_url(thread) in {hit["url"] for hit in api["hits"]}


def test_narrowing_a_space_in_the_admin_takes_its_threads_from_outsiders(
    engine, client, question, member, space, english, django_capture_on_commit_callbacks
):
    index_changes_apply()
    assert threads_found(None, "timesheets").total == 1
    client.force_login(demo_user("admin"))
    form = {
        "name": space.name,
        "slug": space.slug,
        "description": space.description,
        "locales": [english.pk],
        "read_access": Space.Access.SIGNED_IN,
        "post_access": Space.Access.SIGNED_IN,
        "position": "0",
    }

    with django_capture_on_commit_callbacks(execute=True):  # the outbox runs on commit
        edited = client.post(f"/admin/community/spaces/edit/{space.pk}/", form)

    assert edited.status_code == 302, edited.content.decode()[:2000]
    assert threads_found(None, "timesheets").total == 0
    assert titles(threads_found(member, "timesheets")) == ["How do I export my timesheets?"]
