"""Helpers for the service tests: real uvicorn servers on free loopback ports, run in a thread
of the test process (so the deterministic test engines can be registered), and ``translate
serve`` started as a subprocess."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import uvicorn

from translate.options import RunOptions
from translate.serve import ServeConfig
from translate.serve.app import create_app
from translate.serve.protocol import guarded
from translate.serve.quiet import QuietServer

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
KEY = "test-key-0123456789"
SLOW_KEY = "slow-key-0123456789"


@dataclass
class Server:
    url: str
    config: ServeConfig
    app: object

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]


@contextmanager
def running(config: ServeConfig) -> Iterator[Server]:
    """A real uvicorn server for ``config`` on 127.0.0.1 and a free port, stopped after."""
    app = create_app(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = QuietServer(uvicorn.Config(  # as translate serve runs it
        app, log_level="warning", timeout_graceful_shutdown=5, limit_concurrency=512,
        timeout_keep_alive=5, http=guarded(config.header_timeout),
    ))  # fmt: skip
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield Server(f"http://127.0.0.1:{port}", config, app)
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def fake_config(tmp: Path, **overrides: object) -> ServeConfig:
    keys = tmp / "keys.txt"
    keys.write_text(f"# test keys\n{KEY}\n{SLOW_KEY} req_limit=3 char_limit=40\n",
                    encoding="utf-8")
    values: dict[str, object] = {
        "api_keys_file": keys,
        "out_dir": tmp / "files",
        "options": RunOptions(engine="fake", db_path=tmp / "serve.db"),
        "req_limit": -1,
        "batch_engines": ["fake", "short"],
    }
    values.update(overrides)
    return ServeConfig(**values)  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_cli(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``translate serve ARGS`` in a subprocess, with the test engines registered."""
    code = (
        f"import sys; sys.path.insert(0, {str(TESTS)!r});"
        "from translate import engines;"
        "engines.ENGINES['fake'] = 'fakes:FakeEngine';"
        "engines.ENGINES['slow'] = 'slow_engine:SlowEngine';"
        "from translate.cli import main; sys.argv = ['translate', 'serve', *sys.argv[1:]]; main()"
    )
    inherited = os.environ.get("PYTHONPATH", "")  # the network guard's sitecustomize leads it
    full_env = {**os.environ, **(env or {}),
                "PYTHONPATH": os.pathsep.join(p for p in [inherited, str(TESTS / "feeds"),
                                                          str(TESTS)] if p)}  # fmt: skip
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=full_env, cwd=ROOT,
    )  # fmt: skip


def wait_ready(url: str, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            _out, err = proc.communicate()
            raise AssertionError(f"server exited {proc.returncode}: {err}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("server not ready")


T = TypeVar("T")


def run_async(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """``asyncio.run`` in a thread of its own: other tests (browser ones) may leave an event
    loop set on the main thread."""
    out: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            out.append(asyncio.run(make()))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return out[0]
