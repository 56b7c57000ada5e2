"""Was this helpful?, view counts, needs-review signals, the content-health report, retiring."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from cms.health.selectors import article_health_list
from cms.health.services import feedback_submit
from cms.models import ArticleDailyViews, ArticleFeedback, ArticlePage
from tests.factories import new_category, publish_article
from tests.utils import demo_user


@pytest.fixture
def article(db):
    return publish_article(title="Approving timesheets", category=new_category())


def health(article):
    return article_health_list().get(pk=article.pk)


@pytest.mark.django_db
def test_visitor_answers_was_this_helpful_once_on_the_site(client, article):
    html = client.get(article.url).content.decode()
    assert "Was this article helpful?" in html
    url = f"/feedback/articles/{article.pk}/"

    client.post(url, {"helpful": "no", "reason": "unclear", "comment": "Which menu?"})
    again = client.post(url, {"helpful": "yes"}, follow=True)

    feedback = ArticleFeedback.objects.get(translation_key=article.translation_key)
    assert (feedback.helpful, feedback.reason, feedback.comment) == (
        False,
        "unclear",
        "Which menu?",
    )
    assert "You already answered" in again.content.decode()


@pytest.mark.django_db
def test_oversized_reason_on_the_site_is_refused_and_nothing_saved(client, article):
    response = client.post(
        f"/feedback/articles/{article.pk}/",
        {"helpful": "no", "comment": "x" * 100_000},
        follow=True,
    )

    assert response.status_code == 200
    assert "at most 1000 characters" in response.content.decode()
    assert not ArticleFeedback.objects.exists()


@pytest.mark.django_db
def test_feedback_stores_no_personal_data(client, article):
    client.force_login(demo_user("anna"))
    client.post(f"/feedback/articles/{article.pk}/", {"helpful": "yes"})

    feedback = ArticleFeedback.objects.get()
    stored = " ".join(str(getattr(feedback, f.attname)) for f in ArticleFeedback._meta.fields)
    assert "anna" not in stored
    assert f"user:{demo_user('anna').pk}" not in stored
    assert len(feedback.visitor) == 64


@pytest.mark.django_db
def test_views_are_counted_per_day_in_aggregate(client, article):
    client.get(article.url)
    client.get(article.url)

    row = ArticleDailyViews.objects.get(translation_key=article.translation_key)
    assert (row.day, row.views) == (timezone.now().date(), 2)
    assert health(article).views_30d == 2
    assert {f.name for f in ArticleDailyViews._meta.fields} == {
        "id",
        "translation_key",
        "day",
        "views",
    }


@pytest.mark.django_db
def test_restricted_article_view_is_not_counted_for_outsiders(client):
    secret = publish_article(
        title="Signed-in only", category=new_category(), access=ArticlePage.Access.AUTHENTICATED
    )

    assert client.get(secret.url).status_code == 404
    assert not ArticleDailyViews.objects.filter(translation_key=secret.translation_key).exists()


@pytest.mark.django_db
def test_article_past_its_review_interval_needs_review(article):
    article.last_reviewed_at = timezone.localdate() - timedelta(
        days=article.review_interval_days + 1
    )
    article.save_revision().publish()
    assert health(article).needs_review

    article.last_reviewed_at = timezone.localdate()
    article.save_revision().publish()
    assert not health(article).needs_review


@pytest.mark.django_db
def test_often_unhelpful_article_needs_review_once_enough_answers(article, settings):
    settings.KB_REVIEW_MIN_ANSWERS = 4
    settings.KB_REVIEW_UNHELPFUL_SHARE = 0.5
    article.last_reviewed_at = timezone.localdate()
    article.save_revision().publish()
    for n, helpful in enumerate([False, False, False]):
        feedback_submit(article=article, visitor_id=f"v{n}", address=f"10.0.0.{n}", helpful=helpful)
    assert not health(article).needs_review  # three answers are too few to judge

    feedback_submit(article=article, visitor_id="v4", address="10.0.0.4", helpful=True)

    assert health(article).unhelpful_alert
    assert health(article).needs_review


@pytest.mark.django_db
def test_one_address_answering_no_many_times_does_not_flag_an_article(article, settings):
    settings.KB_REVIEW_MIN_ANSWERS = 4
    article.last_reviewed_at = timezone.localdate()
    article.save_revision().publish()

    for n in range(12):
        feedback_submit(article=article, visitor_id=f"v{n}", address="10.0.0.9", helpful=False)

    assert health(article).answers == 12
    assert not health(article).unhelpful_alert


@pytest.mark.django_db
def test_editor_flag_puts_an_article_up_for_review(article):
    article.last_reviewed_at = timezone.localdate()
    article.review_requested = True
    article.save_revision().publish()

    assert health(article).needs_review


@pytest.mark.django_db
def test_content_health_report_filters_needs_review_and_exports(client, article):
    client.force_login(demo_user("editor"))

    listed = client.get("/admin/reports/content-health/", {"needs_review": "true"})
    exported = client.get("/admin/reports/content-health/", {"export": "csv"})

    titles = [row.title for row in listed.context["object_list"]]
    assert "Approving timesheets" in titles  # never reviewed
    assert all(row.needs_review for row in listed.context["object_list"])
    assert "Approving timesheets" in b"".join(exported.streaming_content).decode()


@pytest.mark.django_db
def test_retiring_an_article_redirects_old_links_to_its_replacement(client, article):
    replacement = publish_article(title="Approving time", category=article.get_parent())
    old_url = article.url
    client.force_login(demo_user("editor"))

    response = client.post(
        f"/admin/kb/articles/{article.pk}/retire/", {"replacement": replacement.pk}
    )
    client.logout()

    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live
    followed = client.get(old_url)
    assert followed.status_code == 301
    assert followed["Location"].endswith(replacement.url)


@pytest.mark.django_db
def test_customer_cannot_retire_an_article(client, article):
    client.force_login(demo_user("translator-sv"))

    response = client.post(f"/admin/kb/articles/{article.pk}/retire/", {})

    assert response.status_code in (302, 403)
    article.refresh_from_db()
    assert article.live


@pytest.mark.django_db
def test_a_visitors_answers_to_two_articles_cannot_be_linked_without_the_secret_key(article):
    other = publish_article(title="Approving expenses", category=article.get_parent())
    for answered in (article, other):
        feedback_submit(article=answered, visitor_id="visitor-7", address="192.0.2.7", helpful=True)

    hashes = list(ArticleFeedback.objects.values_list("visitor", flat=True))
    # Django's keyed HMAC, salted per article: no plain hash of the visitor id (with or
    # without the secret key in front) recognises the visitor.
    expected = [
        salted_hmac(
            f"cms.ArticleFeedback.visitor:{a.translation_key}", "visitor-7", algorithm="sha256"
        ).hexdigest()
        for a in (article, other)
    ]
    assert sorted(hashes) == sorted(expected)
    assert len(set(hashes)) == 2
