"""uvicorn's server without its ten-a-second tick: the event loop sleeps between requests.

uvicorn's ``Server.main_loop`` wakes the event loop every 0.1 s to look at ``should_exit`` (and,
once a second, to renew the ``date`` header). Between requests that is ten wake-ups a second of
an idle process; during a request it wakes the event loop while the pipeline runs in its worker
thread, and each wake takes the GIL from the pipeline for a moment. The library
(``translate_article`` in a caller's process) has no such thread.

:class:`QuietServer` keeps the same ticks' work and drops the polling: the loop wakes once a
second for the ``date`` header (uvicorn's own period), and at once when ``should_exit`` is set
(by uvicorn's signal handler on SIGTERM or Ctrl-C, or by a caller in another thread), where
uvicorn noticed it within 0.1 s. ``limit_max_requests`` and ``callback_notify`` (counted by the
tick; ``translate serve`` sets neither) keep uvicorn's own loop.
"""

from __future__ import annotations

import asyncio
from contextlib import suppress

import uvicorn

DATE_PERIOD = 1.0  # seconds between two renewals of the date header (uvicorn: every 10 ticks)


class QuietServer(uvicorn.Server):
    _exit = False
    _wake_loop: asyncio.AbstractEventLoop | None = None
    _wake: asyncio.Event | None = None

    @property  # type: ignore[override]
    def should_exit(self) -> bool:
        return self._exit

    @should_exit.setter
    def should_exit(self, value: bool) -> None:
        self._exit = value
        wake, loop = self._wake, self._wake_loop
        if value and wake is not None and loop is not None:
            # from a signal handler, another thread or the loop itself: the same call; a
            # closed loop (RuntimeError) has nothing waiting any more
            with suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    async def main_loop(self) -> None:
        if self.config.limit_max_requests is not None or self.config.callback_notify is not None:
            await super().main_loop()  # those are counted on the tick
            return
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()
        self._wake = wake
        self._wake_loop = loop
        try:
            # on_tick(0): the date header renewed, then should_exit looked at, as every tenth
            # tick of uvicorn's loop does; between two, the loop sleeps until the next renewal
            # or an exit asked for (the flag is read after the event is cleared: none is lost)
            while not await self.on_tick(0):
                timer = loop.call_later(DATE_PERIOD, wake.set)
                await wake.wait()
                wake.clear()
                timer.cancel()
        finally:
            self._wake = self._wake_loop = None
