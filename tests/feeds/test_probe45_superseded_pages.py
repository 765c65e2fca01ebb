"""probe45: an item's edited version that the policy holds must take its earlier public page
down with it (the feed already stops listing the item: "a held newest version hides the item");
an edited version that is published clears the review-queue files of the earlier held one.

Found by probe45's unattended feed run (State Department releases): the desk corrected a date
in one item, the new version was held, and the old translation, with the old date, stayed
public at its URL in ``items/`` while the feed no longer listed it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import Result
from feeds.feedgen import item, rss

Run = Callable[..., Result]
AMOUNT = "<p>The council approved a grant of £870,000 for the new bridge on Tuesday.</p>"
LOCALE = "pt-BR"


def _run(feed_cli: Run, feed: Path, out: Path) -> dict:  # type: ignore[type-arg]
    result = feed_cli(feed, "--to", LOCALE, "--out", out, "--json", engine="swap")
    assert result.exit_code in (0, 9), result.stderr
    return json.loads(result.stdout)


def _pages(folder: Path, item_id: str) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f"{item_id}.{LOCALE}."))


def _item_id(summary: dict, guid: str) -> str:  # type: ignore[type-arg]
    return next(i["id"] for i in summary["items"] if i["guid"] == guid)


def _feed(tmp_path: Path, second: dict) -> Path:  # type: ignore[type-arg]
    path = tmp_path / "desk.xml"
    path.write_text(rss([item(1), item(2, **second), item(3)]), encoding="utf-8")
    return path


def test_a_held_new_version_takes_the_old_public_page_down(tmp_path: Path, feed_cli: Run,
                                                           fake_engine: object) -> None:
    out = tmp_path / "site"
    first = _run(feed_cli, _feed(tmp_path, {}), out)
    assert (first["translated"], first["held"]) == (3, 0)
    items = out / "desk" / LOCALE / "items"
    guid = item(2)["guid"]
    listed = _run(feed_cli, _feed(tmp_path, {}), out)
    item_id = next(p.name.split(f".{LOCALE}.")[0] for p in items.iterdir() if "round-2" in p.name)
    assert listed["skipped"] == 3
    assert _pages(items, item_id), "the first version is published"

    edited = _run(feed_cli, _feed(tmp_path, {"content": AMOUNT}), out)  # the desk's edit
    assert (edited["translated"], edited["held"]) == (1, 1)
    assert _item_id(edited, guid) == item_id
    assert _pages(out / "held" / "desk" / LOCALE, item_id), "the new version waits for review"
    assert _pages(items, item_id) == [], "the old page stays public while the feed hides it"
    feed_text = (out / "desk" / LOCALE / "rss.xml").read_text(encoding="utf-8")
    assert guid not in feed_text and item(1)["guid"] in feed_text
    # the other items' pages are untouched
    assert any("round-1" in p.name for p in items.iterdir())
    assert any("round-3" in p.name for p in items.iterdir())

    again = _run(feed_cli, _feed(tmp_path, {"content": AMOUNT}), out)  # nothing changed
    assert again["translated"] == 0 and again["held"] == 1
    assert _pages(items, item_id) == []


def test_a_published_new_version_clears_the_earlier_review_queue(
        tmp_path: Path, feed_cli: Run, fake_engine: object) -> None:
    out = tmp_path / "site"
    held = _run(feed_cli, _feed(tmp_path, {"content": AMOUNT}), out)
    assert held["held"] == 1
    guid = item(2)["guid"]
    item_id = _item_id(held, guid)
    queue = out / "held" / "desk" / LOCALE
    assert _pages(queue, item_id)

    fixed = _run(feed_cli, _feed(tmp_path, {"content": "<p>The council met on Tuesday.</p>"}),
                 out)  # the desk rewrote the item: nothing to hold now
    assert (fixed["translated"], fixed["held"]) == (1, 0)
    assert _pages(out / "desk" / LOCALE / "items", item_id), "the new version is published"
    assert _pages(queue, item_id) == [], "the stale held version still waits in the queue"
