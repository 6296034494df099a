"""Certificates in a learner's data export, and what account deletion does to them."""

from django.utils import timezone

from accounts.personal_data import iso, register_section

from .models import Certificate


def export_certificates(*, user):
    return [
        {
            "kode": certificate.display_code,
            "nama": certificate.holder_name,
            "kursus": certificate.course_title,
            "terbit_pada": iso(certificate.issued_at),
            "dicabut_pada": iso(certificate.revoked_at),
            "alasan_dicabut": certificate.revoked_reason,
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_at")
    ]


def erase_certificates(*, user):
    # A certificate carries the holder's name: it is revoked and the name erased, so its page
    # says it is no longer valid instead of naming anyone.
    Certificate.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason="Pemegang sertifikat menghapus akunnya."
    )
    Certificate.objects.filter(user=user).update(holder_name="")


register_section("sertifikat", export=export_certificates, erase=erase_certificates)
