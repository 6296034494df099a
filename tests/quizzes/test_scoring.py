"""Scoring is a pure function: tested without a database."""

from hypothesis import given
from hypothesis import strategies as st

from quizzes.scoring import correct_ids, score_attempt, score_question


def choice_question(qid, kind, flags):
    return {
        "id": qid,
        "type": kind,
        "explanation": "",
        "options": [
            {"id": f"{qid}-{i}", "text": "", "correct": flag, "suspicious": flag, "feedback": ""}
            for i, flag in enumerate(flags)
        ],
    }


flags_with_a_true = st.lists(st.booleans(), min_size=2, max_size=6).filter(any)


@st.composite
def quizzes(draw):
    questions = []
    for n in range(draw(st.integers(min_value=1, max_value=8))):
        kind = draw(
            st.sampled_from(["single_choice", "multiple_choice", "red_flags", "true_false"])
        )
        if kind == "true_false":
            questions.append(
                {"id": f"q{n}", "type": kind, "answer": draw(st.booleans()), "options": []}
            )
            continue
        flags = draw(flags_with_a_true)
        if kind == "single_choice":
            flags = [i == flags.index(True) for i in range(len(flags))]
        questions.append(choice_question(f"q{n}", kind, flags))
    return questions


@st.composite
def quiz_and_answers(draw):
    questions = draw(quizzes())
    answers = {}
    for question in questions:
        ids = (
            ["benar", "salah"]
            if question["type"] == "true_false"
            else [o["id"] for o in question["options"]]
        )
        answers[question["id"]] = draw(
            st.lists(st.sampled_from(ids), unique=True, max_size=len(ids))
        )
    return questions, answers


@given(quiz_and_answers())
def test_score_is_between_0_and_100(data):
    questions, answers = data
    percent, results = score_attempt(questions, answers)
    assert 0 <= percent <= 100
    assert all(0 <= result.score <= 1 for result in results)


@given(quiz_and_answers(), st.randoms())
def test_order_of_questions_and_choices_does_not_change_the_score(data, rnd):
    questions, answers = data
    before, _ = score_attempt(questions, answers)
    shuffled = [dict(q, options=rnd.sample(q["options"], len(q["options"]))) for q in questions]
    rnd.shuffle(shuffled)
    after, _ = score_attempt(shuffled, answers)
    assert before == after


@given(quizzes())
def test_all_correct_gives_100(questions):
    answers = {q["id"]: sorted(correct_ids(q)) for q in questions}
    assert score_attempt(questions, answers)[0] == 100


@given(flags_with_a_true, st.data())
def test_partial_credit_rule_for_pick_all(flags, data):
    question = choice_question("q", "multiple_choice", flags)
    ids = [o["id"] for o in question["options"]]
    ticked = data.draw(st.lists(st.sampled_from(ids), unique=True))
    right = correct_ids(question)
    expected = max(0, len(set(ticked) & right) - len(set(ticked) - right)) / len(right)
    assert score_question(question, ticked) == expected


def test_partial_credit_examples():
    question = choice_question("q", "multiple_choice", [True, True, False, False])
    assert score_question(question, ["q-0"]) == 0.5
    assert score_question(question, ["q-0", "q-1", "q-2"]) == 0.5
    assert score_question(question, ["q-2", "q-3"]) == 0
    assert score_question(question, ["q-0", "q-1"]) == 1


def test_red_flags_are_scored_per_statement():
    question = choice_question("q", "red_flags", [True, False, True, False])
    assert score_question(question, ["q-0", "q-2"]) == 1
    assert score_question(question, []) == 0.5  # the two harmless statements were judged right
    assert score_question(question, ["q-0"]) == 0.75


def test_true_false():
    question = {"id": "q", "type": "true_false", "answer": False, "options": []}
    assert score_question(question, ["salah"]) == 1
    assert score_question(question, ["benar"]) == 0


def test_empty_quiz_scores_zero():
    assert score_attempt([], {})[0] == 0
