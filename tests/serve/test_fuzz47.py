"""A JSON body the service cannot read is answered with the reason (fuzz47).

A body nested 10,000 deep, a malformed one, one holding a 5,000-digit number and one that is not
UTF-8 were all answered ``400 {"error": "Invalid JSON format"}``, where every other 400 says
why (``missing q parameter``, ``(5001) exceeds text limit (5000)``); bytes that are not UTF-8
were read by ``jsontext`` as "a number too long". The answer keeps LibreTranslate's words and
adds the reader's reason after a colon, as ``Invalid JSON format: expected an object`` did."""

from __future__ import annotations

import pytest
from serve.serve_helpers import KEY, Server

from translate import jsontext

DEEP_ARRAY = b"[" * 10_000 + b"]" * 10_000
DEEP_OBJECT = b'{"a":' * 10_000 + b"1" + b"}" * 10_000


@pytest.mark.parametrize(("body", "reason"), [
    (DEEP_ARRAY, "nested too deeply"),
    (DEEP_OBJECT, "nested too deeply"),
    (b'{"q":' + DEEP_ARRAY + b',"source":"en","target":"pt"}', "nested too deeply"),
    (b'{"q": , "source": "en"}', "line 1, column 7"),
    (b'{"q": "Hi", "n": ' + b"9" * 5000 + b"}", "number too long"),
    (b'{"q": "\xff"}', "not valid UTF-8 (byte 7)"),
])  # fmt: skip
@pytest.mark.parametrize("path", ["/translate", "/detect", "/v1/editions", "/v1/check"])
def test_a_json_body_refused_says_why(server: Server, path: str, body: bytes,
                                      reason: str) -> None:
    with server.client() as c:
        r = c.post(path, content=body,
                   headers={"content-type": "application/json", "authorization": f"Bearer {KEY}"})
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error.startswith("Invalid JSON format: "), error  # LibreTranslate's words first
    assert reason in error, error
    assert len(error) < 200 and "9999" not in error  # the reason, never the body


def test_bytes_not_utf8_are_not_read_as_a_long_number() -> None:
    with pytest.raises(jsontext.BadJSON, match=r"^not valid UTF-8 \(byte 0\)$"):
        jsontext.loads(b"\xc3\x28{}")
    assert jsontext.loads('{"a": 1}'.encode("utf-16")) == {"a": 1}  # json's own detection kept
