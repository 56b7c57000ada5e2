"""Signal receivers: translation bookkeeping (cms.translation.status) and the page cache."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_comments_xtd.models import XtdComment
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

from cms.models import ArticleFeedback, ArticlePage, Audience, Product
from cms.page_cache import page_cache_clear
from cms.search_kind import PROMOTED_QUERIES_KEY
from cms.translation import status as translation_status
from search.services import index_change_record


def shown_content_changed(sender, **kwargs):
    page_cache_clear()


# Saving or deleting any of these can change what a cached page shows (publishing and
# unpublishing save the page). Receivers are connected per model: one without a sender
# would stop Django's fast bulk deletes.
for model in (*get_page_models(), Page, Product, Audience, Site, Locale, XtdComment):
    post_save.connect(shown_content_changed, sender=model, dispatch_uid=f"page-cache-save-{model}")
    post_delete.connect(shown_content_changed, sender=model, dispatch_uid=f"page-cache-del-{model}")


def _refresh_family(translation_key) -> None:
    source = Page.objects.filter(translation_key=translation_key, locale=Locale.get_default())
    for page in source[:1]:
        translation_status.translation_status_refresh(source_page=page)


@receiver(page_published)
def source_published(sender, instance, revision=None, **kwargs):
    if translation_status.is_source(instance):
        user = revision.user if revision is not None else None
        translation_status.source_segments_refresh(page=instance, user=user)
    elif not _synced_by_localize(instance):
        _refresh_family(instance.translation_key)


def _synced_by_localize(page) -> bool:
    """Whether wagtail-localize syncs this translated page from its source.

    Such a page is published by a sync, whose TranslationLog records the snapshot and
    refreshes the status; wagtail-localize publishes it on commit, which can come before
    that log is written. Refreshing on the publish as well would compute the status twice,
    once from the previous snapshot.
    """
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


@receiver(page_unpublished)
@receiver(post_delete, sender=Page)
def page_gone(sender, instance, **kwargs):
    if not translation_status.is_source(instance):
        _refresh_family(instance.translation_key)


@receiver(post_save, sender=TranslationLog)
def translation_synced(sender, instance, created, **kwargs):
    if created:
        translation_status.translation_snapshot_record(
            source=instance.source, locale=instance.locale
        )


@receiver(post_save, sender=Translation)
def translation_enabled_changed(sender, instance, **kwargs):
    _refresh_family(instance.source.object_id)


@receiver(post_save, sender=StringTranslation)
@receiver(post_delete, sender=StringTranslation)
def string_translated(sender, instance, **kwargs):
    if instance.context_id is not None:
        _refresh_family(instance.context.object_id)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=ArticlePage)
def reindex_articles_under(sender, instance, **kwargs):
    """Queue the search documents of an article, or of every article below a moved page."""
    if isinstance(instance, ArticlePage):
        keys = [instance.translation_key]
    else:
        articles = ArticlePage.objects.descendant_of(instance, inclusive=True)
        keys = articles.values_list("translation_key", flat=True).distinct()
    index_change_record("article", keys)


@receiver(post_save, sender=ArticleFeedback)
def reindex_helpfulness(sender, instance, created, **kwargs):
    if created:
        index_change_record("article", [instance.translation_key])


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
@receiver(post_delete, sender=Query)
def promotions_changed(sender, **kwargs):
    cache.delete(PROMOTED_QUERIES_KEY)
