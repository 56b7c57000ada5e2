"""What the search indexes: documents of registered kinds, and who may see each one.

Every searchable object becomes one :class:`SearchDocument` per locale. An app describes how
with a :class:`SearchKind` and registers it (:func:`register`); the engines, the outbox and
the commands work on any registered kind.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

LANGUAGES = ("en", "sv", "nb", "hr", "zh-hans")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD = re.compile(r"\w+")
CROATIAN_PREFIX = 6  # letters kept of each Croatian word, on both engines


@dataclass(frozen=True)
class SearchDocument:
    """One object in one locale, as the engines store it.

    Attributes:
        kind: the registered kind's name.
        key: what the outbox names when the object changes; all documents of one key are
            replaced together (an article family's key is its translation key).
        locale: the language code of the text.
        principals: who may see the document (``public``, ``authenticated``, ``staff``,
            ``user:<id>``, ``segment:<id>``); a viewer needs one of them.
        fallback_for: locales without their own version, whose searches may show this one.
        boost: multiplies relevance (1.0 is neutral), for example for helpful articles.
    """

    kind: str
    key: str
    locale: str
    title: str
    body: str
    url: str
    principals: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    tags: tuple[str, ...] = ()
    category: str = ""
    fallback_for: tuple[str, ...] = ()
    boost: float = 1.0
    object_id: str = ""

    @property
    def doc_id(self) -> str:
        return f"{self.kind}:{self.key}:{self.locale}"


def kind_and_key(doc_id: str) -> tuple[str, str]:
    """The (kind, key) of a document id (``kind:key:locale``)."""
    kind, rest = doc_id.split(":", 1)
    return kind, rest.rsplit(":", 1)[0]


class SearchKind:
    """How one kind of object becomes search documents; subclass and :func:`register`."""

    name: str = ""
    label: str = ""  # shown to readers (the kind facet): a gettext_lazy string

    def documents(self, keys: list[str]) -> dict[str, list[SearchDocument]]:
        """The current documents of each key; an empty list removes the key's documents."""
        raise NotImplementedError

    def all_keys(self) -> Iterator[str]:
        """Every key that has documents now, for a full rebuild."""
        raise NotImplementedError

    def count(self) -> int:
        """How many documents the kind has now (for progress bars)."""
        raise NotImplementedError

    def promoted(self, text: str, locale: str) -> list[str]:
        """Document ids editors pinned for this query, best first."""
        return []

    def value_languages(self, facet: str, values: list[str]) -> dict[str, str]:
        """The language each facet value of this kind is written in, where one is known
        (a category's title): the search page marks values in another language than the
        page's with it, as it marks a result shown in the original language."""
        return {}

    def visibility(self, keys: list[str]) -> dict[str, tuple[str, ...]]:
        """The principals of each current document of ``keys`` by document id, from the
        database; a document that is gone is absent. A kind may answer this more cheaply
        than by building its documents."""
        return {
            doc.doc_id: doc.principals for docs in self.documents(keys).values() for doc in docs
        }


_kinds: dict[str, SearchKind] = {}


def register(kind: SearchKind) -> SearchKind:
    if not kind.name or kind.name in _kinds and type(_kinds[kind.name]) is not type(kind):
        raise ValueError(f"search kind {kind.name!r} has no name or is registered twice")
    _kinds[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    _kinds.pop(name, None)


def kinds() -> dict[str, SearchKind]:
    return dict(_kinds)


def all_documents(kind: SearchKind, batch: int = 200) -> Iterator[SearchDocument]:
    keys: list[str] = []
    for key in kind.all_keys():
        keys.append(key)
        if len(keys) == batch:
            yield from _flatten(kind.documents(keys))
            keys = []
    if keys:
        yield from _flatten(kind.documents(keys))


def _flatten(by_key: dict[str, list[SearchDocument]]) -> Iterable[SearchDocument]:
    for documents in by_key.values():
        yield from documents


_principal_sources: list[Callable] = []


def register_principals(source: Callable) -> None:
    """Add a source of principals: a function of a signed-in user returning more of them."""
    if source not in _principal_sources:
        _principal_sources.append(source)


def principals_for(user) -> list[str]:
    """The principals a viewer carries into every query."""
    if user is None or not user.is_authenticated:
        return ["public"]
    principals = ["public", "authenticated", f"user:{user.pk}"]
    for source in _principal_sources:
        principals += source(user)
    if user.has_perm("wagtailadmin.access_admin"):
        principals.append("staff")
    return principals


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


def searchable_text(text: str, locale: str) -> str:
    """The text the database engine indexes and queries: cut short (hr) or segmented (zh)."""
    if locale == "hr":
        return croatian_prefixes(text)
    if locale == "zh-hans":
        return han_bigrams(text)
    return text
