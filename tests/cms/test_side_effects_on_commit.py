"""E-mail, search indexing and cache clearing happen only for changes that commit."""

import contextlib

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.health.services import feedback_submit
from cms.models import ArticleFeedback, TranslatorNotice
from cms.search_kind import PROMOTED_QUERIES_KEY, promoted_queries
from cms.translation.notifications import translators_notify
from portal.page_cache import VERSION_KEY
from search.models import IndexChange
from tests.factories import new_category, publish_article, publish_first_paragraph, translate


class Rollback(Exception):
    pass


@contextlib.contextmanager
def rolled_back():
    with contextlib.suppress(Rollback), transaction.atomic():
        yield
        raise Rollback


@pytest.fixture
def article(db):
    article = publish_article(title="Effects: exporting", category=new_category("Effects"))
    translate(article, "sv", {"Effects: exporting": "Effekter: exportera"})
    mail.outbox.clear()
    return article


@pytest.mark.django_db
def test_a_rolled_back_publish_clears_no_cache_queues_nothing_and_mails_nobody(
    article, django_capture_on_commit_callbacks
):
    cache.set(VERSION_KEY, "before")
    pending, notices = IndexChange.objects.count(), TranslatorNotice.objects.count()

    with django_capture_on_commit_callbacks(execute=True) as callbacks, rolled_back():
        publish_first_paragraph(article, "Exports now include overtime.")
        translators_notify()

    assert callbacks == []
    assert cache.get(VERSION_KEY) == "before"
    assert IndexChange.objects.count() == pending
    assert mail.outbox == []
    assert TranslatorNotice.objects.count() == notices


@pytest.mark.django_db
def test_a_committed_publish_clears_the_page_cache_on_commit(
    article, django_capture_on_commit_callbacks
):
    cache.set(VERSION_KEY, "before")

    with django_capture_on_commit_callbacks(execute=True):
        publish_first_paragraph(article, "Exports now include holidays.")
        assert cache.get(VERSION_KEY) == "before"  # not before the commit

    assert cache.get(VERSION_KEY) != "before"


@pytest.mark.django_db
def test_a_rolled_back_promotion_keeps_the_cached_promoted_queries(article):
    promoted_queries()
    assert cache.get(PROMOTED_QUERIES_KEY) is not None

    with rolled_back():
        SearchPromotion.objects.create(query=Query.get("exporting"), page=article)

    assert cache.get(PROMOTED_QUERIES_KEY) is not None


@pytest.mark.django_db
def test_feedback_is_queued_for_search_by_the_service_that_records_it(article):
    queued = IndexChange.objects.filter(kind="article", key=str(article.translation_key))
    before = queued.count()
    ArticleFeedback.objects.create(
        translation_key=article.translation_key, page=article, helpful=True, visitor="other"
    )
    assert queued.count() == before  # a row written by hand is no answer: nothing queued

    feedback_submit(article=article, visitor_id="visitor-1", address="192.0.2.1", helpful=True)

    assert queued.count() == before + 1


@pytest.mark.django_db
def test_rolled_back_feedback_queues_nothing(article, django_capture_on_commit_callbacks):
    queued = IndexChange.objects.filter(key=str(article.translation_key))
    before = queued.count()

    with django_capture_on_commit_callbacks() as callbacks, rolled_back():
        feedback_submit(article=article, visitor_id="visitor-2", address="192.0.2.2", helpful=False)

    assert callbacks == []
    assert queued.count() == before
