# The index of moved standings comes in a migration of its own: created after the first
# snapshot has committed, it holds none of the rows that snapshot rewrote.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0005_leaderboard_rank_snapshot"),
    ]

    operations = [
        migrations.AddIndex(
            model_name='standing',
            index=models.Index(condition=models.Q(('points', models.F('snapshot_points')), _negated=True), fields=['period', 'starts', 'scope'], include=('points', 'snapshot_points'), name='community_standing_moved'),
        ),
    ]
