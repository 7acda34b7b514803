"""Fast for a crowd: every page of the app measured against Streamlit's own floor, in one run.

A title-only page (``benchmarks/floor_app.py``) is served beside the app, one process each,
both from the repository root (so with the repository's ``.streamlit/config.toml``), read-only.
The pages are the ones the app's navigation declares (read from the server, not listed here).
Every session is a websocket client speaking Streamlit's protocol as a browser tab does
(``benchmarks/st_client.py``): it sends the state of every widget with each rerun, reruns only
the fragment when the widget it changes lives in one, and holds the large messages it was sent.

Parts (``--parts``, all by default):

* ``cpu``: each page's warm full run, server CPU per run (the process's CPU time over many
  back-to-back runs, minus its idle CPU), as a ratio to the floor's, measured in
  ``--cpu-rounds`` (4) alternating blocks of floor runs and page runs: the median round's ratio
  (the machine is shared, and its speed drifts within a minute: a floor measured once before
  and once after the pages moved by a fifth). Target: at most ``--cpu-ratio-target`` (5)
  times the floor on every page. Also reported: the CPU of an interaction (a widget changed;
  a fragment rerun where it lives in one).
* ``load``: ``--sessions`` (50) sessions on ONE process, page by page, each acting every
  ``--think`` (2) s on average (uniformly 0,5-1,5 times that) for ``--duration`` (30) s: a widget
  changed with its state when the page has widgets, else a full rerun. Target: rerun p95 at most
  ``--p95-target`` (1) s and no error, on every page.
* ``burst``: ``--burst-visits`` (200) first visits within ``--burst-window`` (10) s on the
  public deployment (``deploy/run_public.sh``, ``--burst-processes`` (2) processes behind nginx),
  spread over the pages. A visit fetches the page and every file its HTML names (six at a time,
  as a browser does), then opens the websocket and waits for the first run to finish. Target:
  first-load p95 at most ``--burst-p95-target`` (3) s, no error. Needs nginx.
* ``memory``: a fresh process; sessions opened ten at a time up to 60 (spread over the pages,
  each after its first run and one action); the slope of resident memory against sessions is
  the memory per extra session. Target: at most ``--mib-per-session-target`` (2) MiB. Then a
  soak of ``--sessions`` sessions acting as in ``load`` for ``--soak`` seconds: memory is flat
  when the second half's peak exceeds the first half's by at most ``--soak-growth-target`` MiB.

Reproduce the README's figures (about 10 minutes; the soak adds ``--soak`` seconds):

    .venv/bin/python benchmarks/load_test.py
    .venv/bin/python benchmarks/load_test.py --parts memory --soak 600

It prints a table and a JSON summary, and exits 1 when a target is missed. Loopback only:
it starts its own servers on 127.0.0.1 and refuses any other host for ``--url``. Every run is
bounded (``--duration`` and ``--soak`` at most 600 s). Server logs go to ``--log-dir``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import st_client as sc  # the folder is not a package: imported from its path

sys.path.insert(0, str(sc.REPO_ROOT))
from tests import test_nginx_deploy as public_test  # the deployment, started as its test does

REPO_ROOT = sc.REPO_ROOT
APP = REPO_ROOT / "app.py"
FLOOR = Path(__file__).resolve().parent / "floor_app.py"
FLOOR_PAGE = "floor"
MAX_SECONDS = 600
PARTS = ("cpu", "load", "burst", "memory")
WARM_RUNS = 4
BROWSER_CONNECTIONS = 6  # parallel connections per host of a browser (HTTP/1.1)


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 2)


def _s(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 3)


# --- servers ---------------------------------------------------------------------------------


@dataclass
class Servers:
    """The floor and the app, one process each, and the app's pages from its navigation."""

    floor: tuple[subprocess.Popen, str]
    app: tuple[subprocess.Popen, str]
    pages: list[str] = field(default_factory=list)

    def stop(self) -> None:
        for proc, _ in (self.floor, self.app):
            sc.stop(proc)


