"""The portal's connection to the search node, built from settings only."""

from functools import lru_cache

from django.conf import settings
from opensearchpy import OpenSearch

from search.errors import SearchNotConfigured

# Kept-alive connections per process: one per thread that may search at the same time.
POOL_SIZE = 10
# Building or refreshing a whole index takes longer than a search may.
BULK_TIMEOUT_SECONDS = 300


@lru_cache(maxsize=4)
def _client(url: str, timeout: float) -> OpenSearch:
    return OpenSearch(
        hosts=[url], timeout=timeout, max_retries=0, retry_on_timeout=False, pool_maxsize=POOL_SIZE
    )


def search_client() -> OpenSearch:
    if not settings.ELASTICSEARCH_URL:
        raise SearchNotConfigured("ELASTICSEARCH_URL is not set")
    return _client(settings.ELASTICSEARCH_URL, settings.SEARCH_TIMEOUT_SECONDS)


def index_name(kind: str) -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-{kind}"
