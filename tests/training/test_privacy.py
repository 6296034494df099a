"""A facilitator sees a participant's name, attendance and progress in the session's course,
nothing else (UU PDP; the join page promises exactly this). Every facilitator response (pages,
fragment, JSON, PDFs, spreadsheets) is searched for what they must never see."""

import io
import zipfile

import pytest
from django.urls import reverse
from pypdf import PdfReader

from courses.models import CoursePage, LessonPage
from courses.progress import mark_lesson_complete
from tests.factories import UserFactory, lesson_body, publish
from tests.training.conftest import answer, finish_lessons
from training import roster

EMAIL = "siti.rahasia@contoh.id"
USERNAME = "siti_rahasia_99"
OTHER_COURSE = "Kursus Lain Yang Rahasia"


@pytest.fixture
def private_participant(course_tree, session):
    siti = UserFactory(
        username=USERNAME,
        email=EMAIL,
        full_name="Siti Rahmawati",
        area="jaksel",
        province="Jawa Barat",
        age_group="25-34",
        gender="p",
    )
    membership = roster.join(session=session, learner=siti)[0]
    answer(user=siti, quiz=course_tree["pretest"], right={1})
    finish_lessons(siti, course_tree["lessons"])
    answer(user=siti, quiz=course_tree["final"], right={1, 2, 3, 4})
    # Progress in another course, with a certificate there.
    other = publish(
        course_tree["index"], CoursePage(title=OTHER_COURSE, slug="lain", summary="Lain.")
    )
    lesson = publish(other, LessonPage(title="Pelajaran Lain", slug="lain-1", body=lesson_body()))
    mark_lesson_complete(user=siti, lesson=lesson)  # its only item: a certificate there too
    assert siti.certificates.count() == 2
    return membership


def _text_of(response):
    content = response.content
    kind = response.get("Content-Type", "")
    if kind == "application/pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    if "spreadsheetml" in kind:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "\n".join(archive.read(name).decode() for name in archive.namelist())
    return content.decode()


def test_no_facilitator_response_shows_email_username_other_courses_or_profile(
    client, facilitator, session, private_participant
):
    client.force_login(facilitator)
    member = [session.pk, private_participant.pk]
    addresses = [
        reverse("training_session:index"),
        reverse("training_session:index_results"),
        *(
            reverse(f"training_session:{name}", args=[session.pk])
            for name in (
                "session",
                "roster",
                "projector",
                "count",
                "add_participant",
                "print_tests",
                "print_key",
                "print_certificates",
                "attendance_pdf",
                "attendance_xlsx",
                "roster_xlsx",
            )
        ),
        reverse("training_session:paper_scores", args=member),
        reverse("training_session:print_certificates", args=[session.pk]) + "?tata=satu",
        reverse("training_session:session", args=[session.pk]) + "?cari=siti&urut=status",
    ]
    seen_name = 0
    for address in addresses:
        response = client.get(address, follow=True)
        assert response.status_code == 200, address
        text = _text_of(response)
        for secret in (EMAIL, USERNAME, "siti.rahasia", OTHER_COURSE, "Jakarta Selatan"):
            assert secret not in text, (address, secret)
        seen_name += "Siti Rahmawati" in text
    # The check looks where the participant is shown: by name, on most of these.
    assert seen_name >= 8
    # Writes answer with pages that hold nothing more either.
    for response in (
        client.post(
            reverse("training_session:attendance", args=member), {"hadir": "1"}, follow=True
        ),
        client.post(
            reverse("training_session:paper_scores", args=member), {"final": "abc"}, follow=True
        ),
    ):
        text = _text_of(response)
        assert EMAIL not in text and USERNAME not in text


def test_a_facilitator_sees_no_other_sessions_participants_in_the_site_history(
    client, facilitator, other_session, other_facilitator
):
    """Their group has no model permission on memberships (migration 0004), so Wagtail's site
    history shows them no participant of another session."""
    other = roster.join(session=other_session, learner=UserFactory(full_name="Orang Sesi Lain"))
    roster.set_attendance(membership=other[0], attended=True, by=other_facilitator)
    client.force_login(facilitator)
    page = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Orang Sesi Lain" not in page
