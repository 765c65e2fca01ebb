"""Nagle's algorithm is off on the service's connections (``TCP_NODELAY``).

uvicorn writes a response's head and its body in two sends; with Nagle on, the body waits for
the client's ACK of the head, which a client in delayed-ACK mode (requests back to back on a
kept-alive connection) sends 40 ms late: a request that needs a millisecond took 44 ms
(docs/evaluation/speed.md, skins27). asyncio turns Nagle off only on sockets whose ``proto``
is ``IPPROTO_TCP``; the listening sockets the server and uvicorn's ``--workers`` make had 0.
No timing here: the socket options themselves are read.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from serve.serve_helpers import KEY, fake_config

from translate.serve.app import create_app
from translate.serve.protocol import guarded
from translate.serve.server import _listen


def test_the_listening_socket_is_tcp_so_asyncio_sets_nodelay() -> None:
    sock = _listen("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.family == socket.AF_INET and sock.type == socket.SOCK_STREAM
    finally:
        sock.close()


def test_every_connection_has_nagle_off_even_on_a_proto_0_socket(
    fake_engines: None, tmp_path: Path
) -> None:
    """A listening socket made as uvicorn's ``--workers`` makes it (``proto`` 0, which asyncio
    leaves alone): the protocol turns Nagle off on each connection it accepts, and the
    answers are the same."""
    config = fake_config(tmp_path)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # proto 0
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(
        create_app(config), log_level="warning", timeout_keep_alive=30,
        http=guarded(config.header_timeout),
    ))  # fmt: skip
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
            time.sleep(0.02)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            first = client.post("/translate", json={"q": "Hello world.", "source": "en",
                                                    "target": "de", "api_key": KEY})
            again = client.post("/translate", json={"q": "Hello world.", "source": "en",
                                                    "target": "de", "api_key": KEY})
            assert first.status_code == 200 and first.json()["translatedText"]
            assert again.content == first.content
            connections = list(server.server_state.connections)  # kept alive: still open
            assert len(connections) == 1
            for protocol in connections:
                peer = protocol.transport.get_extra_info("socket")  # type: ignore[attr-defined]
                assert peer.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()
