"""The badges every installation starts with, in the default language (translators translate
them like other snippets; editors change or add to them in the admin)."""

import uuid

from django.conf import settings
from django.db import migrations

BADGES = [
    # slug, name, description, tier, icon, rule, threshold, repeatable
    ("first-words", "First words", "Wrote a first post in the community.", "bronze", "chat", "posts_written", 1, False),
    ("curious", "Curious", "Asked a first question.", "bronze", "bulb", "questions_asked", 1, False),
    ("first-solution", "First solution", "Gave an answer that was accepted.", "bronze", "check", "answers_accepted", 1, False),
    ("problem-solver", "Problem solver", "Gave five answers that were accepted.", "silver", "check", "answers_accepted", 5, False),
    ("guru", "Guru", "Gave twenty-five answers that were accepted.", "gold", "check", "answers_accepted", 25, False),
    ("polyglot", "Polyglot", "Answered questions in three languages.", "silver", "globe", "answer_languages", 3, False),
    ("appreciated", "Appreciated", "Received ten upvotes.", "bronze", "heart", "upvotes_received", 10, False),
    ("valued", "Valued", "Received fifty upvotes.", "silver", "heart", "upvotes_received", 50, False),
    ("beloved", "Beloved", "Received two hundred and fifty upvotes.", "gold", "heart", "upvotes_received", 250, False),
    ("great-answer", "Great answer", "An answer with a score of ten or more.", "silver", "star", "great_answers", 10, True),
    ("popular-question", "Popular question", "A question with a score of ten or more.", "bronze", "star", "popular_questions", 10, True),
    ("crowd-favourite", "Crowd favourite", "An idea with a score of ten or more.", "silver", "bulb", "well_received_ideas", 10, True),
    ("visionary", "Visionary", "Proposed an idea that was planned.", "gold", "bulb", "ideas_planned", 1, False),
    ("watchful", "Watchful", "Flagged three posts that moderators agreed with.", "bronze", "shield", "flags_upheld", 3, False),
]


def add_badges(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Badge = apps.get_model("community", "Badge")
    code = settings.LANGUAGE_CODE
    locale = Locale.objects.filter(language_code=code).first() or Locale.objects.first()
    if locale is None:
        locale = Locale.objects.create(language_code=code)
    for slug, name, description, tier, icon, rule, threshold, repeatable in BADGES:
        Badge.objects.get_or_create(
            slug=slug,
            locale=locale,
            defaults={
                "translation_key": uuid.uuid4(),
                "name": name,
                "description": description,
                "tier": tier,
                "icon": icon,
                "rule": rule,
                "threshold": threshold,
                "repeatable": repeatable,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("community", "0001_community"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(add_badges, migrations.RunPython.noop)]
