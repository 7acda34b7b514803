"""A Streamlit browser tab without the browser, for the benchmarks: a websocket client speaking
Streamlit's own protocol (the protobufs shipped in the installed streamlit package).

Like the front end, a :class:`Tab` remembers the state of every widget the server drew (its
default until the tab changes it) and sends all of them with every rerun, marks a rerun with
the widget's ``fragment_id`` when the widget lives in a fragment (only the fragment reruns),
and tells the server which large messages it already holds (``cached_message_hashes``), so
the server sends a reference instead of a message it sent before. It also reads the app's
navigation, so the benchmarks follow the pages the app declares.

Also here: starting a server (the app or any script) on a free loopback port, and reading a
process's CPU time and resident memory from ``/proc``.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import subprocess
import sys
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
RUN_TIMEOUT_S = 30
SIDEBAR = 1  # delta_path[0] of the sidebar container (0 is the main area)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
# Element kinds that are widgets with a state the front end keeps and sends back.
WIDGET_KINDS = {"slider", "selectbox", "radio", "button_group", "checkbox", "number_input"}
SELECTABLE_CHARTS = {"plotly_chart", "deck_gl_json_chart"}


def check_loopback(url: str) -> None:
    host = urlparse(url).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to load-test {host!r}: only a local server (127.0.0.1)")


# --- processes -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen | None = None, timeout_s: float = 60) -> None:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"the server at {url} exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {timeout_s:.0f} s")


def start_server(
    script: Path, log: Path, options: list[str] = (), env: dict[str, str] | None = None
) -> tuple[subprocess.Popen, str]:
    """``streamlit run script`` on a free loopback port, from the repository root (so with the
    repository's ``.streamlit/config.toml``), read-only unless ``env`` says otherwise."""
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script)]
    cmd += ["--server.headless", "true", "--server.address", "127.0.0.1"]
    cmd += ["--server.port", str(port), "--browser.gatherUsageStats", "false"]
    for opt in options:
        key, _, value = opt.partition("=")
        cmd += [f"--{key}", value]
    env = {"GNBV_READ_ONLY": "1", **os.environ, **(env or {})}
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
    except SystemExit:
        proc.kill()
        raise
    return proc, url


def stop(proc: subprocess.Popen, timeout_s: float = 15) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far, threads that ended included."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_mb(pids: list[int]) -> float | None:
    """Resident memory of the processes ``pids`` together, in MiB."""
    total = 0.0
    for pid in pids:
        try:
            lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        except OSError:
            return None
        total += next(int(ln.split()[1]) for ln in lines if ln.startswith("VmRSS:")) / 1024
    return total


def ws_url(url: str) -> str:
    parsed = urlparse(url)
    return f"ws://{parsed.netloc}{parsed.path.rstrip('/')}/_stcore/stream"


# --- widgets -------------------------------------------------------------------------------


@dataclass
class Widget:
    """A widget as the front end knows it: its proto, where it is, its value on the wire."""

    id: str
    kind: str
    proto: object
    fragment_id: str = ""
    in_sidebar: bool = False
    field: str = ""  # the WidgetState field of its value
    value: object = None  # None: nothing sent (the server uses the default)

    def choices(self) -> list:
        """The values the tab may set, each a value of ``field`` (other than the current)."""
        return [v for v in _choices(self) if v != self.value]


def _slider_values(p) -> list:
    if p.type == Slider.SELECT_SLIDER:
        return [[o] * max(1, len(p.default)) for o in p.options]
    steps = round((p.max - p.min) / p.step) if p.step else 0
    picks = sorted({round(p.min + p.step * i, 9) for i in range(0, steps + 1)})
    if len(p.default) > 1:  # a range: move its upper end
        return [[p.min, v] for v in picks]
    return [[v] for v in picks]


def _plotly_points(p) -> list:
    trace = json.loads(p.spec)["data"][0]
    points = []
    for i, (x, y) in enumerate(zip(trace.get("x", []), trace.get("y", []))):
        point = {"curve_number": 0, "point_number": i, "point_index": i, "x": x, "y": y}
        if "customdata" in trace:
            point["customdata"] = trace["customdata"][i]
        points.append(
            json.dumps(
                {"selection": {"points": [point], "point_indices": [i], "box": [], "lasso": []}}
            )
        )
    return points


