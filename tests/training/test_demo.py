"""The demo: an open session in Kedaung Kali Angke and a facilitator to run it (make run)."""

import datetime
import io
import zoneinfo

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.management.commands.create_demo_admin import (
    FACILITATOR_PASSWORD,
    FACILITATOR_USERNAME,
)
from accounts.models import User
from content.loader import load_demo_content
from training.models import SessionStatus, TrainingSession

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


@pytest.mark.django_db
def test_the_demo_has_one_open_session_today_in_kedaung_kali_angke():
    report = load_demo_content()
    session = TrainingSession.objects.get()
    assert any(line.startswith("sesi contoh") for line in report)
    assert session.status == SessionStatus.OPEN
    assert session.course.slug == "kenali-tppo"
    assert session.kelurahan.code == "31.73.01.1004"
    assert session.kelurahan.name == "Kedaung Kali Angke"
    assert session.kelurahan.parent.parent.name == "Kota Administrasi Jakarta Barat"
    assert session.venue == "Aula Kantor Kelurahan Kedaung Kali Angke"
    starts = timezone.localtime(session.starts_at, JAKARTA)
    ends = timezone.localtime(session.ends_at, JAKARTA)
    assert starts.date() == timezone.localdate(timezone=JAKARTA)
    assert (starts.time(), ends.time()) == (datetime.time(9), datetime.time(12))
    # Idempotent: a second run creates nothing.
    assert load_demo_content() == []
    assert TrainingSession.objects.count() == 1


@pytest.mark.django_db
def test_the_demo_facilitator_logs_in_and_runs_the_demo_session():
    load_demo_content()
    out = io.StringIO()
    with override_settings(DEBUG=True):
        call_command("create_demo_admin", stdout=out)
        call_command("create_demo_admin", stdout=io.StringIO())  # twice: nothing more
    assert f"nama pengguna '{FACILITATOR_USERNAME}', kata sandi '{FACILITATOR_PASSWORD}'" in (
        out.getvalue()
    )
    facilitator = User.objects.get(username=FACILITATOR_USERNAME)
    assert facilitator.is_staff and not facilitator.is_superuser
    assert list(facilitator.groups.values_list("name", flat=True)) == ["Fasilitator"]
    session = TrainingSession.objects.get()
    assert list(session.facilitators.all()) == [facilitator]
    client = Client()
    login = client.post(
        reverse("wagtailadmin_login"),
        {"username": FACILITATOR_USERNAME, "password": FACILITATOR_PASSWORD},
    )
    assert login.status_code == 302
    assert client.get(reverse("training_session:session", args=[session.pk])).status_code == 200
    # The loader run after the command keeps the link (and reports nothing new).
    assert load_demo_content() == []
    assert list(session.facilitators.all()) == [facilitator]


@pytest.mark.django_db
def test_the_demo_facilitator_is_for_development_only():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("create_demo_admin", stdout=io.StringIO())
    assert not User.objects.filter(username=FACILITATOR_USERNAME).exists()
