"""Search at 100,000 documents: the portal beside Wagtail's stock search and the bare engine.

Run it on a fresh database with a search node:
``bash bench/run.sh --with-search-node bench/search.py [--scale 100000]``. Without the node
(plain ``bench/run.sh``) only the database engine is measured. ``BENCH_SMOKE`` (``bench/run.sh
--smoke``) makes the default scale 2,000 with short runs.

Part 1, relevance on the demo knowledge base (``demo.site.seed_demo``: 35 articles in five
languages as Wagtail pages). The portal indexes them with ``search.services.index_rebuild``;
Wagtail's stock search indexes the same pages with ``update_index`` into its own backend on
the same engine: ``database`` (PostgreSQL full text) and ``default`` (OpenSearch 2 on the
node). Every judged query (``tests/search/judged_queries.py``) is asked in its locale as an
anonymous visitor: the portal's engine with ``SearchQuery(principals=("public",))``, the
stock search with ``ArticlePage.objects.live().filter(locale=…, access="public")`` searched
through one backend instance (``backend.search(text, pages)``, what ``pages.search(text)``
runs, without building a backend and a client per query). The first 10 results give nDCG@5
and MRR as the relevance tests compute them (``tests/search/relevance.py``).

Part 2, speed at scale, each engine beside its peers in the same run. The portal's index is
cleared and ``--scale`` documents are generated with a fixed seed from the demo's own text
(``demo/content/``): article families in English, each translated into sv, nb, hr and
zh-hans with probability 0.8 (a missing translation makes the English document its
fallback). Each family has a topic, one of the 35 demo articles, which gives its category
and some of its tags. In each language the title has 4–10 words from titles and headings,
half of them the topic's; the body has 80–200 words of whole sentences, every other one from
the topic article (while they last), the rest from any demo article. 80 % of families are
public, 12 % for signed-in customers and staff, 8 % for one of three segments and staff.
Indexing: ``DatabaseEngine.insert`` in transactions of 1,000 documents, then
``NodeEngine.rebuild`` (a new index behind the alias). The same documents become live
``ArticlePage`` rows (written in bulk under the demo's categories, with the document's
locale, title, body as one paragraph and audience), which Wagtail's ``update_index`` puts
into the stock backends. Per engine, the same 85 queries (the judged ones and 4–5 more per
language), anonymous, are asked of:

- ``portal``: ``engine.search`` (the first page of 10, with totals, facets, snippets and the
  English fallback); the database engine with its search slots (the default), and once more
  without them (``portal, no slots``);
- ``portal, mixed viewers``: the same with 6 in 10 anonymous, 2 signed-in customers, 1
  segment member, 1 staff member (the figure quoted before issue 12);
- ``stock``: Wagtail's backend over ``ArticlePage.objects.live().filter(locale=…,
  access="public")``, the first 10 pages loaded;
- ``bare``: the floor, the same words sent straight to the engine: on the node one
  ``multi_match`` over the locale's title and body fields filtered by locale and audience
  (the portal's index, through the same client, 10 hits, no highlight, facets, fallback or
  second fuzzy search); on PostgreSQL one statement over the portal's entry table
  (``search_vector @@ to_tsquery`` in the locale's configuration with every word, audience
  filter, ``ORDER BY ts_rank LIMIT 10``: no totals, facets, headlines or fallback).

8 client threads, 2,000 requests or 60 s, then 1 client (4 passes) for the service time
without queueing; every measurement waits for a quiet machine first
(``benchlib.QuietMachine``). Each thread has its own database connection and a kept-alive
connection to the node. The client threads share one Python process (and its GIL), and the
machine's 2 cores with PostgreSQL and the node. Goals (issue 12): the portal's p95 with 8
clients at most 0.5 times the stock search's on each engine, and at most 1.5 times the bare
engine's on the node.
"""

import argparse
import itertools
import random
import re
import time
import uuid
from datetime import UTC, datetime, timedelta

import benchlib

# isort: split
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import F
from django.test import override_settings
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from cms.models import ArticlePage, CategoryPage
from demo import loader
from demo.site import seed_demo
from search.client import search_client
from search.documents import SearchDocument
from search.engines import node_configured
from search.engines.database import DatabaseEngine
from search.engines.database.postgres import config, tsquery_text
from search.engines.node import FIELDS, NodeEngine, alias
from search.languages import codes
from search.models import SearchEntry
from search.query import SearchQuery
from search.services import index_rebuild
from tests.search.judged_queries import JUDGED_QUERIES
from tests.search.relevance import evaluate

