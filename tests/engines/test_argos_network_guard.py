"""The session-wide network guard (tests/conftest.py): non-loopback connections fail,
loopback works, so no test can download anything by accident."""

from __future__ import annotations

import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Callable

import pytest
from netguard import NetworkBlockedError, is_loopback


def _raw(family: socket.AddressFamily, address: tuple[object, ...], ex: bool = False) -> object:
    with socket.socket(family) as sock:
        return sock.connect_ex(address) if ex else sock.connect(address)


ATTEMPTS: list[tuple[str, Callable[[], object]]] = [
    ("create_connection-name", lambda: socket.create_connection(("example.com", 80), timeout=2)),
    ("create_connection-ip", lambda: socket.create_connection(("93.184.216.34", 443), timeout=2)),
    ("getaddrinfo", lambda: socket.getaddrinfo("pypi.org", 443)),
    ("raw-connect-ipv4", lambda: _raw(socket.AF_INET, ("8.8.8.8", 53))),
    ("raw-connect_ex", lambda: _raw(socket.AF_INET, ("1.1.1.1", 53), ex=True)),
    ("ipv6", lambda: _raw(socket.AF_INET6, ("2001:4860:4860::8888", 53, 0, 0))),
]


@pytest.mark.parametrize("attempt", [a for _, a in ATTEMPTS], ids=[i for i, _ in ATTEMPTS])
def test_outside_connections_fail(attempt: Callable[[], object]) -> None:
    with pytest.raises(NetworkBlockedError, match="blocked in tests"):
        attempt()


def test_urllib_sees_an_ordinary_network_error() -> None:
    with pytest.raises(urllib.error.URLError) as err:
        urllib.request.urlopen("https://raw.githubusercontent.com/", timeout=2)
    assert isinstance(err.value.reason, NetworkBlockedError)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"], ids=str)
def test_loopback_stays_open(host: str) -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]

    def echo() -> None:
        conn, _ = server.accept()
        with conn:
            conn.sendall(conn.recv(16))

    thread = threading.Thread(target=echo, daemon=True)
    thread.start()
    with socket.create_connection((host, port), timeout=5) as client:
        client.sendall(b"ping")
        assert client.recv(16) == b"ping"
    thread.join(5)
    server.close()


@pytest.mark.parametrize(
    ("host", "expected"),
    [("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("LOCALHOST.", True), ("0.0.0.0", False), ("10.0.0.1", False),
     ("example.com", False), ("localhost.example.com", False), (None, False)],
    ids=lambda v: str(v),
)  # fmt: skip
def test_is_loopback(host: str | None, expected: bool) -> None:
    assert is_loopback(host) is expected
