"""A client that leaves in the middle of its request body (newuser23's probe): no 500 in the
metrics and no "internal error" in the log, for a disconnect is no bug of the server's; the
server keeps serving. Counted as 499, the status proxies give a request the client closed."""

from __future__ import annotations

import logging
import socket
import time

import pytest
from serve.serve_helpers import KEY, Server


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
