"""What each part of the portal's query costs the search node, beside the bare query.

Run it with a node: ``bash bench/run.sh --with-search-node bench/search_profile.py``
(``--smoke`` for 2,000 documents). It indexes the documents of ``bench/search.py``
(100,000 by default, ``--scale``) into the portal's index and asks the same 85 queries,
anonymous, one at a time, in rounds in which every variant answers each query in turn
(in a shuffled order, after one unmeasured warm-up search):
the portal's search body as it is, then without one of its parts (highlighted snippets,
the facets, one facet at a time, ``function_score``), then with one part done another
way (the native-language weight as a boost, the facets counted over the best 1,000
matches only, snippets cut at words instead of sentences), and the bare query of
``bench/search.py``. It prints the node's own ``took`` and the wall time per variant, and
each one's share of the portal's: what dropping that part would save, with nothing else
on the machine in the way.
"""

import argparse
import copy
import random
import statistics
import time

import benchlib

# isort: split
from bench.search import EXTRA_QUERIES, PUBLIC, generated_documents
from search.client import search_client
from search.documents import facet_names
from search.engines.node import FIELDS, NodeEngine, alias
from search.query import SearchQuery
from tests.search.judged_queries import JUDGED_QUERIES

ROUNDS = benchlib.scaled(5, 1)


def _bare(query: SearchQuery) -> dict:
    field = FIELDS[query.locale]
    match = {"multi_match": {"query": query.text, "fields": [f"title_{field}^3", f"body_{field}"]}}
    filters = [{"term": {"locale": query.locale}}, {"terms": {"principals": list(PUBLIC)}}]
    return {
        "query": {"bool": {"must": [match], "filter": filters}},
        "size": 10,
        "_source": ["title", "url"],
    }


def _without(part: str):
    def body(portal: dict) -> dict:
        body = copy.deepcopy(portal)
        if part == "function_score":
            body["query"] = body["query"]["function_score"]["query"]
        elif part.startswith("facet "):
            del body["aggs"][part.removeprefix("facet ")]
        else:
            del body[part]
        return body

    return body


def _native_boost(portal: dict) -> dict:
    """The native-language weight as the native branch's boost instead of a function."""
    body = copy.deepcopy(portal)
    scored = body["query"]["function_score"]
    scored["functions"] = [f for f in scored["functions"] if "weight" not in f]
    scored["query"]["bool"]["must"][0]["bool"]["should"][0]["bool"]["boost"] = 2.0
    return body


def _sampled_facets(portal: dict) -> dict:
    """The facets counted over the best 1,000 matches only (no longer exact)."""
    body = copy.deepcopy(portal)
    body["aggs"] = {"best": {"sampler": {"shard_size": 1000}, "aggs": body["aggs"]}}
    return body


def _word_snippets(portal: dict) -> dict:
    """Snippets cut at words instead of sentences."""
    body = copy.deepcopy(portal)
    for spec in body["highlight"]["fields"].values():
        spec["boundary_scanner"] = "word"
    return body


def variants() -> dict:
    found = {"portal": lambda portal: portal}
    for part in ["highlight", "aggs", "function_score"]:
        found[f"without {part}"] = _without(part)
    for name in facet_names():
        found[f"without facet {name}"] = _without(f"facet {name}")
    found["native weight as a boost"] = _native_boost
    found["facets of the best 1,000"] = _sampled_facets
    found["snippets cut at words"] = _word_snippets
    found["without highlight and aggs"] = lambda portal: _without("aggs")(
        _without("highlight")(portal)
    )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--scale", type=int, default=benchlib.scaled(100_000, 2_000), help="generated documents"
    )
    scale = parser.parse_args().scale
    engine, client = NodeEngine(), search_client()
    started = time.perf_counter()
    engine.rebuild(generated_documents(scale))
    client.indices.refresh(index=alias())
    seconds = time.perf_counter() - started
    benchlib.log(f"{scale:,} documents generated and indexed in {seconds:.0f} s")
    queries = [(q["locale"], q["query"]) for q in JUDGED_QUERIES]
    queries += [(code, text) for code, texts in EXTRA_QUERIES.items() for text in texts]
    shapes = variants()
    took = {name: [] for name in [*shapes, "bare"]}
    wall = {name: [] for name in took}
    benchlib.wait_for_quiet_machine()
    for number in range(ROUNDS):
        random.Random(number).shuffle(queries)
        for locale, text in queries:
            query = SearchQuery(text, locale, principals=PUBLIC)
            portal = engine._search_body(query, fuzzy=False)
            bodies = {name: shape(portal) for name, shape in shapes.items()}
            bodies["bare"] = _bare(query)
            client.search(index=alias(), body=portal)  # the query's postings read once
            names = list(bodies)
            random.Random(text).shuffle(names)  # no variant always first or last
            for name in names:
                body = bodies[name]
                begun = time.perf_counter()
                took[name].append(client.search(index=alias(), body=body)["took"])
                wall[name].append((time.perf_counter() - begun) * 1000)
    whole = statistics.mean(took["portal"])
    results = {}
    benchlib.log(f"\n{len(queries)} queries × {ROUNDS} rounds, 1 client; mean ms")
    benchlib.log(f"  {'variant':32} {'took':>6} {'wall':>6} {'of portal':>9}")
    for name in took:
        mean_took = statistics.mean(took[name])
        results[name] = {
            "took_mean_ms": round(mean_took, 2),
            "wall_mean_ms": round(statistics.mean(wall[name]), 2),
            "of_portal": round(mean_took / whole, 2),
        }
        row = results[name]
        benchlib.log(
            f"  {name:32} {row['took_mean_ms']:6.2f} {row['wall_mean_ms']:6.2f}"
            f" {row['of_portal']:8.2f}×"
        )
    benchlib.write_results(
        "search_profile", {"documents": scale, "rounds": ROUNDS, "variants": results}
    )


if __name__ == "__main__":
    main()
