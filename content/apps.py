from django.apps import AppConfig


class ContentConfig(AppConfig):
    """Owns the site's content as data (YAML files, illustrations) and the loader that builds it;
    may import home, accounts, courses, quizzes and certificates, and nothing imports it."""

    name = "content"
    verbose_name = "Konten"
