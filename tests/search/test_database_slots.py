"""Database searches wait in line for one of the process's search slots."""

import threading
import time

from django.db import connection

from search.engines.database import DatabaseEngine
from search.engines.database.slots import SearchSlots, search_slot
from search.query import SearchQuery


def test_a_search_waits_while_every_slot_is_taken(postgres, settings):
    settings.SEARCH_DATABASE_CONCURRENCY = 1
    held = threading.Event()  # set while this test holds the only slot
    started = threading.Event()
    statements_while_held = []

    def note(execute, sql, params, many, context):
        statements_while_held.append(held.is_set())
        return execute(sql, params, many, context)

    def search():
        try:
            with connection.execute_wrapper(note):
                started.set()
                DatabaseEngine().search(SearchQuery("invoice", "en", ("public",)))
        finally:
            connection.close()  # this thread's own connection

    with search_slot():
        held.set()
        other = threading.Thread(target=search)
        other.start()
        assert started.wait(10)
        other.join(timeout=0.5)
        assert other.is_alive()
        held.clear()
    other.join(timeout=30)

    assert not other.is_alive()
    assert statements_while_held and not any(statements_while_held)


def test_a_search_that_finds_no_free_slot_answers_busy(postgres, settings, client):
    settings.ELASTICSEARCH_URL = ""  # the database answers
    settings.SEARCH_DATABASE_CONCURRENCY = 1
    settings.SEARCH_DATABASE_WAIT_SECONDS = 0

    with search_slot():
        api = client.get("/api/v3/portal/search/", {"q": "invoice"})
        suggestions = client.get("/api/v3/portal/search/suggestions/", {"q": "inv"})
        page = client.get("/en/search/", {"q": "invoice"})

    assert api.status_code == suggestions.status_code == page.status_code == 503
    assert api.json()["detail"] == "Search is busy right now; please try again in a moment."
    assert b"Search is busy right now" in page.content
    assert client.get("/api/v3/portal/search/", {"q": "invoice"}).status_code == 200


def wait_for_a_waiter(slots: SearchSlots) -> None:
    deadline = time.monotonic() + 10
    while not slots.waiting:
        assert time.monotonic() < deadline, "the other thread never started waiting"
        time.sleep(0.01)


def test_a_freed_slot_goes_to_the_longest_waiter():
    slots = SearchSlots(1)
    assert slots.acquire(timeout=0)
    served = []
    waiter = threading.Thread(target=lambda: served.append(slots.acquire(timeout=30)))
    waiter.start()
    wait_for_a_waiter(slots)

    slots.release()
    # Whoever asks right after a release waits behind the thread that was already waiting.
    assert not slots.acquire(timeout=0)
    waiter.join(timeout=30)
    assert served == [True]
    slots.release()
    assert slots.acquire(timeout=0)


def test_a_waiter_that_gives_up_leaves_the_line():
    slots = SearchSlots(1)
    assert slots.acquire(timeout=0)

    assert not slots.acquire(timeout=0.05)
    assert slots.waiting == 0
    slots.release()
    assert slots.acquire(timeout=0)
