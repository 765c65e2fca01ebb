"""An error answer quoting what the client sent (fuzz43).

``{"source": <3 MB>}`` was answered ``400 {"error": "<the 3 MB> is not supported"}``, and a
target of ``"pt\\n\\x1b[2J"`` with its newline and terminal escape as sent: the message is no
longer one clear line. Every error answer now writes control characters as escapes and shows a
long quoted field by its start and end, at most 300 characters, the reason kept at its end."""

from __future__ import annotations

import pytest
from serve.serve_helpers import KEY, Server

GOOD = {"q": "The talks resumed after a pause.", "source": "en", "target": "pt", "api_key": KEY}


@pytest.mark.parametrize(("path", "fields", "ending"), [
    ("/translate", {"source": "x" * 3_000_000}, "is not supported"),
    ("/translate", {"target": "y" * 1_000_000}, "is not supported"),
    ("/translate", {"format": "z" * 1_000_000}, "format is not supported"),
    ("/v1/editions", {"text": "Hello there.", "targets": "pt-BR", "format": "w" * 1_000_000},
     "format is not supported"),
])  # fmt: skip
def test_a_long_field_quoted_in_an_error_is_cut(server: Server, path: str,
                                                fields: dict[str, str], ending: str) -> None:
    with server.client() as c:
        r = c.post(path, json={**GOOD, **fields})
    assert r.status_code == 400
    error = r.json()["error"]
    assert len(error) <= 300, len(error)  # was: the whole field, 1-3 MB
    assert error.endswith(ending) and "characters]" in error


def test_control_characters_in_an_error_are_escaped(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json={**GOOD, "target": "pt\n\x1b[2J\x00x"})
    assert r.status_code == 400
    error = r.json()["error"]
    assert not any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in error), repr(error)
    assert error == "pt\\n\\x1b[2J\\x00x is not supported"


def test_a_short_error_is_as_before(server: Server) -> None:
    with server.client() as c:
        r = c.post("/translate", json={**GOOD, "target": "xx"})
    assert r.status_code == 400 and r.json() == {"error": "xx is not supported"}


@pytest.mark.parametrize("raw_id", ["a\x00b", "line\nbreak", "esc\x1b[2J"])
def test_an_edition_id_with_a_control_character_is_a_400(server: Server, raw_id: str) -> None:
    with server.client() as c:
        r = c.post("/v1/editions", json={"text": "The talks resumed after a pause.",
                                         "targets": "pt-BR", "id": raw_id, "api_key": KEY})
    assert r.status_code == 400, r.text  # was: 200, the NUL in the edition's source
    assert r.json() == {"error": "Invalid request: id holds a control character"}


def test_an_edition_id_of_letters_is_as_before(server: Server) -> None:
    with server.client() as c:
        r = c.post("/v1/editions", json={"text": "The talks resumed after a pause.",
                                         "targets": "pt-BR", "id": "Café 2026/ok", "api_key": KEY})
    assert r.status_code == 200, r.text
    assert r.json()["article"]["id"] == "cafe-2026-ok"
