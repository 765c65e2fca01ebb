"""struct42: a code sample whose ``<pre>`` a highlighter names only by its own attribute or class
(EnlighterJS' ``data-enlighter-language``, Crayon's ``lang:php``) is read as code, not as prose.

Found on a development body page (set q, JetBrains' blog): EnlighterJS shows each sample as a
``<div>`` of one ``<span>`` row a line and keeps the raw sample in ``<pre class="EnlighterJSRAW"
data-enlighter-language="csharp">``; the reader took a ``<pre>`` as code only when it held a
``<code>`` element or a highlighter's class named it, so each line of the C# samples reached the
engine as a paragraph (braces lost, "engine," a paragraph of its own). The pages of the other
tests are written for them; the last holds what must stay: a ``<pre>`` without such markup (a
poem, a listing) is read as text.
"""

from __future__ import annotations

from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article

PROSE = (
    "The team measured the new build on three machines last week, and each run took less time"
    " than the one before it, which the engineers explain below in some detail."
)
SAMPLE = 'def greet(name):\n    if not name:\n        return "nobody"\n    return f"hello {name}"'


def _blocks(html: str) -> list[tuple[str, str, str]]:
    article = parse_article(html, fmt="html", source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en", use_cache=False, use_tm=False))
    return [(b.kind, b.text, b.info or "") for b in prepared.article.blocks]


def _page(middle: str) -> str:
    body = "".join(f"<p>{PROSE} Paragraph {i} of the article.</p>" for i in range(5))
    return (
        "<html><head><title>Faster builds</title></head><body><main><article>"
        f"<h1>Faster builds</h1><p>{PROSE} The opening.</p><p>{PROSE} The sample:</p>"
        f"{middle}{body}</article></main></body></html>"
    )


def _shown_as_rows(code: str) -> str:
    """What EnlighterJS puts in the page beside the raw copy: one row of spans a line."""
    rows = "".join(f'<div><span class="enlighter-text">{line}</span></div>'
                   for line in code.splitlines())  # fmt: skip
    return f'<div class="enlighter-default"><div class="enlighter">{rows}</div></div>'


def test_the_development_page_keeps_its_enlighter_samples_as_code() -> None:
    """Set q's JetBrains blog page (a development page): its C# samples are code blocks, each as
    written (lines, indentation and braces), and none of their lines is a paragraph."""
    from realworld_corpus import CORPUS, load_pages

    page = next(p for p in load_pages(CORPUS / "heldout_q") if "jetbrains" in p.id)
    article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
    codes = [b for b in article.blocks if b.kind == "code"]
    assert any(b.text.startswith("using Wasmtime;\n") and b.info == "csharp" for b in codes)
    assert any("public static class Handler\n{\n" in b.text for b in codes)
    prose = [b.text for b in article.blocks if b.kind != "code"]
    assert "engine," not in prose and "using Wasmtime;" not in prose


def test_a_pre_named_by_a_highlighter_attribute_is_one_code_block() -> None:
    raw = SAMPLE.replace('"', "&quot;")
    pre = ('<pre class="EnlighterJSRAW enlighter-origin" data-enlighter-language="python"'
           f' data-enlighter-theme="">{raw}</pre>')  # fmt: skip
    blocks = _blocks(_page(_shown_as_rows(raw) + pre))
    assert ("code", SAMPLE, "python") in blocks
    assert not any(kind != "code" and "return" in text for kind, text, _ in blocks)


def test_a_highlighter_no_language_name_is_no_language() -> None:
    pre = f'<pre data-enlighter-language="generic">{SAMPLE.replace(chr(34), "&quot;")}</pre>'
    assert ("code", SAMPLE, "") in _blocks(_page(pre))


def test_a_crayon_lang_class_marks_code_and_its_language() -> None:
    code = "$total = 0;\nforeach ($rows as $row) {\n    $total += $row['amount'];\n}"
    pre = f'<pre class="lang:php decode:true">{code}</pre>'
    assert ("code", code, "php") in _blocks(_page(pre))


def test_a_pre_without_code_markup_is_still_text() -> None:
    poem = "The river runs beneath the bridge\nand carries every name along\nto the sea"
    for pre in (f"<pre>{poem}</pre>", f'<pre class="verse" data-lang="">{poem}</pre>',
                f'<pre lang="en">{poem}</pre>'):  # fmt: skip
        blocks = _blocks(_page(pre))
        assert not any(kind == "code" for kind, _, _ in blocks), pre
        assert any("carries every name along" in text for _, text, _ in blocks), pre
