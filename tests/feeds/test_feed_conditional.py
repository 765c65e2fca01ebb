"""Conditional GET for feed URLs: a 304 re-runs the last complete scan from the state store."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import Result
from fakes import FakeEngine
from feeds.feedgen import item, rss
from loopback import QuietHandler, serve

Run = Callable[..., Result]


class _Recording(QuietHandler):
    """Serves files (with Last-Modified, answering If-Modified-Since with 304) and records the
    status of each request."""

    statuses: ClassVar[list[int]] = []

    def send_response(self, code: int, message: str | None = None) -> None:
        _Recording.statuses.append(code)
        super().send_response(code, message)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Like ``http_root``, with a handler that records each status: (base URL + "/", folder)."""
    root = tmp_path / "www"
    root.mkdir()
    _Recording.statuses = []
    with serve(partial(_Recording, directory=str(root))) as url:
        yield url + "/", root


def _statuses(summary: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((i["locale"], i["status"]) for i in summary["items"])


def test_not_modified_feed_is_replayed_from_the_state(
    tmp_path: Path, served: tuple[str, Path], feed_cli: Run, fake_engine: FakeEngine
) -> None:
    base, root = served
    (root / "world.rss").write_text(rss([item(1), item(2)]), encoding="utf-8")
    out = tmp_path / "site"
    args = [base + "world.rss", "--out", out, "--json"]

    first = feed_cli(*args, "--to", "pt-BR")
    assert first.exit_code == 0, first.stderr
    assert _Recording.statuses == [200]
    feed_xml = out / "127-0-0-1-world" / "pt-BR" / "rss.xml"
    before = feed_xml.read_text(encoding="utf-8")
    calls = len(fake_engine.calls)

    again = feed_cli(*args, "--to", "pt-BR")  # unchanged on the server: 304, nothing to do
    assert again.exit_code == 0, again.stderr
    assert _Recording.statuses == [200, 304]
    summary = json.loads(again.stdout)
    assert (summary["translated"], summary["skipped"]) == (0, 2)
    assert len(fake_engine.calls) == calls
    assert feed_xml.read_text(encoding="utf-8").count("<item>") == before.count("<item>") == 2

    more = feed_cli(*args, "--to", "pt-BR,de")  # still 304: the new locale comes from the state
    assert more.exit_code == 0, more.stderr
    assert _Recording.statuses == [200, 304, 304]
    summary = json.loads(more.stdout)
    assert _statuses(summary) == [("de", "translated"), ("de", "translated"),
                                  ("pt-BR", "skipped"), ("pt-BR", "skipped")]
    assert (out / "127-0-0-1-world" / "de" / "rss.xml").read_text(encoding="utf-8").count(
        "<item>") == 2

    (root / "world.rss").write_text(rss([item(1), item(2), item(3)]), encoding="utf-8")
    os.utime(root / "world.rss", (2_000_000_000, 2_000_000_000))  # a newer Last-Modified
    changed = feed_cli(*args, "--to", "pt-BR,de")
    assert changed.exit_code == 0, changed.stderr
    assert _Recording.statuses[-1] == 200
    summary = json.loads(changed.stdout)
    assert (summary["translated"], summary["skipped"]) == (2, 4)


def test_an_interrupted_scan_is_not_trusted(
    tmp_path: Path, served: tuple[str, Path], feed_cli: Run
) -> None:
    """The validators are kept only once a scan completes: after a crash mid-scan (here: the
    state says a newer run began) the next request is unconditional."""
    from translate.feeds.state import FeedState
    from translate.store import Store

    base, root = served
    (root / "world.rss").write_text(rss([item(1)]), encoding="utf-8")
    db = tmp_path / "state.db"
    out = tmp_path / "site"
    args = [base + "world.rss", "--to", "pt-BR", "--out", out, "--db", db, "--json"]
    assert feed_cli(*args).exit_code == 0
    store = Store(db)
    state = FeedState(store)
    state.begin_run(base + "world.rss", out.resolve(), "127-0-0-1-world")  # a run that died
    store.close()
    result = feed_cli(*args)
    assert result.exit_code == 0, result.stderr
    assert _Recording.statuses == [200, 200]
    assert json.loads(result.stdout)["skipped"] == 1
