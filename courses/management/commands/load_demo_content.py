from django.core.management.base import BaseCommand

from courses.demo_loader import load_demo_content


class Command(BaseCommand):
    help = "Muat konten contoh (kursus, halaman, direktori layanan). Aman dijalankan berulang."

    def handle(self, *args, **options):
        created = load_demo_content()
        if created:
            for line in created:
                self.stdout.write(f"- {line}")
            self.stdout.write(self.style.SUCCESS(f"Konten contoh dimuat ({len(created)} bagian)."))
        else:
            self.stdout.write("Konten contoh sudah lengkap; tidak ada yang diubah.")
