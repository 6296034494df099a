from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy

from .admin_views import STATUS_SHORT, SessionPermissionPolicy, session_viewset
from .models import TrainingSession

register_permission_policy(TrainingSession, SessionPermissionPolicy(TrainingSession))


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return session_viewset


def _score(value):
    return "kosong" if value in (None, "None", "") else str(value).replace(".", ",")


@hooks.register("register_log_actions")
def register_training_log_actions(actions):
    """The roster rules log these (training/roster.py); here they get Indonesian labels for the
    admin's history and the site history report."""

    @actions.register_action("training.attendance")
    class Attendance(LogFormatter):
        label = _("Kehadiran peserta sesi")

        def format_message(self, log_entry):
            if log_entry.data.get("hadir"):
                return _("Ditandai hadir")
            return _("Ditandai tidak hadir")

    actions.register_action(
        "training.add_participant",
        _("Tambah peserta tanpa ponsel"),
        _("Peserta tanpa ponsel ditambahkan ke sesi"),
    )

    @actions.register_action("training.paper_scores")
    class PaperScores(LogFormatter):
        label = _("Nilai tes kertas")

        def format_message(self, log_entry):
            return _("Nilai tes kertas diisi: pra-tes %(pre)s, tes akhir %(final)s") % {
                "pre": _score(log_entry.data.get("pra_tes")),
                "final": _score(log_entry.data.get("tes_akhir")),
            }

    @actions.register_action("training.status")
    class Status(LogFormatter):
        label = _("Status sesi")

        def format_message(self, log_entry):
            status = log_entry.data.get("status", "")
            return _("Status sesi diubah menjadi “%(status)s”") % {
                "status": STATUS_SHORT.get(status, status)
            }
