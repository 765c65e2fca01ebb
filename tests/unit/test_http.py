"""translate.http on a real loopback server: deadlines, size cap, redirects, conditional GET."""

from __future__ import annotations

import contextlib
import http.server
import io
import socket
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from loopback import serve

from translate import http as fetcher
from translate.errors import InputError, NetworkError

BODY = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
ETAG = '"v1"'
MODIFIED = "Wed, 02 Dec 2026 10:00:00 GMT"


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[dict[str, str]]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle(self) -> None:
        with contextlib.suppress(OSError):  # the client gave up (size cap, deadline)
            super().handle()

    def _send(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        _Handler.seen.append(dict(self.headers.items()))
        path = self.path
        if path == "/feed":
            if self.headers.get("If-None-Match") == ETAG:
                self.send_response(304)
                self.send_header("ETag", ETAG)
                self.end_headers()
                return
            self._send(200, BODY, ETag=ETAG, Content_Type="application/rss+xml")
        elif path == "/dated":
            if self.headers.get("If-Modified-Since") == MODIFIED:
                self.send_response(304)
                self.end_headers()
                return
            self._send(200, BODY, Last_Modified=MODIFIED)
        elif path == "/missing":
            self._send(404, b"no")
        elif path == "/big-declared":
            self._send(200, b"x" * 5000)
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"3e8\r\n" + b"x" * 1000 + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/redirect":
            self._send(302, Location="/feed")
        elif path == "/redirect-file":
            self._send(302, Location="file:///etc/passwd")
        elif path == "/loop":
            self._send(302, Location="/loop")
        elif path == "/trickle-body":  # one byte every 0.2 s, forever: no socket timeout fires
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self._trickle(self.wfile)
        elif path == "/trickle-headers":
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                while True:
                    self.wfile.write(b"X-Slow: a\r\n")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        else:
            self._send(404)

    @staticmethod
    def _trickle(out: Any) -> None:
        try:
            while True:
                out.write(b"x")
                out.flush()
                time.sleep(0.2)
        except OSError:
            pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.seen = []
    with serve(_Handler) as url:
        yield url


def test_get_and_validators(server: str) -> None:
    out = io.BytesIO()
    response = fetcher.get(server + "/feed", out)
    assert (response.status, out.getvalue(), response.size) == (200, BODY, len(BODY))
    assert response.validators == fetcher.Validators(etag=ETAG)
    assert response.content_type == "application/rss+xml"
    assert _Handler.seen[0]["User-Agent"].startswith("newsroom-translate/")


def test_conditional_get_with_etag(server: str) -> None:
    out = io.BytesIO()
    response = fetcher.get(server + "/feed", out, validators=fetcher.Validators(etag=ETAG))
    assert response.not_modified and out.getvalue() == b"" and response.size == 0
    assert response.validators.etag == ETAG
    assert _Handler.seen[-1]["If-None-Match"] == ETAG


def test_conditional_get_with_last_modified(server: str) -> None:
    first = fetcher.get(server + "/dated", io.BytesIO())
    assert first.validators == fetcher.Validators(last_modified=MODIFIED)
    again = fetcher.get(server + "/dated", io.BytesIO(), validators=first.validators)
    assert again.not_modified
    assert again.validators == first.validators  # a 304 without validators keeps the old ones


def test_a_changed_document_comes_back_whole(server: str) -> None:
    out = io.BytesIO()
    response = fetcher.get(server + "/feed", out, validators=fetcher.Validators(etag='"old"'))
    assert response.status == 200 and out.getvalue() == BODY


def test_http_error_status(server: str) -> None:
    with pytest.raises(fetcher.FetchError, match="HTTP 404") as err:
        fetcher.get(server + "/missing", io.BytesIO())
    assert (err.value.kind, err.value.status, err.value.exit_code) == ("http", 404, 8)


@pytest.mark.parametrize("path", ["/big-declared", "/big-chunked"])
def test_size_cap(server: str, path: str) -> None:
    out = io.BytesIO()
    with pytest.raises(InputError, match="larger than 1000 bytes"):
        fetcher.get(server + path, out, limits=fetcher.Limits(max_bytes=1000))
    assert len(out.getvalue()) <= 1000


def test_redirects(server: str) -> None:
    out = io.BytesIO()
    assert fetcher.get(server + "/redirect", out).url == server + "/feed"
    assert out.getvalue() == BODY
    with pytest.raises(NetworkError, match="non-http URL 'file:///etc/passwd'"):
        fetcher.get(server + "/redirect-file", io.BytesIO())
    with pytest.raises(NetworkError, match="redirects"):
        fetcher.get(server + "/loop", io.BytesIO())


def test_only_http_urls() -> None:
    with pytest.raises(NetworkError, match="only http and https"):
        fetcher.get("file:///etc/passwd", io.BytesIO())


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/feed"
    with pytest.raises(fetcher.FetchError, match="cannot fetch") as err:
        fetcher.get(url, io.BytesIO())
    assert err.value.kind == "unreachable"


@pytest.mark.parametrize(
    ("path", "limits", "message"),
    [
        # a byte every 0.2 s never trips the 5 s idle timeout: the total deadline stops it
        ("/trickle-body", fetcher.Limits(idle=5, total=1.0), "timed out after 1 s"),
        ("/trickle-headers", fetcher.Limits(first_byte=1.0, total=30), "no response within 1 s"),
        ("/trickle-headers", fetcher.Limits(first_byte=30, total=1.0), "within|timed out"),
    ],
    ids=["body", "headers-first-byte", "headers-total"],
)
def test_a_trickling_server_cannot_hang_a_download(
    server: str, path: str, limits: fetcher.Limits, message: str
) -> None:
    start = time.monotonic()
    with pytest.raises(fetcher.FetchError, match=message) as err:
        fetcher.get(server + path, io.BytesIO(), limits=limits)
    assert err.value.kind == "timeout"
    assert time.monotonic() - start < 5


def test_a_silent_server_hits_the_first_byte_deadline() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection (backlog) but never answers
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        start = time.monotonic()
        with pytest.raises(fetcher.FetchError, match=r"no response within 0\.5 s"):
            fetcher.get(url, io.BytesIO(), limits=fetcher.Limits(first_byte=0.5))
        assert time.monotonic() - start < 5
    finally:
        listener.close()
