"""The systemd units of the public deployment on a server (deploy/systemd/).

``systemd-analyze verify`` checks them (their paths pointed at this checkout and its python, as
an install in /opt/gnbv points them there). Skipped when systemd-analyze is absent, unless
GNBV_REQUIRE_BROWSER=1 (CI, where .ci/run installs Debian's systemd for this file): then it
fails.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from gnbv.settings import REPO_ROOT

UNITS = REPO_ROOT / "deploy" / "systemd"
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


def _unit(name: str) -> str:
    return (UNITS / name).read_text(encoding="utf-8")


def _here(tmp_path: Path) -> Path:
    """The units with /opt/gnbv replaced by this checkout, its venv's python by this one."""
    for unit in UNITS.iterdir():
        text = unit.read_text(encoding="utf-8")
        text = text.replace("/opt/gnbv/.venv/bin/python", sys.executable)
        (tmp_path / unit.name).write_text(text.replace("/opt/gnbv", str(REPO_ROOT)))
    return tmp_path


def test_systemd_analyze_verify(tmp_path):
    if SYSTEMD_ANALYZE is None:
        reason = "systemd-analyze not installed (apt-get install systemd)"
        if os.environ.get("GNBV_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    if not Path("/usr/sbin/nginx").exists():
        pytest.skip("nginx not installed: gnbv-nginx.service runs /usr/sbin/nginx")
    here = _here(tmp_path)
    units = [here / "gnbv-app@8601.service", here / "gnbv.target", here / "gnbv-nginx.service"]
    done = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", *map(str, units)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "warning"},
    )
    assert done.returncode == 0, done.stderr
    # Warnings (an unknown key, a bad value ignored) are printed, not failed: none allowed.
    ours = [ln for ln in done.stderr.splitlines() if "gnbv" in ln]
    assert not ours, done.stderr


def test_the_app_unit_restarts_its_process_and_waits_for_its_warm_up():
    unit = _unit("gnbv-app@.service")
    assert "Restart=always" in unit
    assert "Type=notify" in unit  # ready once deploy/app_process.py has warmed it
    assert "ExecStart=/opt/gnbv/.venv/bin/python /opt/gnbv/deploy/app_process.py %i" in unit
    assert "Environment=GNBV_READ_ONLY=1" in unit
    assert "EnvironmentFile=/etc/gnbv/public.env" in unit  # the shared cookie secret
    assert "WantedBy=gnbv.target" in unit
    assert (REPO_ROOT / "deploy" / "app_process.py").exists()


def test_nginx_starts_after_the_processes_and_uses_run_publics_configuration():
    unit = _unit("gnbv-nginx.service")
    assert "After=network.target gnbv.target" in unit and "Wants=gnbv.target" in unit
    assert "Restart=always" in unit
    assert "-c /var/lib/gnbv/public/nginx.conf" in unit
    assert "--configure-only --run-dir /var/lib/gnbv/public" in unit
    # no cycle: the target does not want nginx back
    assert "gnbv-nginx" not in _unit("gnbv.target").split("[Unit]")[1]


def _app_process():
    spec = importlib.util.spec_from_file_location(
        "app_process", REPO_ROOT / "deploy" / "app_process.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_app_process_tells_systemd_it_is_ready(tmp_path, monkeypatch):
    app_process = _app_process()
    path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        server.settimeout(5)
        monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        app_process._notify_ready()
        assert server.recv(100) == b"READY=1"
    monkeypatch.delenv("NOTIFY_SOCKET")
    app_process._notify_ready()  # not under systemd: nothing to do, no error
