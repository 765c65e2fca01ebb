"""Fixtures for the Argos engine tests: a loopback HTTP server, argostranslate's own code."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from translate.engines import close_engines


@pytest.fixture(autouse=True)
def fresh_engines() -> Iterator[None]:
    """Engines are per-process singletons; each test starts without loaded models."""
    close_engines()
    yield
    close_engines()


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on 127.0.0.1 (loopback is allowed by the network guard)."""
    root = tmp_path / "www"
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def argos_translate_module(isolated_argos: Path) -> ModuleType:
    """argostranslate.translate, imported with HOME folders redirected to tmp (it creates
    folders at import time); only its offline, lower-level functions are used."""
    import argostranslate.translate

    return argostranslate.translate


@pytest.fixture(scope="session")
def argos_prefixed_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic en->es package whose metadata asks for a target prefix token, as Argos's
    multilingual packages do."""
    from synthetic_argos import build_argosmodel

    return build_argosmodel(
        tmp_path_factory.mktemp("prefixed"), "en", "es", seed=7,
        metadata={"target_prefix": "__es__"},
    )  # fmt: skip
