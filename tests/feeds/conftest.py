"""Fixtures for the feed tests: feeds on disk, a local HTTP server, the CLI with a fake engine."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from translate import engines
from translate.cli import cli

HERE = Path(__file__).parent


@pytest.fixture
def slow_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the subprocess-friendly 'slow' engine (no delay unless FEED_TEST_DELAY is set)."""
    monkeypatch.setitem(engines.ENGINES, "slow", "feeds.slow_engine:SlowEngine")


@pytest.fixture
def feed_cli(fake_engine: object) -> Callable[..., Result]:
    """Run ``translate feed ARGS`` with the fake engine; stdout and stderr kept apart."""

    def run(*args: str | Path, engine: str = "fake") -> Result:
        argv = ["feed", *map(str, args), "--engine", engine]
        return CliRunner().invoke(cli, argv, catch_exceptions=False)

    return run


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A folder served on 127.0.0.1 by a threaded HTTP server: (base URL, folder)."""
    root = tmp_path / "www"
    root.mkdir()
    handler = partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
