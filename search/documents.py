"""What the search indexes: documents of registered kinds, and who may see each one.

Every searchable object becomes one :class:`SearchDocument` per locale. An app describes how
with a :class:`SearchKind` and registers it (:func:`register`); the engines, the outbox and
the commands work on any registered kind.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime


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
        facets: (facet, value) pairs of the facets its kind declares (``SearchKind.facets``).
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
    facets: tuple[tuple[str, str], ...] = ()

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
    # Facets of this kind's own, name → label (a gettext_lazy string), for example a forum
    # thread's "answered": its documents carry their values in ``SearchDocument.facets``,
    # and both engines filter and count them like the portal's own facets.
    facets: dict[str, str] = {}

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

    def value_labels(self, facet: str, values: list[str]) -> dict[str, str]:
        """What the search page shows for each value of one of this kind's own facets, where
        the value itself is not for readers (a forum's slug, ``yes``); absent: the value."""
        return {}

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
FACETS = ("kind", "locale", "category", "tags")  # the portal's own, on every kind
FACET_NAME = re.compile(r"[a-z_]+")  # a query parameter and a field name on the node
# The search routes' other query parameters (site and API): a facet may not take their names.
SEARCH_PARAMETERS = ("q", "sort", "page", "page_size", "next", "doc", "token", "position")


def register(kind: SearchKind) -> SearchKind:
    if not kind.name or kind.name in _kinds and type(_kinds[kind.name]) is not type(kind):
        raise ValueError(f"search kind {kind.name!r} has no name or is registered twice")
    taken = FACETS + SEARCH_PARAMETERS
    unfit = [name for name in kind.facets if name in taken or not FACET_NAME.fullmatch(name)]
    if unfit:
        raise ValueError(f"search kind {kind.name!r}: facets taken or not [a-z_]+: {unfit}")
    _kinds[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    _kinds.pop(name, None)


def kinds() -> dict[str, SearchKind]:
    return dict(_kinds)


def declared_facets() -> tuple[str, ...]:
    """The facets the registered kinds declare for themselves, each once."""
    return tuple(dict.fromkeys(name for kind in _kinds.values() for name in kind.facets))


def facet_names() -> tuple[str, ...]:
    """Every facet a search may filter on and counts: the portal's, then the kinds' own."""
    return FACETS + declared_facets()


def facet_value_labels(name: str, values: list[str]) -> dict[str, str]:
    """What readers see for the values of facet ``name`` that are not written for them: a
    kind's label, a language's own name, what a kind says of its own facet's values."""
    if name == "kind":
        return {value: str(_kinds[value].label) for value in values if value in _kinds}
    if name == "locale":
        from django.utils.translation import get_language_info

        return {value: get_language_info(value)["name_local"].capitalize() for value in values}
    labels: dict[str, str] = {}
    for kind in _kinds.values():
        if name in kind.facets:
            own = kind.value_labels(name, values)
            labels |= {value: str(label) for value, label in own.items()}
    return labels


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
