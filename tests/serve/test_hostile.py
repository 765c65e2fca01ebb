"""Bad requests against a real server: each gets a clear ``{"error": ...}`` with the right
status, and the server keeps answering afterwards."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serve.serve_helpers import KEY, SLOW_KEY, Server, fake_config, run_async, running

GOOD = {"q": "The talks resumed after a pause.", "source": "en", "target": "pt", "api_key": KEY}


def still_serving(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json=GOOD)
    assert r.status_code == 200, r.text
    assert r.json()["translatedText"] == "[pt] The talks resumed after a pause."


def error_of(r: httpx.Response, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    return str(body["error"])


@pytest.mark.parametrize(("body", "ctype", "status", "needle"), [
    (b'{"q": "Hello", "source": "en",', "application/json", 400, "Invalid JSON"),
    (b"[1, 2, 3]", "application/json", 400, "expected an object"),
    (b"\xff\xfe\x00garbage", "application/json", 400, "Invalid JSON"),
    (b"[" * 100_000 + b"]" * 100_000, "application/json", 400, "Invalid JSON"),
    (b"q=Hello&source=en&target=pt", "text/plain", 415, "Content-Type"),
    (b"<q>Hello</q>", "application/xml", 415, "Content-Type"),
    (b"--x\r\nContent-Disposition: form-data\r\n\r\nbroken", "multipart/form-data; boundary=x",
     400, ""),
])  # fmt: skip
def test_malformed_bodies(server: Server, body: bytes, ctype: str, status: int,
                          needle: str) -> None:
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": ctype})
    assert needle in error_of(r, status)
    still_serving(server)


@pytest.mark.parametrize(("fields", "needle"), [
    ({"source": "en", "target": "pt"}, "missing q parameter"),
    ({"q": "", "source": "en", "target": "pt"}, "missing q parameter"),
    ({"q": [], "source": "en", "target": "pt"}, "missing q parameter"),
    ({"q": ["ok", 3], "source": "en", "target": "pt"}, "list of strings"),
    ({"q": {"a": 1}, "source": "en", "target": "pt"}, "list of strings"),
    ({"q": "Hello", "target": "pt"}, "missing source parameter"),
    ({"q": "Hello", "source": "en"}, "missing target parameter"),
    ({"q": "Hello", "source": "en", "target": "xx"}, "xx is not supported"),
    ({"q": "Hello", "source": "en", "target": "../../etc"}, "is not supported"),
    ({"q": "Hello", "source": "tlh", "target": "pt"}, "tlh is not supported"),
    ({"q": "Hello there.", "source": "en", "target": "ru"}, "not available as a target"),
    ({"q": "Hello", "source": "en", "target": "pt", "format": "pdf"}, "pdf format"),
    ({"q": "Hello", "source": "en", "target": "pt", "format": 3}, "format must be"),
    ({"q": "x" * 5001, "source": "en", "target": "pt"}, "(5001) exceeds text limit (5000)"),
    ({"q": "Zzxq", "source": "auto", "target": "pt"}, "Cannot detect the language"),
])  # fmt: skip
def test_bad_fields(server: Server, fields: dict[str, object], needle: str) -> None:
    with server.client() as c:
        r = c.post("/translate", json={**fields, "api_key": KEY})
    assert needle in error_of(r, 400)
    still_serving(server)


def test_ten_thousand_item_list_is_refused_clearly(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json={**GOOD, "q": [f"Item {i} is here." for i in range(10_000)]})
    assert error_of(r, 400) == "Invalid request: request (10000) exceeds text limit (1000)"
    still_serving(server)


def test_a_list_at_the_batch_limit_is_answered_in_full(server: Server) -> None:
    q = [f"Item number {i} is here." for i in range(1000)]
    with server.client() as c:
        r = c.post("/translate", json={**GOOD, "q": q}, timeout=300)
    assert r.status_code == 200, r.text
    out = r.json()["translatedText"]
    assert out == [f"[pt] Item number {i} is here." for i in range(1000)]
    still_serving(server)


def test_api_keys(server: Server) -> None:
    with server.client() as c:
        missing = c.post("/translate", json={k: v for k, v in GOOD.items() if k != "api_key"})
        wrong = c.post("/translate", json={**GOOD, "api_key": "wrong-key-123456"})
        not_a_string = c.post("/translate", json={**GOOD, "api_key": ["x"]})
        bearer = c.post("/translate", json={k: v for k, v in GOOD.items() if k != "api_key"},
                        headers={"Authorization": f"Bearer {KEY}"})
        form = c.post("/detect", data={"q": "Hello there, how are you?", "api_key": KEY})
        open_routes = [c.get(p).status_code for p in ("/languages", "/frontend/settings",
                                                      "/healthz", "/metrics", "/openapi.json")]
    assert "API key" in error_of(missing, 400)
    assert error_of(wrong, 403) == "Invalid API key"
    assert error_of(not_a_string, 403) == "Invalid API key"
    assert bearer.status_code == 200
    assert form.status_code == 200
    assert open_routes == [200] * 5


def test_rate_limit_per_key(server: Server) -> None:
    """SLOW_KEY may make 3 requests a minute (from the keys file); the others are unaffected."""
    with server.client() as c:
        codes = [c.post("/detect", json={"q": "Hello there.", "api_key": SLOW_KEY}).status_code
                 for _ in range(3)]
        limited = c.post("/detect", json={"q": "Hello there.", "api_key": SLOW_KEY})
        other = c.post("/detect", json={"q": "Hello there.", "api_key": KEY})
    assert codes == [200, 200, 200]
    assert error_of(limited, 429).startswith("Slowdown: ")
    assert int(limited.headers["retry-after"]) >= 1
    assert other.status_code == 200


def test_per_key_char_limit(server: Server) -> None:
    """SLOW_KEY's own char_limit is 40."""
    with server.client() as c:
        r = c.post("/detect", json={"q": "x" * 41, "api_key": SLOW_KEY})
    assert r.status_code in (400, 429)  # 429 if the rate test ran first
    assert "exceeds text limit (40)" in r.json()["error"] or r.status_code == 429


