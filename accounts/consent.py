from .models import Consent


def record_consent(*, user, notice_version):
    """Record that `user` accepted this version of the privacy notice (once per version)."""
    consent, _ = Consent.objects.get_or_create(user=user, notice_version=notice_version)
    return consent
