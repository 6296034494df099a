from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Owns the User, consent, profile and the data export/delete; may import pagecache, home."""

    name = "accounts"
    verbose_name = "Akun"
