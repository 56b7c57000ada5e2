"""The article page costs the same number of queries however big the article is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.page_cache import page_cache_clear
from tests.factories import new_category, publish_article, translate


def queries_for(client, url) -> list[str]:
    client.get(url)  # warm per-process caches (site root paths)
    page_cache_clear()  # measure a render, not a replay from the page cache
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


@pytest.mark.django_db
def test_article_page_queries_do_not_grow_with_blocks_tags_and_translations(client):
    category = new_category()
    others = [publish_article(title=f"Other {n}", category=category) for n in range(6)]
    small = publish_article(title="Small", category=category, related=others[:1])
    large = publish_article(
        title="Large",
        category=category,
        body=[
            ("paragraph", "<p>Intro.</p>"),
            *[("steps", [{"title": f"Step {n}", "detail": ""}]) for n in range(10)],
            *[("callout", {"kind": "tip", "body": f"<p>Tip {n}</p>"}) for n in range(10)],
            ("faq", [{"question": f"Q{n}?", "answer": f"<p>A{n}</p>"} for n in range(10)]),
        ],
        tags=[f"tag-{n}" for n in range(12)],
        related=others,
    )
    for code in ("sv", "nb", "hr", "zh-hans"):
        translate(large, code, {})
    translate(small, "sv", {})

    small_sql = queries_for(client, small.url)
    large_sql = queries_for(client, large.url)

    assert len(large_sql) == len(small_sql), "\n".join(large_sql)
    assert len(large_sql) <= 22, "\n".join(large_sql)
