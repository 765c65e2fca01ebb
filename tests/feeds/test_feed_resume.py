"""Interruption and resume (SIGKILL mid-run), worker processes, atomic claims."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from feeds.feedgen import item, rss

from translate.cli import cli
from translate.feeds.state import FeedState
from translate.store import Store

TESTS = Path(__file__).resolve().parents[1]
N_ITEMS = 12

# Registers the slow engine, then runs the CLI exactly as `translate` would.
LAUNCH = (
    "import sys; from translate import engines;"
    " engines.ENGINES['slow'] = 'feeds.slow_engine:SlowEngine';"
    " from translate.cli import main; sys.argv = ['translate', *sys.argv[1:]]; main()"
)


def done_rows(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        try:
            row = conn.execute(
                "SELECT COUNT(*) FROM feed_items WHERE status = 'done' AND guid != ''"
            ).fetchone()
        except sqlite3.OperationalError:  # tables not created yet
            return 0
    return int(row[0])


def wait_for(predicate: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("condition not reached in time")


@pytest.mark.slow
def test_sigkill_mid_run_then_resume_finishes_without_duplicates(
    tmp_path: Path, isolated_home: Path, slow_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "world.xml"
    source.write_text(rss([item(n) for n in range(N_ITEMS)]), encoding="utf-8")
    out = tmp_path / "site"
    db = isolated_home / "translate.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ["PYTHONPATH"]]),
           "FEED_TEST_DELAY": "0.1",
           "TRANSLATE_HOME": str(isolated_home)}
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCH, "feed", str(source), "--to", "pt-BR", "--out",
             str(out), "--engine", "slow"],
            env=env, stdout=subprocess.DEVNULL, stderr=stderr,
        )
        try:
            wait_for(lambda: done_rows(db) >= 3 or proc.poll() is not None)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    killed_after = done_rows(db)
    assert 3 <= killed_after < N_ITEMS, log.read_text()
    assert not (out / "world" / "pt-BR" / "rss.xml").exists()  # the feed is written at the end
    leftovers = [p for p in out.rglob("*") if p.is_file() and p.suffix not in (".html", ".json")]
    assert all(p.name.endswith(".tmp") for p in leftovers)  # never a half-written edition

    monkeypatch.delenv("FEED_TEST_DELAY", raising=False)
    result = CliRunner().invoke(cli, ["feed", str(source), "--to", "pt-BR", "--out", str(out),
                                      "--engine", "slow", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["translated"], summary["skipped"], summary["failed"], summary["pending"]) == (
        N_ITEMS - killed_after, killed_after, 0, 0)
    parsed = feedparser.parse((out / "world" / "pt-BR" / "rss.xml").read_bytes())
    guids = [e.id for e in parsed.entries]
    assert guids == [f"https://news.example.org/world/{n}" for n in range(N_ITEMS)]
    pages = sorted(p.name for p in (out / "world" / "pt-BR" / "items").glob("*.html"))
    assert len(pages) == N_ITEMS
    assert all((out / "world" / "pt-BR" / e.link).is_file() for e in parsed.entries)
    assert [p for p in out.rglob("*.tmp")] == []  # the killed run's temporary files are swept


@pytest.mark.slow
def test_two_workers_share_the_feed(tmp_path: Path, feed_cli: object, slow_engine: None,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    calls = tmp_path / "calls.log"
    monkeypatch.setenv("FEED_TEST_CALLS", str(calls))
    source = tmp_path / "world.xml"
    source.write_text(rss([item(n) for n in range(8)]), encoding="utf-8")
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "pt-BR,de", "--out", out, "--workers", "2", "--json",
                      engine="slow")  # type: ignore[operator]
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["translated"], summary["failed"], summary["pending"]) == (16, 0, 0)
    for locale in ("pt-BR", "de"):
        parsed = feedparser.parse((out / "world" / locale / "rss.xml").read_bytes())
        assert len({e.id for e in parsed.entries}) == 8
    pids = {line.split()[0] for line in calls.read_text().splitlines()}
    assert str(os.getpid()) not in pids  # the work was done in the worker processes


def test_claims_never_hand_one_item_to_two_workers(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    first, second = Store(db), Store(db)
    a, b = FeedState(first), FeedState(second)
    b.worker = "localhost-test:other"
    feed = a.begin_run("feed.xml", tmp_path, "feed")
    entries = [(f"g{n}", f"h{n}", f"s{n}", n, {"n": n}) for n in range(6)]
    counts = a.record_entries(feed, entries, ["pt-BR", "de"])
    assert (counts.queued, counts.skipped) == (12, 0)
    taken: list[str] = []
    while True:
        claim_a, claim_b = a.claim([feed.id]), b.claim([feed.id])
        for claim in (claim_a, claim_b):
            if claim is not None:
                assert claim.locales == ("de", "pt-BR")
                taken.append(claim.guid)
        if claim_a is None and claim_b is None:
            break
    assert sorted(taken) == [f"g{n}" for n in range(6)]
    first.close()
    second.close()


def test_claims_of_dead_processes_are_released(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.db")
    state = FeedState(store)
    feed = state.begin_run("feed.xml", tmp_path, "feed")
    state.record_entries(feed, [("g1", "h1", "s1", 0, {})], ["pt-BR"])
    state.worker = f"{socket.gethostname()}:999999999"  # no such process on this host
    assert state.claim([feed.id]) is not None
    fresh = FeedState(store)
    assert fresh.claim([feed.id]) is None  # still claimed
    assert fresh.release_stale(feed.id) == 1
    claim = fresh.claim([feed.id])
    assert claim is not None and claim.guid == "g1"
    store.close()
