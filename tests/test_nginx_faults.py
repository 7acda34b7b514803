"""The public deployment under faults and abuse (deploy/run_public.sh: supervisord, 2 processes,
nginx), on loopback: per-address limits, failover when a process dies, supervision (a process
or nginx killed with SIGKILL comes back by itself).

The tests run in this file's order on one deployment (limits first, on a quiet deployment;
then the kill). Skipped when nginx is not installed, unless GNBV_REQUIRE_BROWSER=1 (CI, where
.ci/run installs Debian's nginx because this file's name contains "nginx"): then it fails.
Clients are told apart by the loopback address they bind to (127.0.0.2 and on), as nginx's
limits tell the public's addresses apart.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlparse

import pytest
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests.test_nginx_deploy import NGINX, RUN_PUBLIC, _arun, start_public, stop_public

CONN_PER_ADDRESS = 80  # run_public.sh's default: a class of 40 behind one address, two tabs each
REQ_BURST = 200
SUPERVISORCTL = [sys.executable, "-m", "supervisor.supervisorctl"]


@pytest.fixture(scope="module")
def public() -> Iterator[tuple[str, Path]]:
    proc, url, run_dir = start_public(2)
    yield url, run_dir
    stop_public(proc, run_dir)


def _pid(run_dir: Path, name: str) -> int | None:
    try:
        return int((run_dir / f"{name}.pid").read_text())
    except (OSError, ValueError):
        return None


def _ports(run_dir: Path) -> list[int]:
    conf = (run_dir / "nginx.conf").read_text()
    return [int(p) for p in re.findall(r"server 127\.0\.0\.1:(\d+) max_fails=", conf)]


def _get(url: str, path: str, local: str = "127.0.0.1", cookie: str = "") -> tuple[int, bytes]:
    parsed = urlparse(url)
    conn = HTTPConnection(parsed.hostname, parsed.port, timeout=30, source_address=(local, 0))
    try:
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _ws_url(url: str) -> str:
    return url.replace("http://", "ws://") + "/_stcore/stream"


async def _connect(url: str, local: str, cookie: str = ""):
    return await websockets.connect(
        _ws_url(url),
        subprotocols=["streamlit"],
        additional_headers={"Cookie": cookie} if cookie else {},
        max_size=None,
        open_timeout=60,
        local_addr=(local, 0),
    )


async def _run(ws, page: str = "", query: str = "") -> list[ForwardMsg]:
    msg = BackMsg()
    msg.rerun_script.query_string = query
    msg.rerun_script.page_name = page
    await ws.send(msg.SerializeToString())
    out = []
    async with asyncio.timeout(60):
        while True:
            fwd = ForwardMsg.FromString(await ws.recv())
            out.append(fwd)
            if fwd.WhichOneof("type") == "script_finished":
                return out


def _metrics(msgs: list[ForwardMsg]) -> list[str]:
    return [
        m.delta.new_element.metric.body
        for m in msgs
        if m.WhichOneof("type") == "delta"
        and m.delta.WhichOneof("type") == "new_element"
        and m.delta.new_element.WhichOneof("type") == "metric"
    ]


async def _hold_sessions(url: str, local: str, n: int) -> tuple[list, list[int]]:
    """Open ``n`` websockets from ``local``; (those open, the HTTP statuses of those refused)."""

    async def one():
        try:
            return await _connect(url, local)
        except websockets.InvalidStatus as exc:
            return exc.response.status_code

    results = await asyncio.gather(*(one() for _ in range(n)))
    held = [r for r in results if not isinstance(r, int)]
    return held, [r for r in results if isinstance(r, int)]


def test_one_address_over_the_connection_limit_is_refused_while_another_gets_through(public):
    """One address opens more sessions than the limit: exactly the limit gets in (a class of
    40 with two tabs each), the rest get 429; meanwhile another address loads the page and
    runs the app."""
    url, _ = public

    async def scenario():
        held, refused = await _hold_sessions(url, "127.0.0.2", CONN_PER_ADDRESS + 10)
        try:
            status, body = await asyncio.to_thread(_get, url, "/", "127.0.0.3")
            ws = await _connect(url, "127.0.0.3")
            try:
                msgs = await _run(ws)
            finally:
                await ws.close()
            more_refused = await _hold_sessions(url, "127.0.0.2", 1)
        finally:
            await asyncio.gather(*(ws.close() for ws in held))
        return len(held), refused, (status, body), msgs, more_refused

    held, refused, (status, body), msgs, more = _arun(scenario())
    assert held == CONN_PER_ADDRESS
    assert refused == [429] * 10
    assert more[0] == [] and more[1] == [429]
    assert status == 200 and b'<div id="root">' in body
    assert msgs[-1].script_finished == ForwardMsg.FINISHED_SUCCESSFULLY


def test_one_address_over_the_request_rate_is_refused_while_another_gets_through(public):
    url, _ = public
    parsed = urlparse(url)
    conn = HTTPConnection(parsed.hostname, parsed.port, timeout=30, source_address=("127.0.0.4", 0))
    statuses = []
    try:
        for _ in range(REQ_BURST + 60):
            conn.request("GET", "/_stcore/health")
            response = conn.getresponse()
            response.read()
            statuses.append(response.status)
    finally:
        conn.close()
    assert statuses.count(200) >= REQ_BURST  # a burst of a school's visits passes
    assert 429 in statuses
    assert set(statuses) <= {200, 429}
    assert _get(url, "/_stcore/health", "127.0.0.5") == (200, b"ok")
    assert _get(url, "/", "127.0.0.5")[0] == 200


def _route_to(url: str, run_dir: Path, port: int) -> str:
    """A route cookie nginx sends to the process on ``port``."""
    for i in range(200):
        cookie = f"gnbv_route=failover-{i}"
        _get(url, "/_stcore/health", "127.0.0.6", cookie)
        line = (run_dir / "access.log").read_text().splitlines()[-1]
        if f"route=failover-{i}" in line and f"upstream=127.0.0.1:{port}" in line:
            return cookie
    raise AssertionError(f"no route to {port}")


def test_a_visitor_whose_process_died_gets_the_page_and_the_view_back_from_another(public):
    """kill -9 of the process a visitor's session lives in (an out-of-memory kill): the open
    websocket closes; the page comes from nginx, the front end's health check and the new
    websocket's handshake go to the live process, and the run of the URL's page and language
    draws the view again."""
    url, run_dir = public
    victim, survivor = _ports(run_dir)
    cookie = _route_to(url, run_dir, victim)
    pid = _pid(run_dir, f"app-{victim}")

    async def scenario():
        ws = await _connect(url, "127.0.0.6", cookie)
        before = await _run(ws, "", "lang=en")
        os.kill(pid, signal.SIGKILL)
        closed = False
        async with asyncio.timeout(20):
            try:
                while True:  # what the process sent after the run, then the close
                    await ws.recv()
            except websockets.ConnectionClosed:
                closed = True
        page = await asyncio.to_thread(_get, url, "/?lang=en", "127.0.0.6", cookie)
        health = await asyncio.to_thread(_get, url, "/_stcore/health", "127.0.0.6", cookie)
        ws = await _connect(url, "127.0.0.6", cookie)  # the front end's reconnection
        try:
            after = await _run(ws, "", "lang=en")
        finally:
            await ws.close()
        return before, closed, page, health, after

    before, closed, page, health, after = _arun(scenario())
    assert closed
    assert page[0] == 200 and b'<div id="root">' in page[1]
    assert health == (200, b"ok")
    assert after[-1].script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
    # The plan's total, in English: the view drawn again from the URL (?lang=en).
    assert "VND 81,689 million" in _metrics(before)
    assert "VND 81,689 million" in _metrics(after)
    # nginx sent the health check and the websocket to the live process (a websocket is
    # logged when it closes).
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        log = (run_dir / "access.log").read_text().splitlines()
        served = [ln for ln in log if f"route={cookie[11:]}" in ln and f":{survivor}" in ln]
        if any("/_stcore/stream" in ln and '" 101 ' in ln for ln in served):
            break
        time.sleep(0.2)
    assert any("GET /_stcore/health HTTP" in ln and '" 200 ' in ln for ln in served), served
    assert any("/_stcore/stream" in ln and '" 101 ' in ln for ln in served), served


def test_a_killed_process_comes_back_by_itself_warmed(public):
    """supervisord restarts the killed process (the previous test killed it): its pid file
    comes back with a new pid once it answers and has run the app (a deep link finds its
    page); the other process was not touched."""
    _, run_dir = public
    victim, survivor = _ports(run_dir)
    survivor_pid = _pid(run_dir, f"app-{survivor}")
    pid = _pid(run_dir, f"app-{victim}")
    if pid is not None:  # run alone: kill it here
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        new = _pid(run_dir, f"app-{victim}")
        if new is not None and new != pid:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"the process on {victim} did not come back: {_status(run_dir)}")
    backend = f"http://127.0.0.1:{victim}"
    assert _get(backend, "/_stcore/health") == (200, b"ok")

    async def deep_link():
        ws = await websockets.connect(_ws_url(backend), subprotocols=["streamlit"], max_size=None)
        try:
            return await _run(ws, "kich-ban")
        finally:
            await ws.close()

    msgs = _arun(deep_link())
    assert "page_not_found" not in [m.WhichOneof("type") for m in msgs]
    assert msgs[-1].script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
    assert _pid(run_dir, f"app-{survivor}") == survivor_pid
    assert f"app:app-{victim}" in _status(run_dir) and "FATAL" not in _status(run_dir)


def _status(run_dir: Path) -> str:
    return subprocess.run(
        [*SUPERVISORCTL, "-c", str(run_dir / "supervisord.conf"), "status"],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout


def test_a_killed_nginx_comes_back_by_itself(public):
    """kill -9 of nginx's master: supervisord starts a new one (deploy/nginx_process.sh clears
    the old workers, which would keep the port), and the page answers again."""
    url, run_dir = public
    old = _pid(run_dir, "nginx")
    os.kill(old, signal.SIGKILL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = _pid(run_dir, "nginx")
        if new and new != old:
            try:
                if _get(url, "/", "127.0.0.7")[0] == 200:
                    break
            except OSError:
                pass
        time.sleep(0.3)
    else:
        pytest.fail(f"nginx did not come back: {_status(run_dir)}")
    status = _status(run_dir)
    while not re.search(r"nginx\s+RUNNING", status) and time.monotonic() < deadline:
        time.sleep(0.3)  # STARTING until it has stayed up startsecs
        status = _status(run_dir)
    assert re.search(r"nginx\s+RUNNING", status), status
    assert len(re.findall(r"app:app-\d+\s+RUNNING", status)) == 2, status
    # the killed master's workers are gone (none left in its process group)
    left = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == old and fields[0] != "Z":  # a zombie is gone, not yet reaped
            left.append(stat.parent.name)
    assert not left


def test_the_health_check_and_the_page_still_answer_after_all_that(public):
    url, _ = public
    with urllib.request.urlopen(url + "/_stcore/health", timeout=10) as r:
        assert r.read() == b"ok"
    try:
        with urllib.request.urlopen(url + "/du-lieu", timeout=10) as r:
            assert r.status == 200
    except urllib.error.HTTPError as exc:  # pragma: no cover - the assertion's message
        pytest.fail(f"HTTP {exc.code}")


def test_configure_only_writes_the_configurations_with_the_limits_asked(tmp_path):
    """--configure-only (for the systemd units): nginx.conf (checked by nginx -t) and
    supervisord.conf are written with the options' values, and nothing is started."""
    if not os.access(NGINX, os.X_OK):
        pytest.skip("nginx not installed")
    options = ["--processes", "3", "--first-port", "8791", "--listen", "127.0.0.1:8790"]
    options += ["--conn-per-address", "40", "--req-per-second", "5", "--req-burst", "100"]
    done = subprocess.run(
        [str(RUN_PUBLIC), "--configure-only", "--run-dir", str(tmp_path), *options],
        env={**os.environ, "PYTHON": sys.executable, "NGINX": NGINX},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    conf = (tmp_path / "nginx.conf").read_text()
    for port in (8791, 8792, 8793):
        assert f"server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;" in conf
    assert "limit_conn gnbv_app_conn 40;" in conf and "limit_conn gnbv_all_conn 160;" in conf
    assert "rate=5r/s" in conf and "limit_req zone=gnbv_app_req burst=100 nodelay;" in conf
    assert "proxy_next_upstream error timeout http_502 http_503 http_504;" in conf
    assert "@" not in re.sub(r"'sha256-[^']+'", "", conf.split("\n", 12)[-1])  # all filled in
    sup = (tmp_path / "supervisord.conf").read_text()
    assert "numprocs=3" in sup and "numprocs_start=8791" in sup and "@" not in sup
    assert "autorestart=true" in sup
    assert not list(tmp_path.glob("app-*.pid")) and not (tmp_path / "supervisord.pid").exists()
