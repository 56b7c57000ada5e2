"""The admin translation report on a knowledge base of 2,000 English articles in 4 locales.

Run it on a fresh database: ``bash bench/run.sh bench/translation_report.py``.

How the data is built (the same on every run, seeded random choices):

- ``demo.site.seed_demo(knowledge_base=False)``: locales, the translated home page, groups,
  users. The knowledge-base root and 40 categories are created in English with the page API
  and translated into sv, nb, hr and zh-hans with ``cms.translation.page_translate``.
- Every article is created in English with ``add_child`` + ``save_revision().publish()``
  (11 translatable strings each), so the portal's publish signal records its
  ``SourceSegment`` rows and ``TranslationStatus`` rows through the real services.
- Per locale an article is left untranslated (3 % sv, 4 % nb, 8 % hr, 10 % zh-hans),
  partially translated (4 %: 7 of 11 strings) or fully translated.
- After translation, 10 % of articles get a normal source edit (first paragraph changed and
  published), 2 % a minor correction and 1 % an urgent change
  (``source_change_set_significance``), so their translations become outdated, "please
  glance" or urgent.
- The first 50 articles are translated through ``page_translate`` and timed, which gives the
  extrapolated cost of building everything that way; instead of the shares above they cycle
  through every combination of coverage and edit. The others take a fast path with the
  same bookkeeping: wagtail-localize's ``TranslationSource`` once per article, its
  ``Translation`` and ``StringTranslation`` rows as ``page_translate`` writes them, the page
  from Wagtail's ``copy_for_translation`` (a draft holding the English content), and a
  ``TranslationLog`` whose save signal runs the portal's ``translation_snapshot_record``
  (``SyncedSegment`` rows, then ``translation_status_refresh``).
- Search indexing is switched off while building (``AUTO_UPDATE: False``); the report never
  reads the search index.

The script then checks that both ways of translating gave the same status for the same
scenario. At 500, 1,000 and 2,000 articles it runs VACUUM ANALYZE and measures the report as
the ``editor`` demo user requests it (in-process, Django's test client): the first page, one
locale, state=outdated, sort=-gap, the CSV export of one locale and, beyond the brief, the
CSV export of every row.
"""

import argparse
import random
import time
from collections import Counter
from dataclasses import dataclass

import benchlib

# isort: split
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from cms.models import (
    ArticlePage,
    CategoryPage,
    KnowledgeBasePage,
    SourceChange,
    TranslationStatus,
)
from cms.translation.status import published_strings, source_change_set_significance
from cms.translation.translate import page_translate, string_translations
from demo.site import seed_demo
from home.models import HomePage

SCALE_POINTS = (500, 1000, 2000)
# The peer: Wagtail's aging pages report, a stock ReportView over the same pages.
PEER_URL = "/admin/reports/aging-pages/"
PEER_FLOWS = {"peer: aging pages": {}, "peer: aging pages csv": {"export": "csv"}}
PEER_OF = {"peer: aging pages": "first page", "peer: aging pages csv": "export=csv (all locales)"}
CATEGORY_COUNT = 40
CALIBRATION_ARTICLES = 50
TARGETS = ("sv", "nb", "hr", "zh-hans")
UNTRANSLATED_SHARE = {"sv": 0.03, "nb": 0.04, "hr": 0.08, "zh-hans": 0.10}
PARTIAL_SHARE = 0.04
COVERAGES = ("full", "partial", "none")
PARTIAL_KEEP = 7  # strings translated out of 11 in a partial translation
Significance = SourceChange.Significance
EDITS = {None: 0.87, Significance.NORMAL: 0.10, Significance.MINOR: 0.02, Significance.URGENT: 0.01}
RUNS = 5
GOAL_MS = 1000
REPORT_URL = "/admin/reports/translations/"


@dataclass(frozen=True)
class Scenario:
    coverage: str  # full, partial or none
    edit: str | None  # the significance of the source edit after translation, if any


