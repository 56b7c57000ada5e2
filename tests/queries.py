"""Exact SQL query counts for hot paths, with every statement shown when a count changes.

    with assert_queries(7):
        client.get(url)

On a mismatch the failure lists each statement, numbered, with the line of project code
(outside ``tests/queries.py`` and installed packages) that ran it, so a new N+1 names its
origin. ``record_queries()`` records without asserting a total, for tests that count one
kind of statement (``queries.assert_statements('DELETE FROM "x"', 1)``).
"""

import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connections

ROOT = Path(__file__).resolve().parent.parent
_HERE = Path(__file__).resolve()
_SHOWN = 400  # characters of each statement in a failure


@dataclass
class Query:
    sql: str
    origin: str  # "cms/selectors.py:98 in related_article_list", or "" when none found


def _origin() -> str:
    """Where the statement came from: the innermost frame of project code outside the tests
    (else in the tests), and the library call under it, if any."""
    library = project = test = ""
    for frame in reversed(traceback.extract_stack()):
        path = Path(frame.filename)
        if path == _HERE or "django/db/" in frame.filename:
            continue
        where = f"{frame.name} ({path.name}:{frame.lineno})"
        if ROOT not in path.parents or ".venv" in path.parts:
            library = library or where
            continue
        where = f"{path.relative_to(ROOT)}:{frame.lineno} in {frame.name}"
        if path.parts[len(ROOT.parts)] != "tests":
            project = where
            break
        test = test or where
    found = project or test
    return f"{found} → {library}" if library and found else found or library


@dataclass
class Queries:
    """The statements run inside a ``record_queries`` or ``assert_queries`` block."""

    recorded: list[Query] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.recorded)

    def __iter__(self):
        return iter(self.recorded)

    @property
    def sql(self) -> list[str]:
        return [query.sql for query in self.recorded]

    def starting_with(self, prefix: str) -> list[Query]:
        return [query for query in self.recorded if query.sql.startswith(prefix)]

    def report(self, headline: str) -> str:
        lines = [headline]
        for number, query in enumerate(self.recorded, start=1):
            sql = query.sql if len(query.sql) <= _SHOWN else query.sql[:_SHOWN] + " …"
            lines.append(f"{number:>3}. {sql}")
            if query.origin:
                lines.append(f"     from {query.origin}")
        return "\n".join(lines)

    def assert_statements(self, prefix: str, expected: int) -> None:
        found = len(self.starting_with(prefix))
        if found != expected:
            raise AssertionError(
                self.report(f"expected {expected} statements starting {prefix!r}, ran {found}:")
            )


@contextmanager
def record_queries(*, using: str = "default"):
    """Record every statement sent to the database ``using`` inside the block."""
    queries = Queries()

    def record(execute, sql, params, many, context):
        query = Query(sql=sql, origin=_origin())
        queries.recorded.append(query)
        try:
            return execute(sql, params, many, context)
        finally:
            if not many:  # the statement as sent, with its parameters
                query.sql = context["connection"].ops.last_executed_query(
                    context["cursor"], sql, params
                )

    with connections[using].execute_wrapper(record):
        yield queries


@contextmanager
def assert_queries(expected: int, *, using: str = "default"):
    """Fail unless the block runs exactly ``expected`` statements; list them if not."""
    with record_queries(using=using) as queries:
        yield queries
    if len(queries) != expected:
        raise AssertionError(queries.report(f"expected {expected} queries, ran {len(queries)}:"))
