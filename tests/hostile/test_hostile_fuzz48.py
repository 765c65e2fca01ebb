"""fuzz48 (seed 46): the review page of a JSON edition holding a C1 control character.

The seeded fuzzer's case 117 typed U+0085 into a target of the JSON edition; ``translate review
page`` wrote it raw into the page's embedded JSON (HTML forbids the character: a parse error,
and its character reference is read as a windows-1252 "…"). The embedded JSON now writes every
control character as an escape (the same text once parsed), the page's own text (title, code
blocks) shows it as U+FFFD.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hostile.helpers import invoke

from translate.write.review_page import embed_json

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def test_embedded_json_escapes_control_characters_and_reads_back_the_same() -> None:
    value = {"t": "soli\x85citados \x9b\x7f \x01 fim", "ok": "caf\u00e9 \u2028"}
    text = embed_json(value)
    assert CONTROL.search(text) is None
    assert json.loads(text) == value


def test_embedding_twenty_thousand_controls_is_linear() -> None:
    text = embed_json({"t": "\x85a" * 20_000})
    assert text.count("\\u0085") == 20_000


def test_review_page_of_an_edition_with_a_c1_control_is_valid_html(exported: Path,
                                                                  tmp_path: Path) -> None:
    edition = next(exported.glob("*.pt-BR.json"))
    data = json.loads(edition.read_text(encoding="utf-8"))
    blob = json.dumps(data, ensure_ascii=False)
    # control characters inside the first target (its segment, block and the title), raw
    first = data["blocks"][0]["segments"][0]["target"]
    assert first
    blob = blob.replace(json.dumps(first, ensure_ascii=False)[1:-1],
                        json.dumps(first[:3] + "\x85\x9b" + first[3:], ensure_ascii=False)[1:-1])
    edited = tmp_path / "edited.pt-BR.json"
    edited.write_text(blob, encoding="utf-8")
    page = tmp_path / "page.html"
    result = invoke("review", "page", edited, "-o", page)
    assert result.code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert CONTROL.search(html) is None
    assert "\\u0085\\u009b" in html  # in the embedded JSON, as escapes
    assert f"<title>Review: {first[:3]}\ufffd\ufffd{first[3:]}" in html  # shown as U+FFFD
