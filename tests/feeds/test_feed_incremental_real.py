"""A real feed run again after the publisher edits it, through the real embedded model.

``allthingsrss.atom`` is a real Atom feed of the corpus (tests/data/realworld/feeds/NOTICE.md).
A publisher that corrects an entry's date (or its author, or its categories) without touching
its text must see the correction in the localized feed, with no model call: the text is the
same, so nothing is translated again (newuser23's probe found the old date kept for good).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from lxml import etree

from translate.cli import cli

pytestmark = pytest.mark.model

FEED = Path(__file__).parents[1] / "data" / "realworld" / "feeds" / "allthingsrss.atom"


def _run(source: Path, out: Path, db: Path) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["feed", str(source), "--to", "pt-BR", "--out", str(out),
                                      "--db", str(db), "--engine", "embedded", "--json",
                                      "--on-findings", "publish"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    summary: dict[str, object] = json.loads(result.stdout)
    return summary


def _entries(out: Path) -> dict[str, feedparser.FeedParserDict]:
    path = out / "allthingsrss" / "pt-BR" / "atom.xml"
    etree.parse(str(path))  # well-formed XML
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo
    return {e.id: e for e in parsed.entries}


def test_a_corrected_date_and_author_reach_the_localized_feed_without_translating(
        tmp_path: Path) -> None:
    source, out, db = tmp_path / "allthingsrss.atom", tmp_path / "site", tmp_path / "t.db"
    text = FEED.read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    first = _run(source, out, db)
    assert first["translated"] == 3
    guid = "http://www.allthingsrss.com/rss2email/?p=79"
    before = _entries(out)[guid]
    assert before.updated == "2010-11-05T17:36:14Z"
    title = before.title

    entry = re.search(r"<entry>.*?</entry>", text, re.S)
    assert entry is not None and guid in entry.group(0)
    edited = (entry.group(0)
              .replace("<updated>2010-11-05T17:36:14Z", "<updated>2011-01-07T09:00:00Z")
              .replace("<published>2010-11-05T17:36:14Z", "<published>2010-11-06T08:00:00Z"))
    edited = re.sub(r"(<author>\s*<name>)[^<]*", r"\1L. Smith", edited, count=1)
    assert edited != entry.group(0)
    source.write_text(text.replace(entry.group(0), edited), encoding="utf-8")

    second = _run(source, out, db)
    assert (second["translated"], second["skipped"]) == (0, 3)  # the text did not change
    after = _entries(out)
    assert after[guid].updated == "2011-01-07T09:00:00Z"
    assert after[guid].published == "2010-11-06T08:00:00Z"
    assert after[guid].author == "L. Smith"
    assert after[guid].title == title
    assert len(after) == 3
