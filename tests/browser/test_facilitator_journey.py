"""A session in the hall: the facilitator projects the code, a participant joins on a phone,
learns and passes, the roster updates itself, and the session's certificates are printed."""

import io
import re
import time

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader
from pytest_django.live_server_helper import LiveServer

from quizzes.models import QuizAttempt
from quizzes.scoring import correct_ids
from tests.browser.conftest import PHONE
from tests.factories import add_quiz, build_site
from tests.training.conftest import make_facilitator, make_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1280, "height": 800}


def tick_right_answers(page, attempt):
    """Tick the right choices by their labels (the form's values are not the snapshot's ids)."""
    fieldsets = page.locator("fieldset.question")
    for position, question in enumerate(attempt.snapshot["questions"]):
        texts = {option["id"]: option["text"] for option in question["options"]}
        texts.update({"benar": "Benar", "salah": "Salah"})
        for option_id in correct_ids(question):
            fieldsets.nth(position).get_by_label(texts[option_id], exact=True).check()


def take_quiz(page, username):
    page.get_by_role("button", name="Mulai kuis").click()
    attempt = QuizAttempt.objects.filter(user__username=username).latest("pk")
    tick_right_answers(page, attempt)
    page.get_by_role("button", name="Kirim jawaban").click()


@pytest.fixture
def live_server(transactional_db):
    """A live server of this test's own, started once the test database exists.

    pytest-django's session-wide live server, when started before the test database is set up
    (it does not wait for it), takes the database for in-memory SQLite and shares one
    connection between all its threads. Other browser tests make one request at a time; here
    the roster's and the projector's polling overlap the participant's requests, and two
    threads on one SQLite connection crash the process.
    """
    server = LiveServer("localhost")
    assert not server.thread.connections_override
    yield server
    server.stop()


def test_a_participant_joins_learns_and_passes_while_the_roster_follows(
    live_server, browser, screenshot, tmp_path
):
    tree = build_site(lessons=2)
    course = tree["course"]
    pretest = add_quiz(course, kind="pretest", questions=4, slug="pra-tes", max_attempts=1)
    pretest.move(course, pos="first-child")
    add_quiz(course, kind="final", questions=4, slug="tes-akhir")
    facilitator = make_facilitator(username="fasilitator", full_name="Bu Fasilitator")
    session = make_session(
        course, facilitators=[facilitator], title="Sosialisasi di Aula Kedaung Kali Angke"
    )

    desk = browser.new_context(viewport=LAPTOP, locale="id-ID", accept_downloads=True)
    hall = browser.new_context(viewport=PHONE, locale="id-ID", device_scale_factor=1)
    try:
        run_the_session(live_server, desk, hall, session, screenshot, tmp_path)
    finally:
        # Stop the pages' polling and let the server finish what they asked before the
        # database is flushed under it.
        for context in (hall, desk):
            for page in context.pages:
                page.goto("about:blank")
            context.close()
        time.sleep(1)


