"""``--page-url``: a page read from a file names no address of its own (no canonical link,
``og:url`` or ``<base>``), so its relative links ("/blog/", "../a.html") are dead in every
edition. The page's address given by the user makes them absolute; without it each edition warns
how many stayed relative, and no host is ever guessed. Real pages of tests/data/realworld."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from lxml import html as lxml_html

from translate.errors import InputError
from translate.inline import RELATIVE_CHECK, relative_url, url_of
from translate.model import InlineSpan
from translate.read import parse_article, read_article

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from realworld_corpus import load_pages  # noqa: E402

# real pages whose article links to its own site with relative addresses and names no address
UCOZ = "traf-schleifen.ucoz.de.briefe"
CANONICAL = "traf-zeit.de.zugverkehr"  # declares its address: links already absolute


def _page(page_id: str) -> tuple[str, str]:
    page = next(p for p in load_pages() if p.id == page_id)
    assert page.url
    return page.html(), page.url


def _urls(article: object) -> list[str]:
    return [url_of(s) for b in article.blocks for s in b.inline  # type: ignore[attr-defined]
            if s.kind in ("link", "image")]  # fmt: skip


def test_a_real_page_without_an_address_keeps_relative_links_and_never_guesses_a_host() -> None:
    html, _ = _page(UCOZ)
    article = parse_article(html, fmt="html", source="p.html")
    assert "url" not in article.meta
    relative = [u for u in _urls(article) if relative_url(u)]
    assert len(relative) >= 3 and "/blog/" in relative
    assert not any("ucoz" in u for u in relative)


def test_page_url_makes_every_relative_link_of_a_real_page_absolute() -> None:
    html, url = _page(UCOZ)
    before = _urls(parse_article(html, fmt="html", source="p.html"))
    article = parse_article(html, fmt="html", source="p.html", page_url=url)
    after = _urls(article)
    assert len(after) == len(before)  # the same links, none lost or added
    assert not [u for u in after if relative_url(u)]
    assert "http://schleifen.ucoz.de/blog/" in after
    assert article.meta["url"] == url


def test_a_base_element_wins_over_the_page_address_as_html_says() -> None:
    html, url = _page(UCOZ)
    based = html.replace("<head>", '<head><base href="https://mirror.example.org/ucoz/">', 1)
    assert based != html
    urls = _urls(parse_article(based, fmt="html", source="p.html", page_url=url))
    assert "https://mirror.example.org/blog/" in urls
    # a relative <base> resolves against the page's address; alone it names no host
    rel = html.replace("<head>", '<head><base href="/archiv/">', 1)
    assert "http://schleifen.ucoz.de/blog/" in _urls(
        parse_article(rel, fmt="html", source="p.html", page_url=url))
    assert "/blog/" in _urls(parse_article(rel, fmt="html", source="p.html"))


def test_a_page_that_declares_its_address_is_unchanged() -> None:
    html, _ = _page(CANONICAL)
    plain = parse_article(html, fmt="html", source="p.html")
    assert plain.meta["url"].startswith("https://www.zeit.de/")
    assert not [u for u in _urls(plain) if relative_url(u)]


@pytest.mark.parametrize("bad", ["schleifen.ucoz.de/blog", "/blog/a", "ftp://ex.org/a",
                                 "javascript:alert(1)", "https://", ""])
def test_a_page_url_that_is_no_page_address_is_refused(bad: str) -> None:
    with pytest.raises(InputError):
        parse_article("<p>x</p>", fmt="html", page_url=bad)


def test_markdown_links_and_images_are_made_absolute_too(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("# News\n\nSee [the archive](../archive/) and ![A map](img/map.png).\n\n"
                    "Mail [us](mailto:desk@ex.org), [notes](#n), <https://ex.org/abs>.\n", "utf-8")
    article = read_article(path, page_url="https://ex.org/blog/2024/post.html")
    assert _urls(article) == ["https://ex.org/blog/archive/", "https://ex.org/blog/2024/img/map.png",
                              "mailto:desk@ex.org", "#n", "https://ex.org/abs"]


# -- through translation: every edition format, and the warning ---------------------------------


def _run(runner: CliRunner, page: Path, out: Path, *extra: str) -> object:
    from translate.cli import cli

    return runner.invoke(cli, ["run", str(page), "--to", "pt-BR", "--engine", "fake", "--no-cache",
                               "--no-builtin-glossary", "--format", "md,html,json,xliff,po",
                               "-o", str(out), *extra])  # fmt: skip


def test_run_with_page_url_writes_absolute_links_in_every_format(
    runner: CliRunner, tmp_path: Path, fake_engine: object
) -> None:
    html, url = _page(UCOZ)
    page = tmp_path / "briefe.html"
    page.write_text(html, encoding="utf-8")
    result = _run(runner, page, tmp_path / "out", "--page-url", url)
    assert result.exit_code in (0, 9), result.output  # type: ignore[attr-defined]
    files = {p.suffix: p for p in (tmp_path / "out").rglob("briefe*") if p.is_file()}
    data = json.loads(files[".json"].read_text("utf-8"))
    hrefs = [x["attrs"].get("href") or x["attrs"].get("src") for b in data["blocks"]
             for x in b.get("inline", []) if x["kind"] in ("link", "image")]  # fmt: skip
    assert hrefs and all(h.startswith(("http://", "https://", "mailto:", "#")) for h in hrefs)
    assert not [f for f in data["findings"] if f["check"] == RELATIVE_CHECK]
    doc = lxml_html.document_fromstring(files[".html"].read_text("utf-8"))
    assert "http://schleifen.ucoz.de/blog/" in doc.xpath("//article//a/@href")
    assert "](http://schleifen.ucoz.de/blog/)" in files[".md"].read_text("utf-8")
    xliff = etree.fromstring(files[".xlf"].read_bytes())
    assert "http://schleifen.ucoz.de/blog/" in etree.tostring(xliff).decode()
    import polib

    po = polib.pofile(str(files[".po"]))
    assert any("http://schleifen.ucoz.de/blog/" in (e.comment or "") + (e.tcomment or "")
               + e.msgid for e in po)  # fmt: skip


def test_run_without_page_url_warns_how_many_stay_relative(
    runner: CliRunner, tmp_path: Path, fake_engine: object
) -> None:
    html, _ = _page(UCOZ)
    page = tmp_path / "briefe.html"
    page.write_text(html, encoding="utf-8")
    result = _run(runner, page, tmp_path / "out")
    assert result.exit_code in (0, 9), result.output  # type: ignore[attr-defined]
    data = json.loads(next((tmp_path / "out").rglob("briefe*.json")).read_text("utf-8"))
    warned = [f for f in data["findings"] if f["check"] == RELATIVE_CHECK]
    assert len(warned) == 1 and warned[0]["severity"] == "warning"
    relative = [x for b in data["blocks"] for x in b.get("inline", [])
                if relative_url(url_of(InlineSpan.from_dict(x)))]
    assert warned[0]["data"]["relative"] >= len(relative) > 0
    assert "--page-url" in warned[0]["message"] and "/blog/" in warned[0]["data"]["examples"]


def test_page_url_names_one_page(runner: CliRunner, tmp_path: Path) -> None:
    from translate.cli import cli

    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_text("Text.\n", "utf-8")
    b.write_text("Text.\n", "utf-8")
    result = runner.invoke(cli, ["run", str(a), str(b), "--to", "pt-BR",
                                 "--page-url", "https://ex.org/a"])  # fmt: skip
    assert result.exit_code == 2 and "--page-url" in result.output
    result = runner.invoke(cli, ["run", str(a), "--to", "pt-BR", "--page-url", "ex.org/a"])
    assert result.exit_code != 0 and "not a page address" in result.output


def test_a_json_record_url_is_the_page_address() -> None:
    """``run --jsonl``, ``batch`` and the HTTP service read a record's ``url`` as the page's
    address; one that is no address stays metadata, as before."""
    from translate.jsonl import article_from_object

    html, url = _page(UCOZ)
    given = article_from_object({"html": html, "url": url}, source="r").article
    assert "http://schleifen.ucoz.de/blog/" in _urls(given)
    assert not [u for u in _urls(given) if relative_url(u)]
    odd = article_from_object({"html": html, "url": "item-17"}, source="r").article
    assert odd.meta["url"] == "item-17" and "/blog/" in _urls(odd)
