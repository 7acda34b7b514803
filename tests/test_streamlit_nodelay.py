"""deploy/streamlit_nodelay.py: the public processes' Streamlit accepts its connections with
TCP_NODELAY (without it, every run's messages after the first waited 40 ms for a delayed
acknowledgement)."""

from __future__ import annotations

import asyncio
import importlib.util
import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location(
    "streamlit_nodelay", ROOT / "deploy" / "streamlit_nodelay.py"
)
nodelay = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nodelay)


def _nodelay_of_accepted(listening: socket.socket) -> int:
    """TCP_NODELAY of a connection an asyncio server on ``listening`` accepted."""

    async def main() -> int:
        accepted: asyncio.Future = asyncio.get_running_loop().create_future()

        async def on_connect(reader, writer):
            sock = writer.get_extra_info("socket")
            accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(on_connect, sock=listening)
        async with server:
            port = listening.getsockname()[1]
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            value = await asyncio.wait_for(accepted, 10)
            writer.close()
            return value

    # in a thread of its own: the browser tests' Playwright leaves an event loop running in
    # this one, where asyncio.run refuses to start
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


def _listening(sock: socket.socket) -> socket.socket:
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    sock.setblocking(False)
    return sock


def test_a_socket_made_with_protocol_0_gets_no_nodelay_from_asyncio():
    # What Streamlit 1.67 does (socket.socket(family)): the reason for the wrapper.
    assert _nodelay_of_accepted(_listening(socket.socket(socket.AF_INET))) == 0


def test_with_tcp_protocol_keeps_the_socket_and_its_connections_get_nodelay():
    sock = _listening(socket.socket(socket.AF_INET))
    fd, address = sock.fileno(), sock.getsockname()
    tcp = nodelay.with_tcp_protocol(sock)
    assert (tcp.fileno(), tcp.getsockname(), tcp.proto) == (fd, address, socket.IPPROTO_TCP)
    assert tcp.getblocking() is False
    assert _nodelay_of_accepted(tcp) != 0


def test_other_sockets_are_left_as_they_are():
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    for sock in (udp, tcp, unix):
        with sock:
            assert nodelay.with_tcp_protocol(sock) is sock


def test_streamlit_binds_through_the_wrapper(monkeypatch):
    from streamlit.web.server.starlette import starlette_server

    monkeypatch.setattr(starlette_server, "_bind_socket", starlette_server._bind_socket)
    assert nodelay.patch_streamlit()
    assert nodelay.patch_streamlit()  # twice: wrapped once
    assert starlette_server._bind_socket.gnbv_nodelay
    sock = starlette_server._bind_socket("127.0.0.1", 0, 8)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert _nodelay_of_accepted(sock) != 0
    finally:
        sock.close()


def test_app_process_starts_streamlit_through_the_wrapper():
    source = (ROOT / "deploy" / "app_process.py").read_text()
    assert '"deploy" / "streamlit_nodelay.py"' in source
