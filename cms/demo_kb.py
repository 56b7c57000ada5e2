"""Demo knowledge base for the fictional product in ``cms.demo_content``.

English pages are created and published, then translated through wagtail-localize like a
translator would. A few translations are left missing on purpose, so the demo shows the gaps.
"""

from django.utils.html import escape
from wagtail.models import Locale

from cms.demo_content import ARTICLES, CATEGORIES
from cms.models import ArticlePage, CategoryPage, CustomerSegment, KnowledgeBasePage, Product
from cms.translation import page_translate
from home.models import HomePage

KB_TITLE = {
    "en": "Knowledge base",
    "sv": "Kunskapsbas",
    "nb": "Kunnskapsbase",
    "hr": "Baza znanja",
    "zh-hans": "知识库",
}
KB_INTRO = {
    "en": "Guides and answers for every part of Tallyboard.",
    "sv": "Guider och svar för alla delar av Tallyboard.",
    "nb": "Veiledninger og svar for alle deler av Tallyboard.",
    "hr": "Vodiči i odgovori za sve dijelove Tallyboarda.",
    "zh-hans": "Tallyboard 各项功能的指南与解答。",
}
PRODUCTS = [
    ("web", "Web app"),
    ("mobile", "Mobile apps"),
    ("api", "API"),
    ("integrations", "Integrations"),
]
SEGMENTS = {"enterprise": "Enterprise plan"}
# Locales left untranslated for the last articles, so missing translations show up.
MISSING_TRANSLATIONS = {"hr": 3, "zh-hans": 2}


def _blocks(body, code: str) -> list[tuple[str, object]]:
    """The StreamField value of a demo body in one language."""
    blocks = []
    for item in body:
        kind = item[0]
        if kind == "paragraph":
            blocks.append(("paragraph", f"<p>{escape(item[1][code])}</p>"))
        elif kind == "heading":
            blocks.append(("heading", {"text": item[1][code], "level": "h2"}))
        elif kind == "steps":
            blocks.append(("steps", [{"title": step[code], "detail": ""} for step in item[1]]))
        elif kind == "callout":
            blocks.append(("callout", {"kind": item[1], "body": f"<p>{escape(item[2][code])}</p>"}))
        elif kind == "code":
            blocks.append(("code", {"language": item[1], "code": item[2]}))
        elif kind == "faq":
            blocks.append(
                (
                    "faq",
                    [
                        {"question": q[code], "answer": f"<p>{escape(a[code])}</p>"}
                        for q, a in item[1]
                    ],
                )
            )
    return blocks


def _strings(texts: list[dict[str, str]], code: str) -> dict[str, str]:
    return {text["en"]: text[code] for text in texts}


def _body_texts(body) -> list[dict[str, str]]:
    texts = []
    for item in body:
        kind = item[0]
        if kind in ("paragraph", "heading"):
            texts.append(item[1])
        elif kind == "steps":
            texts.extend(item[1])
        elif kind == "callout":
            texts.append(item[2])
        elif kind == "faq":
            for question, answer in item[1]:
                texts.extend([question, answer])
    return texts


def _translate(page, texts, locales, acting_user, skip=()) -> None:
    for code, locale in locales.items():
        if code == "en" or code in skip or page.has_translation(locale):
            continue
        page_translate(
            source_page=page, locale=locale, strings=_strings(texts, code), acting_user=acting_user
        )


def seed_knowledge_base(*, home: HomePage, locales: dict[str, Locale], acting_user) -> None:
    products = {
        slug: Product.objects.get_or_create(
            slug=slug, locale=locales["en"], defaults={"name": name}
        )[0]
        for slug, name in PRODUCTS
    }
    segments = {
        key: CustomerSegment.objects.get_or_create(name=name)[0] for key, name in SEGMENTS.items()
    }

    kb = KnowledgeBasePage.objects.filter(locale=locales["en"]).first()
    if kb is None:
        kb = home.add_child(
            instance=KnowledgeBasePage(title=KB_TITLE["en"], slug="kb", intro=KB_INTRO["en"])
        )
        kb.save_revision(user=acting_user).publish(user=acting_user)
    _translate(kb, [KB_TITLE, KB_INTRO], locales, acting_user)

    categories = {}
    for spec in CATEGORIES:
        category = CategoryPage.objects.filter(locale=locales["en"], slug=spec["key"]).first()
        if category is None:
            category = kb.add_child(
                instance=CategoryPage(
                    title=spec["title"]["en"],
                    slug=spec["key"],
                    description=spec["description"]["en"],
                    icon=spec["icon"],
                )
            )
            category.save_revision(user=acting_user).publish(user=acting_user)
        _translate(category, [spec["title"], spec["description"]], locales, acting_user)
        categories[spec["key"]] = category

    for position, spec in enumerate(ARTICLES):
        article = ArticlePage.objects.filter(locale=locales["en"], slug=spec["key"]).first()
        if article is None:
            access, _, segment_key = spec["access"].partition(":")
            article = ArticlePage(
                title=spec["title"]["en"],
                slug=spec["key"],
                summary=spec["summary"]["en"],
                body=_blocks(spec["body"], "en"),
                access=ArticlePage.Access.SEGMENTS if segment_key else access,
                maintainer=acting_user,
            )
            categories[spec["category"]].add_child(instance=article)
            article.tags.add(*spec["tags"])
            article.products.set([products[slug] for slug in spec["products"]])
            if segment_key:
                article.segments.set([segments[segment_key]])
            article.save_revision(user=acting_user).publish(user=acting_user)
        remaining = len(ARTICLES) - position
        skip = [code for code, last in MISSING_TRANSLATIONS.items() if remaining <= last]
        texts = [spec["title"], spec["summary"], *_body_texts(spec["body"])]
        _translate(article, texts, locales, acting_user, skip=skip)
