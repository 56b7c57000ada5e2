"""State changes of content health: readers' feedback, view counts, retiring articles."""

from django.conf import settings
from django.db import IntegrityError, connections, router, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log

from cms.errors import FeedbackAlreadyGiven, FeedbackInvalid, FeedbackRateLimited, RetireInvalid
from cms.health import log_actions
from cms.models import ArticleDailyViews, ArticleFeedback, ArticlePage
from portal.rate_limits import counted_over
from search.services import index_change_record

HOUR_SECONDS = 3600


def visitor_fingerprint(*, visitor_id: str, article: ArticlePage) -> str:
    """A hash that recognises a repeat answer without storing who answered.

    Keyed with the secret key through Django's HMAC, with a salt per article, so a visitor's
    hashes for two articles cannot be linked.
    """
    salt = f"cms.ArticleFeedback.visitor:{article.translation_key}"
    return salted_hmac(salt, visitor_id, algorithm="sha256").hexdigest()


def address_fingerprint(*, address: str, article: ArticlePage) -> str:
    """A hash that recognises answers from one address to one article, never the address."""
    salt = f"cms.ArticleFeedback.address_hash:{article.translation_key}"
    return salted_hmac(salt, address, algorithm="sha256").hexdigest()


def _feedback_rate_limited(*, visitor_id: str, address: str) -> bool:
    # A visitor over their own limit spends nothing of their address's: one noisy browser
    # does not lock out everyone behind the same address.
    if counted_over(
        group="feedback-visitor",
        value=visitor_id,
        limit=settings.FEEDBACK_PER_VISITOR_PER_HOUR,
        seconds=HOUR_SECONDS,
    ):
        return True
    return counted_over(
        group="feedback-address",
        value=address,
        limit=settings.FEEDBACK_PER_ADDRESS_PER_HOUR,
        seconds=HOUR_SECONDS,
    )


def feedback_submit(
    *,
    article: ArticlePage,
    visitor_id: str,
    address: str,
    helpful: bool,
    reason: str = "",
    comment: str = "",
) -> ArticleFeedback:
    """Record a visitor's answer; one per visitor per article, limited per hour.

    ``address`` is the client's (``portal.visitors.client_address``): answers are limited per
    visitor and per address, and the address is kept only as a hash for this article.
    """
    comment = comment.strip()
    if len(comment) > ArticleFeedback.COMMENT_MAX_LENGTH:
        limit = ArticleFeedback.COMMENT_MAX_LENGTH
        raise FeedbackInvalid(
            _("Comment is too long."),
            ngettext("Use at most %(limit)d character.", "Use at most %(limit)d characters.", limit)
            % {"limit": limit},
        )
    if reason and reason not in ArticleFeedback.Reason.values:
        raise FeedbackInvalid(
            _("Unknown reason."),
            # Translators: %(reasons)s lists the API's reason codes, e.g. "outdated, unclear".
            _("Choose one of %(reasons)s.") % {"reasons": ", ".join(ArticleFeedback.Reason.values)},
        )
    if helpful and reason:
        raise FeedbackInvalid(_("A reason is only asked for when the article did not help."))

    if _feedback_rate_limited(visitor_id=visitor_id, address=address):
        raise FeedbackRateLimited(_("Too many answers."), _("Please try again in an hour."))

    try:
        with transaction.atomic():
            feedback = ArticleFeedback.objects.create(
                translation_key=article.translation_key,
                page=article,
                helpful=helpful,
                reason=reason,
                comment=comment,
                visitor=visitor_fingerprint(visitor_id=visitor_id, article=article),
                address_hash=address_fingerprint(address=address, article=article),
            )
            # Search ranks an article by its helpfulness.
            index_change_record("article", [article.translation_key])
    except IntegrityError:
        raise FeedbackAlreadyGiven(_("You already answered for this article.")) from None
    return feedback


def article_view_record(*, translation_key) -> None:
    """Count one view of an article family today (no visitor data kept).

    One statement, committed at once outside a transaction (an upsert: the day's row is
    created or incremented in the database, atomically against every other process). The
    view is stored before the page is answered, so a web process that is killed loses none.
    PostgreSQL and SQLite (3.24+) share the statement.
    """
    meta = ArticleDailyViews._meta
    key_field, day_field, views_field = (
        meta.get_field(name) for name in ("translation_key", "day", "views")
    )
    connection = connections[router.db_for_write(ArticleDailyViews)]
    quote = connection.ops.quote_name
    table, key, day, views = (
        quote(name)
        for name in (meta.db_table, key_field.column, day_field.column, views_field.column)
    )
    params = [
        key_field.get_db_prep_value(translation_key, connection),
        day_field.get_db_prep_value(timezone.now().date(), connection),
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key}, {day}, {views}) VALUES (%s, %s, 1) "
            f"ON CONFLICT ({key}, {day}) DO UPDATE SET {views} = {table}.{views} + 1",
            params,
        )


@transaction.atomic
def article_retire(*, article: ArticlePage, replacement: ArticlePage | None, acting_user) -> None:
    """Unpublish an article; its old address redirects to the replacement when given."""
    if replacement is not None and (
        replacement.pk == article.pk
        or not replacement.live
        or replacement.locale_id != article.locale_id
    ):
        raise RetireInvalid(
            _("As the replacement, choose another live article in the same language.")
        )
    if replacement is not None:
        Redirect.add_redirect(
            old_path=Redirect.normalise_path(article.url),
            redirect_to=replacement,
            is_permanent=True,
        )
    article.unpublish(user=acting_user)
    log(
        instance=article,
        action=log_actions.ARTICLE_RETIRE,
        user=acting_user,
        data={
            "replacement": None
            if replacement is None
            else {"id": replacement.pk, "title": replacement.get_admin_display_title()}
        },
    )
