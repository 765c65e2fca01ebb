"""One feed item through the real embedded en->pt model: Portuguese text, markup kept."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from translate.cli import cli

pytestmark = pytest.mark.model

CONTENT = ('<p>The <a href="https://news.example.org/minister">minister</a> said the talks'
           " would continue next week.</p><script>alert(1)</script>")


def test_real_model_translates_item_and_keeps_the_link(tmp_path: Path) -> None:
    source = tmp_path / "world.xml"
    source.write_text(
        '<?xml version="1.0"?><rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>World news</title><link>https://news.example.org/</link>"
        "<description>The latest news.</description><language>en</language>"
        "<item><title>The government is ready to help</title><guid>g1</guid>"
        f"<content:encoded><![CDATA[{CONTENT}]]></content:encoded></item></channel></rss>",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    result = CliRunner().invoke(cli, ["feed", str(source), "--to", "pt-BR", "--out", str(out),
                                      "--engine", "embedded", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["translated"] == 1
    entry = feedparser.parse((out / "world" / "pt-BR" / "rss.xml").read_bytes()).entries[0]
    assert "governo" in entry.title.lower()
    html = entry.summary  # no summary in the source: the content is the description
    assert "próxima semana" in html and "alert" not in html
    link = '<a href="https://news.example.org/minister" rel="nofollow noopener">ministro</a>'
    assert link in html


def test_a_held_item_shows_why_when_the_reason_is_a_piece_of_a_sentence(tmp_path: Path) -> None:
    # Sam Ruby's feed (feedjira's test suite): a pronunciation in a link is translated on its
    # own for the feed's HTML, and left in English; the item is held, and the review files
    # say so on the sentence that holds the piece (they said nothing before)
    content = ('<p>Compare <a href="https://example.org/a">("json dot bar json bar json dot'
               ' child bang")</a> vs the shorter form of the same call.</p>')
    source = tmp_path / "blog.xml"
    source.write_text(
        '<?xml version="1.0"?><rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Blog</title><link>https://example.org/</link><language>en</language>"
        "<item><title>Improved JSON support</title><guid>g1</guid>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded></item></channel></rss>",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    result = CliRunner().invoke(cli, ["feed", str(source), "--to", "pt-BR", "--out", str(out),
                                      "--engine", "embedded", "--json"], catch_exceptions=False)
    assert json.loads(result.stdout)["held"] == 1
    assert result.exit_code == 9
    held = json.loads(next((out / "held").glob("*/pt-BR/*.json")).read_text(encoding="utf-8"))
    notes = [f for b in held["blocks"] for s in b["segments"] for f in s["findings"]
             if "translated on its own" in f["message"]]
    assert notes and all(n["severity"] == "warning" for n in notes)
    assert "json dot bar" in notes[0]["message"]
