"""A hostile HTTP server on 127.0.0.1 for fetch tests: it trickles, stalls, streams forever,
compresses unasked, lies about lengths and redirects anywhere, one behaviour per path.

Raw sockets rather than ``http.server``: the point is to send what a well-behaved server never
would (headers one byte at a time, a bad status line, a body cut short).
"""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Send = Callable[[bytes], None]


def _headers(status: str = "200 OK", **fields: object) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k.replace('_', '-')}: {v}" for k, v in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class HostileServer:
    """Paths -> behaviours; ``feed`` is the body served by the well-behaved paths."""

    def __init__(self, feed: bytes) -> None:
        self.feed = feed
        self.stop = threading.Event()
        self.base = ""
        self.mode = "ok"  # what /changing does: the same URL, good one run and bad the next

    # -- behaviours: each gets the request path and a send function ---------------------------

    def ok(self, send: Send, path: str) -> None:
        send(_headers(Content_Type="application/rss+xml", Content_Length=len(self.feed),
                      Connection="close") + self.feed)

    def trickle_body(self, send: Send, path: str) -> None:
        """Headers at once, then one byte of the body every 0.3 s: every wait is short."""
        send(_headers(Content_Type="application/rss+xml", Content_Length=len(self.feed),
                      Connection="close"))
        for byte in self.feed:
            if self.stop.wait(0.3):
                return
            send(bytes([byte]))

    def trickle_headers(self, send: Send, path: str) -> None:
        """The status line, then the headers one byte every 0.3 s, forever."""
        send(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        while not self.stop.wait(0.3):
            send(b"a")

    def silent(self, send: Send, path: str) -> None:
        """Accept the connection and never answer."""
        self.stop.wait(60)

    def endless(self, send: Send, path: str) -> None:
        """A feed head and then items forever, as fast as the socket takes them."""
        send(_headers(Content_Type="application/rss+xml", Connection="close"))
        send(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>')
        chunk = b"<item><title>Endless item</title><description>x</description></item>" * 1000
        while not self.stop.is_set():
            send(chunk)

    def gzip_bomb(self, send: Send, path: str) -> None:
        """120 MB of zeros in about 120 KB of gzip, sent though nobody asked for gzip."""
        body = _gzip_bomb()
        send(_headers(Content_Type="application/rss+xml", Content_Encoding="gzip",
                      Content_Length=len(body), Connection="close") + body)

    def gzip_feed(self, send: Send, path: str) -> None:
        body = gzip.compress(self.feed)
        send(_headers(Content_Type="application/rss+xml", Content_Encoding="gzip",
                      Content_Length=len(body), Connection="close") + body)

    def deflate_feed(self, send: Send, path: str) -> None:
        body = zlib.compress(self.feed)
        send(_headers(Content_Type="application/rss+xml", Content_Encoding="deflate",
                      Content_Length=len(body), Connection="close") + body)

    def brotli(self, send: Send, path: str) -> None:
        send(_headers(Content_Encoding="br", Content_Length=4, Connection="close") + b"\x0b\x02")

    def corrupt_gzip(self, send: Send, path: str) -> None:
        body = b"\x1f\x8b\x08\x00" + b"not gzip at all" * 10
        send(_headers(Content_Encoding="gzip", Content_Length=len(body), Connection="close")
             + body)

    def short_body(self, send: Send, path: str) -> None:
        """Content-Length says the whole feed; half of it comes, then the connection closes."""
        send(_headers(Content_Type="application/rss+xml", Content_Length=len(self.feed),
                      Connection="close") + self.feed[: len(self.feed) // 2])

    def huge_length(self, send: Send, path: str) -> None:
        send(_headers(Content_Length=10**12, Connection="close") + b"<rss>")

    def garbage(self, send: Send, path: str) -> None:
        send(b"SPDY/9 banana\r\n\r\n")

    def redirect(self, send: Send, path: str) -> None:
        """``/redirect/<n>``: n more hops, then the feed; ``/redirect/to?<url>``: there."""
        rest = path.split("/redirect/", 1)[1]
        if rest.startswith("to?"):
            target = rest[3:]
        else:
            hops = int(rest)
            target = f"{self.base}ok" if hops <= 0 else f"{self.base}redirect/{hops - 1}"
        send(_headers("302 Found", Location=target, Content_Length=0, Connection="close"))

    def loop(self, send: Send, path: str) -> None:
        send(_headers("301 Moved Permanently", Location=f"{self.base}loop", Content_Length=0,
                      Connection="close"))

    def changing(self, send: Send, path: str) -> None:
        getattr(self, self.mode)(send, path)

    def dispatch(self, path: str) -> Callable[[Send, str], None]:
        name = path.strip("/").split("/", 1)[0].split("?", 1)[0].replace("-", "_")
        behaviour = getattr(self, name, None)
        if name.startswith("_") or name in ("dispatch", "serve") or behaviour is None:
            return self.not_found
        return behaviour  # type: ignore[no-any-return]

    def not_found(self, send: Send, path: str) -> None:
        send(_headers("404 Not Found", Content_Length=0, Connection="close"))


_BOMB: list[bytes] = []


def _gzip_bomb() -> bytes:
    if not _BOMB:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        block = b"\0" * (1 << 20)
        parts = [compressor.compress(b"<rss><channel><title>")]
        parts += [compressor.compress(block) for _ in range(120)]
        parts.append(compressor.flush())
        _BOMB.append(b"".join(parts))
    return _BOMB[0]


@contextmanager
def hostile_server(feed: bytes) -> Iterator[HostileServer]:
    """Serve a :class:`HostileServer` on an ephemeral loopback port; ``.base`` is its URL."""
    state = HostileServer(feed)
    _gzip_bomb()  # made before any client waits on it (it takes a second or two)

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            sock: socket.socket = self.request
            sock.settimeout(5)
            data = b""
            try:
                while b"\r\n\r\n" not in data and len(data) < 65536:
                    more = sock.recv(4096)
                    if not more:
                        return
                    data += more
                path = data.split(b" ", 2)[1].decode("latin-1")
                state.dispatch(path)(sock.sendall, path)
            except OSError:  # the client gave up (as it should): nothing to do
                return

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        yield state
    finally:
        state.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        time.sleep(0)  # let handler threads see the stop flag