def test_batch_costs_one_request_per_item(fake_engines: None, tmp_path: Path) -> None:
    with running(fake_config(tmp_path, req_limit=10)) as server, server.client() as c:
        ok = c.post("/translate", json={**GOOD, "q": ["One here."] * 8})
        limited = c.post("/translate", json={**GOOD, "q": ["Two here."] * 5})
        assert ok.status_code == 200
        assert limited.status_code == 429


def test_oversize_body_by_length_and_by_stream(fake_engines: None, tmp_path: Path) -> None:
    with running(fake_config(tmp_path, max_body_bytes=10_000)) as server, server.client() as c:
        declared = c.post("/translate", json={**GOOD, "q": "x" * 20_000})
        assert "larger than 10000 bytes" in error_of(declared, 413)

        def chunks() -> Iterator[bytes]:  # no Content-Length: chunked, counted as it arrives
            yield b'{"q": "'
            for _ in range(50):
                yield b"y" * 1000
            yield b'"}'

        streamed = c.post("/translate", content=chunks(),
                          headers={"content-type": "application/json"})
        assert "larger than 10000 bytes" in error_of(streamed, 413)
        still_serving(server)


def test_trickled_body_is_cut_off(fake_engines: None, tmp_path: Path) -> None:
    config = fake_config(tmp_path, body_timeout=2.0, idle_timeout=1.0)
    with running(config) as server:
        host, port = server.url.removeprefix("http://").split(":")
        body = b'{"q": "Hello there.", "source": "en", "target": "pt", "api_key": "' + \
            KEY.encode() + b'"}'
        start = time.monotonic()
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                         b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n")
            answer = b""
            for i in range(len(body)):  # one byte every 0.3 s: never idle 1 s, but too slow
                try:
                    sock.sendall(body[i : i + 1])
                except OSError:
                    break
                time.sleep(0.3)
                sock.setblocking(False)
                try:
                    answer += sock.recv(4096)
                except BlockingIOError:
                    pass
                finally:
                    sock.setblocking(True)
                if answer:
                    break
            sock.settimeout(5)
            try:
                while b"\r\n\r\n" not in answer:
                    data = sock.recv(4096)
                    if not data:
                        break
                    answer += data
            except OSError:
                pass
        elapsed = time.monotonic() - start
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert elapsed < 6
        still_serving(server)


