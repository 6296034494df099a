import pytest
from playwright.sync_api import expect

from quizzes.models import QuizAttempt
from tests.factories import UserFactory, add_quiz, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(live_server.url + "/akun/masuk/")
    page.get_by_label("Nama pengguna atau email").fill(username)
    page.get_by_label("Kata sandi").fill("kata-sandi-rahasia-1")
    page.get_by_role("button", name="Masuk").click()


def answer_all(page, *, right):
    """Tick the first option everywhere (right=True picks the options our factory marks right)."""
    for fieldset in page.locator("fieldset.question").all():
        inputs = fieldset.locator("input[type=radio], input[type=checkbox]")
        (inputs.nth(0) if right else inputs.nth(inputs.count() - 1)).check()


def test_pretest_lessons_final_failed_retried_passed_course_complete(
    live_server, phone, screenshot
):
    tree = build_site(lessons=2)
    pre = add_quiz(tree["course"], kind="pretest", questions=4, slug="pra-tes", max_attempts=1)
    # The pre-test belongs before the lessons.
    pre.move(tree["course"], pos="first-child")
    add_quiz(tree["course"], kind="final", questions=4, pass_mark=60, slug="tes-akhir")
    UserFactory(username="wati")
    page = phone
    log_in(page, live_server, "wati")
    page.goto(live_server.url + tree["course"].url)
    page.get_by_role("button", name="Mulai kursus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kuis pretest")
    page.get_by_role("button", name="Mulai kuis").click()
    answer_all(page, right=False)
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_text("Nilai ini menjadi titik awal Anda")).to_be_visible()
    screenshot(page, "10-hasil-pra-tes")

    for _ in tree["lessons"]:
        page.get_by_role("link", name="Lanjut:").first.click()
        page.get_by_role("button", name="Tandai selesai").click()
    page.get_by_role("link", name="Lanjut:").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kuis final")
    page.get_by_role("button", name="Mulai kuis").click()
    screenshot(page, "11-tes-akhir")
    answer_all(page, right=False)
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_text("Belum lulus")).to_be_visible()
    screenshot(page, "12-belum-lulus")
    page.get_by_role("button", name="Coba lagi").click()
    answer_all(page, right=True)
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_text("Selamat, Anda lulus")).to_be_visible()
    expect(page.get_by_text("Kursus selesai!")).to_be_visible()
    screenshot(page, "13-lulus")
    assert QuizAttempt.objects.filter(user__username="wati", kind="final").count() == 2


def test_quiz_works_with_javascript_switched_off(live_server, browser, screenshot):
    tree = build_site(lessons=1)
    quiz = add_quiz(tree["course"], kind="final", questions=4, pass_mark=50)
    UserFactory(username="joko")
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server, "joko")
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Mulai kuis").click()
    # Leave one question out: an Indonesian error, the other answers kept.
    fieldsets = page.locator("fieldset.question").all()
    for fieldset in fieldsets[1:]:
        fieldset.locator("input[type=radio], input[type=checkbox]").first.check()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_text("Soal ini belum dijawab")).to_be_visible()
    expect(page.locator("fieldset.question").nth(1).locator("input").first).to_be_checked()
    screenshot(page, "14-tanpa-js-belum-lengkap")
    page.locator("fieldset.question").first.locator("input").first.check()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.get_by_text("Selamat, Anda lulus")).to_be_visible()
    context.close()
