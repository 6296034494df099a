"""A learner's right to see and to erase their personal data (UU PDP No. 27/2022)."""

import secrets

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

_sections = {}


def register_section(name, *, export, erase=None):
    """Let an app above this one add what it holds about a learner to the export, and erase
    what identifies them on deletion: `export(user=)` returns JSON-ready data, `erase(user=)`
    runs inside the deletion's transaction."""
    _sections[name] = (export, erase)


def iso(value):
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
            "terdaftar_pada": iso(user.date_joined),
            "terakhir_masuk": iso(user.last_login),
        },
        "persetujuan_privasi": [
            {"versi": consent.notice_version, "diberikan_pada": iso(consent.given_at)}
            for consent in user.consents.order_by("given_at")
        ],
        **{name: export(user=user) for name, (export, _) in _sections.items()},
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
    for _, erase in _sections.values():
        if erase is not None:
            erase(user=user)
    user.groups.clear()
    EmailAddress.objects.filter(user=user).delete()
