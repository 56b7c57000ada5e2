"""Signing up: a new account reads customer-only articles once its address is verified."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from cms.models import ArticlePage
from tests.factories import publish_article

NEW_PASSWORD = "a-long-new-customer-passphrase"


def sign_up(client, username: str = "carla", email: str = "carla@example.com"):
    return client.post(
        "/accounts/signup/",
        {
            "email": email,
            "username": username,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )


def sign_in(client, login: str = "carla"):
    return client.post("/accounts/login/", {"login": login, "password": NEW_PASSWORD})


def verification_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.django_db
def test_a_new_customer_reads_signed_in_articles_only_after_verifying_their_address(client):
    article = publish_article(title="Exporting invoices", access=ArticlePage.Access.AUTHENTICATED)
    url = article.get_url()

    signed_up = sign_up(client)
    after_sign_up = client.get(url)
    signed_in_unverified = sign_in(client)
    after_unverified_sign_in = client.get(url)

    assert signed_up.status_code == 302
    assert get_user_model().objects.filter(username="carla").exists()
    assert after_sign_up.status_code == 404
    assert "_auth_user_id" not in client.session
    assert signed_in_unverified.status_code == 302
    assert after_unverified_sign_in.status_code == 404

    link = verification_link(mail.outbox[-1])
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302
    assert sign_in(client).status_code == 302

    response = client.get(url)

    assert response.status_code == 200
    assert "Exporting invoices" in response.content.decode()


@pytest.mark.django_db
def test_with_sign_up_switched_off_the_sign_up_form_creates_no_account(client, settings):
    settings.ACCOUNT_SIGNUP_OPEN = False

    page = client.get("/accounts/signup/")
    response = sign_up(client)

    assert page.status_code == 200
    assert "form" not in page.context or page.context.get("form") is None
    assert response.status_code == 200
    assert not get_user_model().objects.filter(username="carla").exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_demo_customers_sign_in_on_the_site(client):
    response = client.post("/accounts/login/", {"login": "anna", "password": "portal-demo"})

    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_an_invited_customer_sets_a_password_and_signs_in_with_sign_up_closed(client, settings):
    settings.ACCOUNT_SIGNUP_OPEN = False
    get_user_model().objects.create_user(username="dora", email="dora@example.com")

    client.post("/accounts/password/reset/", {"email": "dora@example.com"})
    reset_link = re.search(
        r"https?://[^/\s]+(/accounts/password/reset/key/[^\s]+/)", mail.outbox[-1].body
    ).group(1)
    set_password_url = client.get(reset_link)["Location"]
    client.post(set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    first_sign_in = sign_in(client, "dora")
    assert "_auth_user_id" not in client.session
    verify = verification_link(mail.outbox[-1])
    client.post(verify)

    response = sign_in(client, "dora")

    assert first_sign_in.status_code == 302
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_seeding_the_demo_again_leaves_each_demo_user_one_verified_address():
    from allauth.account.models import EmailAddress

    from demo.site import seed_demo

    EmailAddress.objects.filter(email="anna@example.com").update(verified=False)

    seed_demo(knowledge_base=False)

    addresses = EmailAddress.objects.filter(user__username__in=["anna", "ben", "editor"])
    assert sorted(addresses.values_list("email", "verified", "primary")) == [
        ("anna@example.com", True, True),
        ("ben@example.com", True, True),
        ("editor@example.com", True, True),
    ]
