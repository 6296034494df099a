from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    """Owns quizzes, attempts, scoring and item analysis; may import pagecache, home, accounts
    and courses, and takes part in course progress through courses.items."""

    name = "quizzes"
    verbose_name = "Kuis"

    def ready(self):
        from . import course_items, personal_data  # noqa: F401 - registrations

        course_items.register()
