"""State changes of the knowledge base: feedback, view counts, retiring articles."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from cms.models import ArticleDailyViews, ArticleFeedback, ArticlePage


class KnowledgeBaseError(Exception):
    """Base of the knowledge base's own errors; the API maps each to a 4xx."""

    status = 400

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail


class FeedbackInvalid(KnowledgeBaseError):
    status = 422


class FeedbackAlreadyGiven(KnowledgeBaseError):
    status = 409


class FeedbackRateLimited(KnowledgeBaseError):
    status = 429


class RetireInvalid(KnowledgeBaseError):
    status = 422


FEEDBACK_PER_HOUR = 30


def visitor_fingerprint(*, visitor_id: str, article: ArticlePage) -> str:
    """A hash that recognises a repeat answer without storing who answered."""
    material = f"{settings.SECRET_KEY}:{article.translation_key}:{visitor_id}"
    return hashlib.sha256(material.encode()).hexdigest()


def feedback_submit(
    *, article: ArticlePage, visitor_id: str, helpful: bool, reason: str = "", comment: str = ""
) -> ArticleFeedback:
    """Record a visitor's answer; one per visitor per article, limited per hour."""
    comment = comment.strip()
    if len(comment) > ArticleFeedback.COMMENT_MAX_LENGTH:
        raise FeedbackInvalid(
            "Comment is too long.",
            f"Use at most {ArticleFeedback.COMMENT_MAX_LENGTH} characters.",
        )
    if reason and reason not in ArticleFeedback.Reason.values:
        raise FeedbackInvalid("Unknown reason.", f"Choose one of {ArticleFeedback.Reason.values}.")
    if helpful and reason:
        raise FeedbackInvalid("A reason is only asked for when the article did not help.")

    rate_key = "feedback-rate:" + hashlib.sha256(visitor_id.encode()).hexdigest()
    cache.add(rate_key, 0, timeout=3600)
    try:
        answers_this_hour = cache.incr(rate_key)
    except ValueError:  # the counter expired between add() and incr()
        cache.set(rate_key, answers_this_hour := 1, timeout=3600)
    if answers_this_hour > FEEDBACK_PER_HOUR:
        raise FeedbackRateLimited("Too many answers.", "Please try again in an hour.")

    try:
        with transaction.atomic():
            return ArticleFeedback.objects.create(
                translation_key=article.translation_key,
                page=article,
                helpful=helpful,
                reason=reason,
                comment=comment,
                visitor=visitor_fingerprint(visitor_id=visitor_id, article=article),
            )
    except IntegrityError:
        raise FeedbackAlreadyGiven("You already answered for this article.") from None


def article_view_record(*, article: ArticlePage) -> None:
    """Count one view of the article today (no visitor data kept)."""
    today = timezone.now().date()
    updated = ArticleDailyViews.objects.filter(
        translation_key=article.translation_key, day=today
    ).update(views=F("views") + 1)
    if not updated:
        try:
            with transaction.atomic():
                ArticleDailyViews.objects.create(
                    translation_key=article.translation_key, day=today, views=1
                )
        except IntegrityError:
            ArticleDailyViews.objects.filter(
                translation_key=article.translation_key, day=today
            ).update(views=F("views") + 1)


@transaction.atomic
def article_retire(*, article: ArticlePage, replacement: ArticlePage | None, acting_user) -> None:
    """Unpublish an article; its old address redirects to the replacement when given."""
    if replacement is not None and (
        replacement.pk == article.pk
        or not replacement.live
        or replacement.locale_id != article.locale_id
    ):
        raise RetireInvalid("Choose a live article in the same language as the replacement.")
    if replacement is not None:
        Redirect.add_redirect(
            old_path=Redirect.normalise_path(article.url),
            redirect_to=replacement,
            is_permanent=True,
        )
    article.unpublish(user=acting_user)
