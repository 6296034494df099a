"""Checks on the course catalogue that load_demo_content installs: the content itself must
hold to the rules editors are given (sources, feedback, alt text, hotlines, page weight)."""

import gzip
import re

import pytest
from django.core.management import call_command
from django.test import Client

from courses.models import CoursePage, LessonPage
from home.models import Hotline
from quizzes.models import QuizPage
from quizzes.snapshot import question_data

PAGE_BUDGET_BYTES = 50 * 1024
PHONE = re.compile(r"(?<![\d-])(\+62[\d\s-]{8,16}\d|0[\d-]{6,14}\d|1(?:10|12|29|48))(?![\d-])")


@pytest.fixture
def catalogue(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return list(CoursePage.objects.live().order_by("path"))


def _digits(text):
    return re.sub(r"\D", "", text)


def test_three_courses_with_lessons_quizzes_scenarios_and_red_flags(catalogue):
    assert [course.slug for course in catalogue] == [
        "kenali-tppo",
        "waspada-modus-perekrutan",
        "melapor-dan-menolong",
    ]
    red_flag_questions = 0
    for course in catalogue:
        lessons = LessonPage.objects.live().child_of(course)
        assert 4 <= lessons.count() <= 6, course.title
        blocks = [block.block_type for lesson in lessons for block in lesson.body]
        assert "scenario" in blocks and "red_flags" in blocks, course.title
        quizzes = {quiz.kind: quiz for quiz in QuizPage.objects.live().child_of(course)}
        for kind in ("pretest", "final"):
            assert len(quizzes[kind].questions) >= 10, (course.title, kind)
        for quiz in QuizPage.objects.live().child_of(course):
            red_flag_questions += sum(1 for b in quiz.questions if b.block_type == "red_flags")
    assert red_flag_questions >= 3


def test_every_lesson_ends_with_sources(catalogue):
    for lesson in LessonPage.objects.live():
        assert lesson.body[-1].block_type == "sources", lesson.title
        assert lesson.body[-1].value["items"], lesson.title


def test_every_question_teaches(catalogue):
    for quiz in QuizPage.objects.live():
        for block in quiz.questions:
            question = question_data(block)
            assert question["explanation"].strip(), (quiz.title, question["text"])
            if question["type"] == "true_false":
                assert question["feedback_true"].strip() and question["feedback_false"].strip()
                continue
            assert all(option["feedback"].strip() for option in question["options"])
            key = "suspicious" if question["type"] == "red_flags" else "correct"
            assert any(option[key] for option in question["options"]), question["text"]
            if question["type"] == "single_choice":
                assert sum(option["correct"] for option in question["options"]) == 1


def test_every_image_has_alt_text(catalogue):
    for lesson in LessonPage.objects.live():
        for block in lesson.body:
            if block.block_type == "image":
                assert block.value["alt"].strip(), lesson.title
    for quiz in QuizPage.objects.live():
        for block in quiz.questions:
            if block.value.get("image"):
                assert block.value["image_alt"].strip(), quiz.title


def test_every_number_in_the_content_is_in_the_hotline_directory(catalogue):
    known = set()
    for hotline in Hotline.objects.all():
        for number in (hotline.phone, hotline.whatsapp):
            if number:
                known.add(_digits(number))
    client = Client()
    for page in [*LessonPage.objects.live(), *QuizPage.objects.live()]:
        html = client.get(page.url).content.decode()
        text = re.sub(r"<[^>]+>", " ", html)
        for number in PHONE.findall(text):
            assert _digits(number) in known, (page.title, number)


def test_no_lesson_exceeds_the_page_budget(catalogue):
    client = Client()
    for lesson in LessonPage.objects.live():
        html = client.get(lesson.url).content
        total = len(gzip.compress(html))
        for asset in set(re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)):
            body = b"".join(client.get(asset.decode()).streaming_content)
            total += len(gzip.compress(body))
        assert total <= PAGE_BUDGET_BYTES, (lesson.title, total)


def test_facilitator_guide_is_linked_from_the_help_page(catalogue):
    from home.models import HelpPage

    help_page = HelpPage.objects.get()
    html = Client().get(help_page.url).content.decode()
    assert "/bantuan/panduan-fasilitator/" in html
