import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonCompletion
from tests.browser.conftest import serious_accessibility_violations
from tests.factories import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_guest_reads_marks_done_signs_up_and_continues(live_server, phone, screenshot):
    tree = build_site(lessons=3)
    page = phone
    page.goto(live_server.url + "/")
    screenshot(page, "01-beranda")
    page.get_by_role("link", name="Mulai belajar").click()
    page.get_by_role("link", name="Waspada Modus Perekrutan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Waspada Modus Perekrutan")
    screenshot(page, "02-kursus")
    page.get_by_role("link", name="Mulai kursus").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pelajaran 1")
    page.get_by_text("Lihat penjelasan").click()  # the scenario's explanation opens
    expect(page.get_by_text("Biaya di muka.")).to_be_visible()
    screenshot(page, "03-pelajaran-tamu")

    page.get_by_role("link", name="Tandai selesai").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Simpan kemajuan Anda")
    screenshot(page, "04-simpan-kemajuan")
    page.get_by_role("button", name="Daftar akun baru").click()

    page.get_by_label("Nama lengkap").fill("Sri Wahyuni")
    page.get_by_label("Nama pengguna", exact=True).fill("sri")
    page.get_by_label("Kata sandi", exact=True).fill("Bukan-sandi-mudah-9")
    page.get_by_label("Ulangi kata sandi").fill("Bukan-sandi-mudah-9")
    page.get_by_label("Saya sudah membaca").check()
    screenshot(page, "05-daftar")
    page.get_by_role("button", name="Daftar").click()

    # Back on the same lesson, with the completion recorded.
    expect(page).to_have_url(re.compile(re.escape(tree["lessons"][0].url) + "$"))
    expect(page.locator(".progress__text")).to_contain_text("1 dari 3 pelajaran selesai")
    expect(page.get_by_text("Pelajaran ini sudah selesai")).to_be_visible()
    screenshot(page, "06-kembali-ke-pelajaran")
    assert LessonCompletion.objects.filter(user__username="sri").count() == 1

    page.locator(".pager__next").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pelajaran 2")
    page.get_by_role("button", name="Tandai selesai").click()
    expect(page.locator(".progress__text")).to_contain_text("2 dari 3 pelajaran selesai")
    page.get_by_role("link", name="Kursus saya").click()
    expect(page.get_by_role("link", name="Lanjutkan")).to_have_attribute(
        "href", tree["lessons"][2].url
    )
    screenshot(page, "07-kursus-saya")


@pytest.mark.parametrize("where", ["home", "course", "lesson", "signup"])
def test_no_serious_accessibility_violations(live_server, phone, where):
    tree = build_site(lessons=2)
    urls = {
        "home": tree["home"].url,
        "course": tree["course"].url,
        "lesson": tree["lessons"][0].url,
        "signup": "/akun/daftar/",
    }
    phone.goto(live_server.url + urls[where])
    assert serious_accessibility_violations(phone) == []
