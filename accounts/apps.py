from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    """Owns the User, consent, profile and the data export/delete; may import pagecache, home."""

    name = "accounts"
    verbose_name = "Akun"


class StaffUsersConfig(WagtailUsersAppConfig):
    """wagtail.users with staff forms that ask one full name (listed in its place in
    INSTALLED_APPS)."""

    user_viewset = "accounts.admin_users.StaffUserViewSet"
