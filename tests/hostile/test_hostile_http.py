"""Feed URLs served by a hostile loopback server: slow, stalled, endless, compressed and
redirecting answers each end, within the deadline, in one line and the network exit code (8) or
the input one (3, too large), with nothing published; well-behaved variants still work."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from feeds.feedgen import item, rss
from hostile.helpers import Outcome, invoke, tree
from hostile.hostile_server import HostileServer, hostile_server

from translate import http
from translate.errors import InputError, NetworkError

FEED = rss([item(1), item(2)]).encode("utf-8")
DEADLINE = 3.0  # `translate feed --timeout`: the whole download, every phase within it
SLACK = 12.0  # on top of the deadline: a loaded machine, not a slow fetcher


def fetch(url: str, out: io.BytesIO, *, timeout: float = 5.0, deadline: float = 60.0,
          max_bytes: int = 100 * 1024 * 1024) -> int:
    """The unified fetcher (translate.http), each wait bounded by ``timeout``, the whole by
    ``deadline``."""
    limits = http.Limits(connect=timeout, first_byte=timeout, idle=timeout, total=deadline,
                         max_bytes=max_bytes)
    return http.get(url, out, limits=limits).size


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with hostile_server(FEED) as state:
        yield state


def _feed(url: str, out: Path, *extra: object) -> tuple[Outcome, float]:
    start = time.monotonic()
    outcome = invoke("feed", url, "--to", "pt-BR", "--engine", "fake", "--out", out,
                     "--timeout", DEADLINE, *extra)
    return outcome, time.monotonic() - start


# (path, exit code, message fragment)
REFUSED = [
    ("trickle-body", 8, "timed out after 3 s"),
    ("trickle-headers", 8, "no response within 3 s"),
    ("silent", 8, "no response within 3 s"),
    ("gzip-bomb", 3, "larger than 100 MiB"),
    ("brotli", 8, "unsupported Content-Encoding 'br'"),
    ("corrupt-gzip", 3, "corrupt compressed body"),
    ("short-body", 8, "connection closed after"),
    ("huge-length", 3, "larger than"),
    ("garbage", 8, "cannot fetch"),
    ("loop", 8, "more than 5 redirects"),
    ("redirect/9", 8, "more than 5 redirects"),  # more hops than anyone needs
    ("redirect/to?file:///etc/passwd", 8, "non-http URL 'file:///etc/passwd'"),
    ("redirect/to?ftp://127.0.0.1/feed.xml", 8, "non-http URL"),
    ("redirect/to?javascript:alert(1)", 8, "non-http URL"),
    ("redirect/to?data:text/xml,<rss/>", 8, "non-http URL"),
    ("redirect/to?gopher://127.0.0.1:70/", 8, "non-http URL"),
]


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(("path", "code", "fragment"), REFUSED, ids=[r[0] for r in REFUSED])
def test_hostile_answer_ends_in_one_line_within_the_deadline(
    server: HostileServer, tmp_path: Path, path: str, code: int, fragment: str
) -> None:
    out = tmp_path / "site"
    outcome, elapsed = _feed(server.base + path, out)
    if path == "gzip-bomb" and outcome.code == 8:  # a loaded machine inflates 100 MB slowly:
        code, fragment = 8, "timed out"  # then the deadline ends it first, as it should
    outcome.refused(code, fragment)
    assert elapsed < DEADLINE + SLACK, elapsed
    assert tree(out) == []  # nothing published, no half feed


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("path", ["ok", "gzip-feed", "deflate-feed", "redirect/3"])
def test_well_behaved_variants_are_read(server: HostileServer, tmp_path: Path, path: str) -> None:
    out = tmp_path / "site"
    outcome, _ = _feed(server.base + path, out, "--json")
    assert outcome.code == 0, outcome.stderr
    assert json.loads(outcome.stdout)["translated"] == 2


def test_trickle_is_stopped_by_the_deadline_not_the_timeout(server: HostileServer) -> None:
    """Each byte comes well within the socket timeout; only the deadline ends the download."""
    start = time.monotonic()
    with pytest.raises(NetworkError, match=r"timed out after 1\.5 s"):
        fetch(server.base + "trickle-body", io.BytesIO(), timeout=5, deadline=1.5)
    assert time.monotonic() - start < 1.5 + SLACK


def test_endless_body_is_cut_at_the_size_cap(server: HostileServer) -> None:
    out = io.BytesIO()
    with pytest.raises(InputError, match="larger than 1 MiB"):
        fetch(server.base + "endless", out, max_bytes=1024 * 1024, timeout=5, deadline=60)
    assert len(out.getvalue()) <= 1024 * 1024


def test_gzip_bomb_never_inflates_past_the_cap(server: HostileServer) -> None:
    import resource

    out = io.BytesIO()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputError, match="larger than 2 MiB"):
        fetch(server.base + "gzip-bomb", out, max_bytes=2 * 1024 * 1024, timeout=5, deadline=60)
    assert len(out.getvalue()) <= 2 * 1024 * 1024
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 100 * 1024  # the bomb is 200 MB inflated; we hold a few MB at most


def test_gzip_feed_is_decoded_whole(server: HostileServer) -> None:
    out = io.BytesIO()
    assert fetch(server.base + "gzip-feed", out, timeout=5, deadline=60) == len(FEED)
    assert out.getvalue() == FEED


@pytest.mark.usefixtures("fake_engine")
def test_failed_fetch_keeps_what_an_earlier_run_published(
    server: HostileServer, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    server.mode = "ok"
    outcome, _ = _feed(server.base + "changing", out)
    assert outcome.code == 0, outcome.stderr
    before = {p: (out / p).read_bytes() for p in tree(out) if (out / p).is_file()}
    assert any(p.endswith("rss.xml") for p in before)
    try:
        for mode in ("trickle_body", "short_body", "gzip_bomb"):
            server.mode = mode
            outcome, _ = _feed(server.base + "changing", out)
            assert outcome.code in (3, 8), (mode, outcome.stderr)
            after = {p: (out / p).read_bytes() for p in tree(out) if (out / p).is_file()}
            assert after == before, mode
    finally:
        server.mode = "ok"