def test_idle_body_is_cut_off(fake_engines: None, tmp_path: Path) -> None:
    with running(fake_config(tmp_path, idle_timeout=0.5)) as server:
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                         b"\r\nContent-Length: 100\r\n\r\n{\"q\":")
            answer = b""
            while b"}" not in answer:
                data = sock.recv(4096)
                if not data:
                    break
                answer += data
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"did not arrive" in answer
        still_serving(server)


def test_fifty_concurrent_clients(server: Server) -> None:
    async def one(client: httpx.AsyncClient, i: int) -> httpx.Response:
        q = [f"Client {i} sentence {j} is here." for j in range(3)]
        return await client.post("/translate", json={**GOOD, "q": q})

    async def all_of_them() -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=50)
        async with httpx.AsyncClient(base_url=server.url, timeout=120, limits=limits) as client:
            return await asyncio.gather(*(one(client, i) for i in range(50)))

    answers = run_async(all_of_them)
    for i, r in enumerate(answers):
        assert r.status_code == 200, r.text
        assert r.json()["translatedText"] == [
            f"[pt] Client {i} sentence {j} is here." for j in range(3)
        ]
    still_serving(server)


def test_a_crashing_request_does_not_stop_the_server(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = server.app.state.api  # type: ignore[attr-defined]

    def boom(*args: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(api.service, "detect", boom)
    with server.client() as c:
        r = c.post("/detect", json={"q": "Hello there.", "api_key": KEY})
    assert error_of(r, 500) == "Internal error: RuntimeError"
    monkeypatch.undo()
    still_serving(server)


def test_engine_failure_is_a_500(fake_engines: None, tmp_path: Path) -> None:
    from translate.options import RunOptions

    config = fake_config(tmp_path, options=RunOptions(engine="short", use_cache=False))
    with running(config) as server, server.client() as c:
        r = c.post("/translate", json={**GOOD, "q": ["One sentence.", "Two sentences."]})
        assert "outputs for" in error_of(r, 500)
        assert c.get("/healthz").status_code == 200


def test_unknown_route_and_method(server: Server) -> None:
    with server.client() as c:
        assert error_of(c.get("/nope"), 404) == "Not found"
        assert error_of(c.get("/translate"), 405) == "Method not allowed"


def test_cors_off_unless_configured(server: Server, fake_engines: None, tmp_path: Path) -> None:
    headers = {"Origin": "https://cms.example", "Access-Control-Request-Method": "POST"}
    with server.client() as c:
        r = c.options("/translate", headers=headers)
        assert "access-control-allow-origin" not in r.headers
    config = fake_config(tmp_path, cors_origins=["https://cms.example"])
    with running(config) as cors, cors.client() as c:
        r = c.options("/translate", headers=headers)
        assert r.headers.get("access-control-allow-origin") == "https://cms.example"
        r = c.options("/translate", headers={**headers, "Origin": "https://evil.example"})
        assert r.headers.get("access-control-allow-origin") != "https://evil.example"


def test_request_timeout(fake_engines: None, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    with running(fake_config(tmp_path, request_timeout=0.5)) as server:
        api = server.app.state.api  # type: ignore[attr-defined]
        real = api.service.detect

        def slow(texts: list[str]) -> object:
            time.sleep(2)
            return real(texts)

        monkeypatch.setattr(api.service, "detect", slow)
        with server.client() as c:
            r = c.post("/detect", json={"q": "Hello there.", "api_key": KEY})
            assert "Timed out" in error_of(r, 503)
            assert c.get("/healthz").status_code == 200


def test_slow_request_head_is_cut_off(fake_engines: None, tmp_path: Path) -> None:
    """A connection that never finishes its headers (slowloris) is closed."""
    with running(fake_config(tmp_path, header_timeout=1.0)) as server:
        host, port = server.url.removeprefix("http://").split(":")
        start = time.monotonic()
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\n")
            closed = False
            for _ in range(40):
                try:
                    sock.sendall(b"X-Slow: a\r\n")
                    if sock.recv(1, socket.MSG_DONTWAIT) == b"":
                        closed = True
                        break
                except BlockingIOError:
                    pass
                except OSError:
                    closed = True
                    break
                time.sleep(0.1)
        assert closed and time.monotonic() - start < 3.5
        still_serving(server)


def test_a_changed_amount_is_never_returned_silently(fake_engines: None, tmp_path: Path) -> None:
    """The facts gate: LibreTranslate's answer carries a ``review`` object when a translation
    changed a fact (the swap engine turns pounds into euros); clean answers carry none."""
    from translate.options import RunOptions

    config = fake_config(tmp_path, options=RunOptions(engine="swap", use_cache=False))
    with running(config) as server, server.client() as c:
        one = c.post("/translate", json={**GOOD, "q": "The fine was £4,000 in the end."})
        many = c.post("/translate", json={**GOOD, "q": ["It cost £250 today.", "No money."]})
        clean = c.post("/translate", json=GOOD)
        upload = c.post("/translate_file", data={"source": "en", "target": "pt", "api_key": KEY},
                        files={"file": ("fine.md", b"# Fine\n\nThe fine was \xc2\xa34,000.\n")})
        marked = c.get(upload.json()["translatedFileUrl"]).text
    assert upload.json()["review"]["required"] is True
    assert "review_required: true" in marked or "review required" in marked.lower()
    body = one.json()
    assert one.status_code == 200 and "euros" in body["translatedText"]
    assert body["review"]["required"] is True
    assert body["review"]["blocking"] and body["review"]["blocking"][0]["severity"] == "error"
    reviews = many.json()["review"]
    assert reviews[0]["required"] is True and reviews[1] == {"required": False, "blocking": []}
    assert "review" not in clean.json()


def test_a_full_queue_is_refused_at_once_with_json_and_retry_after(
        fake_engines: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One thread, one waiting place: the third concurrent request is refused at once (JSON
    503, Retry-After) instead of queueing without bound; the first two are answered."""
    import threading

    with running(fake_config(tmp_path, threads=1, queue_limit=1)) as server:
        api = server.app.state.api  # type: ignore[attr-defined]
        real = api.service.detect
        gate = threading.Event()

        def slow(texts: list[str]) -> object:
            gate.wait(10)
            return real(texts)

        monkeypatch.setattr(api.service, "detect", slow)
        answers: list[httpx.Response] = []

        def call() -> None:
            with server.client() as c:
                answers.append(c.post("/detect", json={"q": "Hello there.", "api_key": KEY}))

        first = [threading.Thread(target=call) for _ in range(2)]
        for t in first:
            t.start()
        deadline = time.monotonic() + 10
        while api.service.active < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        with server.client() as c:
            r = c.post("/detect", json={"q": "Hello there.", "api_key": KEY})
        gate.set()
        for t in first:
            t.join(10)
        assert "Server busy" in error_of(r, 503)
        assert r.headers["retry-after"] == "1"
        assert sorted(a.status_code for a in answers) == [200, 200]
