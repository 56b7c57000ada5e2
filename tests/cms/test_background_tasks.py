import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.tasks import update_reference_index_task

from demo.site import seed_demo
from portal.settings import base as base_settings
from tests.utils import home_in


def test_dev_and_production_queue_tasks_in_the_database():
    assert base_settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


@pytest.mark.django_db
def test_unit_tests_run_tasks_immediately():
    home = home_in("en")

    result = update_reference_index_task.enqueue("home", "homepage", home.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_database_queue_is_drained_by_the_worker():
    seed_demo(knowledge_base=False)
    home = home_in("en")

    result = update_reference_index_task.enqueue("home", "homepage", home.pk)
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