CLIENTS = 8
REQUESTS = benchlib.scaled(2000, 200)
TIME_CAP_SECONDS = benchlib.scaled(60, 10)
BATCH = 1000
SEED = 2024
GOAL_STOCK_RATIO = 0.5  # portal p95 / stock p95, each engine
GOAL_BARE_RATIO = 1.5  # portal p95 / bare p95, on the node
STOCK_BACKENDS = {"database": "database", "node": "default"}
PUBLIC = ("public",)
EXTRA_QUERIES = {
    "en": ["invoice", "timer", "export csv", "project budget", "mobile app"],
    "sv": ["faktura", "projekt", "kund", "timer"],
    "nb": ["faktura", "prosjekt", "kunde", "timeliste"],
    "hr": ["račun", "klijent", "projekt", "lozinka"],
    "zh-hans": ["发票", "项目", "客户", "密码"],
}
# Who asks in part 2: anonymous 6 in 10, signed-in customers, a segment member, staff.
VIEWERS = [("public",)] * 6 + [
    ("public", "authenticated", "user:41"),
    ("public", "authenticated", "user:42"),
    ("public", "authenticated", "user:43", "segment:1"),
    ("public", "authenticated", "user:2", "staff"),
]
SENTENCE_END = {"zh-hans": re.compile(r"(?<=[。！？])"), "other": re.compile(r"(?<=[.!?])\s+")}


# The generated documents


def localized(value, code: str):
    """Every text of ``code`` in a structure of the demo content (dicts keyed by locale)."""
    if isinstance(value, dict):
        if isinstance(value.get(code), str):
            yield value[code]
        else:
            for item in value.values():
                yield from localized(item, code)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from localized(item, code)


def words_of(text: str, code: str) -> list[str]:
    """Words; Chinese has no spaces, so its runs are cut into two-character pieces."""
    if code != "zh-hans":
        return text.split()
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return [run[i : i + 2] for run in runs for i in range(0, len(run), 2)]


def demo_language(code: str) -> list[dict[str, list[str]]]:
    """Per demo article: the words of its title and headings, and its sentences, in ``code``."""
    splitter = SENTENCE_END["zh-hans" if code == "zh-hans" else "other"]
    articles = []
    for article in loader.articles():
        headings = [block["text"] for block in article["body"] if block["type"] == "heading"]
        titles = localized([article["title"], headings], code)
        texts = localized([article["summary"], article["body"]], code)
        articles.append(
            {
                "title_words": [word for title in titles for word in words_of(title, code)],
                "sentences": [s.strip() for t in texts for s in splitter.split(t) if s.strip()],
            }
        )
    return articles


