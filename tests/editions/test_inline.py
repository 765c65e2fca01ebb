"""Inline structure through translation: links, emphasis and code spans from Markdown and HTML
sources, aligned to the translation and written back in the Markdown, HTML and JSON editions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import html as lxml_html

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
from translate.read import markdown_inline, parse_article
from translate.review import edition_from_dict
from translate.write import html as html_writer
from translate.write import json as json_writer
from translate.write import markdown as md_writer

SOURCE_MD = """# The [council](https://x.org/council) approves the plan

See [the plan](https://x.org/plan?a=1&b=(2)) and **this**. The `run()` call is *new*.

A [bad link](javascript:alert(1)) and a [second one](DATA:text/html;base64,PHNjcmlwdD4=) stay text.
"""


def _spans(text: str, spans: list[InlineSpan]) -> list[tuple[str, str, str]]:
    return [(s.kind, text[s.start : s.end], s.attrs.get("href", "")) for s in spans]


# -- reading ------------------------------------------------------------------------------------


def test_markdown_inline_spans_cover_the_plain_text() -> None:
    text, spans = markdown_inline(
        r"**Baku** said [in a *speech*](https://x.org/a) that \*not\* <https://y.org> `a_b`"
        r" ![alt](i.png)"
    )
    assert text == "Baku said in a speech that *not* https://y.org a_b alt"
    assert _spans(text, spans) == [
        ("strong", "Baku", ""),
        ("link", "in a speech", "https://x.org/a"),
        ("em", "speech", ""),
        ("link", "https://y.org", "https://y.org"),
        ("code", "a_b", ""),
        ("image", "alt", ""),
    ]


def test_markdown_reader_keeps_links_on_blocks() -> None:
    article = parse_article(SOURCE_MD, fmt="md", source="a.md", article_id="a")
    title, para, last = article.blocks
    assert title.kind == "title" and _spans(title.text, title.inline) == [
        ("link", "council", "https://x.org/council")
    ]
    assert ("link", "the plan", "https://x.org/plan?a=1&b=(2)") in _spans(para.text, para.inline)
    assert ("code", "run()", "") in _spans(para.text, para.inline)
    assert [h for _, _, h in _spans(last.text, last.inline)] == [
        "javascript:alert(1)",
        "DATA:text/html;base64,PHNjcmlwdD4=",
    ]


def test_html_reader_keeps_links_and_spaces() -> None:
    body = " ".join(["The mayor spoke to reporters about the budget for the coming year."] * 12)
    page = (
        "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
        '<p>See <a href="https://x.org/p">the plan</a> <a href="/b">and</a> <b>this</b> and '
        f"<em>that</em> <code>x()</code>. {body}</p></article></body></html>"
    )
    article = parse_article(page, fmt="html", source="p.html", article_id="p")
    para = article.blocks[1]
    # trafilatura's marked extraction drops the spaces between adjacent elements; ours does not
    assert para.text.startswith("See the plan and this and that x(). ")
    assert _spans(para.text, para.inline) == [
        ("link", "the plan", "https://x.org/p"),
        ("link", "and", "/b"),
        ("strong", "this", ""),
        ("em", "that", ""),
        ("code", "x()", ""),
    ]


# -- alignment ----------------------------------------------------------------------------------


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


def test_link_inside_a_reordered_sentence_follows_its_words() -> None:
    source = "The new budget was approved by the council."
    span = InlineSpan(4, 14, "link", {"href": "https://x.org/b"})
    edition = _edition(source, [span], ["O conselho aprovou o novo orçamento."])
    findings = inline.restore(edition, _phrases({"new budget": "novo orçamento"}))
    assert findings == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [("link", "novo orçamento", "https://x.org/b")]
    assert md_writer.inline_text(block) == "O conselho aprovou o [novo orçamento](https://x.org/b)."


def test_link_in_the_second_sentence_lands_in_the_second_target() -> None:
    source = "Lisbon voted. The mayor of Lisbon spoke."
    span = InlineSpan(27, 33, "link", {"href": "https://lisboa.pt"})
    edition = _edition(source, [span], ["Lisboa votou.", "O prefeito de Lisboa falou."])
    assert inline.restore(edition, _phrases({"Lisbon": "Lisboa"})) == []
    block = edition.blocks[0]
    assert block.target == "Lisboa votou. O prefeito de Lisboa falou."
    assert _spans(block.target, block.inline) == [("link", "Lisboa", "https://lisboa.pt")]
    assert block.inline[0].start == block.target.rindex("Lisboa")


def test_a_lost_link_is_a_warning_with_its_url_never_a_guess() -> None:
    source = "See the plan and this."
    spans = [InlineSpan(4, 12, "link", {"href": "https://x.org/plan"}), InlineSpan(17, 21, "em")]
    edition = _edition(source, spans, ["Veja isso também."])
    findings = inline.restore(edition, _phrases({"the plan": "o plano", "this": "este"}))
    assert [(f.severity, f.data.get("href")) for f in findings] == [
        ("warning", "https://x.org/plan"),
        ("info", None),
    ]
    assert edition.blocks[0].inline == []
    assert findings[0] in edition.blocks[0].segments[0].findings
    assert md_writer.inline_text(edition.blocks[0]) == "Veja isso também."


def test_an_engine_failure_on_phrases_costs_markup_not_the_edition() -> None:
    def broken(batch: list[str]) -> list[str]:
        raise RuntimeError("engine gone")

    edition = _edition("See the plan.", [InlineSpan(4, 12, "link", {"href": "/p"})], ["Veja."])
    findings = inline.restore(edition, broken)
    assert [f.data["href"] for f in findings] == ["/p"]


def test_a_span_over_the_whole_sentence_covers_the_whole_translation() -> None:
    source = "Read the full report."
    edition = _edition(
        source,
        [InlineSpan(0, 20, "link", {"href": "https://x.org/r"})],
        ["Leia o relatório completo."],
    )
    assert inline.restore(edition, None) == []
    assert html_writer.inline_html(edition.blocks[0]) == (
        '<a href="https://x.org/r">Leia o relatório completo</a>.'
    )


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", " JaVa\tscript:alert(1)", "data:text/html,<script>", "vbscript:x"],
)
def test_hostile_urls_are_dropped_with_a_warning_and_never_written(href: str) -> None:
    source = "Click here now."
    edition = _edition(source, [InlineSpan(6, 10, "link", {"href": href})], ["Clique here agora."])
    findings = inline.restore(edition, None)
    assert [(f.severity, f.data.get("unsafe")) for f in findings] == [("warning", True)]
    block = edition.blocks[0]
    assert block.inline == []
    # and the writers refuse it even if a span carries it (an edited JSON edition)
    block.inline = [InlineSpan(8, 12, "link", {"href": href})]
    assert "href" not in html_writer.inline_html(block)
    assert "](" not in md_writer.inline_text(block)


@pytest.mark.parametrize(
    "href", ["javascript:void(0);", "javascript:void(0)", "javascript:", "JavaScript: ;"]
)
def test_script_links_that_do_nothing_are_no_links_and_no_warning(href: str) -> None:
    # a page's button dressed as a link (javascript:void(0)) has no destination to lose: no
    # warning per button (a page of them buried the real findings), and nothing is written
    source = "Click here now."
    edition = _edition(source, [InlineSpan(6, 10, "link", {"href": href})], ["Clique here agora."])
    assert inline.restore(edition, None) == []
    assert edition.blocks[0].inline == []
    assert "href" not in html_writer.inline_html(edition.blocks[0])


def test_writers_escape_text_and_urls() -> None:
    source = "A <b> link."
    block = EditionBlock("paragraph", 0, source, [], source_inline=[])
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    block.segments = [TranslatedSegment(seg, 'Um <b> "link" *x*.')]
    block.inline = [InlineSpan(7, 13, "link", {"href": 'https://x.org/a b"><script>(1)'})]
    out = html_writer.inline_html(block)
    assert (
        out == 'Um &lt;b&gt; <a href="https://x.org/a b&quot;&gt;&lt;script&gt;(1)">"link"</a> *x*.'
    )
    md = md_writer.inline_text(block)
    assert md == r'Um \<b\> ["link"](https://x.org/a%20b"%3E%3Cscript%3E(1)) \*x\*.'
    text, spans = markdown_inline(md)  # our reader reads it back
    assert text == 'Um <b> "link" *x*.' and _spans(text, spans)[0][1] == '"link"'


def test_nested_and_crossing_spans() -> None:
    source = "Alpha beta gamma."
    block = EditionBlock("paragraph", 0, source, [])
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    block.segments = [TranslatedSegment(seg, source)]
    block.inline = [
        InlineSpan(0, 10, "link", {"href": "/a"}),
        InlineSpan(6, 10, "strong"),
        InlineSpan(8, 16, "em"),  # crosses the link: dropped
    ]
    assert md_writer.inline_text(block) == "[Alpha **beta**](/a) gamma."
    assert html_writer.inline_html(block) == '<a href="/a">Alpha <strong>beta</strong></a> gamma.'


# -- editions, end to end (fake engine) -----------------------------------------------------------


def test_markdown_source_to_md_html_json_editions(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    path = tmp_path / "links.md"
    path.write_text(SOURCE_MD, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    md = md_writer.render(edition)
    assert "# \\[pt\\] The [council](https://x.org/council) approves the plan" in md
    assert "[the plan](https://x.org/plan?a=1&b=(2))" in md
    assert "**this**" in md and "`run()`" in md and "*new*" in md
    assert "javascript" not in md.lower() and "data:" not in md.lower()
    unsafe = [f for f in edition.findings if f.check == "inline"]
    assert len(unsafe) == 2 and all(f.severity == "warning" for f in unsafe)

    doc = lxml_html.document_fromstring(html_writer.render(edition))
    hrefs = [a.get("href") for a in doc.xpath("//article//a")]
    assert hrefs == ["https://x.org/council", "https://x.org/plan?a=1&b=(2)"]
    assert doc.xpath("//h1/a")[0].text == "council"
    assert doc.xpath("//p/strong")[0].text == "this" and doc.xpath("//p/code")[0].text == "run()"
    assert doc.xpath("//title")[0].text == edition.title

    data = json.loads(json_writer.render(edition))
    assert data["title"] == edition.title
    para = data["blocks"][1]
    kinds = {(x["kind"], para["target"][x["start"] : x["end"]]) for x in para["inline"]}
    assert ("link", "the plan") in kinds and ("strong", "this") in kinds
    # the JSON edition reads back with its spans (review apply starts from it)
    again = edition_from_dict(data)
    assert again.blocks[1].inline == edition.blocks[1].inline
    assert again.blocks[1].source_inline == edition.blocks[1].source_inline
    assert md_writer.render(again).split("\n---\n", 1)[1] == md.split("\n---\n", 1)[1]


def test_review_apply_realigns_links_to_the_reviewers_words(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    from translate.review import rebuild

    path = tmp_path / "links.md"
    path.write_text("See [the plan](https://x.org/plan) today. It is [new](/n).\n", "utf-8")
    edition = edition_from_dict(json.loads(json_writer.render(build_edition(path, "pt-BR"))))
    first, second = edition.blocks[0].segments
    rebuild(edition, {first.id: "Veja hoje the plan.", second.id: "É novíssimo."}, "r.xlf")
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [("link", "the plan", "https://x.org/plan")]
    lost = [f for f in edition.findings if f.check == "inline"]
    assert [f.data["href"] for f in lost] == ["/n"]


# -- XLIFF 2: <pc> in source and target, schema-valid, read back by review apply -------------------


def test_xliff_carries_links_as_pc_and_review_apply_reads_them_back(
    runner: object, tmp_path: Path, fake_engine: object
) -> None:
    import re

    from click.testing import CliRunner
    from editions.edition_helpers import db, xliff_schema
    from lxml import etree

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    path = tmp_path / "links.md"
    path.write_text(SOURCE_MD, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(path), "--to", "pt-BR", "--engine", "fake", "--format", "json,md,xliff",
            "--out", str(out), "--db", str(db(tmp_path)), "--on-findings", "publish"]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    xlf = out / "links.pt-BR.xlf"
    doc = etree.parse(str(xlf))
    schema = xliff_schema()
    assert schema.validate(doc), schema.error_log  # type: ignore[attr-defined]
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    pcs = doc.xpath("//x:segment[@id='b1.s0']//x:pc", namespaces=ns)
    assert [(p.getparent().tag.split("}")[1], p.get("id"), p.text) for p in pcs] == [
        ("source", "p1", "the plan"),
        ("source", "p2", "this"),
        ("target", "p1", "the plan"),
        ("target", "p2", "this"),
    ]
    data = doc.xpath("//x:unit[@id='b1']/x:originalData/x:data[@id='d1']", namespaces=ns)
    assert data[0].text == '<a href="https://x.org/plan?a=1&amp;b=(2)">'
    # the unsafe links are only named in the findings' notes, never markup
    assert len(doc.xpath("//x:data", namespaces=ns)) == 5  # council, plan, this, run(), new
    assert not doc.xpath(
        "//x:data[contains(., 'javascript') or contains(., 'DATA:')]", namespaces=ns
    )

    # a reviewer rewrites the sentence and moves the link's <pc> with its words
    text = xlf.read_text(encoding="utf-8")
    text, n = re.subn(
        r'(<segment id="b1.s0" state=")[a-z]+(".*?<target>).*?(</target>)',
        lambda m: (
            m.group(1) + "reviewed" + m.group(2) + 'Veja <pc id="p2" type="fmt" '
            'subType="xlf:b" dataRefStart="d2">isto</pc> e <pc id="p1" type="link" '
            'dataRefStart="d1">the plan</pc>.' + m.group(3)
        ),
        text,
        flags=re.S,
    )
    assert n == 1
    reviewed = out / "reviewed.xlf"
    reviewed.write_text(text, encoding="utf-8")
    assert schema.validate(etree.parse(str(reviewed)))  # type: ignore[attr-defined]
    result = runner.invoke(cli, ["review", "apply", str(reviewed), "--db", str(db(tmp_path))])
    assert result.exit_code == 0, result.stderr
    md = (out / "links.pt-BR.md").read_text(encoding="utf-8")
    # the reviewer's <pc> are where the markup goes, on the reviewer's own words
    assert "Veja **isto** e [the plan](https://x.org/plan?a=1&b=(2))." in md
    edition = json.loads((out / "links.pt-BR.json").read_text(encoding="utf-8"))
    lost = [f for f in edition["findings"] if f["check"] == "inline"]
    assert not [f for f in lost if f["segment"] == "b1.s0"]


def test_inflected_words_of_the_phrase_translation_are_found() -> None:
    source = "The number had increased tenfold since then."
    span = InlineSpan(11, 32, "link", {"href": "https://x.org/n"})
    edition = _edition(source, [span], ["O número tinha aumentado dez vezes desde então."])
    assert inline.restore(edition, _phrases({"had increased tenfold": "aumentou dez vezes"})) == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [
        ("link", "aumentado dez vezes", "https://x.org/n")
    ]


@pytest.mark.model
def test_embedded_model_links_through_and_no_sentence_changes(tmp_path: Path) -> None:
    """With the real en->pt model: the links land on the translated words, and every sentence
    without a code span is the one the same article without markup gets (the engine sees the
    same text); a code span is masked for the engine, so its sentence keeps it."""
    from translate.options import RunOptions
    from translate.pipeline import translate_article
    from translate.read import read_article

    marked = tmp_path / "marked.md"
    plain = tmp_path / "plain.md"
    marked.write_text(SOURCE_MD, encoding="utf-8")
    plain.write_text(
        "\n\n".join(b.text for b in parse_article(SOURCE_MD, fmt="md", source="x").blocks[1:]),
        encoding="utf-8",
    )
    options = RunOptions(use_cache=False, use_tm=False)
    with_links = translate_article(read_article(marked), "pt-BR", options)[0]
    without = translate_article(read_article(plain), "pt-BR", options)[0]
    pairs = list(zip(with_links.segments[1:], without.segments, strict=True))
    assert [a.target for a, b in pairs if "run()" not in a.source] == [
        b.target for a, b in pairs if "run()" not in a.source]
    md = md_writer.render(with_links)
    assert "](https://x.org/council)" in md and "](https://x.org/plan?a=1&b=(2))" in md
    # the bare engine drops "run()" from its sentence; masked, the code span comes through
    assert [b.target for a, b in pairs if "run()" in a.source] == ["A chamada é nova."]
    assert "`run()`" in md
    doc = lxml_html.document_fromstring(html_writer.render(with_links))
    assert [a.get("href") for a in doc.xpath("//article//a")] == [
        "https://x.org/council",
        "https://x.org/plan?a=1&b=(2)",
    ]


# -- the sentence translated with its span marked: where the span's words went ------------------


def test_marked_sentence_places_a_link_the_phrase_alone_would_miss() -> None:
    """The phrase alone translates as "os fãs", the sentence says "aos fãs": the engine's
    translation of the sentence with the span between brackets tells where its words went; the
    written sentence is the plain one, word for word."""
    source = "The coach thanked the fans after the game."
    span = InlineSpan(18, 26, "link", {"href": "https://x.org/fans"})
    target = "O treinador agradeceu aos fãs depois do jogo."
    edition = _edition(source, [span], [target])
    table = {
        "The coach thanked [the fans] after the game.":
            "O treinador agradeceu [os fãs] após o jogo.",
        "the fans": "os adeptos",
    }  # fmt: skip
    assert inline.restore(edition, _phrases(table)) == []
    block = edition.blocks[0]
    assert block.target == target  # never the marked translation
    assert _spans(block.target, block.inline) == [("link", "aos fãs", "https://x.org/fans")]


def test_marked_sentence_follows_a_reordered_phrase() -> None:
    source = "The new budget was approved by the council on Monday."
    span = InlineSpan(4, 14, "link", {"href": "https://x.org/b"})
    target = "O conselho aprovou na segunda-feira o novo orçamento."
    edition = _edition(source, [span], [target])
    table = {
        "The [new budget] was approved by the council on Monday.":
            "O conselho aprovou na segunda-feira o [novo orçamento].",
    }  # fmt: skip
    assert inline.restore(edition, _phrases(table)) == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [("link", "novo orçamento", "https://x.org/b")]


def test_marked_run_reworded_whole_is_placed_when_it_carries_a_word_of_the_span() -> None:
    """The marked sentence words the span otherwise ("Deck da Construção-Sola-Busca"), so no
    word of it is the same in both translations; the run between the aligned neighbours is
    the span's place when it carries a word of the span itself (the name "Sola-Busca")."""
    source = "The museum bought photographs of a deck now known as the Sola-Busca deck."
    span = InlineSpan(57, 72, "link", {"href": "https://x.org/sb"})
    target = "O museu comprou fotografias de um baralho agora conhecido como o baralho Sola-Busca."
    edition = _edition(source, [span], [target])
    table = {
        "The museum bought photographs of a deck now known as the [Sola-Busca deck].":
            "O museu comprou fotografias de um baralho agora conhecido como o"
            " [Deck da Construção-Sola-Busca].",
        "Sola-Busca deck": "O deck Sola-Busca",
    }  # fmt: skip
    assert inline.restore(edition, _phrases(table)) == []
    block = edition.blocks[0]
    assert block.target == target
    assert _spans(block.target, block.inline) == [
        ("link", "baralho Sola-Busca", "https://x.org/sb")
    ]


def test_marked_run_reworded_whole_without_a_word_of_the_span_stays_flagged() -> None:
    """The same, but the run shares no word with the span: too weak to place, never guessed."""
    source = "The museum bought photographs of a deck now known as the old painted deck."
    span = InlineSpan(57, 73, "link", {"href": "https://x.org/sb"})
    target = "O museu comprou fotografias de um baralho agora conhecido como o baralho antigo."
    edition = _edition(source, [span], [target])
    table = {
        "The museum bought photographs of a deck now known as the [old painted deck].":
            "O museu comprou fotografias de um baralho agora conhecido como o"
            " [velho conjunto pintado].",
        "old painted deck": "o velho conjunto pintado",
    }  # fmt: skip
    findings = inline.restore(edition, _phrases(table))
    assert [f.data.get("href") for f in findings] == ["https://x.org/sb"]
    assert edition.blocks[0].inline == []


def test_brackets_in_the_source_switch_to_parentheses() -> None:
    source = "He said [sic] that the plan failed."
    span = InlineSpan(23, 27, "em")
    edition = _edition(source, [span], ["Ele disse [sic] que o plano falhou."])
    table = {"He said [sic] that the (plan) failed.": "Ele disse [sic] que o (plano) falhou."}
    assert inline.restore(edition, _phrases(table)) == []
    assert _spans(edition.blocks[0].target, edition.blocks[0].inline) == [("em", "plano", "")]


@pytest.mark.parametrize(
    "answer",
    [
        "O treinador agradeceu os fãs após o jogo.",  # the marks were dropped
        "O treinador [agradeceu] [os fãs] após o jogo.",  # two pairs: ambiguous
        "Uma frase completamente diferente [aqui] sem relação.",  # not the same sentence
    ],
)
def test_marks_that_cannot_vouch_for_a_place_are_not_used(answer: str) -> None:
    source = "The coach thanked the fans after the game."
    span = InlineSpan(18, 26, "link", {"href": "https://x.org/fans"})
    edition = _edition(source, [span], ["O treinador agradeceu aos fãs depois do jogo."])
    table = {"The coach thanked [the fans] after the game.": answer}
    findings = inline.restore(edition, _phrases(table))
    assert [f.data.get("href") for f in findings] == ["https://x.org/fans"]
    assert edition.blocks[0].inline == []


def test_a_link_over_two_sentences_becomes_a_link_in_each() -> None:
    source = "Send us an e-mail. Include your name."
    span = InlineSpan(0, len(source), "link", {"href": "mailto:desk@x.org"})
    edition = _edition(source, [span], ["Envie-nos um e-mail.", "Inclua o seu nome."])
    assert inline.restore(edition, None) == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [
        ("link", "Envie-nos um e-mail.", "mailto:desk@x.org"),
        ("link", "Inclua o seu nome.", "mailto:desk@x.org"),
    ]


def test_a_link_on_a_glossary_name_takes_the_glossary_place() -> None:
    source = "Talks in Germany went on."
    span = InlineSpan(9, 16, "link", {"href": "https://x.org/de"})
    edition = _edition(source, [span], ["As conversas na Alemanha continuaram."])
    seg = edition.blocks[0].segments[0]
    seg.terms.append({"entry": "country-de", "source_span": [9, 16], "target_span": [16, 24]})
    assert inline.restore(edition, None) == []
    assert _spans(edition.blocks[0].target, edition.blocks[0].inline) == [
        ("link", "Alemanha", "https://x.org/de")
    ]


# -- PO: the <1>…</1> notation, read back by polib, msgfmt and review apply ----------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("See the plan and 1<2>3.", [(4, 12, 1)]),
        ("a << b < c <", [(2, 4, 1)]),
        ("<</1>", [(0, 1, 1), (0, 5, 2)]),
        ("x<1>y and <<2>>", []),
        ("nested emphasis in a link", [(0, 6, 1), (0, 15, 2)]),
    ],
)
def test_po_notation_is_reversible(text: str, spans: list[tuple[int, int, int]]) -> None:
    tagged = inline.to_tags(text, spans)
    assert inline.from_tags(tagged) == (text, sorted(spans))


