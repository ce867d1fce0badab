"""Web load: the production server (gunicorn, 2 workers) on 127.0.0.1 over a generated record of
more than 100,000 facts, driven by wrk with a bounded load (2 threads, 4 connections, fixed duration).
Prints requests/s and p50/p99 latency for every page of the README's list that a reader opens (the review queue and
"my reports" with a reviewer's session) and each API route, medians of several runs, on SQLite and,
when DATABASE_URL names a PostgreSQL server, on a fresh database there as well. Beside each route it measures a bare
Django JSON view (bench/bare_django.py, gunicorn with as many workers), run for run, and prints the ratio of
requests/s: on a machine shared with other work that says more than requests/s alone. Each route is read first for
long enough that every worker has seen every path (the figures are those between two writes; the first read after a
write costs what the route costs uncached).

    .venv/bin/python bench/web_load.py [--runs 3] [--seconds 10]
    scripts/with-postgres .venv/bin/python bench/web_load.py      # SQLite, then PostgreSQL
    scripts/with-postgres scripts/with-redis .venv/bin/python bench/web_load.py   # each also with its cache in Redis

Needs wrk (Debian's package: apt-get install wrk).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.live import free_port, own_database, serving  # noqa: E402

WRK_THREADS, WRK_CONNECTIONS = 2, 4
P99_LIMIT = 100  # ms, for every page and API route
DASHBOARD_FLOOR = 200  # requests/s
API_DETAIL_RATIO = 0.5  # of the bare Django view's requests/s in the same runs


def fill() -> None:
    """In a fresh process on the database the environment names: the shipped record plus the synthetic one, indexed."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dialogue.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from bench.synthetic_record import generate
    from dialogue.record.defaults import default_record_load_if_empty
    from dialogue.record.sections import FACT_MODELS
    from django.test import Client

    from dialogue.access.services import officer_add
    from dialogue.web.search import search_index_rebuild

    call_command("migrate", verbosity=0)
    default_record_load_if_empty()
    generate()
    search_index_rebuild()
    reviewer = officer_add(username="bench-reviewer", password="bench reviewer's own words", role="reviewer")
    browser = Client()
    browser.force_login(reviewer)  # a session as a browser holds it, for the review queue's cookie
    # As after any bulk load: fresh planner statistics, and no autovacuum left to run during the measurements.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(sum(model.objects.count() for model in FACT_MODELS), f"{settings.SESSION_COOKIE_NAME}={browser.cookies[settings.SESSION_COOKIE_NAME].value}")


SIGNED_IN = {"review queue", "my reports"}  # read with the bench reviewer's session


def scenarios(rng: random.Random) -> dict[str, list[str]]:
    """Each measured route (every page of the README's list that a reader or reviewer opens, and the API's) with the
    paths a run cycles through (keys drawn from the generated record and the shipped one)."""
    meetings = [f"/meetings/bench-{p}.m-{i}/" for p in ("jp", "kr", "cn", "eu") for i in range(20)]
    deals = [f"/api/deals/bench-deal-{rng.randrange(100_000)}" for _ in range(200)]
    words = ["Deal 4711", "Initiative cooperation", "Tokyo", "Minister of Kazakhstan", "Astana", "Deal 99"]
    formats = ["C5%2BJP", "C5%2BKR", "C5%2BCN"]
    return {
        "dashboard": ["/?format=C5%2BJP"],
        "meeting list": ["/meetings/?format=C5%2BJP", "/meetings/?format=C5%2BKR&level=summit", "/meetings/?format=C5%2BCN&host=KZ"],
        "meeting page": meetings,
        "person page": [f"/people/bench-person-{code}/" for code in ("kz", "uz", "jp", "kr", "cn")],
        "initiatives": [f"/initiatives/?format={f}" for f in formats] + ["/initiatives/?format=C5%2BJP&status=agreed"],
        "target page": [f"/targets/bench-{p}.target.{n}/" for p in ("jp", "kr", "cn") for n in (0, 1)]
                       + ["/targets/bench-jp.target.0/?as_of=2020-06-30"],
        "deals": [f"/deals/?format={f}" for f in formats] + ["/deals/?format=C5%2BJP&page=40", "/deals/?format=C5%2BKR&currency=JPY",
                                                              "/deals/?format=C5%2BCN&country=KZ&stage=commitment"],
        "evidence": [f"/facts/deals/bench-deal-{rng.randrange(100_000)}/" for _ in range(40)],
        "history": [f"/facts/deals/bench-deal-{rng.randrange(100_000)}/history/" for _ in range(40)],
        "source": ["/sources/kazinform-2022-12-25/", "/sources/anadolu-caj-first-summit/"],
        "search": ["/search/?q=" + word.replace(" ", "+") for word in words],
        "review queue": ["/review/"],
        "my reports": ["/review/mine/"],
        "API list": ["/api/deals?limit=50", "/api/meetings?limit=50", "/api/initiatives?limit=50&status=agreed",
                     "/api/deals?limit=50&currency=JPY&cursor=bench-deal-5"],
        "API detail": deals,
    }


LUA = """
paths = {%s}
headers = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], headers)
end
"""


