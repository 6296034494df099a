"""What a facilitator prints: the session's certificates, the attendance list, the roster, the
paper tests and their key."""

import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.factories import CertificateFactory, UserFactory
from tests.training.conftest import answer, finish_lessons
from training import roster


def certificates_url(session):
    return reverse("training_session:print_certificates", args=[session.pk])


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_an_empty_session_gives_a_message_not_an_empty_pdf(client, facilitator, session):
    roster.join(session=session, learner=UserFactory())
    client.force_login(facilitator)
    for query in ({}, {"tata": "satu"}, {"tata": "dua"}):
        response = client.get(certificates_url(session), query)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        assert "Belum ada sertifikat untuk dicetak" in response.content.decode()


@pytest.fixture
def completed(course_tree, session, facilitator):
    """Three who completed (two online, one on paper), one who did not, one who left, and a
    certificate of another course's learner who is not in the session."""
    names = {}
    for name in ("Wulan Sari", "Agus Salim"):
        learner = UserFactory(full_name=name)
        roster.join(session=session, learner=learner)
        finish_lessons(learner, course_tree["lessons"])
        answer(user=learner, quiz=course_tree["final"], right={1, 2, 3, 4})
        names[name] = learner
    paper = roster.add_participant_without_phone(
        session=session, full_name="Ibu Sarinah", by=facilitator
    )
    roster.enter_paper_scores(membership=paper, pretest=None, final=Decimal("90"), by=facilitator)
    unfinished = UserFactory(full_name="Belum Selesai")
    roster.join(session=session, learner=unfinished)
    gone = UserFactory(full_name="Sudah Keluar")
    membership = roster.join(session=session, learner=gone)[0]
    CertificateFactory(user=gone, course=course_tree["course"])
    roster.leave(membership=membership)
    CertificateFactory(user=UserFactory(full_name="Orang Lain"), course=course_tree["course"])
    return names


def test_the_session_pdf_holds_exactly_the_completed_participants_by_name(
    client, facilitator, session, completed
):
    client.force_login(facilitator)
    response = client.get(certificates_url(session), {"tata": "satu"})
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader, _ = pdf_text(response.content)
    assert len(reader.pages) == 3
    holders = []
    for page in reader.pages:
        text = page.extract_text()
        found = [n for n in ("Agus Salim", "Ibu Sarinah", "Wulan Sari") if n in text]
        assert len(found) == 1, text
        holders += found
        # The session's title and date on each.
        assert "Sosialisasi Waspada TPPO, 3 Desember 2026" in text
    assert holders == ["Agus Salim", "Ibu Sarinah", "Wulan Sari"]
    _, everything = pdf_text(response.content)
    for absent in ("Belum Selesai", "Sudah Keluar", "Orang Lain"):
        assert absent not in everything
    assert everything.count("Diverifikasi oleh fasilitator") == 1


def test_two_certificates_per_portrait_page(client, facilitator, session, completed):
    client.force_login(facilitator)
    response = client.get(certificates_url(session), {"tata": "dua"})
    reader, text = pdf_text(response.content)
    assert len(reader.pages) == 2  # 3 certificates, two to a sheet
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert height > width  # A4 portrait
    assert all(name in text for name in ("Agus Salim", "Ibu Sarinah", "Wulan Sari"))


def test_an_unknown_layout_shows_the_choice_again(client, facilitator, session, completed):
    client.force_login(facilitator)
    response = client.get(certificates_url(session), {"tata": "tiga"})
    assert response["Content-Type"].startswith("text/html")
    assert "Satu sertifikat per halaman" in response.content.decode()


def test_the_attendance_list_pdf_and_xlsx(client, facilitator, session, completed):
    hostile = UserFactory(full_name="=SUM(1) <b>Ika</b>")
    attended = roster.join(session=session, learner=hostile)[0]
    roster.set_attendance(membership=attended, attended=True, by=facilitator)
    client.force_login(facilitator)
    pdf = client.get(reverse("training_session:attendance_pdf", args=[session.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    assert re.match(
        r'attachment; filename="daftar-hadir-2026-12-03-\w{6}\.pdf"', pdf["Content-Disposition"]
    )
    _, text = pdf_text(pdf.content)
    assert "DAFTAR HADIR" in text and "Tanda tangan" in text
    assert "Kedaung Kali Angke" in text
    for name in ("Agus Salim", "Belum Selesai", "Ibu Sarinah", "Wulan Sari"):
        assert name in text
    assert "Sudah Keluar" not in text
    assert "=SUM(1) <b>Ika</b>" in text  # printed literally, never parsed as markup

    xlsx = client.get(reverse("training_session:attendance_xlsx", args=[session.pk]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("No", "Nama", "Wilayah (kelurahan)", "Hadir", "Tanda tangan")
    assert len(rows) == 1 + 5
    names = [row[1] for row in rows[1:]]
    assert names == sorted(names, key=str.casefold)
    formula_cell = next(cell for cell in sheet["B"] if str(cell.value).startswith("=SUM"))
    assert formula_cell.data_type == "s"  # text, never a formula


def test_the_roster_xlsx(client, facilitator, session, completed):
    client.force_login(facilitator)
    response = client.get(reverse("training_session:roster_xlsx", args=[session.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"Agus Salim", "Belum Selesai", "Ibu Sarinah", "Wulan Sari"}
    assert rows["Wulan Sari"][4:8] == (3, 3, 100, "Bersertifikat")
    assert rows["Ibu Sarinah"][6:] == (
        90,
        "Bersertifikat",
        "Ditambahkan fasilitator (tanpa ponsel)",
    )
    assert rows["Belum Selesai"][7] == "Belum mulai"


def test_the_paper_test_has_questions_and_answer_sheets_but_no_key(
    client, facilitator, session, course_tree
):
    client.force_login(facilitator)
    page = client.get(reverse("training_session:print_tests", args=[session.pk])).content.decode()
    assert page.count("Lembar jawaban:") == 2  # pre-test and final test
    assert "Kuis pretest" in page and "Kuis final" in page
    assert "Soal 0?" in page and "Pilihan 0.0" in page and "Kalimat 3.1" in page
    assert "Lingkari Benar atau Salah." in page
    assert "Kunci jawaban" not in page and "Jawaban benar" not in page
    assert "<script>" not in page and " style=" not in page  # static files only


def test_the_answer_key_gives_the_right_letters(client, facilitator, session, course_tree):
    client.force_login(facilitator)
    page = client.get(reverse("training_session:print_key", args=[session.pk])).content.decode()
    assert "hanya untuk fasilitator" in page
    letters = re.findall(r'<td class="cetak__kunci-huruf">([^<]*)</td>', page)
    # Per test: single choice A; multiple choice A, B; true/false A (Benar); red flags A, C.
    assert letters == ["A", "A, B", "A", "A, C"] * 2
