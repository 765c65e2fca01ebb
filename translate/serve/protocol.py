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

h11 holds that 16 KiB limit only while a head is incomplete: a head that came whole in one read
(asyncio reads up to 256 KiB at a time) was parsed whatever its size, so a 100 kB header or URL
was refused or served as the network happened to cut it into segments (fuzz39, on loopback:
served). :meth:`GuardedH11Protocol.data_received` holds it on every head: a request head
(request line and headers, to the blank line) over ``MAX_HEAD`` bytes is answered 400 and the
connection closed, however it arrived.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
from contextlib import suppress

import h11
from h11._connection import DEFAULT_MAX_INCOMPLETE_EVENT_SIZE  # as uvicorn takes it
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..fsutil import larger_than

HEADER_TIMEOUT = 10.0
MALFORMED = json.dumps({"error": "Invalid request: malformed HTTP request (request line,"
                                 " headers or Content-Length)"}).encode("utf-8")
MAX_HEAD = DEFAULT_MAX_INCOMPLETE_EVENT_SIZE  # 16 KiB, h11's and so uvicorn's
HEAD_END = re.compile(rb"\n\r?\n")  # where h11 ends a head (a CRLF or bare LF blank line)
TOO_LARGE = json.dumps({"error": "Invalid request: request head (request line and headers) "
                                 + larger_than(MAX_HEAD)}).encode("utf-8")


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

    def data_received(self, data: bytes) -> None:
        """h11's head limit held on a head however it arrived (in one read, or in pieces)."""
        if self.conn.their_state is h11.IDLE:  # reading a request's head
            buffered = self.conn.trailing_data[0]
            head = buffered + data if buffered else data
            end = HEAD_END.search(head, 0, MAX_HEAD + 4)
            if end is None and len(head) > MAX_HEAD:
                self._refuse_head()
                return
        super().data_received(data)

    def _refuse_head(self) -> None:
        """A 400 in the API's shape for a head over ``MAX_HEAD``, written as bytes (h11 sends
        no response to a request it has not read), and the connection closed."""
        if self.transport.is_closing():
            return
        self.transport.write(b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
                             b"content-length: %d\r\nconnection: close\r\n\r\n" % len(TOO_LARGE)
                             + TOO_LARGE)
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
