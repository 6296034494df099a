"""Attendance, added participants, paper scores and status changes are logged, and read in
Indonesian in the admin's history."""

from decimal import Decimal

from django.urls import reverse
from wagtail.log_actions import registry
from wagtail.models import ModelLogEntry

from tests.factories import UserFactory
from training import roster
from training.models import SessionStatus


def test_every_training_action_has_an_indonesian_label():
    labels = dict(registry.get_choices())
    assert labels["training.attendance"] == "Kehadiran peserta sesi"
    assert labels["training.add_participant"] == "Tambah peserta tanpa ponsel"
    assert labels["training.paper_scores"] == "Nilai tes kertas"
    assert labels["training.status"] == "Status sesi"


def test_the_messages_say_what_happened(session, facilitator):
    membership = roster.join(session=session, learner=UserFactory())[0]
    roster.set_attendance(membership=membership, attended=True, by=facilitator)
    roster.set_attendance(membership=membership, attended=False, by=facilitator)
    paper = roster.add_participant_without_phone(
        session=session, full_name="Ibu Ani", by=facilitator
    )
    roster.enter_paper_scores(membership=paper, pretest=Decimal("42.5"), final=None, by=facilitator)
    roster.set_status(session=session, status=SessionStatus.CLOSED, by=facilitator)
    messages = [entry.message for entry in ModelLogEntry.objects.order_by("pk")]
    assert messages == [
        "Ditandai hadir",
        "Ditandai tidak hadir",
        "Peserta tanpa ponsel ditambahkan ke sesi",
        "Nilai tes kertas diisi: pra-tes 42,5, tes akhir kosong",
        "Status sesi diubah menjadi “Ditutup”",
    ]
    assert {entry.user for entry in ModelLogEntry.objects.all()} == {facilitator}


def test_the_site_history_shows_them_to_staff(client, session, facilitator):
    membership = roster.join(session=session, learner=UserFactory())[0]
    roster.set_attendance(membership=membership, attended=True, by=facilitator)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Ditandai hadir" in page
    assert "Kehadiran peserta sesi" in page  # in the action filter
