import pytest

from demo import loader

HEADLINES = loader.home()["headline"]


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["en", "sv", "nb", "hr", "zh-hans"])
def test_home_page_renders_in_every_locale_with_its_lang(client, language_code):
    response = client.get(f"/{language_code}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language_code}">' in html
    assert HEADLINES[language_code] in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sv-SE,sv;q=0.9,en;q=0.5", "/sv/"),
        ("nb-NO,nb;q=0.9", "/nb/"),
        ("no", "/nb/"),
        ("hr", "/hr/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_language_switcher_links_every_translation(client):
    html = client.get("/en/").content.decode()

    for code in ("sv", "nb", "hr", "zh-hans"):
        assert f'hreflang="{code}"' in html
