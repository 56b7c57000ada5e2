"""The community at scale: leaderboards, the badge backfill and the thread page.

Run it on a fresh database: ``bash bench/run.sh bench/community.py`` (gunicorn in ``.venv``
as for ``bench/article_page.py``). ``--smoke`` runs it at 1/100 of the scale.

It loads 50,000 members, 8 spaces (one per language and three more in English), 20,000
threads of 10 posts each (200,000 posts) and 1,000,000 ledger rows written straight into
the table (the services would take hours): an entry for each question and answer, upvotes
and downvotes received, accepted answers and ideas planned, and 5 % reversals, spread over
the last 400 days with a fixed seed, many of them this week and this month. Then:

- ``community_rebuild_leaderboards`` builds the standings from the ledger (timed), with
  its rank snapshot; then 2,000 more upvotes go through the ledger's writer and are left
  out of the snapshot, as a busy minute's votes are until ``community_snapshot_standings``
  runs again (so own ranks are counted with moved standings to correct for);
- leaderboards: 8 client threads ask ``leaderboard()`` (top 50) and ``own_place()`` for a
  random member, for each period (all time, this month, this week) in every scope (all, a
  space, a language): p95 per period, goal under 50 ms each;
- ``community_backfill_badges`` over all of it, twice (the second grants nothing): goal
  under 2 minutes;
- the thread page, anonymous, served by gunicorn (2 sync workers, the file cache shared by
  both) to 8 clients over 1,000 random threads, each kept in the page cache by a first
  pass as the article benchmark's pages are: p95, goal under 60 ms; then on a server that
  keeps none (``COMMUNITY_PAGE_CACHE_SECONDS=0``), every request rendered, beside the
  peer: a plain Wagtail page (``bench/plain``) holding the same ten posts' text as
  paragraphs; each again with one client.
"""

import itertools
import random
import shutil
import sys
import time
from datetime import timedelta

import benchlib

# isort: split
from article_page import Gunicorn, drive, require_success
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale, Page

from community.leaderboards.selectors import leaderboard, own_place
from community.ledger import ledger_record
from community.models import LedgerEntry, Post, Space, Standing, Thread
from demo.site import seed_demo
from portal.markdown import render_user_markdown

MEMBERS = benchlib.scaled(50_000, 500)
THREADS = benchlib.scaled(20_000, 200)
POSTS_PER_THREAD = 10
LEDGER_ROWS = benchlib.scaled(1_000_000, 10_000)
SINCE_SNAPSHOT = benchlib.scaled(2_000, 100)
CLIENTS = 8
REQUESTS = benchlib.scaled(1_000, 100)
BATCH = 10_000
SEED = 2026
CACHE_DIR = benchlib.ROOT / "var" / "bench" / "community-cache"
GOALS = {"leaderboard_p95_ms": 50, "backfill_seconds": 120, "thread_page_p95_ms": 60}
EVENTS = [  # event, points, share of the generated rows
    ("upvote_received", 10, 0.62),
    ("downvote_received", -2, 0.05),
    ("accepted", 15, 0.03),
    ("idea_planned", 20, 0.002),
]


def _batches(items, size: int):
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


BODY = (
    "How do I send **one invoice** for two projects?\n\n"
    "- the first has [its own rate](https://example.com/rates)\n"
    "- the second bills `per hour`\n\n> We tried merging them by hand."
)
BODY_HTML = render_user_markdown(BODY)


