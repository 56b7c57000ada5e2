"""Search on a cluster: SEARCH_INDEX_SHARDS and SEARCH_INDEX_REPLICAS shape every index, and
with one replica a three-node cluster keeps every document searchable while a node is down;
what changes meanwhile reaches the node once it is back.

The cluster is the portal's own runner (services/SearchNode.java) with three nodes in one
JVM, on free ports under a temporary directory: the shared search node is never touched.
"""

import json
import os
import queue
import shutil
import socket
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
from opensearchpy import OpenSearch
from wagtail.search.backends import get_search_backend

from cms.health.services import article_retire
from cms.models import ArticlePage
from portal.settings.env import ConfigError, env_int_between
from search import services, wagtail_index
from search.documents import all_documents, kinds
from search.engines.node import alias
from search.models import IndexChange
from tests.cms.test_settings import manage
from tests.conftest import need
from tests.factories import new_category, publish_article, publish_first_paragraph
from tests.search.helpers import search_as, slugs
from tests.search.test_outbox import english
from tests.utils import demo_user

ROOT = Path(__file__).resolve().parents[2]
NODES = 3
START_SECONDS = 600  # three nodes one after another; a loaded 2-core machine is slow
ANSWER_SECONDS = 300


# The settings


@pytest.mark.parametrize(
    ("environment", "shards", "replicas"),
    [({"SEARCH_INDEX_SHARDS": "", "SEARCH_INDEX_REPLICAS": ""}, 1, 0),
     ({"SEARCH_INDEX_SHARDS": "4", "SEARCH_INDEX_REPLICAS": "2"}, 4, 2)],
    ids=["unset", "set"],
)  # fmt: skip
def test_shards_and_replicas_from_the_environment_shape_the_portal_and_wagtail_indices(
    environment, shards, replicas
):
    script = (
        "import json; from search.engines.node import index_body;"
        "from wagtail.search.backends import get_search_backend;"
        "portal = index_body()['settings'];"
        "wagtail = get_search_backend('default').settings['settings'];"
        "print(json.dumps([portal['number_of_shards'], portal['number_of_replicas'],"
        " wagtail['index'], sorted(wagtail['analysis']['analyzer'])]))"
    )
    result = manage(
        "shell",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        ELASTICSEARCH_URL="http://127.0.0.1:9",
        **environment,
    )

    assert result.returncode == 0, result.stderr
    portal_shards, portal_replicas, wagtail, analyzers = json.loads(
        result.stdout.strip().splitlines()[-1]
    )
    assert (portal_shards, portal_replicas) == (shards, replicas)
    # Wagtail's own index settings are kept beside the two (its n-gram analyzers, too).
    assert wagtail == {
        "max_ngram_diff": 12,
        "number_of_shards": shards,
        "number_of_replicas": replicas,
    }
    assert analyzers == ["edgengram_analyzer", "ngram_analyzer"]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("0", "expected a whole number from 1 to 1024, got 0"),
        ("1025", "expected a whole number from 1 to 1024, got 1025"),
        ("three", "expected a whole number, got 'three'"),
        ("2.5", "expected a whole number, got '2.5'"),
    ],
)
def test_nonsense_in_a_bounded_variable_names_it_and_the_bounds(monkeypatch, value, problem):
    monkeypatch.setenv("SEARCH_INDEX_SHARDS", value)

    with pytest.raises(ConfigError) as error:
        env_int_between("SEARCH_INDEX_SHARDS", 1, minimum=1, maximum=1024)

    assert str(error.value) == f"SEARCH_INDEX_SHARDS: {problem}"


def test_a_negative_replica_count_stops_the_portal_with_one_line_naming_it():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="portal.settings.dev", SEARCH_INDEX_REPLICAS="-1"
    )

    assert result.returncode != 0
    assert result.stderr.strip() == (
        "configuration error: SEARCH_INDEX_REPLICAS: expected a whole number from 0 to 32, got -1"
    )


# The cluster


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for each in sockets:
            each.bind(("127.0.0.1", 0))
        return [each.getsockname()[1] for each in sockets]
    finally:
        for each in sockets:
            each.close()


def classpath_file() -> Path:
    """Where services/test wrote the search node's classpath (Maven resolves it once)."""
    return Path(os.environ.get("SEARCH_NODE_CLASSPATH") or ROOT / "var" / "searchnode.classpath")


