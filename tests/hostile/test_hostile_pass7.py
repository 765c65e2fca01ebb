"""Classes the seventh red-team pass's mutation fuzzer (benchmarks/fuzz_readers.py) found, each
turned into a regular test over the real corpus feeds: a byte-order mark or an encoding
declaration that contradicts the bytes, on a feed whose strict parse fails, made the salvage
pass's recover-mode parser raise (exit 1, "internal error"). Every such feed is now read in
part or refused with an InputError (exit 3), never another exception."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hostile.helpers import invoke

from translate.errors import InputError
from translate.feeds import FeedReader

FEEDS = Path(__file__).resolve().parents[1] / "data" / "realworld" / "feeds"
SEEDS = sorted(f for f in FEEDS.iterdir() if not f.name.endswith(".json"))
BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"]
LIES = [b"utf-16", b"shift_jis", b"x-nonsense", b"utf-32", b"ebcdic-cp-us"]


def _read_or_refuse(path: Path) -> None:
    try:
        items = list(FeedReader(path))
    except InputError:
        return
    for item in items:  # what is read is text
        assert isinstance(item.title or "", str)


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_contradicting_bom_or_declaration_is_read_or_refused(tmp_path: Path, seed: Path) -> None:
    data = seed.read_bytes()
    variants = [bom + data for bom in BOMS]
    variants += [bom + data[: len(data) // 2] for bom in BOMS]  # and a strict parse that fails
    for lie in LIES:
        if re.search(rb"encoding=[\"'][^\"']*[\"']", data):
            lied = re.sub(rb"encoding=[\"'][^\"']*[\"']", b'encoding="' + lie + b'"', data, count=1)
        else:
            lied = b'<?xml version="1.0" encoding="' + lie + b'"?>\n' + data
        variants += [lied, lied[: len(lied) // 2], b"\xef\xbb\xbf" + lied[: len(lied) // 3]]
    for i, variant in enumerate(variants):
        path = tmp_path / f"v{i}{seed.suffix}"
        path.write_bytes(variant)
        _read_or_refuse(path)


def test_cli_refuses_a_feed_whose_bom_contradicts_its_encoding(tmp_path: Path) -> None:
    seed = next(s for s in SEEDS if b"EUC-JP" in s.read_bytes()[:200].upper())
    feed = tmp_path / "feed.rss"
    feed.write_bytes(b"\xef\xbb\xbf" + seed.read_bytes()[:3000])
    out = invoke("feed", str(feed), "--to", "pt-BR", "--out", str(tmp_path / "out"),
                 "--db", str(tmp_path / "t.db"), "-q")  # fmt: skip
    assert out.code == 3, out.stderr
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr
    assert [line for line in out.stderr.splitlines() if "error[E003]" in line], out.stderr