def load(rng: random.Random) -> dict:
    started = time.perf_counter()
    seed_demo(knowledge_base=False, community=False)
    locales = list(Locale.objects.all())
    spaces = []
    for number, locale in enumerate(locales + locales[:3]):
        space = Space.objects.create(name=f"Space {number}", slug=f"space-{number}")
        space.locales.set([locale])
        spaces.append((space, locale))
    User = get_user_model()
    now = timezone.now()
    User.objects.bulk_create(
        (
            User(
                username=f"member-{n}",
                password="!",
                date_joined=now - timedelta(days=rng.randrange(800)),
            )
            for n in range(MEMBERS)
        ),
        batch_size=BATCH,
    )
    members = list(User.objects.filter(username__startswith="member-").values_list("pk", flat=True))
    kinds = ["question"] * 7 + ["discussion"] * 2 + ["idea"]
    threads = []
    for n in range(THREADS):
        space, locale = spaces[n % len(spaces)]
        kind = kinds[n % len(kinds)]
        threads.append(
            Thread(
                space=space,
                locale=locale,
                kind=kind,
                title=f"Thread {n} about invoices",
                author_id=rng.choice(members),
                last_activity_at=now,
                idea_status="new" if kind == "idea" else "",
                reply_count=POSTS_PER_THREAD - 1,
                score=rng.randrange(-2, 30),
            )
        )
    Thread.objects.bulk_create(threads, batch_size=BATCH)
    posts = (
        Post(
            thread=thread,
            author_id=rng.choice(members),
            is_opening=p == 0,
            body=BODY,
            body_html=BODY_HTML,
            score=rng.randrange(-2, 20),
        )
        for thread in threads
        for p in range(POSTS_PER_THREAD)
    )
    for chunk in _batches(posts, BATCH):
        Post.objects.bulk_create(chunk)
    post_rows = list(
        Post.objects.values_list(
            "pk", "author_id", "thread__space_id", "thread__locale_id", "is_opening"
        )
    )
    benchlib.log(
        f"  {MEMBERS:,} members, {THREADS:,} threads, {len(post_rows):,} posts: "
        f"{time.perf_counter() - started:.0f} s"
    )
    started = time.perf_counter()
    written = _ledger(rng, post_rows, members, now)
    benchlib.log(f"  {written:,} ledger rows: {time.perf_counter() - started:.0f} s")
    return {
        "members": MEMBERS,
        "threads": THREADS,
        "posts": len(post_rows),
        "ledger": written,
        "spaces": [space.pk for space, _ in spaces],
        "locales": [locale.pk for locale in locales],
    }


def _ledger(rng, post_rows, members, now) -> int:
    """Entries for asking and answering (one per post), then votes, accepts and ideas planned
    up to LEDGER_ROWS, 5 % of them reversed."""

    def at():
        days = rng.choice((0, 1, 3, 6, 12, 25, 40, 90, 200, 400))
        return now - timedelta(days=rng.uniform(0, days or 0.5))

    rows, count = [], 0

    def flush(final=False):
        nonlocal rows, count
        if rows and (final or len(rows) >= BATCH):
            LedgerEntry.objects.bulk_create(rows)
            count += len(rows)
            rows = []

    for pk, author, space, locale, opening in post_rows:
        event, points = ("asked", 1) if opening else ("answered", 2)
        rows.append(
            LedgerEntry(
                key=f"{event}:post:{pk}:{author}",
                user_id=author,
                event=event,
                source=f"post:{pk}",
                points=points,
                post_id=pk,
                space_id=space,
                locale_id=locale,
                created_at=at(),
            )
        )
        flush()
    weights = [share for _, _, share in EVENTS]
    for n in itertools.count():
        if count + len(rows) >= LEDGER_ROWS * 0.95:
            break
        pk, author, space, locale, _ = rng.choice(post_rows)
        event, points, _ = rng.choices(EVENTS, weights)[0]
        rows.append(
            LedgerEntry(
                key=f"{event}:post:{pk}:b{n}:{author}",
                user_id=author,
                event=event,
                source=f"post:{pk}:b{n}",
                points=points,
                post_id=pk,
                space_id=space,
                locale_id=locale,
                created_at=at(),
            )
        )
        flush()
    flush(final=True)
    reversed_ = list(
        LedgerEntry.objects.filter(event="upvote_received").order_by("?")[: LEDGER_ROWS - count]
    )
    for chunk in _batches(reversed_, BATCH):
        LedgerEntry.objects.bulk_create(
            LedgerEntry(
                key=f"reversal:{e.key}",
                user_id=e.user_id,
                event=e.event,
                source=e.source,
                points=-e.points,
                post_id=e.post_id,
                space_id=e.space_id,
                locale_id=e.locale_id,
                reverses=e,
                reason="retracted",
                created_at=now,
            )
            for e in chunk
        )
        count += len(chunk)
    return count


