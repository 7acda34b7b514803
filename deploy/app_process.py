"""One public Streamlit process, as a supervisor runs it (supervisord or a systemd unit).

    python deploy/app_process.py PORT [--pid-file FILE] [--address 127.0.0.1]

Starts ``streamlit run app.py`` on the port (read-only unless ``GNBV_READ_ONLY`` says
otherwise), waits until it answers, runs the app once in it (``deploy/warm_up.py``: a fresh
process would answer a deep link with "Page not found"), then writes the Streamlit process's
pid to ``--pid-file`` and, under systemd (a unit of Type=notify), says it is ready. The file
exists exactly while a warmed process serves the port (the deployment's scripts and tests wait
on it; ``kill -9`` of that pid is what an out-of-memory kill does).

It exits when Streamlit exits, with its status (a signal counts as a failure), so the
supervisor restarts both; SIGTERM / SIGINT are passed on to Streamlit. Streamlit dies with
this process if this one is killed (the parent-death signal), so no orphan keeps the port.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy"))

import warm_up  # noqa: E402  (deploy/ is not a package)

PR_SET_PDEATHSIG = 1
START_TIMEOUT_S = 180


def _die_with_parent() -> None:
    """In the child before exec: SIGKILL it when this process dies (Linux)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _notify_ready() -> None:
    """Tell systemd the process is ready (a unit of Type=notify), when systemd started it."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        s.connect(address)
        s.sendall(b"READY=1")


def _healthy(port: int, address: str) -> bool:
    try:
        with urllib.request.urlopen(f"http://{address}:{port}/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("port", type=int)
    p.add_argument("--pid-file", type=Path)
    p.add_argument("--address", default="127.0.0.1")
    args = p.parse_args(argv)
    if args.pid_file:
        args.pid_file.unlink(missing_ok=True)
    env = {"GNBV_READ_ONLY": "1", **os.environ}
    # Streamlit with TCP_NODELAY on its connections (deploy/streamlit_nodelay.py: 40 ms a run).
    cmd = [sys.executable, str(ROOT / "deploy" / "streamlit_nodelay.py"), "run", "app.py"]
    cmd += ["--server.headless", "true"]
    cmd += ["--server.address", args.address, "--server.port", str(args.port)]
    app = subprocess.Popen(cmd, cwd=ROOT, env=env, preexec_fn=_die_with_parent)

    def forward(signum, _frame):
        app.send_signal(signum)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, forward)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _healthy(args.port, args.address):
            if app.poll() is not None or time.monotonic() > deadline:
                print(f"streamlit on port {args.port} did not start", file=sys.stderr)
                app.kill()
                return app.wait() or 1
            time.sleep(0.3)
        asyncio.run(warm_up.warm(args.port, args.address))
        if args.pid_file:
            tmp = args.pid_file.with_suffix(".tmp")
            tmp.write_text(f"{app.pid}\n")
            tmp.replace(args.pid_file)
        _notify_ready()
        print(f"streamlit pid {app.pid} serves port {args.port}", file=sys.stderr, flush=True)
        status = app.wait()
    finally:
        if args.pid_file:
            args.pid_file.unlink(missing_ok=True)
        if app.poll() is None:
            app.kill()
            app.wait()
    return status if status > 0 else (1 if status < 0 else 0)


if __name__ == "__main__":
    sys.exit(main())