def _deck_objects(p) -> list:
    spec = json.loads(p.json)
    picks = []
    for layer in spec.get("layers", []):
        data = layer.get("data")
        if not layer.get("pickable") or not isinstance(data, dict):
            continue
        for i, feature in enumerate(data.get("features", [])):
            sel = {"indices": {layer["id"]: [i]}, "objects": {layer["id"]: [feature]}}
            picks.append(json.dumps({"selection": sel}))
    return picks


def _choices(w: Widget) -> list:
    p = w.proto
    if w.kind == "slider":
        return _slider_values(p)
    if w.kind in ("selectbox", "radio"):
        return list(p.options)
    if w.kind == "button_group":
        return [[o.content] for o in p.options]
    if w.kind == "checkbox":
        return [True, False]
    if w.kind == "number_input":
        return [p.min + p.step * i for i in range(10)] if p.has_min and p.step else []
    if w.kind == "plotly_chart":
        return _plotly_points(p)
    if w.kind == "deck_gl_json_chart":
        return _deck_objects(p)
    return []


def _initial(kind: str, p) -> tuple[str, object]:
    """The WidgetState field and value the front end sets when the widget appears."""
    if kind == "slider":
        if p.type == Slider.SELECT_SLIDER:
            return "string_array_value", [p.options[int(i)] for i in p.default]
        return "double_array_value", list(p.default)
    if kind in ("selectbox", "radio"):
        chosen = p.options[p.default] if p.HasField("default") else None
        return "string_value", chosen
    if kind == "button_group":
        return "string_array_value", [p.options[i].content for i in p.default]
    if kind == "checkbox":
        return "bool_value", p.default
    if kind == "number_input":
        return "double_value", p.default if p.HasField("default") else None
    return "string_value", None  # selectable charts: no state until something is selected


def _set_by_server(kind: str, p) -> object:
    """The value the server set the widget to (``set_value``: a value from the session
    state, e.g. a scenario's or an allocation's, or a reset), which the front end takes
    and sends back from then on; None when the server set none."""
    if not getattr(p, "set_value", False):
        return None
    if kind == "slider":
        if p.type == Slider.SELECT_SLIDER:
            return list(p.raw_value)
        return list(p.value)
    if kind in ("selectbox", "radio"):
        return p.raw_value if p.HasField("raw_value") else None
    if kind == "button_group":
        return list(p.raw_values)
    if kind == "checkbox":
        return p.value
    if kind == "number_input":
        return p.value if p.HasField("value") else None
    return None


def _finished(fwd: ForwardMsg, run: Run) -> bool:
    """Whether this ``script_finished`` ends the run (not one cut short by a rerun)."""
    if fwd.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
        return False
    if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
        run.error = "compile error"
    return True


# --- the tab ---------------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    error: str | None = None
    fragment: bool = False
    referenced: int = 0  # messages the server sent as a reference to the tab's cache
    bytes: int = 0