@pytest.mark.parametrize(
    ("tagged", "why"),
    [
        ("<1>open", "not closed"),
        ("close</1>", "without"),
        ("<1>a<2>b</1></2>", "crosses"),
        ("<1>a</1> <1>b</1>", "twice"),
        ("<3>x</3>", "not markup of the source"),
    ],
)
def test_po_notation_refuses_broken_markup(tagged: str, why: str) -> None:
    with pytest.raises(inline.NotationError, match=why):
        inline.from_tags(tagged, {1, 2})


def _po_run(runner: object, tmp_path: Path) -> tuple[Path, Path]:
    from click.testing import CliRunner
    from editions.edition_helpers import db

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    path = tmp_path / "links.md"
    path.write_text(SOURCE_MD, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(path), "--to", "pt-BR", "--engine", "fake", "--format", "json,md,po",
            "--out", str(out), "--db", str(db(tmp_path)), "--on-findings", "publish"]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    return out, out / "links.pt-BR.po"


def test_po_carries_links_in_tags_that_polib_and_msgfmt_accept(
    runner: object, tmp_path: Path, fake_engine: object
) -> None:
    from hostile.roundtrip import msgfmt_check, polib_pairs

    _, po = _po_run(runner, tmp_path)
    assert msgfmt_check(po) is None
    pairs = {ctx: (src, tgt) for ctx, src, tgt in polib_pairs(po)}
    src, tgt = pairs["b1.s0"]
    assert src == "See <1>the plan</1> and <2>this</2>."
    assert "<1>" in tgt and "</1>" in tgt and "<2>" in tgt
    text = po.read_text(encoding="utf-8")
    assert "#. inline <1>: link https://x.org/plan?a=1&b=(2)" in text
    assert "javascript" not in text.split("msgid", 2)[2].split("#.")[0]  # no tag for unsafe links
    # the messages without markup are plain text, as before
    assert all("<" not in s for c, (s, _) in pairs.items() if c.startswith("b2."))


