"""What real feeds from feed parsers' test suites showed (feedjira, feed-rs;
docs/evaluation/probes.md, "Feeds no set holds"): each a general rule, checked here on the shape
that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate import untranslatable
from translate.check import check_pair
from translate.errors import InputError
from translate.feeds.reader import FeedReader
from translate.spelling import normalize

ATOM_HTML = """
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Blog</title>
  <id>tag:example.org,2009:blog</id>
  <updated>2009-01-16T18:21:00Z</updated>
  <entry>
    <title>Mainframes in the Cloud?</title>
    <link rel="alternate" type="text/html" href="https://example.org/2009/01/mainframes.html"/>
    <id>tag:example.org,2009:post-1</id>
    <updated>2009-01-15T15:17:20Z</updated>
    <content type="html">&lt;p&gt;Almost! &lt;a href=&quot;https://www.example.com/&quot;&gt;Micro
Focus&lt;/a&gt; just deployed it.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def _read(tmp_path: Path, text: str) -> tuple[FeedReader, list]:
    path = tmp_path / "feed.xml"
    path.write_text(text, encoding="utf-8")
    reader = FeedReader(path)
    return reader, list(reader)


@pytest.mark.parametrize("lead", ["\n", "  \r\n\t", "\ufeff\n"])
def test_blank_lines_before_the_declaration_are_skipped(tmp_path: Path, lead: str) -> None:
    # a template's newline before <?xml: every feed reader reads it; the item-by-item salvage
    # had parsed each item with the declaration in the middle and garbled its HTML
    reader, items = _read(tmp_path, lead + ATOM_HTML.lstrip())
    assert reader.malformed is None and reader.warnings == []
    assert len(items) == 1 and items[0].warnings == []
    assert items[0].content is not None
    assert '<a href="https://www.example.com/">Micro\nFocus</a>' in items[0].content


def test_text_before_the_declaration_is_still_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not an XML feed"):
        _read(tmp_path, "junk\n" + ATOM_HTML.lstrip())


YOUTUBE = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015"
      xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <title>Channel</title>
 <entry>
  <id>yt:video:abc</id>
  <title>The app: Windy</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=abc"/>
  <published>2015-05-01T10:00:00+00:00</published>
  <media:group>
   <media:title>The app: Windy</media:title>
   <media:description>Ask the app whether it is windy &lt;today&gt;.

Download it at https://example.com/app</media:description>
  </media:group>
 </entry>
 <entry>
  <id>yt:video:def</id>
  <title>With a summary</title>
  <summary>The summary wins.</summary>
  <media:group><media:description>Not this.</media:description></media:group>
 </entry>
</feed>
"""


def test_media_rss_description_is_the_summary_when_there_is_none(tmp_path: Path) -> None:
    _, items = _read(tmp_path, YOUTUBE)
    assert items[0].summary == (
        "<p>Ask the app whether it is windy &lt;today&gt;.</p>"
        "<p>Download it at https://example.com/app</p>"
    )
    assert items[1].summary == "<p>The summary wins.</p>"


def test_rss_item_media_description_html(tmp_path: Path) -> None:
    feed = """<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>P</title>
<item><title>Episode 4</title><guid>e4</guid>
<media:description type="html">&lt;p&gt;Guests &lt;b&gt;two&lt;/b&gt;.&lt;/p&gt;</media:description>
</item></channel></rss>"""
    _, items = _read(tmp_path, feed)
    assert items[0].summary == "<p>Guests <b>two</b>.</p>"


# -- e-mail and web addresses go to the engine as placeholders --------------------------------


def test_addresses_are_masked_for_the_engine() -> None:
    masked = untranslatable.mask_segments(
        ["Send your CV to apply@web.tv or an @gmail.com address, see https://web.tv/jobs."],
        ["paragraph"], "en",
    )
    assert masked.words[0] == ["apply@web.tv", "@gmail.com", "https://web.tv/jobs"]
    assert masked.rules[0] == ["address"] * 3
    assert "@" not in masked.texts[0] and "https" not in masked.texts[0]


def test_mask_gives_way_when_the_repair_step_keeps_the_address() -> None:
    # the bare engine mangled the address the way the repair step puts back: the bare
    # sentence is kept (the placeholder can change the words around it: "em" -> "no")
    masked = untranslatable.mask_segments(["Contact her at adkins@forward.com."],
                                          ["paragraph"], "en")
    out, _ = untranslatable.unmask_segments(
        masked, ["Entre em contato com ela no XNAME50X."], {0},
        lambda batch: ["Entre em contato com ela em adkins@forward.com."],
    )
    assert out == ["Entre em contato com ela em adkins@forward.com."]
    # ... and not when the bare engine lost it beyond repair
    masked = untranslatable.mask_segments(["Send your CV to apply@web.tv today."],
                                          ["paragraph"], "en")
    out, report = untranslatable.unmask_segments(
        masked, ["Envie seu CV para XNAME50X hoje."], {0},
        lambda batch: ["Envie seu CV para se aplicar aweb.tv hoje."],
    )
    assert out == ["Envie seu CV para apply@web.tv hoje."]
    assert report[0]["rule"] == "address"


# -- the checks on what feeds carry ------------------------------------------------------------


def _errors(source: str, target: str) -> list[str]:
    return [f"{f.check}: {f.message}" for f in check_pair(source, target, "en", "pt-BR").findings
            if f.severity == "error"]


@pytest.mark.parametrize(("source", "target"), [
    ("cloudservices.microfocus.com", "cloudservices.microfocus.com"),  # an address, no words
    ("simpledb-developer-brownbag@amazon.com", "simpledb-developer-brownbag@amazon.com"),
    ("Might I Get Pwned (MIGP)", "Might I Get Pwned (MIGP)"),  # a name and its initials
    ("3.2.3RC1", "3.2.3RC1"),  # a version, copied
    ("yesterday’s release of 3.2.3RC1 provides examples",
     "a versão de ontem do 3.2.3RC1 fornece exemplos"),
    ("published at CCS’19, we showed it", "publicado no CCS-19, mostramos"),  # a name's year
    ("Take caution in a third-party service.", "Tenha cuidado em um serviço de terceiros."),
])
def test_no_blocking_finding_on_correct_output(source: str, target: str) -> None:
    assert _errors(source, target) == []


@pytest.mark.parametrize(("source", "target"), [
    ("Breaking News From Around The World", "Breaking News From Around The World"),
    ("Stocks fell sharply in early trading.", "Stocks fell sharply in early trading."),
    ("yesterday’s release of 3.2.3RC1", "a versão de ontem do 3.2.4RC1"),
    ("published at CCS’19, we showed it", "publicado no CCS-18, mostramos"),
    ("A third of voters stayed home.", "Um terceiro eleitor ficou em casa."),
])
def test_still_blocked(source: str, target: str) -> None:
    assert _errors(source, target)


def test_a_half_translated_name_is_a_warning_not_a_block() -> None:
    result = check_pair("Open Notebook Science Challenge", "Open Notebook Science Desafio",
                        "en", "pt-BR")
    assert [(f.check, f.severity) for f in result.findings] == [("untranslated", "warning")]


def test_pt_br_contact_verbs() -> None:
    text, changes = normalize("Contacte press@example.gov ou contactem a redação.", "pt-BR")
    assert text == "Contate press@example.gov ou contatem a redação."
    assert len(changes) == 2
