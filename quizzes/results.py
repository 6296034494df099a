"""What a learner sees after submitting: per-question feedback, and when it may be shown."""

from django.utils.translation import gettext as _

from .models.pages import FeedbackTiming
from .scoring import FALSE, TRUE, correct_ids

# How much a result page shows (Moodle's "review options"):
FULL = "full"  # the key, the learner's choices and each option's feedback
OUTCOME = "outcome"  # the score, which questions were right or wrong, the concept's explanation
SCORE = "score"  # the score only


def review_level(*, quiz, attempt, attempts_left, progress):
    """The one rule for what an attempt's result page may show. While a test can still be
    retaken its key stays hidden: otherwise one random attempt would hand over a perfect one."""
    timing = quiz.effective_feedback_timing
    if timing == FeedbackTiming.AFTER_SUBMIT:
        return FULL
    if timing == FeedbackTiming.AFTER_PASS:
        return FULL if attempt.passed or attempts_left == 0 else OUTCOME
    if progress and progress.complete:
        return FULL
    # A pre-test marks nothing before the course is done: it would teach its parallel final.
    return SCORE if quiz.kind == "pretest" else OUTCOME


def attempt_outcome(attempt):
    """Each question with whether it was right, and the explanation of its concept: nothing
    that says which option is the right one."""
    results = {row["id"]: row for row in attempt.results}
    outcome = []
    for question in attempt.snapshot["questions"]:
        score = results.get(question["id"], {"score": 0})["score"]
        outcome.append(
            {
                "text": question["text"],
                "type": question["type"],
                "score_percent": round(100 * score),
                "right": score >= 1,
                "explanation": question["explanation"],
            }
        )
    return outcome


def snapshot_review(snapshot):
    """The full review of a snapshot with nothing chosen: the key an editor checks."""
    return _feedback(snapshot, {})


def attempt_feedback(attempt):
    """Each question with the learner's choices, the right ones, and why."""
    return _feedback(attempt.snapshot, {row["id"]: row for row in attempt.results})


def _feedback(snapshot, results):
    feedback = []
    for question in snapshot["questions"]:
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
