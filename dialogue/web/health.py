"""Health and readiness probes for load balancers and orchestrators.

`/healthz` says the process answers (restart it if not); `/readyz` says it can serve: the database
answers, this version's migrations are applied, the cache answers and, when `REDIS_URL` is set,
the job broker answers (send it no traffic until then). They are a middleware at the head of the
chain, not views, because a probe comes by the machine's address over plain HTTP: the host check
and the HTTPS redirect that every page must pass would answer it 400 or 301.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse

log = logging.getLogger(__name__)
PROBE_TIMEOUT = 2.0  # seconds a probe waits for Redis: a load balancer's own timeout is a few seconds


class ProbeFailure(Exception):
    """A check that ran and found the service not ready, in words for the operator."""


def database_check() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def migrations_check() -> str:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    pending = len(executor.migration_plan(executor.loader.graph.leaf_nodes()))
    if pending:
        raise ProbeFailure(f"{pending} migration{'s' if pending != 1 else ''} to apply (run `dialogue migrate`)")
    return "ok"


def cache_check() -> str:
    key, value = f"readyz-{uuid.uuid4().hex}", "ok"
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise ProbeFailure("a value written to the cache could not be read back")
    cache.delete(key)
    return "ok"


def broker_check() -> str:
    if not settings.REDIS_URL:
        return "not configured: jobs run in the process that starts them"
    import redis

    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=PROBE_TIMEOUT, socket_timeout=PROBE_TIMEOUT)
    try:
        client.ping()
    finally:
        client.close()
    return "ok"


CHECKS: dict[str, Callable[[], str]] = {
    "database": database_check, "migrations": migrations_check, "cache": cache_check, "broker": broker_check}


def readiness() -> tuple[bool, dict[str, str]]:
    """Every check's finding; a failure names its kind of error, not its text, which may name hosts (the log has it)."""
    findings, ready = {}, True
    for name, check in CHECKS.items():
        if name == "migrations" and findings.get("database") != "ok":
            findings[name] = "not checked: the database does not answer"
            continue
        try:
            findings[name] = check()
        except ProbeFailure as failure:
            findings[name], ready = f"failed: {failure}", False
        except Exception as error:  # any way a backend can fail is a probe's answer, never a 500
            log.warning("readiness: the %s check failed: %s: %s", name, type(error).__name__, error)
            findings[name], ready = f"failed: {type(error).__name__}", False
    return ready, findings


def _answer(request: HttpRequest, probe: Callable[[], HttpResponse]) -> HttpResponse:
    if request.method not in ("GET", "HEAD"):
        answer = JsonResponse({"detail": f"{request.method} is not allowed here; use GET"}, status=405)
        answer["Allow"] = "GET, HEAD"
    else:
        answer = probe()
    answer["Cache-Control"] = "no-store"
    return answer


def _alive() -> HttpResponse:
    return JsonResponse({"status": "ok"})


def _ready() -> HttpResponse:
    ready, findings = readiness()
    return JsonResponse({"status": "ready" if ready else "not ready", "checks": findings}, status=200 if ready else 503)


PROBES = {"/healthz": _alive, "/readyz": _ready}


class HealthProbes:
    """Answers /healthz and /readyz before any other middleware sees the request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        probe = PROBES.get(request.path_info.rstrip("/") or "/")
        if probe is None:
            return self.get_response(request)
        return _answer(request, probe)
