"""The languages search speaks: those of ``settings.LANGUAGES``, with what each engine needs.

This is the one place that names a language code. Documents, both engines and the node's
analyzers read a language's facts from here: PostgreSQL's text-search configuration (and
whether it stems), the node's analyzer and field suffix, and how the text is prepared before
the database indexes or queries it (Croatian cut short, Chinese split into two-character
words). A language in the settings without facts of its own is searched as plain words:
PostgreSQL's ``simple`` configuration and the node's ``standard`` analyzer.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD = re.compile(r"\w+")
CROATIAN_PREFIX = 6  # letters kept of each Croatian word, on both engines


def fold_accents(text: str) -> str:
    """Lower-case without diacritics: ``Račun`` and ``racun`` meet."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def han_bigrams(text: str) -> str:
    """Chinese runs as overlapping two-character words; a lone character stays itself."""

    def split(match: re.Match) -> str:
        run = match.group(0)
        if len(run) == 1:
            return f" {run} "
        return " " + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + " "

    return HAN.sub(split, text)


def croatian_prefixes(text: str) -> str:
    """Croatian folded, each word cut to its first ``CROATIAN_PREFIX`` letters.

    Croatian inflects heavily and has no stemmer here; cutting words short is the usual light
    substitute, so that ``lozinka``, ``lozinku`` and ``lozinke`` (a password) meet.
    """
    return WORD.sub(lambda match: match.group(0)[:CROATIAN_PREFIX], fold_accents(text))


def _as_written(text: str) -> str:
    return text


@dataclass(frozen=True)
class Language:
    """One content language as the engines see it.

    Attributes:
        text_search_config: PostgreSQL's configuration for its documents and queries.
        stemmed: the configuration stems, so PostgreSQL's own headline marks the words.
        analyzer: the node's analyzer of its ``title_*`` and ``body_*`` fields.
        field: the suffix of those fields.
        prepare: the text as the database indexes and queries it.
        segmented: written without spaces; words are cut from runs and never completed.
        folded: its words are compared without accents.
    """

    code: str
    field: str
    text_search_config: str = "simple"
    stemmed: bool = False
    analyzer: str = "standard"
    prepare: Callable[[str], str] = _as_written
    segmented: bool = False
    folded: bool = False


FACTS = {
    "en": {"text_search_config": "english", "stemmed": True, "analyzer": "english"},
    "sv": {"text_search_config": "swedish", "stemmed": True, "analyzer": "swedish"},
    "nb": {"text_search_config": "norwegian", "stemmed": True, "analyzer": "norwegian"},
    "hr": {"analyzer": "croatian_prefixes", "prepare": croatian_prefixes, "folded": True},
    "zh-hans": {"field": "zh", "analyzer": "cjk", "prepare": han_bigrams, "segmented": True},
}


@lru_cache(maxsize=4)
def _registry(codes: tuple[str, ...]) -> dict[str, Language]:
    return {
        code: Language(**{"code": code, "field": code.replace("-", "_"), **FACTS.get(code, {})})
        for code in codes
    }


def languages() -> dict[str, Language]:
    """Every language of ``settings.LANGUAGES`` by code, in the settings' order."""
    return _registry(tuple(code for code, _name in settings.LANGUAGES))


def codes() -> tuple[str, ...]:
    return tuple(languages())


def language(code: str) -> Language:
    return languages()[code]


def searchable_text(text: str, locale: str) -> str:
    """The text the database engine indexes and queries: cut short (hr) or segmented (zh)."""
    return language(locale).prepare(text)