def generated_documents(total: int) -> list[SearchDocument]:
    """Article families, each on a topic (a demo article): about half of every title and body
    comes from the topic's own text, the rest from any demo article in the same language."""
    rng = random.Random(SEED)
    language = {code: demo_language(code) for code in codes()}
    pools = {
        code: {part: [x for a in articles for x in a[part]] for part in articles[0]}
        for code, articles in language.items()
    }
    categories = {category["slug"]: category for category in loader.categories()}
    epoch = datetime(2023, 1, 1, tzinfo=UTC)
    documents: list[SearchDocument] = []
    for number in itertools.count(1):
        key = f"bench-{number:06d}"
        topic = rng.randrange(len(loader.articles()))
        present = ["en"] + [code for code in codes()[1:] if rng.random() < 0.8]
        roll = rng.random()
        if roll < 0.80:
            principals = ("public",)
        elif roll < 0.92:
            principals = ("authenticated", "staff")
        else:
            principals = (f"segment:{rng.randint(1, 3)}", "staff")
        category = categories[loader.articles()[topic]["category"]]
        topic_tags = loader.articles()[topic]["tags"]
        created = epoch + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
        family = {
            "key": key,
            "kind": "article",
            "principals": principals,
            "tags": tuple(sorted(rng.sample(topic_tags, rng.randint(1, len(topic_tags))))),
            "created_at": created,
            "updated_at": created + timedelta(days=rng.randrange(200)),
            "boost": 1.0 if rng.random() < 0.7 else round(rng.uniform(0.75, 1.25), 2),
            "object_id": str(number),
        }
        for code in present:
            if len(documents) == total:
                return documents
            own, pool = language[code][topic], pools[code]
            joiner = "" if code == "zh-hans" else " "
            words = rng.randint(4, 10)
            title = rng.choices(own["title_words"], k=words // 2)
            title += rng.choices(pool["title_words"], k=words - len(title))
            body, target = [], rng.randint(80, 200)
            topical = rng.sample(own["sentences"], len(own["sentences"]))
            while sum(len(words_of(sentence, code)) for sentence in body) < target:
                from_topic = len(body) % 2 == 0 and topical  # every other, while they last
                body.append(topical.pop() if from_topic else rng.choice(pool["sentences"]))
            title_text = joiner.join(title)
            documents.append(
                SearchDocument(
                    locale=code,
                    title=title_text[:1].upper() + title_text[1:],
                    body=joiner.join(body),
                    url=f"/{code}/kb/{category['slug']}/{key}/",
                    category=category["title"][code],
                    fallback_for=tuple(c for c in codes() if c not in present)
                    if code == "en"
                    else (),
                    **family,
                )
            )
    return documents


# Measuring


def drive(ask, queries: list[tuple[str, str]], clients=CLIENTS, total=REQUESTS) -> dict:
    """``total`` calls of ``ask(locale, text, number)`` from ``clients`` threads, time-capped."""
    quiet = benchlib.wait_for_quiet_machine()
    counter = itertools.count()
    deadline = time.monotonic() + TIME_CAP_SECONDS
    samples: list[tuple[float, str]] = []  # (milliseconds, locale); append is thread-safe
    errors: list[BaseException] = []

    def client() -> None:
        try:
            while time.monotonic() < deadline and (number := next(counter)) < total:
                locale, text = queries[number % len(queries)]
                started = time.perf_counter()
                ask(locale, text, number)
                samples.append(((time.perf_counter() - started) * 1000, locale))
        except Exception as error:  # reported after the run; the timings mean nothing then
            errors.append(error)
        finally:
            connection.close()  # this thread's own connection

    seconds = benchlib.run_threads(client, clients)
    if errors:
        raise RuntimeError(f"{len(errors)} clients failed") from errors[0]
    return {
        **latency([ms for ms, _ in samples]),
        "seconds": round(seconds, 1),
        "requests_per_second": round(len(samples) / seconds, 1),
        "by_locale": {
            code: latency([ms for ms, locale in samples if locale == code]) for code in codes()
        },
        "clients": clients,
        **quiet,
    }


def latency(values: list[float]) -> dict:
    return {
        "requests": len(values),
        **{f"p{p}_ms": round(benchlib.percentile(values, p / 100), 1) for p in (50, 95, 99)},
    }


# Part 1: relevance of the portal and Wagtail's stock search on the demo knowledge base


def stock_search(backend, locales: dict[str, int], size: int = 10):
    """``ask`` for Wagtail's stock search: the first ``size`` public live articles."""

    def ask(locale, text, number=0):
        pages = ArticlePage.objects.live().filter(locale=locales[locale], access="public")
        return list(backend.search(text, pages)[:size])  # what pages.search(text) runs

    return ask


def stock_backend(name: str):
    options = {"OPTIONS": {"pool_maxsize": CLIENTS}} if name == "node" else {}
    return get_search_backend(STOCK_BACKENDS[name], **options)


def stock_index(name: str) -> float:
    """Wagtail's ``update_index`` into the stock backend (its bulk requests given 2 minutes:
    the search timeout of the settings is meant for queries)."""
    backends = {
        alias: {**config, "TIMEOUT": 120} if "TIMEOUT" in config else config
        for alias, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    started = time.perf_counter()
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        call_command("update_index", backend_name=STOCK_BACKENDS[name], verbosity=0)
    return round(time.perf_counter() - started, 1)


def relevance(engines: dict) -> dict:
    started = time.perf_counter()
    seed_demo(community=False)  # the knowledge base alone, as before the community
    written = index_rebuild()
    benchlib.analyze_database()
    benchlib.log(f"seed_demo, index_rebuild {written}: {time.perf_counter() - started:.0f} s")
    slugs = {  # article family (translation key) → article key of the judged set
        str(key): slug
        for key, slug in ArticlePage.objects.filter(locale__language_code="en").values_list(
            "translation_key", "slug"
        )
    }
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    results = {}
    for name, engine in engines.items():
        benchlib.log(f"  stock {name} update_index: {stock_index(name)} s")
        stock = stock_search(stock_backend(name), locales)

        def portal(locale, text, engine=engine):
            query = SearchQuery(text=text, locale=locale, principals=PUBLIC)
            return [slugs.get(hit.doc_id.split(":")[1]) for hit in engine.search(query).hits]

        def stock_slugs(locale, text, stock=stock):
            return [slugs.get(str(page.translation_key)) for page in stock(locale, text)]

        for label, ask in ((f"portal, {name}", portal), (f"stock, {name}", stock_slugs)):
            results[label] = found = evaluate(ask)
            benchlib.log(f"  {label:<18} nDCG@5 {found['ndcg5']:.3f}  MRR {found['mrr']:.3f}")
    return results


# Part 2: speed at scale, each engine beside the stock search and the bare engine


def timed_indexing(name: str, engine, documents: list[SearchDocument]) -> dict:
    quiet = benchlib.wait_for_quiet_machine()
    bulk_done: list[float] = []
    started = time.monotonic()
    if name == "database":
        for start in range(0, len(documents), BATCH):
            with transaction.atomic():
                engine.insert(documents[start : start + BATCH])
    else:
        engine.rebuild(iter(documents), progress=lambda n: bulk_done.append(time.monotonic()))
    seconds = time.monotonic() - started
    found = {"seconds": round(seconds, 1), "docs_per_second": round(len(documents) / seconds)}
    if bulk_done:  # the rest: back to a 1 s refresh interval, the refresh, the alias swap
        found["after_bulk_seconds"] = round(started + seconds - bulk_done[-1], 1)
    return {**found, **quiet}


ACCESS = {"public": "public", "authenticated": "authenticated"}


def article_pages(documents: list[SearchDocument]) -> int:
    """A live ``ArticlePage`` per document, for Wagtail's stock search over the same articles.

    Written in bulk (``Page.objects.bulk_create``, then the article rows), since
    ``add_child`` and a publish per page would take hours: each page goes under the demo
    category of its locale, with the document's title, its body as one paragraph, an empty
    summary (the portal's document has none) and its audience.
    """
    english = {c.slug: c for c in CategoryPage.objects.filter(locale__language_code="en")}
    categories = {
        (page.locale.language_code, english_slug): page
        for english_slug, source in english.items()
        for page in CategoryPage.objects.filter(translation_key=source.translation_key)
        .select_related("locale")
        .order_by("pk")
    }
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    content_type = ContentType.objects.get_for_model(ArticlePage)
    next_step = {}
    for parent in categories.values():
        last = parent.get_last_child()
        next_step[parent.pk] = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    added = dict.fromkeys(next_step, 0)
    article_fields = ArticlePage._meta.local_concrete_fields
    for start in range(0, len(documents), BATCH):
        batch = documents[start : start + BATCH]
        pages, articles = [], []
        for doc in batch:
            parent = categories[(doc.locale, doc.url.split("/")[3])]
            step = next_step[parent.pk] + added[parent.pk]
            added[parent.pk] += 1
            slug = doc.key
            pages.append(
                Page(
                    title=doc.title,
                    draft_title=doc.title,
                    slug=slug,
                    path=Page._get_path(parent.path, parent.depth + 1, step),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    locale_id=locales[doc.locale],
                    translation_key=uuid.uuid5(uuid.NAMESPACE_URL, doc.key),
                    content_type=content_type,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=doc.created_at,
                    last_published_at=doc.updated_at,
                )
            )
        with transaction.atomic():
            Page.objects.bulk_create(pages)
            for doc, page in zip(batch, pages, strict=True):
                access = ACCESS.get(doc.principals[0], "segments")
                articles.append(
                    ArticlePage(
                        page_ptr_id=page.pk,
                        summary="",
                        body=[("paragraph", RichText(f"<p>{escape(doc.body)}</p>"))],
                        access=access,
                    )
                )
            ArticlePage._base_manager._insert(
                articles, fields=article_fields, using="default", raw=True
            )
    for parent_pk, count in added.items():
        Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + count)
    return sum(added.values())


def bare_node(locale, text, number=0):
    """The floor on the node: one plain match in the portal's index, through the same client."""
    field = FIELDS[locale]
    body = {
        "query": {
            "bool": {
                "must": [
                    {
                        "multi_match": {
                            "query": text,
                            "fields": [f"title_{field}^3", f"body_{field}"],
                        }
                    }
                ],
                "filter": [{"term": {"locale": locale}}, {"terms": {"principals": list(PUBLIC)}}],
            }
        },
        "size": 10,
        "_source": ["title", "url"],
    }
    return search_client().search(index=alias(), body=body)["hits"]["hits"]


def bare_database(locale, text, number=0):
    """The floor on PostgreSQL: one full-text statement over the portal's entry table."""
    words = tsquery_text(text, locale, every_word=True)
    if words is None:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT doc_id, title, url FROM {SearchEntry._meta.db_table} "
            "WHERE locale = %s AND search_vector @@ to_tsquery(%s::regconfig, %s) "
            "AND principals LIKE %s "
            "ORDER BY ts_rank(search_vector, to_tsquery(%s::regconfig, %s)) DESC LIMIT 10",
            [locale, config(locale), words, "% public %", config(locale), words],
        )
        return cursor.fetchall()


