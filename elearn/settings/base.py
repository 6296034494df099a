"""Settings shared by every environment.

Safe by default: no DEBUG and no secret here. dev.py, test.py and production.py build on it, and
every deploy knob comes from the environment.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "pagecache",
    "home",
    "accounts",
    "courses",
    "quizzes",
    "certificates",
    "training",
    "reports",
    "content",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    # wagtail.users, with staff forms that ask one full name (accounts/admin_users.py).
    "accounts.apps.StaffUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Whitenoise directly after SecurityMiddleware, as its documentation says.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Refuses requests no page can answer (unknown charset, NUL bytes, ids beyond 64 bits).
    "home.middleware.RequestGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-csp with two policies: strict on public pages, Wagtail's needs on /admin/.
    "home.csp.SitePolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # The page cache, one middleware that fetches and stores, placed below everything that
    # adds headers or cookies: a hit returns from here and goes back out through all of them,
    # so it gets the same CSP, X-Frame-Options and Security headers as a fresh page, and the
    # session, user and messages it checks are already there. Django's split into a first
    # "update" and a last "fetch" middleware would store the final response, with the
    # session's Vary: Cookie and the security headers in it, and render a learner's guest copy
    # through the whole chain again. Above axes, which acts only on login attempts (never on a
    # cached page) and asks to be last.
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    # Last, as django-axes asks: turns a refused login into the Indonesian lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "elearn.urls"
WSGI_APPLICATION = "elearn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "pagecache.context_processors.content_generation",
            ],
        },
    },
]

# Database: SQLite (embedded default) unless DATABASE_URL names another server.
SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", BASE_DIR / "db.sqlite3"))
SQLITE_OPTIONS = {
    # IMMEDIATE takes the write lock when a transaction starts, so two concurrent writers queue
    # on the busy timeout instead of failing with "database is locked" on lock upgrade.
    "transaction_mode": "IMMEDIATE",
    "timeout": 25,
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA busy_timeout=25000;"
        "PRAGMA foreign_keys=ON;"
    ),
}


def database_from_env(default_sqlite_path=SQLITE_PATH):
    url = os.environ.get("DATABASE_URL")
    if url:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    else:
        config = {"ENGINE": "django.db.backends.sqlite3", "NAME": default_sqlite_path}
    if config["ENGINE"].endswith("sqlite3"):
        # However the file is named (SQLITE_PATH or DATABASE_URL=sqlite:///...), SQLite gets
        # WAL, IMMEDIATE and the busy timeout: without them concurrent writers fail with
        # "database is locked" and lose data. A persistent connection would hold the file
        # open across requests for nothing.
        config["OPTIONS"] = {**config.get("OPTIONS", {}), **SQLITE_OPTIONS}
        config["CONN_MAX_AGE"] = 0
        config.pop("CONN_HEALTH_CHECKS", None)
    return config


DATABASES = {"default": database_from_env()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: shared by every worker and app server (page cache, rate limits, sessions): Redis when
# REDIS_URL is set, else the database.
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "waspada",
        }
    }
else:
    # Without Redis: Django's database cache, which every worker shares (a per-process cache
    # would keep a removed page, or a rate-limit count, in one worker only). Its table is
    # created by a migration (pagecache 0001).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "waspada_cache",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Sessions live in the database with a cache in front: nothing is lost when a cache is cleared,
# and any app server can read any session.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30

CSRF_FAILURE_VIEW = "elearn.views.csrf_failure"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out account is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes: every password form, counted in the database that all workers and servers share.
AXES_HANDLER = "accounts.throttle.AccountAndAddressHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=5)
AXES_USERNAME_CALLABLE = "accounts.throttle.account_key"
AXES_CLIENT_IP_CALLABLE = "home.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.throttle.lockout_response"
# A success must not wipe the failures counted against other accounts from the same address.
AXES_RESET_ON_SUCCESS = False
AXES_VERBOSE = False
# Behind Caddy (one proxy) set ALLAUTH_TRUSTED_PROXY_COUNT=1: every limit then keys on the
# participant's address, not the proxy's.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "0"))

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:my_courses"

# Internationalisation: Indonesian first, Jakarta time.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia")]
WAGTAIL_USER_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]

# Static and media files.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Non-file fields only (uploaded files do not count): the page editor posts a whole StreamField.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Uploads larger than this are spooled to a temporary file instead of held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# django-allauth: sign up with a username (or a phone number used as one); email optional.
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_FORMS = {
    "signup": "accounts.forms.LearnerSignupForm",
    "login": "accounts.forms.LoginForm",
    "change_password": "accounts.forms.ChangePasswordForm",
    "set_password": "accounts.forms.SetPasswordForm",
    "reset_password": "accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "accounts.forms.ResetPasswordKeyForm",
}
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_UNIQUE_EMAIL = True
# One address per account, changed only on allauth's email page (the old one then stops working).
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SIGNUP_REDIRECT_URL = "/kursus-saya/"
ACCOUNT_RATE_LIMITS = {
    # A whole class (30 or more people behind one Wi-Fi address) signs up within minutes.
    "signup": "300/5m/ip",
    # A hall of 200 signs in from one Wi-Fi address; password guessing is stopped per account
    # by django-axes, so this only bounds a flood.
    "login": "600/5m/ip",
    # Failed logins are counted by django-axes on every login path (AXES_* below), per
    # account whatever the learner typed, so allauth's own count (per typed string, allauth's
    # path only) is switched off to give one rule and one message.
    "login_failed": None,
    # At most 3 reset mails an hour to one address, however many addresses ask.
    "reset_password": "20/m/ip,3/h/key",
}

# Wagtail.
WAGTAIL_SITE_NAME = "Waspada TPPO"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "xlsx", "csv", "txt"]
# SVG stays (the demo illustrations are SVG): home.uploads refuses any SVG that could run script
# or load anything from outside itself.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
# Every upload is read for what it really is before it is stored (home/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.uploads.SafeImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.uploads.SafeDocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# 40 million pixels (an 8,000 x 5,000 photo) is more than any lesson needs; one rendition of it
# already takes some 160 MB of memory while it is made.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Only PDFs open in the browser; every other document is downloaded. The serve view adds
# "Content-Security-Policy: default-src 'none'" and nosniff to both, and it is the only method
# that applies this list (redirect/direct would hand out the storage URL instead).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars without an outside service (the CSP allows no third-party images): initials.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# One password reset for everyone, allauth's (throttled); the admin's login page links to it.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Content-Security-Policy: built per request by home.csp.SitePolicyMiddleware (strict on
# public pages, Wagtail's needs on /admin/); this setting only switches django-csp on.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'self'"]}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Waspada TPPO <noreply@localhost>")

# Version of the privacy notice a learner consents to at sign-up; raise it when the notice
# changes so the recorded consent says which text was accepted.
PRIVACY_NOTICE_VERSION = os.environ.get("PRIVACY_NOTICE_VERSION", "2026-11")

# The benchmark compares pages with a bare Django view; the URL exists only when this is set.
BENCHMARK_CEILING_VIEW = os.environ.get("BENCHMARK_CEILING_VIEW") == "1"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
