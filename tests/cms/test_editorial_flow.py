"""Review workflow, scheduled publishing and the admin article listing."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from cms.models import ArticlePage
from tests.factories import english_category, new_category, publish_article, translate
from tests.utils import demo_user


@pytest.mark.django_db
def test_articles_go_through_editorial_review_before_publishing():
    article = publish_article(title="Reviewed article", category=english_category())
    workflow = article.get_workflow()
    assert workflow is not None and workflow.name == "Article review"
    article.title = "Reviewed article, revised"
    article.save_revision(user=demo_user("translator-sv"))

    state = workflow.start(article, demo_user("translator-sv"))
    assert ArticlePage.objects.get(pk=article.pk).title == "Reviewed article"

    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, demo_user("editor"), "approve")

    assert ArticlePage.objects.get(pk=article.pk).title == "Reviewed article, revised"


@pytest.mark.django_db
def test_scheduled_article_goes_live_at_its_time():
    article = ArticlePage(title="Scheduled article", summary="Later.", body=[], live=False)
    new_category().add_child(instance=article)
    article.go_live_at = timezone.now() + timedelta(seconds=1)
    revision = article.save_revision()
    revision.publish()
    assert not ArticlePage.objects.get(pk=article.pk).live

    call_command("publish_scheduled", verbosity=0)
    assert not ArticlePage.objects.get(pk=article.pk).live

    time.sleep(1.2)
    call_command("publish_scheduled", verbosity=0)

    assert ArticlePage.objects.get(pk=article.pk).live


@pytest.mark.django_db
def test_admin_article_listing_filters_by_locale_category_state_and_review(client):
    category = new_category("Listing category")
    current = publish_article(title="Listing current", category=category)
    current.last_reviewed_at = timezone.localdate()
    current.save_revision().publish()
    stale = publish_article(title="Listing stale", category=category)
    translate(current, "sv", {"Listing current": "Aktuell lista"})
    client.force_login(demo_user("editor"))

    def titles(**params):
        response = client.get("/admin/articles/", params)
        assert response.status_code == 200
        return {page.title for page in response.context["pages"]}

    assert titles(category=category.pk) == {"Listing current", "Listing stale", "Aktuell lista"}
    assert titles(category=category.pk, locale="sv") == {"Aktuell lista"}
    assert titles(category=category.pk, locale="en", needs_review="true") == {"Listing stale"}
    stale.unpublish()
    assert titles(category=category.pk, live="false") == {"Listing stale"}
    assert Locale.objects.filter(language_code="sv").exists()
