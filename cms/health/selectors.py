"""Reads of content health: each article's feedback, views and age."""

from datetime import timedelta

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Locale, PageQuerySet


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
