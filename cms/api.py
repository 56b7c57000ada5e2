"""The portal's own endpoints on Wagtail's API v3 (mounted at /api/v3/portal/)."""

from collections import Counter
from datetime import datetime
from typing import Annotated, Literal

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, Subquery
from django.http import HttpRequest, HttpResponse
from django.utils.http import http_date
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import BeforeValidator, ConfigDict
from taggit.models import Tag
from wagtail.api.v3.api import api
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from cms.errors import ArticleNotFound, CategoryNotFound, LocaleNotFound
from cms.health.services import feedback_submit
from cms.models import ArticleFeedback, ArticlePage, CategoryPage, Product, TranslationStatus
from cms.selectors import (
    article_family_in,
    article_for_locale,
    article_list_visible_to,
    locale_for_code,
    locale_list_with_page_counts,
    related_article_list,
)
from portal import api_input
from portal.api_input import MAX_ID, MAX_LIMIT, MAX_OFFSET, boolean_only, problems, short_text
from portal.views import visitor_id
from portal.visitors import client_address

router = Router(tags=["portal"])
router.add_decorator(api_input.portal_write_guard, mode="view")
api_input.install(api)

LOCALE_CODES = [code for code, _name in settings.LANGUAGES]
LocaleCode = Annotated[
    str,
    Field(
        description="Language code of the knowledge base.", json_schema_extra={"enum": LOCALE_CODES}
    ),
]
PageId = Annotated[int, Field(ge=1, le=MAX_ID)]
READ_ERRORS = problems(404, 422)
"""What every knowledge-base read can answer besides 200: unknown locale or object, bad input."""


class PortalPagination(WagtailLimitOffsetPagination):
    """Wagtail's limit/offset pagination with both bounds declared in the schema."""

    class Input(WagtailLimitOffsetPagination.Input):
        limit: int = Field(default=20, ge=1, le=MAX_LIMIT)
        offset: int = Field(default=0, ge=0, le=MAX_OFFSET)


class LocaleOut(Schema):
    language_code: str
    name: str
    name_local: str
    is_source: bool
    published_pages: int

    @staticmethod
    def resolve_name(obj: Locale) -> str:
        return str(get_content_languages().get(obj.language_code, obj.language_code))

    @staticmethod
    def resolve_name_local(obj: Locale) -> str:
        return get_language_info(obj.language_code)["name_local"]

    @staticmethod
    def resolve_is_source(obj: Locale) -> bool:
        return obj.is_default


@router.get(
    "/locales/",
    response={200: list[LocaleOut]},
    url_name="portal_locales",
    summary="Locales with their published page counts",
    operation_id="portal_locales_list",
)
def list_locales(request: HttpRequest):
    return locale_list_with_page_counts()


class CategoryOut(Schema):
    id: int
    title: str
    slug: str
    description: str
    icon: str
    url: str
    article_count: int
    children: list["CategoryOut"] = []


class ArticleSummaryOut(Schema):
    id: int
    key: str = Field(description="Shared by every language version of the article")
    locale: str
    title: str
    summary: str
    url: str
    last_published_at: datetime | None
    is_fallback: bool = Field(description="True when shown in the source language")


class TranslationStatusOut(Schema):
    locale: str
    state: str
    total: int
    translated: int
    outdated: int
    corrected: int
    missing: int
    source_changed_at: datetime | None
    synced_at: datetime | None


class NamedOut(Schema):
    slug: str
    name: str


class BlockOut(Schema):
    type: str
    id: str | None
    value: object


class ArticleOut(ArticleSummaryOut):
    body: list[BlockOut]
    tags: list[str]
    products: list[NamedOut]
    audiences: list[str]
    related: list[ArticleSummaryOut]
    translation_status: list[TranslationStatusOut]


FeedbackReason = Literal[("", *ArticleFeedback.Reason.values)]


FeedbackComment = short_text(ArticleFeedback.COMMENT_MAX_LENGTH)


class HelpfulIn(Schema):
    """It helped: no reason is asked for."""

    model_config = ConfigDict(extra="forbid", title="Helpful")

    helpful: Annotated[Literal[True], BeforeValidator(boolean_only)]
    comment: FeedbackComment = ""  # type: ignore[valid-type]