def test_review_apply_puts_links_where_the_po_reviewer_put_them(
    runner: object, tmp_path: Path, fake_engine: object
) -> None:
    import re

    from click.testing import CliRunner
    from editions.edition_helpers import db

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    out, po = _po_run(runner, tmp_path)
    text = po.read_text(encoding="utf-8")
    text, n = re.subn(
        r'(#, fuzzy\nmsgctxt "b1.s0"\nmsgid "[^\n]*"\nmsgstr )(?:"[^\n]*"\n)+',
        lambda m: m.group(1).replace("#, fuzzy\n", "")
        + '"Veja <2>isto</2> e <1>o plano</1>, <<1> literal."\n',
        text,
    )
    assert n == 1
    reviewed = out / "reviewed.po"
    reviewed.write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["review", "apply", str(reviewed), "--db", str(db(tmp_path))])
    assert result.exit_code == 0, result.stderr
    md = (out / "links.pt-BR.md").read_text(encoding="utf-8")
    assert r"Veja **isto** e [o plano](https://x.org/plan?a=1&b=(2)), \<1\> literal." in md
    edition = json.loads((out / "links.pt-BR.json").read_text(encoding="utf-8"))
    seg = edition["blocks"][1]["segments"][0]
    assert seg["target"] == "Veja isto e o plano, <1> literal." and seg["origin"] == "tm"
    # the other sentence of the block keeps its markup
    assert [x["kind"] for x in edition["blocks"][1]["inline"]].count("code") == 1


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ('"Veja <1>o plano e isto."', "not closed"),
        ('"Veja <1>o plano</1> e <7>isto</7>."', "not markup of the source"),
        ('"Veja <1>o <2>plano</1> e</2>."', "crosses"),
    ],
)
def test_review_apply_refuses_a_po_with_broken_markup(
    runner: object, tmp_path: Path, fake_engine: object, target: str, why: str
) -> None:
    import re

    from click.testing import CliRunner
    from editions.edition_helpers import db

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    out, po = _po_run(runner, tmp_path)
    before = (out / "links.pt-BR.md").read_bytes()
    text, n = re.subn(
        r'(msgctxt "b1.s0"\nmsgid "[^\n]*"\nmsgstr )(?:"[^\n]*"\n)+',
        lambda m: m.group(1) + target + "\n",
        po.read_text(encoding="utf-8"),
    )
    assert n == 1
    reviewed = out / "reviewed.po"
    reviewed.write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["review", "apply", str(reviewed), "--db", str(db(tmp_path))])
    assert result.exit_code == 7
    assert why in result.stderr and "b1.s0" in result.stderr
    assert "Traceback" not in result.stderr
    assert (out / "links.pt-BR.md").read_bytes() == before  # nothing written


