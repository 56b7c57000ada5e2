"""Wagtail's own search index on the node (the admin's page, document and image search).

Wagtail writes its index from a task that logs a failure and gives up, so a change made
while the node is down would never reach it. With a node configured, Wagtail's automatic
updates are off (``AUTO_UPDATE`` in the settings) and every save or delete of an indexed
model goes through the portal's outbox instead: a row in the change's own transaction,
applied by the same task as the portal's documents and kept until the node takes it.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from modelsearch.index import get_indexed_instance, get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from wagtail.search.backends import get_search_backend

KIND = "wagtail"  # the outbox rows of Wagtail's index; keys are ``app_label.model:pk``
BACKEND = "default"


def object_changed(sender, instance, raw=False, **kwargs) -> None:
    """Receiver for every indexed model: note the object for Wagtail's index."""
    if not raw:
        object_change_record(instance)


def object_change_record(instance) -> None:
    from search.engines import node_configured
    from search.services import index_change_record

    if node_configured():
        index_change_record(KIND, [f"{instance._meta.label_lower}:{instance.pk}"])


def connect() -> None:
    for model in get_indexed_models():
        uid = f"portal-wagtail-index-{model._meta.label_lower}"
        post_save.connect(object_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(object_changed, sender=model, dispatch_uid=f"{uid}-delete")


def _indices(backend) -> dict:
    return group_models_by_index(backend, get_indexed_models())


def indices_ensure() -> None:
    """Create Wagtail's indices that do not exist yet, with their mappings.

    Wagtail adds a document to an index without creating it first, and the node would
    then guess the mapping; searching a model whose index is missing fails outright.
    """
    backend = get_search_backend(BACKEND)
    for index, models in _indices(backend).items():
        if not index.exists():
            index.put()
            for model in models:
                index.add_model(model)


def changes_apply(keys: list[str]) -> None:
    """Write the current state of each ``app_label.model:pk`` to Wagtail's index."""
    if not keys:
        return
    indices_ensure()
    backend = get_search_backend(BACKEND)
    touched = {}
    for key in dict.fromkeys(keys):
        label, pk = key.rsplit(":", 1)
        model = apps.get_model(label)
        found = model._default_manager.filter(pk=pk).first()
        indexed = get_indexed_instance(found) if found is not None else None
        if indexed is not None:
            backend.add(indexed)
        else:
            backend.delete(model(pk=pk))
        index = backend.get_index_for_model(model)
        touched[index.name] = index
    for index in touched.values():  # searchable once the task is done, as the portal's are
        index.refresh()


def counts() -> list[tuple[str, int, int]]:
    """(index, objects the database says it should hold, documents it holds) per index.

    Each model's indexed objects are its own rows only (Wagtail's page types count the
    pages of their exact type), so the models of one index add up.
    """
    backend = get_search_backend(BACKEND)
    rows = []
    for index, models in _indices(backend).items():
        want = sum(model.get_indexed_objects().count() for model in models)
        found = backend.es.count(index=index.name)["count"] if index.exists() else 0
        rows.append((index.name.removeprefix(backend.index_prefix), want, found))
    return rows