class NotHelpfulIn(Schema):
    """It did not help, optionally why."""

    model_config = ConfigDict(extra="forbid", title="NotHelpful")

    helpful: Annotated[Literal[False], BeforeValidator(boolean_only)]
    reason: FeedbackReason = ""  # type: ignore[valid-type]
    comment: FeedbackComment = ""  # type: ignore[valid-type]


FeedbackIn = HelpfulIn | NotHelpfulIn


class FeedbackOut(Schema):
    helpful: bool
    reason: str


def _locale(code: str) -> Locale:
    locale = locale_for_code(code) if code in LOCALE_CODES else None
    if locale is None:
        raise LocaleNotFound(_("Unknown locale."))
    return locale


def _last_modified(response: HttpResponse, *moments) -> None:
    known = [moment for moment in moments if moment is not None]
    if known:
        response.headers["Last-Modified"] = http_date(max(known).timestamp())


def _summary(article, *, is_fallback: bool) -> ArticleSummaryOut:
    return ArticleSummaryOut(
        id=article.pk,
        key=str(article.translation_key),
        locale=article.locale.language_code,
        title=article.title,
        summary=article.summary,
        url=article.url,
        last_published_at=article.last_published_at,
        is_fallback=is_fallback,
    )


def _category_tree(categories, counts) -> list[CategoryOut]:
    by_parent: dict[str, list] = {}
    for category in categories:
        by_parent.setdefault(category.path[: -CategoryPage.steplen], []).append(category)

    def build(category) -> CategoryOut:
        return CategoryOut(
            id=category.pk,
            title=category.title,
            slug=category.slug,
            description=category.description,
            icon=category.icon,
            url=category.url,
            article_count=counts.get(category.path, 0),
            children=[build(child) for child in by_parent.get(category.path, [])],
        )

    depth = min((c.depth for c in categories), default=0)
    return [build(c) for c in categories if c.depth == depth]


@router.get(
    "/kb/{locale}/categories/",
    response={200: list[CategoryOut], **READ_ERRORS},
    summary="The category tree of a locale's knowledge base, with visible article counts",
    operation_id="kb_categories",
)
def kb_categories(request: HttpRequest, locale: LocaleCode):
    target = _locale(locale)
    categories = list(CategoryPage.objects.live().filter(locale=target).order_by("path"))
    paths = (
        article_list_visible_to(user=request.user)
        .filter(locale=target)
        .values_list("path", flat=True)
    )
    direct = Counter(path[: -ArticlePage.steplen] for path in paths)
    return _category_tree(categories, direct)


@router.get(
    "/kb/{locale}/articles/",
    response={200: list[ArticleSummaryOut], **problems(400, 404, 422)},
    summary="Articles in a locale, falling back to the source language where untranslated",
    operation_id="kb_articles",
)
@paginate(PortalPagination)
def kb_articles(
    request: HttpRequest,
    locale: LocaleCode,
    category: int | None = Query(None, ge=1, le=MAX_ID),
    tag: short_text(100) | None = None,  # type: ignore[valid-type]
    product: short_text(100) | None = None,  # type: ignore[valid-type]
):
    target = _locale(locale)
    default = Locale.get_default()
    # One article per family: its source, or, for an article written only in ``locale``
    # (no live source-language version), itself; as on the site.
    live_source = ArticlePage.objects.live().filter(
        translation_key=OuterRef("translation_key"), locale=default
    )
    in_source = Q(locale=default)
    only_in_target = Q(locale=target) & ~Exists(live_source)
    if category is not None:
        parent = CategoryPage.objects.live().filter(pk=category).first()
        if parent is None:
            raise CategoryNotFound(_("Unknown category."))
        source_parent = parent.get_translation_or_none(default) or parent
        in_source &= Q(path__startswith=source_parent.path)
        target_parent = CategoryPage.objects.filter(
            translation_key=parent.translation_key, locale=target
        )
        only_in_target &= Q(path__startswith=Subquery(target_parent.values("path")[:1]))
    sources = (
        article_list_visible_to(user=request.user)
        .filter(in_source | only_in_target)
        .select_related("locale")
        .order_by("path")
    )
    if tag:
        sources = sources.filter(tags__slug=tag)
    if product:
        sources = sources.filter(products__slug=product)
    return _LocalizedArticles(sources, target, request.user)


