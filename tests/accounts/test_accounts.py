import json

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import Consent, User
from courses import progress
from courses.models import LessonCompletion
from tests.factories import UserFactory

SIGNUP = {
    "full_name": "Dewi Lestari",
    "username": "dewi",
    "password1": "Bukan-sandi-mudah-9",
    "password2": "Bukan-sandi-mudah-9",
    "privacy_consent": "on",
}


@pytest.mark.django_db
class TestSignup:
    def test_page_is_in_indonesian(self, client, site_tree):
        html = client.get(reverse("account_signup")).content.decode()
        for text in (
            "Nama lengkap",
            "Nama pengguna",
            "Kata sandi",
            "pemberitahuan privasi",
            "Ulangi kata sandi",
        ):
            assert text in html, text
        for english in ("Username", "Password", "Sign Up", "Already have an account"):
            assert english not in html, english

    def test_signup_with_name_username_password_records_consent(self, client, site_tree, settings):
        response = client.post(reverse("account_signup"), SIGNUP)
        assert response.status_code == 302
        user = User.objects.get(username="dewi")
        assert user.full_name == "Dewi Lestari" and user.email == ""
        consent = Consent.objects.get(user=user)
        assert consent.notice_version == settings.PRIVACY_NOTICE_VERSION
        assert consent.given_at is not None

    def test_consent_is_required(self, client, site_tree):
        data = {**SIGNUP, "privacy_consent": ""}
        response = client.post(reverse("account_signup"), data)
        assert response.status_code == 200
        assert "perlu menyetujui pemberitahuan privasi" in response.content.decode()
        assert not User.objects.exists()

    def test_name_of_300_characters_is_refused_with_a_form_error(self, client, site_tree):
        response = client.post(reverse("account_signup"), {**SIGNUP, "full_name": "A" * 300})
        assert response.status_code == 200
        assert "150 karakter" in response.content.decode()
        assert not User.objects.exists()

    def test_html_in_a_name_is_stored_literally_and_escaped_when_shown(self, client, site_tree):
        name = '<script>alert("x")</script> Budi'
        client.post(reverse("account_signup"), {**SIGNUP, "full_name": name})
        user = User.objects.get(username="dewi")
        assert user.full_name == name
        html = client.get(reverse("accounts:profile")).content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert" in html

    def test_off_site_next_is_not_followed(self, client, site_tree):
        response = client.post(reverse("account_signup") + "?next=https://penipu.example/", SIGNUP)
        assert response.status_code == 302
        assert "penipu.example" not in response["Location"]


@pytest.mark.django_db
class TestLogin:
    def test_login_by_username_or_email(self, site_tree):
        UserFactory(username="ani", email="ani@example.id")
        for login in ("ani", "ani@example.id"):
            client = Client()
            response = client.post(
                reverse("account_login"), {"login": login, "password": "kata-sandi-rahasia-1"}
            )
            assert response.status_code == 302, login
            assert client.get(reverse("courses:my_courses")).status_code == 200

    def test_wrong_password_says_so_in_indonesian(self, client, site_tree):
        UserFactory(username="ani")
        response = client.post(reverse("account_login"), {"login": "ani", "password": "salah"})
        assert response.status_code == 200
        assert "tidak benar" in response.content.decode() or "salah" in response.content.decode()

    def test_password_guessing_on_one_account_is_stopped(self, client, site_tree):
        UserFactory(username="ani")
        for _ in range(5):
            client.post(reverse("account_login"), {"login": "ani", "password": "tebakan"})
        response = client.post(
            reverse("account_login"), {"login": "ani", "password": "kata-sandi-rahasia-1"}
        )
        # Even the right password is refused for a while after five wrong ones.
        assert response.status_code in (200, 429)
        assert "_auth_user_id" not in client.session

    def test_a_class_of_30_can_sign_up_from_one_address(self, site_tree):
        for n in range(30):
            response = Client(REMOTE_ADDR="10.1.1.1").post(
                reverse("account_signup"),
                {**SIGNUP, "username": f"peserta{n}", "full_name": f"Peserta {n}"},
            )
            assert response.status_code == 302, n
        assert User.objects.count() == 30

    def test_logout_is_post_only(self, learner_client, site_tree):
        response = learner_client.get(reverse("account_logout"))
        assert response.status_code == 200  # a confirmation page, still logged in
        assert "_auth_user_id" in learner_client.session
        learner_client.post(reverse("account_logout"))
        assert "_auth_user_id" not in learner_client.session


