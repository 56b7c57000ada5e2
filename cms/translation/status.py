"""Which strings of a translated page are out of date, kept current as sources and
translations change.

wagtail-localize rebuilds a source's segments only when someone syncs, and all strings of one
rich-text field share one context. So the portal keeps its own record of each source string
by place (content path and position within it): as published now (:class:`SourceSegment`)
and as it was at each locale's last sync (:class:`SyncedSegment`). Comparing the two gives,
per string, old → new.
"""

import threading
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from difflib import SequenceMatcher

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from cms.models import SourceChange, SourceSegment, SyncedSegment, TranslationStatus
from cms.translation import log_actions
from cms.translation.tasks import notify_translators
from portal.page_cache import page_cache_clear

State = TranslationStatus.State


@dataclass(frozen=True)
class StringState:
    """One source string compared for one locale (the drill-down's row)."""

    path: str
    position: int | None  # None for a string removed from the source since the sync
    state: str  # translated, outdated, corrected, missing
    new_text: str
    old_text: str
    translation: str


def _places(rows) -> dict[tuple[str, int], str]:
    """Key strings by (path, position among strings of the same path)."""
    counters: dict[str, int] = defaultdict(int)
    places = {}
    for path, text in rows:
        places[(path, counters[path])] = text
        counters[path] += 1
    return places


def _align(old: dict, new: dict) -> list[tuple[str, int | None, str | None, str | None]]:
    """Pair the strings of each field before and after a change.

    Unchanged strings and one-for-one replacements pair up; an inserted string has no old
    text and a deleted one no new text (and no position), so inserting a paragraph never
    shifts every later paragraph onto its neighbour's old text.
    """
    old_by_path, new_by_path = defaultdict(list), defaultdict(list)
    for (path, _position), text in sorted(old.items()):
        old_by_path[path].append(text)
    for (path, _position), text in sorted(new.items()):
        new_by_path[path].append(text)
    pairs = []
    for path in sorted(old_by_path.keys() | new_by_path.keys()):
        a, b = old_by_path[path], new_by_path[path]
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
                pairs += [(path, j1 + k, a[i1 + k], b[j1 + k]) for k in range(j2 - j1)]
            else:
                pairs += [(path, j, None, b[j]) for j in range(j1, j2)]
                pairs += [(path, None, a[i], None) for i in range(i1, i2)]
    return pairs


# A slug falls back to the source's; changing it never sends translators back to work.
UNTRACKED_PATHS = {"slug"}


def published_strings(page: Page) -> dict[tuple[str, int], str]:
    segments = extract_segments(page.specific)
    return _places(
        (segment.path, segment.string.data)
        for segment in segments
        if isinstance(segment, StringSegmentValue) and segment.path not in UNTRACKED_PATHS
    )


def is_source(page: Page) -> bool:
    return page.locale_id == Locale.get_default().pk


@transaction.atomic
def source_segments_refresh(*, page: Page, user=None) -> SourceChange | None:
    """Record the strings of a just-published source page.

    Returns the :class:`SourceChange` logged when strings changed since the last publish
    (the very first publish sets the baseline and logs nothing).
    """
    now = timezone.now()
    key = page.translation_key
    current = published_strings(page)
    stored = {
        (segment.path, segment.position): segment
        for segment in SourceSegment.objects.filter(translation_key=key)
    }
    before = {place: segment.text for place, segment in stored.items()}
    created, updated = [], []
    for (path, position), text in current.items():
        segment = stored.get((path, position))
        if segment is None:
            created.append(
                SourceSegment(
                    translation_key=key, path=path, position=position, text=text, changed_at=now
                )
            )
        elif segment.text != text:
            segment.text, segment.changed_at = text, now
            updated.append(segment)
    removed = [segment for place, segment in stored.items() if place not in current]
    changes = [
        {"path": path, "position": position, "old": old or "", "new": new or ""}
        for path, position, old, new in _align(before, current)
        if old != new
    ]
    SourceSegment.objects.bulk_create(created)
    SourceSegment.objects.bulk_update(updated, ["text", "changed_at"])
    SourceSegment.objects.filter(pk__in=[s.pk for s in removed]).delete()

    change = None
    if stored and changes:
        change = SourceChange.objects.create(
            translation_key=key,
            page=page,
            published_at=now,
            changed_strings=len(changes),
            changes=changes,
            user=user,
        )
        _notify_translators_later()
    translation_source_follow(page=page)
    translation_status_refresh(source_page=page)
    return change


