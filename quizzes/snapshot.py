"""The snapshot an attempt keeps of the questions it was given.

It holds everything needed to show and score the attempt later (text, options, which are
correct, feedback) in the drawn and shuffled order, so editing or republishing the quiz never
changes an attempt already started. DATA_MODEL_VERSION names the shape of this dict.
"""

import random

from wagtail.rich_text import expand_db_html

DATA_MODEL_VERSION = 1


def _with_ids(list_value):
    """(stable id, value) of each item of a ListBlock value."""
    return [
        (child.id or f"item-{index}", child.value)
        for index, child in enumerate(list_value.bound_blocks)
    ]


def _choice_question(block):
    value = block.value
    return {
        "text": value["question"],
        "image_id": value["image"].pk if value.get("image") else None,
        "image_alt": value.get("image_alt", ""),
        "options": [
            {
                "id": choice_id,
                "text": choice["text"],
                "correct": bool(choice["correct"]),
                "feedback": choice["feedback"],
            }
            for choice_id, choice in _with_ids(value["choices"])
        ],
    }


def _red_flag_question(block):
    value = block.value
    return {
        "text": value["title"],
        "scenario_html": expand_db_html(value["scenario"].source),
        "image_id": value["image"].pk if value.get("image") else None,
        "image_alt": value.get("image_alt", ""),
        "options": [
            {
                "id": statement_id,
                "text": statement["text"],
                "suspicious": bool(statement["suspicious"]),
                "feedback": statement["feedback"],
            }
            for statement_id, statement in _with_ids(value["statements"])
        ],
    }


def _true_false_question(block):
    value = block.value
    return {
        "text": value["statement"],
        "answer": bool(value["answer"]),
        "feedback_true": value["feedback_true"],
        "feedback_false": value["feedback_false"],
        "options": [],
    }


_BUILDERS = {
    "single_choice": _choice_question,
    "multiple_choice": _choice_question,
    "true_false": _true_false_question,
    "red_flags": _red_flag_question,
}


def question_data(block):
    data = _BUILDERS[block.block_type](block)
    data.update(id=block.id, type=block.block_type, explanation=block.value["explanation"])
    return data


def build_snapshot(quiz, *, rng=None):
    """Draw, shuffle and freeze the quiz's questions for one attempt."""
    rng = rng or random.SystemRandom()
    questions = [question_data(block) for block in quiz.questions]
    if quiz.shuffle_questions:
        rng.shuffle(questions)
    if quiz.draw_count and quiz.draw_count < len(questions):
        questions = (
            questions[: quiz.draw_count]
            if quiz.shuffle_questions
            else sorted(rng.sample(questions, quiz.draw_count), key=questions.index)
        )
    if quiz.shuffle_choices:
        for question in questions:
            rng.shuffle(question["options"])
    return {
        "version": DATA_MODEL_VERSION,
        "quiz_title": quiz.title,
        "pass_mark": quiz.pass_mark,
        "questions": questions,
    }


def public_view(snapshot):
    """The snapshot as the learner may see it before submitting: no correctness, no feedback."""
    hidden = {"correct", "suspicious", "feedback", "answer", "feedback_true", "feedback_false"}
    return [
        {
            "id": question["id"],
            "type": question["type"],
            "text": question["text"],
            "scenario_html": question.get("scenario_html", ""),
            "image_id": question.get("image_id"),
            "image_alt": question.get("image_alt", ""),
            "options": [
                {key: value for key, value in option.items() if key not in hidden}
                for option in question["options"]
            ],
        }
        for question in snapshot["questions"]
    ]
