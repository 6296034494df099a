"""What the quizzes app holds about a learner, for "Unduh data saya"."""

from accounts.personal_data import iso, register_section

from .models import QuizAttempt


def export_attempts(*, user):
    return [
        {
            "kuis": attempt.quiz_title,
            "percobaan_ke": attempt.number,
            "mulai_pada": iso(attempt.started_at),
            "dikirim_pada": iso(attempt.submitted_at),
            "nilai": float(attempt.score) if attempt.score is not None else None,
            "lulus": attempt.passed,
            "jawaban": attempt.answers,
        }
        for attempt in QuizAttempt.objects.filter(user=user).order_by("started_at")
    ]


register_section("kuis", export=export_attempts)
