"""The pre-tests and final tests measure learning fairly.

Read straight from the YAML files in content/ (no database), so an editor gets the answer in a
second. A quiz fails when a surface cue gives the answer away, and a pre-test and its final test
fail when they are not parallel forms, because then the gain between them measures the forms and
not the learning:

- in single-choice items the correct option must not usually be the longest (or the shortest), nor
  almost always of middle length, nor usually in the same position; in "pick all" items the correct
  options must not usually be all longer (or all shorter) than the wrong ones;
- a quiz's true/false statements must not be mostly one polarity ("Benar" everywhere must not win);
- question N of the pre-test and question N of the final test assess the same course objective with
  the same type of item, the same number of options and of correct options (or of statements and
  of suspicious statements), and a true/false pair keeps its polarity; so the two forms have the
  same number of items per objective and per type.

Which objective each question assesses is kept here, in OBJECTIVES, and not in the quiz files: the
loader does not accept an extra field on a question, and a test cannot rely on YAML comments. When
you add, remove or move a question, update its course's lists below (the test says which one).
"""

from collections import Counter
from pathlib import Path

import pytest
import yaml

CONTENT = Path(__file__).resolve().parents[2] / "content"
COURSES = CONTENT / "courses"

# In no quiz may the correct option be the longest (or the shortest) option in more than this share
# of its single-choice items; with four options, chance alone gives about a quarter.
SURFACE_CUE_MAX = 0.40
# Nor may it be of middle length (neither longest nor shortest) in more than this share, when the
# quiz has at least MIDDLE_MIN_ITEMS single-choice items: "skip the longest and the shortest" must
# not be a winning rule either.
MIDDLE_MAX = 0.80
MIDDLE_MIN_ITEMS = 5
# Nor may one position (first, second, ...) hold the correct option in more than this share, when
# the quiz has at least POSITION_MIN_ITEMS single-choice items.
POSITION_MAX = 0.50
POSITION_MIN_ITEMS = 4
# In no quiz may more than this share of the true/false statements have the same answer.
POLARITY_MAX = 0.70

# Course objective (1-based, in the order of `objectives:` in course.yaml) assessed by each
# question, in the order of the questions in the file.
OBJECTIVES = {
    "kenali-tppo": {
        "pra-tes": [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 1, 5, 5, 5],
        "tes-akhir": [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 1, 5, 5, 5],
    },
    "waspada-modus-perekrutan": {
        "pra-tes": [1, 4, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 2],
        "tes-akhir": [1, 4, 1, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 2],
    },
    "melapor-dan-menolong": {
        "pra-tes": [1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 3, 2],
        "tes-akhir": [1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 3, 2],
    },
}


def _load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _quiz_files():
    return sorted(COURSES.glob("*/quizzes/*.yaml"))


def _label(path):
    return path.relative_to(CONTENT.parent).as_posix()


def _forms(course):
    """(pre-test path, final test path) of a course folder, found by their `kind`."""
    forms = {}
    for path in sorted((course / "quizzes").glob("*.yaml")):
        kind = _load(path)["kind"]
        if kind in ("pretest", "final"):
            assert kind not in forms, f"{_label(path)}: a second {kind} in {course.name}"
            forms[kind] = path
    assert set(forms) == {"pretest", "final"}, f"{course.name} needs one pre-test and one final"
    return forms["pretest"], forms["final"]


def _single_choice(questions):
    return [q for q in questions if q["type"] == "single_choice"]


def _correct_index(question):
    return next(i for i, c in enumerate(question["choices"]) if c["correct"])


def _length_cues(questions):
    """How often the correct option is the longest, the shortest, or neither (shares)."""
    items = _single_choice(questions)
    longest = shortest = middle = 0
    for question in items:
        lengths = [len(choice["text"]) for choice in question["choices"]]
        correct = lengths[_correct_index(question)]
        # A tie counts against the item: a tie still narrows the choice to the tied options.
        is_longest, is_shortest = correct >= max(lengths), correct <= min(lengths)
        longest += is_longest
        shortest += is_shortest
        middle += not (is_longest or is_shortest)
    count = len(items) or 1
    return longest / count, shortest / count, middle / count, len(items)


def _shape(question):
    """What makes two items the same kind of item, apart from their text."""
    kind = question["type"]
    if kind in ("single_choice", "multiple_choice"):
        choices = question["choices"]
        return kind, len(choices), sum(bool(c["correct"]) for c in choices)
    if kind == "red_flags":
        statements = question["statements"]
        return kind, len(statements), sum(bool(s["suspicious"]) for s in statements)
    return kind, question["answer"]


