"""Markup in articles: scripts, event handlers, javascript: links and navigation never become
article text, and whatever markup the text carries is shown, never interpreted, in editions."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hostile.helpers import invoke, tree

from translate.read import read_article

ALL_FORMATS = "md,json,html,xliff,po"


class _Tags(HTMLParser):
    """Every start tag and attribute name of an HTML edition."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.update(name for name, _ in attrs)


def _edition(tmp_path: Path, source: Path, engine: str = "fake") -> Path:
    out = tmp_path / "out"
    outcome = invoke(
        "run", source, "--to", "pt-BR", "--engine", engine, "--out", out,
        "--format", ALL_FORMATS, "--no-builtin-glossary",
    )  # fmt: skip
    assert outcome.code == 0, outcome.stderr
    return out


_EDITION_TAGS = {
    "html", "head", "meta", "title", "script", "style", "body", "article", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "li", "blockquote",
}  # fmt: skip


def _assert_safe_html(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    assert set(parser.tags) <= _EDITION_TAGS, set(parser.tags) - _EDITION_TAGS
    assert parser.tags.count("script") == 1  # the JSON-LD metadata block, nothing else
    assert parser.tags.count("style") == 1
    assert not {a for a in parser.attrs if a.startswith("on")}
    assert "href" not in parser.attrs and "src" not in parser.attrs


@pytest.mark.parametrize(
    ("name", "gone"),
    [
        ("page.html", ["alert(1)", "alert(2)", "alert(4)", "Injected paragraph", "World news"]),
        ("raw-html.md", ["from a script block", "color: red", "hidden note", "spanning lines"]),
    ],
    ids=["html", "markdown"],
)
def test_scripts_styles_comments_and_menus_are_not_article_text(
    hostile_dir: Path, name: str, gone: list[str]
) -> None:
    article = read_article(hostile_dir / name)
    text = " ".join(b.text for b in article.blocks)
    assert "minister" in text and "Tuesday" in text
    for fragment in gone:
        assert fragment not in text


def test_markdown_offsets_survive_blanked_html(hostile_dir: Path) -> None:
    """Hidden raw HTML is blanked, not cut: block offsets still point into the file as read."""
    article = read_article(hostile_dir / "raw-html.md")
    assert article.text == (hostile_dir / "raw-html.md").read_text(encoding="utf-8")
    starts = {b.text.split()[0]: article.text[b.start : b.start + 12] for b in article.blocks}
    assert starts["Officials"] == "<div onclick"
    assert starts["Click"] == "Click [here]"


def test_page_of_navigation_only_is_refused(tmp_path: Path, hostile_dir: Path) -> None:
    out = tmp_path / "out"
    outcome = invoke("run", hostile_dir / "nav-only.html", "--to", "pt-BR", "--out", out)
    outcome.refused(3, "nav-only.html: no article text")
    assert tree(out) == []


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("name", ["xss.txt", "page.html", "raw-html.md"])
def test_editions_show_markup_as_text(tmp_path: Path, hostile_dir: Path, name: str) -> None:
    """The fake engine copies the source into the target, markup included: the worst case."""
    out = _edition(tmp_path, hostile_dir / name)
    stem = Path(name).stem
    _assert_safe_html((out / f"{stem}.pt-BR.html").read_text(encoding="utf-8"))
    md = (out / f"{stem}.pt-BR.md").read_text(encoding="utf-8")
    body = md.split("\n---\n", 1)[1]  # after the front matter
    assert not re.search(r"(?<!\\)<(script|img|a|b|div)\b|(?<!\\)\]\(javascript:", body), body
    json.loads((out / f"{stem}.pt-BR.json").read_text(encoding="utf-8"))
    from defusedxml.ElementTree import fromstring

    fromstring((out / f"{stem}.pt-BR.xlf").read_bytes())


@pytest.mark.model
def test_xss_article_with_the_real_engine(tmp_path: Path, hostile_dir: Path) -> None:
    out = _edition(tmp_path, hostile_dir / "xss.txt", engine="embedded")
    html = (out / "xss.pt-BR.html").read_text(encoding="utf-8")
    _assert_safe_html(html)
    assert "polícia" in html.lower()


def test_ten_thousand_nested_divs_are_a_clean_refusal(tmp_path: Path) -> None:
    """The HTML parser stops at its depth limit, so the text down there is out of reach: a
    one-line refusal, not a RecursionError."""
    path = tmp_path / "deep.html"
    paragraph = "<p>The council approved a new budget for schools on Tuesday.</p>"
    path.write_text(
        "<html><body><article><h1>Deep</h1>" + "<div>" * 10_000 + paragraph + "</div>" * 10_000
        + "</article></body></html>",
        encoding="utf-8",
    )  # fmt: skip
    invoke("run", path, "--to", "pt-BR", "--out", tmp_path / "out").refused(
        3, "deeper than the HTML parser's limit"
    )  # it says why, not "no article text"
