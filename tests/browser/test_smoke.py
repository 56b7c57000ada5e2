import pytest

from demo.site import seed_demo


@pytest.fixture
def demo_site(live_server, transactional_db):
    seed_demo(knowledge_base=False)
    return live_server.url


@pytest.mark.django_db(transaction=True)
def test_chromium_opens_the_home_page(page, screenshot, demo_site):
    response = page.goto(f"{demo_site}/en/")

    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "How can we help?"
    assert screenshot("home-en").stat().st_size > 10_000


@pytest.mark.django_db(transaction=True)
def test_chromium_opens_the_admin_login_and_signs_in(page, screenshot, demo_site):
    page.goto(f"{demo_site}/admin/login/")
    assert page.locator("input[name=username]").is_visible()
    screenshot("admin-login")

    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "portal-demo")
    page.click("button[type=submit]")
    page.wait_for_url(f"{demo_site}/admin/")

    assert page.title().startswith("Dashboard")
    screenshot("admin-dashboard")


@pytest.mark.django_db(transaction=True)
def test_translator_finds_the_changed_string_in_the_report(page, screenshot, demo_site):
    from tests.factories import new_category, publish_article, publish_first_paragraph, translate

    category = new_category("Browser category")
    article = publish_article(
        title="Browser article",
        category=category,
        body=[("paragraph", "<p>Timers stop at midnight.</p>")],
    )
    translate(article, "sv", {"Timers stop at midnight.": "Timers stannar vid midnatt."})
    publish_first_paragraph(article, "Timers stop at midnight in your time zone.")

    page.goto(f"{demo_site}/admin/login/")
    page.fill("input[name=username]", "translator-sv")
    page.fill("input[name=password]", "portal-demo")
    page.click("button[type=submit]")
    page.wait_for_url(f"{demo_site}/admin/")
    assert page.get_by_text("Translations to update").is_visible()
    screenshot("translator-dashboard")

    page.goto(f"{demo_site}/admin/reports/translations/?state=outdated")
    screenshot("translation-report")
    page.click("text=Browser article")

    changed = page.locator("tr.translation-string").first
    assert changed.locator(".translation-string__before").inner_text() == "Timers stop at midnight."
    assert (
        changed.locator(".translation-string__after").inner_text()
        == "Timers stop at midnight in your time zone."
    )
    assert changed.locator("ins").inner_text().strip() == "in your time zone"
    assert changed.locator("del").count() == 0
    screenshot("translation-drill-down")
