from django.apps import AppConfig


class TrainingConfig(AppConfig):
    """Owns sessions, memberships and the region table; may import every app below it."""

    name = "training"
    verbose_name = "Sesi tatap muka"

    def ready(self):
        from . import my_page, personal_data  # noqa: F401 - registrations
