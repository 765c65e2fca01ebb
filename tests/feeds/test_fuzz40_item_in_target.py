"""fuzz40: a feed item whose whole text is already in the locale's language.

Before, it failed with ``error[E004] ... the article is already in that language`` and exit 10,
and was tried again on every run (``FeedState.scan`` queues a failed row again), so a feed with
one such item never had a clean run (feedtitle38 left it: a publication decision). Decided: it
is copied as written, as the channel's own title is, but an item is published and has a review
queue, so each of its sentences carries a blocking ``untranslated`` finding and the policy
decides (``hold``, the default: the review queue, not the public feed; ``mark``: published
marked; ``publish``: published). Either way the item is done: the next run does not try it
again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner, Result
from fakes import FakeEngine
from loopback import Served

Run = Callable[..., Result]

PT_ITEM = """<item><title>Governo anuncia novo programa de habitação</title><guid>g1</guid>
<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>
<description>O governo federal anunciou nesta terça-feira um novo programa de habitação para
famílias de baixa renda em todo o país.</description></item>"""
EN_TITLE = "City council approves a new budget for the schools"
EN_ITEM = f"""<item><title>{EN_TITLE}</title><guid>g2</guid>
<pubDate>Tue, 01 Dec 2026 11:00:00 GMT</pubDate>
<description>The city council approved a new budget on Monday, with more money for the public
schools and for the hospital of the town.</description></item>"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Notícias do Brasil</title><link>https://news.example.org/</link>
<language>pt-br</language>{items}</channel></rss>"""


def _items(summary: dict[str, object]) -> dict[str, str]:
    return {str(i["id"]): str(i["status"]) for i in summary["items"]}  # type: ignore[attr-defined]


def test_an_item_already_in_the_locales_language_is_held_once_not_failed_every_run(
    tmp_path: Path, http_root: Served, feed_cli: Run, fake_engine: FakeEngine
) -> None:
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(items=PT_ITEM + EN_ITEM), encoding="utf-8")
    out, db = tmp_path / "site", tmp_path / "state.db"
    args = (f"{base}/pt.xml", "--to", "en-US", "--out", out, "--db", db, "--json")

    first = feed_cli(*args)
    assert "E004" not in first.stderr  # was: failed: ... error[E004] ... (exit 10)
    assert first.exit_code == 9, first.stderr  # held for review, as any blocking finding
    summary = json.loads(first.stdout)
    # one translated, one copied as written (fuzz42: counted "translated" before)
    assert (summary["translated"], summary["copied"], summary["failed"], summary["held"]) == (
        1, 1, 0, 1)
    sent = [s for _, _, batch in fake_engine.calls for s in batch]
    assert EN_TITLE not in sent  # never sent to an engine: there is nothing to translate
    feed = out / "127-0-0-1-pt" / "en-US"
    parsed = feedparser.parse((feed / "rss.xml").read_bytes())
    assert [e.title for e in parsed.entries] == [
        "[en] Governo anuncia novo programa de habitação"]  # the held item is not public
    held = json.loads(next((out / "held").rglob("*.en-US.json")).read_text(encoding="utf-8"))
    assert held["blocks"][0]["segments"][0]["target"] == EN_TITLE  # copied as written
    assert {f["check"] for f in held["findings"]} == {"untranslated"}
    assert all(f["severity"] == "error" for f in held["findings"])

    fake_engine.calls.clear()
    second = feed_cli(*args)
    assert second.exit_code == 9, second.stderr  # still held: nobody reviewed it
    again = json.loads(second.stdout)
    assert (again["translated"], again["failed"], again["held"]) == (0, 0, 1)  # not tried again
    assert fake_engine.calls == []

    # a reviewer confirms the copy (the PO as exported: its sentences carry the finding)
    from translate.cli import cli

    po = next((out / "held").rglob("*.en-US.po"))
    applied = CliRunner().invoke(cli, ["review", "apply", str(po), "--db", str(db)])
    assert applied.exit_code == 0, applied.output
    assert "0 stored in the translation memory" in applied.output  # no en -> en-US memory
    third = feed_cli(*args)
    assert third.exit_code == 0, third.stderr
    assert json.loads(third.stdout)["released"] == 1
    parsed = feedparser.parse((feed / "rss.xml").read_bytes())
    assert EN_TITLE in [e.title for e in parsed.entries]  # published as written


@pytest.mark.parametrize("policy, public", [("mark", True), ("publish", True), ("fail", False)])
def test_the_policy_decides_for_an_item_already_in_the_locales_language(
    tmp_path: Path, http_root: Served, feed_cli: Run, policy: str, public: bool
) -> None:
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(items=PT_ITEM + EN_ITEM), encoding="utf-8")
    out = tmp_path / "site"
    result = feed_cli(f"{base}/pt.xml", "--to", "en-US", "--out", out, "--db",
                      tmp_path / "state.db", "--on-findings", policy, "--json")  # fmt: skip
    assert "E004" not in result.stderr
    assert json.loads(result.stdout)["failed"] == 0
    parsed = feedparser.parse((out / "127-0-0-1-pt" / "en-US" / "rss.xml").read_bytes())
    assert (EN_TITLE in [e.title for e in parsed.entries]) is public


def test_an_item_in_the_feeds_language_is_translated_as_before(
    tmp_path: Path, http_root: Served, feed_cli: Run
) -> None:
    """The do-no-harm side: a Portuguese item into en-US goes to the engine, no finding."""
    root, base = http_root
    (root / "pt.xml").write_text(FEED.format(items=PT_ITEM), encoding="utf-8")
    out = tmp_path / "site"
    result = feed_cli(f"{base}/pt.xml", "--to", "en-US", "--out", out, "--db",
                      tmp_path / "state.db", "--json")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["translated"], summary["held"], summary["findings"]["blocking"]) == (1, 0, 0)