class KnowledgeBaseBuilder:
    """Builds the site and categories, then articles up to a count, recording each
    article's scenario per locale and the time spent creating and translating."""

    def __init__(self) -> None:
        seed_demo(knowledge_base=False)
        self.rng = random.Random(2024)
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.editor = get_user_model().objects.get(username="editor")
        self.categories = self._categories()
        self.count = 0
        self.scenarios: dict[tuple[int, str], tuple[Scenario, str]] = {}
        self.seconds = Counter()
        self.translations = Counter()

    def _translate_page(self, page, texts: list[str]) -> None:
        for code in TARGETS:
            strings = {text: f"[{code}] {text}" for text in texts}
            locale = self.locales[code]
            page_translate(
                source_page=page, locale=locale, strings=strings, acting_user=self.editor
            )

    def _publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision(user=self.editor).publish(user=self.editor)
        return page

    def _categories(self) -> list[CategoryPage]:
        home = HomePage.objects.get(locale=self.locales["en"])
        kb = self._publish(home, KnowledgeBasePage(title="Knowledge base", slug="kb"))
        self._translate_page(kb, [kb.title])
        categories = []
        for number in range(CATEGORY_COUNT):
            category = self._publish(
                kb,
                CategoryPage(
                    title=f"Category {number}",
                    slug=f"category-{number}",
                    description=f"Everything about area {number} of the product.",
                ),
            )
            self._translate_page(category, [category.title, category.description])
            categories.append(category)
        return categories

    def build_until(self, total: int) -> None:
        started = time.perf_counter()
        first = self.count
        while self.count < total:
            with transaction.atomic():
                self._article(self.count)
            self.count += 1
            if self.count % 100 == 0:
                rate = (self.count - first) / (time.perf_counter() - started)
                benchlib.log(
                    f"  {self.count} articles, {rate:.1f}/s, "
                    f"about {(total - self.count) / rate:.0f} s left"
                )

    def _scenario(self, number: int) -> tuple[str | None, dict[str, str]]:
        """The source edit and each locale's coverage; the page_translate articles cycle
        through every combination, so both ways of translating can be compared."""
        if number < CALIBRATION_ARTICLES:
            edit = list(EDITS)[number % len(EDITS)]
            return edit, {
                code: COVERAGES[(number // len(EDITS) + index) % len(COVERAGES)]
                for index, code in enumerate(TARGETS)
            }
        edit = self.rng.choices(list(EDITS), weights=list(EDITS.values()))[0]
        coverages = {}
        for code in TARGETS:
            roll = self.rng.random()
            coverages[code] = (
                "none"
                if roll < UNTRANSLATED_SHARE[code]
                else "partial"
                if roll < UNTRANSLATED_SHARE[code] + PARTIAL_SHARE
                else "full"
            )
        return edit, coverages

    def _article(self, number: int) -> None:
        started = time.perf_counter()
        article = self._publish(
            self.categories[number % CATEGORY_COUNT],
            ArticlePage(
                title=f"How to configure feature {number}",
                slug=f"article-{number}",
                summary=f"Set up feature {number} for your team and check that it works.",
                body=article_body(number),
                maintainer=self.editor,
            ),
        )
        self.seconds["create"] += time.perf_counter() - started

        path = "page_translate" if number < CALIBRATION_ARTICLES else "fast"
        edit, coverages = self._scenario(number)
        texts = list(published_strings(article).values())
        plan = {}
        for code, coverage in coverages.items():
            self.scenarios[(article.pk, code)] = (Scenario(coverage, edit), path)
            if coverage != "none":
                kept = texts[:PARTIAL_KEEP] if coverage == "partial" else texts
                plan[self.locales[code]] = {text: f"[{code}] {text}" for text in kept}

        started = time.perf_counter()
        article = ArticlePage.objects.get(pk=article.pk)
        if path == "page_translate":
            for locale, strings in plan.items():
                page_translate(
                    source_page=article, locale=locale, strings=strings, acting_user=self.editor
                )
        else:
            translate_fast(article, plan, self.editor)
        self.seconds[path] += time.perf_counter() - started
        self.translations[path] += len(plan)

        if edit is not None:
            edit_source(article, number, edit, self.editor)


def article_body(number: int, intro: str | None = None) -> list:
    """11 strings with the title and summary: 2 paragraphs, a heading, 3 steps, a tip, a FAQ."""
    intro = intro or f"Feature {number} lets your team work the way it already does."
    detail = f"Only administrators can change the settings of feature {number}."
    return [
        ("paragraph", f"<p>{intro}</p><p>{detail}</p>"),
        ("heading", {"text": f"Before you start with feature {number}", "level": "h2"}),
        (
            "steps",
            [
                {"title": f"Open Settings and choose feature {number}", "detail": ""},
                {"title": f"Turn on feature {number} for the workspace", "detail": ""},
                {"title": f"Check that feature {number} shows on the dashboard", "detail": ""},
            ],
        ),
        ("callout", {"kind": "tip", "body": f"<p>Feature {number} is free on every plan.</p>"}),
        (
            "faq",
            [
                {
                    "question": f"Can I turn feature {number} off again?",
                    "answer": f"<p>Yes, feature {number} can be turned off at any time.</p>",
                }
            ],
        ),
    ]


def translate_fast(article: ArticlePage, plan: dict[Locale, dict[str, str]], user) -> None:
    """The rows ``page_translate`` leaves behind, without saving and publishing the target
    through wagtail-localize: the page is Wagtail's ``copy_for_translation`` (a draft)."""
    source, _ = TranslationSource.update_or_create_from_instance(article)
    segments = list(StringSegment.objects.filter(source=source).select_related("string"))
    Translation.objects.bulk_create(
        Translation(source=source, target_locale=locale) for locale in plan
    )
    StringTranslation.objects.bulk_create(
        row
        for locale, strings in plan.items()
        for row in string_translations(
            segments=segments, locale=locale, strings=strings, acting_user=user
        )
    )
    for locale in plan:
        article.copy_for_translation(locale)
        # Its post_save signal runs cms.translation.status.translation_snapshot_record.
        TranslationLog.objects.create(source=source, locale=locale)


def edit_source(article: ArticlePage, number: int, significance: str, user) -> None:
    """Publish a new first sentence, the way an editor changes the source after a sync."""
    first = article.body[0]
    intro = f"Feature {number} now also works offline, for up to thirty days."
    article.body[0] = ("paragraph", RichText(article_body(number, intro)[0][1]), first.id)
    article.save_revision(user=user).publish(user=user)
    if significance != Significance.NORMAL:
        change = SourceChange.objects.filter(translation_key=article.translation_key).first()
        source_change_set_significance(change=change, significance=significance)


def status_tuple(status: TranslationStatus) -> tuple:
    return (
        status.state,
        status.total,
        status.translated,
        status.outdated,
        status.corrected,
        status.missing,
        status.urgent,
    )


def compare_paths(scenarios: dict[tuple[int, str], tuple[Scenario, str]]) -> dict:
    """Per scenario, the statuses reached through page_translate and the fast path."""
    found: dict[tuple[Scenario, str], set] = {}
    for status in TranslationStatus.objects.filter(
        source_page__articlepage__isnull=False
    ).select_related("locale"):
        scenario, path = scenarios[(status.source_page_id, status.locale.language_code)]
        found.setdefault((scenario, path), set()).add(status_tuple(status))
    compared = [s for s, p in found if p == "page_translate" and (s, "fast") in found]
    mismatches = [
        f"{scenario}: page_translate {found[(scenario, 'page_translate')]} "
        f"vs fast {found[(scenario, 'fast')]}"
        for scenario in compared
        if found[(scenario, "page_translate")] != found[(scenario, "fast")]
    ]
    return {"scenarios_compared": len(compared), "mismatches": mismatches}


def measure(client: Client, params: dict, url: str = REPORT_URL) -> dict:
    def request() -> bytes:
        response = client.get(url, params)
        assert response.status_code == 200, response.status_code
        if response.streaming:
            return b"".join(response.streaming_content)
        return response.content

    with CaptureQueriesContext(connection) as queries:
        body = request()  # also the warm-up
    result = {"queries": len(queries), **benchlib.summary_ms(benchlib.timings_ms(request, RUNS))}
    if params.get("export") == "csv":
        result["csv_rows"] = body.decode().count("\n") - 1
    return result


def report_flows(locale: Locale) -> dict[str, dict]:
    return {
        "first page": {},
        f"locale={locale.language_code}": {"locale": locale.pk},
        "state=outdated": {"state": TranslationStatus.State.OUTDATED},
        "sort=-gap": {"sort": "-gap"},
        f"export=csv locale={locale.language_code}": {"export": "csv", "locale": locale.pk},
        "export=csv (all locales)": {"export": "csv"},
    }


def state_counts() -> dict[str, dict[str, int]]:
    rows = TranslationStatus.objects.filter(source_page__articlepage__isnull=False).values_list(
        "locale__language_code", "state"
    )
    counts: dict[str, Counter] = {}
    for code, state in rows:
        counts.setdefault(code, Counter())[state] += 1
    return {code: dict(sorted(counter.items())) for code, counter in sorted(counts.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale",
        default="60" if benchlib.SMOKE else ",".join(map(str, SCALE_POINTS)),
        help="article counts to measure at, comma-separated (default %(default)s)",
    )
    scale = [int(total) for total in parser.parse_args().scale.split(",")]
    benchlib.require_fresh_database()
    no_indexing = {
        name: {**config, "AUTO_UPDATE": False}
        for name, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    started = time.perf_counter()
    benchlib.log("building: site, knowledge base, 40 categories in 5 languages")
    with override_settings(WAGTAILSEARCH_BACKENDS=no_indexing):
        builder = KnowledgeBaseBuilder()
    client = Client()
    client.force_login(builder.editor)
    swedish = builder.locales["sv"]
    scale_points = []
    for total in scale:
        benchlib.log(f"building: articles up to {total}")
        with override_settings(WAGTAILSEARCH_BACKENDS=no_indexing):
            builder.build_until(total)
        benchlib.analyze_database()
        busy = benchlib.wait_for_quiet_machine()
        rows = TranslationStatus.objects.count()
        benchlib.log(f"\n{total} articles, {rows} TranslationStatus rows")
        benchlib.log(f"  {'flow':<26} {'queries':>7} {'median ms':>10} {'max ms':>8}  goal")
        flows = {}
        for name, params in report_flows(swedish).items():
            flows[name] = result = measure(client, params)
            verdict = "ok" if result["max_ms"] < GOAL_MS else "OVER 1 s"
            benchlib.log(
                f"  {name:<26} {result['queries']:>7} {result['median_ms']:>10} "
                f"{result['max_ms']:>8}  {verdict}"
            )
        # The peer, in the same run: Wagtail's own page report (a ReportView over the pages,
        # every article in every locale), as the same editor.
        peers = {}
        for name, params in PEER_FLOWS.items():
            peers[name] = result = measure(client, params, url=PEER_URL)
            ours = flows[PEER_OF[name]]
            result["ratio_median"] = benchlib.ratio(ours["median_ms"], result["median_ms"])
            benchlib.log(
                f"  {name:<26} {result['queries']:>7} {result['median_ms']:>10} "
                f"{result['max_ms']:>8}  peer: {PEER_OF[name]} {result['ratio_median']}×"
            )
        scale_points.append(
            {
                "articles": total,
                "peer": peers,
                "status_rows": rows,
                "states": state_counts(),
                **busy,
                "flows": flows,
            }
        )

    build = {
        "seconds_total": round(time.perf_counter() - started),
        "ms_per_article_create": round(builder.seconds["create"] / builder.count * 1000),
    }
    for path in ("page_translate", "fast"):
        build[f"ms_per_translation_{path}"] = round(
            builder.seconds[path] / builder.translations[path] * 1000
        )
    translations = sum(builder.translations.values())
    build["translations"] = translations
    build["page_translate_extrapolated_minutes"] = round(
        build["ms_per_translation_page_translate"] * translations / 60000, 1
    )
    check = compare_paths(builder.scenarios)
    benchlib.log(
        f"\nbuild: {build['seconds_total']} s; English article {build['ms_per_article_create']} ms;"
        f" page_translate {build['ms_per_translation_page_translate']} ms per translation"
        f" (all {translations} that way: about {build['page_translate_extrapolated_minutes']} min),"
        f" fast path {build['ms_per_translation_fast']} ms"
    )
    benchlib.log(
        f"fast path vs page_translate: {check['scenarios_compared']} scenarios compared, "
        + ("same statuses" if not check["mismatches"] else f"MISMATCH {check['mismatches']}")
    )
    benchlib.log(f"states at {builder.count} articles: {scale_points[-1]['states']}")
    benchlib.write_results(
        "translation_report",
        {
            "goal_ms": GOAL_MS,
            "runs": RUNS,
            "data": __doc__.split("How the data is built")[1].strip(),
            "build": build,
            "fast_path_check": check,
            "scale_points": scale_points,
        },
    )


if __name__ == "__main__":
    main()
