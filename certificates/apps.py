from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    """Owns certificates and their branding; reacts to course progress through a signal."""

    name = "certificates"
    verbose_name = "Sertifikat"

    def ready(self):
        from . import deletion, personal_data, receivers  # noqa: F401 - registrations