class _LocalizedArticles:
    """A sliceable list that swaps each source article for its visible translation."""

    def __init__(self, sources, locale, user):
        self.sources, self.locale, self.user = sources, locale, user

    def count(self) -> int:
        return self.sources.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[ArticleSummaryOut]:
        page = list(self.sources[window])
        versions = article_family_in(locale=self.locale, user=self.user, articles=page)
        return [
            _summary(
                versions.get(a.translation_key, a), is_fallback=a.translation_key not in versions
            )
            for a in page
        ]


@router.get(
    "/kb/{locale}/articles/{article_id}/",
    response={200: ArticleOut, **READ_ERRORS},
    summary="One article in a locale (or the source language, flagged) with translation status",
    operation_id="kb_article",
)
def kb_article(
    request: HttpRequest,
    response: HttpResponse,
    locale: LocaleCode,
    article_id: PageId,
):
    article, is_fallback = article_for_locale(
        page_id=article_id, locale=_locale(locale), user=request.user
    )
    if article is None:
        raise ArticleNotFound(_("Article not found."))
    article = (
        ArticlePage.objects.filter(pk=article.pk)
        .select_related("locale")
        .prefetch_related("tags", "products", "audiences", "related_links")
        .get()
    )
    source = article.get_translation_or_none(Locale.get_default()) or article
    statuses = TranslationStatus.objects.filter(source_page=source).select_related("locale")
    # A translator's sync changes the translation status without republishing the source.
    _last_modified(response, article.last_published_at, *(s.synced_at for s in statuses))
    return ArticleOut(
        **_summary(article, is_fallback=is_fallback).dict(),
        body=[
            BlockOut(
                type=block.block_type,
                id=block.id,
                value=block.block.get_api_representation(block.value),
            )
            for block in article.body
        ],
        tags=[tag.name for tag in article.tags.all()],
        products=[NamedOut(slug=p.slug, name=p.name) for p in article.products.all()],
        audiences=[audience.name for audience in article.audiences.all()],
        related=[
            _summary(related, is_fallback=False)
            for related in related_article_list(article=article, user=request.user)
        ],
        translation_status=[
            TranslationStatusOut(
                locale=status.locale.language_code,
                state=status.state,
                total=status.total,
                translated=status.translated,
                outdated=status.outdated,
                corrected=status.corrected,
                missing=status.missing,
                source_changed_at=status.source_changed_at,
                synced_at=status.synced_at,
            )
            for status in statuses
        ],
    )


@router.get(
    "/kb/{locale}/tags/",
    response={200: list[str], **READ_ERRORS},
    summary="Tags used by the articles a reader can see in a locale",
    operation_id="kb_tags",
)
def kb_tags(request: HttpRequest, locale: LocaleCode):
    visible = article_list_visible_to(user=request.user).filter(locale=_locale(locale))
    return list(
        Tag.objects.filter(cms_articlepagetag_items__content_object__in=visible)
        .order_by("name")
        .values_list("name", flat=True)
        .distinct()
    )


@router.get(
    "/kb/{locale}/products/",
    response={200: list[NamedOut], **READ_ERRORS},
    summary="Products, named in a locale where translated",
    operation_id="kb_products",
)
def kb_products(request: HttpRequest, locale: LocaleCode):
    target = _locale(locale)
    products = {p.translation_key: p for p in Product.objects.filter(locale=Locale.get_default())}
    products |= {p.translation_key: p for p in Product.objects.filter(locale=target)}
    return [
        NamedOut(slug=p.slug, name=p.name) for p in sorted(products.values(), key=lambda p: p.name)
    ]


@router.post(
    "/kb/articles/{article_id}/feedback/",
    response={201: FeedbackOut, **problems(400, 403, 404, 409, 413, 415, 422, 429)},
    summary="Answer “Was this helpful?” for an article (once per visitor)",
    description=(
        "A JSON body of at most 64 kB. Signed in through a session cookie, send the session's"
        " CSRF token in the X-CSRFToken header (403 otherwise); from another site's page, 403."
    ),
    operation_id="kb_article_feedback",
)
def kb_article_feedback(request: HttpRequest, payload: FeedbackIn, article_id: PageId):
    article = article_list_visible_to(user=request.user).filter(pk=article_id).first()
    if article is None:
        raise ArticleNotFound(_("Article not found."))
    feedback = feedback_submit(
        article=article,
        visitor_id=visitor_id(request),
        address=client_address(request),
        **payload.dict(),
    )
    return Status(201, FeedbackOut(helpful=feedback.helpful, reason=feedback.reason))
