from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-waspada-tppo"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
CSRF_TRUSTED_ORIGINS = ["http://127.0.0.1", "http://localhost"]
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
