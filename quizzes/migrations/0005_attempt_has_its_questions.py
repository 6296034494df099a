from django.db import migrations, models


class Migration(migrations.Migration):
    """Separate from the backfill: PostgreSQL refuses to ALTER a table with pending trigger
    events, which the backfill's updates leave until its transaction ends."""

    dependencies = [
        ("quizzes", "0004_backfill_question_sets_and_answer_rows"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="quizattempt",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("legacy_snapshot__isnull", False),
                    models.Q(("layout__isnull", False), ("question_set__isnull", False)),
                    _connector="OR",
                ),
                name="attempt_has_its_questions",
            ),
        ),
    ]
