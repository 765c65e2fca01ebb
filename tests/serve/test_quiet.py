"""``translate serve``'s uvicorn server without the 0.1 s tick (skins29): the event loop sleeps
between requests and still stops at once when asked.

uvicorn's own ``main_loop`` wakes the event loop every 0.1 s to read ``should_exit``: ten
wake-ups a second of an idle server, and one or two during each request, taking the GIL from
the pipeline's thread. :class:`QuietServer` wakes for the date header once a second and for an
exit when it is asked. No durations are asserted: the date period is set to an hour, so a
server that only polled would never stop within the tests' 30 s join, and one that ticked
would call ``on_tick`` more than once.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import uvicorn
from serve.serve_helpers import KEY, ROOT, fake_config, running

import translate.serve.quiet as quiet
from translate.serve.app import create_app
from translate.serve.protocol import guarded


def test_the_loop_does_not_tick_between_or_during_requests(
    fake_engines: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiet, "DATE_PERIOD", 3600.0)
    ticks: list[int] = []
    real = quiet.QuietServer.on_tick

    async def counted(self: quiet.QuietServer, counter: int) -> bool:
        ticks.append(counter)
        return await real(self, counter)

    monkeypatch.setattr(quiet.QuietServer, "on_tick", counted)
    config = fake_config(tmp_path)
    with running(config) as server, server.client() as client:
        for _ in range(3):
            answer = client.post("/v1/editions", json={
                "text": "The talks resumed after a pause.", "targets": "pt-BR",
                "api_key": KEY})  # fmt: skip
            assert answer.status_code == 200, answer.text
            assert client.get("/healthz").status_code == 200
        assert ticks == [0]  # the start's date header and exit check, nothing since
    assert ticks == [0, 0]  # the stop woke it once: exit seen


def test_an_exit_asked_from_another_thread_stops_the_server_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quiet, "DATE_PERIOD", 3600.0)
    config = fake_config(tmp_path)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = quiet.QuietServer(uvicorn.Config(
        create_app(config), log_level="warning", http=guarded(config.header_timeout)))  # fmt: skip
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        started = threading.Event()
        while not server.started and thread.is_alive():
            started.wait(0.02)
        assert server.started
        server.should_exit = True  # as serve_helpers and uvicorn's signal handler set it
        thread.join(30)  # an hour's date period: only the wake ends the wait
        assert not thread.is_alive()
    finally:
        sock.close()


def test_sigterm_wakes_the_sleeping_loop_and_the_server_exits(tmp_path: Path) -> None:
    """The signal path: uvicorn's handler, in the main thread, sets ``should_exit`` while the
    loop sleeps in its selector; the server must stop without a tick to notice."""
    code = textwrap.dedent("""
        import sys, uvicorn
        import translate.serve.quiet as quiet
        quiet.DATE_PERIOD = 3600.0

        async def app(scope, receive, send):
            pass

        server = quiet.QuietServer(uvicorn.Config(app, host="127.0.0.1", port=0,
                                                  lifespan="off", log_level="warning"))
        real = server.main_loop

        async def main_loop():
            import asyncio
            # printed once the loop runs again: main_loop is then asleep on its wake
            asyncio.get_running_loop().call_soon(print, "ready")
            await real()

        server.main_loop = main_loop
        sys.stdout.reconfigure(line_buffering=True)
        server.run()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ})  # fmt: skip
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    # uvicorn re-raises the signal it captured after its clean shutdown
    assert proc.returncode in (0, -signal.SIGTERM), (out, err)
