"""Search: the portal's two engines at 100,000 documents, and Wagtail's stock search beside them.

Run it on a fresh database with a search node:
``bash bench/run.sh --with-search-node bench/search.py [--scale 100000]``. Without the node
(plain ``bench/run.sh``) only the database engine is measured.

Part 1, the peer, on the demo knowledge base (``cms.demo.seed_demo``: 35 articles in five
languages as Wagtail pages). The portal indexes them with ``search.services.index_rebuild``;
Wagtail's stock search indexes the same pages with ``update_index`` into its own backend on
the same engine: ``database`` (PostgreSQL full text) and ``default`` (OpenSearch 2 on the
node). Every judged query (``tests/search/judged_queries.py``) is asked in its locale as an
anonymous visitor: the portal's engine with ``SearchQuery(principals=("public",))``, the
stock search with ``ArticlePage.objects.live().filter(locale=…, access="public").search()``.
The top results give nDCG@5 (gain 2^grade − 1) and MRR (first result judged relevant, top
10). Then 8 concurrent client threads ask the judged queries again (2,000 requests, at most
60 s) against each of the four, for the latency of a like-for-like comparison.

Part 2, the portal at scale. The demo index is cleared and ``--scale`` documents are
generated with a fixed seed: article families in English, each translated into sv, nb, hr
and zh-hans with probability 0.8 (a missing translation makes the English document its
fallback), titles of 4–10 words drawn from real titles and headings of the demo in that
language, bodies of 80–200 words made of real demo sentences in that language, recombined;
80 % public, 12 % for signed-in customers and staff, 8 % for one of three segments and staff.
Indexing: ``DatabaseEngine.insert`` in transactions of 1,000 documents, then
``NodeEngine.rebuild`` (a new index behind the alias). Latency: 8 client threads in this
process call ``engine.search`` (the first page of 10 results, with snippets and facets) for
the judged queries plus a few more per language, as a mix of anonymous, signed-in,
segment-member and staff viewers. Each thread has its own database connection. The client
threads, PostgreSQL and the node share the machine's 2 cores.
"""

import argparse
import functools
import itertools
import math
import random
import re
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from unittest import mock

import benchlib

# isort: split
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

import search.client
from cms import demo_content
from cms.demo import seed_demo
from cms.models import ArticlePage
from search.documents import LANGUAGES, SearchDocument
from search.engines.database import DatabaseEngine
from search.engines.node import NodeEngine
from search.query import SearchQuery
from search.services import index_rebuild, node_configured
from tests.search.judged_queries import JUDGED_QUERIES

CLIENTS = 8
REQUESTS = 2000
TIME_CAP_SECONDS = 60
BATCH = 1000
SEED = 2024
GOALS = {"node_p95_ms": 50, "database_p95_ms": 150, "docs_per_second": 2000}
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
    """Every text of ``code`` in a structure of cms.demo_content (dicts keyed by locale)."""
    if isinstance(value, dict):
        if isinstance(value.get(code), str):
            yield value[code]
    elif isinstance(value, list | tuple):
        for item in value:
            yield from localized(item, code)


def words_of(text: str, code: str) -> list[str]:
    """Words; Chinese has no spaces, so its runs are cut into two-character pieces."""
    if code != "zh-hans":
        return text.split()
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    return [run[i : i + 2] for run in runs for i in range(0, len(run), 2)]


def demo_language(code: str) -> dict[str, list[str]]:
    sentences, title_words = [], []
    splitter = SENTENCE_END["zh-hans" if code == "zh-hans" else "other"]
    for article in demo_content.ARTICLES:
        title_words += words_of(article["title"].get(code, ""), code)
        headings = [block[1] for block in article["body"] if block[0] == "heading"]
        for heading in localized(headings, code):
            title_words += words_of(heading, code)
        for text in localized([article["summary"], article["body"]], code):
            sentences += [s.strip() for s in splitter.split(text) if s.strip()]
    return {"sentences": sentences, "title_words": title_words}


