"""Load test: N concurrent sessions rerunning the heaviest pages of a local dashboard.

Each session is a websocket client speaking Streamlit's own protocol (the protobufs shipped in
the installed streamlit package), as a browser tab does: it opens a page, then every few
seconds moves a random slider of that page to a random value and waits for the full rerun to
finish. It records the rerun latency (send -> ``script_finished``), every error (an exception
element, a failed or timed-out run, a dropped connection) and the server's resident memory.

Loopback only: the script refuses any host but 127.0.0.1 / localhost / ::1, and every run is
bounded in time (``--duration``, capped at 600 s).

Reproduce the README's figures (starts its own server with the repository's config, read-only):

    .venv/bin/python benchmarks/load_test.py --sessions 50 --duration 60

The public deployment, K processes behind nginx (deploy/run_public.sh; needs nginx):

    .venv/bin/python benchmarks/load_test.py --processes 2 --sessions 50 --duration 60

Against a server you started yourself (give its pid to sample its memory):

    .venv/bin/python benchmarks/load_test.py --url http://127.0.0.1:8501 --pid 12345

``--set runner.postScriptGC=true`` passes a config option to the server it starts (that is how
the choice in .streamlit/config.toml was measured). Exit status 1 when a target is missed
(p95 above ``--p95-target``, any error, or memory growing more than ``--rss-growth-mb``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.Slider_pb2 import Slider

REPO_ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
HEAVY_PAGES = ("kich-ban", "ban-do")  # scenarios, map
MAX_DURATION_S = 600
RUN_TIMEOUT_S = 30


@dataclass
class Results:
    first_load_s: list[float] = field(default_factory=list)
    rerun_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rss_mb: list[tuple[float, float]] = field(default_factory=list)  # (seconds since start, MB)


def check_loopback(url: str) -> None:
    host = urlparse(url).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to load-test {host!r}: only a local server (127.0.0.1)")


def rss_mb(pids: list[int]) -> float | None:
    """Resident memory of the processes ``pids`` together, in MB (Linux /proc)."""
    total = 0.0
    for pid in pids:
        try:
            lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        except OSError:
            return None
        total += next(int(ln.split()[1]) for ln in lines if ln.startswith("VmRSS:")) / 1024
    return total


class Session:
    """One browser tab: a websocket, the sliders of the page it is on."""

    def __init__(self, ws_url: str, page: str, query: str, results: Results, rng: random.Random):
        self.ws_url = ws_url
        self.page = page
        self.query = query
        self.results = results
        self.rng = rng
        self.sliders: dict[str, Slider] = {}

    def _rerun_msg(self, move_slider: bool) -> bytes:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        if move_slider and self.sliders:
            slider = self.rng.choice(list(self.sliders.values()))
            widget = state.widget_states.widgets.add()
            widget.id = slider.id
            if slider.type == Slider.SELECT_SLIDER and slider.options:
                widget.string_array_value.data.extend(
                    [self.rng.choice(slider.options)] * max(1, len(slider.default))
                )
            else:
                steps = round((slider.max - slider.min) / slider.step) if slider.step else 0
                values = [
                    slider.min + slider.step * self.rng.randint(0, steps)
                    for _ in range(max(1, len(slider.default)))
                ]
                widget.double_array_value.data.extend(sorted(values))
        return msg.SerializeToString()

    async def _run(self, ws, move_slider: bool) -> float | None:
        """Send one rerun; the seconds until it finished, None when it failed."""
        start = time.perf_counter()
        self._last = self._rerun_msg(move_slider)
        await ws.send(self._last)
        failed = None
        async with asyncio.timeout(RUN_TIMEOUT_S):
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await ws.recv())
                kind = fwd.WhichOneof("type")
                if kind == "new_session":
                    self.sliders = {}
                elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                    element = fwd.delta.new_element
                    element_kind = element.WhichOneof("type")
                    if element_kind == "exception":
                        failed = f"{self.page}: exception {element.exception.message[:200]}"
                        if os.environ.get("LOAD_TEST_DEBUG"):
                            print("\n".join(element.exception.stack_trace), file=sys.stderr)
                    elif element_kind == "slider" and not element.slider.disabled:
                        self.sliders[element.slider.id] = element.slider
                elif kind == "page_not_found":
                    failed = f"{self.page}: page not found {fwd.page_not_found.page_name!r}"
                    if os.environ.get("LOAD_TEST_DEBUG"):
                        print("PNF", move_slider, BackMsg.FromString(self._last), file=sys.stderr)
                elif kind == "script_finished":
                    if fwd.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        continue
                    if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                        failed = f"{self.page}: compile error"
                    break
        if failed:
            self.results.errors.append(failed)
            return None
        return time.perf_counter() - start

    async def run(self, stop_at: float, think_s: float) -> None:
        try:
            async with websockets.connect(
                self.ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=30
            ) as ws:
                first = await self._run(ws, move_slider=False)
                if first is not None:
                    self.results.first_load_s.append(first)
                while time.monotonic() < stop_at:
                    await asyncio.sleep(think_s * self.rng.uniform(0.5, 1.5))
                    if time.monotonic() >= stop_at:
                        break
                    took = await self._run(ws, move_slider=True)
                    if took is not None:
                        self.results.rerun_s.append(took)
        except TimeoutError:
            self.results.errors.append(f"{self.page}: a run took more than {RUN_TIMEOUT_S} s")
        except (OSError, websockets.WebSocketException) as exc:
            self.results.errors.append(f"{self.page}: connection: {exc!r}")


async def sample_memory(pids: list[int], results: Results, t0: float, stop: asyncio.Event):
    while pids:
        mb = rss_mb(pids)
        if mb is not None:
            results.rss_mb.append((time.monotonic() - t0, mb))
        try:
            await asyncio.wait_for(stop.wait(), timeout=1.0)
            return
        except TimeoutError:
            pass


async def load(args, url: str, pids: list[int]) -> Results:
    results = Results()
    parsed = urlparse(url)
    ws_url = f"ws://{parsed.netloc}{parsed.path.rstrip('/')}/_stcore/stream"
    rng = random.Random(args.seed)
    pages = args.pages.split(",")
    t0 = time.monotonic()
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_memory(pids, results, t0, stop))
    stop_at = t0 + args.duration
    sessions = [
        Session(ws_url, pages[i % len(pages)], args.query, results, random.Random(rng.random()))
        for i in range(args.sessions)
    ]
    tasks = []
    for s in sessions:  # arrive over ramp seconds, as visitors do
        tasks.append(asyncio.create_task(s.run(stop_at, args.think)))
        await asyncio.sleep(args.ramp / max(1, args.sessions))
    await asyncio.gather(*tasks)
    # After every session left: does the memory come back down?
    await asyncio.sleep(args.settle)
    stop.set()
    await sampler
    return results


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(options: list[str], log: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(REPO_ROOT / "app.py")]
    cmd += ["--server.headless", "true", "--server.address", "127.0.0.1"]
    cmd += ["--server.port", str(port), "--browser.gatherUsageStats", "false"]
    for opt in options:
        key, _, value = opt.partition("=")
        cmd += [f"--{key}", value]
    env = {**os.environ, "GNBV_READ_ONLY": os.environ.get("GNBV_READ_ONLY", "1")}
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("streamlit did not start within 60 s")


def start_public(processes: int) -> tuple[subprocess.Popen, str, list[int]]:
    """deploy/run_public.sh with ``processes`` processes on free loopback ports."""
    run_dir = Path(tempfile.mkdtemp(prefix="gnbv-load-public-"))
    run_dir.chmod(0o755)
    listen, first = _free_port(), _free_port() + 1000
    while not all(_port_is_free(first + i) for i in range(processes)):
        first += processes
    cmd = [str(REPO_ROOT / "deploy" / "run_public.sh"), "--processes", str(processes)]
    cmd += ["--listen", f"127.0.0.1:{listen}", "--first-port", str(first)]
    cmd += ["--run-dir", str(run_dir)]
    with (run_dir / "run_public.log").open("w") as out:
        proc = subprocess.Popen(
            cmd, env={**os.environ, "PYTHON": sys.executable}, stdout=out, stderr=out
        )
    url = f"http://127.0.0.1:{listen}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"run_public.sh failed: {(run_dir / 'run_public.log').read_text()}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2):
                pids = [int(f.read_text()) for f in sorted(run_dir.glob("app-*.pid"))]
                return proc, url, pids
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("the public deployment did not start within 120 s")


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def summary(args, results: Results) -> dict:
    rss = results.rss_mb
    during = [mb for t, mb in rss if t <= args.duration]
    # Memory "stable": the second half of the run holds no more than the first half did.
    half = [mb for t, mb in rss if args.duration / 2 <= t <= args.duration]
    first_half = [mb for t, mb in rss if args.ramp < t < args.duration / 2]
    return {
        "sessions": args.sessions,
        "duration_s": args.duration,
        "pages": args.pages,
        "think_s": args.think,
        "reruns": len(results.rerun_s),
        "reruns_per_s": round(len(results.rerun_s) / args.duration, 1),
        "rerun_p50_s": round(percentile(results.rerun_s, 50), 3),
        "rerun_p95_s": round(percentile(results.rerun_s, 95), 3),
        "rerun_max_s": round(max(results.rerun_s, default=float("nan")), 3),
        "first_load_p95_s": round(percentile(results.first_load_s, 95), 3),
        "errors": len(results.errors),
        "error_examples": sorted(set(results.errors))[:5],
        "rss_start_mb": round(rss[0][1], 1) if rss else None,
        "rss_peak_mb": round(max(during), 1) if during else None,
        "rss_first_half_max_mb": round(max(first_half), 1) if first_half else None,
        "rss_second_half_max_mb": round(max(half), 1) if half else None,
        "rss_end_mb": round(rss[-1][1], 1) if rss else None,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="a running local server; default: start one (read-only)")
    p.add_argument(
        "--pid", type=int, action="append", default=[], help="pid(s) of the server at --url"
    )
    p.add_argument(
        "--processes", type=int, default=1, help="K > 1: K processes behind nginx (run_public.sh)"
    )
    p.add_argument("--sessions", type=int, default=50)
    p.add_argument("--duration", type=float, default=60, help="seconds (at most 600)")
    p.add_argument("--pages", default=",".join(HEAVY_PAGES), help="url paths, comma-separated")
    p.add_argument("--query", default="", help="query string every session sends, e.g. lang=en")
    p.add_argument("--think", type=float, default=2.0, help="mean seconds between reruns")
    p.add_argument("--ramp", type=float, default=5.0, help="seconds over which sessions arrive")
    p.add_argument("--settle", type=float, default=5.0, help="seconds to watch memory after")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE")
    p.add_argument("--p95-target", type=float, default=1.0)
    p.add_argument("--rss-growth-mb", type=float, default=100.0)
    p.add_argument("--json", action="store_true", help="print only the JSON summary")
    p.add_argument(
        "--server-log",
        default=str(Path(tempfile.gettempdir()) / "gnbv-load-test-server.log"),
        help="where the server it starts writes its log (tracebacks of errors)",
    )
    args = p.parse_args(argv)
    if not 0 < args.duration <= MAX_DURATION_S:
        p.error(f"--duration must be in (0, {MAX_DURATION_S}]")
    if not 0 < args.sessions <= 500:
        p.error("--sessions must be in [1, 500]")

    proc = public = None
    if args.url:
        check_loopback(args.url)
        url, pids = args.url.rstrip("/"), args.pid
    elif args.processes > 1:
        public, url, pids = start_public(args.processes)
    else:
        proc, url = start_server(args.set, Path(args.server_log))
        pids = [proc.pid]
    try:
        # Warm the caches once, as the first visitor would.
        warm = Results()
        ws_url = f"ws://{urlparse(url).netloc}/_stcore/stream"
        # Home first: the very first run of a process does not know the pages' url paths
        # (see deploy/warm_up.py).
        for page in ["", *args.pages.split(",")]:
            asyncio.run(Session(ws_url, page, args.query, warm, random.Random(0)).run(0, 0))
        results = asyncio.run(load(args, url, pids))
        results.errors += warm.errors
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=15)
        if public is not None:
            public.terminate()  # run_public.sh stops nginx and its processes
            public.wait(timeout=30)
    out = summary(args, results)
    out["processes"] = len(pids) if pids else None
    if proc is not None:
        out["server_log"] = args.server_log
    print(json.dumps(out, indent=None if args.json else 2, ensure_ascii=False))
    ok = (
        out["errors"] == 0
        and out["reruns"] > 0
        and out["rerun_p95_s"] <= args.p95_target
        and (
            out["rss_first_half_max_mb"] is None
            or out["rss_second_half_max_mb"] - out["rss_first_half_max_mb"] <= args.rss_growth_mb
        )
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
