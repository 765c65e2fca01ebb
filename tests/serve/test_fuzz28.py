"""Hostile text in request bodies (fuzz28): a JSON escape of a lone surrogate (``\\ud800``)
is half a character, which no UTF-8 answer can carry; echoed in an error message it made a
500 (the answer could not be encoded). Every endpoint that reads JSON now refuses it, 400."""

from __future__ import annotations

import pytest
from serve.serve_helpers import KEY, Server

BODIES = [
    ("/translate", b'{"q": "\\ud800 x \\udfffLisbon", "source": "en", "target": "pt"}'),
    ("/translate", b'{"q": "Lisbon", "source": "\\ud800 x \\udfffauto", "target": "pt"}'),
    ("/translate", b'{"q": ["fine", "\\udc80"], "source": "en", "target": "pt"}'),
    ("/detect", b'{"q": "The talks \\ud83d resumed."}'),
    ("/v1/editions", b'{"text": "The talks resumed \\udfff.", "targets": ["pt-BR"]}'),
    ("/v1/check", b'{"text": "Lula \\ud800 met Costa."}'),
    ("/translate", b'{"q": "Lisbon", "source": "en", "target": "pt", "\\ud800": 1}'),
]


@pytest.mark.parametrize(("path", "body"), BODIES)
def test_a_lone_surrogate_is_a_400(server: Server, path: str, body: bytes) -> None:
    body = body.replace(b'{', b'{"api_key": "' + KEY.encode() + b'", ', 1)
    with server.client() as c:
        r = c.post(path, content=body, headers={"content-type": "application/json"})
        assert r.status_code == 400, r.text
        error = r.json()["error"]
        assert "lone surrogate" in error and "\n" not in error
        ok = c.post("/translate", json={"q": "Hello.", "source": "en", "target": "pt",
                                        "api_key": KEY})  # fmt: skip
        assert ok.status_code == 200


def test_a_pair_of_surrogates_is_a_character(server: Server) -> None:
    """``\\ud83d\\ude00`` is one character (😀), escaped as JSON does: translated."""
    body = ('{"api_key": "' + KEY + '", "q": "Hello \\ud83d\\ude00.", "source": "en",'
            ' "target": "pt"}').encode()  # fmt: skip
    with server.client() as c:
        r = c.post("/translate", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert "\U0001f600" in r.json()["translatedText"]
