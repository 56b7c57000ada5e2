import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page

from tests.utils import demo_user, home_in, sign_in_to_admin


@pytest.mark.django_db
def test_editor_signs_in_to_the_admin(client):
    response = sign_in_to_admin(client, "editor")

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_customer_cannot_enter_the_admin(client):
    sign_in_to_admin(client, "anna")

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_translator_edits_their_own_locale(client):
    swedish_home = home_in("sv")
    client.force_login(demo_user("translator-sv"))

    response = client.get(f"/admin/pages/{swedish_home.pk}/edit/")

    assert response.status_code == 200


@pytest.mark.django_db
def test_translator_cannot_edit_another_locales_page(client):
    norwegian_home = home_in("nb")
    title_before = norwegian_home.title
    client.force_login(demo_user("translator-sv"))

    get_response = client.get(f"/admin/pages/{norwegian_home.pk}/edit/")
    post_response = client.post(
        f"/admin/pages/{norwegian_home.pk}/edit/",
        {"title": "Overwritten by Swedish translator", "slug": norwegian_home.slug},
    )

    assert get_response.status_code in (302, 403)
    assert post_response.status_code in (302, 403)
    if post_response.status_code == 302:
        assert f"/admin/pages/{norwegian_home.pk}/edit/" not in post_response["Location"]
    norwegian_home.refresh_from_db()
    assert norwegian_home.title == title_before
    assert not Page.objects.filter(title="Overwritten by Swedish translator").exists()


@pytest.mark.django_db
def test_seed_demo_is_idempotent():
    counts_before = (Page.objects.count(), Group.objects.count(), demo_user("admin").pk)

    call_command("seed_demo", allow_production=True, verbosity=0)

    assert (Page.objects.count(), Group.objects.count(), demo_user("admin").pk) == counts_before


@pytest.mark.django_db
def test_every_role_has_a_demo_user_in_its_group():
    assert demo_user("admin").is_superuser
    assert demo_user("editor").groups.filter(name="Editors").exists()
    assert demo_user("agent").groups.filter(name="Support agents").exists()
    assert demo_user("moderator").groups.filter(name="Moderators").exists()
    for code in ("sv", "nb", "hr", "zh-hans"):
        assert demo_user(f"translator-{code}").groups.filter(name=f"Translators: {code}").exists()
    assert not demo_user("anna").groups.exists()


@pytest.mark.django_db
def test_product_snippet_is_translated_with_wagtail_localize():
    from wagtail.models import Locale

    from cms.models import Product
    from cms.translation.translate import snippet_translate

    product = Product.objects.get(slug="mobile", locale__language_code="en")

    swedish = snippet_translate(
        source=product,
        locale=Locale.objects.get(language_code="sv"),
        strings={"Mobile apps": "Mobilappar"},
    )

    assert swedish.name == "Mobilappar"
    assert swedish.translation_key == product.translation_key
    assert swedish.slug == "mobile"


@pytest.mark.django_db
def test_a_translator_can_translate_every_page_type():
    from wagtail.models import Locale, get_page_models

    from cms.translation.translate import page_translate

    swedish = Locale.objects.get(language_code="sv")
    expected, translated = {}, {}
    for model in get_page_models():
        if model is Page:
            continue
        source = model.objects.filter(locale=Locale.get_default()).first()
        assert source is not None, f"the demo has no {model.__name__} to translate"
        target = page_translate(
            source_page=source, locale=swedish, strings={source.title: f"Svensk {model.__name__}"}
        )
        expected[model] = (model, f"Svensk {model.__name__}", source.translation_key)
        translated[model] = (type(target), target.title, target.translation_key)

    assert len(expected) >= 4  # home, knowledge base, category, article
    assert translated == expected