async def discover_pages(url: str, query: str) -> list[str]:
    """The url paths of the app's pages, from the navigation the app sends. Opening the
    default page first also makes the process know the pages' url paths (deploy/warm_up.py)."""
    tab = sc.Tab("", query)
    await tab.connect(url)
    try:
        run = await tab.run()
        if run.error:
            raise SystemExit(f"the app's first run failed: {run.error}")
    finally:
        await tab.close()
    return tab.pages or [""]


def start_servers(args) -> Servers:
    log_dir = Path(args.log_dir)
    floor = sc.start_server(FLOOR, log_dir / "gnbv-bench-floor.log", args.set)
    try:
        app = sc.start_server(APP, log_dir / "gnbv-bench-app.log", args.set)
    except SystemExit:
        sc.stop(floor[0])
        raise
    servers = Servers(floor, app)
    servers.pages = asyncio.run(discover_pages(app[1], args.query))
    servers.pages = chosen(servers.pages, args)
    return servers


def chosen(pages: list[str], args) -> list[str]:
    """The pages ``--pages`` asks for (url paths, '/' for the default page), else all."""
    if not args.pages:
        return pages
    return [p for p in pages if page_name(p) in args.pages.split(",")]


def page_name(page: str) -> str:
    """How the report names a page: its url path ('/' is the default page)."""
    return "/" + page


# --- cpu -------------------------------------------------------------------------------------


async def _runs(tab: sc.Tab, pid: int, args, rng: random.Random | None) -> dict:
    """Back-to-back runs until both ``--cpu-runs`` runs and ``--cpu-seconds`` have passed."""
    errors: list[str] = []
    cpu0, t0, n = sc.cpu_seconds(pid), time.perf_counter(), 0
    fragments = 0
    while n < args.cpu_runs or time.perf_counter() - t0 < args.cpu_seconds:
        run = await tab.run(rng)
        n += 1
        fragments += run.fragment
        if run.error:
            errors.append(run.error)
        if n >= 20 * args.cpu_runs:
            break
    wall = time.perf_counter() - t0
    return {
        "runs": n,
        "cpu": sc.cpu_seconds(pid) - cpu0,
        "wall": wall,
        "errors": errors,
        "fragment_runs": fragments,
    }


async def idle_cpu_per_s(pid: int, seconds: float = 2.0) -> float:
    start = sc.cpu_seconds(pid)
    await asyncio.sleep(seconds)
    return (sc.cpu_seconds(pid) - start) / seconds


def _per_run_ms(measured: dict, idle_per_s: float) -> float:
    busy = max(measured["cpu"] - idle_per_s * measured["wall"], 0.0)
    return round(busy / measured["runs"] * 1000, 2)


async def _warm_tab(url: str, page: str, args) -> sc.Tab:
    tab = sc.Tab(page, args.query)
    await tab.connect(url)
    for _ in range(WARM_RUNS):
        await tab.run()
    return tab


