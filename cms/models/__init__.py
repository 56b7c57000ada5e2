"""The knowledge base's models, one module per concern."""

from cms.models.health import ArticleDailyViews, ArticleFeedback
from cms.models.pages import (
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedLink,
    CategoryPage,
    KnowledgeBasePage,
)
from cms.models.snippets import Audience, CustomerSegment, Product
from cms.models.translation import (
    SourceChange,
    SourceSegment,
    SyncedSegment,
    TranslationStatus,
    TranslatorNotice,
)

__all__ = [
    "ArticleDailyViews",
    "ArticleFeedback",
    "ArticlePage",
    "ArticlePageTag",
    "ArticleRelatedLink",
    "Audience",
    "CategoryPage",
    "CustomerSegment",
    "KnowledgeBasePage",
    "Product",
    "SourceChange",
    "SourceSegment",
    "SyncedSegment",
    "TranslationStatus",
    "TranslatorNotice",
]
