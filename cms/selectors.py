"""Reads of the knowledge base, always scoped to what the viewer may see."""

from collections import Counter

from django.conf import settings
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageQuerySet


def locale_list_with_page_counts() -> QuerySet[Locale]:
    """Every configured locale with ``published_pages``: its live pages below the tree root
    that everyone may read (restricted articles are not counted)."""
    from django.contrib.auth.models import AnonymousUser

    from cms.models import ArticlePage

    restricted = ArticlePage.objects.live().exclude(
        pk__in=article_list_visible_to(user=AnonymousUser()).values("pk")
    )
    live_pages = (
        Page.objects.filter(locale=OuterRef("pk"), live=True, depth__gt=1)
        .exclude(pk__in=restricted.values("pk"))
        .order_by()
        .values("locale")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Locale.objects.annotate(
        published_pages=Coalesce(Subquery(live_pages, output_field=IntegerField()), Value(0))
    ).order_by("pk")


def _default_language_code() -> str:
    """The source language's code, from the settings (``Locale.get_default()`` costs a query)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def user_works_in_admin(user) -> bool:
    """Whether the user may open Wagtail's admin (``wagtailadmin.access_admin``, directly or
    through a group): what ``user.has_perm`` answers, in one query instead of two, kept on
    the user for the rest of the request."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_portal_works_in_admin"):
        from django.contrib.auth.models import Permission

        user._portal_works_in_admin = (
            user.is_superuser
            or Permission.objects.filter(content_type__app_label="wagtailadmin")
            .filter(codename="access_admin")
            .filter(Q(user=user) | Q(group__user=user))
            .exists()
        )
    return user._portal_works_in_admin


def _can_see_everything(user) -> bool:
    """Staff who work in the admin read every article, whatever its audience."""
    return user_works_in_admin(user)


def _audience_filter(articles, user) -> Q:
    """Whom ``articles`` (a queryset of one family member each) admit, as a filter."""
    from cms.models import ArticlePage

    visible = Q(access=ArticlePage.Access.PUBLIC)
    if user.is_authenticated:
        in_segment = ArticlePage.segments.through.objects.filter(
            articlepage_id=OuterRef("pk"), customersegment__members=user
        )
        visible |= Q(access=ArticlePage.Access.AUTHENTICATED)
        visible |= Q(access=ArticlePage.Access.SEGMENTS) & Exists(in_segment)
    return articles.filter(visible)


def article_list_visible_to(*, user) -> PageQuerySet:
    """Live articles the user may read: the one place the audience rule is written down.

    The audience of the source-language article decides for all its translations, so a
    translation never stays more open than its source between syncs. An article without a
    source-language version decides for itself.
    """
    from cms.models import ArticlePage

    articles = ArticlePage.objects.live()
    if _can_see_everything(user):
        return articles
    sources = ArticlePage.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=_default_language_code(),
    )
    return articles.filter(
        Exists(_audience_filter(sources, user))
        | (~Exists(sources) & Q(pk__in=_audience_filter(ArticlePage.objects.all(), user)))
    )


def article_is_visible(*, article, user) -> bool:
    """Whether ``user`` may read ``article``: never once unpublished (a comment form or a
    link outlives the page); a live public source needs no query but its locale (which
    the page shows anyway)."""
    if not article.live:
        return False
    if article.locale.language_code == _default_language_code():
        if article.access == article.Access.PUBLIC:
            return True
        if article.access == article.Access.AUTHENTICATED:
            return user.is_authenticated
    return article_list_visible_to(user=user).filter(pk=article.pk).exists()


def article_list_for_category(*, category, user) -> PageQuerySet:
    return article_list_visible_to(user=user).child_of(category).order_by("path")


def related_article_list(*, article, user, saved: bool = False) -> list:
    """The article's related articles in editor order, without those the user may not read.

    With ``saved``, the links are read from the database inside the same query (one query
    instead of two); a preview passes ``saved=False`` for the links being edited.
    """
    from cms.models import ArticleRelatedLink

    visible = article_list_visible_to(user=user).select_related("locale")
    if saved:
        links = ArticleRelatedLink.objects.filter(page_id=article.pk, article_id=OuterRef("pk"))
        return list(
            visible.filter(Exists(links))
            .annotate(link_order=Subquery(links.values("sort_order")[:1]))
            .order_by("link_order", "pk")
        )
    targets = [link.article_id for link in article.related_links.all()]
    found = visible.filter(pk__in=targets).in_bulk()
    return [found[pk] for pk in targets if pk in found]


def category_list_for_index(*, index_page, user) -> list:
    """Categories under a knowledge-base root, each with ``article_count`` visible to the user."""
    from cms.models import CategoryPage

    categories = list(CategoryPage.objects.live().child_of(index_page).order_by("path"))
    prefix_length = len(index_page.path) + Page.steplen
    paths = (
        article_list_visible_to(user=user).descendant_of(index_page).values_list("path", flat=True)
    )
    counts = Counter(path[:prefix_length] for path in paths)
    for category in categories:
        category.article_count = counts[category.path]
    return categories


def category_filter_choices(request=None) -> QuerySet:
    """The categories an admin filter offers: those of the default locale, in tree order."""
    from cms.models import CategoryPage

    return CategoryPage.objects.filter(locale=Locale.get_default()).order_by("path")


def locale_for_code(code: str) -> Locale | None:
    """The locale of a configured language code; None for anything else (no query)."""
    if code not in dict(settings.LANGUAGES):
        return None
    return Locale.objects.filter(language_code=code).first()


def article_family_in(*, locale: Locale, user, articles: list) -> dict:
    """For source articles, the visible version in ``locale`` keyed by translation key."""
    versions = (
        article_list_visible_to(user=user)
        .filter(locale=locale, translation_key__in=[a.translation_key for a in articles])
        .select_related("locale")
    )
    return {version.translation_key: version for version in versions}


def article_for_locale(*, page_id: int, locale: Locale, user):
    """The visible version of an article in ``locale``, else in the source locale.

    Returns ``(article, is_fallback)`` or ``(None, False)`` when the reader may see neither.
    """
    visible = article_list_visible_to(user=user)
    key = visible.filter(pk=page_id).values_list("translation_key", flat=True).first()
    if key is None:
        return None, False
    wanted = visible.filter(translation_key=key, locale=locale).first()
    if wanted is not None:
        return wanted, False
    return visible.filter(translation_key=key, locale=Locale.get_default()).first(), True
