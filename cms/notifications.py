"""Telling translators, in one batch, which pages they translate have changed."""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.models import SourceChange, TranslatorNotice


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

    messages = [
        (
            f"{sum(len(affected) for _, affected in batches)} pages changed that you translate",
            render_to_string(
                "cms/email/translators_notice.txt",
                {"user": user, "batches": batches, "base_url": settings.WAGTAILADMIN_BASE_URL},
            ),
            settings.DEFAULT_FROM_EMAIL,
            [user.email],
        )
        for user, batches in per_user.items()
    ]
    SourceChange.objects.filter(pk__in=[c.pk for c in changes]).update(notified_at=timezone.now())
    transaction.on_commit(lambda: send_mass_mail(messages, fail_silently=False))
    return len(messages)


@transaction.atomic
def translator_notice_dismiss(*, notice_id: int, user) -> None:
    TranslatorNotice.objects.filter(pk=notice_id, recipient=user).update(read_at=timezone.now())
