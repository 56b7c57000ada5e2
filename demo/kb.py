"""The demo knowledge base: the pages of ``loader.knowledge_base()``, ``loader.categories()``
and ``loader.articles()`` for Tallyboard, a fictional time-tracking and invoicing SaaS.

English pages are created and published, then translated through wagtail-localize like a
translator would. A few translations are left missing on purpose, so the demo shows the gaps.
"""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import GroupApprovalTask, Locale, Workflow, WorkflowPage, WorkflowTask
from wagtail.rich_text import RichText

from cms.models import (
    ArticlePage,
    CategoryPage,
    CustomerSegment,
    KnowledgeBasePage,
    Product,
    SourceChange,
)
from cms.translation.status import source_change_set_significance
from cms.translation.translate import page_translate
from demo import loader
from home.models import HomePage


def _rich(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _blocks(body: list[dict], code: str) -> list[tuple[str, object]]:
    """The StreamField value of a demo body in one language."""
    blocks = []
    for block in body:
        kind = block["type"]
        if kind == "paragraph":
            blocks.append(("paragraph", _rich(block["text"][code])))
        elif kind == "heading":
            blocks.append(("heading", {"text": block["text"][code], "level": "h2"}))
        elif kind == "steps":
            blocks.append(
                ("steps", [{"title": step[code], "detail": ""} for step in block["steps"]])
            )
        elif kind == "callout":
            blocks.append(("callout", {"kind": block["kind"], "body": _rich(block["text"][code])}))
        elif kind == "code":
            blocks.append(("code", {"language": block["language"], "code": block["code"]}))
        elif kind == "faq":
            pairs = [
                {"question": pair["question"][code], "answer": _rich(pair["answer"][code])}
                for pair in block["questions"]
            ]
            blocks.append(("faq", pairs))
        else:
            raise ValueError(f"unknown demo block type {kind!r}")
    return blocks


def _strings(texts: list[dict[str, str]], code: str) -> dict[str, str]:
    return {text["en"]: text[code] for text in texts}


def _translate(page, texts, locales, acting_user, skip=()) -> None:
    for code, locale in locales.items():
        if code == "en" or code in skip or page.has_translation(locale):
            continue
        page_translate(
            source_page=page, locale=locale, strings=_strings(texts, code), acting_user=acting_user
        )


def seed_knowledge_base(*, home: HomePage, locales: dict[str, Locale], acting_user) -> None:
    data = loader.knowledge_base()
    products = {
        spec["slug"]: Product.objects.get_or_create(
            slug=spec["slug"], locale=locales["en"], defaults={"name": spec["name"]}
        )[0]
        for spec in data["products"]
    }
    segments = {
        spec["key"]: CustomerSegment.objects.get_or_create(name=spec["name"])[0]
        for spec in data["segments"]
    }

    kb = KnowledgeBasePage.objects.filter(locale=locales["en"]).first()
    if kb is None:
        kb = home.add_child(
            instance=KnowledgeBasePage(
                title=data["title"]["en"], slug=data["slug"], intro=data["intro"]["en"]
            )
        )
        kb.save_revision(user=acting_user).publish(user=acting_user)
    _translate(kb, [data["title"], data["intro"]], locales, acting_user)

    categories = {}
    for spec in loader.categories():
        category = CategoryPage.objects.filter(locale=locales["en"], slug=spec["slug"]).first()
        if category is None:
            category = kb.add_child(
                instance=CategoryPage(
                    title=spec["title"]["en"],
                    slug=spec["slug"],
                    description=spec["description"]["en"],
                    icon=spec["icon"],
                )
            )
            category.save_revision(user=acting_user).publish(user=acting_user)
        _translate(category, [spec["title"], spec["description"]], locales, acting_user)
        categories[spec["slug"]] = category

    articles = loader.articles()
    for position, spec in enumerate(articles):
        article = ArticlePage.objects.filter(locale=locales["en"], slug=spec["slug"]).first()
        if article is None:
            access, _, segment_key = spec["access"].partition(":")
            article = ArticlePage(
                title=spec["title"]["en"],
                slug=spec["slug"],
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
        remaining = len(articles) - position
        skip = [
            code for code, last in data["untranslated_last_articles"].items() if remaining <= last
        ]
        texts = [spec["title"], spec["summary"], *loader.body_texts(spec["body"])]
        _translate(article, texts, locales, acting_user, skip=skip)

    seed_review_workflow(knowledge_base=kb)
    seed_source_updates(locale=locales["en"], acting_user=acting_user)
    seed_review_dates(locale=locales["en"])


def seed_source_updates(*, locale: Locale, acting_user) -> None:
    """Publish the English edits of ``source_updates`` once, after translation."""
    for update in loader.knowledge_base()["source_updates"]:
        article = ArticlePage.objects.get(locale=locale, slug=update["article"])
        if SourceChange.objects.filter(translation_key=article.translation_key).exists():
            continue
        first = article.body[0]
        article.body[0] = ("paragraph", RichText(_rich(update["first_paragraph"])), first.id)
        article.save_revision(user=acting_user).publish(user=acting_user)
        change = SourceChange.objects.filter(translation_key=article.translation_key).first()
        significance = SourceChange.Significance(update["significance"])
        if significance != SourceChange.Significance.NORMAL:
            source_change_set_significance(change=change, significance=significance)


def seed_review_dates(*, locale: Locale) -> None:
    """Reviewed recently, except a few articles left long past their review interval."""
    today = timezone.localdate()
    overdue = loader.knowledge_base()["overdue_reviews"]
    for article in ArticlePage.objects.filter(locale=locale, last_reviewed_at__isnull=True):
        days_ago = 400 if article.slug in overdue else 30
        article.last_reviewed_at = today - timedelta(days=days_ago)
        article.save(update_fields=["last_reviewed_at", "review_due_on"])


def seed_review_workflow(*, knowledge_base: KnowledgeBasePage) -> Workflow:
    """Articles under the English knowledge base go through an editorial review."""
    task, _ = GroupApprovalTask.objects.get_or_create(name="Editorial review")
    task.groups.set(Group.objects.filter(name="Editors"))
    workflow, _ = Workflow.objects.get_or_create(name="Article review")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=knowledge_base, defaults={"workflow": workflow})
    return workflow
