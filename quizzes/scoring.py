"""Scoring: pure functions over a snapshot question and the learner's answer.

A question in a snapshot is a dict (see quizzes/snapshot.py); an answer is the list of choice or
statement ids the learner ticked (for true/false, ["benar"] or ["salah"]). Every question is worth
the same; a question's score is between 0 and 1.
"""

from dataclasses import dataclass

TRUE, FALSE = "benar", "salah"


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    score: float  # 0..1
    selected: tuple[str, ...]

    @property
    def correct(self):
        return self.score >= 1


def correct_ids(question):
    """The ids a learner must tick to get the whole question right."""
    if question["type"] == "true_false":
        return {TRUE if question["answer"] else FALSE}
    key = "suspicious" if question["type"] == "red_flags" else "correct"
    return {option["id"] for option in question["options"] if option[key]}


def option_ids(question):
    if question["type"] == "true_false":
        return {TRUE, FALSE}
    return {option["id"] for option in question["options"]}


def score_question(question, selected):
    """Score one answer. `selected` must only hold ids of this question's options."""
    selected = set(selected)
    right = correct_ids(question)
    kind = question["type"]
    if kind in ("single_choice", "true_false"):
        return 1.0 if selected == right else 0.0
    if kind == "multiple_choice":
        # Partial credit: each right tick earns, each wrong tick takes away, never below zero.
        earned = len(selected & right) - len(selected - right)
        return max(0.0, earned / len(right))
    if kind == "red_flags":
        # Every statement is judged: ticked if it is a red flag, left alone if it is not.
        options = option_ids(question)
        judged_right = sum(1 for option in options if (option in selected) == (option in right))
        return judged_right / len(options)
    raise ValueError(f"unknown question type {kind!r}")


def stored_id(value):
    """A question or option id as the per-question rows keep it (never NULL)."""
    return "" if value is None else str(value)


def wrong_choices(question, selected):
    """The answer's wrong judgements, for item analysis: each wrong option ticked, and for a
    red-flag question each red flag left unticked (missing it is the mistake)."""
    right = correct_ids(question)
    wrong = [option_id for option_id in selected if option_id not in right]
    if question["type"] == "red_flags":
        chosen = set(selected)
        wrong += [
            option["id"]
            for option in question["options"]
            if option["id"] in right and option["id"] not in chosen
        ]
    return wrong


def score_attempt(questions, answers):
    """Score every question; return (percentage 0-100, [QuestionResult, ...])."""
    results = [
        QuestionResult(
            question_id=question["id"],
            score=score_question(question, answers.get(question["id"], [])),
            selected=tuple(answers.get(question["id"], [])),
        )
        for question in questions
    ]
    if not results:
        return 0.0, results
    percent = round(100 * sum(result.score for result in results) / len(results), 2)
    return percent, results
