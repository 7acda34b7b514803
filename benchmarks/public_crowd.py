"""The public deployment under a crowd and under faults, measured through nginx.

Each part starts ``deploy/run_public.sh`` (supervisord, K Streamlit processes, nginx) on free
loopback ports, as its test does, and stops it after. Visitors are websocket clients speaking
Streamlit's protocol (``benchmarks/st_client.py``), each bound to a loopback address of its
own (127.0.x.y): nginx's per-address limits see them as different people, as the public's
browsers are. A visit fetches the page through nginx (which sets the route cookie), asks the
process for its health and host config as the front end does, opens the websocket with that
cookie and waits for the run to finish: the "first render". A visitor whose websocket closes
reconnects as Streamlit's front end does (``/_stcore/health`` and ``host-config``, then a
new websocket and a run of the same page and query: the view comes back from the URL).

Parts (``--parts``):

* ``fault``: ``--processes`` (4, the deployment's default) processes, ``--sessions`` (50)
  sessions browsing (a page switch every ``--think`` s), ``kill -9`` of one Streamlit process
  at ``--kill-at`` s: what visitors saw (errors, reconnects, seconds from the loss to the page
  again), how long until the process was back (supervisord restarted it and it was warmed),
  and whether the sessions of the other processes and nginx were disturbed. Targets: no
  error, every dropped session back, the process back within ``--back-target`` s.
* ``news``: a news link: ``--visits`` (10 000) visits spread over ``--window`` (600) s, each
  the home page, then two other pages 2–5 s apart, then leaving. First render p95 at most
  ``--p95-target`` (2) s and no error; the processes' memory sampled until ``--settle`` s
  after, to see it flat. With ``--kill-at`` one process is killed in the middle. Reported
  too: the processes' CPU per visit and per run, open sessions per process at the peak,
  memory per open session, the CPU of the load generator (this process) and of nginx, the
  CPU other work on the machine took meanwhile (in cores) and the load average.
* ``abuse``: one client address (127.0.0.2) opens ``--abuse-sessions`` (500) sessions while
  ``--browsers`` (20) visitors browse from other addresses; their run p95 before the abuse and
  during it (target: during at most 1,5 times before, or at most ``--abuse-p95-target`` (1) s,
  and no error), and how many of the abuser's sessions nginx let in. Compare with the limits
  off: ``--option=--conn-per-address=10000 --option=--req-burst=100000``.

    .venv/bin/python benchmarks/public_crowd.py --parts fault
    .venv/bin/python benchmarks/public_crowd.py --parts news
    .venv/bin/python benchmarks/public_crowd.py --parts news --kill-at 300
    .venv/bin/python benchmarks/public_crowd.py --parts abuse

Prints a JSON summary; exits 1 when a target is missed. Loopback only. Logs stay in the run
directory printed when ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import resource
import shutil
import signal
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import st_client as sc  # the folder is not a package: imported from its path

sys.path.insert(0, str(sc.REPO_ROOT))
from tests import test_nginx_deploy as public_test  # the deployment, started as its test does

PARTS = ("fault", "news", "abuse")
ABUSER = "127.0.0.2"
RECONNECT_GIVE_UP_S = 60


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 3)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1], 3)


def addresses(start: int = 3):
    """Loopback addresses 127.0.0.3, 127.0.0.4, ... 127.0.1.0, ... (one per visitor)."""
    for n in itertools.count(start):
        if n & 255 not in (0, 255):
            yield f"127.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


# --- the deployment --------------------------------------------------------------------------


@dataclass
class Public:
    proc: object
    url: str
    run_dir: Path
    ports: list[int]

    def pid(self, port: int) -> int | None:
        try:
            return int((self.run_dir / f"app-{port}.pid").read_text())
        except (OSError, ValueError):
            return None

    def pids(self) -> dict[int, int | None]:
        return {port: self.pid(port) for port in self.ports}

    def nginx_pid(self) -> int | None:
        try:
            return int((self.run_dir / "nginx.pid").read_text())
        except (OSError, ValueError):
            return None


def start(processes: int, options: list[str], args_ports: list[int] | None = None) -> Public:
    if not Path(public_test.NGINX).exists():
        raise SystemExit("needs nginx (apt-get install nginx)")
    ports = (args_ports[0], args_ports[0] + 1) if args_ports else None
    proc, url, run_dir = public_test.start_public(processes, options, ports)
    ports = sorted(int(f.stem.split("-")[1]) for f in run_dir.glob("app-*.pid"))
    return Public(proc, url, run_dir, ports)


def stop(public: Public, keep: bool) -> None:
    if keep:
        kept = Path(str(public.run_dir) + "-kept")
        skip = shutil.ignore_patterns("static", "tmp", "*.sock")
        shutil.copytree(public.run_dir, kept, ignore=skip)
        print(f"logs kept in {kept}", file=sys.stderr)
    public_test.stop_public(public.proc, public.run_dir)


async def wait_back(public: Public, port: int, old_pid: int, t_kill: float) -> float | None:
    """Seconds from the kill until a new, warmed process serves ``port`` (its pid file)."""
    while time.monotonic() - t_kill < 180:
        pid = public.pid(port)
        if pid and pid != old_pid:
            return round(time.monotonic() - t_kill, 2)
        await asyncio.sleep(0.1)
    return None


class CpuMeter:
    """CPU seconds of the Streamlit processes, those killed included (last reading)."""

    def __init__(self, public: Public):
        self.public = public
        self.seen: dict[int, float] = {}

    def sample(self) -> float:
        for pid in self.public.pids().values():
            if pid:
                with contextlib.suppress(OSError, IndexError, ValueError):
                    self.seen[pid] = sc.cpu_seconds(pid)
        return sum(self.seen.values())


def nginx_cpu_seconds(public: Public) -> float:
    """CPU seconds of nginx's master and its workers so far (0 when it is not up)."""
    master = public.nginx_pid()
    if not master:
        return 0.0
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            pid, ppid = int(stat.parent.name), int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if master in (pid, ppid):
                total += sc.cpu_seconds(pid)
    return total