def run_the_session(live_server, desk, hall, session, screenshot, tmp_path):
    # The facilitator, on a laptop: log in, open the session, project its code.
    admin = desk.new_page()
    admin.goto(live_server.url + "/admin/login/")
    admin.locator("input[name=username]").fill("fasilitator")
    admin.locator("input[name=password]").fill("kata-sandi-rahasia-1")
    admin.locator("button[type=submit]").click()
    admin.goto(live_server.url + "/admin/sesi/")
    admin.get_by_role("link", name=session.title).click()
    expect(admin.get_by_role("heading", level=1)).to_have_text(session.title)
    projector = desk.new_page()
    projector.goto(admin.url + "layar/")
    code = projector.locator("[data-join-code]").inner_text()
    assert code == session.display_code
    expect(projector.locator(".layar__alamat")).to_contain_text("/gabung/")
    expect(projector.locator("[data-count]")).to_have_text("0")
    expect(projector.locator(".layar__qr svg")).to_be_visible()
    projector_shot = screenshot(projector, "30-fasilitator-tampilan-layar")
    # The roster page stays open; a marker shows it is never reloaded.
    admin.evaluate("window.__notReloaded = true")

    # The participant, on a phone: type the code as read off the screen, sign up, join.
    phone = hall.new_page()
    phone.goto(live_server.url + "/gabung/")
    phone.get_by_label("Kode sesi").fill(code.lower())
    join_shot = screenshot(phone, "31-peserta-ketik-kode")
    phone.get_by_role("button", name="Lanjut").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(session.title)
    session_shot = screenshot(phone, "32-peserta-halaman-gabung")
    phone.locator("#isi").get_by_role("link", name="Daftar", exact=True).click()
    phone.get_by_label("Nama lengkap").fill("Rina Kartika")
    phone.get_by_label("Nama pengguna", exact=True).fill("rina")
    phone.get_by_label("Kata sandi", exact=True).fill("Bukan-sandi-mudah-9")
    phone.get_by_label("Ulangi kata sandi").fill("Bukan-sandi-mudah-9")
    phone.get_by_label("Saya sudah membaca").check()
    phone.get_by_role("button", name="Daftar").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(session.title)
    phone.get_by_label("Saya setuju fasilitator sesi ini").check()
    phone.get_by_role("button", name="Gabung dan mulai").click()

    # The projector's count follows without a reload.
    expect(projector.locator("[data-count]")).to_have_text("1", timeout=15_000)

    # Pre-test, lessons, final test.
    expect(phone.get_by_role("heading", level=1)).to_have_text("Kuis pretest")
    take_quiz(phone, "rina")
    for _ in range(2):
        phone.get_by_role("link", name="Lanjut:").first.click()
        phone.get_by_role("button", name="Tandai selesai").click()
    phone.get_by_role("link", name="Lanjut:").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Kuis final")
    take_quiz(phone, "rina")
    expect(phone.get_by_text("Kursus selesai!")).to_be_visible()

    # The facilitator's roster shows it by itself, within a few refreshes.
    row = admin.locator("tr", has_text="Rina Kartika")
    expect(row).to_contain_text(re.compile("Lulus|Bersertifikat"), timeout=20_000)
    expect(row).to_contain_text("2 dari 2")
    assert admin.evaluate("window.__notReloaded === true")
    expect(admin.locator(".sesi-angka")).to_contain_text("1 bersertifikat")
    # Ticking attendance saves at once, and the row says so after the swap.
    row.get_by_role("button", name="Tandai Rina Kartika hadir").click()
    expect(admin.locator("tr", has_text="Rina Kartika")).to_contain_text("✓ Hadir")
    assert admin.evaluate("window.__notReloaded === true")
    # The admin scrolls inside its own frame: a tall window shows the whole screen at once.
    admin.set_viewport_size({"width": LAPTOP["width"], "height": 1500})
    roster_shot = screenshot(admin, "33-fasilitator-daftar-peserta")
    admin.set_viewport_size({"width": 390, "height": 1800})
    admin.reload()  # the admin lays its sidebar out for the width it was loaded at
    expect(admin.locator("tr", has_text="Rina Kartika")).to_contain_text("✓ Hadir")
    screenshot(admin, "34-fasilitator-daftar-peserta-ponsel")
    admin.set_viewport_size(LAPTOP)

    # One PDF of the session's certificates, holding the participant's name.
    admin.get_by_role("link", name="Cetak sertifikat sesi").click()
    admin.get_by_label("Dua sertifikat per halaman").check()
    with admin.expect_download() as download:
        admin.get_by_role("button", name="Unduh PDF").click()
    path = tmp_path / "sertifikat-sesi.pdf"
    download.value.save_as(path)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "Rina Kartika" in text
    assert session.title in text

    for shot in (projector_shot, join_shot, session_shot, roster_shot):
        assert shot.exists()
