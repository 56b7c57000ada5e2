"""The knowledge base's own errors: each is one kind of ``portal.errors.PortalError``.

They say what went wrong; the API and the site choose the answer (``portal/errors.py``).
"""

from portal.errors import Conflict, InvalidInput, NotFound, PortalError, RateLimited


class KnowledgeBaseError(PortalError):
    """Base of the knowledge base's own errors (never raised itself)."""


class LocaleNotFound(KnowledgeBaseError, NotFound):
    """No knowledge base in that language."""


class CategoryNotFound(KnowledgeBaseError, NotFound):
    """No such category."""


class ArticleNotFound(KnowledgeBaseError, NotFound):
    """No such article, or one the reader may not read."""


class FeedbackInvalid(KnowledgeBaseError, InvalidInput):
    """An answer to "was this helpful?" the portal cannot take (too long, unknown reason)."""


class FeedbackAlreadyGiven(KnowledgeBaseError, Conflict):
    """The visitor already answered for this article."""


class FeedbackRateLimited(KnowledgeBaseError, RateLimited):
    """Too many answers from this visitor or address this hour."""


class RetireInvalid(KnowledgeBaseError, InvalidInput):
    """The chosen replacement cannot stand in for the retired article."""
