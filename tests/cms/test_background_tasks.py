import importlib

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.tasks import update_reference_index_task

from demo.site import seed_demo
from tests.utils import home_in


def tasks_setting_of(module: str, monkeypatch) -> dict:
    """The TASKS setting a settings module gives, with what production requires to load."""
    monkeypatch.setenv("SECRET_KEY", "tasks-test-key")
    monkeypatch.setenv("ALLOWED_HOSTS", "help.example.com")
    return importlib.import_module(module).TASKS


@pytest.mark.django_db
def test_unit_tests_run_tasks_immediately():
    home = home_in("en")

    result = update_reference_index_task.enqueue("home", "homepage", home.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL


@pytest.mark.django_db(transaction=True)
def test_dev_and_production_keep_tasks_in_the_database_until_the_worker_runs_them(monkeypatch):
    seed_demo(knowledge_base=False)
    home = home_in("en")
    queued = []
    for module in ("portal.settings.dev", "portal.settings.production"):
        with override_settings(TASKS=tasks_setting_of(module, monkeypatch)):
            queued.append(update_reference_index_task.enqueue("home", "homepage", home.pk).id)

    waiting = [DBTaskResult.objects.get(pk=pk).status for pk in queued]
    with override_settings(TASKS=tasks_setting_of("portal.settings.production", monkeypatch)):
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert waiting == [TaskResultStatus.READY] * 2
    assert [DBTaskResult.objects.get(pk=pk).status for pk in queued] == [
        TaskResultStatus.SUCCESSFUL
    ] * 2
