import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User

USERNAME = "admin"
PASSWORD = "waspada-demo-2026"  # noqa: S105 - a local development login, printed on purpose


class Command(BaseCommand):
    help = "Buat akun admin lokal untuk pengembangan (hanya bila DEBUG aktif)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Akun admin contoh hanya dibuat di mode pengembangan (DEBUG).")
        user, created = User.objects.get_or_create(
            username=USERNAME,
            defaults={"full_name": "Admin Contoh", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        self.stdout.write(
            self.style.WARNING(
                f"Admin lokal: http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/ "
                f"nama pengguna '{USERNAME}', kata sandi '{PASSWORD}'"
                + ("" if created else " (akun sudah ada; kata sandinya tidak diubah)")
            )
        )
