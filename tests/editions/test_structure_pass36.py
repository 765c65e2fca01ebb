"""Thirty-sixth structure pass: a picture's caption as a ``<figure>`` in the HTML edition.

struct35 read a kept picture's ``<figcaption>`` back after it, and every format wrote it as a
paragraph; the HTML edition now writes the picture and its caption as the page had them, one
``<figure>`` holding the ``<img>`` and a ``<figcaption>`` (with the caption's links); the JSON
edition marks the caption's block, so that an edition read back from JSON (a review) keeps the
figure; Markdown writes the caption as a paragraph after the picture, as before.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lxml.html
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "editions"))

from test_structure_pass35 import CAPTIONS, DATA, PAGE  # noqa: E402


def _edition() -> object:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article

    article = parse_article(PAGE, fmt="html", source="page.html", article_id="f")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    return translate_prepared(prepared, parse_targets("pt-BR")[0], options)


def _figures(html: str) -> list[tuple[list[str], str, list[str]]]:
    doc = lxml.html.document_fromstring(html)
    out = []
    for fig in doc.iter("figure"):
        caps = fig.findall("figcaption")
        assert len(caps) == 1
        out.append(
            (
                [img.get("src") for img in fig.iter("img")],
                " ".join(caps[0].text_content().split()),
                [a.get("href") for a in caps[0].iter("a")],
            )
        )
    return out


def test_html_writes_a_caption_with_its_picture_as_a_figure() -> None:
    from translate.write import get_writer

    edition = _edition()
    figures = _figures(get_writer("html").render(edition))  # type: ignore[arg-type]
    assert [f[0] for f in figures] == [
        ["https://example.org/robot.png"],
        ["https://example.org/chart.png"],
    ]
    assert all(f[1] for f in figures)  # the caption's translation, not empty
    assert [f[2] for f in figures] == [[], [DATA]]
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))  # type: ignore[arg-type]
    # neither the picture nor its caption is written a second time as a paragraph
    assert len(doc.xpath("//img")) == 2
    assert not doc.xpath("//p[.//img]")
    data = json.loads(get_writer("json").render(edition))  # type: ignore[arg-type]
    marked = [b["source"] for b in data["blocks"] if b.get("caption")]
    assert marked == CAPTIONS
    # Markdown: the picture, then its caption as a paragraph (as struct35 wrote it)
    md = get_writer("md").render(edition)  # type: ignore[arg-type]
    tokens = MarkdownIt("commonmark").parse(md)
    kinds = [c.type for t in tokens for c in t.children or []]
    assert kinds.count("image") == 2
    hrefs = [c.attrs["href"] for t in tokens for c in t.children or [] if c.type == "link_open"]
    assert DATA in hrefs


def test_the_figure_survives_an_edition_read_back_from_json() -> None:
    from translate.review import edition_from_dict
    from translate.write import get_writer

    data = json.loads(get_writer("json").render(_edition()))  # type: ignore[arg-type]
    again = edition_from_dict(data)
    assert [b.caption for b in again.blocks].count(True) == 2
    assert len(_figures(get_writer("html").render(again))) == 2
    # a value other than true marks nothing
    for b in data["blocks"]:
        if b.get("caption"):
            b["caption"] = "yes"
    assert not any(b.caption for b in edition_from_dict(data).blocks)


def test_a_caption_without_its_picture_is_a_paragraph() -> None:
    from translate.write import get_writer

    edition = _edition()
    blocks = edition.blocks  # type: ignore[attr-defined]
    at = next(i for i, b in enumerate(blocks) if b.caption)
    del blocks[at - 1]  # the picture left out (a stage dropped it): no figure to hold it
    html = get_writer("html").render(edition)  # type: ignore[arg-type]
    figures = _figures(html)
    assert len(figures) == 1 and figures[0][0] == ["https://example.org/chart.png"]
    doc = lxml.html.document_fromstring(html)
    paras = [" ".join(p.text_content().split()) for p in doc.iter("p")]
    assert " ".join(blocks[at - 1].target.split()) in paras


# -- the reader's own link losses in Markdown (development sets AB, AD, AE, AJ) -----------------

CRATES = """# Related projects

* [`tower`]: A library of modular and reusable components for networking clients and servers.
* [`mio`]: A low-level, cross-platform abstraction over the I/O interfaces of the system.

If you run into problems, get in touch with the [infrastructure team]:

[`tower`]: https://github.com/tower-rs/tower
[`mio`]: https://github.com/tokio-rs/mio
[infrastructure team]: https://www.rust-lang.org/governance/teams/infra
"""

MODULES = """# CSS Modules

A `<style module>` tag is compiled as [CSS Modules](https://github.com/css-modules/css-modules)
and exposes the resulting classes to the component as an object under the key of `$style`:

```vue
<template>
  <p :class="$style.red">This should be red</p>
</template>

<style module>
.red { color: red; }
</style>
```

Refer to the [CSS Modules spec](https://github.com/css-modules/css-modules/blob/master/README.md)
for more details such as composition and global exceptions.
"""


def _links(text: str) -> list[str]:
    from translate.read import parse_article

    article = parse_article(text, fmt="md", source="doc.md", article_id="d")
    return [s.attrs["href"] for b in article.blocks for s in b.inline if s.kind == "link"]


def test_a_shortcut_reference_before_a_colon_is_a_link() -> None:
    """CommonMark reads "[`tower`]: A library ..." in a list item and "the [team]:" at a
    paragraph's end as links to their definitions (a definition is a destination and nothing
    else to the line's end); the reader kept the words and lost the links (tokio's README)."""
    assert _links(CRATES) == [
        "https://github.com/tower-rs/tower",
        "https://github.com/tokio-rs/mio",
        "https://www.rust-lang.org/governance/teams/infra",
    ]
    from translate.read import markdown_inline

    refs = {"x": "https://x.org/"}
    assert markdown_inline("[x]: https://y.org/", refs) == ("[x]: https://y.org/", [])
    assert markdown_inline('[x]: https://y.org/ "T"', refs)[1] == []
    assert markdown_inline("[x]: see below", refs)[1][0].attrs == {"href": "https://x.org/"}


def test_a_tag_in_a_code_span_hides_nothing() -> None:
    """A ``<style>`` written in a code span is code shown as written: the raw-HTML rule blanked
    from it to the fenced example's ``</style>``, the paragraph, its link and the fence with it
    (vuejs/docs' "CSS features"), and a tag in a code span was dropped ("`<div>`" -> "")."""
    from translate.read import parse_article

    assert _links(MODULES) == [
        "https://github.com/css-modules/css-modules",
        "https://github.com/css-modules/css-modules/blob/master/README.md",
    ]
    blocks = parse_article(MODULES, fmt="md", source="doc.md", article_id="d").blocks
    first = next(b for b in blocks if b.text.startswith("A "))
    assert first.text.startswith("A <style module> tag is compiled as CSS Modules")
    codes = [b.text for b in blocks if b.kind == "code"]
    assert len(codes) == 1 and "<style module>" in codes[0] and "This should be red" in codes[0]
    # raw HTML outside code is still hidden
    page = "# T\n\nSome words here.\n\n<script>alert(1)</script>\n\nA `<b>` and <i>x</i> end.\n"
    texts = [b.text for b in parse_article(page, fmt="md", source="p.md", article_id="p").blocks]
    assert not any("alert" in t for t in texts)
    assert "A <b> and x end." in texts
