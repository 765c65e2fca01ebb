"""Request limits: body size and arrival time (an ASGI wrapper), per-key rate limits.

Every refusal is an :class:`HttpError`, which the app turns into LibreTranslate's error shape
``{"error": "..."}`` with the status LibreTranslate uses (400, 403, 413, 408, 429).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class HttpError(Exception):
    """A refusal with an HTTP status and a one-line message for the client."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class BodyTooLarge(HttpError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Invalid request: body larger than {limit} bytes")


class BodyTimeout(HttpError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            408, f"Invalid request: the request body did not arrive within {seconds:g} s"
        )


async def send_error(send: Send, error: HttpError) -> None:
    body = json.dumps({"error": error.message}).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ] + [(k.lower().encode(), v.encode()) for k, v in error.headers.items()]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimits:
    """Refuse a body over ``max_bytes`` (by its Content-Length at once, else while it streams)
    and one that arrives too slowly: all of it within ``body_timeout`` seconds and no pause
    longer than ``idle_timeout`` between chunks. A trickling client is cut off with 408."""

    def __init__(
        self, app: ASGIApp, max_bytes: int, body_timeout: float, idle_timeout: float
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout
        self.idle_timeout = idle_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_error(send, HttpError(400, "Invalid request: bad Content-Length"))
                    return
                if declared > self.max_bytes:
                    await send_error(send, BodyTooLarge(self.max_bytes))
                    return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        received = 0
        finished = False

        async def limited() -> Message:
            nonlocal received, finished
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
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
                finished = not message.get("more_body", False)
            return message

        await self.app(scope, limited, send)


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