async def cpu_of_page(app, floor, page: str, args) -> dict:
    """The page's warm full run against the floor's, in ``--cpu-rounds`` alternating blocks
    (floor, page, floor, page …): the ratio of each round, taken seconds apart, follows the
    machine's speed of the moment (it is shared: its speed drifts by tens of per cent over a
    minute); the median round is reported. ``app`` and ``floor``: (pid, url, idle CPU/s,
    and for the floor its warm tab)."""
    app_pid, app_url, app_idle = app
    floor_pid, floor_tab, floor_idle = floor
    tab = await _warm_tab(app_url, page, args)
    block = argparse.Namespace(
        cpu_runs=max(1, -(-args.cpu_runs // args.cpu_rounds)),
        cpu_seconds=args.cpu_seconds / args.cpu_rounds,
    )
    try:
        rounds, errors, runs = [], [], 0
        for _ in range(args.cpu_rounds):
            floor_ms = _per_run_ms(await _runs(floor_tab, floor_pid, block, None), floor_idle)
            full = await _runs(tab, app_pid, block, None)
            errors += full["errors"]
            runs += full["runs"]
            page_ms = _per_run_ms(full, app_idle)
            rounds.append((page_ms / floor_ms if floor_ms else float("inf"), page_ms, floor_ms))
        ratios = sorted(r[0] for r in rounds)
        out = {
            "page": page_name(page),
            "full_ms": round(statistics.median(r[1] for r in rounds), 2),
            "full_runs": runs,
            "floor_ms": round(statistics.median(r[2] for r in rounds), 2),
            "full_ratio": round(statistics.median(ratios), 1),
            "full_ratio_range": [round(ratios[0], 1), round(ratios[-1], 1)],
            "errors": errors,
        }
        if tab.changeable():
            act = await _runs(tab, app_pid, args, random.Random(args.seed))
            out |= {
                "interaction_ms": _per_run_ms(act, app_idle),
                "interaction_runs": act["runs"],
                "fragment_runs": act["fragment_runs"],
                "errors": errors + act["errors"],
            }
            out["interaction_ratio"] = round(out["interaction_ms"] / out["floor_ms"], 1)
        return out
    finally:
        await tab.close()


async def cpu_part(servers: Servers, args) -> dict:
    floor_proc, floor_url = servers.floor
    app_proc, app_url = servers.app
    load_before = load_average()
    floor_tab = await _warm_tab(floor_url, "", args)
    try:
        floor = (floor_proc.pid, floor_tab, await idle_cpu_per_s(floor_proc.pid))
        app = (app_proc.pid, app_url, await idle_cpu_per_s(app_proc.pid))
        pages = [await cpu_of_page(app, floor, p, args) for p in servers.pages]
    finally:
        await floor_tab.close()
    for row in pages:
        row["ok"] = row["full_ratio"] <= args.cpu_ratio_target and not row["errors"]
        row["errors"] = len(row["errors"])
    floors = [row["floor_ms"] for row in pages]
    return {
        "floor_ms": round(statistics.median(floors), 2),
        "floor_ms_range": [min(floors), max(floors)],
        "rounds": args.cpu_rounds,
        "target_ratio": args.cpu_ratio_target,
        "pages": pages,
        "load_average": [load_before, load_average()],
        "ok": all(r["ok"] for r in pages),
    }


# --- load ------------------------------------------------------------------------------------


@dataclass
class Results:
    first_load_s: list[float] = field(default_factory=list)
    rerun_s: list[float] = field(default_factory=list)
    fragment_runs: int = 0
    errors: list[str] = field(default_factory=list)
    rss_mb: list[tuple[float, float]] = field(default_factory=list)  # (seconds, MiB)


async def session(url: str, page: str, args, results: Results, rng, stop_at: float) -> None:
    """One visitor: opens the page, then acts every ``--think`` seconds on average."""
    tab = sc.Tab(page, args.query)
    try:
        await tab.connect(url)
        first = await tab.run()
        _record(results, first, page, results.first_load_s)
        while time.monotonic() < stop_at:
            await asyncio.sleep(args.think * rng.uniform(0.5, 1.5))
            if time.monotonic() >= stop_at:
                break
            run = await tab.run(rng)
            results.fragment_runs += run.fragment
            _record(results, run, page, results.rerun_s)
    except TimeoutError:
        results.errors.append(f"{page_name(page)}: a run took more than {sc.RUN_TIMEOUT_S} s")
    except (OSError, sc.websockets.WebSocketException) as exc:
        results.errors.append(f"{page_name(page)}: connection: {exc!r}")
    finally:
        await tab.close()


def _record(results: Results, run: sc.Run, page: str, into: list[float]) -> None:
    if run.error:
        results.errors.append(f"{page_name(page)}: {run.error}")
    else:
        into.append(run.seconds)


async def sample_memory(pids: list[int], results: Results, t0: float, stop: asyncio.Event):
    while pids and not stop.is_set():
        mb = sc.rss_mb(pids)
        if mb is not None:
            results.rss_mb.append((time.monotonic() - t0, mb))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=1.0)


async def crowd(url: str, pages: list[str], pids: list[int], args, duration: float) -> Results:
    """``--sessions`` sessions over ``pages`` (round robin), arriving over ``--ramp`` s."""
    results = Results()
    rng = random.Random(args.seed)
    t0 = time.monotonic()
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_memory(pids, results, t0, stop))
    stop_at = t0 + duration
    tasks = []
    for i in range(args.sessions):
        page = pages[i % len(pages)]
        visitor = random.Random(rng.random())
        tasks.append(asyncio.create_task(session(url, page, args, results, visitor, stop_at)))
        await asyncio.sleep(args.ramp / max(1, args.sessions))
    await asyncio.gather(*tasks)
    stop.set()
    await sampler
    return results


