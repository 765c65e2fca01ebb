"""The watch for a client that leaves (``Api.work``) waits on the request's ``receive`` and never
polls (skins28): while the pipeline runs in its thread, nothing wakes the event loop for it.

Before, ``request.is_disconnected()`` ran every 0.1 s for as long as the work ran: a receive
call and a timer each time, and the event loop taking the GIL from the pipeline's thread. No
durations are asserted: a timer of the event loop (0.35 s) orders the events, and asyncio runs
timers by their deadline, so a 0.1 s poll, if any, comes first.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from serve.serve_helpers import fake_config, run_async
from starlette.requests import ClientDisconnect, Request

from translate.serve.app import create_app


def _api(tmp_path: Path, **overrides: object) -> Any:
    return create_app(fake_config(tmp_path, **overrides)).state.api


def _request(receive: Any) -> Request:
    scope = {"type": "http", "method": "POST", "path": "/v1/editions", "headers": [],
             "query_string": b""}
    return Request(scope, receive)


def test_the_watch_receives_once_and_does_not_poll_while_the_work_runs(tmp_path: Path) -> None:
    api = _api(tmp_path)
    calls: list[str] = []
    release = threading.Event()

    async def scenario() -> str:
        never = asyncio.Event()

        async def receive() -> dict[str, Any]:
            calls.append("receive")
            await never.wait()  # the client stays: no message until the answer is sent
            return {"type": "http.disconnect"}

        def pipeline() -> str:
            release.wait(60)
            return "editions"

        job = asyncio.ensure_future(api.work(pipeline, request=_request(receive)))
        await asyncio.sleep(0.35)  # the event loop's own timer: a 0.1 s poll would fire first
        release.set()
        return await job

    assert run_async(scenario) == "editions"
    assert calls == ["receive"]


def test_a_client_that_leaves_while_waiting_for_a_thread_is_never_run(tmp_path: Path) -> None:
    """One thread, held; the second request's client leaves before it gets the thread: its
    work never starts, it ends as a client disconnect, and the first one is answered."""
    api = _api(tmp_path, threads=1)
    ran: list[str] = []
    release = threading.Event()

    async def scenario() -> tuple[str, str]:
        stay, leave = asyncio.Event(), asyncio.Event()

        def receiver(event: asyncio.Event) -> Any:
            async def receive() -> dict[str, Any]:
                await event.wait()
                return {"type": "http.disconnect"}
            return receive

        def work(name: str) -> str:
            ran.append(name)
            if name == "first":
                release.wait(60)
            return name

        first = asyncio.ensure_future(api.work(work, "first", request=_request(receiver(stay))))
        while not ran:
            await asyncio.sleep(0.01)
        second = asyncio.ensure_future(api.work(work, "second",
                                                request=_request(receiver(leave))))
        await asyncio.sleep(0)
        leave.set()  # the second client leaves while the thread is still held
        with pytest.raises(ClientDisconnect):
            await second
        release.set()
        return await first, "second gone"

    assert run_async(scenario) == ("first", "second gone")
    assert ran == ["first"]
