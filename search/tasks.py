from django_tasks import task

from search.services import index_changes_apply


@task()
def apply_index_changes() -> int:
    """Write pending index changes to every engine."""
    return index_changes_apply()