def machine_cpu() -> tuple[float, float]:
    """(busy, all) CPU seconds of the whole machine so far, every core (/proc/stat)."""
    line = Path("/proc/stat").read_text().split("\n", 1)[0]
    fields = [int(x) for x in line.split()[1:9]]  # user .. steal (guest is within user)
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields) - idle) / sc.CLOCK_TICKS, sum(fields) / sc.CLOCK_TICKS


# --- a visitor -------------------------------------------------------------------------------


def _http_get(url: str, path: str, local: str, cookie: str) -> tuple[int, str]:
    """GET through nginx from address ``local``; (status, the cookie to keep)."""
    parsed = urlparse(url)
    conn = HTTPConnection(parsed.hostname, parsed.port, timeout=30, source_address=(local, 0))
    try:
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        response.read()
        cookies = response.headers.get_all("Set-Cookie") or []
        new = "; ".join(c.split(";", 1)[0] for c in cookies if c.startswith("gnbv_route="))
        return response.status, new or cookie
    finally:
        conn.close()


@dataclass
class Seen:
    """What visitors saw."""

    first_render_s: list[float] = field(default_factory=list)
    run_s: list[tuple[float, float]] = field(default_factory=list)  # (time, seconds)
    errors: list[str] = field(default_factory=list)
    refused: int = 0  # HTTP 429/503 from nginx's limits
    reconnects: int = 0
    back_s: list[float] = field(default_factory=list)  # loss -> the page again
    lost: list[str] = field(default_factory=list)  # sessions that never came back
    open_sessions: int = 0
    peak_sessions: int = 0


class Refused(Exception):
    pass


