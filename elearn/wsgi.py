import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.dev")

application = get_wsgi_application()


def _refuse_unsafe_settings():
    """gunicorn runs no system checks: run the project's own before serving a request."""
    from django.core.checks import Error, run_checks
    from django.core.exceptions import ImproperlyConfigured

    from pagecache.checks import TAG

    errors = [e for e in run_checks(tags=[TAG], include_deployment_checks=False) if e.is_serious()]
    if any(isinstance(error, Error) for error in errors):
        raise ImproperlyConfigured("; ".join(str(error) for error in errors))


_refuse_unsafe_settings()
