"""Entry bodies move to their own table; PostgreSQL keeps search vectors inline, in lz4.

A search reads and ranks every matching row, so these rows are kept small and whole: the
body is read for the page of hits only; vectors are compressed with lz4, far cheaper to
decompress than PostgreSQL's default; and rows stay in the table up to half a page
(``toast_tuple_target``) instead of 2 kB, so that a long vector (Chinese bigrams, Croatian)
is not fetched from the TOAST table for every match. Rows already stored keep their old
layout until they are rewritten (``manage.py search_reindex`` rewrites them all).
"""

import django.db.models.deletion
from django.db import DatabaseError, migrations, models, transaction


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


def compact_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = "portal_search_searchentry"
    schema_editor.execute(f"ALTER TABLE {table} SET (toast_tuple_target = 4080)")
    try:
        with transaction.atomic():
            schema_editor.execute(
                f"ALTER TABLE {table} ALTER COLUMN search_vector SET COMPRESSION lz4"
            )
    except DatabaseError:
        pass  # a server built without lz4 keeps its default compression


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
        # A default, so that migrating back can add the column again before refilling it.
        migrations.AlterField(
            model_name="searchentry", name="body", field=models.TextField(default="")
        ),
        migrations.RemoveField(model_name="searchentry", name="body"),
        migrations.RunPython(compact_vectors, migrations.RunPython.noop),
    ]