def translation_source_follow(*, page: Page) -> TranslationSource | None:
    """Bring the wagtail-localize source of a just-published source page up to its live text.

    wagtail-localize updates a source only when someone clicks "Sync translated pages", so
    the translation editor would keep showing the text of the last sync. Updating it here
    (without touching the translated pages) lets the editor show the new text: a string
    that did not change keeps its translation (they are keyed by string, place and
    locale), a changed one has none yet and shows as needing translation. It runs in the
    publish's own transaction, so the editor and the report never disagree about the
    source. Pages never submitted for translation have no source and are left alone.
    """
    if page.alias_of_id is not None:
        return None
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None:
        return None
    # Writes strings, places and segments only: no StringTranslation, so none of the
    # per-string receivers (and their status refreshes) run.
    source.update_from_db()
    return source


def _notify_translators_later() -> None:
    """Queue the translators' batch ``TRANSLATOR_NOTIFY_DELAY_SECONDS`` after the publish.

    The editor's "minor correction" or "urgent" mark is written just after the publish
    itself, and the email must carry it; changes published meanwhile join the same email.
    A task backend that cannot wait (the immediate one of the tests) runs it at once.
    """
    task = notify_translators
    if task.get_backend().supports_defer:
        delay = timedelta(seconds=settings.TRANSLATOR_NOTIFY_DELAY_SECONDS)
        task = task.using(run_after=timezone.now() + delay)
    transaction.on_commit(task.enqueue)


@transaction.atomic
def translation_snapshot_record(*, source: TranslationSource, locale: Locale) -> None:
    """Remember the source strings a locale was just synced from."""
    if source.locale_id != Locale.get_default().pk:
        return  # the portal tracks translations of source-language pages only
    now = timezone.now()
    key = source.object_id
    segments = (
        StringSegment.objects.filter(source=source)
        .exclude(context__path__in=UNTRACKED_PATHS)
        .order_by("order")
        .values_list("context__path", "string__data")
    )
    SyncedSegment.objects.filter(translation_key=key, locale=locale).delete()
    SyncedSegment.objects.bulk_create(
        SyncedSegment(
            translation_key=key,
            locale=locale,
            path=path,
            position=position,
            text=text,
            synced_at=now,
        )
        for (path, position), text in _places(segments).items()
    )
    translation_status_refresh_later(translation_key=key)


_SIGNIFICANCE_LOG_ACTIONS = {
    SourceChange.Significance.MINOR: log_actions.CHANGE_MINOR,
    SourceChange.Significance.URGENT: log_actions.CHANGE_URGENT,
}


@transaction.atomic
def source_change_set_significance(
    *, change: SourceChange, significance: str, acting_user=None
) -> None:
    """Mark a change minor (translations carried over to the corrected strings) or urgent.

    The mark shows in the page's history (or, once the page is deleted, in the site history).
    """
    change.significance = significance
    change.save(update_fields=["significance"])
    if significance == SourceChange.Significance.MINOR:
        _carry_translations_over(change)
    page = Page.objects.filter(pk=change.page_id).first() if change.page_id else None
    action = _SIGNIFICANCE_LOG_ACTIONS.get(significance)
    if action is not None:
        log(
            instance=page or change,
            action=action,
            user=acting_user,
            data={"change": change.pk, "changed_strings": change.changed_strings},
        )
    if page is not None:
        translation_status_refresh(source_page=page)


def source_change_mark_latest(
    *, page: Page, significance: str, acting_user=None
) -> SourceChange | None:
    """Apply ``significance`` to the change logged by the page's latest publish, if any.

    A publish scheduled for later has not changed the live page yet, so it marks nothing.
    """
    page = Page.objects.get(pk=page.pk)
    if not page.live or page.live_revision_id != page.latest_revision_id:
        return None
    change = SourceChange.objects.filter(
        translation_key=page.translation_key, published_at__gte=page.last_published_at
    ).first()
    if change is not None:
        source_change_set_significance(
            change=change, significance=significance, acting_user=acting_user
        )
    return change


def _carry_translations_over(change: SourceChange) -> None:
    """Copy each locale's translation of a corrected string to its new text.

    Written in bulk, without per-row signals: the caller refreshes the status once after.
    """
    source_locale = Locale.get_default()
    carried = []
    for item in change.changes:
        if not item["old"] or not item["new"]:
            continue
        context = TranslationContext.objects.filter(
            object_id=change.translation_key, path=item["path"]
        ).first()
        if context is None:
            continue
        new_string = String.from_value(source_locale, StringValue(item["new"]))
        carried += [
            StringTranslation(
                translation_of=new_string,
                locale_id=old.locale_id,
                context=context,
                data=old.data,
                translation_type=old.translation_type,
                tool_name=old.tool_name,
                last_translated_by_id=old.last_translated_by_id,
            )
            for old in StringTranslation.objects.filter(
                context=context, translation_of__data=item["old"]
            )
        ]
    StringTranslation.objects.bulk_create(carried, ignore_conflicts=True)


