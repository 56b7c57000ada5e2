from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page

from demo.site import DEMO_PASSWORD


def demo_user(username: str):
    return get_user_model().objects.get(username=username)


def home_in(language_code: str) -> Page:
    return Page.objects.get(
        depth=2, locale=Locale.objects.get(language_code=language_code)
    ).specific


def sign_in_to_admin(client, username: str):
    """Sign in through the Wagtail admin login form, as a person would."""
    return client.post(
        "/admin/login/", {"username": username, "password": DEMO_PASSWORD}, follow=False
    )
