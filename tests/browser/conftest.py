"""Real-browser fixtures: a streamlit server on loopback and Debian's chromium via playwright.

Skipped when chromium or playwright is absent, unless GNBV_REQUIRE_BROWSER=1 (CI).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from gnbv.settings import REPO_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# .streamlit/config.toml hides error details (client.showErrorDetails = "none"): the browser
# shows only this generic text in the stException box, the traceback goes to the server log.
REDACTED_ERROR = "This app has encountered an error"
SERVER_LOGS: dict[str, Path] = {}  # server url -> its log file, for assert_clean's message


def _require(reason: str):
    if os.environ.get("GNBV_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    env: dict[str, str] | None = None, warm: bool = True
) -> tuple[subprocess.Popen, str]:
    """A streamlit server on a free loopback port, started as the README says; run once
    (``warm``) before it is returned, unless a test needs the fresh process's first run."""
    port = _free_port()
    log = Path(tempfile.gettempdir()) / f"gnbv-browser-server-{port}.log"
    log_file = log.open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(REPO_ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    log_file.close()
    url = f"http://127.0.0.1:{port}"
    SERVER_LOGS[url] = log
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200 and not warm:
                    return proc, url
                if r.status == 200:
                    # One run first, as the public deployment does (deploy/warm_up.py): it
                    # fills the process's caches before the first test. (It was needed while
                    # the pages were in pages/: test_first_visit.py checks that it no longer is.)
                    subprocess.run(
                        [sys.executable, str(REPO_ROOT / "deploy" / "warm_up.py"), str(port)],
                        cwd=REPO_ROOT,
                        timeout=120,
                        check=True,
                    )
                    return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("streamlit did not start within 60 s")


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    proc, url = start_server()
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        _require(f"{CHROMIUM} not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require("playwright not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Visit:
    page: object
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    @property
    def external_requests(self) -> list[str]:
        out = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about"):
                continue
            if parsed.hostname not in LOCAL_HOSTS:
                out.append(url)
        return out

    def text(self) -> str:
        return self.page.inner_text("body")


# Opened on a page URL (/kich-ban), Streamlit's front end probes PAGE/_stcore/health and
# PAGE/_stcore/host-config (it cannot tell a page path from a base path): two harmless 404s.
BASE_PATH_PROBE = re.compile(r"/_stcore/(health|host-config)$")


def _console_error(v: Visit, message) -> None:
    if message.type != "error":
        return
    url = (message.location or {}).get("url", "")
    if "404" in message.text and BASE_PATH_PROBE.search(url):
        return
    v.console_errors.append(message.text)


def open_tab(browser, viewport: dict[str, int] | None = None):
    """A new browser context and page whose requests and errors are recorded: (context, Visit).
    Close the context when done."""
    context = browser.new_context(viewport=viewport or {"width": 1400, "height": 1000})
    page = context.new_page()
    v = Visit(page)
    page.on("request", lambda r: v.requests.append(r.url))
    page.on("console", lambda m: _console_error(v, m))
    page.on("pageerror", lambda e: v.page_errors.append(str(e)))
    return context, v


def open_page(v: Visit, url: str) -> None:
    """Open ``url`` in the tab of ``v`` (its records cleared) and wait until the page has
    finished its run and drawn every chart."""
    from tests.browser.screens import settle

    v.requests.clear(), v.console_errors.clear(), v.page_errors.clear()
    v.page.goto(url)
    v.page.wait_for_selector("[data-testid='stApp']", timeout=45000)
    v.page.locator("[data-testid='stMain'] h1").first.wait_for(timeout=45000)
    settle(v.page)


@pytest.fixture(scope="session")
def public_url():
    """The public deployment: read-only processes behind nginx with its security headers
    (deploy/run_public.sh); without nginx (outside CI), one read-only server."""
    from tests.test_nginx_deploy import start_public, stop_public

    try:
        proc, url, run_dir = start_public(processes=2)
    except pytest.skip.Exception:
        proc, url = start_server({"GNBV_READ_ONLY": "1"})
        yield url
        proc.terminate()
        proc.wait(timeout=10)
        return
    yield url
    stop_public(proc, run_dir)


@pytest.fixture
def visit(browser):
    """``visit(url, wait_text=...)`` opens a page and records its requests and errors."""
    contexts = []

    def _visit(
        url: str,
        wait_text: str | None = None,
        timeout_ms: int = 45000,
        viewport: dict[str, int] | None = None,
    ) -> Visit:
        context = browser.new_context(viewport=viewport or {"width": 1400, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        v = Visit(page)
        page.on("request", lambda r: v.requests.append(r.url))
        page.on("console", lambda m: _console_error(v, m))
        page.on("pageerror", lambda e: v.page_errors.append(str(e)))
        page.goto(url)
        page.wait_for_selector("[data-testid='stApp']", timeout=timeout_ms)
        if wait_text:
            page.get_by_text(wait_text, exact=False).first.wait_for(timeout=timeout_ms)
        wait_idle(page, timeout_ms)
        return v

    yield _visit
    for c in contexts:
        c.close()


# The app's script state, as Streamlit's front end writes it on the app's root element.
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"


def wait_idle(page, timeout_ms: int = 45000) -> None:
    """Wait until the server has finished the run in progress (and its status widget is
    gone). Text can show before the run ends (elements arrive one by one), and the status
    widget appears only after a delay, so neither alone says the run is over: a click made
    before the end of the run raced it on a busy machine."""
    page.wait_for_selector(IDLE, timeout=timeout_ms)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout_ms
    )


SCREENS_DIR: list[Path] = []  # the screenshot folder, once a test has asked for it


@pytest.fixture(scope="session")
def screens_dir(tmp_path_factory) -> Path:
    """Where the screen tests save their screenshots: ``GNBV_SCREENS``, else a folder under
    pytest's temporary directory. Printed at the end of the run."""
    chosen = os.environ.get("GNBV_SCREENS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screens")
    folder.mkdir(parents=True, exist_ok=True)
    SCREENS_DIR.append(folder)
    return folder


def pytest_terminal_summary(terminalreporter) -> None:
    for folder in SCREENS_DIR:
        shots = len(list(folder.glob("*.png")))
        terminalreporter.write_line(f"screenshots ({shots}) of every page and screen: {folder}")


def assert_clean(v: Visit) -> None:
    """No exception shown, no console error, no request leaving the machine."""
    exceptions = v.page.locator("[data-testid='stException']").count()
    text = v.text()
    if exceptions or REDACTED_ERROR in text:
        origin = "{0.scheme}://{0.netloc}".format(urlparse(v.page.url))
        log = SERVER_LOGS.get(origin)
        tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
        pytest.fail(f"exception on {v.page.url}:\n{text[:1500]}\n--- server log ---\n{tail}")
    assert not v.page_errors, v.page_errors
    assert not v.console_errors, v.console_errors
    assert not v.external_requests, v.external_requests
