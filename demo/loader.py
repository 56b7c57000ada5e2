"""The demo content as plain data, read from the JSON files in ``demo/content/``.

Nothing here needs Django: benchmarks and tests read the texts without seeding. Every
user-facing text is an object keyed by locale (``en``, ``sv``, ``nb``, ``hr``, ``zh-hans``).
"""

import json
from functools import cache
from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent / "content"
ARTICLES_DIR = CONTENT_DIR / "articles"


def read(name: str):
    """One content file, by its path under ``demo/content/``."""
    return json.loads((CONTENT_DIR / name).read_text(encoding="utf-8"))


@cache
def home() -> dict:
    """The home page: slug, and title, headline and intro in every locale."""
    return read("home.json")


@cache
def knowledge_base() -> dict:
    """The knowledge base page, its products and segments, and the demo's editorial history:
    translations left missing, English edits published after translation, overdue reviews."""
    return read("knowledge_base.json")


@cache
def categories() -> list[dict]:
    """The help-center sections in page order, each listing its article slugs in page order."""
    return read("categories.json")


@cache
def articles() -> list[dict]:
    """Every article, in page order, with its ``slug`` (the file name) and ``category``.

    An article file holds ``access``, ``products``, ``tags``, ``title``, ``summary`` and
    ``body``: a list of blocks, each an object whose ``type`` says what else it holds:

    - ``paragraph``, ``heading``: ``text``
    - ``steps``: ``steps``, a list of texts
    - ``callout``: ``kind`` (note, tip or warning) and ``text``
    - ``code``: ``language`` and ``code``, never translated
    - ``faq``: ``questions``, a list of objects with ``question`` and ``answer``

    ``access`` is public, authenticated, or segment:<key of a knowledge_base.json segment>.
    """
    listed = [
        (slug, category["slug"]) for category in categories() for slug in category["articles"]
    ]
    files = {path.stem for path in ARTICLES_DIR.glob("*.json")}
    unlisted = files - {slug for slug, _ in listed}
    if unlisted:
        raise ValueError(f"demo articles in no category of categories.json: {sorted(unlisted)}")
    return [
        {"slug": slug, **read(f"articles/{slug}.json"), "category": category}
        for slug, category in listed
    ]


def body_texts(body: list[dict]) -> list[dict[str, str]]:
    """The translatable texts of an article body, in the order a translator meets them."""
    texts = []
    for block in body:
        if block["type"] in ("paragraph", "heading", "callout"):
            texts.append(block["text"])
        elif block["type"] == "steps":
            texts.extend(block["steps"])
        elif block["type"] == "faq":
            for pair in block["questions"]:
                texts.extend([pair["question"], pair["answer"]])
    return texts


@cache
def community() -> dict:
    """The community: its members (with how long ago they joined and how much they have read),
    spaces per region and language, and threads with their replies, votes, accepted answers,
    idea statuses and flags."""
    return read("community.json")
