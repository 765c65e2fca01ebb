"""The article size limit (translate/limits.py; the twenty-fourth pass): ``run``, ``batch``,
``feed`` and the Python API refuse an article with more characters of text than
``--max-article-chars`` (default 200,000, the HTTP service's ``--article-char-limit``) with one
``error[E017]`` line and exit 12, before any work on it and writing nothing; a page is measured
by its text, not its markup. Before, a 5 MB line of ``a,a,a,…`` ran for 36 s of CPU."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile.helpers import invoke, tree

from translate.errors import ArticleTooLargeError, worst_exit_code
from translate.limits import DEFAULT_ARTICLE_CHAR_LIMIT, check_article_chars
from translate.model import Article, Block
from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article


def _commas(n: int) -> str:
    return "Report.\n\n" + "a," * (n // 2) + "\n"


def test_run_refuses_an_article_over_the_default_limit(tmp_path: Path) -> None:
    src = tmp_path / "line.txt"
    src.write_text(_commas(DEFAULT_ARTICLE_CHAR_LIMIT + 10), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", src, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
                    out, "--no-cache")  # fmt: skip
    result.refused(12, "more than the limit of 200,000")
    assert "error[E017]" in result.stderr and "--max-article-chars" in result.stderr
    assert tree(out) == []


def test_run_option_lowers_and_lifts_the_limit(tmp_path: Path, fake_engine: object) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Floods\n\nAbout 4,000 families returned to their villages on Monday.\n",
                   encoding="utf-8")  # fmt: skip
    base = ("run", src, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--no-cache",
            "--on-findings", "publish", "-q")  # fmt: skip
    invoke(*base, "--out", tmp_path / "o1", "--max-article-chars", "20").refused(12, "limit of 20")
    assert tree(tmp_path / "o1") == []
    assert invoke(*base, "--out", tmp_path / "o2", "--max-article-chars", "-1").code == 0
    assert invoke(*base, "--out", tmp_path / "o3").code == 0
    assert (tmp_path / "o3" / "a.pt-BR.json").is_file()
    assert invoke(*base, "--out", tmp_path / "o4", "--max-article-chars", "-2").code == 2


def test_a_page_is_measured_by_its_text_not_its_markup(tmp_path: Path, fake_engine: object) -> None:
    page = ('<html><body><article><h1>Floods</h1><p title="' + "x" * 300_000 + '">About 4,000 '
            "families returned to their villages on Monday, the minister said.</p>"
            + "".join(f'<a href="https://e.org/{i}">l</a> ' for i in 'abc')
            + "</article></body></html>")  # fmt: skip
    src = tmp_path / "page.html"
    src.write_text(page, encoding="utf-8")
    result = invoke("run", src, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
                    tmp_path / "out", "--no-cache", "--on-findings", "publish", "-q",
                    "--max-article-chars", "1000")  # fmt: skip
    assert result.code == 0, result.stderr
    over = invoke("run", src, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
                  tmp_path / "out2", "--no-cache", "--max-article-chars", "40")  # fmt: skip
    over.refused(12, "limit of 40")


def test_batch_fails_the_large_article_alone(tmp_path: Path, fake_engine: object) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "big.txt").write_text(_commas(3000), encoding="utf-8")
    (src / "small.txt").write_text("Floods\n\nAbout 4,000 families returned on Monday.\n",
                                   encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    result = invoke("batch", src, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
                    out, "--db", tmp_path / "t.db", "--max-article-chars", "1000",
                    "-q")  # fmt: skip
    assert result.code == 10, result.stderr  # partly done: the other article is written
    assert "error[E017]" in result.stderr and "Traceback" not in result.stderr
    written = tree(out)
    assert any(p.startswith("small") or "/small" in p for p in written), written
    assert not any("big" in p for p in written), written


def test_feed_item_over_the_limit_fails_alone(tmp_path: Path, fake_engine: object) -> None:
    words = " ".join(["word"] * 400)
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
        "<link>https://e.org/</link><description>d</description>"
        "<item><title>Big</title><link>https://e.org/a</link><guid>a</guid><description>"
        + words + "</description></item>"
        "<item><title>Floods</title><link>https://e.org/b</link><guid>b</guid><description>"
        "About 4,000 families returned on Monday.</description></item></channel></rss>",
        encoding="utf-8")  # fmt: skip
    result = invoke("feed", feed, "--to", "pt-BR", "--from", "en", "--engine", "fake", "--out",
                    tmp_path / "out", "--db", tmp_path / "t.db", "--max-article-chars", "1000",
                    "-q")  # fmt: skip
    assert result.code == 10, result.stderr  # partly done: the other item is published
    assert "E017" in result.stderr and "Traceback" not in result.stderr


def test_python_api_checks_the_limit_in_prepare() -> None:
    article = Article(id="a", blocks=[Block(kind="paragraph", text="a," * 60)],
                      source="mem", format="txt", text="a," * 60)  # fmt: skip
    with pytest.raises(ArticleTooLargeError) as info:
        prepare(article, RunOptions(source_lang="en", max_article_chars=100))
    assert info.value.exit_code == 12 and info.value.code == "E017"
    assert RunOptions().max_article_chars == DEFAULT_ARTICLE_CHAR_LIMIT


def test_plain_text_is_refused_before_it_is_read() -> None:
    with pytest.raises(ArticleTooLargeError):
        parse_article("x" * 101, fmt="txt", max_chars=100)
    md = "# T\n\n" + "".join(f"[w](https://example.org/{i}) " for i in range(20))
    article = parse_article(md, fmt="md", max_chars=len(md) // 2)  # links' addresses not counted
    assert sum(len(b.text) for b in article.blocks) <= len(md) // 2
    with pytest.raises(ArticleTooLargeError):
        parse_article(md, fmt="md", max_chars=10)


def test_limit_is_one_definition_with_the_service() -> None:
    from translate.serve.config import ServeConfig

    assert ServeConfig().article_char_limit == DEFAULT_ARTICLE_CHAR_LIMIT
    check_article_chars(10, -1)
    check_article_chars(10, None)
    check_article_chars(10, 10)
    with pytest.raises(ArticleTooLargeError):
        check_article_chars(11, 10)
    assert worst_exit_code([0, 12, 9]) == 12
