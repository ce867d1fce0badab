"""Django settings, read from the environment.

The embedded default is an SQLite file in a data folder; `DATABASE_URL` points at
PostgreSQL in production. Nothing here keeps state in the process, so several web
workers and queue workers can share one database.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent


def envbool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DATA_DIR = Path(os.environ.get("DIALOGUE_DATA_DIR", BASE_DIR.parent / "data")).resolve()


def _secret_key() -> str:
    """Use the configured key; otherwise keep one in the data folder so restarts keep sessions."""
    if key := os.environ.get("DIALOGUE_SECRET_KEY"):
        return key
    key_file = DATA_DIR / "secret.key"
    try:
        return key_file.read_text().strip()
    except FileNotFoundError:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(50)
        key_file.write_text(key)
        return key


SECRET_KEY = _secret_key()
DEBUG = envbool("DIALOGUE_DEBUG")
# Feed watching fetches only pages on public networks unless this is set (an intranet's own feeds, local tests).
FEEDS_ALLOW_PRIVATE = envbool("DIALOGUE_FEEDS_ALLOW_PRIVATE")
ALLOWED_HOSTS = envlist("DIALOGUE_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.syndication",
    "simple_history",
    "ninja",
    "django_htmx",
    "axes",
    "dialogue.record",
    "dialogue.access",
    "dialogue.ingest",
    "dialogue.tracking",
    "dialogue.feeds",
    "dialogue.jobs",
    "dialogue.web",
]

MIDDLEWARE = [
    "dialogue.web.health.HealthProbes",  # first: load balancers probe by address over plain HTTP (web/health.py)
    "django.middleware.security.SecurityMiddleware",
    "dialogue.web.middleware.SharedAnswers",  # the API's shared reads, whole from the cache (web/middleware.py)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "dialogue.web.middleware.PageLanguage",  # Django's LocaleMiddleware, for the pages and not the API
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "dialogue.web.middleware.ContentSecurityPolicy",
    "dialogue.web.middleware.RaceOnAPage",
    "dialogue.web.middleware.NotFoundPage",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "dialogue.urls"
WSGI_APPLICATION = "dialogue.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "dialogue.web.context.actor",
                "dialogue.web.context.shared_page_token",  # after Django's csrf processor: see web/cached.py
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'dialogue.sqlite3'}",
        conn_max_age=int(os.environ.get("DIALOGUE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several workers write to one file: wait for the lock instead of failing, and take
    # the write lock at the start of a transaction so that upgrades never deadlock.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Connections persist (CONN_MAX_AGE above) as on PostgreSQL: opening one per request, with its
    # PRAGMAs, halved the requests a worker answers. In WAL mode each read still sees the last commit.

# How long a process answers the API's shared reads (no credentials) under the revision it last read: see
# dialogue/record/version.py. 0 reads the database on every request.
SHARED_REVISION_SECONDS = float(os.environ.get("DIALOGUE_SHARED_REVISION_SECONDS", "1"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Sign-in: django-axes counts failures per user name and address in the database (so every worker
# sees them) and locks that pair out for a while after too many.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("DIALOGUE_LOGIN_ATTEMPTS", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "web/locked_out.html"
AXES_VERBOSE = False
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Behind TLS in production (DIALOGUE_HTTPS=1): HTTPS only, secure cookies, HSTS. `manage.py check --deploy`
# passes with it and a real DIALOGUE_ALLOWED_HOSTS.
HTTPS = envbool("DIALOGUE_HTTPS")
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if envbool("DIALOGUE_BEHIND_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = envlist("DIALOGUE_TRUSTED_ORIGINS", "")
CSRF_COOKIE_HTTPONLY = True  # pages carry the token themselves (forms, and htmx's header)
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

# Requests larger than this are refused before they are read (the API's request-size limit).
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024

LANGUAGE_CODE = "en"
# The pages, the report and the command line speak these; a reader's choice (the switcher) is kept in a cookie,
# else the browser's Accept-Language decides. Facts keep the language of their source; the API speaks English.
# A third language is a new folder under locale/ and a line here (see the README).
LANGUAGES = [("en", "English"), ("ru", "Русский")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise serves from finders, but expects the folder
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# Background jobs (dialogue/jobs): with REDIS_URL, Celery workers take them from Redis and the cache lives there too,
# shared by every web worker; without it, each job runs in the process that starts it and nothing else need run.
# Sessions and sign-in throttling stay in the database either way.
REDIS_URL = os.environ.get("REDIS_URL", "")
JOBS_EAGER = not REDIS_URL
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = JOBS_EAGER
CELERY_TASK_ACKS_LATE = True  # a task is acknowledged when it ends, so a worker that dies mid-task loses nothing
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # a worker reserves no more tasks than it has processes; the rest wait for any worker
CELERY_TASK_IGNORE_RESULT = True  # a job's outcome is its row's
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A task taken by a worker that died goes back to the queue after this many seconds (longer than any job runs);
# workers look for such tasks every few seconds. Installations that share one Redis each take a queue of their own.
JOBS_VISIBILITY_TIMEOUT = int(os.environ.get("DIALOGUE_JOBS_VISIBILITY_TIMEOUT", "3600"))
# A worker killed while it gives tasks back holds kombu's restore lock until it expires (5 minutes by default): no
# longer than the visibility timeout, so a short timeout is not outlasted by the lock.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": JOBS_VISIBILITY_TIMEOUT,
                                   "unacked_restore_interval": min(10, JOBS_VISIBILITY_TIMEOUT),
                                   "unacked_restore_throttle": 1,
                                   "unacked_mutex_expire": min(300, JOBS_VISIBILITY_TIMEOUT)}
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("DIALOGUE_JOBS_QUEUE", "dialogue")
# A running job whose worker has written no step for this many seconds is shown as lost (failed), on any read of it
# and by beat; a task delivered again takes it up. Longer than any one step (a report, ten feeds, an index rebuild).
JOBS_LOST_AFTER = int(os.environ.get("DIALOGUE_JOBS_LOST_AFTER", "900"))
# Every worker, this often, marks lost the silent jobs and sends again the task of a job the broker lost (Redis hands a
# task over before the worker notes it taken, so a worker killed in between takes it with it): jobs/services.py.
JOBS_SWEEP_SECONDS = float(os.environ.get("DIALOGUE_JOBS_SWEEP_SECONDS", "60"))
CELERY_BEAT_SCHEDULE = {
    "sweep-jobs": {"task": "dialogue.jobs.tasks.jobs_sweep_due", "schedule": 300.0},
    "poll-due-feeds": {"task": "dialogue.jobs.tasks.feeds_poll_due", "schedule": 60.0 * int(os.environ.get("DIALOGUE_POLL_EVERY", "5"))},
}
# Each worker's own, with room for the pages, fragments and API answers that readers go round: at Django's default
# of 300 entries, 80 meeting pages or 200 records read in turn through the API were culled before they were read
# again, so every read of them missed.
_OWN_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "dialogue", "OPTIONS": {"MAX_ENTRIES": 5000}}
# "local" stands in front of a shared cache for the API's answers to clients without credentials (web/middleware.py):
# their keys carry the record's revision, so a copy a worker keeps is never out of date, and reading it costs no
# round trip to Redis (which halved those answers). Without Redis both names are one memory (one LOCATION).
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}, "local": _OWN_CACHE}
else:
    CACHES = {"default": _OWN_CACHE, "local": _OWN_CACHE}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DIALOGUE_LOG_LEVEL", "WARNING")},
}
