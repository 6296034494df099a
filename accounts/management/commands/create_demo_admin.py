import os

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User

USERNAME = "admin"
PASSWORD = "waspada-demo-2026"  # noqa: S105 - a local development login, printed on purpose
# The demo facilitator sees the demo session only (content/loader.py creates the session and
# imports these to find it again).
FACILITATOR_USERNAME = "fasilitator"
FACILITATOR_PASSWORD = "fasilitator-demo-2026"  # noqa: S105 - printed on purpose, as above
FACILITATOR_GROUP = "Fasilitator"
DEMO_SESSION_VENUE = "Aula Kantor Kelurahan Kedaung Kali Angke"
DEMO_SESSION_KELURAHAN = "31.73.01.1004"


class Command(BaseCommand):
    help = "Buat akun admin dan fasilitator lokal untuk pengembangan (hanya bila DEBUG aktif)."

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
        port = os.environ.get("PORT", "8000")
        self.stdout.write(
            self.style.WARNING(
                f"Admin lokal: http://127.0.0.1:{port}/admin/ "
                f"nama pengguna '{USERNAME}', kata sandi '{PASSWORD}'"
                + ("" if created else " (akun sudah ada; kata sandinya tidak diubah)")
            )
        )
        created = self.ensure_facilitator()
        self.stdout.write(
            self.style.WARNING(
                f"Fasilitator lokal: http://127.0.0.1:{port}/admin/sesi/ "
                f"nama pengguna '{FACILITATOR_USERNAME}', kata sandi '{FACILITATOR_PASSWORD}'"
                + ("" if created else " (akun sudah ada; kata sandinya tidak diubah)")
            )
        )

    def ensure_facilitator(self):
        facilitator, created = User.objects.get_or_create(
            username=FACILITATOR_USERNAME,
            defaults={"full_name": "Fasilitator Contoh", "is_staff": True},
        )
        if created:
            facilitator.set_password(FACILITATOR_PASSWORD)
            facilitator.save()
        # The group and its permissions come from training's migration 0003.
        group = Group.objects.filter(name=FACILITATOR_GROUP).first()
        if group is not None:
            facilitator.groups.add(group)
        # The demo session, if load_demo_content made it. By model name: accounts sits below
        # training and never imports it (DESIGN.md section 3); this is development-only glue.
        sessions = apps.get_model("training", "TrainingSession").objects.filter(
            venue=DEMO_SESSION_VENUE, kelurahan__code=DEMO_SESSION_KELURAHAN
        )
        for session in sessions:
            session.facilitators.add(facilitator)
        return created