def load_row(page: str, results: Results, args) -> dict:
    p95 = percentile(results.rerun_s, 95)
    return {
        "page": page,
        "reruns": len(results.rerun_s),
        "fragment_reruns": results.fragment_runs,
        "reruns_per_s": round(len(results.rerun_s) / args.duration, 1),
        "rerun_p50_s": _s(percentile(results.rerun_s, 50)),
        "rerun_p95_s": _s(p95),
        "rerun_max_s": _s(max(results.rerun_s, default=None)),
        "first_load_p95_s": _s(percentile(results.first_load_s, 95)),
        "errors": len(results.errors),
        "error_examples": sorted(set(results.errors))[:3],
        "rss_mib_start_peak": [
            round(results.rss_mb[0][1], 1),
            round(max(mb for _, mb in results.rss_mb), 1),
        ]
        if results.rss_mb
        else None,
        "load_average": load_average(),
        "ok": p95 is not None and p95 <= args.p95_target and not results.errors,
    }


async def load_part(servers: Servers, args) -> dict:
    rows = []
    targets = [(FLOOR_PAGE, servers.floor, "")]
    targets += [(page_name(p), servers.app, p) for p in servers.pages]
    for name, (proc, url), page in targets:
        results = await crowd(url, [page], [proc.pid], args, args.duration)
        rows.append(load_row(name, results, args))
        await asyncio.sleep(args.settle)
    pages = [r for r in rows if r["page"] != FLOOR_PAGE]
    return {
        "sessions": args.sessions,
        "duration_s": args.duration,
        "think_s": args.think,
        "processes": 1,
        "floor": rows[0],
        "pages": pages,
        "ok": all(r["ok"] for r in pages),
    }


# --- burst -----------------------------------------------------------------------------------


def start_public(processes: int) -> tuple[subprocess.Popen, str, list[int], Path]:
    """deploy/run_public.sh with ``processes`` processes on free loopback ports, started as
    the deployment test starts it (tests/test_nginx_deploy.py), without its per-address
    limits: every visitor of this burst comes from 127.0.0.1 (``public_crowd.py`` gives each
    visitor an address of its own, limits on)."""
    if not Path(public_test.NGINX).exists():
        raise SystemExit("the burst needs nginx (apt-get install nginx)")
    unlimited = ["--conn-per-address", "10000", "--req-burst", "100000"]
    proc, url, run_dir = public_test.start_public(processes, unlimited)
    pids = [int(f.read_text()) for f in sorted(run_dir.glob("app-*.pid"))]
    return proc, url, pids, run_dir


def assets_of(html: str) -> list[str]:
    """The files a browser fetches before it runs the app: every src / href of the HTML
    that is a static file (scripts, module preloads, the stylesheet, the font, the icon)."""
    links = re.findall(r'(?:src|href)="\./([^"]+)"', html)
    return [link for link in dict.fromkeys(links) if not link.startswith("_stcore/")]


def _fetch_all(host: str, port: int, paths: list[str], cookie: str) -> int:
    """GET ``paths`` one after the other over one keep-alive connection; bytes read."""
    conn = HTTPConnection(host, port, timeout=sc.RUN_TIMEOUT_S)
    total = 0
    try:
        for path in paths:
            conn.request("GET", "/" + path, headers={"Cookie": cookie, "Accept-Encoding": "gzip"})
            response = conn.getresponse()
            total += len(response.read())
            if response.status != 200:
                raise OSError(f"GET /{path}: HTTP {response.status}")
    finally:
        conn.close()
    return total


