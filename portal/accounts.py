"""Signing in: one throttle for the site and the admin, a staff-only admin, closable sign-up.

Both sign-ins (allauth's ``/accounts/login/`` and Wagtail's ``/admin/login/``) end in
``django.contrib.auth.authenticate()``, where django-axes' backend refuses a locked-out
client and its signal handler counts each failure in the database. The handler here counts
failures per (address, account) and per address, each against its own limit, so that an
attacker who hammers one account from one address locks only that address out of that
account, and one address cannot try many accounts either.
"""

from allauth.account.adapter import DefaultAccountAdapter
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.db.models import Sum
from django.shortcuts import render
from wagtail.admin.forms.auth import LoginForm

from portal.visitors import UNKNOWN_ADDRESS, client_address

# What axes counts failures by, in this order (see SignInAttemptHandler.get_failures).
ACCOUNT_AND_ADDRESS = ["ip_address", "username"]
ADDRESS = "ip_address"


def sign_in_address(request) -> str | None:
    """``AXES_CLIENT_IP_CALLABLE``: the address every limit counts by
    (``portal.visitors.client_address``), as the single IP address axes stores: an IPv6 /64 by
    its first address; None when the request names none.
    """
    address = client_address(request)
    if address == UNKNOWN_ADDRESS:
        return None
    return address.split("/", 1)[0]


def lockout_parameters(request_or_attempt, credentials=None) -> list:
    """``AXES_LOCKOUT_PARAMETERS``: per (address, account), then per address."""
    return [ACCOUNT_AND_ADDRESS, ADDRESS]


def sign_in_account_key(request, credentials: dict | None = None) -> str | None:
    """``AXES_USERNAME_CALLABLE``: one key per account, however the login was typed.

    allauth passes the login as ``username`` and ``email``, the admin form as ``username``;
    ``Anna``, ``anna`` and ``anna@example.com`` are the same account, so failures under each
    count together. A login that names no account is counted under itself, lower-cased.
    """
    login = None
    if credentials:
        login = credentials.get("username") or credentials.get("email")
    if not login and request is not None:
        data = getattr(request, "POST", None) or {}
        login = data.get("login") or data.get("username")
    if not login:
        return None
    login = str(login).replace("\x00", "").strip().lower()[:255]
    cache = getattr(request, "_sign_in_account_keys", None)
    if cache is None:
        cache = {}
        if request is not None:
            request._sign_in_account_keys = cache
    if login not in cache:
        cache[login] = _account_key(login)
    return cache[login]


def _account_key(login: str) -> str:
    from allauth.account.models import EmailAddress

    User = get_user_model()
    username = (
        User.objects.filter(username__iexact=login)
        .order_by("pk")
        .values_list("username", flat=True)
        .first()
    )
    if username is None and "@" in login:
        username = (
            EmailAddress.objects.filter(email__iexact=login)
            .order_by("-verified", "pk")
            .values_list("user__username", flat=True)
            .first()
        ) or (
            User.objects.filter(email__iexact=login)
            .order_by("pk")
            .values_list("username", flat=True)
            .first()
        )
    return (username or login).lower()


class SignInAttemptHandler(AxesDatabaseHandler):
    """axes' database handler with a limit per (address, account) and one per address."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        per_account_and_address, per_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if per_address >= settings.SIGN_IN_ADDRESS_FAILURE_LIMIT:
            # axes compares one number with one limit: an address over its own limit
            # counts as at least the account limit, for every account.
            return max(per_account_and_address, get_failure_limit(request, credentials))
        return per_account_and_address

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        """A successful sign-in forgives that account's failures from that address only.

        axes would also delete every failure of the address, which would let an attacker
        clear the count by signing in to an account of their own now and then.
        """
        account_and_address, _address = self.filter_user_attempts(request, credentials)
        count, _ = account_and_address.delete()
        return count


def locked_out_response(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: a 429 page in the visitor's language, site or admin."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else 0
    template = (
        "account/locked_out_admin.html"
        if request.path.startswith("/admin/")
        else "account/locked_out.html"
    )
    response = render(
        request,
        template,
        {"minutes": max(1, -(-seconds // 60)), "login_url": request.path},
        status=429,
    )
    if seconds:
        response["Retry-After"] = str(seconds)
    return response


class StaffLoginForm(LoginForm):
    """``WAGTAILADMIN_USER_LOGIN_FORM``: the admin signs in only who may use the admin.

    Anyone else gets the wrong-password error and no session, and the attempt counts as a
    failure for the throttle, so the admin form tells nothing the site's form does not.
    """

    def confirm_login_allowed(self, user) -> None:
        super().confirm_login_allowed(user)
        if not user.has_perm("wagtailadmin.access_admin"):
            user_login_failed.send(
                sender=__name__,
                credentials={"username": self.cleaned_data.get("username")},
                request=self.request,
            )
            raise self.get_invalid_login_error()


class PortalAccountAdapter(DefaultAccountAdapter):
    """``ACCOUNT_ADAPTER``: open sign-up can be switched off (``ACCOUNT_SIGNUP_OPEN``)."""

    def is_open_for_signup(self, request) -> bool:
        return settings.ACCOUNT_SIGNUP_OPEN
