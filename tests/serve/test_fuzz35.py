"""Bytes the service could not read as text, and requests h11 cannot read (fuzz35).

* A form body or a query string is read as UTF-8 strictly: ``caf%E9`` (Latin-1's é) was
  translated as ``caf`` (Starlette put U+FFFD for the bad escape and the pipeline dropped it),
  ``%ED%A0%80`` (half a character) came back as three U+FFFD, and ``café`` sent raw, as
  ``curl -d`` sends it, was read as Latin-1 (``cafÃ©``). Now the first two are a 400, as the
  same bytes in a JSON body are, and the third is ``café``.
* A ``Content-Length`` that is no number, or two that disagree, were answered by uvicorn in
  plain text (``Invalid HTTP request received.``); now ``{"error": ...}`` like every other
  error of the API."""

from __future__ import annotations

import json
import socket
from urllib.parse import urlsplit

import pytest
from serve.serve_helpers import KEY, Server

FORM = "application/x-www-form-urlencoded"


def _ok(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json={"q": "Hello.", "source": "en", "target": "pt",
                                       "api_key": KEY})  # fmt: skip
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("q", [b"caf%E9", b"%ED%A0%80", b"caf\xe9", b"a%C3"])
def test_a_form_field_that_is_not_utf8_is_a_400(server: Server, q: bytes) -> None:
    body = b"q=" + q + b"&source=en&target=pt&api_key=" + KEY.encode()
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": FORM})
    assert r.status_code == 400, r.text
    assert r.json()["error"] == ("Invalid request: the form body is not UTF-8 (or holds half"
                                 " a character)")
    _ok(server)


def test_a_query_string_that_is_not_utf8_is_a_400(server: Server) -> None:
    with server.client() as c:
        r = c.post(f"/detect?q=caf%E9&api_key={KEY}")
    assert r.status_code == 400, r.text
    assert "the query string is not UTF-8" in r.json()["error"]


def test_raw_utf8_in_a_form_is_read_as_utf8(server: Server) -> None:
    body = f"q=Café e pão&source=en&target=pt&api_key={KEY}".encode()
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": FORM})
        escaped = c.post("/translate", headers={"content-type": FORM},
                         content=f"q=Caf%C3%A9+e+p%C3%A3o&source=en&target=pt&api_key={KEY}"
                         .encode())  # fmt: skip
    assert r.status_code == 200, r.text
    assert r.json()["translatedText"] == "[pt] Café e pão"
    assert escaped.json() == r.json()


@pytest.mark.parametrize("length", [b"-5", b"abc", b"60\r\nContent-Length: 7"])
def test_a_malformed_content_length_is_a_json_400(server: Server, length: bytes) -> None:
    body = json.dumps({"q": "Hello.", "source": "en", "target": "pt", "api_key": KEY}).encode()
    url = urlsplit(server.url)
    with socket.create_connection((url.hostname, url.port), timeout=30) as s:
        s.sendall(b"POST /translate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: " + length + b"\r\n\r\n" + body)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    head, _, payload = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), answer
    assert b"content-type: application/json" in head.lower()
    assert json.loads(payload) == {"error": "Invalid request: malformed HTTP request (request"
                                            " line, headers or Content-Length)"}
    _ok(server)
