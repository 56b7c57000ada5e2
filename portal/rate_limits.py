"""Counters of the portal's rate limits that need no request: the key is given.

django-ratelimit's counter: ``cache.add`` then ``cache.incr`` on the "limits" cache, atomic on
Redis (and in one process's memory), so every web process counts against the same limit.
"""

from django_ratelimit.core import get_usage


def counted_over(*, group: str, value: str, limit: int, seconds: int) -> bool:
    """Count one use by ``value`` in ``group``; True once it is over ``limit`` in the current
    period of ``seconds``."""
    usage = get_usage(
        None, group=group, key=lambda _group, _request: value, rate=(limit, seconds), increment=True
    )
    return usage is not None and usage["should_limit"]
