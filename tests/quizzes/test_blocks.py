"""Editors get clear Indonesian errors for quizzes that cannot be scored."""

import pytest
from wagtail.blocks import StructBlockValidationError

from quizzes.blocks import MultipleChoiceBlock, RedFlagQuestionBlock, SingleChoiceBlock


def choices(*flags):
    return [
        {"text": f"Pilihan {i}", "correct": flag, "feedback": "Alasan"}
        for i, flag in enumerate(flags)
    ]


def error_text(block, value):
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(value))
    return " ".join(str(error) for error in caught.value.block_errors.values())


def question(choice_list):
    return {"question": "Soal?", "choices": choice_list, "explanation": "Karena."}


def test_single_choice_needs_exactly_one_correct():
    block = SingleChoiceBlock()
    assert "tepat satu" in error_text(block, question(choices(True, True)))
    assert "minimal satu" in error_text(block, question(choices(False, False)))
    block.clean(block.to_python(question(choices(True, False))))


def test_every_question_needs_two_choices():
    assert "minimal dua" in error_text(MultipleChoiceBlock(), question(choices(True)))


def test_red_flag_question_needs_a_red_flag():
    block = RedFlagQuestionBlock()
    value = {
        "title": "Iklan",
        "scenario": "<p>Lowongan</p>",
        "statements": [
            {"text": "Gaji besar", "suspicious": False, "feedback": "x"},
            {"text": "Kantor jelas", "suspicious": False, "feedback": "y"},
        ],
        "explanation": "z",
    }
    assert "tanda bahaya" in error_text(block, value)
