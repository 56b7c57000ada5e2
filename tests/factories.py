"""Test data built the way editors build it: pages published through revisions."""

from wagtail.models import Locale
from wagtail.rich_text import RichText

from cms.models import (
    ArticlePage,
    ArticleRelatedLink,
    CategoryPage,
    CustomerSegment,
    KnowledgeBasePage,
)
from cms.translation.translate import page_translate
from home.models import HomePage


def english_category() -> CategoryPage:
    return CategoryPage.objects.filter(locale=Locale.get_default()).order_by("path").first()


def english_knowledge_base() -> KnowledgeBasePage:
    """The English knowledge base, created under the home page if the demo has none."""
    existing = KnowledgeBasePage.objects.filter(locale=Locale.get_default()).first()
    if existing is not None:
        return existing
    home = HomePage.objects.get(locale=Locale.get_default())
    knowledge_base = home.add_child(instance=KnowledgeBasePage(title="Knowledge base", slug="kb"))
    knowledge_base.save_revision().publish()
    return knowledge_base


def new_category(title: str = "Test category") -> CategoryPage:
    """A fresh English category under the knowledge base, empty of demo articles."""
    category = CategoryPage(title=title, description=f"All about {title.lower()}.")
    english_knowledge_base().add_child(instance=category)
    category.save_revision().publish()
    return category


def publish_article(
    *,
    title: str,
    category: CategoryPage | None = None,
    access: str = ArticlePage.Access.PUBLIC,
    segments: list[CustomerSegment] = (),
    body=(),
    tags: list[str] = (),
    related: list[ArticlePage] = (),
) -> ArticlePage:
    article = ArticlePage(
        title=title,
        summary=f"Summary of {title}.",
        body=list(body) or [("paragraph", f"<p>How {title.lower()} works.</p>")],
        access=access,
    )
    (category or english_category()).add_child(instance=article)
    article.tags.add(*tags)
    article.segments.set(segments)
    article.related_links.add(*(ArticleRelatedLink(article=target) for target in related))
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def segment_with(*users, name: str = "Acme Corp") -> CustomerSegment:
    segment = CustomerSegment.objects.create(name=name, kind=CustomerSegment.Kind.ORGANISATION)
    segment.members.add(*users)
    return segment


def publish_first_paragraph(article: ArticlePage, text: str) -> ArticlePage:
    """Edit the first paragraph of an article the way the editor does (same block id)."""
    article = ArticlePage.objects.get(pk=article.pk)
    first = article.body[0]
    article.body[0] = ("paragraph", RichText(f"<p>{text}</p>"), first.id)
    article.save_revision().publish()
    return article


def translate(article, language_code: str, strings: dict[str, str]):
    return page_translate(
        source_page=article,
        locale=Locale.objects.get(language_code=language_code),
        strings=strings,
    )
