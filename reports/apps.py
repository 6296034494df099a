"""App config of the task-force reports. See reports/__init__.py for what the app owns and what
it may import (training and everything below it)."""

from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = "Laporan Gugus Tugas"
