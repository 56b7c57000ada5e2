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
The first 10 results give nDCG@5 and MRR as the relevance tests compute them
(``tests/search/relevance.py``: gain 2^grade − 1; reciprocal rank of the first article of
the best grade). Then 8 concurrent client threads ask the judged queries again (2,000
requests, at most 60 s) against each of the four, for a like-for-like latency comparison.
The stock search is asked through one backend instance (``backend.search(text, pages)``, what
``pages.search(text)`` runs, without building a new backend and client per query).

Part 2, the portal at scale. The demo index is cleared and ``--scale`` documents are
generated with a fixed seed from the demo's own text (``cms.demo_content``): article
families in English, each translated into sv, nb, hr and zh-hans with probability 0.8 (a
missing translation makes the English document its fallback). Each family has a topic, one
of the 35 demo articles, which gives its category and some of its tags. In each language the
title has 4–10 words from titles and headings, half of them the topic's; the body has 80–200
words of whole sentences, every other one from the topic article (while they last), the rest
from any demo article. 80 % of families are public, 12 % for signed-in customers and staff,
8 % for one of three segments and staff.
Indexing: ``DatabaseEngine.insert`` in transactions of 1,000 documents, then
``NodeEngine.rebuild`` (a new index behind the alias). Latency: 8 client threads in this
process call ``engine.search`` (the first page of 10 results, with snippets and facets) for
the judged queries plus a few more per language, as a mix of anonymous, signed-in,
segment-member and staff viewers; the database engine once with its search slots
(``SEARCH_DATABASE_CONCURRENCY``) and once without; then 1 client, for the service time
without queueing. Part 1 runs without the slots, as the stock search has none.
Each thread has its own database connection and a kept-alive connection to the node (the
client's pool holds ``search.client.POOL_SIZE``). The client threads share one Python
process (and its GIL), and the machine's 2 cores with PostgreSQL and the node.
"""

import argparse
import itertools
import random
import re
import time
from datetime import UTC, datetime, timedelta

import benchlib

# isort: split
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from cms.models import ArticlePage
from demo import loader
from demo.site import seed_demo
from search.documents import LANGUAGES, SearchDocument
from search.engines.database import DatabaseEngine
from search.engines.node import NodeEngine
from search.query import SearchQuery
from search.services import index_rebuild, node_configured
from tests.search.judged_queries import JUDGED_QUERIES
from tests.search.relevance import evaluate

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
    language = {code: demo_language(code) for code in LANGUAGES}
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
        present = ["en"] + [code for code in LANGUAGES[1:] if rng.random() < 0.8]
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
    busy = benchlib.wait_for_quiet_machine()
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
            code: latency([ms for ms, locale in samples if locale == code]) for code in LANGUAGES
        },
        "clients": clients,
        "busy_cpu_share_before": busy,
    }


def latency(values: list[float]) -> dict:
    return {
        "requests": len(values),
        **{f"p{p}_ms": round(benchlib.percentile(values, p / 100), 1) for p in (50, 95, 99)},
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
            results[label] = found = {**evaluate(ask), "load": drive(ask, judged)}
            benchlib.log(
                f"  {label:<18} nDCG@5 {found['ndcg5']:.3f}  MRR {found['mrr']:.3f}  "
                f"p50 {found['load']['p50_ms']} ms  p95 {found['load']['p95_ms']} ms"
            )
    return results


# Part 2: the portal's engines at scale


def timed_indexing(name: str, engine, documents: list[SearchDocument]) -> dict:
    busy = benchlib.wait_for_quiet_machine()
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
    return {**found, "busy_cpu_share_before": busy}


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
        indexing[name] = timed_indexing(name, engine, documents)
        benchlib.log(f"  {name} indexing: {indexing[name]}")
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
        if name == "database":  # the same load without the search slots, for comparison
            with override_settings(SEARCH_DATABASE_CONCURRENCY=0):
                load[name]["no_slots"] = drive(ask, queries)
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
        ndcg, stock_ndcg = ours["ndcg5"], theirs["ndcg5"]
        compared = f"{ndcg:.3f} vs {stock_ndcg:.3f}"
        rows.append((f"{name} nDCG@5 > stock", compared, ndcg > stock_ndcg))
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
        if "no_slots" in found:
            rows.append(("  no slots", "", found["no_slots"], found["one_client"]))
        for label, rate, eight, one in rows:
            benchlib.log(
                f"{label:<10} {rate:>7} {eight['p50_ms']:>7} {eight['p95_ms']:>7} "
                f"{eight['p99_ms']:>7} {one['p50_ms']:>12}"
            )
    benchlib.log(f"\n{'demo, judged':<18} {'nDCG@5':>7} {'MRR':>6} {'p50 ms':>7} {'p95 ms':>7}")
    for label, found in peer.items():
        benchlib.log(
            f"{label:<18} {found['ndcg5']:>7.3f} {found['mrr']:>6.3f} "
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
    else:
        benchlib.log("no search node (ELASTICSEARCH_URL is unset): the database engine only")

    benchlib.log(f"\nPart 1: portal and stock search, {len(JUDGED_QUERIES)} judged queries")
    # Like for like: the stock search has no search slots, so the portal runs without them.
    with override_settings(SEARCH_DATABASE_CONCURRENCY=0):
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
