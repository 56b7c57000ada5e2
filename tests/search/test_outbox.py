"""Every change reaches the index through the outbox, written in the change's own transaction."""

import pytest
from django.core.management import call_command
from django.db import transaction

from cms.models import ArticlePage, CategoryPage
from search import services
from search.documents import kinds
from search.models import IndexChange
from tests.factories import publish_first_paragraph
from tests.search.helpers import search_as, slugs

pytestmark = pytest.mark.index_writes  # every change here reaches the node index


def english(slug: str) -> ArticlePage:
    return ArticlePage.objects.get(slug=slug, locale__language_code="en")


@pytest.mark.django_db
def test_a_publish_writes_its_index_change_in_the_same_transaction():
    article = english("overtime-rules")

    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        publish_first_paragraph(article, "Overtime now starts after a configurable threshold.")
        assert IndexChange.objects.filter(key=str(article.translation_key)).exists()
        raise Abort

    assert not IndexChange.objects.filter(key=str(article.translation_key)).exists()


def test_an_edit_is_found_once_the_task_has_run(engine, django_capture_on_commit_callbacks):
    article = english("overtime-rules")

    with django_capture_on_commit_callbacks(execute=True):
        publish_first_paragraph(article, "Overtime now counts zeppelin hours separately.")

    assert slugs(search_as(None, "zeppelin")) == ["overtime-rules"]
    assert not IndexChange.objects.exists()


def test_unpublishing_and_deleting_remove_documents(engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        english("overtime-rules").unpublish()
        ArticlePage.objects.get(slug="lock-timesheet-periods", locale__language_code="sv").delete()

    assert "overtime-rules" not in slugs(search_as(None, "overtime"))
    # The Swedish translation stays published, and so findable, as on the site.
    assert "overtime-rules" in slugs(search_as(None, "övertid", "sv"))
    assert "lock-timesheet-periods" not in slugs(search_as(None, "tidrapportperioder", "sv"))
    assert "lock-timesheet-periods" in slugs(search_as(None, "lock timesheet periods"))


def test_a_moved_article_is_found_at_its_new_address(engine, django_capture_on_commit_callbacks):
    article = english("overtime-rules")
    billing = CategoryPage.objects.get(slug="invoices-and-reports", locale__language_code="en")

    with django_capture_on_commit_callbacks(execute=True):
        article.move(billing, pos="last-child")

    hit = next(h for h in search_as(None, "overtime rules").hits if "overtime-rules" in h.url)
    assert hit.url == "/en/kb/invoices-and-reports/overtime-rules/"


def test_a_new_kind_plugs_in(engine, note_kind, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.index_change_record("note", ["n1"])

    results = search_as(None, "zeppelin maintenance")
    assert [(h.kind, h.url) for h in results.hits] == [("note", "/notes/n1/")]
    assert dict(results.facets["kind"]) == {"note": 1}
    assert search_as(None, "zeppelin", filters=(("kind", "article"),)).total == 0

    with django_capture_on_commit_callbacks(execute=True):
        note_kind.notes = {}
        services.index_change_record("note", ["n1"])
    assert search_as(None, "zeppelin maintenance").total == 0


def test_status_compares_every_engine_with_the_database(engine, note_kind, capsys):
    call_command("search_status")
    clean = capsys.readouterr().out

    assert "No drift" not in clean  # the note kind is registered but was never indexed
    assert "note" in clean and "drift" in clean

    call_command("search_reindex")
    total = sum(kind.count() for kind in kinds().values())
    assert f"{total}/{total}" in capsys.readouterr().err  # the progress bar ran to the end
    call_command("search_status")
    assert "No drift" in capsys.readouterr().out


def test_status_counts_a_pending_change_as_drift(engine, capsys):
    call_command("search_reindex")
    capsys.readouterr()

    services.index_change_record("article", ["00000000-0000-0000-0000-000000000000"])
    call_command("search_status")

    out = capsys.readouterr().out
    assert "Pending index changes: 1" in out and "No drift" not in out
