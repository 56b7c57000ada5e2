from django_tasks import task

from cms.translation.notifications import translators_notify


@task()
def notify_translators() -> int:
    """Batch every pending source change into one message per translator."""
    return translators_notify()
