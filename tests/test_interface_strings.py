"""Every name the admin shows for the portal's own apps can be translated.

Django and Wagtail derive a name from the code when none is given ("translation status",
"translation statuss", "Review interval days", "Callout"); such names never reach the
catalogues, so the admin stays English in every language. These tests walk every app of
the project (not the installed packages), so an app added later is held to the same rule.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.functional import Promise
from wagtail import blocks
from wagtail.fields import StreamField

PROJECT = Path(settings.BASE_DIR).resolve()


def _project_apps():
    """The app configs whose code lives in this repository."""
    found = []
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(PROJECT) and ".venv" not in path.relative_to(PROJECT).parts:
            found.append(config)
    return found


PROJECT_APPS = _project_apps()
PROJECT_MODULES = {config.module.__name__ for config in PROJECT_APPS}


def _project_models():
    return [model for config in PROJECT_APPS for model in config.get_models()]


def _is_ours(cls) -> bool:
    return cls.__module__.split(".")[0] in PROJECT_MODULES


def _declared_elsewhere(model, field) -> bool:
    """A field copied from an abstract model of another package (``TranslatableMixin``'s
    ``translation_key``, ``Orderable``'s ``sort_order``): that package names it."""
    for base in model.__mro__[1:]:
        meta = getattr(base, "_meta", None)
        if meta is None or not meta.abstract or _is_ours(base):
            continue
        if any(inherited.name == field.name for inherited in meta.local_fields):
            return True
        if any(inherited.name == field.name for inherited in meta.local_many_to_many):
            return True
    return False


def _own_fields(model):
    for field in [*model._meta.local_concrete_fields, *model._meta.local_many_to_many]:
        if field.auto_created or isinstance(field, models.AutoField):
            continue
        if _declared_elsewhere(model, field):
            continue
        yield field


def _stream_blocks():
    """(where, block) for every block reachable from the project's StreamFields."""
    found = []

    def walk(block, where):
        found.append((where, block))
        if isinstance(block, blocks.ListBlock):
            walk(block.child_block, f"{where} › item")
        elif isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
            for name, child in block.child_blocks.items():
                walk(child, f"{where} › {name}")

    for model in _project_models():
        for field in model._meta.local_fields:
            if isinstance(field, StreamField):
                for name, child in field.stream_block.child_blocks.items():
                    walk(child, f"{model._meta.label}.{field.name} › {name}")
    return found


def test_the_project_apps_are_found():
    labels = {config.label for config in PROJECT_APPS}
    assert {"cms", "home", "portal_search"} <= labels
    assert not labels & {"wagtailcore", "auth", "wagtail_localize"}
    assert _stream_blocks(), "no StreamField found in the project's models"


def test_every_app_with_models_has_a_translatable_name():
    # The admin names an app (permissions, model choosers) only through its models.
    untranslated = [
        config.label
        for config in PROJECT_APPS
        if list(config.get_models()) and not isinstance(config.verbose_name, Promise)
    ]
    assert not untranslated, f"apps without a gettext_lazy verbose_name: {untranslated}"


@pytest.mark.parametrize("name", ["verbose_name", "verbose_name_plural"])
def test_every_model_has_translatable_names(name):
    untranslated = [
        model._meta.label
        for model in _project_models()
        # Django makes up a plural ("statuss") lazily when Meta gives none: look at Meta.
        if not isinstance(model._meta.original_attrs.get(name), Promise)
    ]
    assert not untranslated, f"models without a gettext_lazy Meta.{name}: {untranslated}"


def test_every_model_field_has_a_translatable_name():
    untranslated = [
        f"{model._meta.label}.{field.name}"
        for model in _project_models()
        for field in _own_fields(model)
        if not isinstance(field.verbose_name, Promise)
    ]
    assert not untranslated, f"fields without a gettext_lazy verbose_name: {untranslated}"


def test_every_field_help_text_and_choice_is_translatable():
    untranslated = []
    for model in _project_models():
        for field in _own_fields(model):
            if field.help_text and not isinstance(field.help_text, Promise):
                untranslated.append(f"{model._meta.label}.{field.name} help_text")
            for value, label in field.flatchoices:
                if not isinstance(label, Promise):
                    untranslated.append(f"{model._meta.label}.{field.name} choice {value!r}")
    assert not untranslated, f"untranslatable help texts and choices: {untranslated}"


def test_every_block_has_a_translatable_label():
    untranslated = [
        where for where, block in _stream_blocks() if not isinstance(block.label, Promise)
    ]
    assert not untranslated, f"blocks without a gettext_lazy label: {untranslated}"


def test_every_choice_block_choice_is_translatable():
    untranslated = [
        f"{where} choice {value!r}"
        for where, block in _stream_blocks()
        if isinstance(block, blocks.ChoiceBlock)
        for value, label in block.field.choices
        if value and not isinstance(label, Promise)
    ]
    assert not untranslated, f"untranslatable block choices: {untranslated}"
