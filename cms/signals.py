"""Signal receivers, kept only where Wagtail and wagtail-localize offer no hook; each calls a
service. Why each one exists:

- ``shown_content_changed`` (post_save/post_delete of pages, products, audiences, sites,
  locales, comments): a cached page shows all of them, and they are saved by Wagtail's admin,
  by wagtail-localize's syncs, by django-comments-xtd's moderation and by code alike; only
  the model signals see every save. The service clears the page cache on commit.
- ``page_published`` / ``page_unpublished`` / ``post_page_move`` / page ``post_delete``
  (``source_published``, ``page_gone``, ``reindex_articles_under``): Wagtail's
  ``after_publish_page``-style hooks run for the admin's page views only, while scheduled
  publishes, wagtail-localize's syncs (which publish the translated page on commit) and
  services such as ``page_translate`` and ``article_retire`` publish, unpublish and move
  pages in code; the signals cover all of them.
- ``translation_synced`` (TranslationLog post_save): wagtail-localize offers no hook or
  signal for a sync; it writes one TranslationLog per sync, which records the snapshot.
- ``translation_enabled_changed`` (Translation post_save): starting or stopping a synced
  translation ("Stop synced translation") has no hook either.
- ``string_translated`` (StringTranslation post_save/post_delete): the translation editor's
  string API, PO uploads and machine translation save strings one by one with no hook. The
  service only notes the page family; its status is refreshed once per transaction.
- ``comment_confirmed`` (django-comments-xtd's ``confirmation_received``): the library
  e-mails every follower of a thread once a comment is stored, with no hook to choose
  them; this signal is sent just before, so followers who may no longer read the article
  stop following first.
- ``promotions_changed`` (SearchPromotion, Query): Wagtail's search-promotion views have no
  hooks. The service forgets the cached promoted queries on commit.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_comments_xtd.models import TmpXtdComment, XtdComment
from django_comments_xtd.signals import confirmation_received
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import StringTranslation, Translation, TranslationLog

from cms.comments.policy import comment_followers_unable_to_read_mute
from cms.models import ArticlePage, Audience, Product
from cms.search_kind import article_family_reindex, promoted_queries_forget
from cms.translation import status as translation_status
from portal.page_cache import page_cache_clear


def shown_content_changed(sender, **kwargs):
    page_cache_clear()


# Receivers are connected per model: one without a sender would stop Django's fast bulk
# deletes. Publishing and unpublishing save the page.
for model in (*get_page_models(), Page, Product, Audience, Site, Locale, XtdComment):
    post_save.connect(shown_content_changed, sender=model, dispatch_uid=f"page-cache-save-{model}")
    post_delete.connect(shown_content_changed, sender=model, dispatch_uid=f"page-cache-del-{model}")


@receiver(page_published)
def source_published(sender, instance, revision=None, **kwargs):
    user = revision.user if revision is not None else None
    translation_status.translation_page_published(page=instance, user=user)


@receiver(page_unpublished)
@receiver(post_delete, sender=Page)
def page_gone(sender, instance, **kwargs):
    translation_status.translation_page_gone(page=instance)


@receiver(post_save, sender=TranslationLog)
def translation_synced(sender, instance, created, **kwargs):
    if created:
        translation_status.translation_snapshot_record(
            source=instance.source, locale=instance.locale
        )


@receiver(post_save, sender=Translation)
def translation_enabled_changed(sender, instance, **kwargs):
    translation_status.translation_status_refresh_later(translation_key=instance.source.object_id)


@receiver(post_save, sender=StringTranslation)
@receiver(post_delete, sender=StringTranslation)
def string_translated(sender, instance, **kwargs):
    translation_status.translation_string_changed(string_translation=instance)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=ArticlePage)
def reindex_articles_under(sender, instance, **kwargs):
    article_family_reindex(page=instance)


@receiver(confirmation_received, sender=TmpXtdComment)
def comment_confirmed(sender, comment, **kwargs):
    comment_followers_unable_to_read_mute(
        content_type=comment.content_type, object_pk=comment.object_pk
    )


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
@receiver(post_delete, sender=Query)
def promotions_changed(sender, **kwargs):
    promoted_queries_forget()
