"""Entry bodies move to their own table, and PostgreSQL compresses search vectors with lz4.

Both keep the rows a query reads small: a search reads every matching row, and lz4 is far
cheaper to decompress than PostgreSQL's default. Vectors already stored keep their old
compression until they are rewritten (``manage.py search_reindex`` rewrites them all).
"""

import django.db.models.deletion
from django.db import migrations, models


def copy_bodies(apps, schema_editor):
    schema_editor.execute(
        "INSERT INTO portal_search_searchentrybody (entry_id, body) "
        "SELECT id, body FROM portal_search_searchentry"
    )


def restore_bodies(apps, schema_editor):
    schema_editor.execute(
        "UPDATE portal_search_searchentry SET body = b.body "
        "FROM portal_search_searchentrybody b WHERE b.entry_id = portal_search_searchentry.id"
    )


def compress_vectors(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE portal_search_searchentry ALTER COLUMN search_vector SET COMPRESSION lz4"
        )


class Migration(migrations.Migration):
    dependencies = [("portal_search", "0002_full_text_indexes")]

    operations = [
        migrations.CreateModel(
            name="SearchEntryBody",
            fields=[
                (
                    "entry",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="text",
                        serialize=False,
                        to="portal_search.searchentry",
                    ),
                ),
                ("body", models.TextField()),
            ],
            options={"verbose_name_plural": "search entry bodies"},
        ),
        migrations.RunPython(copy_bodies, restore_bodies),
        migrations.RemoveField(model_name="searchentry", name="body"),
        migrations.RunPython(compress_vectors, migrations.RunPython.noop),
    ]
