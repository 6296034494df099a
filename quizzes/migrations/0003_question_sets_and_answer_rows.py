"""Question sets stored once, attempts pointing at them, and per-question result rows.

The attempt's `snapshot` column is kept (as the field legacy_snapshot, same column, now
nullable): 0004 moves each attempt's questions into a shared set only when the set and the
attempt's layout give back exactly the stored snapshot, and leaves the column alone otherwise.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0002_editors_can_view_quiz_reports"),
    ]

    operations = [
        migrations.CreateModel(
            name="QuestionSet",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("content_hash", models.CharField(max_length=64, unique=True, verbose_name="sidik isi")),
                ("version", models.PositiveSmallIntegerField(verbose_name="versi format")),
                ("questions", models.JSONField(verbose_name="soal")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="dibuat")),
            ],
            options={
                "verbose_name": "kumpulan soal",
                "verbose_name_plural": "kumpulan soal",
            },
        ),
        # Same column, now optional; renaming the field keeps the column name (db_column).
        migrations.AlterField(
            model_name="quizattempt",
            name="snapshot",
            field=models.JSONField(blank=True, db_column="snapshot", null=True, verbose_name="salinan soal"),
        ),
        migrations.RenameField(
            model_name="quizattempt",
            old_name="snapshot",
            new_name="legacy_snapshot",
        ),
        migrations.AddField(
            model_name="quizattempt",
            name="question_set",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="attempts", to="quizzes.questionset", verbose_name="kumpulan soal"),
        ),
        migrations.AddField(
            model_name="quizattempt",
            name="layout",
            field=models.JSONField(blank=True, null=True, verbose_name="susunan soal"),
        ),
        migrations.CreateModel(
            name="AttemptAnswer",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("question_id", models.CharField(max_length=64, verbose_name="id soal")),
                ("position", models.PositiveSmallIntegerField(verbose_name="nomor dalam percobaan")),
                ("score", models.FloatField(verbose_name="nilai soal")),
                ("correct", models.BooleanField(verbose_name="benar penuh")),
                ("selected", models.JSONField(blank=True, default=list, verbose_name="pilihan yang dicentang")),
                ("attempt", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="answer_rows", to="quizzes.quizattempt")),
                ("quiz", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="quizzes.quizpage")),
            ],
            options={
                "verbose_name": "jawaban per soal",
                "verbose_name_plural": "jawaban per soal",
                "indexes": [models.Index(fields=["quiz", "question_id"], name="answer_quiz_question")],
                "constraints": [
                    models.UniqueConstraint(fields=("attempt", "position"), name="answer_position_unique"),
                    models.CheckConstraint(condition=models.Q(("score__gte", 0), ("score__lte", 1)), name="answer_score_0_1"),
                ],
            },
        ),
        migrations.CreateModel(
            name="WrongChoice",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("question_id", models.CharField(max_length=64, verbose_name="id soal")),
                ("option_id", models.CharField(max_length=64, verbose_name="id pilihan")),
                ("attempt", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="wrong_choices", to="quizzes.quizattempt")),
                ("quiz", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="quizzes.quizpage")),
            ],
            options={
                "verbose_name": "pilihan salah",
                "verbose_name_plural": "pilihan salah",
                "indexes": [models.Index(fields=["quiz", "question_id", "option_id"], name="wrong_quiz_question")],
            },
        ),
    ]
