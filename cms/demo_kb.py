"""Demo knowledge base for the fictional product in ``cms.demo_content``.

English pages are created and published, then translated through wagtail-localize like a
translator would. A few translations are left missing on purpose, so the demo shows the gaps.
"""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import GroupApprovalTask, Locale, Workflow, WorkflowPage, WorkflowTask
from wagtail.rich_text import RichText

from cms.demo_content import ARTICLES, CATEGORIES
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
# English edits published after translation, so the demo has outdated translations:
# (article, significance, new first paragraph).
SOURCE_UPDATES = [
    (
        "invite-teammates",
        SourceChange.Significance.NORMAL,
        "Owners and Admins can invite people, and so can Managers for their own projects. "
        "Each invitation is valid for fourteen days.",
    ),
    (
        "mobile-offline-mode",
        SourceChange.Significance.NORMAL,
        "The mobile app keeps new and edited entries on your device while you are offline, "
        "for up to thirty days. A crossed-out cloud shows that changes are waiting to sync.",
    ),
    (
        "roles-and-permissions",
        SourceChange.Significance.URGENT,
        "Every person in a workspace has exactly one role. Since the spring release only "
        "Owners can see hourly rates; roles also decide who approves timesheets and sends "
        "invoices.",
    ),
    (
        "reset-your-password",
        SourceChange.Significance.MINOR,
        "If you cannot remember your password, you can set a new one yourself. Reset links "
        "expire after one hour!",
    ),
]
# Articles whose last review is long past their review interval.
OVERDUE_REVIEWS = ["install-the-mobile-apps", "set-up-your-first-project", "mobile-offline-mode"]


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

    seed_review_workflow(knowledge_base=kb)
    seed_source_updates(locale=locales["en"], acting_user=acting_user)
    seed_review_dates(locale=locales["en"])


def seed_source_updates(*, locale: Locale, acting_user) -> None:
    """Publish the English edits of ``SOURCE_UPDATES`` once, after translation."""
    for key, significance, text in SOURCE_UPDATES:
        article = ArticlePage.objects.get(locale=locale, slug=key)
        if SourceChange.objects.filter(translation_key=article.translation_key).exists():
            continue
        first = article.body[0]
        article.body[0] = ("paragraph", RichText(f"<p>{escape(text)}</p>"), first.id)
        article.save_revision(user=acting_user).publish(user=acting_user)
        change = SourceChange.objects.filter(translation_key=article.translation_key).first()
        if significance != SourceChange.Significance.NORMAL:
            source_change_set_significance(change=change, significance=significance)


def seed_review_dates(*, locale: Locale) -> None:
    """Reviewed recently, except a few articles left long past their review interval."""
    today = timezone.localdate()
    for article in ArticlePage.objects.filter(locale=locale, last_reviewed_at__isnull=True):
        days_ago = 400 if article.slug in OVERDUE_REVIEWS else 30
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
