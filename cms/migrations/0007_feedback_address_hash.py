from django.db import migrations, models
from django.db.models import F


def earlier_answers_count_one_each(apps, schema_editor):
    """Answers given before addresses were recorded: each its own "address" (its visitor)."""
    ArticleFeedback = apps.get_model("cms", "ArticleFeedback")
    ArticleFeedback.objects.filter(address_hash="").update(address_hash=F("visitor"))


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_comments_switch"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlefeedback",
            name="address_hash",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.RunPython(earlier_answers_count_one_each, migrations.RunPython.noop),
    ]
