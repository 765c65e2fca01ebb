"""struct43: a code sample a page writes one ``<p>`` a line of code (or one ``<br>`` line a line,
or in a ``<pre>`` no highlighter's markup names) is read as one code block, not as prose.

Found on a development body page (set j, Fortinet's blog): a Frida script written one ``<p>`` a
line ("var unlinkPtr = Module.findExportByName(null, 'unlink');") reached the engine as
paragraphs to translate. The pages of the other tests are written for them; the last ones hold
what must stay prose: lines ending with ";" that are an enumeration, sentences that name a
function, a poem in a ``<pre>``.
"""

from __future__ import annotations

from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article

PROSE = (
    "The team measured the new build on three machines last week, and each run took less time"
    " than the one before it, which the engineers explain below in some detail."
)
LINES = [
    'console.log("[*] hook started");',
    "// find the function in the module",
    "var target = Module.findExportByName(null, 'unlink');",
    "Interceptor.replace(target, new NativeCallback(function () {",
    'console.log("[*] unlink() skipped");',
    "}, 'int', []));",
]


def _blocks(html: str) -> list[tuple[str, str]]:
    article = parse_article(html, fmt="html", source="t", article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en", use_cache=False, use_tm=False))
    return [(b.kind, b.text) for b in prepared.article.blocks]


def _page(middle: str) -> str:
    body = "".join(f"<p>{PROSE} Paragraph {i} of the article.</p>" for i in range(5))
    return (
        "<html><head><title>Hooking a dropper</title></head><body><main><article>"
        f"<h1>Hooking a dropper</h1><p>{PROSE} The opening.</p><p>{PROSE} The script:</p>"
        f"{middle}<p>{PROSE} After the script.</p>{body}</article></main></body></html>"
    )


def _escaped(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def test_the_development_page_keeps_its_script_as_code() -> None:
    """Set j's Fortinet page (a development page): the Frida script is one code block, and none
    of its lines is a paragraph; the sentences around it stay paragraphs."""
    from realworld_corpus import CORPUS, load_pages

    page = next(p for p in load_pages(CORPUS / "heldout_j") if "fortinet" in p.id)
    article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
    codes = [b.text for b in article.blocks if b.kind == "code"]
    line = "var unlinkPtr = Module.findExportByName(null, 'unlink');"
    assert any(line in code and "console.log(" in code for code in codes)
    prose = [b.text for b in article.blocks if b.kind != "code"]
    assert not any("findExportByName(null" in text for text in prose)
    assert any(text.startswith("Now, whenever the unlink() function is called") for text in prose)


def test_a_sample_one_paragraph_a_line_is_one_code_block() -> None:
    middle = "".join(f"<p>{_escaped(line)}</p>" for line in LINES)
    blocks = _blocks(_page(middle))
    assert ("code", "\n".join(LINES)) in blocks
    assert not any(kind != "code" and "NativeCallback" in text for kind, text in blocks)
    assert ("paragraph", f"{PROSE} The script:") in blocks
    assert ("paragraph", f"{PROSE} After the script.") in blocks


def test_a_sample_one_br_line_a_line_is_one_code_block() -> None:
    middle = "<p>" + "<br>".join(_escaped(line) for line in LINES) + "</p>"
    blocks = _blocks(_page(middle))
    assert ("code", "\n".join(LINES)) in blocks
    assert not any(kind != "code" and "NativeCallback" in text for kind, text in blocks)


def test_a_pre_without_code_markup_holding_code_keeps_its_indentation() -> None:
    code = 'int main(void) {\n    int n = read_count();\n    printf("%d\\n", n);\n    return 0;\n}'
    blocks = _blocks(_page(f'<pre class="x7f2a">{_escaped(code)}</pre>'))
    assert ("code", code) in blocks


def test_an_enumeration_ending_with_semicolons_stays_prose() -> None:
    items = ["(i) the seller of the goods;", "(ii) the buyer of the goods;",
             "(iii) any agent acting for either of them;", "(iv) the carrier."]  # fmt: skip
    blocks = _blocks(_page("".join(f"<p>{item}</p>" for item in items)))
    for item in items:
        assert ("paragraph", item) in blocks
    assert not any(kind == "code" for kind, _ in blocks)


def test_sentences_naming_functions_and_a_poem_stay_prose() -> None:
    sentences = [
        "We then called Module.findExportByName() to get the pointer to our function;",
        "the replacement, built with NativeCallback(), simply returns without deleting it;",
        "and Interceptor.replace(target, replacement) puts it in place of the original {",
    ]
    poem = (
        "The rain came down on Tuesday,\nand the river rose (again);\nwe watched it from the hill."
    )
    middle = "".join(f"<p>{s}</p>" for s in sentences) + f"<pre>{poem}</pre>"
    blocks = _blocks(_page(middle))
    assert not any(kind == "code" for kind, _ in blocks)
    for sentence in sentences:
        assert ("paragraph", sentence) in blocks
