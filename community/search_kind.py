"""Threads as search documents: one per visible thread, readable by its space's readers.

A thread's document holds its title, its opening post and visible replies as plain text,
its tags, its space's name as the category and its own language; its facets are the
space (slug), the kind of thread and, for questions, whether an answer was accepted.
Hidden, deleted and merged-away threads have no document, so they never leave the engine.
"""

import html

from django.db.models import Prefetch, Q
from django.utils.html import strip_tags
from django.utils.translation import pgettext, pgettext_lazy

from community.models import Post, Space, Thread
from portal.markdown import render_user_markdown
from search.documents import SearchDocument, SearchKind, register
from search.languages import codes
from search.services import index_change_record

KIND = "thread"  # what community.services records in the outbox
# A thread's text in the index stops here: the opening post and the accepted answer come
# first, so a very long thread keeps what matters most findable.
BODY_MAX_CHARS = 200_000


def thread_url(thread: Thread) -> str:
    """The thread's page on the site, in the thread's own language."""
    return thread.get_absolute_url()


def space_principals(space: Space) -> tuple[str, ...]:
    """Who may find the threads of ``space``: its readers, as the community decides them."""
    Access = Space.Access
    if space.read_access == Access.EVERYONE:
        return ("public",)
    if space.read_access == Access.SIGNED_IN:
        return ("authenticated", "staff")
    if space.read_access == Access.SEGMENTS:
        # segments.all(): the prefetched rows, not one query per thread.
        return (*(f"segment:{segment.pk}" for segment in space.segments.all()), "staff")
    return ("staff",)


def post_plain_text(body: str) -> str:
    """A post's Markdown as the words a reader sees: no markup, no HTML, entities decoded."""
    shown = html.unescape(strip_tags(render_user_markdown(body)))
    # Raw HTML a member typed is shown as text on the site; the index keeps no tags of it.
    return " ".join(strip_tags(shown).split())


def _visible() -> Q:
    return Q(is_hidden=False, deleted_at__isnull=True, merged_into__isnull=True)


def _thread_ids(keys) -> list[int]:
    return [int(key) for key in keys if str(key).isdigit()]


def _answered(thread: Thread) -> bool:
    answer = thread.accepted_answer
    return answer is not None and answer.is_visible


def _facets(thread: Thread) -> tuple[tuple[str, str], ...]:
    facets = [("space", thread.space.slug), ("thread_type", thread.kind)]
    if thread.kind == Thread.Kind.QUESTION:  # only questions take accepted answers
        facets.append(("answered", "yes" if _answered(thread) else "no"))
    return tuple(facets)


def _body(thread: Thread) -> str:
    posts = sorted(
        thread.visible_posts,
        key=lambda post: (not post.is_opening, post.pk != thread.accepted_answer_id),
    )
    body = "\n\n".join(text for text in map(post_plain_text, (p.body for p in posts)) if text)
    return body[:BODY_MAX_CHARS]


class ThreadKind(SearchKind):
    name = KIND
    label = pgettext_lazy("search result kind", "Community thread")
    facets = {
        "space": pgettext_lazy("search filter", "Space"),
        "thread_type": pgettext_lazy("search filter", "Thread type"),
        "answered": pgettext_lazy("search filter", "Answered"),
    }

    def documents(self, keys: list[str]) -> dict[str, list[SearchDocument]]:
        found = {str(thread.pk): thread for thread in self._threads(keys, with_text=True)}
        return {key: [self._document(found[key])] if key in found else [] for key in map(str, keys)}

    def visibility(self, keys: list[str]) -> dict[str, tuple[str, ...]]:
        """Who may see each thread's document now, from its space (no text built)."""
        return {
            f"{self.name}:{thread.pk}:{thread.locale.language_code}": space_principals(thread.space)
            for thread in self._threads(keys)
        }

    def all_keys(self):
        ids = self._searchable().order_by("pk").values_list("pk", flat=True)
        return (str(pk) for pk in ids.iterator())

    def count(self) -> int:
        return self._searchable().count()

    def value_labels(self, facet: str, values: list[str]) -> dict[str, str]:
        if facet == "space":
            return dict(Space.objects.filter(slug__in=values).values_list("slug", "name"))
        if facet == "thread_type":
            return {value: label for value, label in Thread.Kind.choices if value in values}
        if facet == "answered":
            return {
                "yes": pgettext("search filter: a question has an accepted answer", "Yes"),
                "no": pgettext("search filter: a question has an accepted answer", "No"),
            }
        return {}

    def value_languages(self, facet: str, values: list[str]) -> dict[str, str]:
        """A space's name is in its one language, when it serves only one."""
        if facet not in ("space", "category") or not values:
            return {}
        field = "slug" if facet == "space" else "name"
        languages: dict[str, set[str]] = {}
        rows = Space.objects.filter(**{f"{field}__in": values}).values_list(
            field, "locales__language_code"
        )
        for value, language in rows:
            languages.setdefault(value, set()).add(language)
        return {value: found.pop() for value, found in languages.items() if len(found) == 1}

    @staticmethod
    def _searchable():
        return Thread.objects.filter(_visible(), locale__language_code__in=codes())

    def _threads(self, keys, *, with_text: bool = False) -> list[Thread]:
        threads = (
            self._searchable()
            .filter(pk__in=_thread_ids(keys))
            .select_related("space", "locale")
            .prefetch_related("space__segments")
        )
        if with_text:
            visible_posts = Post.objects.filter(is_hidden=False, deleted_at__isnull=True)
            threads = threads.select_related("accepted_answer").prefetch_related(
                "tags",
                Prefetch("posts", queryset=visible_posts.order_by("pk"), to_attr="visible_posts"),
            )
        return list(threads)

    def _document(self, thread: Thread) -> SearchDocument:
        changed = [thread.created_at, thread.last_activity_at]
        changed += [post.edited_at for post in thread.visible_posts if post.edited_at]
        return SearchDocument(
            kind=self.name,
            key=str(thread.pk),
            locale=thread.locale.language_code,
            title=thread.title,
            body=_body(thread),
            url=thread_url(thread),
            principals=space_principals(thread.space),
            created_at=thread.created_at,
            updated_at=max(changed),
            tags=tuple(sorted(tag.name for tag in thread.tags.all())),
            category=thread.space.name,
            object_id=str(thread.pk),
            facets=_facets(thread),
        )


def space_threads_reindex(*, space: Space) -> None:
    """Queue the search documents of every thread in ``space``, in the current transaction:
    after a change of who may read it or of its name (which each thread carries)."""
    index_change_record(KIND, space.threads.filter(_visible()).values_list("pk", flat=True))


def register_thread_search() -> None:
    register(ThreadKind())
