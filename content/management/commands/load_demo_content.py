from django.core.management.base import BaseCommand, CommandError

from content.loader import load_demo_content
from content.validation import ContentError


class Command(BaseCommand):
    help = "Muat konten contoh (kursus, halaman, direktori layanan). Aman dijalankan berulang."

    def handle(self, *args, **options):
        try:
            created = load_demo_content()
        except ContentError as error:
            # One line per problem, each naming its file and field, instead of a traceback.
            raise CommandError(f"Content files have problems:\n{error}") from error
        if created:
            for line in created:
                self.stdout.write(f"- {line}")
            self.stdout.write(self.style.SUCCESS(f"Konten contoh dimuat ({len(created)} bagian)."))
        else:
            self.stdout.write("Konten contoh sudah lengkap; tidak ada yang diubah.")
