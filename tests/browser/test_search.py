import pytest

from search.models import SearchClick
from tests.browser.test_smoke import demo_site  # noqa: F401  (fixture)
from tests.factories import new_category, publish_article


@pytest.mark.django_db(transaction=True)
def test_visitor_searches_from_the_header_and_opens_a_result(page, screenshot, demo_site, settings):  # noqa: F811
    settings.ELASTICSEARCH_URL = ""  # this test's pages live only in its own database
    category = new_category("Airships")
    publish_article(title="Moor a zeppelin for the night", category=category)
    publish_article(title="Zeppelin hangar checklist", category=category)

    page.goto(f"{demo_site}/en/")
    page.fill("#site-search-q", "zeppelin")
    page.wait_for_function(
        "document.querySelectorAll('#site-search-suggestions option').length >= 2"
    )
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/en/search/?q=zeppelin")

    results = page.locator(".result h2 a")
    assert results.count() == 2
    assert page.locator(".result__snippet mark").first.inner_text().lower() == "zeppelin"
    assert page.locator(".search-facets").inner_text().count("Airships") == 1
    screenshot("search-results-en")

    title = results.first.inner_text()
    assert "token=" in results.first.get_attribute("href")
    results.first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert SearchClick.objects.get().position == 1
    cookies = {cookie["name"] for cookie in page.context.cookies()}
    assert settings.SESSION_COOKIE_NAME not in cookies  # searching started no session
