from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
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


def _can_see_everything(user) -> bool:
    """Staff who work in the admin read every article, whatever its audience."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


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
        translation_key=OuterRef("translation_key"), locale_id=Locale.get_default().pk
    )
    return articles.filter(
        Exists(_audience_filter(sources, user))
        | (~Exists(sources) & Q(pk__in=_audience_filter(ArticlePage.objects.all(), user)))
    )


def article_is_visible(*, article, user) -> bool:
    """Whether ``user`` may read the live ``article``; a public source needs no query."""
    if article.locale_id == Locale.get_default().pk:
        if article.access == article.Access.PUBLIC:
            return True
        if article.access == article.Access.AUTHENTICATED:
            return user.is_authenticated
    return article_list_visible_to(user=user).filter(pk=article.pk).exists()


def article_list_for_category(*, category, user) -> PageQuerySet:
    return article_list_visible_to(user=user).child_of(category).order_by("path")


def related_article_list(*, article, user) -> list:
    """The article's related articles in editor order, without those the user may not read."""
    targets = [link.article_id for link in article.related_links.all()]
    visible = (
        article_list_visible_to(user=user).filter(pk__in=targets).select_related("locale").in_bulk()
    )
    return [visible[pk] for pk in targets if pk in visible]


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


def translator_locale_list(*, user) -> list[Locale]:
    """The target locales whose translations ``user`` may edit (the report, the dashboard).

    Administrators, and editors whose permissions start at the tree root, edit every
    language; a translator edits the locales of the pages they hold permissions on.
    """
    targets = Locale.objects.exclude(pk=Locale.get_default().pk).order_by("pk")
    if user.is_superuser:
        return list(targets)
    granted = Page.objects.filter(group_permissions__group__user=user)
    if granted.filter(depth=1).exists():
        return list(targets)
    return list(targets.filter(pk__in=granted.values("locale_id")))


def translation_status_list_for(*, user) -> QuerySet:
    """Statuses of live source pages in the locales ``user`` may edit, in the order of work.

    Urgent changes first, then outdated pages, those to glance at, untranslated and never
    synced ones, and up-to-date pages last; widest gaps first within each state. Annotates
    ``gap_size`` (outdated + missing strings).
    """
    from cms.models import TranslationStatus

    State = TranslationStatus.State
    order = (State.OUTDATED, State.NEEDS_GLANCE, State.UNTRANSLATED, State.NEVER_SYNCED)
    return (
        TranslationStatus.objects.filter(
            source_page__live=True, locale__in=translator_locale_list(user=user)
        )
        .select_related("source_page", "locale")
        .annotate(
            gap_size=F("outdated") + F("missing"),
            state_rank=Case(
                *(When(state=state, then=Value(rank)) for rank, state in enumerate(order)),
                default=Value(len(order)),  # up to date
                output_field=IntegerField(),
            ),
        )
        .order_by("-urgent", "state_rank", "-gap_size", "source_page__path", "locale_id")
    )


def translation_summary_list(*, locales) -> list[dict]:
    """Per locale: pages needing work and strings outdated or missing, for the dashboard."""
    from cms.models import TranslationStatus

    totals = {
        row["locale_id"]: row
        for row in TranslationStatus.objects.filter(source_page__live=True, locale__in=locales)
        .exclude(state=TranslationStatus.State.UP_TO_DATE)
        .values("locale_id")
        .annotate(
            pages=Count("pk"),
            outdated=Sum("outdated"),
            missing=Sum("missing"),
            corrected=Sum("corrected"),
        )
    }
    empty = {"pages": 0, "outdated": 0, "missing": 0, "corrected": 0}
    return [{"locale": locale, **totals.get(locale.pk, empty)} for locale in locales]


def translator_notice_list(*, user, limit: int = 10) -> list:
    """The user's unread notices, newest first, each with ``status_id``: its drill-down."""
    from cms.models import TranslationStatus, TranslatorNotice

    status = TranslationStatus.objects.filter(
        source_page=OuterRef("change__page"), locale=OuterRef("locale")
    ).values("pk")[:1]
    return list(
        TranslatorNotice.objects.filter(recipient=user, read_at__isnull=True)
        .select_related("change__page", "locale")
        .annotate(status_id=Subquery(status))
        .order_by("-created_at")[:limit]
    )