def _milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(url: str, paths: list[str], seconds: int, script_dir: Path, cookie: str = "") -> tuple[float, float, float, int]:
    script = script_dir / "paths.lua"
    script.write_text(LUA % (", ".join(f'"{path}"' for path in paths), f'["Cookie"] = "{cookie}"' if cookie else ""))
    out = subprocess.run(["wrk", f"-t{WRK_THREADS}", f"-c{WRK_CONNECTIONS}", f"-d{seconds}s", "--latency", "-s", str(script), url],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = _milliseconds(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = _milliseconds(re.search(r"\s99%\s+(\S+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


@contextmanager
def bare_django(workers: int = 2) -> Iterator[str]:
    """bench/bare_django.py under gunicorn on a free loopback port until the block ends; yields its base URL."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "bench.bare_django:application", "--bind", f"127.0.0.1:{port}",
                               "--workers", str(workers)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/api/deals/bench-deal-1", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def measure(engine: str, env: dict[str, str], runs: int, seconds: int, scratch: Path, only: list[str] | None = None) -> list[str]:
    started = time.perf_counter()
    facts, session = subprocess.run([sys.executable, __file__, "--fill"], env=env, capture_output=True, text=True,
                                    check=True).stdout.split()[-2:]
    print(f"\n{engine}: {int(facts):,} facts generated and indexed in {time.perf_counter() - started:.0f} s")
    failures = []
    routes = scenarios(random.Random(7))
    with serving(env, workers=2) as url, bare_django(workers=2) as bare_url:
        for name, paths in routes.items():
            if only and name not in only:
                continue
            cookie = session if name in SIGNED_IN else ""
            # Warm the workers' connections and caches: each worker keeps its own, and computes each path once.
            wrk(url, paths, max(3, len(paths) // 5), scratch, cookie)
            results, bare = [], []
            for _ in range(runs):  # the bare view in the same minutes, run for run
                results.append(wrk(url, paths, seconds, scratch, cookie))
                bare.append(wrk(bare_url, routes["API detail"], seconds, scratch))
            rps, p50, p99 = (statistics.median(r[i] for r in results) for i in range(3))
            ratio = statistics.median(r[0] / b[0] for r, b in zip(results, bare))
            errors = sum(r[3] for r in results)
            print(f"  {name:13} {rps:8.0f} req/s   p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   {ratio:5.2f} of bare Django"
                  f" ({statistics.median(b[0] for b in bare):.0f} req/s)" + (f"   {errors} non-2xx answers" if errors else ""))
            if p99 >= P99_LIMIT:
                failures.append(f"{engine} {name}: p99 {p99:.1f} ms is not under {P99_LIMIT} ms")
            if name == "dashboard" and rps < DASHBOARD_FLOOR:
                failures.append(f"{engine} dashboard: {rps:.0f} req/s is under {DASHBOARD_FLOOR}")
            if name == "API detail" and ratio < API_DETAIL_RATIO:
                failures.append(f"{engine} API detail: {ratio:.2f} of the bare Django view is under {API_DETAIL_RATIO}")
            if errors:
                failures.append(f"{engine} {name}: {errors} answers were not 2xx or 3xx")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--routes", help="only these routes, comma-separated (e.g. 'API detail,dashboard')")
    parser.add_argument("--engines", help="only these engines, comma-separated (SQLite, PostgreSQL, SQLite + Redis, PostgreSQL + Redis)")
    parser.add_argument("--fill", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill()
        return 0
    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install wrk", file=sys.stderr)
        return 2
    print(f"wrk: {WRK_THREADS} threads, {WRK_CONNECTIONS} connections, {args.seconds} s per run, median of {args.runs} runs; "
          f"server: gunicorn, 2 workers, on {os.cpu_count()} cores")
    engines = ["SQLite"] + (["PostgreSQL"] if os.environ.get("DATABASE_URL", "").startswith("postgres") else [])
    redis = os.environ.get("REDIS_URL", "")
    engines += [f"{engine} + Redis" for engine in engines] if redis else []
    if args.engines:
        engines = [engine for engine in engines if engine in args.engines.split(",")]
    routes = args.routes.split(",") if args.routes else None
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for number, engine in enumerate(engines, start=1):
            saved = os.environ.get("DATABASE_URL")
            if engine.startswith("SQLite"):
                os.environ.pop("DATABASE_URL", None)
            with own_database(Path(tempfile.mkdtemp(dir=scratch))) as env:
                env["DIALOGUE_LOG_LEVEL"] = "ERROR"
                if engine.endswith("Redis"):  # Django's cache in Redis, shared by the workers: a database of its own
                    env["REDIS_URL"] = urllib.parse.urlsplit(redis)._replace(path=f"/{number}").geturl()
                failures += measure(engine, env, args.runs, args.seconds, Path(scratch), routes)
            if saved:
                os.environ["DATABASE_URL"] = saved
    held = "Every bound of issues 5 and 11 holds." if not (routes or args.engines) else \
        "Every bound of the routes measured holds (a partial run: the issues' bounds need them all)."
    print("\n" + ("\n".join(failures) if failures else held))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
