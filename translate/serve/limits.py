"""Request limits: body size and arrival time (an ASGI wrapper), per-key rate limits.

Every refusal is an :class:`HttpError`, which the app turns into LibreTranslate's error shape
``{"error": "..."}`` with the status LibreTranslate uses (400, 403, 413, 408, 429).
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ..fsutil import larger_than

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


# an error answer is one line of at most this many characters: a message quoting a field the
# client sent (an unknown source, target or format) shows its start, never the whole field
MAX_ERROR_CHARS = 300
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """``message`` as an error answer shows it: control characters (a newline, NUL, ESC of a
    terminal sequence) written as escapes, and cut to ``MAX_ERROR_CHARS`` with the length said
    (fuzz43: ``{"source": 3 MB}`` was answered with a 3 MB error quoting it, and a target of
    "pt\\n\\x1b[2J" with the newline and the escape sequence as sent)."""
    shown = _CONTROL.sub(lambda m: ascii(m.group())[1:-1], message)
    if len(shown) <= MAX_ERROR_CHARS:
        return shown
    head, tail = MAX_ERROR_CHARS * 3 // 5, MAX_ERROR_CHARS // 4  # what went wrong ends it
    cut = len(shown) - head - tail
    return f"{shown[:head]}...[{cut:,} characters]...{shown[-tail:]}"


class HttpError(Exception):
    """A refusal with an HTTP status and a one-line message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class BodyTooLarge(HttpError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Invalid request: body {larger_than(limit)}")


class BodyTimeout(HttpError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            408, f"Invalid request: the request body did not arrive within {seconds:g} s"
        )


async def send_error(
    send: Send, error: HttpError, before_close: Callable[[], Awaitable[None]] | None = None
) -> None:
    """The error in LibreTranslate's shape, then ``before_close`` (the connection closes when
    the response ends: the whole answer is sent first, so the client has it meanwhile)."""
    body = json.dumps({"error": one_line(error.message)}).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ] + [(k.lower().encode(), v.encode()) for k, v in error.headers.items()]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    if before_close is None:
        await send({"type": "http.response.body", "body": body})
        return
    await send({"type": "http.response.body", "body": body, "more_body": True})
    await before_close()
    await send({"type": "http.response.body", "body": b"", "more_body": False})


class BodyLimits:
    """Refuse a body over ``max_bytes`` (by its Content-Length at once, else while it streams)
    and one that arrives too slowly: all of it within ``body_timeout`` seconds and no pause
    longer than ``idle_timeout`` between chunks. A trickling client is cut off with 408.

    A body past the limit is answered 413 at once, and then the rest of it is read and thrown
    away before the connection closes ("lingering close", as Apache and nginx do): closing a
    socket with unread data makes the kernel send a reset, and a client still sending (Python's
    ``http.client``, ``requests``) sees the reset instead of the 413. The drain is bounded:
    at most ``linger_bytes`` more bytes (a body declared larger than that is not drained at
    all), within ``linger_timeout`` seconds, no pause longer than ``linger_idle``; it runs on
    the event loop (no thread, no pipeline slot is held), and a client that sent
    ``Expect: 100-continue`` is not waited for (it sends no body after a refusal).
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, body_timeout: float, idle_timeout: float,
        linger_bytes: int = 16 * 1024 * 1024, linger_timeout: float = 5.0,
        linger_idle: float = 1.0,
    ) -> None:  # fmt: skip
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout
        self.idle_timeout = idle_timeout
        self.linger_bytes = linger_bytes
        self.linger_timeout = linger_timeout
        self.linger_idle = linger_idle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared: int | None = None
        waits_to_continue = False
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_error(send, HttpError(400, "Invalid request: bad Content-Length"))
                    return
            elif name == b"expect" and value.strip().lower() == b"100-continue":
                waits_to_continue = True
        if declared is not None and declared > self.max_bytes:
            await send_error(send, BodyTooLarge(self.max_bytes), lambda: self._drain(
                receive, 0 if waits_to_continue else declared))
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        received = 0
        finished = False
        over = False

        async def limited() -> Message:
            nonlocal received, finished, over
            if finished:  # after the body: wait for a disconnect like the server would
                return await receive()
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise BodyTimeout(self.body_timeout)
            try:
                message = await asyncio.wait_for(receive(), min(remaining, self.idle_timeout))
            except asyncio.TimeoutError:
                raise BodyTimeout(
                    self.body_timeout if remaining <= self.idle_timeout else self.idle_timeout
                ) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                finished = not message.get("more_body", False)
                if received > self.max_bytes and not finished:
                    over = True
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def answer(message: Message) -> None:
            if over and message["type"] == "http.response.body" \
                    and not message.get("more_body", False):  # fmt: skip
                over_by = None if declared is None else declared - received
                await send({**message, "more_body": True})  # the 413 reaches the client now
                await self._drain(receive, over_by)
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app(scope, limited, answer)

    async def _drain(self, receive: Receive, rest: int | None) -> None:
        """Read and drop the rest of a refused body (``rest`` bytes, None when unknown), within
        the linger bounds; a rest larger than ``linger_bytes`` is not read at all."""
        if rest is not None and (rest <= 0 or rest > self.linger_bytes):
            return
        loop = asyncio.get_running_loop()
        end = loop.time() + self.linger_timeout
        read = 0
        while read <= self.linger_bytes:
            remaining = end - loop.time()
            if remaining <= 0:
                return
            try:
                message = await asyncio.wait_for(receive(), min(remaining, self.linger_idle))
            except asyncio.TimeoutError:
                return
            if message["type"] != "http.request":
                return  # the client left
            read += len(message.get("body", b""))
            if not message.get("more_body", False):
                return


class RateLimiter:
    """A token bucket per client key: ``limit`` requests a minute, a burst of at most ``limit``.

    A batch costs one request per item of its ``q`` list, as LibreTranslate counts it.
    """

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last time)
        self._lock = threading.Lock()

    def take(self, key: str, cost: int = 1, limit: int | None = None) -> float:
        """Spend ``cost`` tokens; 0.0 when allowed, else the seconds to wait before retrying."""
        per_minute = self.limit if limit is None else limit
        if per_minute < 0:
            return 0.0
        rate = per_minute / 60.0
        now = self.clock()
        with self._lock:
            if len(self._buckets) > 100_000:  # forget idle clients rather than grow forever
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 120}
            tokens, last = self._buckets.get(key, (float(per_minute), now))
            tokens = min(float(per_minute), tokens + (now - last) * rate)
            cost = min(cost, max(per_minute, 1))  # a batch larger than the limit can still pass
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (cost - tokens) / rate if rate > 0 else 60.0
