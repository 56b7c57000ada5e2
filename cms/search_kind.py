"""Articles as search documents: one per live translation, readable by the family's audience."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import pgettext_lazy
from wagtail.contrib.search_promotions.models import Query
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from cms.models import ArticleFeedback, ArticlePage, CategoryPage, CustomerSegment
from search.documents import SearchDocument, SearchKind, register, register_principals
from search.languages import codes
from search.services import index_change_record

MIN_ANSWERS_FOR_BOOST = 5
PROMOTED_QUERIES_KEY = "search:promoted-queries"


def principals_of(source: ArticlePage) -> tuple[str, ...]:
    """Who may find a family, decided by its source article (as on the site)."""
    if source.access == ArticlePage.Access.PUBLIC:
        return ("public",)
    if source.access == ArticlePage.Access.AUTHENTICATED:
        return ("authenticated", "staff")
    # segments.all(): the prefetched rows, not one query per family.
    return (*(f"segment:{segment.pk}" for segment in source.segments.all()), "staff")


def helpfulness_boost(yes: int, total: int) -> float:
    """0.75 for articles nobody found helpful up to 1.25 for all-helpful; 1.0 until known.

    ``yes`` and ``total`` count client addresses, not answers (``ArticleKind.documents``).
    """
    if total < MIN_ANSWERS_FOR_BOOST:
        return 1.0
    return 0.75 + 0.5 * yes / total


def plain_text(article: ArticlePage) -> str:
    parts = [article.summary, *article.body.stream_block.get_searchable_content(article.body)]
    return " ".join(strip_tags(str(part)) for part in parts if part)


class ArticleKind(SearchKind):
    name = "article"
    label = pgettext_lazy("search result kind", "Article")

    def documents(self, keys: list[str]) -> dict[str, list[SearchDocument]]:
        pages = self._family_pages(keys, "tags")
        parents = {
            page.path: page.title
            for page in Page.objects.filter(path__in={p.path[: -Page.steplen] for p in pages})
        }
        feedback = {
            str(row["translation_key"]): row
            for row in ArticleFeedback.objects.filter(translation_key__in=keys)
            .values("translation_key")
            # One address counts once however many visitors it plays: distinct addresses
            # among all answers and among the "yes" ones.
            .annotate(
                total=Count("address_hash", distinct=True),
                yes=Count("address_hash", filter=Q(helpful=True), distinct=True),
            )
        }
        return {
            key: self._family(family, parents, feedback.get(key))
            for key, family in _families(keys, pages).items()
        }

    def value_languages(self, facet: str, values: list[str]) -> dict[str, str]:
        if facet != "category" or not values:
            return {}
        languages: dict[str, set[str]] = {}
        titles = CategoryPage.objects.live().filter(title__in=values)
        for title, language in titles.values_list("title", "locale__language_code"):
            languages.setdefault(title, set()).add(language)
        # A title that is the same in several languages names no single one.
        return {title: found.pop() for title, found in languages.items() if len(found) == 1}

    def visibility(self, keys: list[str]) -> dict[str, tuple[str, ...]]:
        """Who may see each live translation: the family's source decides (no text built)."""
        return {
            f"{self.name}:{key}:{page.locale.language_code}": principals_of(
                _source_of(family) or page
            )
            for key, family in _families(keys, self._family_pages(keys)).items()
            for page in family
            if page.live and page.locale.language_code in codes()
        }

    @staticmethod
    def _family_pages(keys: list[str], *prefetch: str) -> list[ArticlePage]:
        """The families' live pages and their sources, live or not: as on the site
        (``article_list_visible_to``), an unpublished source still decides who may read
        its translations, and a page without a source decides for itself."""
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        return list(
            ArticlePage.objects.filter(translation_key__in=keys)
            .filter(Q(live=True) | Q(locale__language_code=default))
            .select_related("locale")
            .prefetch_related("segments", *prefetch)
        )

    def _family(self, family, parents, feedback) -> list[SearchDocument]:
        live = [page for page in family if page.live]
        if not live:
            return []
        source = _source_of(family)  # live or not, it decides who may find the family
        present = {page.locale.language_code for page in live}
        missing = tuple(code for code in codes() if code not in present)
        boost = helpfulness_boost(feedback["yes"], feedback["total"]) if feedback else 1.0
        now = timezone.now()
        return [
            SearchDocument(
                kind=self.name,
                key=str(page.translation_key),
                locale=page.locale.language_code,
                title=page.title,
                body=plain_text(page),
                url=page.get_url() or "",
                principals=principals_of(source or page),
                created_at=page.first_published_at or now,
                updated_at=page.last_published_at or now,
                tags=tuple(sorted(tag.name for tag in page.tags.all())),
                category=parents.get(page.path[: -Page.steplen], ""),
                fallback_for=missing if page is source else (),
                boost=boost,
                object_id=str(page.pk),
            )
            for page in live
            if page.locale.language_code in codes()
        ]

    def all_keys(self):
        keys = ArticlePage.objects.live().values_list("translation_key", flat=True).distinct()
        return (str(key) for key in keys.order_by("translation_key").iterator())

    def count(self) -> int:
        return ArticlePage.objects.live().filter(locale__language_code__in=codes()).count()

    def promoted(self, text: str, locale: str) -> list[str]:
        normalised = normalise_query_string(text)
        if normalised not in promoted_queries():
            return []
        picked = Query.objects.filter(query_string=normalised).first()
        if picked is None:
            return []
        default = Locale.get_default().language_code
        doc_ids = []
        for pick in picked.editors_picks.select_related("page").order_by("sort_order"):
            if pick.page is not None:
                key = pick.page.translation_key
                doc_ids += [f"{self.name}:{key}:{locale}", f"{self.name}:{key}:{default}"]
        return list(dict.fromkeys(doc_ids))


def _families(keys: list[str], pages: list[ArticlePage]) -> dict[str, list[ArticlePage]]:
    families: dict[str, list[ArticlePage]] = {str(key): [] for key in keys}
    for page in pages:
        families[str(page.translation_key)].append(page)
    return families


def _source_of(family: list[ArticlePage]) -> ArticlePage | None:
    """The family's source-language article, which decides who may find the family."""
    default = Locale.get_default().language_code
    return next((page for page in family if page.locale.language_code == default), None)


def promoted_queries() -> set[str]:
    """Queries that have editors' picks, cached so that other searches skip the lookup."""
    queries = cache.get(PROMOTED_QUERIES_KEY)
    if queries is None:
        picked = Query.objects.filter(editors_picks__isnull=False)
        queries = set(picked.values_list("query_string", flat=True))
        cache.set(PROMOTED_QUERIES_KEY, queries, None)
    return queries


def promoted_queries_forget() -> None:
    """Forget the cached promoted queries once the change to a promotion commits."""
    transaction.on_commit(lambda: cache.delete(PROMOTED_QUERIES_KEY))


def article_family_reindex(*, page: Page) -> None:
    """Queue the search documents of an article's family, or of every article below a page
    (a moved or unpublished category), in the current transaction."""
    if isinstance(page, ArticlePage):
        keys = [page.translation_key]
    else:
        articles = ArticlePage.objects.descendant_of(page, inclusive=True)
        keys = articles.values_list("translation_key", flat=True).distinct()
    index_change_record("article", keys)


def segment_principals(user) -> list[str]:
    segments = CustomerSegment.objects.filter(members=user).values_list("pk", flat=True)
    return [f"segment:{pk}" for pk in segments]


def register_article_search() -> None:
    register(ArticleKind())
    register_principals(segment_principals)
