"""A body past ``--max-body`` from a client that is still sending: the 413 must reach it (the
rest of the body is read and dropped before the close, "lingering close"), and the drain is
bounded in bytes and time so that a hostile body cannot hold the connection (fuzz28: the one
class the twenty-seventh pass left, where Python's own ``http.client`` saw a reset)."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from serve.serve_helpers import KEY, Server, fake_config, running

GOOD = {"q": "The talks resumed after a pause.", "source": "en", "target": "pt", "api_key": KEY}
LIMIT = 100_000


@pytest.fixture(scope="module")
def small(fake_engines: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("linger")
    config = fake_config(tmp, max_body_bytes=LIMIT, linger_bytes=4 * 1024 * 1024,
                         linger_timeout=3.0)  # fmt: skip
    with running(config) as srv:
        yield srv


def address(server: Server) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").split(":")
    return host, int(port)


def post(server: Server, body: bytes | Iterator[bytes], chunked: bool = False) -> tuple[int, str]:
    """The standard library's client: it sends the whole body before it reads the answer."""
    conn = http.client.HTTPConnection(*address(server), timeout=30)
    try:
        conn.request("POST", "/translate", body=body, encode_chunked=chunked,
                     headers={"Content-Type": "application/json"})  # fmt: skip
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8")
    finally:
        conn.close()


def big_body(size: int) -> bytes:
    return json.dumps({**GOOD, "q": "word " * (size // 5)}).encode()


@pytest.mark.parametrize("size", [LIMIT + 1, 2_000_000, 3_500_000])
def test_a_client_still_sending_gets_the_413(small: Server, size: int) -> None:
    status, text = post(small, big_body(size))
    assert status == 413, text
    assert json.loads(text) == {"error": f"Invalid request: body larger than {LIMIT} bytes"}
    assert post(small, json.dumps(GOOD).encode())[0] == 200


def test_a_chunked_body_past_the_limit_gets_the_413(small: Server) -> None:
    body = big_body(2_000_000)
    chunks = iter([body[i : i + 65536] for i in range(0, len(body), 65536)])
    status, text = post(small, chunks, chunked=True)
    assert status == 413, text
    assert "larger than" in json.loads(text)["error"]


def test_a_body_declared_past_the_drain_is_refused_at_once(small: Server) -> None:
    """Content-Length beyond what the server will drain: answered and closed without reading
    (a raw socket, so the test reads the answer before sending any body)."""
    with socket.create_connection(address(small), timeout=10) as sock:
        sock.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                     b"\r\nContent-Length: 900000000\r\n\r\n")
        answer = b""
        while True:
            data = sock.recv(4096)
            if not data:
                break
            answer += data
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def test_expect_continue_is_not_waited_for(small: Server) -> None:
    """A client that asked ``Expect: 100-continue`` sends no body after the 413: the server
    closes at once instead of lingering for it."""
    with socket.create_connection(address(small), timeout=10) as sock:
        sock.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                     b"\r\nExpect: 100-continue\r\nContent-Length: 2000000\r\n\r\n")
        answer = b""
        sock.settimeout(2.0)  # well under the 3 s linger: a close, not a linger timeout
        while True:
            data = sock.recv(4096)
            if not data:
                break
            answer += data
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def drip(server: Server, headers: bytes, piece: bytes, gap: float,
         give_up: float) -> tuple[bytes, int, bool]:  # fmt: skip
    """Send ``headers``, then ``piece`` every ``gap`` seconds until the server closes or
    ``give_up`` seconds pass: (the answer, bytes of body sent, whether the server closed)."""
    sent = 0
    answer = b""
    closed = False
    with socket.create_connection(address(server), timeout=10) as sock:
        sock.sendall(headers)
        end = time.monotonic() + give_up
        while time.monotonic() < end:
            try:
                sock.sendall(piece)
            except OSError:
                closed = True
                break
            sent += len(piece)
            sock.setblocking(False)
            try:
                data = sock.recv(65536)
                if data == b"":
                    closed = True
                    break
                answer += data
            except BlockingIOError:
                pass
            except OSError:
                closed = True
                break
            finally:
                sock.setblocking(True)
            if gap:
                time.sleep(gap)
    return answer, sent, closed


def test_a_hostile_body_cannot_hold_the_connection_by_time(small: Server) -> None:
    """A chunked body past the limit that keeps coming, slowly, for ever: the 413 arrives and
    the server closes the connection while the client still sends (the 3 s linger), and serves
    others meanwhile."""
    head = (b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")  # fmt: skip
    piece = b"%x\r\n%s\r\n" % (20_000, b"y" * 20_000)
    others: list[int] = []

    def meanwhile() -> None:
        time.sleep(1.0)
        others.append(post(small, json.dumps(GOOD).encode())[0])

    t = threading.Thread(target=meanwhile)
    t.start()
    answer, sent, closed = drip(small, head, piece, gap=0.05, give_up=60)
    t.join()
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert closed, f"still open after {sent} bytes"
    assert others == [200]


def test_a_hostile_body_cannot_hold_the_connection_by_bytes(small: Server) -> None:
    """The same body sent as fast as the client can: the server stops reading after the
    linger's 4 MB (what the client could push past that is the kernels' buffers)."""
    head = (b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")  # fmt: skip
    piece = b"%x\r\n%s\r\n" % (256_000, b"y" * 256_000)
    answer, sent, closed = drip(small, head, piece, gap=0, give_up=60)
    assert closed, f"still open after {sent} bytes"
    assert sent < 4 * 1024 * 1024 + LIMIT + 64 * 1024 * 1024  # not the 60 s of a fast loopback
    assert answer.startswith(b"HTTP/1.1 413") or answer == b"", answer[:200]


def test_linger_settings_default(tmp_path: Path) -> None:
    config = fake_config(tmp_path)
    assert config.linger_bytes == 16 * 1024 * 1024 and config.linger_timeout == 5.0
