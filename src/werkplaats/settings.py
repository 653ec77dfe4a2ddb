"""The one settings module of Werkplaats: everything that differs per site comes
from the environment (see ``.env.example`` for every variable).

``WERKPLAATS_ENV`` says which kind of run this is:

* ``development`` (default): local run, SQLite in ``./var/``, mail written to
  ``./var/mail/``, a secret key generated once into ``./var/``.
* ``production``: ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``SITE_URL`` and mail must be
  set; secure cookies and HSTS are on.
* ``test``: chosen automatically under pytest; fast password hashing, tasks run
  at once, mail kept in memory.
"""

import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from werkplaats.config import (
    ConfigError,
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
    local_secret_key,
)

ROOT_DIR = Path(__file__).resolve().parents[2]
PACKAGE_DIR = Path(__file__).resolve().parent

# Under pytest the default is the test profile, so a bare `pytest` behaves like `make test`.
_default_env = "test" if "pytest" in sys.modules else "development"
WERKPLAATS_ENV = env_choice("WERKPLAATS_ENV", _default_env, ("development", "production", "test"))
PRODUCTION = WERKPLAATS_ENV == "production"
TESTING = WERKPLAATS_ENV == "test"

VAR_DIR = Path(env_str("WERKPLAATS_VAR_DIR", str(ROOT_DIR / "var"))).resolve()

if PRODUCTION:
    SECRET_KEY = env_str("SECRET_KEY", required=True)
    if len(SECRET_KEY) < 50:
        raise ConfigError("SECRET_KEY must be at least 50 characters long in production.")
else:
    SECRET_KEY = env_str("SECRET_KEY") or local_secret_key(VAR_DIR)

DEBUG = env_bool("DEBUG", default=WERKPLAATS_ENV == "development")
if PRODUCTION and DEBUG:
    raise ConfigError("DEBUG must be false when WERKPLAATS_ENV is production.")

SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000", required=PRODUCTION).rstrip("/")
if not SITE_URL.startswith(("http://", "https://")):
    raise ConfigError(f"SITE_URL must start with http:// or https://, not {SITE_URL!r}.")

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS",
    [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver", "[::1]"],
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ConfigError("ALLOWED_HOSTS must name the host names of the site in production.")
CSRF_TRUSTED_ORIGINS = [SITE_URL]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "whitenoise.runserver_nostatic",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "axes",
    "csp",
    "werkplaats.lib",
    "werkplaats.accounts",
    "werkplaats.network",
    "werkplaats.audit",
    "werkplaats.questions",
    "werkplaats.agenda",
    "werkplaats.ateliers",
    "werkplaats.activities",
    "werkplaats.search",
    "werkplaats.publications",
    "werkplaats.monitoring",
    "werkplaats.matching",
    "werkplaats.federation",
    "werkplaats.newsletter",
    "werkplaats.api",
    "werkplaats.pages",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "werkplaats.lib.middleware.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Axes comes last so that it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "werkplaats.urls"
WSGI_APPLICATION = "werkplaats.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "werkplaats.accounts.context_processors.navigation",
            ],
        },
    }
]

# Forms render with our NL Design System templates (templates/django/forms/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: SQLite with WAL in ./var/ unless DATABASE_URL names another.
_default_database_url = f"sqlite:///{VAR_DIR / 'werkplaats.sqlite3'}"
_database_url = env_str("DATABASE_URL", _default_database_url)
try:
    DATABASES = {"default": dj_database_url.parse(_database_url, conn_max_age=60)}
except ValueError as error:
    raise ConfigError(
        f"DATABASE_URL is not a database URL Werkplaats understands ({error})."
    ) from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # IMMEDIATE takes the write lock at the start of a transaction, so concurrent
        # writers wait (up to the timeout) instead of failing half-way.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        # mmap: a search reads hundreds of index rows spread over the file, and a fresh
        # connection's own page cache is empty; 1 GiB is an upper bound, not an allocation.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA foreign_keys=ON; PRAGMA mmap_size=1073741824;",
    }
    if DATABASES["default"]["NAME"] not in ("", ":memory:"):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
elif DATABASES["default"]["ENGINE"] not in ("django.db.backends.postgresql",):
    raise ConfigError("DATABASE_URL must point to SQLite or PostgreSQL.")
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "werkplaats.accounts.validators.MinimumLengthInPlainWords",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    # Hashing at full strength would make the suite minutes slower and prove nothing.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:mine"
LOGOUT_REDIRECT_URL = "pages:home"

# django-allauth: e-mail login, sign-up only by invitation (see accounts/adapter.py).
ACCOUNT_ADAPTER = "werkplaats.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "werkplaats.accounts.forms.SignupNameForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Werkplaats] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"
if TESTING:
    ACCOUNT_RATE_LIMITS = False

# django-axes: lock an account and address out after repeated failed logins.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = ["ip_address", ["username", "user_agent"]]
AXES_USERNAME_FORM_FIELD = "login"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_VERBOSE = False

SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Internationalisation: Dutch first, English msgids, English available.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
if not PRODUCTION:
    # WhiteNoise looks here on start; `make run` fills it, tests serve from the finders.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [
    PACKAGE_DIR / "static",
    ("vendor/utrecht", ROOT_DIR / "node_modules" / "@utrecht" / "component-library-css" / "dist"),
    ("vendor/htmx", ROOT_DIR / "node_modules" / "htmx.org" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Mail: SMTP when EMAIL_HOST is set; locally, each message is written to ./var/mail/.
EMAIL_HOST = env_str("EMAIL_HOST", required=PRODUCTION)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Werkplaats <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The contact that repositories harvesting /oai/ see (OAI-PMH Identify); the sender by default.
OAI_ADMIN_EMAIL = env_str("OAI_ADMIN_EMAIL", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
    if EMAIL_USE_TLS and EMAIL_USE_SSL:
        raise ConfigError("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true.")
    EMAIL_TIMEOUT = 20
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"

# Background work through the django-tasks API; immediate in tests.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if TESTING
        else "django_tasks_db.DatabaseBackend"
    }
}

# Recurring jobs: idempotent management commands with their interval in seconds.
# Cron runs them in production; `python -m werkplaats serve` runs them locally.
RECURRING_COMMANDS = [
    ("clearsessions", 60 * 60),
    ("prune_db_task_results", 24 * 60 * 60),
    ("activity_jobs", 15 * 60),
    ("harvest", 60 * 60),
    ("send_digests", 60 * 60),
]

# Security headers. The CSP allows no inline script anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Preloading is hard to undo, so it is a choice to make, not a warning to fix.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env_choice("LOG_LEVEL", "info", ("debug", "info", "warning", "error")).upper(),
    },
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # WeasyPrint reports every CSS rule of the design system it does not support (some
        # 80 per PDF report) and each step: noise, not problems of ours.
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
    },
}

# How many web worker processes `python -m werkplaats serve` starts.
WEB_WORKERS = env_int("WEB_WORKERS", 2, minimum=1)

# Reverse proxies in front of the site that append to X-Forwarded-For. The API's rate limit
# counts per client address; trusting the header blindly would let a client pick a new
# address with every request. Production sits behind one proxy (see SECURE_PROXY_SSL_HEADER).
NINJA_NUM_PROXIES = env_int("TRUSTED_PROXIES", 1 if PRODUCTION else 0, minimum=0)
