"""Admin views for translators: the translation report, its drill-down and their notices."""

import html
import re
from difflib import SequenceMatcher

import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import (
    gettext,
    gettext_lazy,
    npgettext,
    pgettext,
    pgettext_lazy,
)
from django.views.decorators.http import require_POST
from wagtail import blocks
from wagtail.admin.action_menu import PublishMenuItem
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from cms.models import TranslationStatus
from cms.selectors import category_filter_choices
from cms.translation import notifications
from cms.translation.selectors import (
    translation_status_list_for,
    translation_summary_list,
    translator_locale_list,
    translator_notice_list,
)
from cms.translation.status import compare_strings, editor_segment_ids, is_source
from portal.admin import CountedPaginator


def _target_locales(request):
    """The languages the viewer may choose: those whose translations they may edit."""
    if request is None:
        return Locale.objects.none()
    allowed = translator_locale_list(user=request.user)
    return Locale.objects.filter(pk__in=[locale.pk for locale in allowed]).order_by("pk")


def _owners(request):
    return get_user_model().objects.filter(maintained_articles__isnull=False).distinct()


class TranslationReportFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        queryset=_target_locales, label=gettext_lazy("Language")
    )
    state = django_filters.ChoiceFilter(
        choices=TranslationStatus.State.choices,
        label=pgettext_lazy("translation state", "State"),
    )
    category = django_filters.ModelChoiceFilter(
        queryset=category_filter_choices, label=gettext_lazy("Category"), method="filter_category"
    )
    owner = django_filters.ModelChoiceFilter(
        queryset=_owners,
        field_name="source_page__articlepage__maintainer",
        label=pgettext_lazy("the editor who maintains an article", "Maintainer"),
    )
    sort = django_filters.OrderingFilter(
        fields=[("source_changed_at", "age"), ("gap_size", "gap"), ("source_page__title", "title")],
        field_labels={
            "source_changed_at": pgettext_lazy("sort translations by", "Age of the change"),
            "gap_size": pgettext_lazy("sort translations by", "Strings to translate"),
            "source_page__title": pgettext_lazy("sort translations by", "Page title"),
        },
        label=gettext_lazy("Sort by"),
    )

    class Meta:
        model = TranslationStatus
        fields = ["locale", "state"]

    def filter_category(self, queryset, name, value):
        return queryset.filter(
            source_page__path__startswith=value.path, source_page__depth__gt=value.depth
        )


class TranslationReportPaginator(CountedPaginator):
    @staticmethod
    def count_label(count):
        return npgettext(
            "rows of the translation report: a page in one language",
            "%(count)s translation",
            "%(count)s translations",
            count,
        ) % {"count": count}


class TranslationReportView(ReportView):
    """Every translated page in the viewer's languages, in the order of work.

    Urgent changes first, then outdated pages, those to glance at, and up-to-date ones last.
    """

    page_title = gettext_lazy("Translations")
    header_icon = "globe"
    results_template_name = "cms/admin/translation_report_results.html"
    index_url_name = "translation_report"
    index_results_url_name = "translation_report_results"
    filterset_class = TranslationReportFilterSet
    paginator_class = TranslationReportPaginator
    list_export = [
        "source_page.title",
        "locale.language_code",
        "state",
        "total",
        "translated",
        "outdated",
        "corrected",
        "missing",
        "source_changed_at",
        "synced_at",
        "urgent",
    ]
    export_headings = {
        "source_page.title": gettext_lazy("Page"),
        "locale.language_code": gettext_lazy("Language"),
        "state": pgettext_lazy("translation state", "State"),
        "total": gettext_lazy("Strings"),
        "translated": gettext_lazy("Translated"),
        "outdated": gettext_lazy("Outdated"),
        "corrected": gettext_lazy("Please glance"),
        "missing": gettext_lazy("Missing"),
        "source_changed_at": gettext_lazy("Source changed"),
        "synced_at": gettext_lazy("Last synced"),
        "urgent": gettext_lazy("Urgent"),
    }

    def get_queryset(self):
        return translation_status_list_for(user=self.request.user)


# The units of the diff: a run of spaces, one CJK character (those languages write no
# spaces between words), a word, or a run of punctuation.
_TOKENS = re.compile(r"\s+|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|\w+|[^\w\s]+")


def plain_text(segment: str) -> str:
    """The text of a wagtail-localize string (HTML: tags and entities) as a reader sees it."""
    return html.unescape(strip_tags(segment))


def _word_changes(a: list[str], b: list[str]) -> list[tuple[bool, str, str]]:
    """(changed, old text, new text) runs; a space alone between two changes joins them, so
    "an hour" → "ten minutes" is one change rather than two."""
    runs: list[list] = []
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        old, new = "".join(a[i1:i2]), "".join(b[j1:j2])
        changed = tag != "equal"
        between_changes = 0 < index < len(opcodes) - 1 and not old.strip()
        if not changed and between_changes:
            changed = True
        if runs and changed and runs[-1][0]:
            runs[-1][1] += old
            runs[-1][2] += new
        else:
            runs.append([changed, old, new])
    return [tuple(run) for run in runs]


def word_diff(old: str, new: str) -> tuple[SafeString, SafeString]:
    """``old`` and ``new`` as HTML, the words removed in ``<del>``, those added in ``<ins>``.

    Both are strings of a wagtail-localize segment (HTML); the result escapes their text, so
    markup-like text an editor typed shows as text.
    """
    a, b = _TOKENS.findall(plain_text(old)), _TOKENS.findall(plain_text(new))
    before, after = [], []
    for changed, removed, added in _word_changes(a, b):
        removed, added = escape(removed), escape(added)
        if not changed:
            before.append(removed)
            after.append(added)
            continue
        if removed:
            before.append(f"<del>{removed}</del>")
        if added:
            after.append(f"<ins>{added}</ins>")
    return mark_safe("".join(before)), mark_safe("".join(after))  # noqa: S308 (escaped above)