class Cluster:
    """Three nodes in one JVM; ``stop(n)`` and ``start(n)`` go to its stdin, answers come back
    on its stderr (read by a thread, so the pipe never fills)."""

    def __init__(self, base: Path):
        classpath = classpath_file()
        need("Java (the search cluster's runtime)", shutil.which("java") is not None)
        need(
            f"The search node's classpath ({classpath}, written by services/test)",
            classpath.is_file(),
        )
        ports = free_ports(2 * NODES)
        self.http, transport = ports[:NODES], ports[NODES:]
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.output: list[str] = []
        self.process = subprocess.Popen(
            [
                "java", "-Xms512m", "-Xmx512m", "-XX:+UseG1GC",
                "-cp", classpath.read_text().strip(),
                str(ROOT / "services" / "SearchNode.java"), str(base),
                ",".join(map(str, self.http)), ",".join(map(str, transport)),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )  # fmt: skip
        threading.Thread(target=self._read, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.http[0]}"  # node 1 stays up: the portal's entry
        self.client = OpenSearch(hosts=[self.url], timeout=ANSWER_SECONDS)

    def _read(self) -> None:
        for line in self.process.stdout:
            self.output.append(line)
            self.lines.put(line.strip())
        self.lines.put(None)  # the process ended

    def expect(self, answer: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0))
            except queue.Empty:
                line = f"(no answer within {seconds} s)"
            if line == answer:
                return
            if line is None or line.startswith("(no answer"):
                tail = "".join(self.output[-40:])
                pytest.fail(f"the search cluster did not say {answer!r} {line or ''}:\n{tail}")

    def command(self, line: str, answer: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        self.expect(answer, ANSWER_SECONDS)

    def health(self, **conditions) -> dict:
        health = self.client.cluster.health(
            params={"timeout": f"{ANSWER_SECONDS}s"}, request_timeout=ANSWER_SECONDS + 30,
            **conditions,
        )  # fmt: skip
        assert not health["timed_out"], health
        return health

    def stop(self, name: str) -> None:
        number = name.removeprefix("Node ")
        self.command(f"stop {number}", f"node {number} stopped")
        self.health(wait_for_nodes=NODES - 1, wait_for_no_initializing_shards=True)

    def start(self, name: str) -> None:
        number = name.removeprefix("Node ")
        self.command(f"start {number}", f"node {number} started")
        self.health(wait_for_nodes=NODES, wait_for_status="green")

    def shut_down(self) -> None:
        """End of stdin closes every node; the process is killed by PID if it lingers."""
        try:
            self.process.stdin.close()
            self.process.wait(timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    started = time.monotonic()
    cluster = Cluster(tmp_path_factory.mktemp("search-cluster"))
    try:
        cluster.expect(f"cluster ready on HTTP ports {','.join(map(str, cluster.http))}",
                       START_SECONDS)  # fmt: skip
        cluster.health(wait_for_nodes=NODES, wait_for_status="green")
        print(f"search cluster of {NODES} nodes up in {time.monotonic() - started:.1f} s")
        yield cluster
    finally:
        cluster.shut_down()


@pytest.fixture
def on_the_cluster(cluster, settings, db):
    """The portal's node client and Wagtail's backend point at the cluster, with indices of
    their own, three shards and one replica each."""
    prefix = f"portal-cluster-{uuid.uuid4().hex[:10]}"
    settings.ELASTICSEARCH_URL = cluster.url
    settings.SEARCH_INDEX_PREFIX = prefix
    settings.SEARCH_INDEX_SHARDS = 3
    settings.SEARCH_INDEX_REPLICAS = 1
    # Creating an index waits for its six shard copies, which on three nodes in one JVM of a
    # busy 2-core machine takes longer than the 2 s a search may.
    settings.SEARCH_TIMEOUT_SECONDS = 60
    backends = {name: dict(conf) for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()}
    backends["default"] = {
        **backends.get("default", {}),
        "BACKEND": "wagtail.search.backends.opensearch2",
        "URLS": [cluster.url],
        "INDEX_PREFIX": f"{prefix}-wagtail-",
        "AUTO_UPDATE": False,
        "TIMEOUT": settings.SEARCH_TIMEOUT_SECONDS,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 3, "number_of_replicas": 1}}},
    }
    settings.WAGTAILSEARCH_BACKENDS = backends
    yield prefix
    cluster.client.indices.delete(index=f"{prefix}-*")


def documents_the_database_holds() -> set[str]:
    return {doc.doc_id for kind in kinds().values() for doc in all_documents(kind)}


def ids_in(client, index: str, **options) -> set[str]:
    body = {"query": {"match_all": {}}, "_source": False, "size": 10_000}
    return {hit["_id"] for hit in client.search(index=index, body=body, **options)["hits"]["hits"]}


def copies(client, index: str) -> list[dict]:
    """Every copy of every shard of ``index``: shard, primary or replica, state, node name."""
    return client.cat.shards(index=index, format="json", h="shard,prirep,state,node")