@pytest.mark.django_db
class TestPasswords:
    def test_password_reset_email_is_sent_in_indonesian(self, client, site_tree):
        UserFactory(username="ani", email="ani@example.id")
        response = client.post(reverse("account_reset_password"), {"email": "ani@example.id"})
        assert response.status_code == 302
        assert len(mail.outbox) == 1
        assert "kata sandi" in (mail.outbox[0].subject + mail.outbox[0].body).lower()

    def test_password_change(self, learner, learner_client, site_tree):
        response = learner_client.post(
            reverse("account_change_password"),
            {
                "oldpassword": "kata-sandi-rahasia-1",
                "password1": "Sandi-baru-yang-kuat-7",
                "password2": "Sandi-baru-yang-kuat-7",
            },
        )
        assert response.status_code == 302
        learner.refresh_from_db()
        assert learner.check_password("Sandi-baru-yang-kuat-7")


@pytest.mark.django_db
class TestProfile:
    def test_profile_saves_area_and_explains_why(self, learner, learner_client, site_tree):
        html = learner_client.get(reverse("accounts:profile")).content.decode()
        assert "Gugus Tugas" in html  # why the area is asked
        response = learner_client.post(
            reverse("accounts:profile"),
            {"full_name": "Nama Baru", "area": "jaktim", "age_group": "18-24", "gender": ""},
        )
        assert response.status_code == 302
        learner.refresh_from_db()
        assert (learner.full_name, learner.area, learner.age_group) == (
            "Nama Baru",
            "jaktim",
            "18-24",
        )

    def test_outside_dki_needs_a_province(self, learner_client, site_tree):
        response = learner_client.post(
            reverse("accounts:profile"), {"full_name": "X", "area": "luar", "province": ""}
        )
        assert response.status_code == 200
        assert "Pilih provinsi" in response.content.decode()

    def test_profile_requires_login(self, client, site_tree):
        assert client.get(reverse("accounts:profile")).status_code == 302


@pytest.mark.django_db
class TestExportAndDelete:
    def test_export_contains_all_personal_data_and_progress(
        self, learner, learner_client, site_tree
    ):
        learner.email = "saya@example.id"
        learner.area = "jakbar"
        learner.save()
        Consent.objects.create(user=learner, notice_version="2026-11")
        progress.mark_lesson_complete(user=learner, lesson=site_tree["lessons"][0])
        response = learner_client.get(reverse("accounts:export_data"))
        assert response["Content-Disposition"].startswith("attachment")
        data = json.loads(response.content)
        assert data["akun"]["nama_lengkap"] == learner.full_name
        assert data["akun"]["email"] == "saya@example.id"
        assert data["akun"]["wilayah"] == "Jakarta Barat"
        assert data["persetujuan_privasi"][0]["versi"] == "2026-11"
        assert data["pelajaran_selesai"][0]["pelajaran"] == "Pelajaran 1"
        assert data["kursus"][0]["kursus"] == site_tree["course"].title

    def test_export_holds_only_the_requesters_data(self, learner_client, site_tree):
        other = UserFactory(full_name="Orang Lain Sekali")
        progress.mark_lesson_complete(user=other, lesson=site_tree["lessons"][0])
        body = learner_client.get(reverse("accounts:export_data")).content.decode()
        assert "Orang Lain Sekali" not in body
        assert json.loads(body)["pelajaran_selesai"] == []

    def test_delete_removes_personal_data_and_keeps_counts(
        self, learner, learner_client, site_tree
    ):
        learner.email = "saya@example.id"
        learner.area = "jakut"
        learner.save()
        Consent.objects.create(user=learner, notice_version="2026-11")
        progress.mark_lesson_complete(user=learner, lesson=site_tree["lessons"][0])
        completions_before = LessonCompletion.objects.count()
        assert learner_client.get(reverse("accounts:delete")).status_code == 200
        response = learner_client.post(reverse("accounts:delete"), {"confirm": "on"})
        assert response.status_code == 302
        learner.refresh_from_db()
        assert learner.full_name == "" and learner.email == ""
        assert learner.username.startswith("terhapus-")
        assert not learner.is_active and not learner.has_usable_password()
        assert not Consent.objects.filter(user=learner).exists()
        assert LessonCompletion.objects.count() == completions_before
        assert learner.area == "jakut"  # anonymous aggregate by region is unchanged
        assert "_auth_user_id" not in learner_client.session

    def test_delete_needs_confirmation(self, learner, learner_client, site_tree):
        response = learner_client.post(reverse("accounts:delete"), {})
        assert response.status_code == 200
        learner.refresh_from_db()
        assert learner.is_active

    def test_delete_by_get_changes_nothing(self, learner, learner_client, site_tree):
        learner_client.get(reverse("accounts:delete") + "?confirm=on")
        learner.refresh_from_db()
        assert learner.is_active