def votes_since_snapshot(rng: random.Random) -> int:
    """Upvotes received through the ledger's writer after the snapshot: standings that an
    own rank corrects for (``community.leaderboards.standings``)."""
    ids = list(Post.objects.values_list("pk", flat=True)[:50_000])
    posts = Post.objects.select_related("thread", "author").in_bulk(rng.sample(ids, 500))
    chosen = list(posts.values())
    for n in range(SINCE_SNAPSHOT):
        post = rng.choice(chosen)
        ledger_record(
            user=post.author, event="upvote_received", source=f"bench:{n}", points=10, post=post
        )
    moved = Standing.objects.exclude(points=F("snapshot_points")).count()
    benchlib.log(f"  {SINCE_SNAPSHOT:,} upvotes since the snapshot: {moved:,} standings moved")
    return moved


def leaderboards(loaded: dict, rng: random.Random) -> dict:
    scopes = (
        ["all"]
        + [f"space:{pk}" for pk in loaded["spaces"]]
        + [f"locale:{pk}" for pk in loaded["locales"]]
    )
    members = list(get_user_model().objects.filter(username__startswith="member-")[:5000])
    found = {}
    for period in ("all", "month", "week"):
        quiet = benchlib.wait_for_quiet_machine()
        counter, samples = itertools.count(), []

        def client(period=period, counter=counter, samples=samples):
            try:
                while (n := next(counter)) < REQUESTS:
                    scope = scopes[n % len(scopes)]
                    started = time.perf_counter()
                    leaderboard(period=period, scope=scope)
                    samples.append(("top", (time.perf_counter() - started) * 1000))
                    started = time.perf_counter()
                    own_place(user=members[n % len(members)], period=period, scope=scope)
                    samples.append(("own", (time.perf_counter() - started) * 1000))
            finally:
                connection.close()

        seconds = benchlib.run_threads(client, CLIENTS)
        found[period] = {
            what: {
                "p50_ms": round(
                    benchlib.percentile([ms for w, ms in samples if w == what], 0.5), 1
                ),
                "p95_ms": round(
                    benchlib.percentile([ms for w, ms in samples if w == what], 0.95), 1
                ),
            }
            for what in ("top", "own")
        } | {"seconds": round(seconds, 1), **quiet}
        benchlib.log(
            f"  {period:<6} top-50 p95 {found[period]['top']['p95_ms']} ms, "
            f"own rank p95 {found[period]['own']['p95_ms']} ms"
        )
    return found


def backfill() -> dict:
    times = []
    for _ in range(2):
        benchlib.wait_for_quiet_machine()
        started = time.perf_counter()
        call_command("community_backfill_badges", verbosity=0)
        times.append(round(time.perf_counter() - started, 1))
    benchlib.log(f"  backfill: {times[0]} s, again (nothing to change): {times[1]} s")
    return {"first_seconds": times[0], "second_seconds": times[1]}


def plain_peer() -> str:
    """A published ``PlainPage`` (bench/plain) under the English home page, with as many
    paragraphs as a thread has posts, each the cooked HTML of a post: the peer of the
    thread page, a Wagtail page with the same text and nothing else."""
    plain_page = apps.get_model("bench_plain", "PlainPage")
    home = Page.objects.get(depth=2, locale__language_code="en")
    peer = home.add_child(
        instance=plain_page(
            title="How do I send one invoice for two projects?",
            slug="plain-thread",
            body=[{"type": "paragraph", "value": BODY_HTML}] * POSTS_PER_THREAD,
        )
    )
    peer.save_revision().publish()
    return peer.url