@dataclass
class Tab:
    """One browser tab on one page of the app."""

    page: str  # url path of the page ("" = the default page)
    query: str = ""
    widgets: dict[str, Widget] = field(default_factory=dict)
    # The large messages the tab holds, as the front end's message cache: hash -> (the run it
    # was last used in, the message).
    cached: dict[str, tuple[int, ForwardMsg]] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)  # url paths from the app's navigation
    runs: int = 0
    exclude_sidebar: bool = True
    ws: object = None

    async def connect(
        self, url: str, headers: dict[str, str] | None = None, local_address: str | None = None
    ) -> None:
        """Open the tab's websocket; from ``local_address`` (a loopback address such as
        127.0.0.2: another client for nginx's per-address limits) when given."""
        extra = {"local_addr": (local_address, 0)} if local_address else {}
        self.ws = await websockets.connect(
            ws_url(url),
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=60,
            additional_headers=headers,
            **extra,
        )

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    def changeable(self) -> list[Widget]:
        return [
            w
            for w in self.widgets.values()
            if w.choices() and not (self.exclude_sidebar and w.in_sidebar)
        ]

    def _message(self, change: Widget | None, value: object) -> bytes:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        state.cached_message_hashes.extend(self.cached)
        if change is not None:
            state.fragment_id = change.fragment_id
        for w in self.widgets.values():
            v = value if w is change else w.value
            if v is None:
                continue
            ws = state.widget_states.widgets.add()
            ws.id = w.id
            if w.field in ("double_array_value", "string_array_value"):
                getattr(ws, w.field).data.extend(v)
            else:
                setattr(ws, w.field, v)
        return msg.SerializeToString()

    async def run(self, rng: random.Random | None = None) -> Run:
        """A full rerun with the widgets as they are, or with ``rng``: one widget changed to
        a random other value (a fragment rerun when it lives in a fragment)."""
        change, value = None, None
        options = self.changeable() if rng is not None else []
        if options:
            change = rng.choice(options)
            value = rng.choice(change.choices())
        start = time.perf_counter()
        await self.ws.send(self._message(change, value))
        run = Run(0.0, fragment=bool(change and change.fragment_id))
        if change is not None:
            change.value = value
        async with asyncio.timeout(RUN_TIMEOUT_S):
            seen = await self._receive(run)
        if not run.fragment:  # the front end forgets widgets a full run no longer draws
            self.widgets = {k: w for k, w in self.widgets.items() if k in seen}
        self.runs += 1
        self.cached = {h: c for h, c in self.cached.items() if self.runs - c[0] <= 2}
        run.seconds = time.perf_counter() - start
        return run

    async def _receive(self, run: Run) -> set[str]:
        seen: set[str] = set()
        while True:
            raw = await self.ws.recv()
            run.bytes += len(raw)
            fwd = ForwardMsg.FromString(raw)
            kind = fwd.WhichOneof("type")
            if kind == "ref_hash":
                self._resolve(fwd, run, seen)
            elif kind == "delta":
                if fwd.metadata.cacheable:
                    self.cached[fwd.hash] = (self.runs, fwd)
                self._delta(fwd, run, seen)
            elif kind == "navigation":
                self.pages = [p.url_pathname for p in fwd.navigation.app_pages]
            elif kind == "page_not_found":
                run.error = f"page not found {fwd.page_not_found.page_name!r}"
            elif kind == "script_finished" and _finished(fwd, run):
                return seen

    def _resolve(self, ref: ForwardMsg, run: Run, seen: set[str]) -> None:
        """A message the server sent as a reference to one the tab holds."""
        run.referenced += 1
        if ref.ref_hash not in self.cached:
            run.error = run.error or "a reference to a message the tab does not hold"
            return
        held = self.cached[ref.ref_hash][1]
        self.cached[ref.ref_hash] = (self.runs, held)
        resolved = ForwardMsg()
        resolved.CopyFrom(held)
        resolved.metadata.CopyFrom(ref.metadata)
        self._delta(resolved, run, seen)

    def _delta(self, fwd, run: Run, seen: set[str]) -> None:
        if fwd.delta.WhichOneof("type") != "new_element":
            return
        element = fwd.delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            run.error = run.error or f"exception {element.exception.message[:200]}"
            return
        if kind not in WIDGET_KINDS and kind not in SELECTABLE_CHARTS:
            return
        proto = getattr(element, kind)
        if getattr(proto, "disabled", False) or not proto.id:
            return
        if kind in SELECTABLE_CHARTS and not proto.selection_mode:
            return
        seen.add(proto.id)
        old = self.widgets.get(proto.id)
        name, initial = _initial(kind, proto)
        value = old.value if old is not None else initial
        set_by_server = _set_by_server(kind, proto)
        if set_by_server is not None:  # as the front end does: the server's value wins
            value = set_by_server
        self.widgets[proto.id] = Widget(
            id=proto.id,
            kind=kind,
            proto=proto,
            fragment_id=fwd.delta.fragment_id,
            in_sidebar=bool(fwd.metadata.delta_path) and fwd.metadata.delta_path[0] == SIDEBAR,
            field=name,
            value=value,
        )
