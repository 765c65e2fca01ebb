"""The service's answers byte for byte: the raw HTTP responses (status line, headers, body) to
the requests the other service tests send, against the bytes main's code gave (3562e96a,
recorded in ``data/raw_answers.txt``). Masked, for they change from run to run: the ``date``
header, the editions' ``created`` time and stage ``timings`` (and so ``content-length``, which
is checked against the body instead).

A change to how the skin runs a request (the worker-thread hop, the disconnect watch, the HTTP
parser: skins28) must not change a byte of any answer; a change that means to change an answer
regenerates the file (``TRANSLATE_UPDATE_GOLDEN=1``) and says why. The day in the editions'
labels is masked too (it is the day a run makes the edition).
"""

from __future__ import annotations

import json
import os
import re
import socket
from pathlib import Path
from urllib.parse import urlencode

from serve.serve_helpers import KEY, fake_config, running

GOLDEN = Path(__file__).parent / "data" / "raw_answers.txt"

ARTICLE = """Talks resume in Tbilisi

Armenian and Azerbaijani diplomats met in Tbilisi again. The talks lasted six hours.

Officials in Baku said the next round would follow on 3 March 2025. Mr. Aliyev did not attend.

The delegation of 1,250 people left Geneva. Ilham Alyev praised the talks.

Leave a Reply

Your email address will not be published. Required fields are marked *
"""


def _json(path: str, body: object) -> tuple[str, bytes]:
    data = json.dumps(body).encode()
    return path, (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  f"Content-Length: {len(data)}\r\n").encode() + b"\r\n" + data


def _raw(path: str, head: str, body: bytes = b"") -> tuple[str, bytes]:
    return path, f"{head}\r\nHost: x\r\n".encode() + b"\r\n" + body


def requests() -> list[tuple[str, bytes]]:
    form = urlencode({"q": "The talks resumed on Monday.\r\nThey ended.", "source": "en",
                      "target": "pt", "api_key": KEY}).encode()
    return [
        _json("/translate", {"q": "The talks resumed on Monday.", "source": "en",
                             "target": "pt", "api_key": KEY}),
        _json("/translate", {"q": ARTICLE, "source": "auto", "target": "pt", "api_key": KEY}),
        _json("/translate", {"q": ["Hello world.", "The talks resumed."], "source": "auto",
                             "target": "de", "api_key": KEY}),
        _json("/translate", {"q": "<p>The <b>talks</b> resumed.</p>", "source": "en",
                             "target": "pt", "format": "html", "api_key": KEY}),
        _raw("/translate", "POST /translate HTTP/1.1\r\nContent-Type: application/x-www-form-"
             f"urlencoded\r\nContent-Length: {len(form)}", form),
        _json("/detect", {"q": "The talks resumed on Monday in Geneva.", "api_key": KEY}),
        _raw("/languages", "GET /languages HTTP/1.1"),
        _raw("/frontend/settings", "GET /frontend/settings HTTP/1.1"),
        _json("/v1/editions", {"text": ARTICLE, "id": "talks", "targets": "pt-BR,de",
                               "formats": ["json", "md"], "api_key": KEY}),
        _json("/v1/editions", {"html": "<html><body><h1>Talks</h1><p>The talks resumed on"
                               " Monday.</p></body></html>", "targets": ["pt-BR"],
                               "api_key": KEY}),
        _json("/v1/check", {"text": ARTICLE, "api_key": KEY}),
        _json("/translate", {"q": "Hi.", "source": "en", "target": "pt"}),  # no key: 400
        _json("/translate", {"q": "Hi.", "source": "en", "target": "pt", "api_key": "no"}),
        _json("/translate", {"q": "Hi.", "source": "xx", "target": "pt", "api_key": KEY}),
        _raw("/translate", "POST /translate HTTP/1.1\r\nContent-Type: application/json\r\n"
             "Content-Length: 9", b'{"q": "Hi'),  # malformed JSON
        _raw("/translate", "POST /translate HTTP/1.1\r\nContent-Type: text/plain\r\n"
             "Content-Length: 3", b"Hi."),  # 415
        _raw("/translate", "POST /translate HTTP/1.1\r\nContent-Type: application/json\r\n"
             "Content-Length: 999999999"),  # 413 at once, by its length
        _raw("/nowhere", "GET /nowhere HTTP/1.1"),  # 404
        _raw("/translate", "GET /translate HTTP/1.1"),  # 405
    ]


def _exchange(port: int, request: bytes) -> bytes:
    """Send the request twice on one kept-alive connection, the second asking to close (once,
    closing, when its body is refused unread); the bytes of the answers, read to the end of the
    connection."""
    close = request.replace(b"\r\nHost: x\r\n", b"\r\nHost: x\r\nConnection: close\r\n", 1)
    chunks: list[bytes] = []
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(close if b"Content-Length: 999999999" in request else request + close)
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


VOLATILE = [
    (re.compile(rb"\r\ndate: [^\r]*\r\n"), b"\r\ndate: *\r\n"),
    (re.compile(rb'"created":"[^"]*"'), b'"created":"*"'),
    (re.compile(rb'created: \\"[^"\\]*\\"'), b'created: \\"*\\"'),
    (re.compile(rb'"timings":\{[^}]*\}'), b'"timings":{*}'),
    # the day in a machine-translation label ("Sistema: fake (fake-enpt, versão 1), 6 de
    # dezembro de 2026."): the day the edition was made, so the recorded bytes held the day
    # they were recorded and failed on every other day
    (re.compile(rb'(: fake \([^)]*\), )[^"*\\]*?\d{4}\.'), rb"\1*."),
]


def _answers(stream: bytes) -> list[bytes]:
    """The responses in ``stream``, each cut at its ``content-length``, volatile parts masked."""
    out = []
    while stream:
        head, sep, rest = stream.partition(b"\r\n\r\n")
        assert sep, stream[:200]
        found = re.search(rb"\r\ncontent-length: (\d+)\r", head + b"\r")
        assert found, head
        size = int(found.group(1))
        assert len(rest) >= size
        answer = head + sep + rest[:size]
        answer = answer.replace(found.group(0)[:-1], b"\r\ncontent-length: *")
        for pattern, mask in VOLATILE:
            answer = pattern.sub(mask, answer)
        out.append(answer)
        stream = rest[size:]
    return out


def _render(answers: list[tuple[str, bytes]]) -> str:
    return "".join(f"=== {path}\n{answer.decode('utf-8')}\n"
                   for path, stream in answers for answer in _answers(stream))


def test_every_answer_is_the_same_bytes_as_mains(fake_engines: None, tmp_path: Path) -> None:
    with running(fake_config(tmp_path, max_body_bytes=64 * 1024)) as server:
        port = int(server.url.rsplit(":", 1)[1])
        answers = [(path, _exchange(port, raw)) for path, raw in requests()]
    got = _render(answers)
    assert all(b"HTTP/1.1 " in answer for _, answer in answers)
    if os.environ.get("TRANSLATE_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(got.encode("utf-8"))
    assert got == GOLDEN.read_bytes().decode("utf-8")
