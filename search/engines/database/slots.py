"""Search slots: how many database searches one process runs at once."""

import threading
from collections import deque
from contextlib import contextmanager

from django.conf import settings
from django.utils.translation import gettext as _

from search.errors import SearchBusyError


@contextmanager
def search_slot():
    """Wait for one of the ``SEARCH_DATABASE_CONCURRENCY`` search slots of this process.

    The database runs as many statements at once as it is sent, and on a few cores a burst
    of broad searches then shares them until every one of them is slow. Waiting in line
    instead, first come first served, keeps the tail short, as Elasticsearch's search thread
    pool does; 0 turns the limit off. A search that waits longer than
    ``SEARCH_DATABASE_WAIT_SECONDS`` gives up with ``SearchBusyError`` rather than queueing
    without end.
    """
    size = settings.SEARCH_DATABASE_CONCURRENCY
    if size <= 0:
        yield
        return
    slots = _slots(size)
    if not slots.acquire(timeout=settings.SEARCH_DATABASE_WAIT_SECONDS):
        raise SearchBusyError(_("Search is busy right now; please try again in a moment."))
    try:
        yield
    finally:
        slots.release()


class SearchSlots:
    """A counting semaphore that serves its waiters in the order they came.

    A freed slot is handed to the longest waiter rather than left for whoever asks next:
    with Python's own semaphore, a thread that releases and asks again at once keeps
    winning, and the others wait until it stops.
    """

    def __init__(self, size: int):
        self._lock = threading.Lock()
        self._free = size
        self._waiters: deque[threading.Lock] = deque()

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def acquire(self, timeout: float) -> bool:
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                return True
            waiter = threading.Lock()
            waiter.acquire()
            self._waiters.append(waiter)
        if waiter.acquire(timeout=timeout):
            return True  # release() handed this waiter its slot
        with self._lock:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
                return False
        return True  # handed over just as the wait ran out

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                self._waiters.popleft().release()
            else:
                self._free += 1


_slots_lock = threading.Lock()
_slots_by_size: dict[int, SearchSlots] = {}


def _slots(size: int) -> SearchSlots:
    with _slots_lock:
        return _slots_by_size.setdefault(size, SearchSlots(size))
