"""What a learner sees after submitting: per-question feedback, and when it may be shown."""

from django.utils.translation import gettext as _

from .models.pages import FeedbackTiming
from .scoring import FALSE, TRUE, correct_ids


def feedback_visible(*, quiz, attempt, attempts_left, progress):
    if quiz.feedback_timing == FeedbackTiming.AFTER_SUBMIT:
        return True
    if quiz.feedback_timing == FeedbackTiming.AFTER_PASS:
        return bool(attempt.passed) or attempts_left == 0
    return bool(progress and progress.complete)


def attempt_feedback(attempt):
    """Each question with the learner's choices, the right ones, and why."""
    results = {row["id"]: row for row in attempt.results}
    feedback = []
    for question in attempt.snapshot["questions"]:
        result = results.get(question["id"], {"score": 0, "selected": []})
        selected = set(result["selected"])
        right = correct_ids(question)
        if question["type"] == "true_false":
            options = [
                {
                    "text": _("Benar"),
                    "right": TRUE in right,
                    "chosen": TRUE in selected,
                    "feedback": question["feedback_true"],
                },
                {
                    "text": _("Salah"),
                    "right": FALSE in right,
                    "chosen": FALSE in selected,
                    "feedback": question["feedback_false"],
                },
            ]
        else:
            options = [
                {
                    "text": option["text"],
                    "right": option["id"] in right,
                    "chosen": option["id"] in selected,
                    "feedback": option["feedback"],
                }
                for option in question["options"]
            ]
        feedback.append(
            {
                "text": question["text"],
                "type": question["type"],
                "scenario_html": question.get("scenario_html", ""),
                "score_percent": round(100 * result["score"]),
                "options": options,
                "explanation": question["explanation"],
            }
        )
    return feedback
