"""struct57: inline structure carried through translation (issue 15), fifty-seventh structure pass.

An image without alt text in Markdown (a README's badge, ``[![](https://img.shields.io/x.svg)]
(https://pypi.org/x)``, or a picture ``![](docs/shot.png)``) was read as no text at all: the
image had nothing to stand over, the link around it neither, and the block, empty, was dropped
(set U: colorlog's two badge links lost in every format). The image's address is now the text
its span stands over, with ``noalt``: the writers write the alt text empty, as the source has
it, and the link around it is kept.

The documents are written for the tests.
"""

from __future__ import annotations

import json

import lxml.html
from markdown_it import MarkdownIt

from translate.locales import parse_targets
from translate.options import RunOptions
from translate.pipeline import prepare, translate_prepared
from translate.read import markdown_inline, parse_article
from translate.write import get_writer

BADGES = """# Log formatting with colors

[![](https://img.shields.io/pypi/v/colorlog.svg)](https://pypi.org/project/colorlog/)
[![](https://img.shields.io/pypi/l/colorlog.svg)](https://pypi.org/project/colorlog/)

Add colours to the output of the logging module of the standard library.

![](docs/example_output.png)

A closing paragraph about [the project](https://github.com/x/colorlog) and its licence.
"""


def _edition(text: str, fmt: str) -> str:
    article = parse_article(text, fmt="md", source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    return get_writer(fmt).render(edition)


def _md_read(markdown: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Links and images (address, alt text) as markdown-it reads them."""
    body = markdown.split("\n---\n", 1)[1] if markdown.startswith("---\n") else markdown
    links: list[str] = []
    images: list[tuple[str, str]] = []
    for t in MarkdownIt("commonmark").parse(body):
        for c in t.children or []:
            links += [str(c.attrs.get("href"))] if c.type == "link_open" else []
            images += [(str(c.attrs.get("src")), c.content)] if c.type == "image" else []
    return links, images


def test_badge_links_without_alt_text_are_kept_in_markdown() -> None:
    links, images = _md_read(_edition(BADGES, "md"))
    assert links.count("https://pypi.org/project/colorlog/") == 2
    assert ("https://img.shields.io/pypi/v/colorlog.svg", "") in images
    assert ("https://img.shields.io/pypi/l/colorlog.svg", "") in images
    assert ("docs/example_output.png", "") in images  # written with no alt text, as read
    assert "https://github.com/x/colorlog" in links


def test_badge_links_without_alt_text_are_kept_in_html() -> None:
    page = lxml.html.fromstring(_edition(BADGES, "html"))
    hrefs = [a.get("href") for a in page.iter("a")]
    assert hrefs.count("https://pypi.org/project/colorlog/") == 2
    badges = [a for a in page.iter("a") if a.get("href") == "https://pypi.org/project/colorlog/"]
    assert all([i.get("alt") for i in a.iter("img")] == [""] for a in badges)
    shot = [i for i in page.iter("img") if i.get("src") == "docs/example_output.png"]
    assert len(shot) == 1 and shot[0].get("alt") == ""


def test_badge_links_without_alt_text_are_kept_in_json() -> None:
    data = json.loads(_edition(BADGES, "json"))
    spans = [s for b in data["blocks"] for s in b.get("inline", []) if s["kind"] == "image"]
    noalt = [s["attrs"]["src"] for s in spans if s["attrs"].get("noalt")]
    assert "https://img.shields.io/pypi/v/colorlog.svg" in noalt
    assert "docs/example_output.png" in noalt


def test_an_alt_less_image_stands_over_its_address() -> None:
    text, spans = markdown_inline("[![](https://x.org/a_b_*c*_.svg)](https://x.org/p)")
    assert text == "https://x.org/a_b_*c*_.svg"  # no emphasis read in the address
    spans.sort(key=lambda s: s.kind)
    assert [(s.kind, s.start, s.end) for s in spans] == [("image", 0, 26), ("link", 0, 26)]
    assert spans[0].attrs == {"src": "https://x.org/a_b_*c*_.svg", "noalt": "1"}


def test_an_image_with_alt_text_is_read_as_before() -> None:
    # control (passes on the base too)
    text, spans = markdown_inline("[![License: MIT](https://x.org/l.svg)](#license)")
    assert text == "License: MIT"
    assert {s.kind: s.attrs for s in spans} == {
        "image": {"src": "https://x.org/l.svg"},
        "link": {"href": "#license"},
    }
    _links, images = _md_read(_edition("# T\n\n" + "![A chart of prices](c.png)\n", "md"))
    assert len(images) == 1 and images[0][0] == "c.png" and images[0][1]  # its alt translated


def test_twenty_thousand_alt_less_badges_in_linear_time() -> None:
    line = "![](https://img.shields.io/b_{k}.svg) "
    text, spans = markdown_inline("".join(line.format(k=k) for k in range(20_000)))
    assert len(spans) == 20_000 and all(s.attrs.get("noalt") for s in spans)
    assert text.endswith("https://img.shields.io/b_19999.svg")
