"""Telling translators, in one batch, which pages they translate have changed."""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from cms.models import SourceChange, TranslationStatus, TranslatorNotice
from cms.translation import log_actions


def translators_of(locale: Locale):
    """Users holding page permissions in ``locale`` (its translators), excluding superusers."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            is_superuser=False,
            groups__page_permissions__page__locale=locale,
        )
        .exclude(email="")
        .distinct()
    )


@transaction.atomic
def translators_notify() -> int:
    """Send every pending source change to the translators of the locales it affects.

    One email per translator lists all their changes; each change also becomes an in-admin
    notice. Returns the number of emails sent.
    """
    # A change younger than the delay may still be marked minor or urgent: its own task,
    # queued that much later, sends it.
    settled = timezone.now() - timedelta(seconds=settings.TRANSLATOR_NOTIFY_DELAY_SECONDS)
    changes = list(
        SourceChange.objects.select_for_update()
        .filter(notified_at__isnull=True, page__isnull=False, published_at__lte=settled)
        .select_related("page")
    )
    if not changes:
        return 0
    translated_in = defaultdict(set)
    for locale_id, key in Page.objects.filter(
        translation_key__in={change.translation_key for change in changes}
    ).values_list("locale_id", "translation_key"):
        translated_in[key].add(locale_id)

    per_user = defaultdict(list)
    notices = []
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk):
        affected = [c for c in changes if locale.pk in translated_in[c.translation_key]]
        if not affected:
            continue
        for user in translators_of(locale):
            per_user[user].append((locale, affected))
            notices += [TranslatorNotice(recipient=user, locale=locale, change=c) for c in affected]
    TranslatorNotice.objects.bulk_create(notices, ignore_conflicts=True)

    drill_downs = {
        (page_id, locale_id): pk
        for pk, page_id, locale_id in TranslationStatus.objects.filter(
            source_page_id__in={c.page_id for c in changes}
        ).values_list("pk", "source_page_id", "locale_id")
    }
    preferred = dict(
        UserProfile.objects.filter(user__in=list(per_user))
        .exclude(preferred_language="")
        .values_list("user_id", "preferred_language")
    )
    messages = [
        _translators_email(
            user=user,
            batches=batches,
            language=preferred.get(user.pk) or batches[0][0].language_code,
            drill_downs=drill_downs,
        )
        for user, batches in per_user.items()
    ]
    SourceChange.objects.filter(pk__in=[c.pk for c in changes]).update(notified_at=timezone.now())
    transaction.on_commit(lambda: get_connection(fail_silently=False).send_messages(messages))
    return len(messages)


def _translators_email(*, user, batches, language: str, drill_downs: dict) -> EmailMessage:
    """One translator's batch, written in ``language``: their admin language, else the
    language they translate into."""
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    report = reverse("translation_report")
    with translation.override(language):
        pages = sum(len(affected) for _, affected in batches)
        lines = [
            (
                locale,
                [
                    {
                        "change": change,
                        "url": _drill_down_url(base_url, drill_downs, change, locale) or "",
                    }
                    for change in affected
                ],
            )
            for locale, affected in batches
        ]
        subject = ngettext(
            "%(site_name)s: %(count)s page you translate changed",
            "%(site_name)s: %(count)s pages you translate changed",
            pages,
        ) % {"site_name": settings.WAGTAIL_SITE_NAME, "count": pages}
        body = render_to_string(
            "cms/email/translators_notice.txt",
            {
                "user": user,
                "batches": lines,
                "report_url": f"{base_url}{report}",
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        active = translation.get_language()
    return EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
        headers={"Content-Language": active},
    )


def _drill_down_url(base_url: str, drill_downs: dict, change, locale) -> str | None:
    status_id = drill_downs.get((change.page_id, locale.pk))
    if status_id is None:
        return None
    return base_url + reverse("translation_detail", args=[status_id])


@transaction.atomic
def translator_notice_dismiss(*, notice_id: int, user) -> None:
    """Dismiss one of the user's own unread notices (another's, or a read one, is left
    alone); the dismissal shows in the site history."""
    notice = (
        TranslatorNotice.objects.select_for_update(of=("self",))
        .filter(pk=notice_id, recipient=user, read_at__isnull=True)
        .select_related("change__page", "locale")
        .first()
    )
    if notice is None:
        return
    notice.read_at = timezone.now()
    notice.save(update_fields=["read_at"])
    page = notice.change.page
    log(
        instance=notice,
        action=log_actions.NOTICE_DISMISS,
        user=user,
        data={
            "page": page.title if page is not None else "",
            "locale": notice.locale.language_code,
        },
    )
