"""NewsFacts settings: one module, every value from the environment.

With no variables set, everything works for development: DEBUG on, a
development secret key, SQLite under ./data, Celery tasks run in-process.
Production differs only by environment variables (see .env.example).
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(environ.Env().str("NEWSFACTS_DATA_DIR", default=str(BASE_DIR / "data")))

env = environ.Env()
# Generated secret keys may start with "$", which django-environ would
# otherwise read as a reference to another variable.
env.interpolate = False  # https://django-environ.readthedocs.io/en/latest/tips.html

# --- Core -----------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=True)
_DEV_SECRET = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=_DEV_SECRET if DEBUG else "")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET):
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off.")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "articles",
    "claims",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "newsfacts.urls"
WSGI_APPLICATION = "newsfacts.wsgi.application"

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
                "claims.context_processors.roles",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------
# DATABASE_URL takes sqlite:///path and postgres://user@host/db.
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
if "DATABASE_URL" not in env.ENVIRON:
    DATA_DIR.mkdir(parents=True, exist_ok=True)  # the embedded default lives here
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'newsfacts.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work during ingestion; IMMEDIATE takes the write lock at
    # BEGIN so concurrent writers queue on busy_timeout instead of failing.
    # https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-transaction-behavior
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;",
        "transaction_mode": "IMMEDIATE",
    }
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Auth -----------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "dashboard"

# --- I18N / time -------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files ------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed files in production; plain finder in development and tests.
    # https://whitenoise.readthedocs.io/en/stable/django.html
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Security (production-safe defaults follow from DEBUG being off) ---------
# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = ["security.W021"] if not env.bool("DJANGO_SECURE_HSTS_PRELOAD_CHECK", default=True) else []

# --- Uploads ------------------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# --- Celery -----------------------------------------------------------------
# No broker configured -> tasks run eagerly in-process (pretix's HAS_CELERY switch).
# https://docs.celeryq.dev/en/stable/userguide/configuration.html
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if CELERY_TASK_ALWAYS_EAGER:
    # Nothing is sent in eager mode; an in-memory transport keeps Celery from
    # looking for a broker on localhost.
    CELERY_BROKER_URL = "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
# Tasks a worker sends (an article's contradiction refresh) go to this queue too.
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="celery")
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Celery's Django fixup closes every database connection before and after each task unless this
# is set (https://github.com/celery/celery/issues/4116): a new PostgreSQL backend per task, whose
# fork and cold catalog caches cost more CPU than some tasks. Set, it closes them only every
# 2 × this many tasks; in between, newsfacts/celery.py gives tasks Django's request lifecycle
# (CONN_MAX_AGE, CONN_HEALTH_CHECKS).
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=500)
# How long a message taken by a worker that vanished waits before redelivery.
# https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html#visibility-timeout
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)}
CELERY_BEAT_SCHEDULE = {
    # Every minute: poll the feeds whose next_poll_at has passed.
    "poll-due-feeds": {"task": "articles.tasks.poll_due_feeds_task", "schedule": 60.0},
    # Every 5 minutes: tell watchlists with a webhook what is new.
    "notify-watches": {"task": "claims.tasks.notify_watches_task", "schedule": 300.0},
    # Every 10 minutes: re-send jobs whose message was lost (e.g. a flushed broker).
    "requeue-stale-jobs": {"task": "articles.tasks.requeue_stale_jobs_task", "schedule": 600.0},
    # Every 5 minutes: refresh articles whose refresh message was lost.
    "finish-stale-linking": {"task": "claims.tasks.finish_stale_linking_task", "schedule": 300.0},
    # Daily: recount claim key rarity, which linking only ever adds to.
    "rebuild-claim-key-counts": {"task": "claims.tasks.rebuild_claim_key_counts_task", "schedule": 24 * 3600.0},
    # Daily: purge raw inputs past the retention period.
    "purge-raw-inputs": {"task": "articles.tasks.purge_raw_inputs_task", "schedule": 24 * 3600.0},
}
REDIS_URL = env.str("REDIS_URL", default="")

# --- NewsFacts ----------------------------------------------------------------
NEWSFACTS = {
    "MAX_INPUT_BYTES": env.int("NEWSFACTS_MAX_INPUT_BYTES", default=5 * 1024 * 1024),
    "MAX_JOB_ATTEMPTS": env.int("NEWSFACTS_MAX_JOB_ATTEMPTS", default=5),
    # Hosts exempt from the private-address guard when fetching URLs (tests only).
    "FETCH_ALLOW_HOSTS": env.list("NEWSFACTS_FETCH_ALLOW_HOSTS", default=[]),
    "RAW_RETENTION_DAYS": env.int("NEWSFACTS_RAW_RETENTION_DAYS", default=90),
    # Seconds between two feed polls on the same host (politeness).
    "FEED_HOST_INTERVAL": env.float("NEWSFACTS_FEED_HOST_INTERVAL", default=10.0),
    # Public address of the site, so webhook payloads carry absolute links.
    "SITE_URL": env.str("NEWSFACTS_SITE_URL", default="http://127.0.0.1:8000"),
    # A worker waits this long before refreshing a linked article's contradictions: the articles
    # linked meanwhile join the burst, and one refresh per burst costs about what one article does.
    "FINISH_DELAY_SECONDS": env.float("NEWSFACTS_FINISH_DELAY_SECONDS", default=2.0),
}

# --- REST framework -----------------------------------------------------------
REST_FRAMEWORK = {
    # Token first, so an anonymous write gets 401 with WWW-Authenticate, not 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["claims.permissions.ReadOnlyOrRole"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "newsfacts.pagination.DefaultCursorPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("NEWSFACTS_THROTTLE_ANON", default="300/min"),
        "user": env.str("NEWSFACTS_THROTTLE_USER", default="1200/min"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "NewsFacts API",
    "DESCRIPTION": "Claims, quotes, speakers and contradictions across news outlets.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Several models have a "status", "kind" or "state" field; naming each choice set
    # keeps the schema stable (and `check --deploy` free of W001 warnings).
    # https://drf-spectacular.readthedocs.io/en/latest/settings.html
    "ENUM_NAME_OVERRIDES": {
        "ArticleStatusEnum": "articles.models.Article.Status",
        "ClaimStatusEnum": "claims.models.Claim.Status",
        "ContradictionKindEnum": "claims.models.Contradiction.Kind",
        "ContradictionStateEnum": "claims.models.Contradiction.State",
        "QuoteKindEnum": "claims.models.Quote.Kind",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "JobKindEnum": "articles.models.IngestJob.Kind",
        "JobStateEnum": "articles.models.IngestJob.State",
        "JobStageEnum": "articles.models.IngestJob.Stage",
        "ReviewVerdictEnum": "claims.api.inputs.VERDICT_CHOICES",
    },
}

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}, "celery.app.trace": {"level": "WARNING"},
                # The in-memory transport of eager mode has no host name, which kombu warns about.
                "kombu.connection": {"level": "ERROR" if CELERY_TASK_ALWAYS_EAGER else "WARNING"}},
}
