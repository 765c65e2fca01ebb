"""The network guard reaches child processes: a Python or ``translate`` subprocess a test starts
cannot connect to a non-loopback address, while loopback servers stay reachable."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import Served
from netguard import ENABLE, SITE, child_env

from translate.http import FetchError, get

# TEST-NET-1 (RFC 5737): never routed, so without the guard a connect would hang until timeout
UNROUTABLE = "192.0.2.1"

CONNECT = """
import socket, sys
try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=30).close()
except OSError as exc:
    print(type(exc).__name__, exc)
else:
    print("connected")
"""


@pytest.fixture
def loopback_port() -> Iterator[int]:
    """A TCP server on 127.0.0.1 that accepts connections (and closes them)."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()


def _python(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([sys.executable, "-c", CONNECT, *args], capture_output=True,
                          text=True, timeout=60, check=True, env=env)  # fmt: skip
    return done.stdout.strip()


def test_session_environment_carries_the_guard() -> None:
    assert os.environ[ENABLE] == "1"
    assert os.environ["TRANSLATE_OFFLINE"] == "1"
    assert os.environ["PYTHONPATH"].split(os.pathsep)[0] == str(SITE)


def test_child_python_cannot_reach_the_network() -> None:
    out = _python(UNROUTABLE, "80")
    assert out.startswith("NetworkBlockedError network access blocked in tests"), out


def test_child_python_cannot_resolve_names() -> None:
    out = _python("example.com", "80")
    assert out.startswith("NetworkBlockedError network access blocked in tests"), out
    code = "import socket\nsocket.getaddrinfo('example.com', 80)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert done.returncode == 1
    assert "NetworkBlockedError: name resolution blocked in tests" in done.stderr


def test_child_python_reaches_loopback(loopback_port: int) -> None:
    assert _python("127.0.0.1", str(loopback_port)) == "connected"
    assert _python("localhost", str(loopback_port)) == "connected"


def test_child_env_guards_a_child_built_from_scratch() -> None:
    """A test that gives its child a minimal environment adds child_env() and stays guarded."""
    env = {"PATH": "/usr/bin:/bin", **child_env({})}
    out = _python(UNROUTABLE, "80", env=env)
    assert out.startswith("NetworkBlockedError"), out


def test_without_the_guard_the_child_would_try() -> None:
    """The check can fail: with the switch off, the child's connect is a real attempt (here
    refused or unreachable, or timed out, depending on the machine), not the guard's error."""
    env = {**os.environ, ENABLE: "0"}
    code = ("import socket\n"
            "try:\n"
            "    socket.create_connection(('192.0.2.1', 80), timeout=0.2).close()\n"
            "except OSError as exc:\n"
            "    print(type(exc).__name__)\n")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True, env=env)  # fmt: skip
    assert "NetworkBlockedError" not in done.stdout


def test_translate_subprocess_refuses_a_remote_feed(tmp_path: Path) -> None:
    """The CLI in a child process: exit 8 and one error line, nothing written."""
    out = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "translate", "feed", f"http://{UNROUTABLE}/feed.xml",
         "--to", "pt-BR", "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 8, done.stderr
    assert done.stderr.startswith("error[E008]: ") and "TRANSLATE_OFFLINE" in done.stderr
    assert not out.exists() or not any(out.rglob("*.xml"))


def test_offline_variable_refuses_remote_hosts_before_connecting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """translate/http.py honours TRANSLATE_OFFLINE on its own (no socket patch needed)."""
    monkeypatch.setenv("TRANSLATE_OFFLINE", "1")
    for url in (f"http://{UNROUTABLE}/feed.xml", "https://example.com/feed.xml",
                "http://[2001:db8::1]/x"):
        with pytest.raises(FetchError, match="TRANSLATE_OFFLINE") as info:
            get(url, io.BytesIO())
        assert info.value.kind == "unreachable"


def test_offline_variable_keeps_loopback(
    monkeypatch: pytest.MonkeyPatch, http_root: Served
) -> None:
    root, base = http_root
    (root / "feed.xml").write_text("<rss/>", encoding="utf-8")
    monkeypatch.setenv("TRANSLATE_OFFLINE", "1")
    buffer = io.BytesIO()
    assert get(f"{base}/feed.xml", buffer).status == 200
    assert buffer.getvalue() == b"<rss/>"


def test_offline_variable_also_checks_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through a proxy the proxy is the peer: a remote proxy is refused even for loopback."""
    monkeypatch.setenv("TRANSLATE_OFFLINE", "1")
    monkeypatch.setenv("http_proxy", f"http://{UNROUTABLE}:3128")
    monkeypatch.setenv("no_proxy", "")
    with pytest.raises(FetchError, match="TRANSLATE_OFFLINE"):
        get("http://127.0.0.1:9/x", io.BytesIO())
