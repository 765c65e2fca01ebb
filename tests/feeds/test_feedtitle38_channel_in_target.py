"""feedtitle38: a Portuguese feed into en-US whose channel title is already English.

skins38 found it (``docs/evaluation/probes.md``): the feed's own title and description are
translated once per feed and locale, and one already in the locale's language failed with
``error[E004] ... the article is already in that language`` and exit 10, on every run, so a
pipeline localizing feeds unattended never got a clean run. The README's routing copies such a
paragraph as written; the channel's texts are now copied so too, and the second run has
nothing to do.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import feedparser
from click.testing import Result
from fakes import FakeEngine
from loopback import Served

Run = Callable[..., Result]

TITLE = "Brazil Daily News"  # English, over Portuguese items; no language declared
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>{title}</title><link>https://news.example.org/</link>
<item><title>Governo anuncia novo programa de habitação</title><guid>g1</guid>
<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>
<description>O governo federal anunciou nesta terça-feira um novo programa de habitação para
famílias de baixa renda em todo o país.</description></item>
</channel></rss>
"""


def test_a_channel_title_in_the_target_language_is_copied_not_failed(
    tmp_path: Path, http_root: Served, feed_cli: Run, fake_engine: FakeEngine
) -> None:
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(title=TITLE), encoding="utf-8")
    out, db = tmp_path / "site", tmp_path / "state.db"
    args = (f"{base}/pt.xml", "--to", "en-US", "--out", out, "--db", db, "--json")

    first = feed_cli(*args)
    assert first.exit_code == 0, first.stderr  # was 10: the channel failed with E004
    assert "E004" not in first.stderr and "not translated" not in first.stderr
    summary = json.loads(first.stdout)
    assert (summary["translated"], summary["failed"]) == (1, 0)
    assert not [i for i in summary["items"] if i["id"] == "channel"]
    assert all(i["status"] == "translated" for i in summary["items"])
    parsed = feedparser.parse((out / "127-0-0-1-pt" / "en-US" / "rss.xml").read_bytes())
    assert parsed.feed.title == TITLE  # as the source wrote it, not "[en] ..."
    assert [e.title for e in parsed.entries] == ["[en] Governo anuncia novo programa de habitação"]
    sent = [s for _, _, batch in fake_engine.calls for s in batch]
    assert sent and TITLE not in sent  # the item went to the engine, the title did not

    fake_engine.calls.clear()
    second = feed_cli(*args)
    assert second.exit_code == 0, second.stderr
    again = json.loads(second.stdout)
    assert (again["translated"], again["skipped"], again["failed"]) == (0, 1, 0)
    assert fake_engine.calls == []  # nothing translated, the channel not retried
    assert feedparser.parse((out / "127-0-0-1-pt" / "en-US" / "rss.xml").read_bytes()
                            ).feed.title == TITLE


def test_a_channel_title_with_nothing_to_translate_is_copied_not_failed(
    tmp_path: Path, http_root: Served, feed_cli: Run
) -> None:
    """A title of symbols alone (no letters or digits: no language to tell) failed the channel
    with ``error[E003]`` on every run, as the English title did; it is copied as written."""
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(title="★ ★ ★"), encoding="utf-8")
    out = tmp_path / "site"
    for _ in range(2):
        result = feed_cli(f"{base}/pt.xml", "--to", "en-US", "--out", out, "--db",
                          tmp_path / "state.db", "--json")  # fmt: skip
        assert result.exit_code == 0, result.stderr  # was 10
        assert json.loads(result.stdout)["failed"] == 0
    parsed = feedparser.parse((out / "127-0-0-1-pt" / "en-US" / "rss.xml").read_bytes())
    assert parsed.feed.title == "★ ★ ★"
