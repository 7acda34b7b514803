"""The public deployment (deploy/run_public.sh): 2 read-only processes behind nginx on loopback.

Skipped when nginx is not installed, unless GNBV_REQUIRE_BROWSER=1 (CI, where .ci/run installs
Debian's nginx because this file's name contains "nginx"): then it fails.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import gzip
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from gnbv import i18n
from gnbv.settings import REPO_ROOT
from ui.common import HTML_LANG_JS

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
RUN_PUBLIC = REPO_ROOT / "deploy" / "run_public.sh"


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn and nginx do
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_ports(n: int) -> int:
    """The first of ``n`` consecutive free loopback ports."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        base = s.getsockname()[1]
    for start in range(base, base + 2000):
        if start + n < 65535 and all(_port_free(start + i) for i in range(n)):
            return start
    raise RuntimeError("no free ports")


def start_public(
    processes: int = 2, options: list[str] = (), ports: tuple[int, int] | None = None
) -> tuple[subprocess.Popen, str, Path]:
    """Start deploy/run_public.sh on loopback, with more of its ``options`` (say
    ``["--conn-per-address", "5"]``), nginx and the processes on free ports unless ``ports``
    says (nginx's, the first process's); (process, url, run dir). Stop with stop_public."""
    if not os.access(NGINX, os.X_OK):
        reason = "nginx not installed (apt-get install nginx)"
        if os.environ.get("GNBV_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    run_dir = Path(tempfile.mkdtemp(prefix="gnbv-public-"))
    run_dir.chmod(0o755)  # nginx workers (www-data when started as root) use run_dir/tmp
    listen, first = ports or (_free_ports(1), _free_ports(processes))
    proc = subprocess.Popen(
        [
            str(RUN_PUBLIC),
            "--processes",
            str(processes),
            "--listen",
            f"127.0.0.1:{listen}",
            "--first-port",
            str(first),
            "--run-dir",
            str(run_dir),
            *options,
        ],
        env={**os.environ, "PYTHON": sys.executable, "NGINX": NGINX},
        stdout=(run_dir / "run_public.log").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{listen}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            log = (run_dir / "run_public.log").read_text()
            raise RuntimeError(f"run_public.sh exited {proc.returncode}: {log}")
        started = "GNBV read-only:" in (run_dir / "run_public.log").read_text()
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200 and started:  # and run_public.sh is done starting
                    return proc, url, run_dir
        except OSError:
            pass
        time.sleep(0.5)
    stop_public(proc, run_dir)
    raise RuntimeError("the public deployment did not start within 120 s")


def stop_public(proc: subprocess.Popen, run_dir: Path) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)  # run_public.sh stops nginx and the processes
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def public() -> Iterator[tuple[str, Path, subprocess.Popen]]:
    proc, url, run_dir = start_public()
    yield url, run_dir, proc
    stop_public(proc, run_dir)


def _get(url: str, cookie: str | None = None):
    req = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def test_page_and_health_through_nginx(public):
    url, _, _ = public
    status, _, body = _get(url + "/")
    assert status == 200 and b'<div id="root">' in body
    status, _, body = _get(url + "/_stcore/health")
    assert (status, body) == (200, b"ok")


def test_security_headers(public):
    url, _, _ = public
    _, headers, _body = _get(url + "/")
    csp = headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "worker-src 'self' blob:",
    ):
        assert directive in csp
    assert "'unsafe-eval'" not in csp and "*" not in csp
    # The one inline script of streamlit's index.html is allowed by its hash, nothing else.
    index = (Path(streamlit.__file__).parent / "static" / "index.html").read_text("utf-8")
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", index, flags=re.S)
    assert inline
    # ...and the app's script that sets <html lang>, exactly as ui.common sends it.
    for script in [*inline, HTML_LANG_JS]:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Server"] == "nginx"  # no version
    assert "gnbv_route=" in headers["Set-Cookie"] and "HttpOnly" in headers["Set-Cookie"]