def at_scale(engines: dict, scale: int) -> dict:
    started = time.perf_counter()
    documents = generated_documents(scale)
    benchlib.log(f"generated {len(documents):,} documents in {time.perf_counter() - started:.0f} s")
    results = {
        "documents": len(documents),
        "by_locale": {c: sum(d.locale == c for d in documents) for c in codes()},
        "mean_body_words": round(
            sum(len(words_of(d.body, d.locale)) for d in documents) / len(documents)
        ),
    }
    DatabaseEngine().clear()
    benchlib.analyze_database()
    indexing = {}
    for name, engine in engines.items():
        indexing[name] = timed_indexing(name, engine, documents)
        benchlib.log(f"  {name} indexing: {indexing[name]}")
    started = time.perf_counter()
    pages = article_pages(documents)
    indexing["article_pages"] = {"pages": pages, "seconds": round(time.perf_counter() - started)}
    benchlib.log(f"  {pages:,} article pages for the stock search: {indexing['article_pages']}")
    for name in engines:
        indexing[f"stock {name} update_index"] = {"seconds": stock_index(name)}
        benchlib.log(f"  stock {name} update_index: {indexing[f'stock {name} update_index']}")
    del documents
    started = time.perf_counter()
    benchlib.analyze_database()
    benchlib.log(f"  VACUUM ANALYZE after loading: {time.perf_counter() - started:.0f} s")
    results["indexing"] = indexing

    queries = [(q["locale"], q["query"]) for q in JUDGED_QUERIES]
    queries += [(code, text) for code, texts in EXTRA_QUERIES.items() for text in texts]
    random.Random(SEED).shuffle(queries)
    results["queries"] = len(queries)
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    load, hits = {}, {}
    for name, engine in engines.items():

        def portal(locale, text, number=0, engine=engine):
            return engine.search(SearchQuery(text=text, locale=locale, principals=PUBLIC))

        def mixed(locale, text, number=0, engine=engine):
            viewer = VIEWERS[number % len(VIEWERS)]
            return engine.search(SearchQuery(text=text, locale=locale, principals=viewer))

        candidates = {
            "portal": portal,
            "stock": stock_search(stock_backend(name), locales),
            "bare": bare_node if name == "node" else bare_database,
        }
        totals = [portal(locale, text).total for locale, text in queries]  # warm-up
        hits[name] = {"median": sorted(totals)[len(totals) // 2], "none": totals.count(0)}
        for label, ask in list(candidates.items()):  # warm-up; a broken peer is left out
            try:
                for locale, text in queries:
                    ask(locale, text)
            except Exception as error:
                benchlib.log(f"  WARNING: {name}, {label} left out: {error!r}")
                del candidates[label]
        load[name] = found = {}
        for label, ask in candidates.items():
            found[label] = drive(ask, queries)
            benchlib.log(f"  {name}, {label}: 8 clients p95 {found[label]['p95_ms']} ms")
        if name == "database":  # the same load without the search slots
            with override_settings(SEARCH_DATABASE_CONCURRENCY=0):
                found["portal, no slots"] = drive(portal, queries)
        found["portal, mixed viewers"] = drive(mixed, queries)
        for label, ask in candidates.items():
            found[label]["one_client"] = drive(ask, queries, clients=1, total=len(queries) * 4)
        found["ratios"] = ratios(found)
        benchlib.log(
            f"  {name}: anonymous matches median {hits[name]['median']:,}, "
            f"{hits[name]['none']} queries without; portal p95 / stock "
            f"{found['ratios']['portal / stock']['p95_ms']}×, / bare "
            f"{found['ratios']['portal / bare']['p95_ms']}×"
        )
    results["anonymous_hits"] = hits
    results["load"] = load
    return results


def ratios(found: dict) -> dict:
    """Each pair's ratio of p50, p95, p99 (8 clients) and of the 1-client p50."""
    pairs = [("portal", "stock"), ("portal", "bare"), ("stock", "bare")]
    if "portal, no slots" in found:
        pairs += [("portal, no slots", "stock"), ("portal, no slots", "bare")]
    table = {}
    for ours, peer in pairs:
        if ours not in found or peer not in found:
            continue
        row = {
            f"p{p}_ms": benchlib.ratio(found[ours][f"p{p}_ms"], found[peer][f"p{p}_ms"])
            for p in (50, 95, 99)
        }
        if "one_client" in found[ours] and "one_client" in found[peer]:
            row["one_client_p50_ms"] = benchlib.ratio(
                found[ours]["one_client"]["p50_ms"], found[peer]["one_client"]["p50_ms"]
            )
        table[f"{ours} / {peer}"] = row
    return table


def goals_of(scaled: dict) -> list[dict]:
    rows = []
    for name, found in scaled["load"].items():
        checks = [("stock", GOAL_STOCK_RATIO)] + (
            [("bare", GOAL_BARE_RATIO)] if name == "node" else []
        )
        for peer, limit in checks:
            ratio = found["ratios"].get(f"portal / {peer}", {}).get("p95_ms")
            detail = f"{found['portal']['p95_ms']} vs {found.get(peer, {}).get('p95_ms')} ms"
            peer_name = "stock" if peer == "stock" else "bare engine"
            rows.append(
                benchlib.goal_row(
                    f"{name}: portal p95 ≤ {limit}× {peer_name}", ratio, limit, detail
                )
            )
    return rows


def print_summary(peer: dict, scaled: dict) -> None:
    benchlib.log(f"\n{scaled['documents']:,} documents, 85 queries, {CLIENTS} clients unless said")
    header = f"{'':<32} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'1 client p50':>12}"
    for name, found in scaled["load"].items():
        benchlib.log(f"\n{name:<32} {header[33:]}")
        for label in ("portal", "portal, no slots", "portal, mixed viewers", "stock", "bare"):
            if label not in found:
                continue
            row = found[label]
            one = row.get("one_client", {}).get("p50_ms", "")
            p50, p95, p99 = row["p50_ms"], row["p95_ms"], row["p99_ms"]
            benchlib.log(f"  {label:<30} {p50:>7} {p95:>7} {p99:>7} {one!s:>12}")
        for pair, row in found["ratios"].items():
            benchlib.log(
                f"  {pair:<30} {row['p50_ms']:>6}× {row['p95_ms']:>6}× {row['p99_ms']:>6}× "
                f"{row.get('one_client_p50_ms', '')!s:>11}×"
            )
    benchlib.log(f"\n{'demo, judged':<18} {'nDCG@5':>7} {'MRR':>6}")
    for label, found in peer.items():
        benchlib.log(f"{label:<18} {found['ndcg5']:>7.3f} {found['mrr']:>6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--scale", type=int, default=benchlib.scaled(100_000, 2_000), help="generated documents"
    )
    scale = parser.parse_args().scale
    benchlib.require_fresh_database()
    started = time.perf_counter()
    engines = {"database": DatabaseEngine()}
    if node_configured():
        engines["node"] = NodeEngine()
    else:
        benchlib.log("no search node (ELASTICSEARCH_URL is unset): the database engine only")

    benchlib.log(
        f"\nPart 1: relevance of the portal and stock search, {len(JUDGED_QUERIES)} judged queries"
    )
    peer = relevance(engines)
    benchlib.log(f"\nPart 2: at {scale:,} documents, beside the stock search and the bare engine")
    scaled = at_scale(engines, scale)

    print_summary(peer, scaled)
    goals = goals_of(scaled)
    benchlib.print_goals(goals)
    minutes = (time.perf_counter() - started) / 60
    benchlib.log(f"run time {minutes:.0f} min")
    benchlib.write_results(
        "search",
        {
            "clients": CLIENTS,
            "requests": REQUESTS,
            "relevance": peer,
            "scale": scaled,
            "goals": goals,
            "run_minutes": round(minutes, 1),
        },
    )


if __name__ == "__main__":
    main()
