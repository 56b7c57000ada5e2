"""One sign-in throttle for the site (/accounts/login/) and the admin (/admin/login/).

An attacker's address is locked out of an account after a few wrong passwords, and out of
every account after more; the owner signing in from their own address is not.
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.test import Client

from demo.site import DEMO_PASSWORD

ATTACKER = "203.0.113.9"
OWNER = "198.51.100.7"
WRONG = "not-the-password"


def admin_sign_in(client, login: str, password: str, address: str = ATTACKER):
    return client.post(
        "/admin/login/", {"username": login, "password": password}, REMOTE_ADDR=address
    )


def site_sign_in(client, login: str, password: str, address: str = ATTACKER):
    return client.post(
        "/accounts/login/", {"login": login, "password": password}, REMOTE_ADDR=address
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(sign_in, login: str, times: int, address: str = ATTACKER) -> None:
    for _ in range(times):
        response = sign_in(Client(), login, WRONG, address)
        assert response.status_code in (200, 429)


@pytest.mark.django_db
def test_wrong_passwords_lock_the_admin_sign_in_even_for_the_right_password(client):
    fail(admin_sign_in, "editor", settings.SIGN_IN_FAILURE_LIMIT)

    response = admin_sign_in(client, "editor", DEMO_PASSWORD)

    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()
    assert int(response["Retry-After"]) == settings.SIGN_IN_LOCKOUT_MINUTES * 60
    assert not signed_in(client)


@pytest.mark.django_db
def test_wrong_passwords_lock_the_site_sign_in_even_for_the_right_password(client):
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT)

    response = site_sign_in(client, "anna", DEMO_PASSWORD)

    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()
    assert not signed_in(client)


@pytest.mark.django_db
def test_the_last_allowed_wrong_password_still_gets_the_wrong_password_message(client):
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT - 2)

    response = site_sign_in(client, "anna", WRONG)

    assert response.status_code == 200
    assert site_sign_in(Client(), "anna", DEMO_PASSWORD).status_code == 302


@pytest.mark.django_db
def test_failures_under_every_spelling_of_a_login_count_for_the_same_account(client):
    for login in ["Anna", "anna@example.com", "ANNA@EXAMPLE.COM", "anna ", "anna"]:
        site_sign_in(Client(), login, WRONG)

    response = admin_sign_in(client, "anna", DEMO_PASSWORD)

    assert response.status_code == 429


@pytest.mark.django_db
def test_failures_on_the_site_count_for_the_admin_sign_in(client):
    fail(site_sign_in, "editor@example.com", settings.SIGN_IN_FAILURE_LIMIT)

    response = admin_sign_in(client, "editor", DEMO_PASSWORD)

    assert response.status_code == 429
    assert not signed_in(client)


@pytest.mark.django_db
def test_failures_on_the_admin_count_for_the_site_sign_in(client):
    fail(admin_sign_in, "editor", settings.SIGN_IN_FAILURE_LIMIT)

    response = site_sign_in(client, "editor", DEMO_PASSWORD)

    assert response.status_code == 429
    assert not signed_in(client)


@pytest.mark.django_db
def test_an_attacker_cannot_lock_the_owner_out_from_the_owners_address(client):
    fail(admin_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT * 2)
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT)

    response = site_sign_in(client, "anna", DEMO_PASSWORD, address=OWNER)

    assert response.status_code == 302
    assert signed_in(client)


@pytest.mark.django_db
def test_the_lock_ends_after_the_cool_off(client):
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT)
    cool_off = timedelta(minutes=settings.SIGN_IN_LOCKOUT_MINUTES)
    attempt_times = list(AccessAttempt.objects.values_list("pk", "attempt_time"))
    for pk, attempt_time in attempt_times:
        AccessAttempt.objects.filter(pk=pk).update(attempt_time=attempt_time - cool_off * 0.9)
    assert site_sign_in(Client(), "anna", DEMO_PASSWORD).status_code == 429
    # That refused attempt did not count: the lock ends a cool-off after the last failure.
    for pk, attempt_time in AccessAttempt.objects.values_list("pk", "attempt_time"):
        AccessAttempt.objects.filter(pk=pk).update(attempt_time=attempt_time - cool_off * 0.2)

    response = site_sign_in(client, "anna", DEMO_PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


@pytest.mark.django_db
def test_one_address_trying_many_accounts_is_locked_out_of_every_account(client):
    per_account = settings.SIGN_IN_FAILURE_LIMIT - 1
    accounts = -(-settings.SIGN_IN_ADDRESS_FAILURE_LIMIT // per_account)
    for number in range(accounts):
        fail(admin_sign_in, f"someone-{number}@example.com", per_account)

    site_response = site_sign_in(client, "ben", DEMO_PASSWORD)
    admin_response = admin_sign_in(Client(), "editor", DEMO_PASSWORD)
    elsewhere = site_sign_in(Client(), "ben", DEMO_PASSWORD, address=OWNER)

    assert site_response.status_code == 429
    assert admin_response.status_code == 429
    assert not signed_in(client)
    assert elsewhere.status_code == 302


@pytest.mark.django_db
def test_colleagues_typos_behind_one_address_lock_no_other_account_out(client):
    for login in ("anna", "ben", "agent"):
        fail(site_sign_in, login, settings.SIGN_IN_FAILURE_LIMIT - 1)

    response = site_sign_in(client, "moderator", DEMO_PASSWORD)

    assert response.status_code == 302


@pytest.mark.django_db
def test_signing_in_to_another_account_does_not_forgive_the_failures_of_the_first(client):
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT - 1)
    assert site_sign_in(Client(), "ben", DEMO_PASSWORD).status_code == 302
    fail(site_sign_in, "anna", 1)

    response = site_sign_in(client, "anna", DEMO_PASSWORD)

    assert response.status_code == 429


@pytest.mark.django_db
def test_signing_in_forgives_the_owners_own_typos(client):
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT - 1, address=OWNER)
    assert site_sign_in(Client(), "anna", DEMO_PASSWORD, address=OWNER).status_code == 302
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT - 1, address=OWNER)

    response = site_sign_in(client, "anna", DEMO_PASSWORD, address=OWNER)

    assert response.status_code == 302


@pytest.mark.django_db
def test_a_customer_cannot_sign_in_to_the_admin_and_sees_the_wrong_password_message(client):
    wrong_password = admin_sign_in(Client(), "ben", WRONG)

    response = admin_sign_in(client, "anna", DEMO_PASSWORD)

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == (
        wrong_password.context["form"].non_field_errors()
    )
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_a_customers_right_password_on_the_admin_counts_as_a_failure(client):
    for _ in range(settings.SIGN_IN_FAILURE_LIMIT):
        admin_sign_in(Client(), "anna", DEMO_PASSWORD)

    response = site_sign_in(client, "anna", DEMO_PASSWORD)

    assert response.status_code == 429


@pytest.mark.django_db
@pytest.mark.parametrize(
    "username", ["admin", "editor", "agent", "moderator", "translator-sv", "translator-zh-hans"]
)
def test_staff_sign_in_to_the_admin(client, username):
    response = admin_sign_in(client, username, DEMO_PASSWORD, address=OWNER)

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_the_lockout_page_speaks_the_visitors_language(client):
    fail(site_sign_in, "anna", settings.SIGN_IN_FAILURE_LIMIT)

    response = client.post(
        "/accounts/login/",
        {"login": "anna", "password": DEMO_PASSWORD},
        REMOTE_ADDR=ATTACKER,
        HTTP_ACCEPT_LANGUAGE="sv",
    )

    assert response.status_code == 429
    assert '<html lang="sv">' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("login", ["anna\x00", "a" * 5000, "", "%s' OR 1=1 --", "ånna@例え.jp"])
def test_hostile_logins_get_an_answer_not_an_error(client, login):
    site = site_sign_in(client, login, WRONG)
    admin = admin_sign_in(client, login, WRONG)

    assert site.status_code in (200, 429)
    assert admin.status_code in (200, 429)


@pytest.mark.django_db
def test_retries_while_locked_out_neither_extend_the_lock_nor_lock_out_colleagues(client):
    fail(site_sign_in, "agent", settings.SIGN_IN_FAILURE_LIMIT)
    failures = AccessAttempt.objects.aggregate(n=Sum("failures_since_start"))["n"]

    for _ in range(settings.SIGN_IN_ADDRESS_FAILURE_LIMIT):
        assert site_sign_in(Client(), "agent", DEMO_PASSWORD).status_code == 429

    assert AccessAttempt.objects.aggregate(n=Sum("failures_since_start"))["n"] == failures
    assert admin_sign_in(client, "editor", DEMO_PASSWORD).status_code == 302
