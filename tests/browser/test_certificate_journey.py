import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from courses.models import CoursePage
from quizzes.attempts import option_token
from quizzes.models import QuizAttempt
from quizzes.scoring import correct_ids
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def tick_right_answers(page, attempt):
    for question in attempt.snapshot["questions"]:
        for value in correct_ids(question):
            token = option_token(attempt, question["id"], value)
            page.locator(f'input[name="q-{question["id"]}"][value="{token}"]').check()


def test_learner_completes_the_demo_course_and_verifies_the_certificate(
    live_server, phone, screenshot, tmp_path
):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    course = CoursePage.objects.get(slug="kenali-tppo")
    UserFactory(username="rahma", full_name="Rahma Nguyễn")
    page = phone
    page.goto(live_server.url + "/akun/masuk/")
    page.get_by_label("Nama pengguna atau email").fill("rahma")
    page.get_by_label("Kata sandi").fill("kata-sandi-rahasia-1")
    page.get_by_role("button", name="Masuk").click()
    page.goto(live_server.url + course.url)
    page.get_by_role("button", name="Mulai kursus").click()

    # Walk the course in order: quizzes answered correctly, lessons marked done.
    for _ in range(20):
        if page.get_by_role("button", name="Mulai kuis").count():
            page.get_by_role("button", name="Mulai kuis").click()
            attempt = QuizAttempt.objects.filter(user__username="rahma").latest("pk")
            tick_right_answers(page, attempt)
            page.get_by_role("button", name="Kirim jawaban").click()
        elif page.get_by_role("button", name="Tandai selesai").count():
            page.get_by_role("button", name="Tandai selesai").click()
        if page.get_by_text("Kursus selesai!").count():
            break
        page.locator("a.button", has_text="Lanjut").first.click()
    expect(page.get_by_text("Kursus selesai!").first).to_be_visible()

    page.get_by_role("link", name="Sertifikat", exact=True).click()
    screenshot(page, "20-sertifikat-saya")
    with page.expect_download() as download:
        page.get_by_role("link", name="Unduh PDF").click()
    pdf_path = tmp_path / "sertifikat.pdf"
    download.value.save_as(pdf_path)

    from tests.certificates.test_certificates import decode_qr

    url = decode_qr(pdf_path.read_bytes())
    assert url.startswith(live_server.url + "/sertifikat/")
    page.goto(url)
    expect(page.get_by_text("Sertifikat sah")).to_be_visible()
    expect(page.get_by_text("R**** N*****")).to_be_visible()
    page.get_by_label("Nama di sertifikat").fill("Rahma Nguyễn")
    page.get_by_role("button", name="Cocokkan").click()
    expect(page.get_by_text("Cocok.", exact=True)).to_be_visible()
    screenshot(page, "21-verifikasi-cocok")
