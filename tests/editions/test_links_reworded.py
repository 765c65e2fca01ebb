"""Links whose words the engine rewrote (thirteenth structure pass): placed on the run of words
that holds the engine's own words for them, else written after their sentence on a link sign;
a link's URL never vanishes from an edition, and every format parses back."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable

import polib
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from translate import inline
from translate.model import (
    Article,
    Block,
    Edition,
    EditionBlock,
    InlineSpan,
    Segment,
    Signature,
    TranslatedSegment,
)
from translate.write import get_writer

X = "{urn:oasis:names:tc:xliff:document:2.0}"


def _edition(source: str, spans: list[InlineSpan], targets: list[str]) -> Edition:
    """One block of ``source`` cut at ". " into sentences, with the given targets."""
    segs: list[TranslatedSegment] = []
    start = 0
    for i, target in enumerate(targets):
        end = source.find(". ", start)
        end = len(source) if end < 0 or i == len(targets) - 1 else end + 1
        seg = Segment(f"b0.s{i}", 0, i, source[start:end], start, end, "en")
        segs.append(TranslatedSegment(seg, target))
        start = end + 1
    article = Article("a", [Block("paragraph", source, inline=spans)], "a.md", "md")
    block = EditionBlock("paragraph", 0, source, segs, source_inline=spans)
    signature = Signature("fake", "m", "1", None, "none", "47", "0")
    return Edition(article, "pt-BR", "en", "pt", "ltr", [block], signature, "2020-01-01T00:00:00Z")


def _phrases(table: dict[str, str]) -> Callable[[list[str]], list[str]]:
    return lambda batch: [table.get(p, "") for p in batch]


def _on(edition: Edition) -> list[tuple[str, str]]:
    block = edition.blocks[0]
    return [(block.target[s.start : s.end], s.attrs["href"]) for s in block.inline]


def test_a_reworded_link_goes_on_the_words_the_engine_chose_for_it() -> None:
    # trafilatura's README (set V): "Contributing page" -> "página Contribuindo"; the phrase
    # alone reads "Página de contribuição", which is not in the sentence as it stands
    source = "Visit the Contributing page for more information."
    span = InlineSpan(10, 27, "link", {"href": "https://x.org/c"})
    edition = _edition(source, [span], ["Visite a página Contribuindo para mais informações."])
    findings = inline.restore(edition, _phrases({"Contributing page": "Página de contribuição"}))
    assert findings == []
    assert _on(edition) == [("página Contribuindo", "https://x.org/c")]


def test_a_link_with_no_word_in_the_translation_is_written_after_its_sentence() -> None:
    source = "Join us on Discord. Read the guide today."
    spans = [
        InlineSpan(11, 18, "link", {"href": "https://discord.gg/x"}),
        InlineSpan(29, 34, "link", {"href": "https://x.org/guide"}),
    ]
    edition = _edition(source, spans, ["Junte-se a nós.", "Leia o guia hoje."])
    table = {"Discord": "Discórdia", "guide": "guia"}
    findings = inline.restore(edition, _phrases(table), trailing=True)
    block = edition.blocks[0]
    assert block.target == f"Junte-se a nós. {inline.TRAILING} Leia o guia hoje."
    assert _on(edition) == [(inline.TRAILING, "https://discord.gg/x"), ("guia", "https://x.org/guide")]
    assert [(f.severity, f.data["href"]) for f in findings] == [("warning", "https://discord.gg/x")]
    assert "written after the sentence" in findings[0].message
    # without ``trailing`` (review apply) the link stays a warning and the target is the engine's
    edition = _edition(source, spans, ["Junte-se a nós.", "Leia o guia hoje."])
    assert len(inline.restore(edition, _phrases(table))) == 1
    assert edition.blocks[0].target == "Junte-se a nós. Leia o guia hoje."


def test_no_run_holding_the_words_means_no_guess() -> None:
    """A common word of the phrase alone is not enough when the phrase has more of them."""
    source = "The museum bought the old painted deck last year."
    span = InlineSpan(22, 38, "link", {"href": "https://x.org/d"})
    target = "O museu comprou o baralho antigo no ano passado."
    edition = _edition(source, [span], [target])
    table = {"old painted deck": "velho conjunto pintado a mão"}
    findings = inline.restore(edition, _phrases(table), trailing=True)
    assert _on(edition) == [(inline.TRAILING, "https://x.org/d")]
    assert edition.blocks[0].target == f"{target} {inline.TRAILING}"
    assert len(findings) == 1


def test_the_trailing_link_is_in_every_format_read_back_by_independent_parsers() -> None:
    source = "Join us on Discord. Read the guide today."
    spans = [
        InlineSpan(11, 18, "link", {"href": "https://discord.gg/x"}),
        InlineSpan(29, 34, "link", {"href": "https://x.org/guide"}),
    ]
    edition = _edition(source, spans, ["Junte-se a nós.", "Leia o guia hoje."])
    inline.restore(edition, _phrases({"guide": "guia"}), trailing=True)
    hrefs = ["https://discord.gg/x", "https://x.org/guide"]

    md = get_writer("md").render(edition)
    tokens = MarkdownIt("commonmark").parse(md)
    got = [c.attrs["href"] for t in tokens if t.children for c in t.children
           if c.type == "link_open"]  # fmt: skip
    assert got == hrefs
    assert f"[{inline.TRAILING}](https://discord.gg/x)" in md

    doc = lxml_html.document_fromstring(get_writer("html").render(edition))
    assert [a.get("href") for a in doc.xpath("//a[@href]") if a.get("href") in hrefs] == hrefs

    data = json.loads(get_writer("json").render(edition))
    para = next(b for b in data["blocks"] if b.get("inline"))
    got_json = [(para["target"][x["start"] : x["end"]], x["attrs"]["href"]) for x in para["inline"]]
    assert got_json == [(inline.TRAILING, hrefs[0]), ("guia", hrefs[1])]

    root = ET.fromstring(get_writer("xliff").render(edition))
    targets = [t for t in root.iter(X + "target")]
    assert any(
        pc.text == inline.TRAILING for t in targets for pc in t.iter(X + "pc")
    ), "the trailing sign is marked up in the XLIFF target"

    catalog = polib.pofile(get_writer("po").render(edition))
    first = next(e for e in catalog if e.msgctxt == "b0.s0")
    assert first.msgstr == f"Junte-se a nós. <1>{inline.TRAILING}</1>"

    from translate.write.review_page import page_data

    seg = next(s for s in page_data(edition)["segments"] if s["id"] == "b0.s0")
    marks = [(seg["target"][a:b], t) for a, b, cat, t in seg["marks"]["target"] if cat == "inline"]
    assert marks == [(inline.TRAILING, "link 1: https://discord.gg/x")]


def test_thousands_of_lost_links_in_one_block_take_linear_time() -> None:
    import time

    n = 2000
    source = " ".join(f"See item{k}." for k in range(n))
    spans, pos = [], 0
    for k in range(n):
        start = source.index(f"item{k}.", pos)
        spans.append(InlineSpan(start, start + len(f"item{k}"), "link", {"href": f"/i{k}"}))
        pos = start
    edition = _edition(source, spans, ["Veja." for _ in range(n)])
    began = time.perf_counter()
    findings = inline.restore(edition, _phrases({}), trailing=True)
    assert time.perf_counter() - began < 30  # about 1 s alone; the machine is shared
    block = edition.blocks[0]
    assert len(findings) == n and block.target.count(inline.TRAILING) == n
    assert all(block.target[s.start : s.end] == inline.TRAILING for s in block.inline)
    assert [s.attrs["href"] for s in block.inline] == [f"/i{k}" for k in range(n)]
