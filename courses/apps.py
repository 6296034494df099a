from django.apps import AppConfig


class CoursesConfig(AppConfig):
    """Owns courses, lessons, enrolment and progress; may import pagecache, home and accounts."""

    name = "courses"
    verbose_name = "Kursus"

    def ready(self):
        from pagecache.middleware import register_private_session_key

        from . import deletion, personal_data, personal_slots, receivers  # noqa: F401 - registrations
        from .progress import GUEST_PROGRESS_SESSION_KEY

        register_private_session_key(GUEST_PROGRESS_SESSION_KEY)