def generated_documents(total: int) -> list[SearchDocument]:
    rng = random.Random(SEED)
    language = {code: demo_language(code) for code in LANGUAGES}
    tags = sorted({tag for article in demo_content.ARTICLES for tag in article["tags"]})
    epoch = datetime(2023, 1, 1, tzinfo=UTC)
    documents: list[SearchDocument] = []
    for number in itertools.count(1):
        key = f"bench-{number:06d}"
        present = ["en"] + [code for code in LANGUAGES[1:] if rng.random() < 0.8]
        roll = rng.random()
        if roll < 0.80:
            principals = ("public",)
        elif roll < 0.92:
            principals = ("authenticated", "staff")
        else:
            principals = (f"segment:{rng.randint(1, 3)}", "staff")
        category = rng.choice(demo_content.CATEGORIES)
        created = epoch + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
        family = {
            "key": key,
            "kind": "article",
            "principals": principals,
            "tags": tuple(sorted(rng.sample(tags, rng.randint(1, 3)))),
            "created_at": created,
            "updated_at": created + timedelta(days=rng.randrange(200)),
            "boost": 1.0 if rng.random() < 0.7 else round(rng.uniform(0.75, 1.25), 2),
            "object_id": str(number),
        }
        for code in present:
            if len(documents) == total:
                return documents
            vocabulary = language[code]
            joiner = "" if code == "zh-hans" else " "
            title = joiner.join(rng.choices(vocabulary["title_words"], k=rng.randint(4, 10)))
            body, length, target = [], 0, rng.randint(80, 200)
            while length < target:
                sentence = rng.choice(vocabulary["sentences"])
                body.append(sentence)
                length += len(words_of(sentence, code))
            documents.append(
                SearchDocument(
                    locale=code,
                    title=title[:1].upper() + title[1:],
                    body=joiner.join(body),
                    url=f"/{code}/kb/{category['key']}/{key}/",
                    category=category["title"][code],
                    fallback_for=tuple(c for c in LANGUAGES if c not in present)
                    if code == "en"
                    else (),
                    **family,
                )
            )
    return documents


# Measuring


def drive(ask, queries: list[tuple[str, str]], clients=CLIENTS, total=REQUESTS) -> dict:
    """``total`` calls of ``ask(locale, text, number)`` from ``clients`` threads, time-capped."""
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

    busy = benchlib.wait_for_quiet_machine()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{len(errors)} clients failed") from errors[0]
    return {
        **latency([ms for ms, _ in samples]),
        "seconds": round(seconds, 1),
        "requests_per_second": round(len(samples) / seconds, 1),
        "by_locale": {
            code: latency([ms for ms, locale in samples if locale == code]) for code in LANGUAGES
        },
        "clients": clients,
        "busy_cpu_share_before": busy,
    }


def widen_connection_pools() -> None:
    """One kept-alive connection to the node per client thread.

    ``search.client`` leaves urllib3's default pool of one connection: enough for a sync
    worker serving one request at a time, but 8 threads sharing that client in this process
    would open a new connection for most requests. Build it once with a pool as wide as the
    clients (the stock backend gets the same through ``OPTIONS``).
    """
    search.client._client.cache_clear()
    wider = functools.partial(search.client.OpenSearch, pool_maxsize=CLIENTS)
    with mock.patch.object(search.client, "OpenSearch", wider):
        search.client.search_client()


def latency(values: list[float]) -> dict:
    return {
        "requests": len(values),
        **{f"p{p}_ms": round(benchlib.percentile(values, p / 100), 1) for p in (50, 95, 99)},
    }


def dcg(grades: list[int]) -> float:
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def relevance(ranked: dict[int, list[str]]) -> dict:
    """nDCG@5 and MRR over the judged queries, from each query's ranked article keys."""
    per_locale = defaultdict(list)
    ndcgs, reciprocal_ranks = [], []
    for number, judged in enumerate(JUDGED_QUERIES):
        wanted, keys = judged["relevant"], ranked[number]
        ideal = dcg(sorted(wanted.values(), reverse=True)[:5])
        ndcg = dcg([wanted.get(key, 0) for key in keys[:5]]) / ideal
        first = next((rank for rank, key in enumerate(keys[:10], 1) if key in wanted), None)
        ndcgs.append(ndcg)
        reciprocal_ranks.append(1 / first if first else 0.0)
        per_locale[judged["locale"]].append(ndcg)
    return {
        "ndcg_at_5": round(sum(ndcgs) / len(ndcgs), 3),
        "mrr": round(sum(reciprocal_ranks) / len(reciprocal_ranks), 3),
        "ndcg_at_5_by_locale": {c: round(sum(v) / len(v), 3) for c, v in per_locale.items()},
    }


