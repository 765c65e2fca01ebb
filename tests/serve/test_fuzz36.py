"""Multipart text fields read as UTF-8 strictly (fuzz36; fuzz35 left them).

Starlette's multipart parser decodes a text part that is not valid in the request's charset
(UTF-8 unless the request names another) as Latin-1, without a word: ``caf\\xe9`` in a ``q``
field was translated as "café", three bytes of half a character as three letters, and a form
declaring ``charset=iso-8859-1`` turned raw UTF-8 into "cafÃ©". The same rule as fuzz35's
other forms now: UTF-8 strictly, else a 400 naming the field.
"""

from __future__ import annotations

import pytest
from serve.serve_helpers import KEY, Server

BOUNDARY = "fuzz36boundary"


def _multipart(fields: list[tuple[bytes, bytes]], charset: str = "") -> tuple[bytes, str]:
    body = b""
    for name, value in fields:
        body += (b"--" + BOUNDARY.encode() + b'\r\nContent-Disposition: form-data; name="' + name
                 + b'"\r\n\r\n' + value + b"\r\n")  # fmt: skip
    body += b"--" + BOUNDARY.encode() + b"--\r\n"
    return body, f"multipart/form-data; boundary={BOUNDARY}{charset}"


def _fields(q: bytes) -> list[tuple[bytes, bytes]]:
    return [(b"q", q), (b"source", b"en"), (b"target", b"pt"), (b"api_key", KEY.encode())]


@pytest.mark.parametrize("q", [b"caf\xe9", b"\xed\xa0\x80", b"a\xc3"])
def test_a_multipart_text_field_that_is_not_utf8_is_a_400(server: Server, q: bytes) -> None:
    body, ctype = _multipart(_fields(q))
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": ctype})
        ok = c.post("/translate", json={"q": "Hello.", "source": "en", "target": "pt",
                                        "api_key": KEY})  # fmt: skip
    assert r.status_code == 400, r.text
    assert r.json() == {"error": "Invalid request: the form field 'q' is not UTF-8 (or holds half"
                                 " a character)"}  # fmt: skip
    assert ok.status_code == 200, ok.text


def test_a_multipart_field_name_that_is_not_utf8_is_a_400(server: Server) -> None:
    body, ctype = _multipart([*_fields(b"Hello."), (b"caf\xe9", b"x")])
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": ctype})
    assert r.status_code == 400, r.text
    assert r.json() == {"error": "Invalid request: a form field's name is not UTF-8 (or holds"
                                 " half a character)"}  # fmt: skip


@pytest.mark.parametrize("charset", ["", "; charset=iso-8859-1"])
def test_utf8_in_a_multipart_field_is_read_as_utf8(server: Server, charset: str) -> None:
    body, ctype = _multipart(_fields("Café e pão".encode()), charset)
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": ctype})
    assert r.status_code == 200, r.text
    assert r.json()["translatedText"] == "[pt] Café e pão"
