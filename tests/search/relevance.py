"""Ranking metrics over the judged query set (``tests/search/judged_queries.py``)."""

import math
from collections.abc import Callable

from tests.search.judged_queries import JUDGED_QUERIES


def reciprocal_rank(ranked: list[str], relevant: dict[str, int]) -> float:
    best = max(relevant.values())
    for position, slug in enumerate(ranked, start=1):
        if relevant.get(slug, 0) == best:
            return 1 / position
    return 0.0


def ndcg_at(k: int, ranked: list[str], relevant: dict[str, int]) -> float:
    def dcg(grades):
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:k]))

    ideal = dcg(sorted(relevant.values(), reverse=True))
    return dcg([relevant.get(slug, 0) for slug in dict.fromkeys(ranked)]) / ideal


def evaluate(ranking: Callable[[str, str], list[str]]) -> dict:
    """MRR and nDCG@5 of ``ranking(locale, query) -> slugs``, overall and per locale."""
    rows = []
    for judged in JUDGED_QUERIES:
        ranked = ranking(judged["locale"], judged["query"])
        rows.append(
            (
                judged["locale"],
                reciprocal_rank(ranked, judged["relevant"]),
                ndcg_at(5, ranked, judged["relevant"]),
            )
        )

    def summary(subset):
        return {
            "queries": len(subset),
            "mrr": sum(r[1] for r in subset) / len(subset),
            "ndcg5": sum(r[2] for r in subset) / len(subset),
        }

    locales = sorted({r[0] for r in rows})
    return {
        **summary(rows),
        "by_locale": {code: summary([r for r in rows if r[0] == code]) for code in locales},
    }
