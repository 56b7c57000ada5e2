"""Limits on "Was this helpful?" that hold against bursts, cookie-less clients and one address
voting many times."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, transaction
from django.test import RequestFactory
from wagtail.models import Locale

from cms.errors import FeedbackRateLimited
from cms.health.services import feedback_submit
from cms.models import ArticleFeedback, ArticlePage
from cms.search_kind import ArticleKind
from portal.visitors import client_address
from tests.cms.test_settings import manage
from tests.factories import new_category, publish_article

API = "/api/v3/portal/kb"


@pytest.fixture
def article(db):
    return publish_article(title="Approving expenses", category=new_category("Limits"))


@pytest.mark.django_db
def test_a_burst_of_35_answers_from_one_visitor_gets_exactly_30_through(redis, settings):
    # Threads have connections of their own, which see only committed rows: the seeded
    # demo articles, one per answer so that "one answer per article" never interferes.
    articles = list(
        ArticlePage.objects.live().filter(locale=Locale.get_default()).order_by("pk")[:35]
    )
    assert len(articles) == 35
    assert settings.FEEDBACK_PER_VISITOR_PER_HOUR == 30
    everyone_connected = threading.Barrier(len(articles))

    def answer(article) -> str:
        try:
            connection.ensure_connection()
            everyone_connected.wait(timeout=60)
            with transaction.atomic():
                feedback_submit(
                    article=article, visitor_id="user:burst", address="198.51.100.7", helpful=True
                )
                transaction.set_rollback(True)  # nothing a thread writes outlives the test
            return "accepted"
        except FeedbackRateLimited:
            return "too many"
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(articles)) as pool:
        outcomes = list(pool.map(answer, articles))

    assert outcomes.count("accepted") == 30
    assert outcomes.count("too many") == 5


@pytest.mark.django_db
@pytest.mark.parametrize("route", ["site", "api"])
def test_cookieless_answers_stop_at_the_address_limit_and_another_address_still_answers(
    client, article, settings, route
):
    assert settings.FEEDBACK_PER_ADDRESS_PER_HOUR == 100
    url = (
        f"/feedback/articles/{article.pk}/"
        if route == "site"
        else f"{API}/articles/{article.pk}/feedback/"
    )

    def answer(address: str):
        client.cookies.clear()  # a new visitor every time
        if route == "site":
            return client.post(url, {"helpful": "no"}, REMOTE_ADDR=address)
        return client.post(
            url, {"helpful": False}, content_type="application/json", REMOTE_ADDR=address
        )

    responses = [answer("203.0.113.9") for _ in range(101)]
    answers = ArticleFeedback.objects.filter(translation_key=article.translation_key)
    assert answers.count() == 100
    if route == "api":
        assert [r.status_code for r in responses] == [201] * 100 + [429]

    other = answer("203.0.113.10")

    assert answers.count() == 101
    if route == "api":
        assert other.status_code == 201


@pytest.mark.django_db
def test_a_hundred_no_answers_from_one_address_move_the_boost_no_more_than_one(article, settings):
    settings.FEEDBACK_PER_ADDRESS_PER_HOUR = 1000  # as if spread over many hours
    key = str(article.translation_key)

    def boost() -> float:
        return ArticleKind().documents([key])[key][0].boost

    for n in range(5):
        feedback_submit(article=article, visitor_id=f"fan{n}", address=f"192.0.2.{n}", helpful=True)
    assert boost() == 1.25

    feedback_submit(article=article, visitor_id="critic0", address="198.51.100.66", helpful=False)
    after_one = boost()
    assert after_one == pytest.approx(0.75 + 0.5 * 5 / 6)

    for n in range(1, 100):
        feedback_submit(
            article=article, visitor_id=f"critic{n}", address="198.51.100.66", helpful=False
        )

    assert ArticleFeedback.objects.filter(translation_key=key, helpful=False).count() == 100
    assert boost() == after_one


@pytest.mark.django_db
def test_the_address_is_kept_only_as_a_hash_that_differs_per_article(article):
    other = publish_article(title="Approving trips", category=article.get_parent().specific)

    for each in (article, other):
        feedback_submit(article=each, visitor_id="v", address="198.51.100.23", helpful=True)

    keys = [article.translation_key, other.translation_key]
    rows = list(ArticleFeedback.objects.filter(translation_key__in=keys).order_by("pk"))
    stored = " ".join(str(getattr(row, f.attname)) for row in rows for f in row._meta.fields)
    assert "198.51.100.23" not in stored
    assert len(rows[0].address_hash) == 64
    assert rows[0].address_hash != rows[1].address_hash


@pytest.mark.parametrize(
    ("proxies", "meta", "counted_as"),
    [
        (0, {"REMOTE_ADDR": "203.0.113.9"}, "203.0.113.9"),
        # Without trusted proxies a client-written header is ignored.
        (0, {"REMOTE_ADDR": "203.0.113.9", "HTTP_X_FORWARDED_FOR": "1.2.3.4"}, "203.0.113.9"),
        # Behind one proxy: its own entry (the rightmost), not what the client wrote before it.
        (
            1,
            {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "1.2.3.4, 203.0.113.9"},
            "203.0.113.9",
        ),
        (
            2,
            {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.9, 10.0.0.1"},
            "203.0.113.9",
        ),
        (1, {"REMOTE_ADDR": "10.0.0.2"}, "10.0.0.2"),
        # One IPv6 subscriber holds a /64: every address in it counts as one.
        (0, {"REMOTE_ADDR": "2001:db8:1:2::abcd"}, "2001:db8:1:2::/64"),
        (0, {"REMOTE_ADDR": "::ffff:203.0.113.9"}, "203.0.113.9"),
        (1, {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "<script>"}, "unknown"),
        (0, {"REMOTE_ADDR": ""}, "unknown"),
    ],
)
def test_answers_are_counted_by_the_address_the_trusted_proxies_saw(
    settings, proxies, meta, counted_as
):
    settings.PORTAL_TRUSTED_PROXIES = proxies
    request = RequestFactory().post("/", **meta)

    assert client_address(request) == counted_as


@pytest.mark.parametrize(
    "url", ["localhost:6379", "http://cache:6379", "redis://:hunter2@/0", "redis://cache:6379/x"]
)
def test_malformed_cache_url_gets_one_line_naming_it(url):
    result = manage("check", DJANGO_SETTINGS_MODULE="portal.settings.dev", CACHE_URL=url)

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert lines == ["configuration error: CACHE_URL: must look like redis://host:6379/0"]
