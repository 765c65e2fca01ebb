"""Fuzz targets for the readers: each takes hostile bytes or text and must either read them or
refuse them with a :class:`~translate.errors.TranslateError` (a one-line error and an exit code),
never another exception, and never a hang.

Each target is a hypothesis test, so it runs three ways: a few examples in the test suite
(test_hostile_fuzz.py), for a time budget from ``scripts/fuzz`` (which feeds random buffers to
``target.hypothesis.fuzz_one_input``), or under any fuzzer that can drive that hook (atheris).
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hostile.feedkit import DIALECTS, feed
from hostile.roundtrip import hostile_text, make_edition, render
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate.errors import TranslateError

FUZZ = settings(max_examples=20, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))
_TMP = Path(tempfile.mkdtemp(prefix="translate-fuzz-"))


@st.composite
def mutated(draw: st.DrawFn, seeds: st.SearchStrategy[bytes]) -> bytes:
    """A seed document cut, spliced and sprinkled with bytes: close to valid, so the reader's
    deep paths run, not only its first check."""
    data = bytearray(draw(seeds))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(0, 8))):
        op = rng.choice(["cut", "insert", "flip", "dup", "delete"])
        at = rng.randrange(len(data) + 1) if data else 0
        if op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = rng.choice([b"<", b">", b"&", b"]]>", b"<![CDATA[", b"\x00", b"\xff",
                                      b"&#0;", b"&#xD800;", b"<!ENTITY a 'b'>", b"\"", b"\\",
                                      b"\n", b"\r", b"msgid ", b"<item>", b"</entry>",
                                      "\u202e".encode(), bytes([rng.randrange(256)])])
        elif op == "flip" and data:
            data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif op == "dup" and data:
            end = min(len(data), at + rng.randrange(1, 200))
            data[at:at] = data[at:end]
        elif op == "delete" and data:
            del data[at:at + rng.randrange(1, 50)]
    return bytes(data)


def _refused_or_read(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except TranslateError as exc:
        assert "internal error" not in exc.message
        return None


# -- targets ---------------------------------------------------------------------------------


@FUZZ
@given(data=st.one_of(st.binary(max_size=2048), mutated(st.sampled_from([
    b"Title\n\nThe minister met the mayor on Monday.\n",
    b"# Heading\n\n* item [link](javascript:alert(1)) **bold**\n\n> quote\n\n```\ncode\n```\n",
    b"<html><head><title>T</title></head><body><article><p>The minister met the mayor.</p>"
    b"</article></body></html>",
    "\ufeffUTF-8 with BOM and \u202ebidi\u202c".encode(),
    "UTF-16 text".encode("utf-16"),
]))), fmt=st.sampled_from(["txt", "md", "html"]))
def fuzz_article_reader(data: bytes, fmt: str) -> None:
    from translate.read import decode, parse_article

    def read() -> Any:
        article = parse_article(decode(data), fmt=fmt)
        for block in article.blocks:
            block.text.encode("utf-8")  # writable: no lone surrogate
            assert "\x00" not in block.text
        return article

    _refused_or_read(read)


@FUZZ
@given(data=st.one_of(
    mutated(st.sampled_from(DIALECTS).map(lambda d: feed(d))),
    mutated(st.sampled_from(DIALECTS).map(lambda d: feed(d, "javascript:alert(1)"))),
    st.binary(max_size=1024),
))
def fuzz_feed_reader(data: bytes) -> None:
    from translate.feeds import FeedReader
    from translate.urls import safe_url

    path = _TMP / "feed.xml"
    path.write_bytes(data)
    items = _refused_or_read(lambda: list(FeedReader(path)))
    for item in items or []:
        assert item.link is None or safe_url(item.link), item.link


def _review_seeds(fmt: str) -> st.SearchStrategy[bytes]:
    return st.lists(st.tuples(hostile_text(max_size=20), hostile_text(max_size=20)),
                    min_size=1, max_size=3).map(
        lambda pairs: render(make_edition([pairs]), fmt).encode("utf-8"))


@FUZZ
@given(data=mutated(_review_seeds("po")))
def fuzz_po_reader(data: bytes) -> None:
    from translate.review import read_po_file

    path = _TMP / "review.po"
    path.write_bytes(data)
    _refused_or_read(lambda: read_po_file(path))


@FUZZ
@given(data=mutated(_review_seeds("xliff")))
def fuzz_xliff_reader(data: bytes) -> None:
    from translate.review import read_xliff

    path = _TMP / "review.xlf"
    path.write_bytes(data)
    _refused_or_read(lambda: read_xliff(path))


@FUZZ
@given(data=mutated(st.lists(st.tuples(hostile_text(max_size=20), hostile_text(max_size=20)),
                             min_size=1, max_size=3).map(lambda pairs: _tmx(pairs))))
def fuzz_tmx_reader(data: bytes) -> None:
    from translate.tm import from_tmx

    _refused_or_read(lambda: from_tmx(data, "fuzz.tmx"))


def _tmx(pairs: list[tuple[str, str]]) -> bytes:
    from translate.tm import TMEntry, to_tmx

    return to_tmx([TMEntry("en", "pt-BR", s, t) for s, t in pairs])


@FUZZ
@given(data=st.one_of(
    mutated(st.sampled_from([
        json.dumps({"id": "a", "title": "T", "text": "The minister met the mayor."}).encode(),
        json.dumps({"id": 1, "html": "<p>x</p>", "url": "javascript:alert(1)"}).encode(),
        b'{"id": "s", "text": "\\ud800 \\u0000"}',
    ])),
    st.binary(max_size=512),
))
def fuzz_jsonl_record(data: bytes) -> None:
    """A JSONL record: always one result object, never an internal error (needs the fake
    engine registered as 'fake', see scripts/fuzz and tests/conftest.py)."""
    from translate.jsonl import translate_line
    from translate.locales import parse_targets
    from translate.options import RunOptions

    options = RunOptions(engine="fake", use_cache=False, use_tm=False)
    result = translate_line(data, 2, parse_targets("pt-BR"), options, None)
    if result is not None:
        json.dumps(result, ensure_ascii=False).encode("utf-8")
        assert "internal error" not in json.dumps(result), result


@FUZZ
@given(url=st.one_of(st.text(max_size=80), hostile_text(max_size=30, clean=False)))
def fuzz_url_rule(url: str) -> None:
    from hostile.test_hostile_urls import _active

    from translate.urls import clean_url

    kept = clean_url(url, "https://example.org/base/")
    assert kept is None or not _active(kept), (url, kept)


TARGETS: dict[str, Any] = {
    "article": fuzz_article_reader,
    "feed": fuzz_feed_reader,
    "po": fuzz_po_reader,
    "xliff": fuzz_xliff_reader,
    "tmx": fuzz_tmx_reader,
    "jsonl": fuzz_jsonl_record,
    "url": fuzz_url_rule,
}
