"""Block network access in tests: any connection to a non-loopback address fails.

Loopback (127.0.0.0/8, ::1, localhost) and Unix sockets stay allowed, so tests can serve feeds
and package indexes on 127.0.0.1. Host names other than localhost are not even resolved.

Child processes are covered too: :func:`child_env` gives the environment that makes every child
Python install the same guard at start-up (``tests/netguard_site/sitecustomize.py`` on
``PYTHONPATH``), and sets ``TRANSLATE_OFFLINE=1``, which translate/http.py honours by refusing
any non-loopback host before it opens a connection. The session fixture in conftest.py puts
both into ``os.environ``; a test that builds a child environment from scratch adds
``child_env()`` to it.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # children import this module at start-up: no pytest there
    import pytest

SITE = Path(__file__).resolve().parent / "netguard_site"
ENABLE = "TRANSLATE_TEST_NETGUARD"

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


class NetworkBlockedError(ConnectionRefusedError):
    """Raised instead of connecting: tests must not use the network."""


def is_loopback(host: Any) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip("[]").split("%")[0].lower().rstrip(".")
    if name in _LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _is_ip(host: Any) -> bool:
    try:
        ipaddress.ip_address(str(host).strip("[]").split("%")[0])
    except ValueError:
        return False
    return True


def _check(address: Any) -> None:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return
    host = address[0] if isinstance(address, tuple) and address else address
    if not is_loopback(host):
        raise NetworkBlockedError(f"network access blocked in tests: {address!r}")


def _patches() -> dict[tuple[Any, str], Callable[..., Any]]:
    """The guarded replacements of socket's connecting functions, keyed by (owner, name)."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_create = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        _check(address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        _check(address)
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        _check(address)
        return real_create(address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not is_loopback(host) and not _is_ip(host):
            raise NetworkBlockedError(f"name resolution blocked in tests: {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    return {
        (socket.socket, "connect"): connect,
        (socket.socket, "connect_ex"): connect_ex,
        (socket, "create_connection"): create_connection,
        (socket, "getaddrinfo"): getaddrinfo,
    }


def block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch socket connect/connect_ex/create_connection/getaddrinfo (undone by monkeypatch)."""
    for (owner, name), replacement in _patches().items():
        monkeypatch.setattr(owner, name, replacement)


def install() -> None:
    """Patch this process for good: what a child Python's sitecustomize calls at start-up."""
    for (owner, name), replacement in _patches().items():
        setattr(owner, name, replacement)


def child_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables that keep a child process off the network: the guard's sitecustomize
    first on PYTHONPATH (ahead of ``base``'s), its switch, and TRANSLATE_OFFLINE."""
    base = os.environ if base is None else base
    paths = [str(SITE)] + [p for p in base.get("PYTHONPATH", "").split(os.pathsep)
                           if p and p != str(SITE)]
    return {"PYTHONPATH": os.pathsep.join(paths), ENABLE: "1", "TRANSLATE_OFFLINE": "1"}