def _get_page(url: str) -> tuple[str, str]:
    """The page's HTML and the route cookie nginx set for this browser."""
    with urllib.request.urlopen(url, timeout=sc.RUN_TIMEOUT_S) as response:
        cookies = response.headers.get_all("Set-Cookie") or []
        html = response.read().decode()
    cookie = "; ".join(c.split(";", 1)[0] for c in cookies)
    return html, cookie


async def visit(url: str, page: str, pool: ThreadPoolExecutor) -> tuple[float, float]:
    """One first visit: the HTML, its files (six connections), the websocket's first run.
    Seconds until the first run finished, and of those, until the files were there."""
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    html, cookie = await loop.run_in_executor(pool, _get_page, f"{url}/{page}")
    parsed = urlparse(url)
    assets = assets_of(html)
    groups = [assets[i::BROWSER_CONNECTIONS] for i in range(BROWSER_CONNECTIONS)]
    await asyncio.gather(
        *(
            loop.run_in_executor(pool, _fetch_all, parsed.hostname, parsed.port, g, cookie)
            for g in groups
            if g
        )
    )
    files_s = time.perf_counter() - start
    tab = sc.Tab(page)
    await tab.connect(url, headers={"Cookie": cookie} if cookie else None)
    try:
        run = await tab.run()
    finally:
        await tab.close()
    if run.error:
        raise RuntimeError(run.error)
    return time.perf_counter() - start, files_s


@dataclass
class Burst:
    first_load_s: list[float] = field(default_factory=list)
    files_s: list[float] = field(default_factory=list)  # of which: the HTML and its files
    by_page: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


async def burst(url: str, pages: list[str], args) -> Burst:
    rng = random.Random(args.seed)
    arrivals = sorted(rng.uniform(0, args.burst_window) for _ in range(args.burst_visits))
    out = Burst(by_page={page_name(p): [] for p in pages})

    async def one(i: int, at: float, pool) -> None:
        await asyncio.sleep(at)
        page = pages[i % len(pages)]
        try:
            took, files_s = await visit(url, page, pool)
        except (OSError, RuntimeError, TimeoutError, sc.websockets.WebSocketException) as exc:
            out.errors.append(f"{page_name(page)}: {exc!r}"[:200])
            return
        out.first_load_s.append(took)
        out.files_s.append(files_s)
        out.by_page[page_name(page)].append(took)

    with ThreadPoolExecutor(max_workers=BROWSER_CONNECTIONS * 40) as pool:
        await asyncio.gather(*(one(i, at, pool) for i, at in enumerate(arrivals)))
    return out


def burst_part(args) -> dict:
    load_before = load_average()
    proc, url, pids, run_dir = start_public(args.burst_processes)
    try:
        pages = asyncio.run(discover_pages(url, args.query))
        result = asyncio.run(burst(url, pages, args))
    finally:
        public_test.stop_public(proc, run_dir)  # nginx, its processes, the run directory
    p95 = percentile(result.first_load_s, 95)
    return {
        "visits": args.burst_visits,
        "window_s": args.burst_window,
        "processes": len(pids),
        "first_load_p50_s": _s(percentile(result.first_load_s, 50)),
        "first_load_p95_s": _s(p95),
        "first_load_max_s": _s(max(result.first_load_s, default=None)),
        "html_and_files_p95_s": _s(percentile(result.files_s, 95)),
        "first_load_p95_by_page_s": {k: _s(percentile(v, 95)) for k, v in result.by_page.items()},
        "errors": len(result.errors),
        "error_examples": sorted(set(result.errors))[:3],
        "target_p95_s": args.burst_p95_target,
        "load_average": [load_before, load_average()],
        "ok": p95 is not None and p95 <= args.burst_p95_target and not result.errors,
    }


# --- memory ----------------------------------------------------------------------------------


async def _settled_rss(pids: list[int], seconds: float = 3.0) -> float:
    await asyncio.sleep(seconds)
    samples = []
    for _ in range(3):
        samples.append(sc.rss_mb(pids))
        await asyncio.sleep(0.5)
    return statistics.median(samples)


