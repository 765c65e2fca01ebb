"""One way to serve HTTP in tests: a threaded server on 127.0.0.1 (the network guard allows
loopback), shut down and joined when the ``with`` block ends."""

from __future__ import annotations

import http.server
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple


class Served(NamedTuple):
    """A folder served over HTTP: write files into ``root``, fetch ``url + "/name"``."""

    root: Path
    url: str  # http://127.0.0.1:PORT, no trailing slash


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without logging each request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(handler: Callable[..., socketserver.BaseRequestHandler]) -> Iterator[str]:
    """Run ``handler`` on a free loopback port; yields the base URL (no trailing slash)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
