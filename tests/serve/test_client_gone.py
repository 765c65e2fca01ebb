"""A client that leaves in the middle of its request body (newuser23's probe): no 500 in the
metrics and no "internal error" in the log, for a disconnect is no bug of the server's; the
server keeps serving. Counted as 499, the status proxies give a request the client closed."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
from serve.serve_helpers import KEY, Server, fake_config, running


def _metric(server: Server, endpoint: str, status: str) -> float:
    with server.client() as c:
        text = c.get("/metrics").text
    needle = f'translate_http_requests_total{{endpoint="{endpoint}",status="{status}"}} '
    return sum(float(line[len(needle):]) for line in text.splitlines() if line.startswith(needle))


def test_a_client_gone_mid_body_is_no_internal_error(server: Server,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    before_500 = _metric(server, "/translate", "500")
    before_499 = _metric(server, "/translate", "499")
    body = b'{"q": "The talks resumed on Monday.", "source": "en", "target": "pt", "api_key": "'
    with caplog.at_level(logging.ERROR, logger="translate.serve"):
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", int(server.url.rsplit(":", 1)[1]))) as s:
                s.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\n"
                          b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n" + body)
        deadline = time.monotonic() + 10
        while _metric(server, "/translate", "499") < before_499 + 3:
            assert time.monotonic() < deadline, "the three requests were never counted"
            time.sleep(0.05)
    assert _metric(server, "/translate", "500") == before_500
    assert not [r for r in caplog.records if "internal error" in r.getMessage()]
    with server.client() as c:
        r = c.post("/translate", json={"q": "The talks resumed.", "source": "en", "target": "pt",
                                       "api_key": KEY})
    assert r.status_code == 200, r.text


def test_requests_whose_clients_left_while_waiting_never_run(
        fake_engines: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One thread, busy; four clients send a request and give up before it gets the thread.
    Their work never starts (the probe: ten abandoned page requests kept a one-line request
    waiting 14.7 s), each counts as 499, and the next live request is answered."""
    with running(fake_config(tmp_path, threads=1)) as server:
        api = server.app.state.api  # type: ignore[attr-defined]
        real = api.service.detect
        gate = threading.Event()
        ran: list[str] = []

        def slow(texts: list[str]) -> object:
            ran.append(texts[0])
            if texts[0].startswith("first"):
                gate.wait(20)
            return real(texts)

        monkeypatch.setattr(api.service, "detect", slow)
        answers: list[httpx.Response] = []

        def first() -> None:
            with server.client() as c:
                answers.append(c.post("/detect", json={"q": "first one", "api_key": KEY}))

        holder = threading.Thread(target=first)
        holder.start()
        deadline = time.monotonic() + 10
        while not ran and time.monotonic() < deadline:
            time.sleep(0.01)
        assert ran == ["first one"]
        port = int(server.url.rsplit(":", 1)[1])
        for n in range(4):
            body = json.dumps({"q": f"abandoned {n}", "api_key": KEY}).encode()
            with socket.create_connection(("127.0.0.1", port)) as s:
                s.sendall(b"POST /detect HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                          b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                time.sleep(0.2)  # sent whole, now waiting for the thread
        while _metric(server, "/detect", "499") < 4:
            assert time.monotonic() < deadline, "the abandoned requests were never noticed"
            time.sleep(0.05)
        gate.set()
        holder.join(20)
        assert [a.status_code for a in answers] == [200]
        with server.client() as c:
            r = c.post("/detect", json={"q": "The talks resumed on Monday.", "api_key": KEY})
        assert r.status_code == 200, r.text
        assert ran == ["first one", "The talks resumed on Monday."]


def test_started_work_keeps_its_thread_after_its_client_left(
        fake_engines: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Work that has begun cannot be stopped: it keeps its thread to the end, so clients that
    leave at once cannot make the server run more than ``--threads`` requests together."""
    with running(fake_config(tmp_path, threads=1)) as server:
        api = server.app.state.api  # type: ignore[attr-defined]
        real = api.service.detect
        gate = threading.Event()
        ran: list[str] = []

        def slow(texts: list[str]) -> object:
            ran.append(texts[0])
            if texts[0] == "left":
                gate.wait(20)
            return real(texts)

        monkeypatch.setattr(api.service, "detect", slow)
        body = json.dumps({"q": "left", "api_key": KEY}).encode()
        with socket.create_connection(("127.0.0.1", int(server.url.rsplit(":", 1)[1]))) as s:
            s.sendall(b"POST /detect HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                      b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            deadline = time.monotonic() + 10
            while not ran and time.monotonic() < deadline:
                time.sleep(0.01)
        answers: list[httpx.Response] = []

        def live() -> None:
            with server.client() as c:
                answers.append(c.post("/detect", json={"q": "The talks resumed.",
                                                       "api_key": KEY}))

        waiting = threading.Thread(target=live)
        waiting.start()
        time.sleep(1.0)  # ten polls: the first client's absence is known by now
        assert ran == ["left"]  # the live request waits for the one thread
        gate.set()
        waiting.join(20)
        assert [a.status_code for a in answers] == [200]
        assert ran == ["left", "The talks resumed."]
        deadline = time.monotonic() + 10
        while _metric(server, "/detect", "499") < 1:
            assert time.monotonic() < deadline
            time.sleep(0.05)