async def _open_idle(url: str, page: str, args, rng) -> sc.Tab:
    tab = sc.Tab(page, args.query)
    await tab.connect(url)
    for r in (None, rng):
        run = await tab.run(r)
        if run.error:
            raise RuntimeError(f"{page_name(page)}: {run.error}")
    return tab


async def per_session_mib(url: str, pid: int, pages: list[str], args) -> dict:
    """Resident memory with 10, 20, ... 60 open sessions; the least-squares slope."""
    rng = random.Random(args.seed)
    tabs: list[sc.Tab] = []
    counts, rss = [], []
    try:
        for page in pages:  # every page's caches filled before counting
            tabs.append(await _open_idle(url, page, args, rng))
        for step in range(1, 7):
            while len(tabs) < 10 * step:
                tabs.append(await _open_idle(url, pages[len(tabs) % len(pages)], args, rng))
            counts.append(len(tabs))
            rss.append(await _settled_rss([pid]))
    finally:
        await asyncio.gather(*(t.close() for t in tabs))
    slope = statistics.linear_regression(counts, rss).slope
    return {
        "sessions": counts,
        "rss_mib": [round(r, 1) for r in rss],
        "mib_per_session": round(slope, 3),
    }


def _soak_summary(results: Results, seconds: float, args) -> dict:
    warm = min(60.0, seconds / 10)
    first = [mb for t, mb in results.rss_mb if warm <= t < seconds / 2]
    second = [mb for t, mb in results.rss_mb if seconds / 2 <= t <= seconds]
    growth = max(second) - max(first) if first and second else None
    return {
        "seconds": seconds,
        "sessions": args.sessions,
        "reruns": len(results.rerun_s),
        "rerun_p95_s": _s(percentile(results.rerun_s, 95)),
        "errors": len(results.errors),
        "rss_mib_first_half_peak": round(max(first), 1) if first else None,
        "rss_mib_second_half_peak": round(max(second), 1) if second else None,
        "growth_mib": None if growth is None else round(growth, 1),
        "ok": growth is not None and growth <= args.soak_growth_target and not results.errors,
    }


def memory_part(args) -> dict:
    load_before = load_average()
    proc, url = sc.start_server(APP, Path(args.log_dir) / "gnbv-bench-memory.log", args.set)
    try:
        pages = asyncio.run(discover_pages(url, args.query))
        pages = chosen(pages, args)
        slope = asyncio.run(per_session_mib(url, proc.pid, pages, args))
        soak = None
        if args.soak:
            results = asyncio.run(crowd(url, pages, [proc.pid], args, args.soak))
            soak = _soak_summary(results, args.soak, args)
    finally:
        sc.stop(proc)
    ok = slope["mib_per_session"] <= args.mib_per_session_target and (soak is None or soak["ok"])
    return {
        **slope,
        "target_mib_per_session": args.mib_per_session_target,
        "soak": soak,
        "load_average": [load_before, load_average()],
        "ok": ok,
    }


# --- report ----------------------------------------------------------------------------------


def _cell(value, width: int) -> str:
    return ("—" if value is None else str(value)).rjust(width)


def table(report: dict) -> str:
    """The per-page table: CPU per run and its ratio to the floor, the load test's p95."""
    cpu = {r["page"]: r for r in report.get("cpu", {}).get("pages", [])}
    load = {r["page"]: r for r in report.get("load", {}).get("pages", [])}
    head = ["page", "cpu ms/run", "× floor", "act ms", "× floor", "p95 s", "reruns", "errors"]
    lines = [" ".join(_cell(h, 12) for h in head)]
    if "cpu" in report or "load" in report:
        floor_cpu = report.get("cpu", {}).get("floor_ms")
        floor_load = report.get("load", {}).get("floor", {})
        lines.append(
            " ".join(
                _cell(v, 12)
                for v in (
                    FLOOR_PAGE,
                    floor_cpu,
                    1.0 if floor_cpu else None,
                    None,
                    None,
                    floor_load.get("rerun_p95_s"),
                    floor_load.get("reruns"),
                    floor_load.get("errors"),
                )
            )
        )
    for page in dict.fromkeys([*cpu, *load]):
        c, ld = cpu.get(page, {}), load.get(page, {})
        errors = (c.get("errors") or 0) + (ld.get("errors") or 0) if c or ld else None
        lines.append(
            " ".join(
                _cell(v, 12)
                for v in (
                    page,
                    c.get("full_ms"),
                    c.get("full_ratio"),
                    c.get("interaction_ms"),
                    c.get("interaction_ratio"),
                    ld.get("rerun_p95_s"),
                    ld.get("reruns"),
                    errors,
                )
            )
        )
    return "\n".join(lines)


