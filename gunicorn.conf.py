"""Gunicorn settings for the web service; every value can be changed by environment.

https://docs.gunicorn.org/en/stable/settings.html
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
# Pages are short database reads: a few processes per CPU, capped so a big
# host does not open more PostgreSQL connections than the server allows.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 8)))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
# Ingestion runs in the worker, so a request taking this long is stuck.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
# Recycle processes now and then so a slow leak never takes the site down.
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The reverse proxy in front sets X-Forwarded-Proto; trust it from any peer on
# the private compose network (settings.SECURE_PROXY_SSL_HEADER reads it).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
