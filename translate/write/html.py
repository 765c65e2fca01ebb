"""HTML edition: one standalone page (no external files), language and direction tagged.

Every piece of text, from the source or the engine, is escaped: markup in an article is shown
as text, never interpreted. The machine-translation label is both visible (a footer note in
the edition's language) and machine-readable (``<meta>`` tags and schema.org JSON-LD).
"""

from __future__ import annotations

import json
from html import escape

from .. import inline
from ..model import Edition, EditionBlock, InlineSpan
from ..publish import review_notice
from ..urls import safe_meta, safe_url
from .label import label_dict
from .markdown import (
    continues_note,
    definition_label,
    footnote_label,
    heading_level,
    notes_after_links,
)
from .table import grid, runs

EXTENSION = "html"
MEDIA_TYPE = "text/html"

STYLE = "\n".join(
    [
        ":root { color-scheme: light dark; }",
        "body { margin: 0 auto; max-width: 42rem; padding: 2rem 1rem;",
        "  font: 1.0625rem/1.6 Georgia, 'Noto Serif', serif; }",
        "h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 1.5rem; }",
        "h2, h3, h4, h5, h6 { line-height: 1.3; margin: 2rem 0 0.75rem; }",
        "p, ul, blockquote { margin: 0 0 1rem; }",
        "blockquote { margin-inline: 0; padding-inline-start: 1rem;",
        "  border-inline-start: 3px solid #999; font-style: italic; }",
        "footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid #999;",
        "  font: 0.875rem/1.5 system-ui, sans-serif; }",
        ".mt-label { margin: 0; }",
    ]
)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _text(value: str) -> str:
    return escape(value, quote=False)


def _json_ld(edition: Edition) -> str:
    label = label_dict(edition)
    url = safe_meta(edition.article.meta).get("url")
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": edition.title or "",
        "inLanguage": edition.locale,
        "dateCreated": edition.created,
        "translationOfWork": {
            "@type": "CreativeWork",
            "inLanguage": edition.source_lang,
            **({"url": url} if url else {}),
        },
        "translator": {
            "@type": "SoftwareApplication",
            "name": label["engine"],
            "softwareVersion": f"{label['model']} {label['model_version']}",
        },
        "description": label["text"],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # Inside <script>, "</" and "<!--" could end or change the block: escape < > & as JSON does.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_TAGS = {"strong": "strong", "em": "em", "code": "code"}


def _wrap(span: InlineSpan, inner: str, raw: str) -> str:
    label = footnote_label(span)
    if label:  # a footnote (Markdown "[^1]"): a definition's text, or a reference to it
        if span.attrs.get("definition"):
            return inner
        ref = f'<sup><a href="#fn-{_attr(label)}">{_text(label)}</a></sup>'
        return inner + ref if span.kind == "link" else ref
    if span.kind == "link":
        href = span.attrs.get("href", "")
        return f'<a href="{_attr(href)}">{inner}</a>' if href and safe_url(href) else inner
    if span.kind == "br":
        return "<br>"
    if span.kind == "image":
        src = span.attrs.get("src", "")
        alt = "" if span.attrs.get("noalt") else raw  # no alt text in the source (struct57)
        return f'<img src="{_attr(src)}" alt="{_attr(alt)}">' if src and safe_url(src) else inner
    tag = _TAGS[span.kind]
    return f"<{tag}>{inner}</{tag}>"


def inline_html(block: EditionBlock) -> str:
    """The block's target as HTML: text escaped, links (safe schemes only), emphasis, code.

    A footnote reference on a link's last word is written after the link, as Markdown writes
    it since struct55: ``<a href="…">the report</a><sup><a href="#fn-1">1</a></sup>``. Written
    inside it, the reference's ``<a>`` stood inside the link's ``<a>``, which HTML forbids (a
    parser closes the outer link there; struct56)."""
    spans = notes_after_links(list(block.inline))
    return inline.render(block.target, spans, lambda piece, _: _text(piece), _wrap)


def _block(block: EditionBlock) -> str:
    text = inline_html(block)
    label = definition_label(block)
    if label and not continues_note(block):  # a footnote's definition, where references point
        text = f'<sup id="fn-{_attr(label)}">{_text(label)}</sup> {text}'
    if block.kind == "title":
        return f"<h1>{text}</h1>"
    if block.kind == "heading":
        level = heading_level(block.level)
        return f"<h{level}>{text}</h{level}>"
    if block.kind == "quote":
        return f"<blockquote><p>{text}</p></blockquote>"
    if block.kind == "list_item":
        return f"<li>{text}</li>"
    if label and continues_note(block):  # a note's next paragraph (struct53)
        return f'<p class="footnote-continued">{text}</p>'
    if label:  # classed as mdBook and rustdoc class theirs, so a reader can style or find it
        return f'<p class="footnote-definition">{text}</p>'
    return f"<p>{text}</p>"


def code_html(block: EditionBlock) -> str:
    """A code block as ``<pre><code>``, its text escaped and otherwise as written (a leading
    newline doubled: the HTML parser drops the first one after ``<pre>``); its info string's
    first word as the ``language-`` class (the HTML spec's convention for code's language)."""
    lang = block.info.split()[0] if block.info.split() else ""
    cls = f' class="language-{_attr(lang)}"' if lang else ""
    lead = "\n" if block.source.startswith("\n") else ""
    return f"<pre><code{cls}>{lead}{_text(block.source)}</code></pre>"