def test_streamlits_files_come_from_nginx_compressed_and_cached(public):
    """The scripts a first visit fetches (about sixty) are sent by nginx from the copy
    run_public.sh made, gzip'd in advance, cacheable for a year, with the same headers."""
    url, run_dir, _ = public
    _, _, index = _get(url + "/")
    script = re.search(rb'src="\./(static/js/[^"]+\.js)"', index)[1].decode()
    original = (Path(streamlit.__file__).parent / "static" / script).read_bytes()
    req = urllib.request.Request(f"{url}/{script}", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req, timeout=10) as r:
        headers, body = r.headers, r.read()
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == original
    assert headers["Content-Type"] == "application/javascript"
    assert "max-age=31536000" in headers["Cache-Control"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    status, plain_headers, plain = _get(f"{url}/{script}")  # no gzip asked: the file itself
    assert status == 200 and plain == original and "Content-Encoding" not in plain_headers
    # nginx, not a streamlit process, answered: no upstream in the access log for it
    line = next(ln for ln in (run_dir / "access.log").read_text().splitlines() if script in ln)
    assert "upstream=-" in line


def test_the_page_is_sent_by_nginx_as_streamlit_sends_it(public):
    """The page of every app path (the home page a news link opens, a deep link with its
    query) is Streamlit's index.html sent by nginx from its copy, with the route cookie, the
    security headers and Streamlit's no-cache; Streamlit's own routes still reach a process."""
    url, run_dir, _ = public
    original = (Path(streamlit.__file__).parent / "static" / "index.html").read_bytes()
    backend = re.search(r"server (127\.0\.0\.1:\d+)[ ;]", (run_dir / "nginx.conf").read_text())[1]
    assert _get(f"http://{backend}/")[2] == original  # what a process itself sends
    for path in ("/", "/?lang=en", "/kinh-phi", "/kich-ban?lang=en&n=3"):
        status, headers, body = _get(url + path)
        assert (status, body) == (200, original), path
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert headers["Cache-Control"] == "no-cache"
        assert headers["Set-Cookie"].startswith("gnbv_route=")
        assert "default-src 'self'" in headers["Content-Security-Policy"]
    req = urllib.request.Request(url + "/", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert gzip.decompress(r.read()) == original
    log = (run_dir / "access.log").read_text().splitlines()
    pages = [ln for ln in log if '"GET /kinh-phi HTTP' in ln or '"GET /?lang=en HTTP' in ln]
    assert pages and all("upstream=-" in ln for ln in pages)
    _get(url + "/_stcore/health", cookie="gnbv_route=page-test")
    health = [ln for ln in (run_dir / "access.log").read_text().splitlines() if "page-test" in ln]
    assert "upstream=127.0.0.1:" in health[-1]


def test_private_endpoints_are_closed(public):
    url, _, _ = public
    assert _get(url + "/_stcore/metrics")[0] == 404
    assert _get(url + "/_stcore/upload_file/x/y")[0] == 403
    assert _get(url + "/_stcore/agent/interact")[0] == 404


def _arun(coro):
    """asyncio.run in a thread of its own: playwright's sync API (the browser tests) keeps an
    event loop running in the main thread."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _ws_run(url: str, cookie: str, page: str = "") -> list[ForwardMsg]:
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    async with websockets.connect(
        ws_url,
        subprotocols=["streamlit"],
        additional_headers={"Cookie": cookie} if cookie else {},
        max_size=None,
    ) as ws:
        msg = BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_name = page
        await ws.send(msg.SerializeToString())
        out = []
        async with asyncio.timeout(60):
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await ws.recv())
                out.append(fwd)
                if fwd.WhichOneof("type") == "script_finished":
                    return out


def test_websocket_session_through_the_proxy_in_read_only_mode(public):
    url, _, _ = public
    msgs = _arun(_ws_run(url, "gnbv_route=ws-test"))
    assert msgs[-1].script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
    elements = [
        m.delta.new_element
        for m in msgs
        if m.WhichOneof("type") == "delta" and m.delta.WhichOneof("type") == "new_element"
    ]
    assert not [e for e in elements if e.WhichOneof("type") == "exception"]
    alerts = " ".join(e.alert.body for e in elements if e.WhichOneof("type") == "alert")
    assert i18n.t("read_only_notice", "vi") in alerts  # GNBV_READ_ONLY=1 in the processes
    metrics = [e.metric.body for e in elements if e.WhichOneof("type") == "metric"]
    assert "81.689 triệu đồng" in metrics


def test_a_deep_link_finds_its_page_in_every_fresh_process(public):
    """deploy/warm_up.py ran each process once: the first visitor's deep link (/kich-ban)
    gets its page, not Streamlit's "Page not found" dialog."""
    _, run_dir, _ = public
    conf = (run_dir / "nginx.conf").read_text()
    backends = re.findall(r"server (127\.0\.0\.1:\d+)[ ;]", conf)
    assert len(backends) == 2
    for backend in backends:
        msgs = _arun(_ws_run(f"http://{backend}", "", page="kich-ban"))
        kinds = [m.WhichOneof("type") for m in msgs]
        assert "page_not_found" not in kinds
        assert msgs[-1].script_finished == ForwardMsg.FINISHED_SUCCESSFULLY


def test_sessions_are_sticky_and_spread_over_both_processes(public):
    url, run_dir, _ = public
    for i in range(16):
        for _ in range(3):
            _get(url + "/_stcore/health", cookie=f"gnbv_route=sticky-{i}")
    _arun(_ws_run(url, "gnbv_route=sticky-0", page="du-lieu"))
    upstreams: dict[str, set[str]] = defaultdict(set)
    for line in (run_dir / "access.log").read_text().splitlines():
        found = re.search(r"upstream=(\S+) route=(sticky-\d+)", line)
        if found:
            upstreams[found[2]].add(found[1])
    assert len(upstreams) == 16
    assert all(len(u) == 1 for u in upstreams.values()), upstreams  # sticky
    assert len(set().union(*upstreams.values())) == 2  # both processes serve someone
    ws_lines = [ln for ln in (run_dir / "access.log").read_text().splitlines() if "stream" in ln]
    assert any(" 101 " in ln and "route=sticky-0" in ln for ln in ws_lines)


def test_stopping_cleans_up():
    proc, url, run_dir = start_public(processes=1)
    conf = (run_dir / "nginx.conf").read_text()
    backends = [int(p) for p in re.findall(r"server 127\.0\.0\.1:(\d+)[ ;]", conf)]
    assert len(backends) == 1
    stop_public(proc, run_dir)
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "/_stcore/health", timeout=2)
    time.sleep(0.5)
    for port in backends:
        with pytest.raises(ConnectionRefusedError):  # the streamlit process is gone too
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
