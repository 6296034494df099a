"""Sessions, facilitators and participants for the training tests."""

import csv
import datetime
import zoneinfo
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission

from courses.progress import mark_lesson_complete
from quizzes import attempts
from quizzes.scoring import correct_ids
from tests.factories import UserFactory, add_quiz
from training import roster
from training.models import Region, SessionStatus

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
KEDAUNG = "31.73.01.1004"
REGIONS = Path(__file__).resolve().parents[2] / "training" / "data" / "wilayah-dki-jakarta.csv"
FACILITATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("training", "view_trainingsession"),
    ("training", "view_membership"),
    ("training", "add_membership"),
    ("training", "change_membership"),
]


def ensure_regions():
    """The region table as migration 0002 loads it (a transactional test flushes it)."""
    if Region.objects.filter(code=KEDAUNG).exists():
        return
    with open(REGIONS, encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda row: row["kode"])
    by_code = {}
    for row in rows:
        by_code[row["kode"]], _ = Region.objects.update_or_create(
            code=row["kode"],
            defaults={
                "name": row["nama"],
                "level": row["tingkat"],
                "parent": by_code.get(row["kode_induk"]),
            },
        )


def facilitator_group():
    """The "Fasilitator" group as migration 0003 creates it (recreated after a flush)."""
    group, created = Group.objects.get_or_create(name="Fasilitator")
    if created or not group.permissions.exists():
        for app_label, codename in FACILITATOR_PERMISSIONS:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    return group


def make_facilitator(**fields):
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(facilitator_group())
    return user


def make_session(course, *, facilitators=(), status=SessionStatus.OPEN, **fields):
    ensure_regions()
    starts = datetime.datetime(2026, 12, 3, 9, 0, tzinfo=JAKARTA)
    values = {
        "title": "Sosialisasi Waspada TPPO",
        "course": course,
        "starts_at": starts,
        "ends_at": starts + datetime.timedelta(hours=3),
        "venue": "Aula Kantor Kelurahan Kedaung Kali Angke",
        "kelurahan": Region.objects.get(code=KEDAUNG),
        "status": status,
        **fields,
    }
    session = roster.create_session(**values)
    session.facilitators.set(facilitators)
    return session


def answer(*, user, quiz, right):
    """A submitted attempt with exactly the questions at these 1-based positions right."""
    attempt = attempts.start_attempt(user=user, quiz=quiz)
    answers = {}
    for position, question in enumerate(attempt.snapshot["questions"], start=1):
        if position in right:
            answers[question["id"]] = sorted(correct_ids(question))
        else:
            answers[question["id"]] = _wrong(question)
    return attempts.submit_attempt(attempt=attempt, answers=answers)[0]


def _wrong(question):
    if question["type"] == "true_false":
        return ["salah" if question["answer"] else "benar"]
    right = correct_ids(question)
    wrong = [option["id"] for option in question["options"] if option["id"] not in right]
    return wrong[:1]


def finish_lessons(user, lessons):
    for lesson in lessons:
        mark_lesson_complete(user=user, lesson=lesson)


@pytest.fixture
def course_tree(site_tree):
    """The test course with 3 lessons, a 4-question pre-test and a 4-question final test."""
    course = site_tree["course"]
    site_tree["pretest"] = add_quiz(course, kind="pretest", slug="pra-tes", questions=4)
    site_tree["final"] = add_quiz(course, kind="final", slug="tes-akhir", questions=4)
    return site_tree


@pytest.fixture
def facilitator(db):
    return make_facilitator(full_name="Fasilitator Satu", username="fasilitator_a")


@pytest.fixture
def other_facilitator(db):
    return make_facilitator(full_name="Fasilitator Dua", username="fasilitator_b")


@pytest.fixture
def staff(db):
    """Task-force staff ("Admin Gugus Tugas"): change permission on sessions, no superuser."""
    user = UserFactory(is_staff=True, full_name="Admin Gugus Tugas")
    for app_label, codename in [
        ("wagtailadmin", "access_admin"),
        ("training", "change_trainingsession"),
        ("training", "view_trainingsession"),
    ]:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def session(course_tree, facilitator):
    return make_session(course_tree["course"], facilitators=[facilitator])


@pytest.fixture
def other_session(course_tree, other_facilitator):
    return make_session(
        course_tree["course"], facilitators=[other_facilitator], title="Sesi fasilitator lain"
    )


def client_for(client, user):
    client.force_login(user)
    return client
