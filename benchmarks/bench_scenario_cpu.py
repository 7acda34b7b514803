"""Server CPU per run of the scenario page, against a title-only page (Streamlit's floor)
served the same way in the same run.

Two streamlit processes on loopback, both started from the repository root (so both read
``.streamlit/config.toml``): the dashboard, and a script that writes only a title. One
websocket client per process speaks Streamlit's own protocol (as a browser tab does, see
``benchmarks/load_test.py``) and asks for runs one after the other; the server's CPU time
(user + system, from /proc) over N runs, divided by N, is the figure.

Measured on the scenario page (``/kich-ban``):

* ``full``: a warm full run (a rerun of the whole page with nothing changed, as after a
  language switch or a reload of the session);
* ``slider``: a rate slider moved back and forth between two values, sent as the browser
  sends it (with the id of the fragment the slider lives in, when it lives in one), so only
  what depends on it reruns; its results are cached after the first two moves;
* ``slider_new``: the same with a value never seen before at every move (nothing cached:
  the projection, the headline and the open section are built).

Reproduce from the repository root (prints JSON; report the load average beside it):

    python benchmarks/bench_scenario_cpu.py [--runs 100] [--query lang=en]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.Slider_pb2 import Slider

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.st_client import free_port

REPO_ROOT = Path(__file__).resolve().parents[1]
FLOOR_SCRIPT = 'import streamlit as st\n\nst.title("floor")\n'
RUN_TIMEOUT_S = 60
SLIDER_KEY = "scn_other_communes_rate"  # the slider moved by the "slider" measure


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` so far (Linux /proc; clock ticks of 10 ms)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(script: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true"]
    cmd += ["--server.address", "127.0.0.1", "--server.port", str(port)]
    cmd += ["--browser.gatherUsageStats", "false"]
    proc = subprocess.Popen(
        cmd,
        cwd=REPO_ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
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


class Tab:
    """One browser tab on one page: sends runs, remembers the page's sliders."""

    def __init__(self, ws, page: str, query: str):
        self.ws, self.page, self.query = ws, page, query
        self.sliders: dict[str, tuple[Slider, str]] = {}  # key -> (slider, fragment id)

    async def run(self, slider_value: float | None = None) -> None:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        if slider_value is not None:
            slider, fragment_id = self.sliders[SLIDER_KEY]
            widget = state.widget_states.widgets.add()
            widget.id = slider.id
            if slider.type == Slider.SELECT_SLIDER:
                options = list(slider.options)
                index = min(range(len(options)), key=lambda i: abs(i - slider_value * 10))
                widget.string_array_value.data.append(options[index])
            else:
                widget.double_array_value.data.append(slider_value)
            if fragment_id:
                state.fragment_id = fragment_id
        await self.ws.send(msg.SerializeToString())
        async with asyncio.timeout(RUN_TIMEOUT_S):
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await self.ws.recv())
                kind = fwd.WhichOneof("type")
                if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                    element = fwd.delta.new_element
                    which = element.WhichOneof("type")
                    if which == "exception":
                        raise SystemExit(f"exception on {self.page}: {element.exception.message}")
                    if which == "slider" and SLIDER_KEY in element.slider.id:
                        self.sliders[SLIDER_KEY] = (element.slider, fwd.delta.fragment_id)
                elif kind == "script_finished":
                    if fwd.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        continue
                    return


async def measure(url: str, pid: int, page: str, query: str, runs: int, slider: bool) -> dict:
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None) as ws:
        tab = Tab(ws, page, query)
        for _ in range(3):  # first loads: caches, imports, lazy modules
            await tab.run()
        out = {}
        measures = ("full", "slider", "slider_new") if SLIDER_KEY in tab.sliders else ("full",)
        for name in measures if slider else ("full",):
            walls = []
            cpu0 = cpu_seconds(pid)
            for i in range(runs):
                value = {"slider": (5.0, 6.0)[i % 2], "slider_new": 10 + i / 100}.get(name)
                t0 = time.perf_counter()
                await tab.run(value)
                walls.append(time.perf_counter() - t0)
            cpu = (cpu_seconds(pid) - cpu0) / runs
            out[name] = {
                "cpu_ms_per_run": round(cpu * 1000, 2),
                "wall_ms_median": round(statistics.median(walls) * 1000, 2),
            }
        return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=100)
    p.add_argument("--query", default="", help="query string sent with every run, e.g. lang=en")
    args = p.parse_args()
    if not 0 < args.runs <= 5000:
        p.error("--runs must be in [1, 5000]")
    floor_dir = Path(tempfile.mkdtemp(prefix="gnbv-floor-"))
    (floor_dir / "floor.py").write_text(FLOOR_SCRIPT)
    env = {
        "GNBV_READ_ONLY": "1",
        "GNBV_SCENARIO_DB": str(floor_dir / "bench.sqlite3"),
    }
    procs = []
    try:
        floor, floor_url = start(floor_dir / "floor.py", env)
        procs.append(floor)
        app, app_url = start(REPO_ROOT / "app.py", env)
        procs.append(app)
        # Run home once first: the first run of a process fills its caches, which the
        # measured runs should not pay for.
        asyncio.run(measure(app_url, app.pid, "", args.query, 1, slider=False))
        result = {
            "floor": asyncio.run(measure(floor_url, floor.pid, "", args.query, args.runs, False)),
            "scenarios": asyncio.run(
                measure(app_url, app.pid, "kich-ban", args.query, args.runs, True)
            ),
        }
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=15)
    floor_cpu = result["floor"]["full"]["cpu_ms_per_run"]
    for figures in result["scenarios"].values():
        figures["ratio_to_floor"] = round(figures["cpu_ms_per_run"] / floor_cpu, 1)
    result["runs"] = args.runs
    result["query"] = args.query
    result["load_average_1m"] = round(os.getloadavg()[0], 2)
    result["cpus"] = os.cpu_count()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
