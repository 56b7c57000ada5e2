"""Running searches the way a viewer would, for the search tests."""

from django.contrib.auth.models import AnonymousUser

from search import services
from search.documents import principals_for
from search.query import SearchQuery


def search_as(user, text: str, locale: str = "en", **options):
    principals = tuple(principals_for(user or AnonymousUser()))
    return services.search(SearchQuery(text=text, locale=locale, principals=principals, **options))


def suggest_as(user, text: str, locale: str = "en"):
    principals = tuple(principals_for(user or AnonymousUser()))
    return services.suggest(SearchQuery(text=text, locale=locale, principals=principals))


def slugs(results) -> list[str]:
    """The article slug of each hit (demo articles keep their English slug in every locale)."""
    return [hit.url.rstrip("/").rsplit("/", 1)[-1] for hit in results.hits]