def run_parts(args) -> dict:
    parts = args.parts.split(",")
    report: dict = {"cpus": os.cpu_count(), "load_average_start": load_average()}
    if "cpu" in parts or "load" in parts:
        servers = start_servers(args)
        try:
            if "cpu" in parts:
                report["cpu"] = asyncio.run(cpu_part(servers, args))
            if "load" in parts:
                report["load"] = asyncio.run(load_part(servers, args))
        finally:
            servers.stop()
    if "burst" in parts:
        report["burst"] = burst_part(args)
    if "memory" in parts:
        report["memory"] = memory_part(args)
    report["load_average_end"] = load_average()
    report["ok"] = all(report[p]["ok"] for p in PARTS if p in report)
    return report


def parse_args(argv: list[str] | None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--parts", default=",".join(PARTS), help="comma-separated: " + ",".join(PARTS))
    p.add_argument("--pages", default="", help="only these url paths, e.g. /,/ban-do")
    p.add_argument("--query", default="", help="query string every session sends, e.g. lang=en")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="OPTION=VALUE",
        help="a streamlit config option for the servers it starts",
    )
    p.add_argument("--cpu-runs", type=int, default=30, help="at least this many runs a page")
    p.add_argument("--cpu-seconds", type=float, default=8.0, help="and at least this long")
    p.add_argument(
        "--cpu-rounds", type=int, default=4, help="alternating floor/page blocks per page"
    )
    p.add_argument("--cpu-ratio-target", type=float, default=5.0)
    p.add_argument("--sessions", type=int, default=50)
    p.add_argument("--duration", type=float, default=30, help="seconds per page (load)")
    p.add_argument("--think", type=float, default=2.0, help="mean seconds between actions")
    p.add_argument("--ramp", type=float, default=5.0, help="seconds over which sessions arrive")
    p.add_argument("--settle", type=float, default=3.0, help="seconds between pages")
    p.add_argument("--p95-target", type=float, default=1.0)
    p.add_argument("--burst-visits", type=int, default=200)
    p.add_argument("--burst-window", type=float, default=10.0)
    p.add_argument("--burst-processes", type=int, default=2)
    p.add_argument("--burst-p95-target", type=float, default=3.0)
    p.add_argument("--mib-per-session-target", type=float, default=2.0)
    p.add_argument("--soak", type=float, default=0, help="seconds of soak (0: none)")
    p.add_argument("--soak-growth-target", type=float, default=10.0, help="MiB")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--log-dir", default=tempfile.gettempdir())
    p.add_argument("--json", action="store_true", help="print only the JSON summary")
    args = p.parse_args(argv)
    if not set(args.parts.split(",")) <= set(PARTS):
        p.error(f"--parts: choose among {', '.join(PARTS)}")
    if not (0 < args.duration <= MAX_SECONDS and 0 <= args.soak <= MAX_SECONDS):
        p.error(f"--duration and --soak must be at most {MAX_SECONDS} s")
    if not 0 < args.sessions <= 500 or not 0 < args.burst_visits <= 1000:
        p.error("--sessions must be in [1, 500], --burst-visits in [1, 1000]")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    report = run_parts(args)
    if not args.json:
        print(table(report))
    print(json.dumps(report, indent=None if args.json else 2, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
