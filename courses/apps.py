from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Kursus"

    def ready(self):
        from . import personal_slots  # noqa: F401 - registers the personal slot renderers
