"""Twenty-first structure pass: a link kept in one format and lost in another.

* A Markdown link whose text holds a pair of brackets ("[returning ... double[2].](url)", the
  Rust RFC on complex numbers, development set AA) is one link (CommonMark); the reader read
  no link there and the Markdown edition's escaped brackets left only the bare address, which
  a Markdown reader links by itself where HTML and JSON had no link at all.
* A link that the target puts inside a code span over part of its words (This Week in Rust's
  "new `syntax::ItemKind::MacroDef`, nix unnamed macros", set AA) is written by HTML as
  ``<code>..<a>..</a></code>`` but was lost by Markdown, whose code span holds no markup: it is
  written around the code span, ``[`code`](url)``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import lxml.html
from markdown_it import MarkdownIt

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
from translate.read import markdown_inline
from translate.write import get_writer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_structure_pass17 import _in_every_format

GODBOLT = "https://gcc.godbolt.org/z/hh7zYcnK6"
PULL = "https://github.com/rust-lang/rust/pull/40220"


def _links(text: str) -> list[tuple[str, str]]:
    plain, spans = markdown_inline(text)
    return [(plain[s.start : s.end], s.attrs["href"]) for s in spans if s.kind == "link"]


def test_a_link_whose_text_holds_a_pair_of_brackets_is_one_link() -> None:
    text = (
        "For example: on powerpc64-linux-gnu, [returning double _Complex doesn't do the same "
        f"thing as returning a struct with a field of type double[2].]({GODBOLT}) However, it is"
    )
    assert _links(text) == [
        (
            "returning double _Complex doesn't do the same thing as returning a struct with a "
            "field of type double[2].",
            GODBOLT,
        )
    ]
    assert _links("[[x]](https://x.org)") == [("[x]", "https://x.org")]
    assert _links("[a [b] and [c] d](https://x.org)") == [("a [b] and [c] d", "https://x.org")]


def test_the_innermost_brackets_still_make_the_link() -> None:
    # CommonMark: a link holds no link; "[a [b](u1)](u2)" is text, a link "b", and text
    assert markdown_inline("[a [b](https://one.org)](https://two.org)") == (
        "[a b](https://two.org)",
        [InlineSpan(3, 4, "link", {"href": "https://one.org"})],
    )
    assert _links("[x] [y](https://x.org)") == [("y", "https://x.org")]
    assert _links("[a [b] c](https://x.org") == []  # no closing parenthesis: no link


def test_a_bracketed_link_is_kept_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    path = tmp_path / "complex.md"
    path.write_text(
        "# Complex numbers\n\nThe calling convention of complex numbers in C is not defined. "
        "For example: on powerpc64-linux-gnu, [returning double _Complex doesn't do the same "
        f"thing as returning a struct with a field of type double[2].]({GODBOLT}) It is not "
        "always possible to write a wrapper.\n",
        encoding="utf-8",
    )
    edition = build_edition(path, "pt-BR")
    _in_every_format(edition, [GODBOLT], [])


def _edition(source: str, target: str, spans: list[InlineSpan]) -> Edition:
    seg = Segment("b0.s0", 0, 0, source, 0, len(source), "en")
    article = Article("a", [Block("list_item", source)], "a.md", "md")
    block = EditionBlock("list_item", 0, source, [TranslatedSegment(seg, target)], inline=spans)
    signature = Signature("fake", "m", "1", None, "none", "47", "0")
    return Edition(article, "pt-BR", "en", "pt", "ltr", [block], signature, "2020-01-01T00:00:00Z")


def _md_links(edition: Edition) -> list[tuple[str, str]]:
    tokens = MarkdownIt("commonmark").parse(get_writer("md").render(edition))
    out = []
    for tok in tokens:
        children = tok.children or []
        for i, child in enumerate(children):
            if child.type == "link_open":
                out.append((children[i + 1].type, str(child.attrs["href"])))
    return out


def test_a_link_inside_a_code_span_is_written_around_it_in_markdown() -> None:
    source = "new syntax::ItemKind::MacroDef, nix unnamed macros (breaking change)"
    target = "novos syntax::ItemKind::MacroDef, macros nix sem nome (quebragem de mudança)"
    code = InlineSpan(6, 32, "code")
    link = InlineSpan(14, 32, "link", {"href": PULL})  # on "ItemKind::MacroDef" only
    edition = _edition(source, target, [code, link])
    md = get_writer("md").render(edition)
    assert f"[`syntax::ItemKind::MacroDef`]({PULL})" in md
    assert _md_links(edition) == [("code_inline", PULL)]
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    assert [a.get("href") for a in doc.iter("a")] == [PULL]  # HTML as before: <code><a>
    assert doc.xpath("//code/a")
    data = json.loads(get_writer("json").render(edition))
    assert {(s["kind"], s["start"], s["end"]) for s in data["blocks"][0]["inline"]} >= {
        ("link", 14, 32)
    }


def test_a_link_over_code_or_beside_it_is_written_as_before() -> None:
    source = "see f() and the docs"
    target = "veja f() e a documentação"
    over = _edition(source, target, [InlineSpan(5, 8, "code"), InlineSpan(5, 8, "link",
                                                                          {"href": PULL})])
    assert f"[`f()`]({PULL})" in get_writer("md").render(over)
    beside = _edition(source, target, [InlineSpan(5, 8, "code"), InlineSpan(11, 25, "link",
                                                                            {"href": PULL})])
    assert f"`f()` e [a documentação]({PULL})" in get_writer("md").render(beside)
    wide = _edition(source, target, [InlineSpan(0, 8, "link", {"href": PULL}),
                                     InlineSpan(5, 8, "code")])  # fmt: skip
    assert f"[veja `f()`]({PULL})" in get_writer("md").render(wide)


def test_an_address_with_a_pair_of_parentheses_reads_back_as_written_in_markdown() -> None:
    """courlan's README (set V) links "File:Limpkin,_harns_marsh_(33723700146).jpg"; reihub's
    page (set Y) a text fragment "#:~:text=...(REITs)...": the parentheses were written
    "%28"/"%29", another address than the page's, where HTML and JSON kept it as it was."""
    href = "https://commons.wikimedia.org/wiki/File:Limpkin,_harns_marsh_(33723700146).jpg"
    source = "a photograph of a limpkin"
    target = "uma fotografia de um carão"
    edition = _edition(source, target, [InlineSpan(4, 15, "link", {"href": href})])
    assert _md_links(edition) == [("text", href)]
    odd = "https://x.org/a)b("  # unpaired: encoded as before, the link read back whole
    edition = _edition(source, target, [InlineSpan(4, 15, "link", {"href": odd})])
    assert _md_links(edition) == [("text", "https://x.org/a%29b%28")]
