"""Reads for translators: their languages, the statuses they work through, their notices."""

from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from wagtail.models import Locale, Page


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
