"""Participants without a phone: added by name, paper scores entered, an attested certificate."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from accounts.models import User
from certificates.models import Certificate
from training import roster
from training.models import JoinedVia, Membership


def add_url(session):
    return reverse("training_session:add_participant", args=[session.pk])


def scores_url(session, membership):
    return reverse("training_session:paper_scores", args=[session.pk, membership.pk])


def test_a_participant_without_a_phone_is_added_present_and_logged(client, facilitator, session):
    client.force_login(facilitator)
    response = client.post(
        add_url(session), {"full_name": "  Ibu   Sarinah ", "age_group": "50+", "gender": "p"}
    )
    membership = Membership.objects.get(session=session)
    assert response["Location"].endswith(f"#peserta-{membership.pk}")
    learner = membership.learner
    assert learner.full_name == "Ibu Sarinah"
    assert (learner.age_group, learner.gender) == ("50+", "p")
    assert not learner.has_usable_password()
    assert membership.joined_via == JoinedVia.FACILITATOR and membership.attended is True
    assert ModelLogEntry.objects.filter(action="training.add_participant").count() == 1
    again = client.post(add_url(session), {"full_name": "Pak Darto", "lagi": "1"})
    assert again["Location"] == add_url(session)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("A" * 300, "Nama paling panjang 150 huruf"),
        ("<b>Sarinah</b>", "tidak boleh berisi tanda &lt; atau &gt;"),
        ("<script>alert(1)</script>", "tidak boleh berisi tanda &lt; atau &gt;"),
        ("   ", "Tulis nama peserta."),
        ("", "Tulis nama peserta."),
        ("Sari\x07nah", "karakter yang tidak bisa dicetak"),
    ],
)
def test_a_name_that_cannot_be_printed_is_refused(client, facilitator, session, name, message):
    client.force_login(facilitator)
    users = User.objects.count()
    response = client.post(add_url(session), {"full_name": name})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert User.objects.count() == users
    assert not Membership.objects.filter(session=session).exists()


@pytest.fixture
def paper_participant(session, facilitator):
    return roster.add_participant_without_phone(
        session=session, full_name="Ibu Sarinah", by=facilitator
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("101", "Nilai paling tinggi 100."),
        ("-1", "Nilai paling rendah 0."),
        ("abc", "Tulis angka, misalnya 75 atau 82,5."),
        ("NaN", "Tulis angka, misalnya 75 atau 82,5."),
        ("1e9", "Nilai paling tinggi 100."),
        ("82,555", "Paling banyak dua angka di belakang koma"),
    ],
)
def test_a_paper_score_out_of_range_or_not_a_number_is_refused(
    client, facilitator, session, paper_participant, typed, message
):
    client.force_login(facilitator)
    response = client.post(
        scores_url(session, paper_participant), {"pretest": "40", "final": typed}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    paper_participant.refresh_from_db()
    assert paper_participant.paper_pretest_score is None  # nothing saved, not even the valid one
    assert paper_participant.paper_final_score is None
    assert not Certificate.objects.exists()
    assert not ModelLogEntry.objects.filter(action="training.paper_scores").exists()


def test_paper_scores_below_the_pass_mark_issue_nothing(
    client, facilitator, session, paper_participant
):
    client.force_login(facilitator)
    client.post(scores_url(session, paper_participant), {"pretest": "35,5", "final": "69,99"})
    paper_participant.refresh_from_db()
    assert paper_participant.paper_pretest_score == Decimal("35.50")
    assert paper_participant.paper_final_score == Decimal("69.99")
    assert not Certificate.objects.exists()
    form = client.get(scores_url(session, paper_participant)).content.decode()
    assert 'value="35,5"' in form and 'value="69,99"' in form


def test_a_paper_final_at_the_pass_mark_issues_an_attested_certificate_shown_everywhere(
    client, facilitator, session, paper_participant
):
    client.force_login(facilitator)
    response = client.post(scores_url(session, paper_participant), {"pretest": "40", "final": "70"})
    assert response.status_code == 302
    certificate = Certificate.objects.get(user=paper_participant.learner)
    assert certificate.attested_by == facilitator
    assert certificate.attested_by_name == "Fasilitator Satu"
    log = ModelLogEntry.objects.get(action="training.paper_scores")
    assert log.data == {"pra_tes": "40.00", "tes_akhir": "70.00"}

    # On the session's PDF ...
    pdf = client.get(
        reverse("training_session:print_certificates", args=[session.pk]), {"tata": "satu"}
    )
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Ibu Sarinah" in text
    assert "Diverifikasi oleh fasilitator: Fasilitator Satu" in text
    # ... and on the public verification page.
    client.logout()
    page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert "Diverifikasi oleh fasilitator" in page and "Fasilitator Satu" in page
    assert "tes akhir dikerjakan di atas kertas" in page