def outdated_translation_notice(*, page) -> dict | None:
    """For a translated page whose source changed since it was synced: the source and when."""
    from cms.models import TranslationStatus

    status = (
        TranslationStatus.objects.filter(
            source_page__translation_key=page.translation_key,
            locale_id=page.locale_id,
            state=TranslationStatus.State.OUTDATED,
            source_page__live=True,
        )
        .select_related("source_page")
        .first()
    )
    if status is None:
        return None
    return {"source_page": status.source_page, "changed_at": status.source_changed_at}


def article_health_list(*, articles=None, today=None) -> PageQuerySet:
    """Articles (by default the source ones) with views, answers, age and review state.

    Annotates ``views_30d``, ``answers``, ``unhelpful``, ``answering_addresses``,
    ``unhelpful_addresses``, ``outdated_locales``,
    ``review_due`` (past the interval), ``unhelpful_alert`` and ``needs_review``.
    """
    from cms.models import ArticleDailyViews, ArticleFeedback, ArticlePage, TranslationStatus

    today = today or timezone.localdate()
    views = (
        ArticleDailyViews.objects.filter(
            translation_key=OuterRef("translation_key"), day__gt=today - timedelta(days=30)
        )
        .order_by()
        .values("translation_key")
        .annotate(total=Sum("views"))
        .values("total")
    )
    answers = (
        ArticleFeedback.objects.filter(translation_key=OuterRef("translation_key"))
        .order_by()
        .values("translation_key")
    )
    outdated = (
        TranslationStatus.objects.filter(
            source_page=OuterRef("pk"), state=TranslationStatus.State.OUTDATED
        )
        .order_by()
        .values("source_page")
        .annotate(total=Count("pk"))
        .values("total")
    )
    if articles is None:
        articles = ArticlePage.objects.filter(locale=Locale.get_default())
    articles = articles.annotate(
        views_30d=Coalesce(Subquery(views, output_field=IntegerField()), Value(0)),
        answers=Coalesce(
            Subquery(
                answers.annotate(total=Count("pk")).values("total"), output_field=IntegerField()
            ),
            Value(0),
        ),
        unhelpful=Coalesce(
            Subquery(
                answers.filter(helpful=False).annotate(total=Count("pk")).values("total"),
                output_field=IntegerField(),
            ),
            Value(0),
        ),
        # The review alert counts each client address once, as the search boost does, so
        # that one address answering "no" again and again cannot flag an article.
        answering_addresses=Coalesce(
            Subquery(
                answers.annotate(total=Count("address_hash", distinct=True)).values("total"),
                output_field=IntegerField(),
            ),
            Value(0),
        ),
        unhelpful_addresses=Coalesce(
            Subquery(
                answers.filter(helpful=False)
                .annotate(total=Count("address_hash", distinct=True))
                .values("total"),
                output_field=IntegerField(),
            ),
            Value(0),
        ),
        outdated_locales=Coalesce(Subquery(outdated, output_field=IntegerField()), Value(0)),
    )
    minimum = settings.KB_REVIEW_MIN_ANSWERS
    share = settings.KB_REVIEW_UNHELPFUL_SHARE
    return articles.annotate(
        review_due=Case(
            When(last_reviewed_at__isnull=True, then=Value(True)),
            When(review_due_on__lt=today, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        ),
        unhelpful_alert=Case(
            When(
                answering_addresses__gte=minimum,
                unhelpful_addresses__gt=F("answering_addresses") * share,
                then=Value(True),
            ),
            default=Value(False),
            output_field=BooleanField(),
        ),
    ).annotate(
        needs_review=Case(
            When(review_due=True, then=Value(True)),
            When(unhelpful_alert=True, then=Value(True)),
            When(review_requested=True, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


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