def thread_page(rng: random.Random) -> dict:
    """The anonymous thread page from the shared page cache (the goal), then rendered on
    every request beside its plain peer (the ratio)."""
    ids = list(
        Thread.objects.filter(space__read_access="everyone").values_list(
            "pk", "locale__language_code"
        )[:5000]
    )
    urls = [f"/{code}/community/threads/{pk}/" for pk, code in rng.sample(ids, min(len(ids), 1000))]
    plain = [plain_peer()]
    connection.close()
    shutil.rmtree(CACHE_DIR, ignore_errors=True)
    with Gunicorn({"CACHE_DIR": str(CACHE_DIR)}) as server:
        drive(server.port, urls, 2, len(urls))  # warm-up: every page rendered once and kept
        benchlib.wait_for_quiet_machine()
        kept = drive(server.port, urls, CLIENTS, REQUESTS)
        require_success(kept)
        kept["one_client_p50_ms"] = drive(server.port, urls, 1, REQUESTS // 4)["p50_ms"]
    rendered = {}
    shutil.rmtree(CACHE_DIR, ignore_errors=True)
    with Gunicorn({"CACHE_DIR": str(CACHE_DIR), "COMMUNITY_PAGE_CACHE_SECONDS": "0"}) as server:
        drive(server.port, urls[:20], 2, 40)  # warm-up
        drive(server.port, plain, 2, 40)
        for name, pages in (("thread", urls), ("plain page", plain)):
            benchlib.wait_for_quiet_machine()
            rendered[name] = drive(server.port, pages, CLIENTS, REQUESTS)
            require_success(rendered[name])
            one = drive(server.port, pages, 1, REQUESTS // 4)
            rendered[name]["one_client_p50_ms"] = one["p50_ms"]
    ratio = benchlib.ratio(rendered["thread"]["p95_ms"], rendered["plain page"]["p95_ms"])
    benchlib.log(
        f"  thread page from the page cache, {CLIENTS} clients: p95 {kept['p95_ms']} ms;"
        f" 1 client p50 {kept['one_client_p50_ms']} ms"
    )
    benchlib.log(
        f"  thread page rendered, {CLIENTS} clients: p95 {rendered['thread']['p95_ms']} ms;"
        f" plain Wagtail page {rendered['plain page']['p95_ms']} ms; thread / plain {ratio}×;"
        f" 1 client p50 {rendered['thread']['one_client_p50_ms']}"
        f" / {rendered['plain page']['one_client_p50_ms']} ms"
    )
    return {
        **kept,
        "rendered": rendered["thread"],
        "plain_page": rendered["plain page"],
        "rendered_over_plain_p95": ratio,
    }


def main() -> None:
    benchlib.require_fresh_database()
    rng = random.Random(SEED)
    benchlib.log("Loading")
    loaded = load(rng)
    started = time.perf_counter()
    call_command("community_rebuild_leaderboards", verbosity=0)
    rebuild = round(time.perf_counter() - started, 1)
    benchlib.log(f"  standings rebuilt from the ledger: {rebuild} s")
    moved = votes_since_snapshot(rng)
    benchlib.analyze_database()
    benchlib.log("\nLeaderboards, 8 clients")
    boards = leaderboards(loaded, rng)
    benchlib.log("\nBadge backfill")
    badges = backfill()
    benchlib.log("\nThread page")
    page = thread_page(rng)
    worst = max(max(b["top"]["p95_ms"], b["own"]["p95_ms"]) for b in boards.values())
    goals = [
        benchlib.goal_row(
            "leaderboard p95, worst period (ms)",
            worst,
            GOALS["leaderboard_p95_ms"],
            "top-50 and own rank",
        ),
        benchlib.goal_row(
            "badge backfill (s)",
            badges["first_seconds"],
            GOALS["backfill_seconds"],
            "every badge, every member",
        ),
        benchlib.goal_row(
            "thread page p95 (ms)",
            page["p95_ms"],
            GOALS["thread_page_p95_ms"],
            f"{CLIENTS} clients, anonymous, page cache; rendered"
            f" {page['rendered_over_plain_p95']}× a plain Wagtail page",
        ),
    ]
    benchlib.print_goals(goals)
    benchlib.write_results(
        "community",
        {
            "loaded": loaded,
            "rebuild_seconds": rebuild,
            "standings_moved_since_snapshot": moved,
            "leaderboards": boards,
            "backfill": badges,
            "thread_page": page,
            "goals": goals,
        },
    )


if __name__ == "__main__":
    sys.exit(main())