def table_html(blocks: list[EditionBlock], start: int, end: int) -> str:
    """A data table: a ``<tr>`` per row, a ``<td>`` per cell (its paragraphs apart by
    ``<br>``), every row as wide as the widest."""
    rows = []
    for row in grid(blocks, start, end):
        cells = ("<br>".join(inline_html(blocks[i]) for i in c if blocks[i].target) for c in row)
        rows.append("<tr>" + "".join(f"<td>{text}</td>" for text in cells) + "</tr>")
    return "<table>\n" + "\n".join(rows) + "\n</table>"


def list_open(block: EditionBlock) -> str:
    """The tag opening the list ``block`` (a list item) starts: ``<ol start="N">`` for an
    ordered list (its first item's number; no attribute for 1), else ``<ul>``."""
    if block.number is None:
        return "<ul>"
    return "<ol>" if block.number == 1 else f'<ol start="{block.number}">'


def _body(edition: Edition) -> list[str]:
    out: list[str] = []
    # the open lists' tags ("ul"/"ol"), outermost first; a nested list's items (level 1, 2...)
    # stand in a list of their own, inside their parent item
    open_: list[str] = []

    dl = False  # a definition list open: its terms and definitions go on in it

    def close_to(want: int) -> None:
        nonlocal dl
        if dl:
            out.append("</dl>")
            dl = False
        while len(open_) > want:
            tag = open_.pop()
            out.append("  " * len(open_) + f"</{tag}>" + ("</li>" if open_ else ""))

    tables = dict(runs(edition.blocks))
    skip = 0
    figure_at = -1  # the block just written as a picture paragraph (top level), if any
    for at, block in enumerate(edition.blocks):
        if at < skip:
            continue
        if at in tables:  # a data table's cells: the table, its shape kept
            close_to(0)
            out.append(table_html(edition.blocks, at, tables[at]))
            skip = tables[at]
            continue
        if block.kind == "code":
            if not block.source.strip():
                continue
            pre = code_html(block)
            close_to(min(max(block.level, 0), 9))
            if block.level > 0 and open_ and out and out[-1].endswith("</li>"):
                out[-1] = out[-1].removesuffix("</li>") + pre + "</li>"  # in its list item
            else:
                close_to(0)
                out.append(pre)
            continue
        if not block.target.strip():
            continue
        if block.kind == "term" or (block.kind == "definition" and dl):
            if not dl:
                close_to(0)
                out.append("<dl>")
                dl = True
            tag = "dt" if block.kind == "term" else "dd"
            out.append(f"  <{tag}>{inline_html(block)}</{tag}>")
            continue
        want = min(max(block.level, 0), 8) + 1 if block.kind == "list_item" else 0
        tag = ("ol" if block.number is not None else "ul") if want else ""
        close_to(want)
        if want and len(open_) == want and open_[-1] != tag:
            close_to(want - 1)  # a bullet list after an ordered one (or back): a new list
        if open_ and want > len(open_):
            out[-1] = out[-1].removesuffix("</li>")  # the nested list goes inside its parent item
        while len(open_) < want:
            out.append("  " * len(open_) + (list_open(block) if len(open_) == want - 1
                                             else "<ul>"))  # fmt: skip
            open_.append(tag if len(open_) == want - 1 else "ul")
        if want == 0 and block.caption and figure_at == at - 1:
            # a picture's caption right after its picture: the two as the page had them, a
            # <figure> with its <figcaption> (struct36); any other caption is a paragraph
            out[-1] = (f"<figure>{inline_html(edition.blocks[at - 1])}"
                       f"<figcaption>{inline_html(block)}</figcaption></figure>")  # fmt: skip
            continue
        out.append("  " * len(open_) + _block(block))
        figure_at = at if want == 0 and _picture(block) else -1
    close_to(0)
    return out


def _picture(block: EditionBlock) -> bool:
    """A paragraph that is a picture and nothing else (an image span over all its words), as
    the reader writes a kept picture: its caption may follow it in a ``<figure>``."""
    if block.kind != "paragraph" or not block.target.strip():
        return False
    images = [s for s in block.inline if s.kind == "image" and s.attrs.get("src")]
    return len(images) == 1 and not block.target[: images[0].start].strip() and not (
        block.target[images[0].end :].strip()
    )


def render(edition: Edition) -> str:
    label = label_dict(edition)
    title = edition.title or edition.article.title or edition.article.id
    metas = {
        "generator": f"newsroom-translate {edition.signature.tool_version}",
        "translation-type": "machine"
        if label["review"] == "machine"
        else "copy" if label["review"] == "copy"  # not a translation (label.is_copy)
        else f"machine, {label['review']}",
        "translation-source-language": edition.source_lang,
        "translation-signature": edition.signature.format(),
        "translation-label": label["text"],
    }
    if edition.review_required:
        metas["review-required"] = f"{len(edition.blocking)} blocking findings"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_attr(edition.locale)}" dir="{_attr(edition.direction)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(title)}</title>",
        *(f'<meta name="{_attr(k)}" content="{_attr(v)}">' for k, v in metas.items()),
        f'<script type="application/ld+json">{_json_ld(edition)}</script>',
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        *(
            [
                f'<p class="review-required" role="alert" data-blocking="{len(edition.blocking)}">'
                f"{_text(review_notice(len(edition.blocking)))}</p>"
            ]
            if edition.review_required
            else []
        ),
        "<article>",
    ]
    tail = [
        "</article>",
        "<footer>",
        f'<p class="mt-label" role="note">{_text(label["text"])}</p>',
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(head + _body(edition) + tail) + "\n"
