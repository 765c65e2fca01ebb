"""Fifteenth structure pass: a Markdown document's own "Related Links" / "See also" section
over its links is kept, and a row of pictures (a README's badges) is translated picture by
picture, so that every picture and its link stand in every edition format."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import lxml.html
import polib
import pytest
from markdown_it import MarkdownIt

from translate.boilerplate import strip_boilerplate
from translate.model import Edition
from translate.read import parse_article
from translate.segment import segment_article
from translate.write import get_writer

RELATED = """# Ambassador program

## Type stripping

The goal is to raise awareness of type stripping in the JavaScript ecosystem.

##### Related Links

* <https://github.com/nodejs/typescript>
* <https://nodejs.org/api/typescript.html>

##### Project contacts

* @marco-ippolito

## Sample message

The goal is to raise awareness of XYZ in the JavaScript ecosystem.

##### Related Links

List of links with more information about the topic to provide background

##### Project contacts

Add a list of GitHub handles for those who volunteered to be contacted.
"""

BADGES = """# Tk

This is the Tk source distribution.

[![Build Status](https://ci.example/linux.svg)](https://ci.example/linux)
[![Build Status](https://ci.example/windows.svg)](https://ci.example/windows)
[![Build Status](https://ci.example/macos.svg)](https://ci.example/macos)

Tk is a cross-platform GUI toolkit.
"""
BADGE_IMAGES = ["https://ci.example/linux.svg", "https://ci.example/windows.svg",
                "https://ci.example/macos.svg"]  # fmt: skip
BADGE_LINKS = ["https://ci.example/linux", "https://ci.example/windows", "https://ci.example/macos"]


def _hrefs(blocks: list) -> list[str]:  # type: ignore[type-arg]
    return [str(s.attrs["href"]) for b in blocks for s in b.inline if s.kind == "link"]


def test_a_markdown_documents_related_links_section_is_kept() -> None:
    """Node.js's advocacy document (set X) lost five "Related Links" headings and 18 links to
    the related-content rule; its own section over links is kept, the one over none still
    goes, and so does an HTML page's box of other stories."""
    article = parse_article(RELATED, fmt="md", source="a.md", article_id="a")
    kept = strip_boilerplate(article, "en")
    assert _hrefs(kept.blocks) == [
        "https://github.com/nodejs/typescript", "https://nodejs.org/api/typescript.html",
    ]  # fmt: skip
    headings = [b.text for b in kept.blocks if b.kind == "heading"]
    assert headings.count("Related Links") == 1
    # the sample section over no link goes as before, heading and unended line
    assert [d.text for d in kept.dropped if d.rule == "en:related"] == [
        "Related Links",
        "List of links with more information about the topic to provide background",
    ]
    # over a sentence it keeps (the real document's ends with a full stop), the heading stays
    ended = RELATED.replace("to provide background", "to provide background.")
    kept = strip_boilerplate(parse_article(ended, fmt="md", source="a.md"), "en")
    assert [b.text for b in kept.blocks if b.kind == "heading"].count("Related Links") == 2
    assert kept.dropped == []
    page = (
        "<html><body><article><h1>Storm hits the coast</h1>"
        "<p>The storm reached the coast on Monday night, the weather service said.</p>"
        "<p>Thousands of homes were left without power across the region.</p>"
        "<h3>Related Links</h3><ul><li><a href='https://news.example/a'>Flood warning issued"
        "</a></li><li><a href='https://news.example/b'>Roads closed in the north</a></li></ul>"
        "</article></body></html>"
    )
    html = strip_boilerplate(parse_article(page, fmt="html", source="p.html"), "en")
    assert "Related Links" not in [b.text for b in html.blocks]


def test_a_row_of_badges_is_one_unit_per_picture() -> None:
    article = parse_article(BADGES, fmt="md", source="b.md", article_id="b")
    row = [s.source for s in segment_article(article) if "Build" in s.source]
    assert row == ["Build Status", "Build Status", "Build Status"]
    # a sentence with a picture inside it is still one unit
    mixed = parse_article("# T\n\nSee ![the map](m.png) of the town.\n", fmt="md", source="m.md")
    assert [s.source for s in segment_article(mixed)][1:] == ["See the map of the town."]


def _md_addresses(text: str) -> tuple[list[str], list[str]]:
    body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    images: list[str] = []
    links: list[str] = []
    for tok in MarkdownIt("commonmark").parse(body):
        for child in tok.children or []:
            if child.type == "image":
                images.append(str(child.attrs["src"]))
            elif child.type == "link_open":
                links.append(str(child.attrs["href"]))
    return images, links


def test_every_badge_and_its_link_in_every_format(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    path = tmp_path / "tk.md"
    path.write_text(BADGES, encoding="utf-8")
    edition = build_edition(path, "pt-BR")
    images, links = _md_addresses(get_writer("md").render(edition))
    assert images == BADGE_IMAGES and links == BADGE_LINKS
    doc = lxml.html.document_fromstring(get_writer("html").render(edition))
    assert [i.get("src") for i in doc.xpath("//article//a/img")] == BADGE_IMAGES
    assert [a.get("href") for a in doc.xpath("//article//a[img]")] == BADGE_LINKS
    data = json.loads(get_writer("json").render(edition))
    attrs = [s.get("attrs", {}) for b in data["blocks"] for s in b.get("inline", [])]
    assert [a["src"] for a in attrs if "src" in a] == BADGE_IMAGES
    xliff = get_writer("xliff").render(edition)
    data_text = "".join(ET.fromstring(xliff).itertext())
    assert all(src in data_text for src in BADGE_IMAGES + BADGE_LINKS)
    po = polib.pofile(get_writer("po").render(edition))
    comments = "\n".join(e.comment for e in po)
    assert all(src in comments for src in BADGE_IMAGES + BADGE_LINKS)


@pytest.mark.model
def test_embedded_model_writes_each_badge_once(tmp_path: Path) -> None:
    """With the real en->pt model the row given as one sentence came back "Status de
    compilação Status [..." with the three pictures folded into one another."""
    from translate.options import RunOptions
    from translate.pipeline import translate_article
    from translate.read import read_article

    path = tmp_path / "tk.md"
    path.write_text(BADGES, encoding="utf-8")
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_article(read_article(path), "pt-BR", options)[0]
    images, links = _md_addresses(get_writer("md").render(edition))
    assert images == BADGE_IMAGES and links == BADGE_LINKS


SECTIONS = """# argos-translate

Argos is an offline translation library.

## Donate

If you find this software useful donations are greatly appreciated.

- [GitHub Sponsor](https://github.com/sponsors/argosopentech)

## Learn more

### Guides

- [Documentation](https://docs.example.org/)

Copyright
=========

Copyright (c) 1998-2026 The Project

All rights reserved.
"""


def test_a_markdown_heading_over_kept_text_is_kept() -> None:
    """argos-translate's "## Donate" and python-multipart's "## Learn more" (sets U and V) were
    dropped as prompts while the text under them stayed; a heading whose section all went
    (OpenSSL's "Copyright" over its copyright lines) still goes."""
    article = strip_boilerplate(parse_article(SECTIONS, fmt="md", source="s.md"), "en")
    assert [b.text for b in article.blocks if b.kind == "heading"] == [
        "Donate", "Learn more", "Guides",
    ]  # fmt: skip
    assert [d.text for d in article.dropped] == [
        "Copyright", "Copyright (c) 1998-2026 The Project", "All rights reserved.",
    ]  # fmt: skip
    # the same words in an HTML page are still a prompt
    page = (
        "<html><body><article><h1>Storm hits the coast</h1>"
        "<p>The storm reached the coast on Monday night, the weather service said.</p>"
        "<h2>Donate</h2><p>If you find our reporting useful, donations are appreciated.</p>"
        "</article></body></html>"
    )
    html = strip_boilerplate(parse_article(page, fmt="html", source="p.html"), "en")
    assert "Donate" not in [b.text for b in html.blocks]


REFERENCES = """# Welcome to the OpenSSL Project

[![openssl logo]][www.openssl.org]

[![github actions ci badge]][github actions ci]
[![appveyor badge][appveyor]][appveyor jobs]

OpenSSL is a robust toolkit for the [TLS] protocol.

<!-- Links  -->

[www.openssl.org]:
    <https://www.openssl.org>
    "OpenSSL Homepage"
[openssl logo]:
    doc/images/openssl.svg "OpenSSL Logo"
[github actions ci badge]: https://ci.example/badge.svg
    "GitHub CI"
[github actions ci]: https://ci.example/actions
[appveyor]: https://appveyor.example/badge.svg
[appveyor jobs]: https://appveyor.example/jobs
[TLS]:
    https://tools.ietf.org/html/rfc8446
"""


def test_reference_definitions_over_lines_and_reference_badges(
    build_edition: Callable[[Path, str], Edition], tmp_path: Path
) -> None:
    """OpenSSL's README (set X) writes its definitions over two and three lines and its logo
    and badges as reference images inside reference links: the definitions were read as
    paragraphs (translated) and the pictures and links lost. Every address markdown-it-py reads
    in the source now stands in the Markdown edition, and no definition is article text."""
    images, links = _md_addresses(REFERENCES)
    assert len(images) == 3 and len(links) == 4
    article = parse_article(REFERENCES, fmt="md", source="r.md")
    assert not any("OpenSSL Homepage" in b.text or "openssl.svg" in b.text for b in article.blocks)
    path = tmp_path / "r.md"
    path.write_text(REFERENCES, encoding="utf-8")
    assert _md_addresses(get_writer("md").render(build_edition(path, "pt-BR"))) == (images, links)