# Part 1: the portal and Wagtail's stock search on the demo knowledge base


def peer_comparison(engines: dict) -> dict:
    started = time.perf_counter()
    seed_demo()
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
    stock_backends = {"database": "database", "node": "default"}
    judged = [(q["locale"], q["query"]) for q in JUDGED_QUERIES]

    def portal(engine):
        def ask(locale, text, number=0, size=10):
            query = SearchQuery(text=text, locale=locale, principals=("public",), page_size=size)
            return [slugs.get(hit.doc_id.split(":")[1]) for hit in engine.search(query).hits]

        return ask

    def stock(backend):
        def ask(locale, text, number=0, size=10):
            pages = ArticlePage.objects.live().filter(locale=locales[locale], access="public")
            found = backend.search(text, pages)[:size]  # what pages.search(text) runs
            return [slugs.get(str(page.translation_key)) for page in found]

        return ask

    results = {}
    for name, engine in engines.items():
        options = {"OPTIONS": {"pool_maxsize": CLIENTS}} if name == "node" else {}
        backend = get_search_backend(stock_backends[name], **options)
        started = time.perf_counter()
        call_command("update_index", backend_name=stock_backends[name], verbosity=0)
        benchlib.log(f"stock {name} update_index: {time.perf_counter() - started:.1f} s")
        for label, ask in ((f"portal, {name}", portal(engine)), (f"stock, {name}", stock(backend))):
            ranked = {number: ask(locale, text) for number, (locale, text) in enumerate(judged)}
            results[label] = {**relevance(ranked), "load": drive(ask, judged)}
            found = results[label]
            benchlib.log(
                f"  {label:<18} nDCG@5 {found['ndcg_at_5']:.3f}  MRR {found['mrr']:.3f}  "
                f"p50 {found['load']['p50_ms']} ms  p95 {found['load']['p95_ms']} ms"
            )
    return results


# Part 2: the portal's engines at scale


