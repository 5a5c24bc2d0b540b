"""Production mode follows from DJANGO_DEBUG=False and three more variables, nothing else."""

from __future__ import annotations

import json
import sys

from tests.ops.prod import manage, production_env, run

SETTINGS_DUMP = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({
    "DEBUG": s.DEBUG, "SESSION_COOKIE_SECURE": s.SESSION_COOKIE_SECURE, "CSRF_COOKIE_SECURE": s.CSRF_COOKIE_SECURE,
    "SECURE_SSL_REDIRECT": s.SECURE_SSL_REDIRECT, "SECURE_HSTS_SECONDS": s.SECURE_HSTS_SECONDS,
    "SECURE_PROXY_SSL_HEADER": s.SECURE_PROXY_SSL_HEADER, "ALLOWED_HOSTS": s.ALLOWED_HOSTS,
    "STATICFILES": s.STORAGES["staticfiles"]["BACKEND"], "CELERY_TASK_ALWAYS_EAGER": s.CELERY_TASK_ALWAYS_EAGER,
}))
"""


def test_check_deploy_passes_with_only_the_minimal_production_variables(tmp_path):
    """DEBUG off + secret key + allowed hosts + DATABASE_URL: no deploy warning at all."""
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_safe_defaults_follow_from_debug_off(tmp_path):
    env = production_env(tmp_path, DJANGO_SETTINGS_MODULE="newsfacts.settings")
    result = run([sys.executable, "-c", SETTINGS_DUMP], env=env)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["DEBUG"] is False
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"] and values["SECURE_SSL_REDIRECT"]
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["ALLOWED_HOSTS"] == ["newsfacts.example.org"]
    assert values["STATICFILES"].endswith("CompressedManifestStaticFilesStorage")


def test_debug_off_without_a_secret_key_refuses_to_start(tmp_path):
    """No silent fallback to the development key in production."""
    env = production_env(tmp_path)
    del env["DJANGO_SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_debug_off_without_allowed_hosts_refuses_to_start(tmp_path):
    env = production_env(tmp_path)
    del env["DJANGO_ALLOWED_HOSTS"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr
