"""Line breaks and images of HTML pages through the reader (trafilatura) into every edition,
on small pages and on real pages of tests/data/realworld."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from translate.read import image_only, parse_article

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from realworld_corpus import CORPUS, load_pages  # noqa: E402

BODY = " ".join(["The mayor spoke to reporters about the budget for the coming year."] * 10)


def _page(inner: str) -> str:
    return (
        "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
        f"<p>{BODY}</p>{inner}<p>{BODY}</p></article></body></html>"
    )


def test_a_br_inside_a_paragraph_is_a_br_span_between_the_words() -> None:
    article = parse_article(
        _page("<p>Tour dates:<br>June 9 in Tampa, Florida<br/>June 10 in Miami, Florida</p>"),
        fmt="html", source="p.html",
    )  # fmt: skip
    block = next(b for b in article.blocks if b.text.startswith("Tour dates"))
    # the words on either side of a break are never glued ("dates:June 9")
    assert block.text == "Tour dates: June 9 in Tampa, Florida June 10 in Miami, Florida"
    breaks = [s for s in block.inline if s.kind == "br"]
    assert [block.text[s.start - 6 : s.start] for s in breaks] == ["dates:", "lorida"]
    assert all(block.text[s.start : s.end] == " " for s in breaks)


def test_an_image_with_alt_text_is_a_picture_block_in_place() -> None:
    article = parse_article(
        _page('<figure><img src="/img/crowd.jpg" alt="A crowd in the street"></figure>'
              '<p>Second paragraph of the story, long enough to be kept by the reader here.</p>'),
        fmt="html", source="p.html",
    )  # fmt: skip
    texts = [b.text[:20] for b in article.blocks]
    pictures = [b for b in article.blocks if image_only(b)]
    assert [b.text for b in pictures] == ["A crowd in the street"]
    assert pictures[0].inline[0].attrs == {"src": "/img/crowd.jpg"}
    # between the paragraphs it stood between
    at = texts.index("A crowd in the stree")
    assert texts[at - 1].startswith("The mayor") and texts[at + 1].startswith("Second")


def test_an_image_without_alt_text_is_left_out() -> None:
    article = parse_article(_page('<figure><img src="/img/x.jpg"></figure>'), fmt="html")
    assert not [b for b in article.blocks if image_only(b)]


def _real(page_id: str, root: Path = CORPUS) -> tuple[str, str]:
    page = next(p for p in load_pages(root) if p.id == page_id)
    return page.html(), page.url or ""


def test_real_page_images_and_breaks_reach_every_edition(
    runner: object, tmp_path: Path, fake_engine: object
) -> None:
    from click.testing import CliRunner
    from editions.edition_helpers import db, xliff_schema

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    html, _ = _real("zyte-billboard-9cb8224b", CORPUS / "zyte_dev")
    path = tmp_path / "billboard.html"
    path.write_text(html, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(path), "--to", "pt-BR", "--engine", "fake", "--format",
            "json,md,html,xliff", "--out", str(out), "--db", str(db(tmp_path)),
            "--on-findings", "publish", "--from", "en"]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    edition = json.loads((out / "billboard.pt-BR.json").read_text(encoding="utf-8"))
    source_breaks = sum(
        1 for b in edition["blocks"] for s in b.get("source_inline", []) if s["kind"] == "br"
    )
    assert source_breaks >= 20  # the tour dates, one a line
    doc = lxml_html.document_fromstring((out / "billboard.pt-BR.html").read_text("utf-8"))
    written = len(doc.xpath("//article//br"))
    flagged = sum(1 for f in edition["findings"]
                  if f["check"] == "inline" and f["data"].get("kind") == "br")  # fmt: skip
    # every break placed or flagged, never silently lost (the fake engine writes "[pt] " before
    # a sentence, so a break inside one has no place after the words before it: flagged)
    assert written >= 1 and written + flagged == source_breaks
    md = (out / "billboard.pt-BR.md").read_text(encoding="utf-8")
    assert md.count("\\\n") == written
    xlf = etree.parse(str(out / "billboard.pt-BR.xlf"))
    assert xliff_schema().validate(xlf)  # type: ignore[attr-defined]
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    assert len(xlf.xpath("//x:source//x:ph[@subType='xlf:lb']", namespaces=ns)) >= 20


def test_real_page_images_keep_src_and_translated_alt(
    runner: object, tmp_path: Path, fake_engine: object
) -> None:
    from click.testing import CliRunner
    from editions.edition_helpers import db

    from translate.cli import cli

    assert isinstance(runner, CliRunner)
    html, _ = _real("np4k-article-with-br")
    path = tmp_path / "grayzone.html"
    path.write_text(html, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(path), "--to", "pt-BR", "--engine", "fake", "--format", "json,md,html",
            "--out", str(out), "--db", str(db(tmp_path)), "--on-findings", "publish",
            "--from", "en"]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    doc = lxml_html.document_fromstring((out / "grayzone.pt-BR.html").read_text("utf-8"))
    imgs = doc.xpath("//article//img")
    assert len(imgs) >= 5
    assert any(i.get("src", "").endswith("/assange_pompeo_adelson.jpg") for i in imgs)
    # the alt text is translated (the fake engine marks its output), the image kept around it;
    # an alt text that is only a name ("Ola Bini", "mike pompeo": pictures between the paragraphs
    # that the reader takes back from the page since untrans8) passes through as names do
    alts = [i.get("alt", "") for i in imgs]
    assert sum(a.startswith("[pt]") for a in alts) >= 5
    assert "Mike Pompeo" in alts and all(alts)
    assert any(i.get("src", "").endswith("/1Ola_Bini_Idg.jpg") for i in imgs)
    md = (out / "grayzone.pt-BR.md").read_text(encoding="utf-8")
    assert md.count("![") == len(imgs)


@pytest.mark.parametrize("page_id", ["moz-guardian-1", "moz-lwn-1"])
def test_picture_blocks_are_not_counted_as_body_words(page_id: str) -> None:
    html, _ = _real(page_id, CORPUS / "heldout")
    article = parse_article(html, fmt="html", source=page_id)
    pictures = [b for b in article.blocks if image_only(b)]
    assert pictures and all(b.inline[0].attrs["src"] for b in pictures)


def test_lazy_loaded_images_are_read_at_their_address_not_the_placeholder() -> None:
    # a WordPress page whose <img src> is a data: placeholder and whose address is in
    # data-lazy-src: trafilatura alone reads none of its images
    html, url = _real("zyte-theantijunecleaver-0e014df6", CORPUS / "heldout_c")
    article = parse_article(html, fmt="html", source=url, article_id="lazy")
    pictures = [b for b in article.blocks if image_only(b)]
    srcs = [s.attrs["src"] for b in pictures for s in b.inline]
    assert len(srcs) >= 6
    assert all(s.startswith("https://theantijunecleaver.com/wp-content/uploads/") for s in srcs)
    assert all(b.text.startswith("Mountain Hike Survival Kit") for b in pictures[:3])
    plain = [b.text for b in article.blocks if not image_only(b)]
    from translate import read, read_media

    real, recover = read.lazy_images, read_media.recover_media
    try:  # the text of the article is the same with and without the images
        read.lazy_images = lambda page: page  # type: ignore[assignment]
        # the page DOM's images, taken back since untrans8, read lazy addresses too: left out
        read_media.recover_media = lambda blocks, page, url: (blocks, [])  # type: ignore[assignment]
        before = parse_article(html, fmt="html", source=url, article_id="lazy")
    finally:
        read.lazy_images, read_media.recover_media = real, recover  # type: ignore[assignment]
    assert [b.text for b in before.blocks if not image_only(b)] == plain
    assert not any(image_only(b) for b in before.blocks)
