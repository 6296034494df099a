"""A learner's right to see and to erase their personal data (UU PDP No. 27/2022)."""

import secrets

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from courses.models import Certificate, Enrolment, LessonCompletion
from quizzes.models import QuizAttempt


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


def export_personal_data(*, user):
    """Everything the platform holds about the learner, as JSON-ready data."""
    return {
        "akun": {
            "nama_pengguna": user.username,
            "nama_lengkap": user.full_name,
            "email": user.email,
            "wilayah": user.get_area_display() if user.area else "",
            "provinsi": user.province,
            "kelompok_usia": user.get_age_group_display() if user.age_group else "",
            "jenis_kelamin": user.get_gender_display() if user.gender else "",
            "terdaftar_pada": _iso(user.date_joined),
            "terakhir_masuk": _iso(user.last_login),
        },
        "persetujuan_privasi": [
            {"versi": consent.notice_version, "diberikan_pada": _iso(consent.given_at)}
            for consent in user.consents.order_by("given_at")
        ],
        "kursus": [
            {"kursus": enrolment.course.title, "mulai_pada": _iso(enrolment.enrolled_at)}
            for enrolment in Enrolment.objects.filter(user=user)
            .select_related("course")
            .order_by("enrolled_at")
        ],
        "pelajaran_selesai": [
            {
                "kursus": completion.course.title,
                "pelajaran": completion.lesson.title,
                "selesai_pada": _iso(completion.completed_at),
            }
            for completion in LessonCompletion.objects.filter(user=user)
            .select_related("course", "lesson")
            .order_by("completed_at")
        ],
        "kuis": [
            {
                "kuis": attempt.snapshot.get("quiz_title", ""),
                "percobaan_ke": attempt.number,
                "mulai_pada": _iso(attempt.started_at),
                "dikirim_pada": _iso(attempt.submitted_at),
                "nilai": float(attempt.score) if attempt.score is not None else None,
                "lulus": attempt.passed,
                "jawaban": attempt.answers,
            }
            for attempt in QuizAttempt.objects.filter(user=user).order_by("started_at")
        ],
        "sertifikat": [
            {
                "kode": certificate.display_code,
                "nama": certificate.holder_name,
                "kursus": certificate.course_title,
                "terbit_pada": _iso(certificate.issued_at),
                "dicabut_pada": _iso(certificate.revoked_at),
                "alasan_dicabut": certificate.revoked_reason,
            }
            for certificate in Certificate.objects.filter(user=user).order_by("issued_at")
        ],
    }


@transaction.atomic
def delete_account(*, user):
    """Erase what identifies the learner; keep anonymous records so aggregate counts hold.

    Other open sessions end by themselves: an inactive user with a new (unusable) password no
    longer authenticates.

    The account row stays, without name, username, email, gender, password or consents, so that
    reach and completion figures by region and age group do not change when someone leaves.
    """
    user.username = f"terhapus-{secrets.token_hex(8)}"
    user.full_name = ""
    user.email = ""
    user.first_name = ""
    user.last_name = ""
    user.gender = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    user.save()
    user.consents.all().delete()
    # A certificate carries the holder's name: it is revoked and the name erased, so its page
    # says it is no longer valid instead of naming anyone.
    Certificate.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason="Pemegang sertifikat menghapus akunnya."
    )
    Certificate.objects.filter(user=user).update(holder_name="")
    user.groups.clear()
    EmailAddress.objects.filter(user=user).delete()