def compare_strings(*, source_page: Page, locale: Locale) -> list[StringState]:
    """Each source string of ``source_page`` against ``locale``'s last sync, in page order."""
    key = source_page.translation_key
    current = {
        (s.path, s.position): s.text for s in SourceSegment.objects.filter(translation_key=key)
    }
    synced = {
        (s.path, s.position): s.text
        for s in SyncedSegment.objects.filter(translation_key=key, locale=locale)
    }
    translations = _translations(key, [locale.pk])[locale.pk]
    compared = (_compare(pair, translations) for pair in _align(synced, current))
    return sorted(
        (state for state in compared if state is not None),
        key=lambda state: (state.path, -1 if state.position is None else state.position),
    )


def editor_segment_ids(source_page: Page) -> dict[tuple[str, str], int]:
    """wagtail-localize's segment id of each source string, by (path, text): the translation
    editor's name for a string, as it follows the published source."""
    rows = StringSegment.objects.filter(
        source__object_id=source_page.translation_key, source__locale_id=source_page.locale_id
    ).values_list("context__path", "string__data", "pk")
    return {(path, text): pk for path, text, pk in rows}


def _translations(key, locale_ids) -> dict[int, dict[tuple[str, str], str]]:
    found: dict[int, dict[tuple[str, str], str]] = {pk: {} for pk in locale_ids}
    rows = StringTranslation.objects.filter(
        context__object_id=key, locale_id__in=locale_ids, has_error=False
    ).values_list("locale_id", "context__path", "translation_of__data", "data")
    for locale_id, path, text, data in rows:
        found[locale_id][(path, text)] = data
    return found


def _compare(pair, translations) -> StringState | None:
    """One aligned (old, new) pair for one locale; None for a removed, untranslated string."""
    path, position, old, new = pair
    if new is None:
        translation = translations.get((path, old), "")
        if not translation:
            return None
        return StringState(path, None, "outdated", "", old, translation)
    translation = translations.get((path, new), "")
    if old == new or old is None:
        state = "translated" if translation else "missing"
        return StringState(path, position, state, new, old or "", translation)
    if translation:
        return StringState(path, position, "corrected", new, old, translation)
    old_translation = translations.get((path, old), "")
    state = "outdated" if old_translation else "missing"
    return StringState(path, position, state, new, old, old_translation)


class _Families:
    """Page families whose status is due, each refreshed once when the batch ends."""

    def __init__(self, owner=None) -> None:
        self.owner = owner  # the atomic block whose commit ends the batch
        self.keys: dict[str, None] = {}
        self.families_of_contexts: dict[int, str] = {}  # a string's context → its family

    def __call__(self) -> None:
        keys, self.keys = list(self.keys), {}
        for key in keys:
            translation_status_refresh_family(translation_key=key)


_batches = threading.local()


def _transaction_owner():
    """The outermost atomic block of the code running now: its commit publishes the writes.

    The blocks a test case opens around each test never commit, so they do not count: under
    test, the code's own outermost block stands for the transaction it is in production.
    """
    for block in connection.atomic_blocks:
        if not getattr(block, "_from_testcase", False):
            return block
    return None


def _pending() -> _Families | None:
    """The batch the current code adds to: a :func:`translation_status_batch` block, else
    the current transaction's (if its commit callback is still due)."""
    scope = getattr(_batches, "scope", None)
    if scope is not None:
        return scope
    batch = getattr(_batches, "transaction", None)
    if batch is None or batch.owner is not _transaction_owner():
        return None
    # A rolled-back savepoint drops the callbacks registered inside it.
    if not any(callback is batch for _, callback, _ in connection.run_on_commit):
        return None
    return batch


def translation_status_refresh_later(*, translation_key) -> None:
    """Refresh the status of a page family once, after the current transaction's writes.

    Receivers call this for every string, translation or page saved; however many a
    transaction saves, the family is computed once: on commit, or at the end of the
    :func:`translation_status_batch` block it runs in. Outside a transaction it refreshes
    at once.
    """
    batch = _pending()
    if batch is None:
        owner = _transaction_owner()
        if owner is None:
            translation_status_refresh_family(translation_key=translation_key)
            return
        batch = _batches.transaction = _Families(owner)
        transaction.on_commit(batch)
    batch.keys[str(translation_key)] = None


@contextmanager
def translation_status_batch():
    """Collect the families whose status is due inside the block and refresh each once at
    its end, in the same transaction (a service's way to return an up-to-date status)."""
    if getattr(_batches, "scope", None) is not None:
        yield  # an outer block refreshes
        return
    scope = _batches.scope = _Families()
    try:
        yield
    finally:
        _batches.scope = None
    scope()


