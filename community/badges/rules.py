"""The rules badges are granted by: each counts, for some members or all, how many times the
rule holds for them now. The same count serves an event and the full backfill, so both give
the same badges (Discourse's badge granter does the same with one query per badge).

A rule names the ledger events (or actions) after which it can change; a rule that holds n
times gives a repeatable badge n times, any other badge once.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, F

from community.ledger import live
from community.models import Flag, LedgerEntry, Post, Thread


@dataclass(frozen=True)
class Rule:
    name: str
    events: frozenset[str]
    count: Callable  # (user_ids or None, threshold) -> {user_id: times}


def _by_user(rows) -> dict[int, int]:
    return {user: n for user, n in rows if user is not None and n}


def _reached(queryset, field: str, threshold: int, counted=None) -> dict[int, int]:
    """1 for each member (``field``) with at least ``threshold`` rows of ``queryset``."""
    rows = queryset.values(field).annotate(n=counted or Count("pk")).filter(n__gte=threshold)
    return _by_user((row[field], 1) for row in rows)


def _scoped(queryset, field: str, users):
    return queryset if users is None else queryset.filter(**{f"{field}__in": users})


def _visible_posts(users):
    return _scoped(Post.objects.filter(is_hidden=False, deleted_at__isnull=True), "author", users)


def _entries(users, event: str):
    return _scoped(live(LedgerEntry.objects.filter(event=event)), "user", users)


def _answers(users):
    return _visible_posts(users).filter(is_opening=False, thread__kind=Thread.Kind.QUESTION)


def posts_written(users, threshold):
    return _reached(_visible_posts(users), "author", threshold)


def questions_asked(users, threshold):
    return _reached(_entries(users, LedgerEntry.Event.ASKED), "user", threshold)


def answers_accepted(users, threshold):
    accepted = _entries(users, LedgerEntry.Event.ACCEPTED)
    return _reached(accepted, "user", threshold, Count("post", distinct=True))


def upvotes_received(users, threshold):
    return _reached(_entries(users, LedgerEntry.Event.UPVOTE_RECEIVED), "user", threshold)


def answer_languages(users, threshold):
    """Languages of others' questions answered (one's own, as for points, do not count)."""
    answers = _answers(users).exclude(thread__author=F("author"))
    return _reached(answers, "author", threshold, Count("thread__locale", distinct=True))


def ideas_planned(users, threshold):
    return _reached(_entries(users, LedgerEntry.Event.IDEA_PLANNED), "user", threshold)


def flags_upheld(users, threshold):
    return _reached(
        _scoped(Flag.objects.filter(upheld=True), "flagger", users), "flagger", threshold
    )


def _scored(posts, threshold) -> dict[int, int]:
    """How many of ``posts`` each author has with a score of at least ``threshold``."""
    posts = posts.filter(score__gte=threshold, thread__is_hidden=False)
    return _by_user((r["author"], r["n"]) for r in posts.values("author").annotate(n=Count("pk")))


def great_answers(users, threshold):
    return _scored(_answers(users), threshold)


def popular_questions(users, threshold):
    openings = _visible_posts(users).filter(is_opening=True, thread__kind=Thread.Kind.QUESTION)
    return _scored(openings, threshold)


def well_received_ideas(users, threshold):
    return _scored(
        _visible_posts(users).filter(is_opening=True, thread__kind=Thread.Kind.IDEA), threshold
    )


POSTS = frozenset({"post", "hide", "delete", "restore"})
VOTES = frozenset({"vote", "hide", "delete", "restore", "suspend", "serial"})
RULES = {
    rule.name: rule
    for rule in (
        Rule("posts_written", POSTS, posts_written),
        Rule("questions_asked", POSTS, questions_asked),
        Rule("answers_accepted", POSTS | {"accept"}, answers_accepted),
        Rule("upvotes_received", VOTES, upvotes_received),
        Rule("answer_languages", POSTS | {"move"}, answer_languages),
        Rule("great_answers", VOTES, great_answers),
        Rule("popular_questions", VOTES, popular_questions),
        Rule("well_received_ideas", VOTES, well_received_ideas),
        Rule(
            "ideas_planned", frozenset({"idea_status", "hide", "delete", "restore"}), ideas_planned
        ),
        Rule("flags_upheld", frozenset({"flag_resolved"}), flags_upheld),
    )
}
