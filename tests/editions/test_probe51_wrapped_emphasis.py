"""probe51: emphasis over a Markdown paragraph's soft line breaks.

A hard-wrapped Markdown source ("**Provide technical assistance to officials in impacted\\n
communities.** The Department ...", the White House's fact sheets, most READMEs) was read line
by line: a strong or em span that crossed a line break was no span, its markers stayed in the
text, were sent to the engine and were published escaped ("\\*\\*Fornecer assistência ...\\*\\*"),
the bold lost. CommonMark reads emphasis over soft line breaks (a bounded window here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from translate import engines
from translate.api import RunOptions, read_article, translate_article
from translate.model import InlineSpan
from translate.read import markdown_inline
from translate.write import markdown as md_writer


def _spans(text: str, spans: list[InlineSpan]) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(("source", "text", "spans"), [
    ("**Provide technical assistance to officials in impacted\ncommunities.** The Department",
     "Provide technical assistance to officials in impacted communities. The Department",
     [("strong", "Provide technical assistance to officials in impacted communities.")]),
    # the repository's own markup: a tag inside, over three lines
    ('**<span style="text-decoration: underline">The Administration Is\nHelping Communities\n'
     "Respond to Wildfires:</span>**",
     "The Administration Is Helping Communities Respond to Wildfires:",
     [("strong", "The Administration Is Helping Communities Respond to Wildfires:")]),
    ("***Building a More Resilient Wildland Firefighting\nWorkforce***",
     "Building a More Resilient Wildland Firefighting Workforce",
     [("em", "Building a More Resilient Wildland Firefighting Workforce"),
      ("strong", "Building a More Resilient Wildland Firefighting Workforce")]),
    ("it is *“Does this backport\nimprove the product?”* they ask",
     "it is “Does this backport improve the product?” they ask",
     [("em", "“Does this backport improve the product?”")]),
    ("a __strong\nwords__ and _em\nwords_ end", "a strong words and em words end",
     [("strong", "strong words"), ("em", "em words")]),
    ("**a**\nb **c\nd** e", "a b c d e", [("strong", "a"), ("strong", "c d")]),
    ("***Disclaimer**: we try to\npoint out [this](https://x.org/a).*",
     "Disclaimer: we try to point out this.",
     [("em", "Disclaimer: we try to point out this."), ("strong", "Disclaimer"),
      ("link", "this")]),
])  # fmt: skip
def test_emphasis_over_soft_line_breaks_is_one_span(
    source: str, text: str, spans: list[tuple[str, str]]
) -> None:
    got_text, got = markdown_inline(source)
    assert got_text == text
    assert "*" not in got_text and "_" not in got_text.replace("a_b", "")
    assert sorted(_spans(got_text, got)) == sorted(spans)


@pytest.mark.parametrize(("source", "text", "spans"), [
    # one line: read as before
    ("**Baku** said *this* and __that__", "Baku said this and that",
     [("strong", "Baku"), ("em", "this"), ("strong", "that")]),
    # an opener with a marker of its kind before the closer: the later pair, as CommonMark
    ("*note\n*x* y", "*note x y", [("em", "x")]),
    # a marker followed by a space opens nothing
    ("5 * 3 is\n15 * 2 halved", "5 * 3 is 15 * 2 halved", []),
    ("snake_case\nwords_here", "snake_case words_here", []),
    # more lines than the window: left as written
    ("**a\n" + "b\n" * 9 + "c**", "**a " + "b " * 9 + "c**", []),
])  # fmt: skip
def test_controls_are_read_as_before(source: str, text: str, spans: list[tuple[str, str]]) -> None:
    got_text, got = markdown_inline(source)
    assert (got_text, _spans(got_text, got)) == (text, spans)


@pytest.mark.parametrize("trigger", ["**a\n", "*a\nb", "__a\n", "**word\nword ", "***x\n"])
def test_twenty_thousand_openers_are_read_in_linear_time(trigger: str) -> None:
    text, spans = markdown_inline(trigger * 20_000)
    assert len(text) > 20_000
    assert len(spans) <= 20_000


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(engines.ENGINES, "fake", "fakes:FakeEngine")
    engines.close_engines()
    yield
    engines.close_engines()


def test_a_wrapped_bold_lead_is_published_bold_not_escaped(tmp_path: Path,
                                                           fake_engine: None) -> None:
    path = tmp_path / "fact-sheet.md"
    path.write_text("# Fact sheet\n\n**Provide technical assistance to officials in impacted\n"
                    "communities.** The Department of Health offered help.\n", encoding="utf-8")
    options = RunOptions(engine="fake", use_cache=False, use_tm=False, builtin_glossary=False)
    edition = translate_article(read_article(path), "pt-BR", options)[0]
    para = edition.blocks[1]
    assert "*" not in "".join(s.source for s in para.segments)  # the engine gets no markers
    out = md_writer.inline_text(para)
    assert "\\*" not in out
    assert out.startswith("**") and out.count("**") == 2
