"""The snapshot an attempt keeps of the questions it was given.

It holds everything needed to show and score the attempt later (text, options, which are
correct, feedback) in the drawn and shuffled order, so editing or republishing the quiz never
changes an attempt already started. DATA_MODEL_VERSION names the shape of this dict.

It is stored in two parts so the 17-22 KB of question text is not copied into every attempt:
the quiz version's whole question pool, once per distinct content (QuestionSet, keyed by
content_hash), and the attempt's own layout (which questions were drawn, their order, the order
of their options, the title and pass mark). assemble() puts the two back together into exactly
the dict build_snapshot() returns.
"""

import hashlib
import json
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


def question_pool(quiz):
    """Every question of the quiz as it is now, in the editor's order: one quiz version."""
    return [question_data(block) for block in quiz.questions]


def draw_layout(quiz, pool, *, rng=None):
    """Draw and shuffle one attempt's questions and options, as positions in `pool`.

    Positions rather than ids, because a pool is frozen (it is keyed by its content) and
    positions stay unambiguous even if an old quiz held two blocks with the same id.
    """
    rng = rng or random.SystemRandom()
    # Shuffling positions draws the same permutation as shuffling the questions themselves,
    # so a seeded rng gives the attempts it always gave.
    order = list(range(len(pool)))
    if quiz.shuffle_questions:
        rng.shuffle(order)
    if quiz.draw_count and quiz.draw_count < len(order):
        order = (
            order[: quiz.draw_count]
            if quiz.shuffle_questions
            else sorted(rng.sample(order, quiz.draw_count))
        )
    questions = []
    for index in order:
        options = list(range(len(pool[index]["options"])))
        if quiz.shuffle_choices:
            rng.shuffle(options)
        questions.append({"index": index, "options": options})
    return {
        "version": DATA_MODEL_VERSION,
        "quiz_title": quiz.title,
        "pass_mark": quiz.pass_mark,
        "questions": questions,
    }


def assemble(pool, layout):
    """The snapshot dict of an attempt, from its question set's pool and its layout."""
    questions = []
    for entry in layout["questions"]:
        question = dict(pool[entry["index"]])
        question["options"] = [dict(question["options"][position]) for position in entry["options"]]
        questions.append(question)
    return {
        "version": layout["version"],
        "quiz_title": layout["quiz_title"],
        "pass_mark": layout["pass_mark"],
        "questions": questions,
    }


def content_hash(pool, *, version=DATA_MODEL_VERSION):
    """The question set's key: equal pools (a quiz republished unchanged) share one row."""
    canonical = json.dumps(
        {"version": version, "questions": pool},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def build_snapshot(quiz, *, rng=None):
    """Draw, shuffle and freeze the quiz's questions for one attempt, as a single dict."""
    pool = question_pool(quiz)
    return assemble(pool, draw_layout(quiz, pool, rng=rng))


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
