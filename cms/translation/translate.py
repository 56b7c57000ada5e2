"""Translating pages and snippets through wagtail-localize, the way a translator's work is
stored: string translations first, then a sync of the target from the source."""

from collections.abc import Mapping

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.translation.status import translation_status_batch


def string_translations(*, segments, locale, strings, acting_user) -> list[StringTranslation]:
    """Unsaved manual translations of the ``segments`` whose source text ``strings`` maps."""
    return [
        StringTranslation(
            translation_of=segment.string,
            locale=locale,
            context_id=segment.context_id,
            data=strings[segment.string.data],
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=acting_user,
        )
        for segment in segments
        if segment.string.data in strings
    ]


def _store_translations(*, source, locale, strings, acting_user) -> Translation:
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    StringTranslation.objects.bulk_create(
        string_translations(
            segments=segments, locale=locale, strings=strings, acting_user=acting_user
        ),
        update_conflicts=True,
        unique_fields=["locale", "translation_of", "context"],
        update_fields=["data", "translation_type", "last_translated_by"],
    )
    return translation


@transaction.atomic
def page_translate(
    *, source_page: Page, locale: Locale, strings: Mapping[str, str], acting_user=None
) -> Page:
    """Sync ``source_page`` into ``locale``, translating each source string found in ``strings``.

    Strings without an entry keep the source text (wagtail-localize's fallback), so a partial
    ``strings`` leaves the rest untranslated rather than failing. Returns the published
    translation, in the page's specific class.
    """
    source_page = source_page.specific_class.objects.get(pk=source_page.pk)  # the live version
    with translation_status_batch():  # the status is computed once, from the published page
        source, _ = TranslationSource.update_or_create_from_instance(source_page)
        translation = _store_translations(
            source=source, locale=locale, strings=strings, acting_user=acting_user
        )
        # wagtail-localize defers publishing to transaction commit, with a page instance
        # loaded before the sync; publishing that later can write back a stale tree
        # position. Save a draft, then publish it from a fresh copy now.
        translation.save_target(user=acting_user, publish=False)
        target = source_page.get_translation(locale)
        target.get_latest_revision().publish(user=acting_user)
    return target.specific_class.objects.get(pk=target.pk)


@transaction.atomic
def snippet_translate(*, source, locale: Locale, strings: Mapping[str, str], acting_user=None):
    """Translate a translatable snippet (a product, an audience) the same way."""
    translation_source, _ = TranslationSource.update_or_create_from_instance(source)
    translation = _store_translations(
        source=translation_source, locale=locale, strings=strings, acting_user=acting_user
    )
    translation.save_target(user=acting_user)
    return type(source).objects.get(translation_key=source.translation_key, locale=locale)
