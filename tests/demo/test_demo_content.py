"""The demo content files: complete in every language, valid as pages, and what seed_demo made.

``seed_demo`` turns ``demo/content/`` into pages (tests/conftest.py seeds it once per run);
these tests fail when a file misses a language, names a block type the article body does
not have, or is left out of the pages.
"""

import pytest
from django.conf import settings
from wagtail.models import Locale

from cms.models import ArticlePage, CategoryPage, KnowledgeBasePage
from demo import kb, loader
from demo.loader import ARTICLES_DIR

LOCALES = [code for code, _name in settings.LANGUAGES]
BLOCK_FIELDS = {
    "paragraph": {"text"},
    "heading": {"text"},
    "steps": {"steps"},
    "callout": {"kind", "text"},
    "code": {"language", "code"},
    "faq": {"questions"},
}


def every_text():
    """(where, text) for every text of the demo that is translated."""
    for field in ("title", "headline", "intro"):
        yield f"home.json {field}", loader.home()[field]
    for field in ("title", "intro"):
        yield f"knowledge_base.json {field}", loader.knowledge_base()[field]
    for category in loader.categories():
        for field in ("title", "description"):
            yield f"categories.json {category['slug']} {field}", category[field]
    for article in loader.articles():
        texts = [article["title"], article["summary"], *loader.body_texts(article["body"])]
        for position, text in enumerate(texts):
            yield f"articles/{article['slug']}.json text {position}", text


def test_every_demo_text_is_written_in_every_language():
    incomplete = [
        where
        for where, text in every_text()
        if list(text) != LOCALES
        or not all(isinstance(text[code], str) and text[code].strip() for code in LOCALES)
    ]

    assert incomplete == []


def test_every_article_file_is_one_article_in_one_category():
    files = sorted(path.stem for path in ARTICLES_DIR.glob("*.json"))
    listed = [slug for category in loader.categories() for slug in category["articles"]]

    assert sorted(listed) == files
    assert [article["slug"] for article in loader.articles()] == listed


def test_every_block_is_a_known_type_with_its_own_fields():
    body_block = ArticlePage._meta.get_field("body").stream_block
    wrong = [
        f"{article['slug']}: {block}"
        for article in loader.articles()
        for block in article["body"]
        if block.get("type") not in BLOCK_FIELDS
        or block["type"] not in body_block.child_blocks
        or set(block) != {"type", *BLOCK_FIELDS[block["type"]]}
    ]

    assert wrong == []


@pytest.mark.parametrize("code", LOCALES)
def test_every_article_body_is_a_valid_article_body_in_every_language(code):
    body_block = ArticlePage._meta.get_field("body").stream_block
    for article in loader.articles():
        value = body_block.normalize(kb._blocks(article["body"], code))

        body_block.clean(value)  # raises ValidationError: a choice or length the block refuses


def test_every_article_names_a_known_audience_and_known_products():
    data = loader.knowledge_base()
    products = {product["slug"] for product in data["products"]}
    audiences = {"public", "authenticated"} | {
        f"segment:{segment['key']}" for segment in data["segments"]
    }
    wrong = [
        article["slug"]
        for article in loader.articles()
        if article["access"] not in audiences
        or not set(article["products"]) <= products
        or not article["tags"]
    ]

    assert wrong == []


def test_the_demo_history_names_existing_articles():
    data = loader.knowledge_base()
    slugs = {article["slug"] for article in loader.articles()}
    named = [update["article"] for update in data["source_updates"]] + data["overdue_reviews"]

    assert set(named) <= slugs
    assert set(data["untranslated_last_articles"]) <= set(LOCALES[1:])


@pytest.mark.django_db
def test_the_seeded_knowledge_base_has_a_page_for_every_file_in_every_language():
    articles = loader.articles()
    missing = loader.knowledge_base()["untranslated_last_articles"]

    for code in LOCALES:
        locale = Locale.objects.get(language_code=code)
        expected = articles[: len(articles) - missing.get(code, 0)]
        pages = ArticlePage.objects.filter(locale=locale).order_by("path")

        assert [(page.slug, page.title) for page in pages] == [
            (article["slug"], article["title"][code]) for article in expected
        ]
        assert list(
            CategoryPage.objects.filter(locale=locale).order_by("path").values_list("title")
        ) == [(category["title"][code],) for category in loader.categories()]
        assert (
            KnowledgeBasePage.objects.get(locale=locale).title
            == (loader.knowledge_base()["title"][code])
        )
