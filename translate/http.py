"""The one HTTP(S) client: bounded GETs with deadlines, a size cap and conditional requests.

Used only when the user named a URL (a feed, the Argos package index). Every download is
bounded four ways, so no server can hang a run or fill the disk:

- ``connect``: TCP connect, proxy tunnel and TLS handshake;
- ``first_byte``: from sending the request to the end of the response headers;
- ``idle``: the longest silence while the body arrives;
- ``total``: the whole exchange, redirects included. A server that trickles one byte every two
  seconds never trips a socket timeout; a watchdog timer shuts the socket down at the deadline.

Redirects are followed to http(s) URLs only. Conditional GET: pass the ``Validators`` (ETag,
Last-Modified) of the previous download and a ``304 Not Modified`` comes back as
``Response.not_modified`` with nothing written. Proxies come from the environment
(``http_proxy``, ``https_proxy``, ``no_proxy``), as urllib reads them.

``TRANSLATE_OFFLINE=1`` in the environment forbids the network: a connection to any host but
loopback (``localhost``, 127.0.0.0/8, ``::1``) fails before it is opened, with exit code 8.
The test suite sets it for every process it starts.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import IO, Literal
from urllib.parse import unquote, urljoin, urlsplit

from . import __version__
from .errors import InputError, NetworkError
from .fsutil import larger_than
from .options import offline

USER_AGENT = f"newsroom-translate/{__version__} (+offline localization)"
MAX_REDIRECTS = 5
_CHUNK = 256 * 1024

FailureKind = Literal["scheme", "redirect", "http", "unreachable", "timeout", "read"]


class FetchError(NetworkError):
    """A download that failed (exit code 8); ``kind`` says how, ``status`` the HTTP status."""

    def __init__(self, url: str, kind: FailureKind, detail: str, *, status: int | None = None,
                 reason: str | None = None, hint: str | None = None) -> None:
        super().__init__(f"{url}: {detail}", hint=hint)
        self.url = url
        self.kind = kind
        self.detail = detail
        self.status = status
        self.reason = reason or detail  # the cause alone (``Connection refused``)


class TooLargeError(InputError):
    """A response larger than the cap (exit code 3: the input is unusable as it is)."""

    def __init__(self, url: str, max_bytes: int) -> None:
        super().__init__(larger_than(max_bytes), path=url)
        self.url = url
        self.max_bytes = max_bytes


@dataclass(frozen=True)
class Limits:
    """How long and how much: seconds for each phase, and the largest body accepted."""

    connect: float = 10.0
    first_byte: float = 30.0
    idle: float = 30.0
    total: float = 120.0
    max_bytes: int = 100 * 1024 * 1024

    @classmethod
    def within(cls, seconds: float, max_bytes: int) -> Limits:
        """Everything, the whole download included, within ``seconds``."""
        return cls(connect=min(seconds, 10.0), first_byte=seconds, idle=seconds, total=seconds,
                   max_bytes=max_bytes)


@dataclass(frozen=True)
class Validators:
    """What a server said about a document's version, for the next conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass(frozen=True)
class Response:
    """The outcome of :func:`get`."""

    url: str  # after redirects
    status: int
    size: int  # bytes written
    validators: Validators
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Watchdog:
    """Shuts the connection's socket down when ``seconds`` pass, waking any blocked read."""

    def __init__(self, sock: Callable[[], socket.socket | None], seconds: float) -> None:
        self.fired = False
        self._sock = sock
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        sock = self._sock()
        if sock is not None:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    @contextmanager
    def running(self) -> Iterator[_Watchdog]:
        self._timer.start()
        try:
            yield self
        finally:
            self._timer.cancel()


