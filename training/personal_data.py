"""Session memberships in a learner's data export; deleting the account takes them off every
roster (the rows stay, anonymous, so a session's reach does not change)."""

from django.utils import timezone

from accounts.personal_data import iso, register_section

from .models import Membership


def export_memberships(*, user):
    return [
        {
            "sesi": membership.session.title,
            "tempat": membership.session.venue,
            "mulai": iso(membership.session.starts_at),
            "bergabung_pada": iso(membership.joined_at),
            "setuju_berbagi_kemajuan_pada": iso(membership.consent_at),
            "hadir": membership.attended,
            "nilai_pra_tes_kertas": _number(membership.paper_pretest_score),
            "nilai_tes_akhir_kertas": _number(membership.paper_final_score),
            "keluar_pada": iso(membership.left_at),
        }
        for membership in Membership.objects.filter(learner=user)
        .select_related("session")
        .order_by("joined_at")
    ]


def _number(value):
    return float(value) if value is not None else None


def erase_memberships(*, user):
    Membership.objects.filter(learner=user, left_at__isnull=True).update(left_at=timezone.now())


register_section("sesi_tatap_muka", export=export_memberships, erase=erase_memberships)
