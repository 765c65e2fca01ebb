"""The thirty-seventh pass's hostile cases (fuzz38): what fuzz37 left.

- A review file or TMX over its size limit was refused as ``file too large (over 67108864
  bytes)`` (and ``file too large (N bytes)`` from the XML reader), a JSONL record as ``larger
  than the 1.0 MiB limit``, an HTTP body as ``larger than N bytes``, where the README and the
  other readers say ``larger than 64 MiB``: every size refusal is now worded in one place
  (``fsutil.larger_than``) from the limit's own definition.
- ``feed``'s interruption line added the item editions of every feed of the run together: it now
  says them per feed too, each counted from the run's rows (done, failed, left), tested with a
  real signal to a real ``translate feed`` subprocess reading two feeds from a loopback server.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile.helpers import invoke
from hostile.test_hostile_fuzz28 import ARTICLE, CODES, LAUNCH, TESTS, integrity, parses

ROOT = TESTS.parent
MIB = 1024 * 1024


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)  # no blocks written: the test costs nothing on disk
    return path


def test_the_size_limits_wording_is_the_readmes() -> None:
    from translate.fsutil import larger_than  # new in fuzz38

    assert larger_than(64 * MIB) == "larger than 64 MiB"
    assert larger_than(64 * MIB, "term base") == "larger than 64 MiB, the limit of a term base"
    assert larger_than(10000) == "larger than 10000 bytes"  # not whole mebibytes: bytes


@pytest.mark.parametrize("suffix", [".tmx", ".po", ".xlf"])
def test_a_review_file_or_tmx_over_its_limit_says_the_readmes_words(tmp_path: Path,
                                                                     suffix: str) -> None:
    """12d754b9..486c9dfc: ``file too large (over 67108864 bytes)``."""
    from translate.safexml import MAX_XML_BYTES

    path = _sparse(tmp_path / f"big{suffix}", MAX_XML_BYTES + 1)
    if suffix == ".tmx":
        outcome = invoke("tm", "import", path, "--db", tmp_path / "t.db")
    else:
        outcome = invoke("review", "apply", path, "--db", tmp_path / "t.db")
    assert outcome.code == 7, outcome.stderr
    assert "larger than 64 MiB, the limit of a review file or TMX" in outcome.stderr, \
        outcome.stderr  # fmt: skip
    assert "too large" not in outcome.stderr and "67108864" not in outcome.stderr


def test_the_xml_readers_own_limit_and_a_parsed_tmx_say_it_the_same_way() -> None:
    from translate import safexml, tm
    from translate.errors import ReviewFileError

    with pytest.raises(safexml.MalformedXMLError, match=r"^larger than 1 MiB$"):
        safexml.parse(b" " * (MIB + 1), max_bytes=MIB)
    with pytest.raises(ReviewFileError, match="larger than 64 MiB, the limit of a review file"):
        tm.parse_xml_document(b" " * (safexml.MAX_XML_BYTES + 1), "big.tmx")


def test_an_http_body_and_a_jsonl_record_over_their_limits_say_it_the_same_way(
    tmp_path: Path,
) -> None:
    from translate.serve.limits import BodyTooLarge

    assert str(BodyTooLarge(4 * MIB)) == "Invalid request: body larger than 4 MiB"
    (tmp_path / "big.jsonl").write_bytes(b'{"text": "' + b"a" * (2 * MIB) + b'"}\n')
    outcome = invoke("run", "--jsonl", tmp_path / "big.jsonl", "--to", "pt-BR",
                     "--db", tmp_path / "t.db")
    assert "larger than 1 MiB, the limit of a record" in outcome.stdout + outcome.stderr, \
        (outcome.stdout, outcome.stderr)  # fmt: skip


def test_no_size_refusal_is_worded_by_hand() -> None:
    """Every message of a size limit comes from ``larger_than``: none of the old wordings."""
    found = []
    for path in sorted((ROOT / "translate").rglob("*.py")):
        text = path.read_text("utf-8")
        if path.name == "fsutil.py":  # the one place: the wording's definition
            text = text.replace('return f"larger than {size_words(limit)}"', "")
        for pattern in (r"file too large", r"-byte limit", r"larger than \{", r"longer than \{",
                        r"// \(1024 \* 1024\)\} MiB"):
            found += [f"{path.name}: {m.group(0)}" for m in re.finditer(pattern, text)]
    assert found == []


# -- feed's interruption, per feed -----------------------------------------------------------


def _rss(name: str, n: int) -> str:
    items = "".join(
        f"<item><title>{name} {i}</title><link>https://news.example.org/{name}/{i}</link>"
        f"<guid>https://news.example.org/{name}/{i}</guid><pubDate>Mon, 0{1 + i} Jun 2026"
        f" 10:00:00 GMT</pubDate><description>{ARTICLE.format(city=f'{name} {i}')}"
        "</description></item>"
        for i in range(n)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
            f"<link>https://news.example.org/</link><description>d</description>{items}"
            "</channel></rss>")  # fmt: skip


@pytest.fixture
def loopback_feeds(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "served"
    root.mkdir()
    for name in ("world", "sport"):
        (root / f"{name}.xml").write_text(_rss(name, 4), encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # no request lines on the test's stderr
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _pages(out: Path, slug: str) -> int:
    return len(list((out / slug / "pt-BR" / "items").glob("*.html")))


SAID = re.compile(
    r"(?P<done>\d+) of (?P<total>\d+) item editions done \(written and recorded\)"
    r"(?:, (?P<failed>\d+) failed)?, (?P<left>\d+) left \((?P<feeds>[^)]*)\): the same command"
    r" again finishes them(?: and tries the failed ones again)?$")
FEED = re.compile(r"(?P<slug>[\w-]+): (?P<done>\d+) of (?P<total>\d+) done"
                  r"(?:, (?P<failed>\d+) failed)?, (?P<left>\d+) left")


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_feed_of_several_feeds_says_each_feeds_work(
    tmp_path: Path, isolated_home: Path, loopback_feeds: str, signum: signal.Signals
) -> None:
    """486c9dfc: ``2 of 8 item editions done ..., 6 left``, the two feeds added together."""
    out = tmp_path / "out"
    feeds = tmp_path / "feeds.txt"  # a list of feeds, one a line: the way to give several
    feeds.write_text(f"{loopback_feeds}/world.xml\n{loopback_feeds}/sport.xml\n", "utf-8")
    args = ["feed", str(feeds), "--to", "pt-BR", "--out", str(out), "--db",
            str(tmp_path / "t.db"), "--engine", "slow"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS),
                                                        os.environ.get("PYTHONPATH", "")]),
           "FEED_TEST_DELAY": "0.4", "TRANSLATE_HOME": str(isolated_home)}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-c", LAUNCH, *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    slugs = ("127-0-0-1-world", "127-0-0-1-sport")
    while (sum(_pages(out, s) for s in slugs) < 2 and proc.poll() is None
           and time.monotonic() < deadline):
        time.sleep(0.05)
    assert proc.poll() is None, f"finished before the signal: {proc.stderr.read()}"  # type: ignore[union-attr]
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == CODES[signum], err
    said = [line for line in err.splitlines() if line.startswith("error")]
    head = "error: interrupted" + (" (SIGTERM)" if signum == signal.SIGTERM else "") + ": "
    assert len(said) == 1 and said[0].startswith(head), err
    whole = SAID.fullmatch(said[0][len(head):])
    assert whole is not None, said[0]
    feeds = {m["slug"]: m for m in FEED.finditer(whole["feeds"])}
    assert sorted(feeds) == sorted(slugs), said[0]
    for slug, m in feeds.items():
        done, failed, left = int(m["done"]), int(m["failed"] or 0), int(m["left"])
        assert done + failed + left == int(m["total"]) == 4, said[0]
        assert done == _pages(out, slug), (slug, said[0])  # each feed's figure is its own
    assert sum(int(m["done"]) for m in feeds.values()) == int(whole["done"])
    assert sum(int(m["left"]) for m in feeds.values()) == int(whole["left"]) > 0
    assert parses(out) == []
    assert integrity(tmp_path / "t.db") == "ok"

    again = subprocess.run([sys.executable, "-c", LAUNCH, *args], env={**env,
                           "FEED_TEST_DELAY": "0"}, cwd=ROOT, capture_output=True, text=True,
                           timeout=300)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert [_pages(out, s) for s in slugs] == [4, 4]


def test_the_note_of_one_feed_or_a_batch_names_no_feed() -> None:
    from translate.feeds.run import _what_was_done

    assert _what_was_done({1: (2, 0, 3)}, "article", {}) == (
        "2 of 5 article editions done (written and recorded), 3 left: the same command again"
        " finishes them")
    assert _what_was_done({1: (1, 1, 2), 2: (0, 0, 4)}, "item", {1: "world", 2: "sport"}) == (
        "1 of 8 item editions done (written and recorded), 1 failed, 6 left (world: 1 of 4"
        " done, 1 failed, 2 left; sport: 0 of 4 done, 4 left): the same command again"
        " finishes them and tries the failed ones again")  # (fuzz39: the failed one is retried)
