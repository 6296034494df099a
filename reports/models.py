"""No data of its own: the reports read the other apps' tables. This unmanaged model only
carries the permission that opens the dashboard."""

from django.db import models


class ReportAccess(models.Model):
    class Meta:
        managed = False
        db_table = "reports_access_unused"
        default_permissions = ()
        permissions = [("view_reports", "Dapat melihat laporan jangkauan (agregat)")]
        verbose_name = "akses laporan"
        verbose_name_plural = "akses laporan"

    def __str__(self):
        return "akses laporan"
