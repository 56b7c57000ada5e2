"""Granting badges: after the events their rules depend on, and in a full backfill.

Both run the same counts (``rules.RULES``), so a backfill after any sequence of events and
reversals gives exactly the awards the events gave. An award the rule no longer supports
(its votes taken back, its answer hidden) is withdrawn; a backfill tells nobody of what it
grants, an event tells the member on the site.
"""

from collections import defaultdict

from django.db import transaction
from django.db.models import Max
from wagtail.models import Locale

from community.badges.rules import RULES
from community.models import Badge, BadgeAward, Notification
from community.notifications.unread import unread_forget


def definitions(event: str | None = None) -> list[Badge]:
    """The enabled badges of the default language whose rules ``event`` can change."""
    badges = Badge.objects.filter(enabled=True, locale=Locale.get_default())
    return [
        b for b in badges if b.rule in RULES and (event is None or event in RULES[b.rule].events)
    ]


def _held(badge: Badge, user_ids) -> dict[int, int]:
    awards = BadgeAward.objects.filter(badge=badge)
    if user_ids is not None:
        awards = awards.filter(user__in=user_ids)
    return dict(awards.values("user").annotate(n=Max("number")).values_list("user", "n"))


@transaction.atomic
def badge_sync(badge: Badge, user_ids=None, *, backfill: bool = False) -> tuple[int, int]:
    """Make ``badge``'s awards of ``user_ids`` (None: everyone) match its rule; returns
    (granted, withdrawn)."""
    times = RULES[badge.rule].count(user_ids, badge.threshold)
    held = _held(badge, user_ids)
    grant, withdraw = [], defaultdict(int)
    for user in set(times) | set(held):
        want = times.get(user, 0) if badge.repeatable else min(1, times.get(user, 0))
        have = held.get(user, 0)
        grant += [
            BadgeAward(badge=badge, user_id=user, number=n, backfilled=backfill)
            for n in range(have + 1, want + 1)
        ]
        if have > want:
            withdraw[user] = want
    for user, keep in withdraw.items():
        BadgeAward.objects.filter(badge=badge, user_id=user, number__gt=keep).delete()
    unread_forget(withdraw)  # their notifications of a withdrawn badge go with it
    if backfill:
        granted = len(BadgeAward.objects.bulk_create(grant, ignore_conflicts=True))
    else:
        granted = sum(_grant_and_tell(award) for award in grant)
    return granted, sum(held[user] - keep for user, keep in withdraw.items())


def _grant_and_tell(award: BadgeAward) -> bool:
    award, created = BadgeAward.objects.get_or_create(
        badge=award.badge, user_id=award.user_id, number=award.number
    )
    if created:
        Notification.objects.get_or_create(
            key=f"badge:{award.pk}:{award.user_id}",
            defaults={"user_id": award.user_id, "kind": Notification.Kind.BADGE, "award": award},
        )
        unread_forget([award.user_id])
    return created


def badges_on_event(event: str, users) -> None:
    """Re-run the rules ``event`` can change, for the members it concerns."""
    user_ids = {getattr(user, "pk", user) for user in users if user is not None}
    if not user_ids:
        return
    for badge in definitions(event):
        badge_sync(badge, user_ids)


def badges_backfill(progress=lambda badge: None) -> dict[str, tuple[int, int]]:
    """Every badge for every member, telling nobody; twice in a row changes nothing."""
    results = {}
    for badge in definitions():
        results[badge.slug] = badge_sync(badge, backfill=True)
        progress(badge)
    return results