@pytest.mark.parametrize("path", _quiz_files(), ids=_label)
def test_the_length_of_an_option_does_not_give_the_answer(path):
    longest, shortest, middle, count = _length_cues(_load(path)["questions"])
    assert longest <= SURFACE_CUE_MAX, (
        f"{_label(path)}: the correct option is the longest in {longest:.0%} of {count} "
        f"single-choice items (at most {SURFACE_CUE_MAX:.0%}); lengthen a distractor"
    )
    assert shortest <= SURFACE_CUE_MAX, (
        f"{_label(path)}: the correct option is the shortest in {shortest:.0%} of {count} "
        f"single-choice items (at most {SURFACE_CUE_MAX:.0%})"
    )
    if count >= MIDDLE_MIN_ITEMS:
        assert middle <= MIDDLE_MAX, (
            f"{_label(path)}: the correct option is never the longest or the shortest in "
            f"{middle:.0%} of {count} single-choice items (at most {MIDDLE_MAX:.0%})"
        )


@pytest.mark.parametrize("path", _quiz_files(), ids=_label)
def test_the_position_of_an_option_does_not_give_the_answer(path):
    items = _single_choice(_load(path)["questions"])
    if len(items) < POSITION_MIN_ITEMS:
        return
    position, times = Counter(_correct_index(q) for q in items).most_common(1)[0]
    assert times / len(items) <= POSITION_MAX, (
        f"{_label(path)}: option {'ABCDEF'[position]} is the correct one in {times} of "
        f"{len(items)} single-choice items (at most {POSITION_MAX:.0%}); vary the order"
    )


@pytest.mark.parametrize("path", _quiz_files(), ids=_label)
def test_in_pick_all_items_length_does_not_separate_right_from_wrong(path):
    items = [q for q in _load(path)["questions"] if q["type"] == "multiple_choice"]
    if not items:
        return
    separated = 0
    for question in items:
        right = [len(c["text"]) for c in question["choices"] if c["correct"]]
        wrong = [len(c["text"]) for c in question["choices"] if not c["correct"]]
        separated += bool(wrong) and (min(right) > max(wrong) or max(right) < min(wrong))
    assert separated / len(items) <= SURFACE_CUE_MAX, (
        f"{_label(path)}: in {separated} of {len(items)} pick-all items every correct option is "
        "longer (or shorter) than every wrong one"
    )


@pytest.mark.parametrize("path", _quiz_files(), ids=_label)
def test_true_false_statements_are_not_mostly_one_polarity(path):
    answers = [q["answer"] for q in _load(path)["questions"] if q["type"] == "true_false"]
    if not answers:
        return
    share = max(answers.count(True), answers.count(False)) / len(answers)
    assert share <= POLARITY_MAX, (
        f"{_label(path)}: {answers.count(True)} true and {answers.count(False)} false statements; "
        f"one polarity may be at most {POLARITY_MAX:.0%}"
    )


def test_every_course_with_a_pre_test_has_an_objective_map():
    courses = {path.parent.parent.name for path in _quiz_files()}
    assert courses == set(OBJECTIVES), "add the course to OBJECTIVES in this file"


@pytest.mark.parametrize("slug", sorted(OBJECTIVES))
def test_every_question_is_mapped_to_an_objective_of_its_course(slug):
    course = COURSES / slug
    objectives = _load(course / "course.yaml")["objectives"]
    for path in _forms(course):
        mapping = OBJECTIVES[slug][path.stem]
        questions = _load(path)["questions"]
        assert len(mapping) == len(questions), (
            f"{_label(path)} has {len(questions)} questions but OBJECTIVES['{slug}']"
            f"['{path.stem}'] maps {len(mapping)}: update the map in this file"
        )
        assert set(mapping) <= set(range(1, len(objectives) + 1)), (_label(path), mapping)
        missing = set(range(1, len(objectives) + 1)) - set(mapping)
        assert not missing, f"{_label(path)}: objectives {sorted(missing)} are never assessed"


@pytest.mark.parametrize("slug", sorted(OBJECTIVES))
def test_the_pre_test_and_the_final_test_are_parallel_forms(slug):
    pretest, final = _forms(COURSES / slug)
    before, after = _load(pretest)["questions"], _load(final)["questions"]
    map_before, map_after = OBJECTIVES[slug][pretest.stem], OBJECTIVES[slug][final.stem]

    assert Counter(q["type"] for q in before) == Counter(q["type"] for q in after), (
        f"{slug}: the pre-test and the final test have different numbers of items per type"
    )
    assert Counter(map_before) == Counter(map_after), (
        f"{slug}: the pre-test and the final test have different numbers of items per objective"
    )
    for number, (one, two) in enumerate(zip(before, after, strict=True), start=1):
        assert _shape(one) == _shape(two), (
            f"{slug}: question {number} is {_shape(one)} in the pre-test but {_shape(two)} in the "
            "final test (same type, options and correct options; a true/false pair keeps its "
            "polarity)"
        )
        assert map_before[number - 1] == map_after[number - 1], (
            f"{slug}: question {number} assesses a different objective in each form"
        )
