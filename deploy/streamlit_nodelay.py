"""``python -m streamlit``, with TCP_NODELAY on the connections it accepts, as
``deploy/app_process.py`` runs it:

    python deploy/streamlit_nodelay.py run app.py --server.port 8601 ...

Why: Streamlit 1.67's server (Starlette on uvicorn) binds its listening socket itself, as
``socket.socket(family)``, whose protocol number is 0; asyncio sets TCP_NODELAY only on the
sockets whose protocol is TCP, and the connections accepted inherit the listening socket's.
So every websocket keeps Nagle's algorithm: of a run's messages, those written after the
first wait for the peer's acknowledgement, which Linux delays by 40 ms. Measured here (a run
of the home page, one visitor, through nginx or not): the run's messages all left the process
within 1 ms, then arrived 40–48 ms later; a run took about 50 ms for 13–20 ms of CPU. (Tornado,
Streamlit's server before 1.67's, set TCP_NODELAY on its streams.)

This wraps Streamlit's socket binding so the listening socket says its protocol (the same
file descriptor, nothing else changed): asyncio then sets TCP_NODELAY on each accepted
connection, as it does for any server it creates. Should a later Streamlit bind its socket
elsewhere, Streamlit runs unchanged, with a warning.
"""

from __future__ import annotations

import socket
import sys

TCP_FAMILIES = (socket.AF_INET, socket.AF_INET6)


def with_tcp_protocol(sock: socket.socket) -> socket.socket:
    """``sock`` (a TCP socket made with protocol 0) as a socket object whose protocol is
    TCP, on the same file descriptor with the same blocking mode; others as they are."""
    if sock.family not in TCP_FAMILIES or sock.type != socket.SOCK_STREAM or sock.proto:
        return sock
    blocking = sock.getblocking()
    tcp = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, sock.detach())
    tcp.setblocking(blocking)
    return tcp


def patch_streamlit() -> bool:
    """Make Streamlit's server bind sockets that say their protocol; False when this
    Streamlit has no ``_bind_socket`` to wrap."""
    from streamlit.web.server.starlette import starlette_server

    bind = getattr(starlette_server, "_bind_socket", None)
    if bind is None or getattr(bind, "gnbv_nodelay", False):
        return bind is not None

    def _bind_socket(*args, **kwargs):
        return with_tcp_protocol(bind(*args, **kwargs))

    _bind_socket.gnbv_nodelay = True
    starlette_server._bind_socket = _bind_socket
    return True


def main() -> None:
    if not patch_streamlit():
        print(
            "streamlit_nodelay: this Streamlit has no starlette_server._bind_socket; "
            "running it unchanged (its connections may keep Nagle's algorithm)",
            file=sys.stderr,
        )
    from streamlit.web.cli import main as streamlit_main

    streamlit_main(prog_name="streamlit")


if __name__ == "__main__":
    main()
