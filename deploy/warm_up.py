"""Run the app once in each freshly started streamlit process, before any visitor comes.

Why: with a ``pages/`` folder next to app.py, Streamlit 1.67 runs the very first script run of
a process in its old folder-based navigation, which does not know the ``url_path`` of our
pages: the first visitor who opens a deep link (``/kich-ban``) gets a "Page not found" dialog.
From the first run on, app.py's ``st.navigation`` is in force. Running home once per process
also fills the caches (data, boundaries).

    python deploy/warm_up.py PORT [PORT ...]      (loopback only)
"""

from __future__ import annotations

import asyncio
import sys

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg


async def warm(port: int, address: str = "127.0.0.1") -> None:
    url = f"ws://{address}:{port}/_stcore/stream"
    async with websockets.connect(url, subprotocols=["streamlit"], max_size=None) as ws:
        msg = BackMsg()
        msg.rerun_script.page_name = ""
        await ws.send(msg.SerializeToString())
        async with asyncio.timeout(120):
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await ws.recv())
                if fwd.WhichOneof("type") == "script_finished":
                    return


def main(ports: list[str]) -> int:
    if not ports:
        print(__doc__, file=sys.stderr)
        return 2
    for port in ports:
        asyncio.run(warm(int(port)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