class Visitor:
    def __init__(self, url: str, local: str, seen: Seen, pool: ThreadPoolExecutor):
        self.url, self.local, self.seen, self.pool = url, local, seen, pool
        self.cookie = ""
        self.tab: sc.Tab | None = None

    async def get(self, path: str) -> None:
        loop = asyncio.get_running_loop()
        status, self.cookie = await loop.run_in_executor(
            self.pool, _http_get, self.url, path, self.local, self.cookie
        )
        if status in (429, 503):
            raise Refused(f"HTTP {status}")
        if status != 200:
            raise OSError(f"GET {path}: HTTP {status}")

    async def _connect_and_run(self) -> sc.Run:
        headers = {"Cookie": self.cookie} if self.cookie else None
        try:
            await self.tab.connect(self.url, headers, self.local)
        except sc.websockets.InvalidStatus as exc:
            if exc.response.status_code in (429, 503):
                raise Refused(f"websocket HTTP {exc.response.status_code}") from exc
            raise
        return await self.tab.run()

    async def before_websocket(self) -> None:
        """What Streamlit's front end asks a process before it opens a websocket, on a first
        load and on a reconnect: its health and its host config (one after the other here,
        where the front end asks both at once: the harsher order)."""
        await self.get("/_stcore/health")
        await self.get("/_stcore/host-config")

    async def open(self, page: str, query: str = "") -> float:
        """The page's HTML through nginx, the front end's two requests to a process, then the
        websocket's first run: seconds."""
        t0 = time.perf_counter()
        await self.get(f"/{page}" + (f"?{query}" if query else ""))
        await self.before_websocket()
        self.tab = sc.Tab(page, query)
        try:
            run = await self._connect_and_run()
        except TimeoutError as exc:
            raise RuntimeError(f"a first run took more than {sc.RUN_TIMEOUT_S} s") from exc
        except (sc.websockets.ConnectionClosed, OSError):  # its process died meanwhile
            await self.reconnect(time.monotonic())
            run = sc.Run(0.0)
        if run.error:
            raise RuntimeError(run.error)
        self.seen.open_sessions += 1
        self.seen.peak_sessions = max(self.seen.peak_sessions, self.seen.open_sessions)
        return time.perf_counter() - t0

    async def run(self, page: str | None = None, rng=None) -> float:
        """A run of ``page`` (a page switch) or of the same page (``rng``: a widget changed);
        reconnects first when the websocket closed, as the front end does."""
        if page is not None:
            self.tab.page = page
            self.tab.widgets = {}
        try:
            run = await self.tab.run(rng)
        except TimeoutError as exc:  # an OSError, but a browser would wait: a failure here
            raise RuntimeError(f"a run took more than {sc.RUN_TIMEOUT_S} s") from exc
        except (sc.websockets.ConnectionClosed, OSError):
            return await self.reconnect(time.monotonic())
        if run.error:
            raise RuntimeError(run.error)
        return run.seconds

    def closed(self) -> bool:
        ws = self.tab.ws if self.tab is not None else None
        return ws is not None and ws.close_code is not None

    async def reconnect(self, lost_at: float) -> float:
        """Health, then a new websocket and a run of the same page; seconds since the loss."""
        self.seen.reconnects += 1
        delay = 0.0
        while time.monotonic() - lost_at < RECONNECT_GIVE_UP_S:
            await asyncio.sleep(delay)
            delay = min(max(delay * 2, 0.5), 5.0)
            try:
                await self.before_websocket()
                self.tab.widgets = {}
                run = await self._connect_and_run()
            except (OSError, TimeoutError, sc.websockets.WebSocketException, Refused):
                continue
            if run.error:
                raise RuntimeError(run.error)
            back = time.monotonic() - lost_at
            self.seen.back_s.append(back)
            return back
        self.seen.lost.append(self.tab.page)
        raise RuntimeError("gave up reconnecting")

    async def think(self, seconds: float) -> None:
        """Idle for ``seconds``; a websocket closed meanwhile is reconnected at once."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if self.closed():
                await self.reconnect(time.monotonic())
                continue
            await asyncio.sleep(min(left, 0.2))

    async def leave(self) -> None:
        if self.tab is not None and self.tab.ws is not None:
            self.seen.open_sessions -= 1
            with contextlib.suppress(Exception):
                await self.tab.close()


VISIT_ERRORS = (OSError, RuntimeError, TimeoutError, sc.websockets.WebSocketException)


async def discover_pages(url: str) -> list[str]:
    tab = sc.Tab("")
    await tab.connect(url)
    try:
        await tab.run()
    finally:
        await tab.close()
    return tab.pages or [""]


# --- fault -----------------------------------------------------------------------------------


async def fault_browse(visitor: Visitor, pages, rng, args, seen: Seen, until: float, port_of):
    page = pages[rng.randrange(len(pages))]
    try:
        seen.first_render_s.append(await visitor.open(page))
        port_of.append(visitor)
        while time.monotonic() < until:
            await visitor.think(args.think * rng.uniform(0.5, 1.5))
            page = rng.choice([p for p in pages if p != visitor.tab.page] or pages)
            seconds = await visitor.run(page)
            seen.run_s.append((time.monotonic(), seconds))
    except Refused:
        seen.refused += 1
    except VISIT_ERRORS as exc:
        seen.errors.append(repr(exc)[:200])
    finally:
        await visitor.leave()


def _route_port(public: Public, visitor: Visitor) -> int | None:
    """The process nginx sends this visitor's requests to (its access log). nginx sends the
    page itself and logs a websocket when it closes, so when nothing of an open session is
    logged yet, a health check with its cookie (what the front end sends on a reconnect)
    shows the route."""
    route = visitor.cookie.partition("=")[2]
    for attempt in range(2):
        for line in reversed((public.run_dir / "access.log").read_text().splitlines()):
            if f"route={route}" in line and "upstream=127.0.0.1:" in line:
                return int(line.split("upstream=127.0.0.1:")[1].split()[0].rstrip(","))
        if attempt == 0:
            with contextlib.suppress(OSError):
                _http_get(public.url, "/_stcore/health", visitor.local, visitor.cookie)
    return None


async def fault_part(args) -> dict:
    public = start(args.processes, args.option, args.ports)
    try:
        return await _fault(public, args)
    finally:
        stop(public, args.keep)


async def _fault(public: Public, args) -> dict:
    pages = await discover_pages(public.url)
    seen = Seen()
    rng = random.Random(args.seed)
    local = addresses()
    before = {"pids": public.pids(), "nginx": public.nginx_pid()}
    t0 = time.monotonic()
    until = t0 + args.duration
    opened: list[Visitor] = []
    with ThreadPoolExecutor(64) as pool:
        tasks = []
        for _ in range(args.sessions):
            v = Visitor(public.url, next(local), seen, pool)
            r = random.Random(rng.random())
            tasks.append(asyncio.create_task(fault_browse(v, pages, r, args, seen, until, opened)))
            await asyncio.sleep(args.ramp / args.sessions)
        await asyncio.sleep(max(0.0, t0 + args.kill_at - time.monotonic()))
        victim = public.ports[0]
        on_victim = {id(v) for v in opened if _route_port(public, v) == victim}
        reconnects_before = seen.reconnects
        old_pid = public.pid(victim)
        t_kill = time.monotonic()
        os.kill(old_pid, signal.SIGKILL)
        back_s = await wait_back(public, victim, old_pid, t_kill)
        await asyncio.gather(*tasks)
    dropped = seen.reconnects - reconnects_before
    others = {p: pid for p, pid in public.pids().items() if p != victim}
    after_kill = [s for t, s in seen.run_s if t >= t_kill]
    before_kill = [s for t, s in seen.run_s if t < t_kill]
    out = {
        "processes": len(public.ports),
        "sessions": args.sessions,
        "killed_port": victim,
        "sessions_on_killed_process": len(on_victim),
        "sessions_dropped": dropped,
        "reconnected": len(seen.back_s),
        "never_back": len(seen.lost),
        "to_page_again_p50_s": percentile(seen.back_s, 50),
        "to_page_again_max_s": round(max(seen.back_s), 2) if seen.back_s else None,
        "process_back_s": back_s,
        "errors": len(seen.errors),
        "error_examples": sorted(set(seen.errors))[:3],
        "refused": seen.refused,
        "runs_before_kill": len(before_kill),
        "run_p95_before_kill_s": percentile(before_kill, 95),
        "runs_after_kill": len(after_kill),
        "run_p95_after_kill_s": percentile(after_kill, 95),
        "other_processes_untouched": all(before["pids"][p] == pid for p, pid in others.items()),
        "nginx_untouched": public.nginx_pid() == before["nginx"],
        "load_average": load_average(),
    }
    out["ok"] = (
        not seen.errors
        and not seen.lost
        and not seen.refused
        and back_s is not None
        and back_s <= args.back_target
        and dropped <= len(on_victim)
        and out["other_processes_untouched"]
        and out["nginx_untouched"]
    )
    return out


# --- news ------------------------------------------------------------------------------------


async def news_visit(visitor: Visitor, pages, rng, seen: Seen) -> None:
    others = [p for p in pages if p] or pages
    try:
        seen.first_render_s.append(await visitor.open(""))
        for page in rng.sample(others, min(2, len(others))):
            await visitor.think(rng.uniform(2.0, 5.0))
            seen.run_s.append((time.monotonic(), await visitor.run(page)))
    except Refused:
        seen.refused += 1
    except VISIT_ERRORS as exc:
        seen.errors.append(repr(exc)[:200])
    finally:
        await visitor.leave()


async def sample(public: Public, cpu: CpuMeter, series: list, t0: float, stop: asyncio.Event):
    while not stop.is_set():
        pids = [p for p in public.pids().values() if p]
        series.append(
            (round(time.monotonic() - t0, 1), sc.rss_mb(pids), cpu.sample(), os.getloadavg()[0])
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 5.0)


async def news_part(args) -> dict:
    public = start(args.processes, args.option, args.ports)
    try:
        return await _news(public, args)
    finally:
        stop(public, args.keep)


async def _news(public: Public, args) -> dict:
    pages = await discover_pages(public.url)
    seen, rng, local = Seen(), random.Random(args.seed), addresses()
    arrivals = sorted(rng.uniform(0, args.window) for _ in range(args.visits))
    cpu = CpuMeter(public)
    series: list = []
    stop_sampling = asyncio.Event()
    self_cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.monotonic()
    sampler = asyncio.create_task(sample(public, cpu, series, t0, stop_sampling))
    cpu0 = cpu.sample()
    nginx_cpu0, machine0 = nginx_cpu_seconds(public), machine_cpu()
    kill: dict = {}

    async def killer():
        await asyncio.sleep(args.kill_at)
        port = public.ports[0]
        old = public.pid(port)
        t_kill = time.monotonic()
        os.kill(old, signal.SIGKILL)
        kill.update(port=port, at_s=round(t_kill - t0, 1), open_sessions=seen.open_sessions)
        kill["process_back_s"] = await wait_back(public, port, old, t_kill)

    with ThreadPoolExecutor(64) as pool:

        async def one(at: float) -> None:
            await asyncio.sleep(at)
            v = Visitor(public.url, next(local), seen, pool)
            await news_visit(v, pages, random.Random(rng.random()), seen)

        kill_task = asyncio.create_task(killer()) if args.kill_at else None
        await asyncio.gather(*(one(at) for at in arrivals))
        if kill_task:
            await kill_task
    burst_end = time.monotonic() - t0
    cpu_burst = cpu.sample() - cpu0
    self_cpu = resource.getrusage(resource.RUSAGE_SELF)
    nginx_cpu = nginx_cpu_seconds(public) - nginx_cpu0
    machine1 = machine_cpu()
    client_cpu = self_cpu.ru_utime + self_cpu.ru_stime - self_cpu0.ru_utime - self_cpu0.ru_stime
    # Whatever else ran on the machine meanwhile (other work: the machine is shared).
    other_cpu = machine1[0] - machine0[0] - cpu_burst - client_cpu - nginx_cpu
    cores = (machine1[1] - machine0[1]) / burst_end
    await asyncio.sleep(args.settle)
    stop_sampling.set()
    await sampler
    rss = [(t, mb) for t, mb, _, _ in series if mb is not None]
    at_end = [mb for t, mb in rss if t <= burst_end]
    settled = [mb for t, mb in rss if t >= burst_end + args.settle - 30]
    p95 = percentile(seen.first_render_s, 95)
    runs = [s for _, s in seen.run_s]
    n_runs = len(seen.first_render_s) + len(runs)
    out = {
        "processes": len(public.ports),
        "visits": args.visits,
        "window_s": args.window,
        "burst_lasted_s": round(burst_end, 1),
        "first_render_p50_s": percentile(seen.first_render_s, 50),
        "first_render_p95_s": p95,
        "first_render_max_s": round(max(seen.first_render_s), 2) if seen.first_render_s else None,
        "page_switch_p95_s": percentile(runs, 95),
        "completed_visits": len(seen.first_render_s),
        "errors": len(seen.errors),
        "error_examples": sorted(set(seen.errors))[:3],
        "refused": seen.refused,
        "reconnects": seen.reconnects,
        "to_page_again_max_s": round(max(seen.back_s), 2) if seen.back_s else None,
        "never_back": len(seen.lost),
        "peak_open_sessions": seen.peak_sessions,
        "peak_sessions_per_process": round(seen.peak_sessions / len(public.ports), 1),
        "server_cpu_s": round(cpu_burst, 1),
        "server_cpu_ms_per_visit": round(cpu_burst / max(1, args.visits) * 1000, 1),
        "server_cpu_ms_per_run": round(cpu_burst / max(1, n_runs) * 1000, 1),
        "server_cpu_share_of_2_cores": round(cpu_burst / burst_end / (os.cpu_count() or 1), 2),
        # The load generator (this process: the visitors' websockets, parsing every message)
        # and nginx, on the same machine as the processes.
        "client_cpu_s": round(client_cpu, 1),
        "client_cpu_ms_per_visit": round(client_cpu / max(1, args.visits) * 1000, 1),
        "nginx_cpu_s": round(nginx_cpu, 1),
        "other_work_cpu_cores": round(max(0.0, other_cpu) / burst_end, 2),
        "machine_busy_share": round((machine1[0] - machine0[0]) / burst_end / cores, 2),
        "rss_mib_start": round(rss[0][1], 1) if rss else None,
        "rss_mib_peak_in_burst": round(max(at_end), 1) if at_end else None,
        "rss_mib_end_of_burst": round(at_end[-1], 1) if at_end else None,
        "rss_mib_settled": round(statistics.median(settled), 1) if settled else None,
        "load_average_peak": round(max(la for *_, la in series), 2) if series else None,
        "load_average_end": load_average(),
        "kill": kill or None,
    }
    if rss and seen.peak_sessions:
        grown = out["rss_mib_peak_in_burst"] - out["rss_mib_start"]
        out["rss_mib_per_open_session"] = round(grown / seen.peak_sessions, 3)
    out["ok"] = (
        p95 is not None
        and p95 <= args.p95_target
        and not seen.errors
        and not seen.refused
        and not seen.lost
        and out["rss_mib_settled"] is not None
        and out["rss_mib_settled"] <= out["rss_mib_peak_in_burst"] + args.flat_mib
    )
    return out


# --- abuse -----------------------------------------------------------------------------------


async def abuse_part(args) -> dict:
    public = start(args.processes, args.option, args.ports)
    try:
        return await _abuse(public, args)
    finally:
        stop(public, args.keep)


async def _abuse(public: Public, args) -> dict:
    pages = await discover_pages(public.url)
    seen, abuser = Seen(), Seen()
    rng = random.Random(args.seed)
    local = addresses()
    t0 = time.monotonic()
    abuse_at, until = t0 + args.abuse_at, t0 + args.abuse_at + args.abuse_for
    with ThreadPoolExecutor(64) as pool:
        browsers = [
            asyncio.create_task(
                fault_browse(
                    Visitor(public.url, next(local), seen, pool),
                    pages,
                    random.Random(rng.random()),
                    args,
                    seen,
                    until,
                    [],
                )
            )
            for _ in range(args.browsers)
        ]
        await asyncio.sleep(max(0.0, abuse_at - time.monotonic()))

        async def abusive_session(i: int) -> None:
            v = Visitor(public.url, ABUSER, abuser, pool)
            try:
                await v.open(pages[i % len(pages)])
                while time.monotonic() < until:
                    await asyncio.sleep(args.think)
                    await v.run(rng=random.Random(i))
            except Refused:
                abuser.refused += 1
            except VISIT_ERRORS as exc:
                abuser.errors.append(repr(exc)[:120])
            finally:
                await v.leave()

        abusive = [asyncio.create_task(abusive_session(i)) for i in range(args.abuse_sessions)]
        await asyncio.gather(*browsers, *abusive)
    quiet = [s for t, s in seen.run_s if t < abuse_at]
    during = [s for t, s in seen.run_s if t >= abuse_at]
    p95_during = percentile(during, 95)
    out = {
        "processes": len(public.ports),
        "browsers": args.browsers,
        "browser_runs_before": len(quiet),
        "browser_p95_before_s": percentile(quiet, 95),
        "browser_runs_during": len(during),
        "browser_p95_during_s": p95_during,
        "browser_errors": len(seen.errors),
        "browser_refused": seen.refused,
        "browser_error_examples": sorted(set(seen.errors))[:3],
        "abuser_sessions_tried": args.abuse_sessions,
        "abuser_sessions_let_in": abuser.peak_sessions,
        "abuser_refused": abuser.refused,
        "abuser_other_failures": len(abuser.errors),
        "abuser_failure_examples": sorted(set(abuser.errors))[:3],
        "limits": args.option or "defaults",
        "load_average": load_average(),
    }
    # They keep their p95: at most 1.5 times what it was before the abuse, or the target.
    before = out["browser_p95_before_s"] or 0.0
    out["ok"] = (
        p95_during is not None
        and p95_during <= max(args.abuse_p95_target, 1.5 * before)
        and not seen.errors
        and not seen.refused
    )
    return out


# --- main ------------------------------------------------------------------------------------


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--parts", default="fault", help="comma-separated: " + ",".join(PARTS))
    # the deployment's default (deploy/run_public.sh): two processes per core
    p.add_argument("--processes", type=int, default=4)
    p.add_argument(
        "--option",
        action="append",
        default=[],
        help="an option for deploy/run_public.sh, e.g. --option=--conn-per-address=40",
    )
    p.add_argument("--think", type=float, default=2.0, help="mean seconds between page switches")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument(
        "--port",
        dest="ports",
        type=lambda v: [int(v)],
        default=None,
        help="nginx on this port, the processes on the next ones (else free ports)",
    )
    p.add_argument("--keep", action="store_true", help="keep the logs of the run directory")
    f = p.add_argument_group("fault")
    f.add_argument("--sessions", type=int, default=50)
    f.add_argument("--ramp", type=float, default=5.0)
    f.add_argument("--duration", type=float, default=45.0)
    f.add_argument("--kill-at", type=float, default=None, help="seconds (fault: 15 by default)")
    f.add_argument("--back-target", type=float, default=30.0)
    n = p.add_argument_group("news")
    n.add_argument("--visits", type=int, default=10_000)
    n.add_argument("--window", type=float, default=600.0)
    n.add_argument("--settle", type=float, default=150.0, help="seconds of sampling after")
    n.add_argument("--p95-target", type=float, default=2.0)
    n.add_argument("--flat-mib", type=float, default=10.0, help="settled at most peak + this")
    a = p.add_argument_group("abuse")
    a.add_argument("--browsers", type=int, default=20)
    a.add_argument("--abuse-sessions", type=int, default=500)
    a.add_argument("--abuse-at", type=float, default=20.0)
    a.add_argument("--abuse-for", type=float, default=40.0)
    a.add_argument("--abuse-p95-target", type=float, default=1.0)
    args = p.parse_args(argv)
    args.option = [part for opt in args.option for part in opt.split("=", 1)]
    if not set(args.parts.split(",")) <= set(PARTS):
        p.error(f"--parts: choose among {', '.join(PARTS)}")
    if not 1 <= args.processes <= 8:
        p.error("--processes: 1 to 8")
    if not (0 < args.window <= 1200 and 0 < args.duration <= 600 and 0 <= args.settle <= 600):
        p.error("runs are bounded: --window 1200 s, --duration and --settle 600 s")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    report: dict = {"cpus": os.cpu_count(), "load_average_start": load_average()}
    for part in args.parts.split(","):
        part_args = argparse.Namespace(**vars(args))
        if part == "fault" and part_args.kill_at is None:
            part_args.kill_at = 15.0
        report[part] = asyncio.run(globals()[f"{part}_part"](part_args))
        print(json.dumps({part: report[part]}, ensure_ascii=False), file=sys.stderr, flush=True)
    report["load_average_end"] = load_average()
    report["ok"] = all(report[p]["ok"] for p in PARTS if p in report)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