def translation_string_changed(*, string_translation: StringTranslation) -> None:
    """Note that a translated string of a page family was saved or deleted."""
    context_id = string_translation.context_id
    if context_id is None:
        return
    batch = _pending()
    key = batch.families_of_contexts.get(context_id) if batch is not None else None
    if key is None:
        found = TranslationContext.objects.filter(pk=context_id).values_list("object_id")
        key = next((str(object_id) for (object_id,) in found), None)
        if key is None:
            return  # deleted with its context: the family goes with it
    translation_status_refresh_later(translation_key=key)
    batch = _pending()
    if batch is not None:
        batch.families_of_contexts[context_id] = key


def translation_page_published(*, page: Page, user=None) -> None:
    """Keep a family's translation records current after one of its pages is published.

    A source page records its strings (and refreshes the status); a translation edited
    directly refreshes its family; a synced translation is left to its sync.
    """
    if is_source(page):
        source_segments_refresh(page=page, user=user)
    elif not _synced_by_localize(page):
        translation_status_refresh_later(translation_key=page.translation_key)


def translation_page_gone(*, page: Page) -> None:
    """A translated page was unpublished or deleted: its family's status changes with it."""
    if not is_source(page):
        translation_status_refresh_later(translation_key=page.translation_key)


def _synced_by_localize(page) -> bool:
    """Whether wagtail-localize syncs this translated page from its source.

    Such a page is published by a sync, whose TranslationLog records the snapshot and
    refreshes the status; wagtail-localize publishes it on commit, which can come before
    that log is written. Refreshing on the publish as well would compute the status twice,
    once from the previous snapshot.
    """
    return LocalizeTranslation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


def translation_status_refresh_family(*, translation_key) -> None:
    """Refresh the status of the family of ``translation_key``, if its source page exists."""
    source = Page.objects.filter(translation_key=translation_key, locale=Locale.get_default())
    for page in source[:1]:
        translation_status_refresh(source_page=page)


@transaction.atomic
def translation_status_refresh(*, source_page: Page) -> None:
    """Recompute the :class:`TranslationStatus` of a source page in every other locale."""
    if not is_source(source_page):
        return
    batch = _pending()
    if batch is not None:
        batch.keys.pop(str(source_page.translation_key), None)  # computed now, after them
    # One refresh per page at a time: concurrent ones would collide on re-creating rows.
    Page.objects.select_for_update().filter(pk=source_page.pk).first()
    key = source_page.translation_key
    locales = list(Locale.objects.exclude(pk=source_page.locale_id))
    current = {(s.path, s.position): s for s in SourceSegment.objects.filter(translation_key=key)}
    synced: dict[int, dict] = defaultdict(dict)
    synced_at: dict[int, object] = {}
    for segment in SyncedSegment.objects.filter(translation_key=key):
        synced[segment.locale_id][(segment.path, segment.position)] = segment.text
        synced_at[segment.locale_id] = segment.synced_at
    targets = set(
        Page.objects.filter(translation_key=key, alias_of__isnull=True)
        .exclude(locale_id=source_page.locale_id)
        .values_list("locale_id", flat=True)
    )
    managed = set(
        LocalizeTranslation.objects.filter(source__object_id=key, enabled=True).values_list(
            "target_locale_id", flat=True
        )
    )
    translations = _translations(key, [locale.pk for locale in locales])
    last_change = (
        SourceChange.objects.filter(translation_key=key)
        .values_list("published_at", flat=True)
        .first()
    )
    source_changed_at = max(
        [s.changed_at for s in current.values()] + ([last_change] if last_change else []),
        default=None,
    )
    urgent_since = list(
        SourceChange.objects.filter(
            translation_key=key, significance=SourceChange.Significance.URGENT
        ).values_list("published_at", flat=True)
    )

    TranslationStatus.objects.filter(source_page=source_page).delete()
    rows = []
    for locale in locales:
        status = TranslationStatus(
            source_page=source_page,
            locale=locale,
            total=len(current),
            source_changed_at=source_changed_at,
            synced_at=synced_at.get(locale.pk),
        )
        if locale.pk not in targets:
            status.state, status.missing = State.UNTRANSLATED, len(current)
        elif locale.pk not in managed or locale.pk not in synced_at:
            status.state = State.NEVER_SYNCED
        else:
            counts = defaultdict(int)
            texts = {place: segment.text for place, segment in current.items()}
            for pair in _align(synced[locale.pk], texts):
                compared = _compare(pair, translations[locale.pk])
                if compared is not None:
                    counts[compared.state] += 1
            status.translated = counts["translated"]
            status.outdated = counts["outdated"]
            status.corrected = counts["corrected"]
            status.missing = counts["missing"]
            if status.outdated or status.missing:
                status.state = State.OUTDATED
            elif status.corrected:
                status.state = State.NEEDS_GLANCE
            else:
                status.state = State.UP_TO_DATE
            status.urgent = status.state == State.OUTDATED and any(
                when > status.synced_at for when in urgent_since
            )
        rows.append(status)
    TranslationStatus.objects.bulk_create(rows)
    page_cache_clear()  # the outdated-translation notice follows the status
