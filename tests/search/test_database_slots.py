"""Database searches wait in line for one of the process's search slots."""

import threading

from django.db import connection

from search.engines.database import DatabaseEngine, search_slot
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