def at_scale(engines: dict, scale: int) -> dict:
    started = time.perf_counter()
    documents = generated_documents(scale)
    benchlib.log(f"generated {len(documents):,} documents in {time.perf_counter() - started:.0f} s")
    results = {
        "documents": len(documents),
        "by_locale": {c: sum(d.locale == c for d in documents) for c in LANGUAGES},
        "mean_body_words": round(
            sum(len(words_of(d.body, d.locale)) for d in documents) / len(documents)
        ),
    }
    DatabaseEngine().clear()
    benchlib.analyze_database()
    indexing = {}
    for name, engine in engines.items():
        busy = benchlib.wait_for_quiet_machine()
        started = time.perf_counter()
        if name == "database":
            for start in range(0, len(documents), BATCH):
                with transaction.atomic():
                    engine.insert(documents[start : start + BATCH])
        else:
            engine.rebuild(iter(documents))
        seconds = time.perf_counter() - started
        indexing[name] = {
            "seconds": round(seconds, 1),
            "docs_per_second": round(len(documents) / seconds),
            "busy_cpu_share_before": busy,
        }
        benchlib.log(f"  {name} indexing: {indexing[name]['docs_per_second']:,} docs/s")
    started = time.perf_counter()
    benchlib.analyze_database()
    benchlib.log(f"  VACUUM ANALYZE after loading: {time.perf_counter() - started:.0f} s")
    results["indexing"] = indexing

    queries = [(q["locale"], q["query"]) for q in JUDGED_QUERIES]
    queries += [(code, text) for code, texts in EXTRA_QUERIES.items() for text in texts]
    random.Random(SEED).shuffle(queries)
    results["queries"] = len(queries)
    load, hits = {}, {}
    for name, engine in engines.items():

        def ask(locale, text, number, engine=engine):
            viewer = VIEWERS[number % len(VIEWERS)]
            return engine.search(SearchQuery(text=text, locale=locale, principals=viewer))

        totals = [ask(locale, text, 0).total for locale, text in queries]  # warm-up
        hits[name] = {"median": sorted(totals)[len(totals) // 2], "none": totals.count(0)}
        load[name] = drive(ask, queries)
        load[name]["one_client"] = drive(ask, queries, clients=1, total=len(queries) * 4)
        benchlib.log(
            f"  {name}: anonymous matches median {hits[name]['median']:,}, "
            f"{hits[name]['none']} queries without; 8 clients p50 {load[name]['p50_ms']} ms, "
            f"p95 {load[name]['p95_ms']} ms; 1 client p50 {load[name]['one_client']['p50_ms']} ms"
        )
    results["anonymous_hits"] = hits
    results["load"] = load
    return results


def verdicts(peer: dict, scale: dict) -> list[tuple[str, str, bool]]:
    rows = []
    for name, found in scale["indexing"].items():
        rate = found["docs_per_second"]
        rows.append(
            (f"{name} indexing > 2,000 docs/s", f"{rate:,}", rate > GOALS["docs_per_second"])
        )
    for name, found in scale["load"].items():
        goal = GOALS[f"{name}_p95_ms"]
        rows.append((f"{name} p95 < {goal} ms", f"{found['p95_ms']} ms", found["p95_ms"] < goal))
    for name in scale["load"]:
        ours, theirs = peer[f"portal, {name}"], peer[f"stock, {name}"]
        p95, stock_p95 = ours["load"]["p95_ms"], theirs["load"]["p95_ms"]
        rows.append((f"{name} p95 ≤ stock", f"{p95} vs {stock_p95} ms", p95 <= stock_p95))
        ndcg, stock_ndcg = ours["ndcg_at_5"], theirs["ndcg_at_5"]
        rows.append((f"{name} nDCG@5 > stock", f"{ndcg} vs {stock_ndcg}", ndcg > stock_ndcg))
    return rows


def print_summary(peer: dict, scaled: dict) -> None:
    columns = f"{'docs/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'1 client p50':>12}"
    benchlib.log(f"\n{scaled['documents']:,} documents, {CLIENTS} clients\n{'':<10} {columns}")
    for name, found in scaled["load"].items():
        rate = f"{scaled['indexing'][name]['docs_per_second']:,}"
        rows = [(name, rate, found, found["one_client"])]
        rows += [
            (f"  {code}", "", found["by_locale"][code], found["one_client"]["by_locale"][code])
            for code in LANGUAGES
        ]
        for label, rate, eight, one in rows:
            benchlib.log(
                f"{label:<10} {rate:>7} {eight['p50_ms']:>7} {eight['p95_ms']:>7} "
                f"{eight['p99_ms']:>7} {one['p50_ms']:>12}"
            )
    benchlib.log(f"\n{'demo, judged':<18} {'nDCG@5':>7} {'MRR':>6} {'p50 ms':>7} {'p95 ms':>7}")
    for label, found in peer.items():
        benchlib.log(
            f"{label:<18} {found['ndcg_at_5']:>7.3f} {found['mrr']:>6.3f} "
            f"{found['load']['p50_ms']:>7} {found['load']['p95_ms']:>7}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=100_000, help="generated documents")
    scale = parser.parse_args().scale
    benchlib.require_fresh_database()
    started = time.perf_counter()
    engines = {"database": DatabaseEngine()}
    if node_configured():
        engines["node"] = NodeEngine()
        widen_connection_pools()
    else:
        benchlib.log("no search node (ELASTICSEARCH_URL is unset): the database engine only")

    benchlib.log(f"\nPart 1: portal and stock search, {len(JUDGED_QUERIES)} judged queries")
    peer = peer_comparison(engines)
    benchlib.log(f"\nPart 2: the portal at {scale:,} documents")
    scaled = at_scale(engines, scale)

    print_summary(peer, scaled)
    goals = verdicts(peer, scaled)
    benchlib.log("\ngoals")
    for goal, value, met in goals:
        benchlib.log(f"  {goal:<32} {value:>18}  {'met' if met else 'MISSED'}")
    minutes = (time.perf_counter() - started) / 60
    benchlib.log(f"run time {minutes:.0f} min")
    benchlib.write_results(
        "search",
        {
            "clients": CLIENTS,
            "requests": REQUESTS,
            "goals": GOALS,
            "peer": peer,
            "scale": scaled,
            "verdicts": [{"goal": g, "value": v, "met": m} for g, v, m in goals],
            "run_minutes": round(minutes, 1),
        },
    )


if __name__ == "__main__":
    main()
