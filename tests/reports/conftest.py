"""The report fixture: learners in several areas, ages and genders, sessions in two kota,
tests and certificates, on fixed dates in 2026, with the figures worked out by hand below."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from accounts.models import User
from certificates.models import Certificate
from certificates.rules import issue_attested
from courses.models import Enrolment
from courses.progress import enrol
from quizzes.models import QuizAttempt
from reports.figures import Filters
from tests.factories import CertificateFactory, UserFactory, add_quiz, build_site, take_quiz
from tests.training.conftest import ensure_regions, make_facilitator, make_session
from training.models import Membership, Region

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
YEAR = 2026
KEDAUNG = "31.73.01.1004"  # Kedaung Kali Angke, Cengkareng, Jakarta Barat
PISANGAN_BARU = "31.75.01.1001"  # Pisangan Baru, Matraman, Jakarta Timur


def at(month, day, hour=10):
    return datetime.datetime(YEAR, month, day, hour, 0, tzinfo=JAKARTA)


def year_filters(**fields):
    return Filters(
        start=datetime.datetime(YEAR, 1, 1, tzinfo=JAKARTA),
        end=datetime.datetime(YEAR + 1, 1, 1, tzinfo=JAKARTA),
        **fields,
    )


def task_force_group():
    """The "Gugus Tugas" group as reports/migrations/0002 creates it (again after a flush)."""
    group, created = Group.objects.get_or_create(name="Gugus Tugas")
    if created or not group.permissions.exists():
        group.permissions.set(
            [
                Permission.objects.get(content_type__app_label=app, codename=codename)
                for app, codename in [
                    ("wagtailadmin", "access_admin"),
                    ("reports", "view_reports"),
                ]
            ]
        )
    return group


def make_task_force(**fields):
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(task_force_group())
    return user


def learner(label, *, area="", age="", gender="", joined):
    user = UserFactory(
        username=f"rahasia_{label}",
        full_name=f"Rahasia {label.upper()} Sutrisno",
        email=f"{label}@rahasia.example",
        area=area,
        age_group=age,
        gender=gender,
    )
    User.objects.filter(pk=user.pk).update(date_joined=joined)
    return user


def build_fixture(*, scale=1, start=0):
    """The fixture (scale=1: the hand-computed one). With scale>1 every group of learners is
    repeated `scale` times; start>0 adds copies start..scale-1 to a fixture already built."""
    ensure_regions()
    if start:
        from courses.models import CoursePage
        from quizzes.models import QuizPage
        from training.models import TrainingSession

        site = None
        course = CoursePage.objects.get()
        pretest = QuizPage.objects.get(kind="pretest")
        final = QuizPage.objects.get(kind="final")
        facilitator = User.objects.get(username="fasilitator_rahasia")
        s2, s1 = TrainingSession.objects.order_by("starts_at")
    else:
        site = build_site(lessons=2)
        course = site["course"]
        pretest = add_quiz(course, kind="pretest", slug="pra-tes", questions=4)
        final = add_quiz(course, kind="final", slug="tes-akhir", questions=4)
        facilitator = make_facilitator(username="fasilitator_rahasia", full_name="Fasil Rahasia")
        s1 = make_session(
            course,
            facilitators=[facilitator],
            title="Sosialisasi Kedaung",
            kelurahan=Region.objects.get(code=KEDAUNG),
            organiser="PKK Kedaung",
            starts_at=at(11, 10, 9),
            ends_at=at(11, 10, 12),
        )
        s2 = make_session(
            course,
            facilitators=[facilitator],
            title="Sosialisasi Pisangan",
            kelurahan=Region.objects.get(code=PISANGAN_BARU),
            organiser="Yayasan Mitra",
            starts_at=at(6, 20, 9),
            ends_at=at(6, 20, 12),
        )
    people = []

    def tests(user, *, pre_right):
        take_quiz(user=user, quiz=pretest, correct=pre_right)
        take_quiz(user=user, quiz=final, correct=True)

    def member(session, user, **fields):
        Membership.objects.create(
            session=session, learner=user, consent_at=session.starts_at, **fields
        )

    for n in range(start, scale):
        tag = "" if n == 0 else f"x{n}"
        # Session 1, Jakarta Barat: six learners; a6's profile says Jakarta Selatan.
        group_a = [
            learner(f"a1{tag}", area="jakbar", age="18-24", gender="p", joined=at(3, 15)),
            learner(f"a2{tag}", area="jakbar", age="18-24", gender="p", joined=at(3, 15)),
            learner(f"a3{tag}", area="jakbar", age="25-34", gender="p", joined=at(3, 15)),
            learner(f"a4{tag}", area="jakbar", age="25-34", gender="p", joined=at(3, 15)),
            learner(f"a5{tag}", area="jakbar", age="35-49", gender="l", joined=at(3, 15)),
            learner(f"a6{tag}", area="jaksel", age="u18", gender="l", joined=at(3, 15)),
        ]
        for i, user in enumerate(group_a):
            member(s1, user)
            tests(user, pre_right=i >= 4)
            if i < 5:
                CertificateFactory(user=user, course=course)
        Enrolment.objects.filter(user__in=group_a).update(enrolled_at=at(11, 10))
        # Session 2, Jakarta Timur: three learners, b3 on paper with an attested certificate.
        group_b = [
            learner(f"b{i}{tag}", area="jaktim", age="50+", gender="p", joined=at(6, 20))
            for i in (1, 2, 3)
        ]
        for user in group_b[:2]:
            member(s2, user)
            tests(user, pre_right=False)
        member(s2, group_b[2], paper_pretest_score=40, paper_final_score=80)
        issue_attested(user=group_b[2], course=course, by=facilitator)
        Enrolment.objects.filter(user__in=group_b).update(enrolled_at=at(6, 20))
        # Online only: four in Jakarta Pusat (c1 completes), one outside DKI, two unknown.
        group_c = [
            learner(f"c{i}{tag}", area="jakpus", age="25-34", gender="l", joined=at(2, 1))
            for i in (1, 2, 3, 4)
        ]
        tests(group_c[0], pre_right=False)
        CertificateFactory(user=group_c[0], course=course)
        for user in group_c[1:]:
            enrol(user=user, course=course)
        Enrolment.objects.filter(user__in=group_c).update(enrolled_at=at(2, 5))
        d1 = learner(f"d1{tag}", area="luar", gender="x", joined=at(8, 1))
        e1 = learner(f"e1{tag}", joined=at(9, 9))
        e2 = learner(f"e2{tag}", joined=at(9, 9))
        enrol(user=e1, course=course)
        Enrolment.objects.filter(user=e1).update(enrolled_at=at(9, 10))
        revoked = CertificateFactory(user=e1, course=course)
        Certificate.objects.filter(pk=revoked.pk).update(
            revoked_at=at(9, 12), revoked_reason="Salah terbit."
        )
        # Deleted (anonymous) but still counted; registered last year: not counted.
        f1 = learner(f"f1{tag}", area="jakut", joined=at(4, 4))
        User.objects.filter(pk=f1.pk).update(deleted_at=timezone.now())
        old = learner(f"old{tag}", area="jakbar", joined=at(5, 5) - datetime.timedelta(days=365))
        people += group_a + group_b + group_c + [d1, e1, e2, f1, old]

    # Every test and certificate on fixed 2026 dates.
    QuizAttempt.objects.update(submitted_at=at(11, 12))
    QuizAttempt.objects.filter(kind="pretest").update(submitted_at=at(11, 10))
    # Round numbers for the hand computation: a wrong pre-test scores 25 points.
    QuizAttempt.objects.filter(kind="pretest", score__lt=100).update(score=25)
    Certificate.objects.filter(revoked_at__isnull=True).update(issued_at=at(11, 20))
    return {
        "site": site,
        "course": course,
        "pretest": pretest,
        "final": final,
        "facilitator": facilitator,
        "sessions": (s1, s2),
        "people": people,
    }


# The hand-computed figures of build_fixture(scale=1), for 2026.
EXPECTED = {
    # a1-a6, b1-b3, c1-c4, d1, e1, e2, f1 (old registered in 2025; the facilitator is staff)
    "registered": 17,
    # enrolled in 2026: a1-a6, b1, b2, c1-c4, e1 (b3 was on paper)
    "started": 13,
    # valid certificates: a1-a5, c1 online, b3 attested (e1's was revoked)
    "completions": 7,
    "certificates_online": 6,
    "certificates_attested": 1,
    "sessions": 2,
    "participants": 9,  # 6 + 3
    # pairs a1-a6, b1, b2, c1: pre-tests 25 except a5, a6 (100); finals all 100
    "pairs": 9,
    "mean_gain": 58.3,  # 100 - (7 * 25 + 2 * 100) / 9 = 100 - 41.67
}


@pytest.fixture
def reach(db):
    return build_fixture()


@pytest.fixture
def task_force(db):
    return make_task_force(username="gugus_tugas", full_name="Petugas Gugus")


@pytest.fixture
def task_force_client(client, task_force):
    client.force_login(task_force)
    return client
