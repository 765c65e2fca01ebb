"""A link or emphasis the placement would put on function words only (struct16b): WebMD's
"cancer chemotherapy, organ transplants" came back as "A quimioterapia do câncer, os
transplantes de órgãos" and the engine, asked with the link marked, carried the marks over to
"os". Such a place is refused: the link is written after its sentence on the link sign, with
its finding; the function words are the target language's data (``[inline] function_words``)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

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

SOURCE = "Cancer chemotherapy, organ transplants and childbirth can weaken it."
TARGET = "A quimioterapia do câncer, os transplantes de órgãos e o parto podem enfraquecê-lo."


def _edition(spans: list[InlineSpan], target: str = TARGET) -> Edition:
    seg = Segment("b0.s0", 0, 0, SOURCE, 0, len(SOURCE), "en")
    article = Article("a", [Block("paragraph", SOURCE, inline=spans)], "a.md", "md")
    block = EditionBlock(
        "paragraph", 0, SOURCE, [TranslatedSegment(seg, target)], source_inline=spans
    )
    signature = Signature("fake", "m", "1", None, "none", "47", "0")
    return Edition(article, "pt-BR", "en", "pt", "ltr", [block], signature, "2020-01-01T00:00:00Z")


def _engine(on: str) -> Callable[[list[str]], list[str]]:
    """The engine asked with a span marked carries the marks over to ``on``; the span alone
    reads as nothing found in the sentence."""

    def answer(batch: list[str]) -> list[str]:
        out = []
        for text in batch:
            pair = next((p for p in ("[]", "{}", "<>") if p[0] in text), None)
            out.append(TARGET.replace(f" {on} ", f" {pair[0]}{on}{pair[1]} ", 1) if pair else "")
        return out

    return answer


def _on(edition: Edition) -> list[tuple[str, str]]:
    block = edition.blocks[0]
    return [(block.target[s.start : s.end], s.kind) for s in block.inline]


def test_a_link_marked_onto_an_article_is_written_after_its_sentence() -> None:
    span = InlineSpan(7, 19, "link", {"href": "https://x.org/chemo"})  # "chemotherapy"
    edition = _edition([span])
    findings = inline.restore(edition, _engine("os"), trailing=True)
    block = edition.blocks[0]
    assert block.target == f"{TARGET} {inline.TRAILING}"
    assert _on(edition) == [(inline.TRAILING, "link")]
    assert [(f.severity, f.data["href"]) for f in findings] == [("warning", "https://x.org/chemo")]
    assert "'os', is only function words" in findings[0].message
    assert "written after the sentence" in findings[0].message
    md = get_writer("md").render(edition)
    children = [c for t in MarkdownIt().parse(md) if t.type == "inline" for c in t.children or []]
    links = [
        (text.content, opener.attrs["href"])
        for opener, text in pairwise(children)
        if opener.type == "link_open"
    ]
    assert links == [(inline.TRAILING, "https://x.org/chemo")]


def test_emphasis_marked_onto_a_preposition_is_left_unmarked_with_its_finding() -> None:
    span = InlineSpan(7, 19, "em", {})
    edition = _edition([span])
    findings = inline.restore(edition, _engine("de"), trailing=True)
    assert edition.blocks[0].target == TARGET  # no sign for emphasis: nothing to keep
    assert _on(edition) == []
    assert len(findings) == 1 and "'de', is only function words" in findings[0].message


def test_a_link_marked_onto_its_own_words_is_placed() -> None:
    span = InlineSpan(21, 38, "link", {"href": "https://x.org/t"})  # "organ transplants"
    edition = _edition([span])
    findings = inline.restore(edition, _engine("transplantes"), trailing=True)
    assert findings == [] and _on(edition) == [("transplantes", "link")]


def test_a_link_on_function_words_in_the_source_keeps_them_in_the_target() -> None:
    # the source's own link is on "and": the target's "e" is where it belongs
    span = InlineSpan(39, 42, "link", {"href": "https://x.org/and"})
    edition = _edition([span])
    findings = inline.restore(edition, _engine("e"), trailing=True)
    assert findings == [] and _on(edition) == [("e", "link")]


def test_the_function_words_are_the_target_languages_data() -> None:
    assert {"os", "de", "e", "a"} <= inline.function_words("pt-BR")
    assert "quimioterapia" not in inline.function_words("pt")
    assert inline.function_words("xx") == frozenset()
    assert inline.function_words(None) == frozenset()


def test_an_initialism_spelled_like_an_article_is_placed() -> None:
    # cargo's book (set X): a link on "OS", alone in its item, kept as "OS" by the engine
    seg = Segment("b0.s0", 0, 0, "OS", 0, 2, "en")
    span = InlineSpan(0, 2, "link", {"href": "os.html"})
    article = Article("a", [Block("list_item", "OS", inline=[span])], "a.md", "md")
    block = EditionBlock("list_item", 0, "OS", [TranslatedSegment(seg, "OS")], source_inline=[span])
    signature = Signature("fake", "m", "1", None, "none", "47", "0")
    edition = Edition(
        article, "pt-BR", "en", "pt", "ltr", [block], signature, "2020-01-01T00:00:00Z"
    )
    assert inline.restore(edition, _engine("x"), trailing=True) == []
    assert _on(edition) == [("OS", "link")]
