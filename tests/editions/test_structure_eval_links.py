"""Thirty-second pass: the structure evaluators read a Markdown edition's links as CommonMark
does (``benchmarks/md_links.py``).

Their regular expression ``\\]\\(<?([^)\\s>]+)>?`` stopped a destination at its first ``)``: the
Markdown writer's ``[polifila](https://en.wikipedia.org/wiki/Polyfill_(programming))``, which
every CommonMark parser reads whole, was counted lost (Rollup's FAQ, development set AE;
mikesmithphotography, set AC). These tests pin the evaluators' reading, not the pipeline's."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_html_structure as hs  # noqa: E402
import eval_structure_t as t  # noqa: E402
import eval_structure_u as u  # noqa: E402
import eval_structure_v as v  # noqa: E402
from md_links import md_links  # noqa: E402

POLY = "https://en.wikipedia.org/wiki/Polyfill_(programming)"
RATIO = "https://en.wikipedia.org/wiki/Aspect_ratio_(image)"
ARTICLE = f"""<html><head><title>Shipping old browsers</title></head><body><article>
<h1>Shipping old browsers</h1>
<p>The bundler does not add a <a href="{POLY}">polyfill</a> for older browsers, and the team
said on Monday that the choice is left to each project that ships code to them.</p>
<p>Pictures keep their <a href="{RATIO}">aspect ratio</a> when the page is printed, the
documentation says, and the <a href="https://example.org/guide">printing guide</a> explains
how the margins are chosen for every paper size in use today.</p>
</article></body></html>"""


def test_destinations_read_as_commonmark() -> None:
    text = (
        f'A [polyfill]({POLY}) and a [ratio](<{RATIO}> "Aspect ratio"), '
        "[spaced](<https://x.org/a b>), [escaped](https://x.org/a\\)b) and "
        "[nested](https://x.org/a_(b_(c))) and <https://auto.org/x> and [by reference][r].\n\n"
        "[r]: https://ref.org/(a) 'title'\n"
    )
    assert md_links(text) == [
        POLY, RATIO, "https://x.org/a b", "https://x.org/a)b", "https://x.org/a_(b_(c))",
        "https://auto.org/x", "https://ref.org/(a)",
    ]  # fmt: skip


def test_code_and_images_are_not_links() -> None:
    text = (
        "`[inline](https://x.org/code)` and ![a picture](https://x.org/p.png)\n\n"
        "    [indented](https://x.org/block)\n\n```\n[fenced](https://x.org/fence)\n```\n"
    )
    assert md_links(text) == []
    assert md_links(text, images=True) == ["https://x.org/p.png"]


def test_unbalanced_parenthesis_ends_the_destination() -> None:
    # CommonMark: an unbalanced ")" closes the link; the writer encodes such a one (%29)
    assert md_links("[a](https://x.org/a)b)") == ["https://x.org/a"]
    assert md_links("[a](https://x.org/a%29b)") == ["https://x.org/a%29b"]


def _edition_texts() -> dict[str, str]:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article
    from translate.write import get_writer

    article = parse_article(ARTICLE, fmt="html", source="eval-links.html", article_id="e")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    return {fmt: get_writer(fmt).render(edition) for fmt in ("md", "html", "json")}


def test_every_evaluator_reads_the_markdown_editions_links_whole() -> None:
    texts = _edition_texts()
    assert f"({POLY})" in texts["md"] and f"({RATIO})" in texts["md"]  # written whole
    html_links = Counter(u.written("html", texts["html"])["link"])
    assert html_links[POLY] == html_links[RATIO] == 1
    for written in (u.written, v.written, t.written):
        md = Counter(written("md", texts["md"])["link"])
        assert md[POLY] == md[RATIO] == 1
        assert md == Counter(written("json", texts["json"])["link"])


def test_editions_count_of_the_html_evaluator() -> None:
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    article = parse_article(ARTICLE, fmt="html", source="eval-links.html", article_id="e")
    counts, _ = hs.editions(prepare(article, RunOptions(source_lang="en")))
    assert counts["ed_link"] == 3
    assert counts["ed_link_md"] == counts["ed_link_html"] == counts["ed_link_json"] == 3
