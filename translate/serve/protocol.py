"""uvicorn's h11 protocol with a deadline for the request head and the API's error shape.

The API's own error shape is also what a request h11 cannot read gets.

uvicorn times out an idle keep-alive connection, but not a new connection whose request line
and headers never finish: a client could hold connections open by sending nothing, or a header
a byte at a time ("slowloris"). This protocol closes a connection that has not completed its
first request head within ``HEADER_TIMEOUT`` seconds. (The body has its own limits, in
:mod:`translate.serve.limits`; later requests on a connection fall under uvicorn's keep-alive
timeout while idle.)

A request h11 refuses (a ``Content-Length`` that is not a number, two that disagree, a
malformed request line or header, a head over h11's 16 KiB) is answered 400 here, before the
app sees it: uvicorn's own answer is ``Invalid HTTP request received.`` in plain text, where
every other error of the API is ``{"error": ...}`` in JSON (fuzz35).
"""

from __future__ import annotations

import asyncio
import json
import socket
from contextlib import suppress

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
MALFORMED = json.dumps({"error": "Invalid request: malformed HTTP request (request line,"
                                 " headers or Content-Length)"}).encode("utf-8")


class GuardedH11Protocol(H11Protocol):
    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        no_delay(transport)
        self._head_timer: asyncio.TimerHandle | None = self.loop.call_later(
            self.header_timeout, self._head_late
        )

    def _head_late(self) -> None:
        self._head_timer = None
        if self.cycle is None and not self.transport.is_closing():
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to a request h11 cannot read, in the API's shape (JSON)."""
        headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
        try:
            self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers,
                                                             reason=b"Bad Request")) or b"")
            self.transport.write(self.conn.send(h11.Data(data=MALFORMED)) or b"")
            self.transport.write(self.conn.send(h11.EndOfMessage()) or b"")
        except h11.LocalProtocolError:  # a response was already under way: only close
            pass
        self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)


def no_delay(transport: asyncio.BaseTransport) -> None:
    """``TCP_NODELAY`` on the transport's socket, when it is a TCP one (not a Unix socket)."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with suppress(OSError):  # the connection is already gone
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def guarded(header_timeout: float) -> type[GuardedH11Protocol]:
    """The protocol class with ``header_timeout`` (uvicorn's ``http=`` takes a class, and with
    ``--workers`` pickles it by name: so the deadline is a class attribute, one per process)."""
    GuardedH11Protocol.header_timeout = header_timeout
    return GuardedH11Protocol
