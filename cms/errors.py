"""The knowledge base's own errors."""


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