def assert_every_copy_holds(client, index: str, expected: set[str]) -> None:
    """Each copy of each shard, asked on its own node, holds the same documents, and the
    shards together hold exactly what the database says."""
    node_ids = {node["name"]: node_id for node_id, node in client.nodes.info()["nodes"].items()}
    by_shard: dict[str, list[set[str]]] = {}
    for copy in copies(client, index):
        assert copy["state"] == "STARTED", copy
        preference = f"_shards:{copy['shard']}|_only_nodes:{node_ids[copy['node']]}"
        by_shard.setdefault(copy["shard"], []).append(ids_in(client, index, preference=preference))
    for shard, held in by_shard.items():
        assert len(held) == 2, f"shard {shard} has {len(held)} copies, not a primary and a replica"
        assert held[0] == held[1], f"the copies of shard {shard} differ"
    assert set().union(*(held[0] for held in by_shard.values())) == expected


def assert_the_portal_finds_everything(client, expected: set[str]) -> None:
    status = services.index_status()
    assert not status["errors"] and not status["drift"], status
    assert ids_in(client, alias()) == expected


def test_with_a_node_down_every_document_is_found_and_changes_reach_it_once_back(
    cluster, on_the_cluster, django_capture_on_commit_callbacks
):
    prefix, client = on_the_cluster, cluster.client
    timings = {}
    started = time.monotonic()
    services.index_rebuild(engine="node")
    cluster.health(index=f"{prefix}-*", wait_for_status="green")
    timings["index the demo"] = time.monotonic() - started
    index = next(iter(client.indices.get_alias(name=alias())))
    wagtail_indices = [name for name in client.indices.get(index=f"{prefix}-wagtail-*")]
    for name in [index, *wagtail_indices]:
        shape = client.indices.get_settings(index=name)[name]["settings"]["index"]
        assert (shape["number_of_shards"], shape["number_of_replicas"]) == ("3", "1"), name
    # The down node's copies wait for it instead of being rebuilt elsewhere meanwhile, so
    # that coming back it must catch up on what changed.
    client.indices.put_settings(
        index=f"{prefix}-*", body={"index.unassigned.node_left.delayed_timeout": "10m"}
    )
    expected = documents_the_database_holds()
    assert_every_copy_holds(client, index, expected)

    # Stop the node holding the most primaries of the portal's index (node 1 is the entry).
    held = copies(client, index)
    down = max(
        ["Node 2", "Node 3"],
        key=lambda name: sum(c["prirep"] == "p" for c in held if c["node"] == name),
    )
    assert any(c["node"] == down for c in held)  # it holds copies the cluster now misses
    started = time.monotonic()
    cluster.stop(down)
    timings["stop a node"] = time.monotonic() - started
    health = cluster.health()
    assert health["status"] == "yellow" and health["unassigned_shards"] > 0, health

    assert_the_portal_finds_everything(client, expected)
    found = search_as(None, "overtime")
    assert found.engine == "node" and not found.degraded
    assert "overtime-rules" in slugs(found)

    # Publish, edit and retire while the node is down; the outbox applies each at once.
    with django_capture_on_commit_callbacks(execute=True):
        added = publish_article(title="Quokka mooring checklist", category=new_category())
    with django_capture_on_commit_callbacks(execute=True):
        publish_first_paragraph(english("overtime-rules"), "Overtime counts zeppelin hours.")
    with django_capture_on_commit_callbacks(execute=True):
        article_retire(
            article=english("approve-timesheets"), replacement=None, acting_user=demo_user("editor")
        )
    assert not IndexChange.objects.exists()  # the cluster took every change
    changed = documents_the_database_holds()
    assert changed - expected and expected - changed  # documents came and went
    assert_the_portal_finds_everything(client, changed)

    started = time.monotonic()
    cluster.start(down)
    timings["start it again, green"] = time.monotonic() - started
    assert any(c["node"] == down for c in copies(client, index))  # its copies are back
    # A recovered copy shows its documents from its first refresh (within a second); refresh
    # now, as every portal write's refresh=wait_for does, rather than wait for it.
    client.indices.refresh(index=f"{prefix}-*")
    assert_every_copy_holds(client, index, changed)
    assert_the_portal_finds_everything(client, changed)
    found = {
        "quokka": [hit.title for hit in search_as(None, "quokka").hits],
        "zeppelin": slugs(search_as(None, "zeppelin")),
        "approve timesheets": slugs(search_as(None, "approve timesheets")),
    }
    assert found["quokka"] == ["Quokka mooring checklist"]
    assert found["zeppelin"] == ["overtime-rules"]
    assert "approve-timesheets" not in found["approve timesheets"]
    # The admin's search (Wagtail's own index on the cluster) has the changes too.
    admin = get_search_backend(wagtail_index.BACKEND)
    titles = [page.title for page in admin.search("quokka", ArticlePage)]
    assert titles == [added.title]
    print(
        "cluster test:", ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items())
    )
