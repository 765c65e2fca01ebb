"""Red-team pass five, HTTP service: header values that are not ASCII, content types that are
wrong or odd, JSON nested deep inside a field, numbers too long to read, and many identical
requests at once. Each gets a clear ``{"error": ...}`` (or a correct answer), never a 500, and
the server keeps answering."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import httpx
import pytest
from serve.serve_helpers import KEY, Server, fake_config, run_async, running

from translate import engines

GOOD = {"q": "The talks resumed after a pause.", "source": "en", "target": "pt", "api_key": KEY}
ANSWER = "[pt] The talks resumed after a pause."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(engines.ENGINES, "fake", "fakes:FakeEngine")
        mp.setitem(engines.ENGINES, "short", "fakes:ShortEngine")
        engines.close_engines()
        with running(fake_config(tmp_path_factory.mktemp("serve5"))) as srv:
            yield srv
        engines.close_engines()


def still_serving(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json=GOOD)
    assert r.status_code == 200, r.text
    assert r.json()["translatedText"] == ANSWER


def error_of(r: httpx.Response, *status: int) -> str:
    assert r.status_code in status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    assert "\n" not in body["error"] and "Traceback" not in body["error"]
    return str(body["error"])


def raw_request(server: Server, head: bytes, body: bytes) -> tuple[int, bytes]:
    """Send bytes as they are (httpx refuses non-ASCII header values); the status and body."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                     + body)  # fmt: skip
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


@pytest.mark.parametrize("header", [
    "X-Api-Key: ключ-🔑".encode(),
    "Authorization: Bearer ключ".encode(),
    "Content-Type: application/json; charset=ütf-8".encode(),
    b"Accept-Language: \xff\xfe\x80",
    "User-Agent: \u202eevil\u202c".encode(),
    "X-Forwarded-For: ١٢٧.٠.٠.١".encode(),
])  # fmt: skip
def test_non_ascii_header_values(server: Server, header: bytes) -> None:
    import json

    body = json.dumps(GOOD).encode()
    head = b"POST /translate HTTP/1.1\r\nHost: x\r\n" + header + b"\r\n"
    if not header.lower().startswith(b"content-type"):
        head += b"Content-Type: application/json\r\n"
    status, answer = raw_request(server, head, body)
    assert status in (200, 400, 403), answer
    parsed = json.loads(answer)
    assert parsed == {"translatedText": ANSWER} or set(parsed) == {"error"}
    still_serving(server)


def test_bearer_key_in_unicode_is_refused_not_crashed(server: Server) -> None:
    import json

    fields = {k: v for k, v in GOOD.items() if k != "api_key"}
    head = ("POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Authorization: Bearer ключ\r\n").encode()  # fmt: skip
    status, answer = raw_request(server, head, json.dumps(fields).encode())
    assert status == 403, answer
    assert json.loads(answer) == {"error": "Invalid API key"}


@pytest.mark.parametrize(("body", "ctype", "status"), [
    (b'{"q": "x"}', "text/html", 415),
    (b'{"q": "x"}', "application/jsonx", 415),
    (b'{"q": "x"}', "image/png", 415),
    ('\ufeff{"q": "The talks resumed after a pause.", "source": "en", "target": "pt"}'.encode(),
     "application/json", 400),
    ('{"q": "The talks."}'.encode("utf-16"), "application/json; charset=utf-16", 400),
    (b'{"q": "x", "source": "en", "target": "pt", "alternatives": ' + b"9" * 100_000 + b"}",
     "application/json", 400),
    (b'{"q": "x", "source": "en", "target": "pt", "format": ' + b'{"a": ' * 50_000 + b"1"
     + b"}" * 50_000 + b"}", "application/json", 400),
    (b'{"q": "x", "q": ["a", {"b": [' + b"[" * 20_000 + b"]" * 20_000 + b"]}]}",
     "application/json", 400),
    (b'{"q": NaN, "source": "en", "target": "pt"}', "application/json", 400),
    (b'{"q": "\\ud800", "source": "en", "target": "pt"}', "application/json", 200),
])  # fmt: skip
def test_odd_content_types_and_bodies(server: Server, body: bytes, ctype: str,
                                      status: int) -> None:
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": ctype})
    if status == 200 and r.status_code == 200:
        assert "translatedText" in r.json()
    else:
        error_of(r, status, 400)
    still_serving(server)


def test_many_identical_requests_at_once_get_one_answer(server: Server) -> None:
    async def one(client: httpx.AsyncClient) -> httpx.Response:
        return await client.post("/translate", json=GOOD)

    async def all_of_them() -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=40)
        async with httpx.AsyncClient(base_url=server.url, timeout=120, limits=limits) as client:
            return await asyncio.gather(*(one(client) for _ in range(40)))

    answers = run_async(all_of_them)
    assert [r.status_code for r in answers] == [200] * 40
    assert {r.json()["translatedText"] for r in answers} == {ANSWER}
    still_serving(server)
