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
