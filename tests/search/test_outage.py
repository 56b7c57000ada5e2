"""When the search node is down or too slow, the database answers and no change is lost."""

import logging
import os
import signal
import socket
import time

import pytest
from django.utils import timezone

from search import services
from search.models import IndexChange
from tests.conftest import need
from tests.factories import publish_first_paragraph
from tests.search.helpers import search_as, slugs
from tests.search.test_outbox import english

pytestmark = pytest.mark.index_writes  # changes made during the outage reach the node


@pytest.fixture
def node_pid():
    pid = os.environ.get("SEARCH_NODE_PID", "")
    need("The search node's process id (SEARCH_NODE_PID)", pid.isdigit())
    return int(pid)


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


@pytest.mark.parametrize("engine", ["node"], indirect=True)
def test_unreachable_node_degrades_to_the_database_and_keeps_changes(
    engine, settings, caplog, django_capture_on_commit_callbacks
):
    live_url = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = closed_port_url()
    caplog.set_level(logging.WARNING, logger="search.services")

    with django_capture_on_commit_callbacks(execute=True):
        publish_first_paragraph(english("overtime-rules"), "Overtime counts zeppelin hours.")
    results = search_as(None, "zeppelin")

    assert results.degraded and results.engine == "database"
    assert slugs(results) == ["overtime-rules"]
    assert "answering from the database" in caplog.text
    assert IndexChange.objects.filter(kind="article").count() == 1  # waits for the node

    settings.ELASTICSEARCH_URL = live_url
    waiting = IndexChange.objects.count()
    assert services.index_changes_apply() == waiting
    assert not IndexChange.objects.exists()
    healthy = search_as(None, "zeppelin")
    assert not healthy.degraded and healthy.engine == "node"
    assert slugs(healthy) == ["overtime-rules"]


@pytest.mark.parametrize("engine", ["node"], indirect=True)
def test_node_stopped_mid_run_catches_up_when_started_again(
    engine, settings, node_pid, django_capture_on_commit_callbacks
):
    """Pause the live node's process (it stops answering), work, then let it run again."""
    settings.SEARCH_TIMEOUT_SECONDS = 1
    edits = {
        "overtime-rules": "Overtime counts zeppelin hours.",
        "approve-timesheets": "Managers approve marmalade timesheets.",
        "create-an-invoice": "Invoices can carry a quokka reference.",
    }
    os.kill(node_pid, signal.SIGSTOP)
    try:
        for slug, text in edits.items():
            with django_capture_on_commit_callbacks(execute=True):
                publish_first_paragraph(english(slug), text)
            found = search_as(None, text.split()[2] if slug != "overtime-rules" else "zeppelin")
            assert found.degraded and slug in slugs(found)
        assert IndexChange.objects.filter(kind="article").count() == len(edits)
    finally:
        os.kill(node_pid, signal.SIGCONT)

    deadline = time.monotonic() + 60
    while IndexChange.objects.exists() and time.monotonic() < deadline:
        services.index_changes_apply()
    for word, slug in (
        ("zeppelin", "overtime-rules"),
        ("marmalade", "approve-timesheets"),
        ("quokka", "create-an-invoice"),
    ):
        results = search_as(None, word)
        assert not results.degraded and slugs(results) == [slug]


@pytest.mark.django_db(transaction=True)
def test_changes_that_wait_for_the_node_are_retried_later(settings, note_kind):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.ELASTICSEARCH_URL = closed_port_url()
    services.index_change_record("note", ["n1"])
    DBTaskResult.objects.all().delete()

    services.index_changes_apply()

    retry = DBTaskResult.objects.get()
    assert retry.task_path == "search.tasks.apply_index_changes"
    assert retry.run_after > timezone.now()
    assert IndexChange.objects.count() == 1
