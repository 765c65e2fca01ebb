"""``translate serve`` as a user runs it: a subprocess, stopped by SIGTERM; startup errors."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest
from serve.serve_helpers import free_port, start_cli, wait_ready

BODY = {"q": "The talks resumed after a pause.", "source": "en", "target": "pt"}


def stop(proc: subprocess.Popen[str]) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, err


def test_sigterm_finishes_in_flight_requests_then_exits_0(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_cli(["--keyless", "--engine", "slow", "--port", str(port),
                      "--out", str(tmp_path / "files"), "--no-cache"],
                     env={"FEED_TEST_DELAY": "1.5"})
    try:
        wait_ready(url, proc)
        answers: list[httpx.Response] = []

        def call() -> None:
            answers.append(httpx.post(url + "/translate", json=BODY, timeout=60))

        thread = threading.Thread(target=call)
        thread.start()
        time.sleep(0.7)  # the request is in the engine now
        code, err = stop(proc)
        thread.join(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0, err
    assert len(answers) == 1 and answers[0].status_code == 200, err
    assert answers[0].json() == {"translatedText": "[pt] The talks resumed after a pause."}
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/healthz", timeout=2)


@pytest.mark.model
def test_workers_serve_the_embedded_model(tmp_path: Path) -> None:
    """Two processes, each with its own models; SIGTERM stops them all, exit 0."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_cli(["--keyless", "--port", str(port), "--workers", "2",
                      "--out", str(tmp_path / "files")])
    try:
        wait_ready(url, proc, timeout=120)
        for _ in range(4):
            r = httpx.post(url + "/translate", json={**BODY, "q": "Good morning."}, timeout=60)
            assert r.status_code == 200, r.text
            assert "bom dia" in r.json()["translatedText"].lower()
        code, err = stop(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0, err


def run_cli(args: list[str]) -> subprocess.CompletedProcess[str]:
    proc = start_cli(args)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def test_keys_or_keyless_must_be_chosen() -> None:
    result = run_cli(["--port", str(free_port())])
    assert result.returncode == 2
    assert "--api-keys FILE, or --keyless" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("content", "needle"), [
    ("", "no API keys"),
    ("short\n", "shorter than 8"),
    ("a-long-enough-key req_limit=lots\n", "unknown key option"),
])  # fmt: skip
def test_bad_keys_file(tmp_path: Path, content: str, needle: str) -> None:
    keys = tmp_path / "keys.txt"
    keys.write_text(content, encoding="utf-8")
    result = run_cli(["--api-keys", str(keys), "--port", str(free_port())])
    assert result.returncode == 5, result.stderr
    assert needle in result.stderr and result.stderr.startswith("error[E005]")


def test_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli(["--keyless", "--port", str(port)])
    assert result.returncode == 6
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