def _block_place(block, value, keys: list[str]) -> list[str]:
    """Names for the rest of a content path below ``block`` holding ``value``."""
    if not keys:
        return []
    key, rest = keys[0], keys[1:]
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        child = next((c for c in children if c.id == key), None)
        if child is None:
            return [gettext("a removed block")]
        label = capfirst(child.block.label)
        same_type = [c for c in children if c.block_type == child.block_type]
        if len(same_type) > 1:
            label = pgettext(
                "a block of an article, numbered among blocks of its type", "%(block)s %(number)s"
            ) % {"block": label, "number": same_type.index(child) + 1}
        return [str(label), *_block_place(child.block, child.value, rest)]
    if isinstance(block, blocks.ListBlock):
        items = list(getattr(value, "bound_blocks", None) or [])
        for number, item in enumerate(items, start=1):
            if getattr(item, "id", None) == key or str(number - 1) == key:
                return [str(number), *_block_place(block.child_block, item.value, rest)]
        return [gettext("a removed item")]
    if isinstance(block, blocks.StructBlock) and key in block.child_blocks:
        child = block.child_blocks[key]
        child_value = value.get(key) if value is not None else None
        return [str(capfirst(child.label)), *_block_place(child, child_value, rest)]
    return []


def string_place(page, path: str) -> str:
    """Where a string lives, named as the editor shows it: "Body › Steps › 2 › Title".

    ``path`` is wagtail-localize's content path (``field.<block id>.<child>…``); block ids
    are looked up in ``page``'s current stream value and never shown.
    """
    field_name, *keys = path.split(".")
    try:
        field = page._meta.get_field(field_name)
    except FieldDoesNotExist:
        return gettext("Other content")
    names = [str(capfirst(getattr(field, "verbose_name", field_name)))]
    stream_block = getattr(field, "stream_block", None)
    if stream_block is not None:
        names += _block_place(stream_block, getattr(page, field_name, None), keys)
    return " › ".join(names)


def _editor_url(editor: str | None, segment_ids, string) -> str | None:
    """The translation editor, opened on ``string`` (a removed string: at the top)."""
    if editor is None:
        return None
    segment_id = segment_ids.get((string.path, string.new_text))
    return f"{editor}#string-{segment_id}" if segment_id else editor


def translation_detail(request, status_id: int):
    """One page in one language: each string, old → new, with the current translation.

    A status of a language the viewer may not edit answers 404, as an unknown one does.
    """
    status = get_object_or_404(translation_status_list_for(user=request.user), pk=status_id)
    source = status.source_page.specific
    target = status.source_page.get_translation_or_none(status.locale)
    strings = compare_strings(source_page=source, locale=status.locale)
    editor = reverse("wagtailadmin_pages:edit", args=[target.pk]) if target else None
    segment_ids = editor_segment_ids(source) if target else {}
    per_path: dict[str, int] = {}
    for string in strings:
        per_path[string.path] = per_path.get(string.path, 0) + 1
    rows = []
    for string in strings:
        if string.state == "translated":
            continue
        place = string_place(source, string.path)
        if per_path[string.path] > 1 and string.position is not None:
            place = pgettext(
                "where a string is: its field or block, and its paragraph's number",
                "%(place)s, paragraph %(number)s",
            ) % {"place": place, "number": string.position + 1}
        before, after = word_diff(string.old_text, string.new_text)
        rows.append(
            {
                "state": string.state,
                "place": place,
                "before": before,
                "after": after,
                "translation": plain_text(string.translation),
                "editor_url": _editor_url(editor, segment_ids, string),
            }
        )
    translated = sum(s.state == "translated" for s in strings)
    return TemplateResponse(
        request,
        "cms/admin/translation_detail.html",
        {
            "status": status,
            "target": target,
            "strings": rows,
            "translated_count": translated,
            "page_title": pgettext(
                "title of the drill-down: a page and the language of its translation",
                "%(page)s (%(language)s)",
            )
            % {"page": status.source_page.title, "language": status.locale.get_display_name()},
        },
    )


@require_POST
def translator_notice_dismiss(request, notice_id: int):
    notifications.translator_notice_dismiss(notice_id=notice_id, user=request.user)
    return redirect("wagtailadmin_home")


class PublishWithSignificanceMenuItem(PublishMenuItem):
    """Publish, telling translators how much the change matters to them."""

    template_name = "cms/admin/publish_with_significance.html"

    def __init__(self, significance: str, label: str, icon_name: str, order: int):
        super().__init__(order=order)
        self.significance = significance
        self.name = f"action-publish-{significance}"
        self.label = label
        self.icon_name = icon_name

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and is_source(page)
            and super().is_shown(context)
        )

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["significance"] = self.significance
        return context


class TranslationPanel(Component):
    """Dashboard panel: what is waiting in the locales the user translates."""

    name = "translations_to_do"
    order = 90
    template_name = "cms/admin/translation_panel.html"

    def __init__(self, locales):
        self.locales = locales

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {
            "summary": translation_summary_list(locales=self.locales),
            "notices": translator_notice_list(user=user),
            "csrf_token": parent_context.get("csrf_token"),
        }
