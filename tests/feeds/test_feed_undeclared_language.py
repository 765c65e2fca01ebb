"""A feed that declares no language, whose channel text is too short to tell (found on Debian's
news feed, feed-rs's fixture ``rss_1.0_debian.xml``): the items' text tells the feed's
language; each item is still detected on its own."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import feedparser
from click.testing import Result

Run = Callable[..., Result]

# RSS 1.0 as Debian writes it, without the xml:lang its root carries: nothing declares a language
HEAD = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://project.example.org/News/news.rdf">
  <title>{title}</title>
  <link>https://project.example.org/News/</link>
  <description>{description}</description>
</channel>
"""
ITEM = """<item rdf:about="https://project.example.org/News/{n}">
  <title>{title}</title>
  <link>https://project.example.org/News/{n}</link>
  {description}
</item>
"""
LONG = ("<description>The project is pleased to announce the sixth update of its stable"
        " distribution. This point release mainly adds corrections for security issues, along"
        " with a few adjustments for serious problems. Security advisories have already been"
        " published separately and are referenced where available.</description>")


def feed(path: Path, title: str, description: str, items: list[tuple[str, str]]) -> Path:
    body = "".join(ITEM.format(n=n, title=t, description=d) for n, (t, d) in enumerate(items))
    path.write_text(HEAD.format(title=title, description=description) + body + "</rdf:RDF>\n",
                    encoding="utf-8")
    return path


def test_the_items_text_tells_the_language_the_channel_cannot(tmp_path: Path,
                                                               feed_cli: Run) -> None:
    source = feed(tmp_path / "news.rdf", "Project News", "Latest News",
                  [("Updated release of the stable distribution", LONG), ("First item", "")])
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "pt-BR", "--out", out, "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert [i["status"] for i in summary["items"]] == ["translated", "translated"]
    parsed = feedparser.parse((out / "news" / "pt-BR" / "rss.xml").read_bytes())
    assert parsed.feed.title == "[pt] Project News"  # not left in English
    assert [e.title for e in parsed.entries] == ["[pt] Updated release of the stable distribution",
                                                 "[pt] First item"]


def test_an_item_in_another_language_is_still_read_on_its_own(tmp_path: Path,
                                                               feed_cli: Run) -> None:
    spanish = ("<description>El Gobierno aprobó el lunes nuevas normas sobre los precios de la"
               " energía, que se aplicarán a todos los hogares a partir del próximo año."
               "</description>")
    entries = [("Updated release of the stable distribution", LONG), ("Nuevas normas", spanish)]
    source = feed(tmp_path / "news.rdf", "Project News", "Latest News", entries)
    result = feed_cli(source, "--to", "pt-BR", "--out", tmp_path / "site", "--json")
    items = json.loads(result.stdout)["items"]
    assert items[0]["status"] == "translated"
    assert items[1]["status"] == "failed"  # the fake engine has no es -> pt: read as Spanish
    assert "es -> pt" in items[1]["error"]


def test_a_feed_whose_items_cannot_tell_either_still_fails(tmp_path: Path,
                                                           feed_cli: Run) -> None:
    source = feed(tmp_path / "news.rdf", "Test Feed", "", [("Test Entry", "")])
    result = feed_cli(source, "--to", "pt-BR", "--out", tmp_path / "site")
    assert result.exit_code == 3
    assert "cannot tell the article's language" in result.stderr


def test_a_channel_that_fails_is_reported_not_published_silently(tmp_path: Path,
                                                                 feed_cli: Run) -> None:
    """The feed's own title and description travel as an item of their own; when they failed
    (here: read as Spanish, which the fake engine does not translate), the localized feed was
    written with them as the source wrote them, with exit 0 and nothing on stderr (seen on
    eight real feeds by langid16). Now a warning says so and the run counts a failure (exit
    10, retried next run, as a failed item is)."""
    source = feed(tmp_path / "news.rdf", "Noticias del proyecto",
                  "Las últimas noticias del proyecto, publicadas cada semana por el equipo de"
                  " desarrollo de la distribución.",
                  [("Updated release of the stable distribution", LONG)])
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "pt-BR", "--out", out, "--json")
    assert result.exit_code == 10
    assert "the feed's own title and description were not translated" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["failed"] == 1
    channel = [i for i in summary["items"] if i["id"] == "channel"]
    assert len(channel) == 1 and "es -> pt" in channel[0]["error"]
    assert [i["status"] for i in summary["items"] if i["id"] != "channel"] == ["translated"]
    # the localized feed is still written, its items translated
    parsed = feedparser.parse((out / "news" / "pt-BR" / "rss.xml").read_bytes())
    assert [e.title for e in parsed.entries] == ["[pt] Updated release of the stable distribution"]


def test_a_language_declared_on_the_root_or_by_its_name_is_read(tmp_path: Path,
                                                                 feed_cli: Run) -> None:
    """Debian's RSS 1.0 carries ``xml:lang="en"`` on its ``rdf:RDF`` root, and Node.js's feeds
    write ``<language>English</language>``: both declare the language, though not as RSS 2.0's
    ``<language>en</language>``; a feed whose text is too short to tell was refused (exit 3)."""
    rooted = feed(tmp_path / "rooted.rdf", "Test Feed", "", [("Test Entry", "")])
    rooted.write_text(rooted.read_text(encoding="utf-8").replace(
        "<rdf:RDF ", '<rdf:RDF xml:lang="en" '), encoding="utf-8")
    result = feed_cli(rooted, "--to", "pt-BR", "--out", tmp_path / "a")
    assert result.exit_code == 0, result.stderr
    named = tmp_path / "named.xml"
    named.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test Feed</title>'
        "<link>https://example.org/</link><description></description>"
        "<language>English</language><item><title>Test Entry</title>"
        "<link>https://example.org/1</link><guid>1</guid></item></channel></rss>",
        encoding="utf-8")
    result = feed_cli(named, "--to", "pt-BR", "--out", tmp_path / "b", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["items"][0]["status"] == "translated"