def is_http_url(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ("http", "https")


def is_loopback_host(host: str) -> bool:
    """``localhost`` or a loopback address; other names are not resolved, so not loopback."""
    name = host.strip("[]").split("%")[0].lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _connection(
    url: str, timeout: float
) -> tuple[http.client.HTTPConnection, str, dict[str, str]]:
    """A connection for ``url`` (through the environment's proxy, if any), the request target
    to send on it, and the headers the proxy needs."""
    parts = urlsplit(url)
    https = parts.scheme.lower() == "https"
    host = parts.hostname or ""
    port = parts.port or (443 if https else 80)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    proxy = urllib.request.getproxies().get("https" if https else "http")
    if proxy and not urllib.request.proxy_bypass(host):
        p = urlsplit(proxy if "://" in proxy else "http://" + proxy)
        headers = {}
        if p.username:
            token = f"{unquote(p.username)}:{unquote(p.password or '')}".encode()
            headers["Proxy-Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        if https:
            conn: http.client.HTTPConnection = http.client.HTTPSConnection(
                p.hostname or "", p.port or 3128, timeout=timeout,
                context=ssl.create_default_context())
            conn.set_tunnel(host, port, headers=headers)
            return conn, target, {}
        conn = http.client.HTTPConnection(p.hostname or "", p.port or 3128, timeout=timeout)
        return conn, url, headers  # a plain-http proxy takes the absolute URL
    if https:
        return http.client.HTTPSConnection(host, port, timeout=timeout,
                                           context=ssl.create_default_context()), target, {}
    return http.client.HTTPConnection(host, port, timeout=timeout), target, {}


def get(
    url: str,
    out: IO[bytes],
    *,
    limits: Limits | None = None,
    headers: Mapping[str, str] | None = None,
    validators: Validators | None = None,
) -> Response:
    """Download ``url`` into ``out``; :class:`FetchError` or :class:`TooLargeError` on failure.

    With ``validators`` the request is conditional: a ``304`` writes nothing and returns a
    response whose ``not_modified`` is true.
    """
    limits = limits or Limits()
    deadline = time.monotonic() + limits.total
    if not is_http_url(url):
        raise FetchError(url, "scheme", "only http and https URLs are fetched")
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        result = _exchange(current, out, limits, deadline, headers or {}, validators)
        if isinstance(result, Response):
            return result
        location = urljoin(current, result)
        if not is_http_url(location):
            raise FetchError(url, "redirect", f"redirected to a non-http URL {location!r}")
        current = location
    raise FetchError(url, "redirect", f"more than {MAX_REDIRECTS} redirects")


def _remaining(deadline: float) -> float:
    return deadline - time.monotonic()


def _exchange(
    url: str,
    out: IO[bytes],
    limits: Limits,
    deadline: float,
    headers: Mapping[str, str],
    validators: Validators | None,
) -> Response | str:
    """One request: the response, or the Location of a redirect."""
    conn, target, proxy_headers = _connection(
        url, max(0.001, min(limits.connect, _remaining(deadline))))
    if offline() and not is_loopback_host(conn.host):  # the proxy, when there is one
        conn.close()
        raise FetchError(url, "unreachable", "network disabled: TRANSLATE_OFFLINE is set",
                         reason="network disabled (TRANSLATE_OFFLINE)",
                         hint="unset TRANSLATE_OFFLINE to allow downloads")
    request_headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", **headers,
                       **proxy_headers}
    if validators is not None and validators.etag:
        request_headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        request_headers["If-Modified-Since"] = validators.last_modified
    phase = "connect"
    response: http.client.HTTPResponse | None = None
    dog = _Watchdog(lambda: conn.sock, min(limits.connect, _remaining(deadline)))
    try:
        with dog.running():
            conn.connect()
        if dog.fired:
            raise TimeoutError
        phase = "first_byte"
        # http.client forgets the socket once a response that closes the connection is read;
        # the response still reads from it, so keep it for timeouts and the watchdog
        sock: socket.socket = conn.sock  # type: ignore[assignment]
        sock.settimeout(max(0.001, min(limits.first_byte, _remaining(deadline))))
        dog = _Watchdog(lambda: sock, min(limits.first_byte, _remaining(deadline)))
        with dog.running():
            conn.request("GET", target, headers=request_headers)
            response = conn.getresponse()
        if dog.fired:
            raise TimeoutError
        status = response.status
        if status in (301, 302, 303, 307, 308) and response.getheader("Location"):
            return str(response.getheader("Location"))
        found = Validators(response.getheader("ETag"), response.getheader("Last-Modified"))
        if status == 304 and validators:
            return Response(url, status, 0, found or validators)
        if not 200 <= status < 300:
            raise FetchError(url, "http", f"HTTP {status} {response.reason}".rstrip(),
                             status=status)
        declared = response.getheader("Content-Length")
        if declared and declared.isdigit() and int(declared) > limits.max_bytes:
            raise TooLargeError(url, limits.max_bytes)
        phase = "body"
        sock.settimeout(max(0.001, min(limits.idle, _remaining(deadline))))
        size = received = 0
        decoder = _Decoder(response.getheader("Content-Encoding"), url)
        dog = _Watchdog(lambda: sock, _remaining(deadline))
        with dog.running():
            while chunk := response.read1(_CHUNK):
                received += len(chunk)
                while chunk:  # at most 1 MiB inflated at a time: flat memory for a gzip bomb
                    data = decoder.feed(chunk, min(limits.max_bytes - size, 1 << 20))
                    size += len(data)
                    if size > limits.max_bytes:
                        raise TooLargeError(url, limits.max_bytes)
                    out.write(data)
                    chunk = decoder.pending()
        if dog.fired:
            raise TimeoutError
        if declared and declared.isdigit() and received < int(declared):
            raise FetchError(url, "read", f"download failed: the connection closed after"
                             f" {received} of {declared} bytes", reason="connection closed")
        return Response(url, status, size, found, response.getheader("Content-Type"))
    except TimeoutError:
        raise _timeout(url, phase, limits) from None
    except (http.client.HTTPException, ssl.SSLError, OSError, ValueError) as exc:
        if dog.fired:
            raise _timeout(url, phase, limits) from None
        reason = _reason(exc)
        if phase == "body":
            raise FetchError(url, "read", f"download failed: {reason}", reason=reason) from None
        raise FetchError(url, "unreachable", f"cannot fetch: {reason}", reason=reason) from None
    finally:
        if response is not None:
            response.close()  # its file object holds the socket open
        conn.close()


class _Decoder:
    """The body as sent, or inflated (gzip, deflate) when the server compressed it though asked
    not to (``Accept-Encoding: identity``), a bounded piece at a time."""

    def __init__(self, encoding: str | None, url: str) -> None:
        import zlib

        encoding = (encoding or "identity").strip().lower()
        self.url = url
        self._z: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        elif encoding not in ("identity", ""):
            raise FetchError(url, "read", f"unsupported Content-Encoding {encoding[:40]!r}")

    def feed(self, chunk: bytes, room: int) -> bytes:
        """Up to ``room + 1`` bytes of output (one more tells it is too much); the rest of
        ``chunk`` waits in :meth:`pending`."""
        import zlib

        if self._z is None:
            return chunk
        try:
            return self._z.decompress(chunk, max(room, 0) + 1)
        except zlib.error as exc:
            raise InputError(f"corrupt compressed body ({exc})", path=self.url) from None

    def pending(self) -> bytes:
        return b"" if self._z is None else bytes(self._z.unconsumed_tail)


def _timeout(url: str, phase: str, limits: Limits) -> FetchError:
    if phase == "connect":
        detail = f"no connection within {limits.connect:g} s"
    elif phase == "first_byte":
        detail = f"no response within {limits.first_byte:g} s"
    else:
        detail = f"timed out after {limits.total:g} s (or {limits.idle:g} s without data)"
    return FetchError(url, "timeout", detail)


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
    text = " ".join(str(reason).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