def test_review_page_marks_links_in_both_columns(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    from translate.write.review_page import page_data

    path = tmp_path / "links.md"
    path.write_text(SOURCE_MD, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    seg = next(s for s in page_data(edition)["segments"] if s["id"] == "b1.s0")
    marks = {side: [(seg[side][a:b], title) for a, b, cat, title in seg["marks"][side]
                    if cat == "inline"] for side in ("source", "target")}  # fmt: skip
    assert marks["source"] == [
        ("the plan", "link 1: https://x.org/plan?a=1&b=(2)"),
        ("this", "strong 2"),
    ]
    assert [t for _, t in marks["target"]] == [t for _, t in marks["source"]]


# -- line breaks and images ------------------------------------------------------------------------

BREAKS_MD = """# Letters

I liked the *story* about the bridge.{HARD}
It was well written.

Thanks for [the report](https://x.org/r).\\
Ninfa Wood, Walnut Creek

- First line{HARD}
  second line

![A crowd in the street](https://x.org/crowd.jpg)

An ![unsafe](javascript:alert(1)) image.
""".replace("{HARD}", "  ")  # two spaces at the end of a line: a hard break


def test_markdown_hard_breaks_and_images_are_spans() -> None:
    article = parse_article(BREAKS_MD, fmt="md", source="b.md", article_id="b")
    got = [_spans(b.text, b.inline) for b in article.blocks]
    assert got[1] == [("em", "story", ""), ("br", " ", "")]
    assert got[2] == [("link", "the report", "https://x.org/r"), ("br", " ", "")]
    assert got[3] == [("br", " ", "")]
    assert [(s.kind, s.attrs) for s in article.blocks[4].inline] == [
        ("image", {"src": "https://x.org/crowd.jpg"})
    ]
    assert article.blocks[2].text == "Thanks for the report. Ninfa Wood, Walnut Creek"


def test_a_break_between_sentences_goes_between_their_translations() -> None:
    source = "It was good. It was well written."
    edition = _edition(source, [InlineSpan(12, 13, "br")], ["Foi bom.", "Foi bem escrito."])
    assert inline.restore(edition, None) == []
    block = edition.blocks[0]
    assert _spans(block.target, block.inline) == [("br", " ", "")]
    assert html_writer.inline_html(block) == "Foi bom.<br>Foi bem escrito."
    assert md_writer.inline_text(block) == "Foi bom.\\\nFoi bem escrito."


def test_a_break_inside_a_sentence_follows_the_words_before_it_or_is_flagged() -> None:
    source = "Ninfa Wood, Walnut Creek"
    span = InlineSpan(11, 12, "br")
    edition = _edition(source, [span], ["Ninfa Wood, Walnut Creek"])
    assert inline.restore(edition, None) == []
    assert html_writer.inline_html(edition.blocks[0]) == "Ninfa Wood,<br>Walnut Creek"
    # the engine put the second line first: no place for the break, an info finding
    source = "First line second line"
    edition = _edition(source, [InlineSpan(10, 11, "br")], ["Segunda linha, primeira linha"])
    table = {"[First line] second line": "Segunda linha, [primeira linha]"}
    findings = inline.restore(edition, _phrases(table))
    assert [(f.severity, f.data["kind"]) for f in findings] == [("info", "br")]
    assert edition.blocks[0].inline == []


def test_breaks_and_images_in_every_format(
    runner: object, tmp_path: Path, fake_engine: object
) -> None:
    import re

    from click.testing import CliRunner
    from editions.edition_helpers import db, xliff_schema
    from hostile.roundtrip import msgfmt_check, polib_pairs
    from lxml import etree

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    path = tmp_path / "b.md"
    path.write_text(BREAKS_MD, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(path), "--to", "pt-BR", "--engine", "fake", "--format",
            "json,md,html,xliff,po", "--out", str(out), "--db", str(db(tmp_path)),
            "--on-findings", "publish"]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    md = (out / "b.pt-BR.md").read_text(encoding="utf-8")
    assert "bridge.\\\n\\[pt\\] It was" in md and "/r).\\\nNinfa Wood" in md
    assert "](https://x.org/crowd.jpg)" in md and "javascript" not in md
    # the fake engine writes "[pt] " before the line: the break inside the sentence has no
    # place after the words before it, and is flagged
    edition = json.loads((out / "b.pt-BR.json").read_text(encoding="utf-8"))
    assert [f["data"]["kind"] for f in edition["findings"] if f["check"] == "inline"] == [
        "image", "br",  # the unsafe image, dropped; the break
    ]
    # the Markdown edition reads back with the same breaks and image
    again = parse_article(md.split("\n---\n", 1)[1], fmt="md", source="x.md")
    assert [s.kind for b in again.blocks for s in b.inline].count("br") == 2
    assert [s.attrs for b in again.blocks for s in b.inline if s.kind == "image"] == [
        {"src": "https://x.org/crowd.jpg"}
    ]
    doc = lxml_html.document_fromstring((out / "b.pt-BR.html").read_text(encoding="utf-8"))
    assert len(doc.xpath("//article//br")) == 2
    assert [i.get("src") for i in doc.xpath("//article//img")] == ["https://x.org/crowd.jpg"]
    assert "crowd in the street" in doc.xpath("//article//img")[0].get("alt")
    xlf = etree.parse(str(out / "b.pt-BR.xlf"))
    assert xliff_schema().validate(xlf)  # type: ignore[attr-defined]
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    # the break inside a sentence, and the two between sentences in the ignorable text
    # that joins their segments
    assert len(xlf.xpath("//x:segment/x:source/x:ph[@subType='xlf:lb']", namespaces=ns)) == 1
    assert len(xlf.xpath("//x:ignorable/x:source/x:ph[@subType='xlf:lb']", namespaces=ns)) == 2
    assert xlf.xpath("//x:pc[@type='image']", namespaces=ns)
    po = out / "b.pt-BR.po"
    assert msgfmt_check(po) is None
    pairs = {ctx: (s, t) for ctx, s, t in polib_pairs(po)}
    line = next(v for v in pairs.values() if v[0].startswith("First line"))
    assert line[0] == "First line<1> </1>second line"
    # a break between two sentences ends the first one's msgid and msgstr with "\n" (the
    # gettext convention msgfmt --check holds them to), and a comment says why
    ends = sorted(s for s, t in pairs.values() if s.endswith("\n") and t.endswith("\n"))
    assert ends == ["I liked the <1>story</1> about the bridge.\n",
                    "Thanks for <1>the report</1>.\n"]  # fmt: skip
    assert text_of(po).count("#. line break after this sentence") == 2
    # a reviewer moves the break in the PO: the edition follows
    # (only that entry unflagged: the fake engine's "[pt] " + English of the others is refused
    # as a reviewer's pt-BR since fuzz41, a sentence in the source's language)
    text = "\n\n".join(e.replace("#, fuzzy\n", "") if 'msgid "First line<1>' in e else e
                       for e in po.read_text(encoding="utf-8").split("\n\n"))
    text, n = re.subn(r'(msgid "First line<1> </1>second line"\nmsgstr )"[^\n]*"',
                      r'\1"Primeira<1> </1>linha segunda"', text)
    assert n == 1
    (out / "r.po").write_text(text, encoding="utf-8")
    result = runner.invoke(cli, ["review", "apply", str(out / "r.po"), "--db", str(db(tmp_path))])
    assert result.exit_code == 0, result.stderr
    again_md = (out / "b.pt-BR.md").read_text(encoding="utf-8")
    assert "- Primeira\\\n  linha segunda" in again_md
    # the "\n" of the PO stood for the two breaks between sentences: still there, once each,
    # and the reviewer's break inside "First line" is the third
    assert md.count("\\\n") == 2 and again_md.count("\\\n") == 3
    assert "bridge.\\\n" in again_md and "/r).\\\nNinfa" in again_md


def text_of(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_the_headline_is_the_title_in_every_format(
    runner: object, tmp_path: Path, fake_engine: object
) -> None:
    import polib
    from click.testing import CliRunner
    from editions.edition_helpers import db
    from lxml import etree

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    path = tmp_path / "h.md"
    path.write_text("# The [council](https://x.org/c) approves the plan\n\nIt met on Monday.\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(path), "--to", "pt-BR", "--engine", "fake", "--format",
            "json,md,html,xliff,po", "--out", str(out), "--db", str(db(tmp_path)),
            "--on-findings", "publish"]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    title = "[pt] The council approves the plan"
    edition = json.loads((out / "h.pt-BR.json").read_text(encoding="utf-8"))
    assert edition["title"] == title
    md = (out / "h.pt-BR.md").read_text(encoding="utf-8")
    assert f'title: "{title}"' in md
    assert "\n# \\[pt\\] The [council](https://x.org/c) approves the plan\n" in md
    doc = lxml_html.document_fromstring((out / "h.pt-BR.html").read_text(encoding="utf-8"))
    assert doc.findtext(".//title") == title
    assert [h.text_content() for h in doc.xpath("//h1")] == [title]
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    units = etree.parse(str(out / "h.pt-BR.xlf")).xpath("//x:unit", namespaces=ns)
    assert units[0].get("name") == "title"
    assert "".join(units[0].xpath(".//x:target//text()", namespaces=ns)) == title
    first = polib.pofile(str(out / "h.pt-BR.po"))[0]
    assert "block: title" in first.comment
    assert first.msgstr == "[pt] The <1>council</1> approves the plan"


def test_a_link_inside_strong_over_the_same_words_reaches_xliff_and_po() -> None:
    # "**[Mason Rudolph](url)**": two spans over the same words nest in every format; XLIFF and
    # PO used to keep only the first (the link was lost in the reviewer files)
    import xml.etree.ElementTree as ET

    import polib

    from translate.write import po as po_writer
    from translate.write import xliff as xliff_writer

    source = "Hits on Mason Rudolph came late."
    spans = [InlineSpan(8, 21, "strong"), InlineSpan(8, 21, "link", {"href": "https://x.org/m"})]
    edition = _edition(source, spans, ["Os golpes em Mason Rudolph vieram tarde."])
    assert inline.restore(edition, None) == []
    block = edition.blocks[0]
    assert md_writer.inline_text(block) == (
        "Os golpes em **[Mason Rudolph](https://x.org/m)** vieram tarde."
    )
    ns = "{urn:oasis:names:tc:xliff:document:2.0}"
    root = ET.fromstring(xliff_writer.render(edition))
    for part in ("source", "target"):
        (el,) = root.iter(ns + part)
        outer = el.find(ns + "pc")
        assert outer is not None and outer.get("id") == "p1"
        inner = outer.find(ns + "pc")
        assert inner is not None and inner.get("id") == "p2" and inner.text == "Mason Rudolph"
    (entry,) = [e for e in polib.pofile(po_writer.render(edition)) if e.msgid]
    assert entry.msgid == "Hits on <1><2>Mason Rudolph</2></1> came late."
    assert entry.msgstr == "Os golpes em <1><2>Mason Rudolph</2></1> vieram tarde."
    assert "inline <2>: link https://x.org/m" in entry.comment


def test_the_same_markup_twice_is_written_once() -> None:
    assert inline.to_tags("see the plan", [(4, 12, 1), (4, 12, 2)]) == (
        "see <1><2>the plan</2></1>"
    )
    twice = [InlineSpan(0, 3, "em"), InlineSpan(0, 3, "em")]
    assert len(inline._nested(twice)) == 1


def test_a_po_comment_keeps_an_image_address_with_hyphen_runs_on_one_line() -> None:
    # "Val-d--039-Isere---Le-Fornet.jpg": Babel wraps comments at 76 columns (even with no
    # wrapping asked, as xgettext does) and cut such an address at its "---" as at a dash
    import polib

    from translate.write import po as po_writer

    url = "https://cdn.example.net/media/1738253400/Val-d--039-Isere---Le-Fornet---Les-Jardins.jpg"
    source = "Credits: supplied image."
    edition = _edition(source, [InlineSpan(0, len(source), "image", {"src": url})],
                       ["Créditos: imagem fornecida."])  # fmt: skip
    assert inline.restore(edition, None) == []
    text = po_writer.render(edition)
    assert f"#. inline <1>: image {url}\n" in text
    (entry,) = [e for e in polib.pofile(text) if e.msgid]
    assert f"inline <1>: image {url}" in entry.comment
