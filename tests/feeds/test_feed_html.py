"""Item HTML: sanitizing hostile markup, finding text runs, putting translations back."""

from __future__ import annotations

import pytest

from translate.feeds.markup import fill, html_blocks, run_texts, safe_url, sanitize, to_html


@pytest.mark.parametrize(
    ("markup", "absent"),
    [
        ("<p>Hi</p><script>alert(1)</script>", ["script", "alert"]),
        ('<p onclick="steal()">Hi</p>', ["onclick", "steal"]),
        ('<p><a href="javascript:alert(1)">x</a></p>', ["javascript"]),
        ('<p><a href=" JaVaScRiPt:alert(1)">x</a></p>', ["alert"]),
        ('<p><a href="data:text/html;base64,PHNjcmlwdD4=">x</a></p>', ["data:"]),
        ('<p>Hi</p><iframe src="https://evil.example/"></iframe>', ["iframe", "evil"]),
        ('<p style="background:url(javascript:x)">Hi</p>', ["style", "javascript"]),
        ("<style>p{color:red}</style><p>Hi</p>", ["style", "color"]),
        ("<svg><script>alert(2)</script></svg><p>Hi</p>", ["svg", "alert"]),
        ('<img src="x.png" onerror="alert(3)">', ["onerror", "alert"]),
        ('<img srcset="javascript:alert(4) 1x">', ["javascript"]),
        ('<form action="https://evil.example/"><input name="p"></form><p>Hi</p>',
         ["form", "input", "evil"]),
        ('<object data="x.swf"></object><embed src="x.swf"><p>Hi</p>', ["object", "embed", "swf"]),
        ("<p>Hi<!-- <script>alert(5)</script> --></p>", ["alert", "<!--"]),
        ('<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>Hi</p>',
         ["refresh", "evil"]),
        ('<base href="https://evil.example/"><p>Hi</p>', ["base", "evil"]),
        ('<p><a href="https://ok.example/" target="_blank" class="x" id="y">ok</a></p>',
         ["target", "class", "id="]),
    ],
    ids=["script", "event-handler", "javascript-url", "javascript-url-obfuscated", "data-url",
         "iframe", "style-attr", "style-tag", "svg-script", "img-onerror", "srcset", "form",
         "object-embed", "comment", "meta-refresh", "base", "attrs"],
)
def test_sanitize_removes_active_content(markup: str, absent: list[str]) -> None:
    out = to_html(sanitize(markup))
    for needle in absent:
        assert needle.lower() not in out.lower()


def test_sanitize_keeps_safe_markup() -> None:
    out = to_html(sanitize('<h2>Title</h2><p>A <a href="https://ok.example/x">link</a>'
                           ' and <em>emphasis</em>.</p><ul><li>one</li></ul>'
                           '<img src="https://ok.example/i.png" alt="A photo">'))
    assert out == ('<h2>Title</h2><p>A <a href="https://ok.example/x" rel="nofollow noopener">'
                   "link</a> and <em>emphasis</em>.</p><ul><li>one</li></ul>"
                   '<img src="https://ok.example/i.png" alt="A photo">')


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://a.example/", True), ("/relative/path", True), ("mailto:x@y.example", True),
     ("javascript:alert(1)", False), ("java\nscript:alert(1)", False), ("vbscript:x", False),
     ("data:text/html,x", False), ("file:///etc/passwd", False)],
    ids=["https", "relative", "mailto", "javascript", "javascript-newline", "vbscript", "data",
         "file"],
)
def test_safe_url(url: str, ok: bool) -> None:
    assert safe_url(url) is ok


def test_blocks_and_kinds() -> None:
    root = sanitize("<h3>Head</h3><p>Para one.</p><blockquote>Quoted.</blockquote>"
                    "<ul><li>Item</li></ul><div>Intro<p>Nested</p>tail</div><pre>x = 1</pre>"
                    "Loose text")
    got = [(b.kind, b.level, b.text) for b in html_blocks(root)]
    assert got == [
        ("paragraph", 0, "Loose text"),
        ("heading", 3, "Head"),
        ("paragraph", 0, "Para one."),
        ("quote", 0, "Quoted."),
        ("list_item", 0, "Item"),
        ("paragraph", 0, "Intro tail"),
        ("paragraph", 0, "Nested"),
    ]


def test_fill_single_run_block_gets_block_translation() -> None:
    root = sanitize("<p>Hello world. Second sentence.</p><pre>code stays</pre>")
    blocks = html_blocks(root)
    fill(blocks, {"Hello world. Second sentence.": "Olá mundo. Segunda frase."}.get,
         lambda t: None)
    assert to_html(root) == "<p>Olá mundo. Segunda frase.</p><pre>code stays</pre>"


def test_fill_reanchors_links_in_whole_block_translation() -> None:
    root = sanitize('<p>The <a href="https://x.example/m">minister</a> said <b>no</b>.</p>')
    blocks = html_blocks(root)
    table = {"The minister said no.": "O ministro disse não.", "minister": "Ministro",
             "no": "não", "The": "O", "said": "disse"}
    fill(blocks, table.get, table.get)
    assert to_html(root) == ('<p>O <a href="https://x.example/m" rel="nofollow noopener">'
                             "ministro</a> disse <b>não</b>.</p>")


def test_fill_drops_unplaceable_formatting_but_never_a_link() -> None:
    root = sanitize('<p>A <em>big</em> day <a href="/y">here</a></p>'
                    '<p>See <a href="/z">the report</a> now</p>')
    blocks = html_blocks(root)
    table = {"A big day here": "Um grande dia aqui", "big": "enorme", "here": "aqui",
             "A": "Um", "day": "dia", "See the report now": "Veja já o relatório",
             "See": "Veja", "the report": "o documento", "now": "agora"}
    fill(blocks, table.get, table.get)
    assert to_html(root) == (
        '<p>Um grande dia <a href="/y" rel="nofollow noopener">aqui</a></p>'
        '<p>Veja <a href="/z" rel="nofollow noopener">o documento</a> agora</p>'
    )


def test_run_texts_only_for_multi_run_blocks_and_words() -> None:
    root = sanitize('<p>Plain.</p><p>The <a href="/m">minister</a> said <b>no</b> (2024).</p>')
    assert run_texts(html_blocks(root)) == ["The", "minister", "said", "no"]


def test_inline_spans_of_an_item_block_for_its_page() -> None:
    from translate.feeds.markup import inline_spans

    root = sanitize('<p>The <a href="https://x.example/a">new <em>budget</em></a> was'
                    ' <strong>approved</strong> by <a href="javascript:x()">them</a>.<br>'
                    'Next <code>x()</code> line.</p><ul><li>One <a href="/rel">item</a></li></ul>')
    got = [(b.text, [(s.kind, b.text[s.start:s.end], s.attrs.get("href")) for s in inline_spans(b)])
           for b in html_blocks(root)]
    assert got == [
        ("The new budget was approved by them. Next line.",
         [("link", "new budget", "https://x.example/a"), ("em", "budget", None),
          ("strong", "approved", None), ("br", " ", None)]),
        ("One item", [("link", "item", "/rel")]),
    ]
