"""Markdown edition: front matter for machines, the article, and the MT label for readers."""

from __future__ import annotations

import bisect
import json
import re

from .. import inline
from ..model import Edition, EditionBlock, InlineSpan
from ..regexcache import compile as re_compile
from ..urls import safe_source, safe_url
from .label import is_copy, mt_label
from .table import grid, runs

EXTENSION = "md"

_BLOCK_START = re_compile(r"^(\s*)([#>+\-*=]|\d+[.)])")
_INLINE = re_compile(r"([\\`*_\[\]<>|])")
_PIPE = re_compile(r"(?<!\\)\|")  # a pipe not escaped yet (in a code span, say)


def _block_escape(m: re.Match[str]) -> str:
    """A line start Markdown would read as a block marker, escaped: the backslash before the
    punctuation ("\\#", "1\\."), as CommonMark reads a backslash before a digit as itself."""
    mark = m.group(2)
    if mark[0].isdigit():
        return m.group(1) + mark[:-1] + "\\" + mark[-1]
    return m.group(1) + "\\" + mark


def escape(text: str) -> str:
    """Escape text so Markdown renders it literally.

    >>> escape("# not a heading *really*")
    '\\\\# not a heading \\\\*really\\\\*'
    """
    text = _INLINE.sub(r"\\\1", re.sub(r"[ \t\r\n]+", " ", text).strip())
    return _BLOCK_START.sub(_block_escape, text)


def _url(href: str) -> str:
    """A link destination Markdown reads back whole: spaces, brackets and backslashes encoded;
    parentheses too unless they pair up, as CommonMark reads a destination's balanced pairs as
    written ("File:Limpkin_(3372).jpg", a text fragment's "(REITs)": encoded, the address read
    back was another string than the page's, where HTML and JSON kept it as it was).

    >>> _url("https://x.org/File:Marsh_(337).jpg"), _url("https://x.org/a)b(")
    ('https://x.org/File:Marsh_(337).jpg', 'https://x.org/a%29b%28')
    >>> _url("https://x.org/" + "(" * 4 + ")" * 4)
    'https://x.org/%28%28%28%28%29%29%29%29'

    An ``&`` that begins an entity reference ("&amp;", "&#38;") is escaped with a backslash:
    CommonMark decodes entities in a destination, so a page's ``href`` holding the letters
    "&amp;" (escaped twice in its HTML) was read back from the edition as "&", another address
    than the one HTML and JSON keep (a development page of set AG, struct33).

    >>> _url("https://x.org/?a=1&amp;b=2&c=3")
    'https://x.org/?a=1\\\\&amp;b=2&c=3'
    """
    depth = deepest = 0
    for char in href:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
        if depth < 0:
            break
    # CommonMark parsers cap the nesting (cmark and markdown-it at 32): a few levels only
    unsafe = r"[\s<>\[\]\\]" if depth == 0 and deepest <= 3 else r"[\s<>()\[\]\\]"
    encoded = re.sub(unsafe, lambda m: f"%{ord(m.group(0)):02X}", href)
    return _ENTITY.sub(r"\\\g<0>", encoded)


# an entity reference as CommonMark reads one in a link destination (decoded there)
_ENTITY = re_compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)")


BREAK = "\\\n"  # a hard line break (CommonMark: a backslash at the end of the line)


def _wrap(span: InlineSpan, inner: str, raw: str) -> str:
    label = footnote_label(span)
    if label:  # a footnote: a definition's text (its label goes first, see render), or a
        # reference after the word it follows (or alone, when it followed none)
        if span.attrs.get("definition"):
            return inner
        return f"{inner}[^{label}]" if span.kind == "link" else f"[^{label}]"
    if span.kind == "br":
        return BREAK
    if span.kind == "link":
        href = span.attrs.get("href", "")
        return f"[{inner}]({_url(href)})" if href and safe_url(href) else inner
    if span.kind == "image":
        src = span.attrs.get("src", "")
        alt = "" if span.attrs.get("noalt") else inner  # no alt text in the source (struct57)
        return f"![{alt}]({_url(src)})" if src and safe_url(src) else inner
    if span.kind == "strong":
        return f"**{inner}**"
    if span.kind == "em":
        return f"*{inner}*"
    fence = "``" if "`" in raw else "`"
    pad = " " if "`" in raw else ""
    return f"{fence}{pad}{raw}{pad}{fence}"


def footnote_label(span: InlineSpan) -> str:
    """The label of a footnote's reference or definition span (Markdown ``[^label]``), "" for
    any other span; characters Markdown would read otherwise are left out."""
    return re.sub(r"[\[\]\s\\]", "", span.attrs.get("footnote", ""))[:60]


def heading_level(level: int) -> int:
    """The level a body heading is written at: the source's (1-6), 2 when the reader gave none.

    A document with several first-level headings (a README's setext ``====`` sections) keeps
    them at level 1 beside the title, as markdown-it-py and lxml read them back."""
    return min(level, 6) if level >= 1 else 2


def definition_label(block: EditionBlock) -> str:
    """The label of the footnote the block defines ("" when it defines none)."""
    return next((footnote_label(x) for x in block.source_inline
                 if x.attrs.get("definition") and footnote_label(x)), "")


def continues_note(block: EditionBlock) -> bool:
    """Is the block a footnote's second (or later) paragraph, not its definition's first?"""
    return any(x.attrs.get("continued") for x in block.source_inline if x.attrs.get("definition"))


def _inside_note(blocks: list[EditionBlock], at: int) -> bool:
    """Does the code block ``blocks[at]`` stand between a footnote's blocks (a note's block
    right before it, a note's later block right after it)? Written at the left edge, it would
    end the note, and the note's next paragraph, indented, would be read as code (struct56)."""
    return (0 < at < len(blocks) - 1 and bool(definition_label(blocks[at - 1]))
            and continues_note(blocks[at + 1]))  # fmt: skip


def inline_text(block: EditionBlock) -> str:
    """The block's target as Markdown, its links, emphasis and code spans written out."""
    text = re.sub(r"[\t\r\n]", " ", block.target)  # one for one: span offsets hold
    if not block.inline:
        return escape(text)

    spans = notes_after_links(_links_around_code(block.inline))
    line_starts = {0} | {s.end for s in spans if s.kind == "br"}

    def esc(piece: str, offset: int) -> str:
        piece = _INLINE.sub(r"\\\1", piece)
        return (
            _BLOCK_START.sub(_block_escape, piece.lstrip(" "))
            if offset in line_starts
            else piece
        )

    return inline.render(text, spans, esc, _wrap).strip()


def notes_after_links(spans: list[InlineSpan]) -> list[InlineSpan]:
    """A footnote reference that stands on a word inside a link, written after the link:
    ``[the report](url)[^1]``. Written inside it, ``[the report[^1]](url)`` is no link to a
    Markdown reader with footnotes (markdown-it's footnote plugin reads text, a reference and
    text): the Markdown edition lost the link its HTML and JSON editions keep (struct55). The
    reference is moved over the whole link, before it, so that it wraps the link.

    >>> [(s.start, s.end, s.attrs) for s in notes_after_links([InlineSpan(4, 14, "link",
    ...     {"href": "https://x.org"}), InlineSpan(8, 14, "link", {"footnote": "1"})])]
    [(4, 14, {'footnote': '1'}), (4, 14, {'href': 'https://x.org'})]
    """
    refs = [s for s in spans if s.kind == "link" and footnote_label(s)
            and not s.attrs.get("definition")]  # fmt: skip
    if not refs:
        return spans
    links = sorted((s for s in spans if s.kind == "link" and s.attrs.get("href")),
                   key=lambda s: (s.start, -s.end))  # fmt: skip
    if not links:
        return spans
    starts = [s.start for s in links]
    moved: dict[int, InlineSpan] = {}  # id of a reference -> the reference over its link
    for ref in refs:
        at = bisect.bisect_right(starts, ref.start) - 1  # the link opened last before it
        if at >= 0 and links[at].start <= ref.start and ref.end <= links[at].end:
            moved[id(ref)] = InlineSpan(links[at].start, links[at].end, ref.kind, ref.attrs)
    if not moved:
        return spans
    out: list[InlineSpan] = [moved[id(s)] for s in spans if id(s) in moved]
    return out + [s for s in spans if id(s) not in moved]


_notes_after_links = notes_after_links  # struct55's name (its tests import it)


def _links_around_code(spans: list[InlineSpan]) -> list[InlineSpan]:
    """A link that stands inside a code span over part of its words, written over the whole
    code span: a Markdown code span holds no markup (it would be written as its plain text and
    the link lost), and ``[`code`](url)`` keeps the link where HTML writes ``<code><a>``. A link
    over the same words as another link or as the code span is left as it is.

    >>> [(s.start, s.end, s.kind) for s in _links_around_code(
    ...     [InlineSpan(0, 10, "code"), InlineSpan(2, 6, "link", {"href": "https://x.org"})])]
    [(0, 10, 'code'), (0, 10, 'link')]
    """
    codes = [s for s in spans if s.kind == "code" and not s.attrs]
    if not codes:
        return spans
    out: list[InlineSpan] = []
    taken = {(s.start, s.end) for s in spans if s.kind == "link"}
    for span in spans:
        code = next((c for c in codes if c.start <= span.start and span.end <= c.end), None)
        if span.kind == "link" and code is not None and (code.start, code.end) not in taken:
            taken.add((code.start, code.end))
            span = InlineSpan(code.start, code.end, span.kind, span.attrs)
        out.append(span)
    return out


def _front_matter(edition: Edition) -> list[str]:
    fields = {
        "title": edition.title or "",
        "lang": edition.locale,
        "dir": edition.direction,
        "source_lang": edition.source_lang,
        "source": safe_source(edition.article.source) or "",
        "machine_translated": not is_copy(edition),
        "review_required": edition.review_required or "",
        "blocking_findings": len(edition.blocking) if edition.review_required else "",
        "signature": edition.signature.format(),
        "created": edition.created,
    }
    lines = ["---"]
    for key, value in fields.items():
        if value == "":
            continue
        # JSON scalars are YAML; "<", ">" and "&" as \u escapes (YAML reads them back as
        # they were), so that no raw markup stands in the file for a tool that copies the lines
        scalar = json.dumps(value, ensure_ascii=False)
        for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
            scalar = scalar.replace(char, code)
        lines.append(f"{key}: {scalar}")
    lines.append("---")
    return lines


def code_fence(block: EditionBlock, indent: str = "") -> str:
    """A code block as a fenced block, its lines as written: the fence a run of backticks
    longer than any in the code (tildes when the info string holds a backtick), the info string
    kept; every line indented by ``indent`` (the list item it belongs to)."""
    info = " ".join(block.info.split())
    longest = max((len(r) for r in re.findall(r"`+|~+", block.source)), default=0)
    char = "~" if "`" in info else "`"
    fence = char * max(3, longest + 1)
    lines = [fence + info, *block.source.split("\n"), fence]
    return "\n".join(indent + line if line else line for line in lines)


def _table(blocks: list[EditionBlock], start: int, end: int) -> list[str]:
    """A GFM pipe table: its first row the header, a cell's paragraphs on one line, a pipe in
    its text escaped (in a code span too, as GFM asks)."""

    def cell(indexes: list[int]) -> str:
        texts = [inline_text(blocks[i]).replace(BREAK, " ") for i in indexes if blocks[i].target]
        return _PIPE.sub(r"\\|", " ".join(texts)) or " "

    rows = [[cell(c) for c in row] for row in grid(blocks, start, end)]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]


def render(edition: Edition) -> str:
    out = _front_matter(edition)
    out.append("")
    widths: list[int] = []  # the content offset of the open list items, outermost first
    tables = dict(runs(edition.blocks))
    skip = 0
    written = ""  # the kind of the block written last (a definition follows its term)
    for at, block in enumerate(edition.blocks):
        if at < skip:
            continue
        if at in tables:  # a data table's cells: the table, its shape kept
            out += _table(edition.blocks, at, tables[at])
            out.append("")
            skip = tables[at]
            widths = []
            written = "table"
            continue
        if block.kind == "code":
            # in a list item: indented to the item's content, so the list goes on after it
            depth = min(max(block.level, 0), len(widths))
            indent = " " * sum(widths[:depth])
            if not depth and _inside_note(edition.blocks, at):
                indent = "    "  # a note's code with more of the note after it (struct56)
            out.append(code_fence(block, indent))
            out.append("")
            if not depth:
                widths = []
            written = "code"
            continue
        if not block.target:
            continue
        text = inline_text(block)
        # a line break goes on inside the block: indented in a list item, quoted in a quote;
        # a heading is one line
        text = text.replace(BREAK, {"title": " ", "heading": " ", "list_item": BREAK + "  ",
                                    "quote": BREAK + "> "}.get(block.kind, BREAK))
        label = definition_label(block)
        # a note's next paragraph, or a list item, heading or quote inside the note (struct56):
        # indented 4 spaces under it
        note = "    " if label and continues_note(block) else ""
        if note and block.kind in ("paragraph", "definition", "term"):
            text = note + text.replace(BREAK, BREAK + note)
            note = ""
        elif note:
            text = text.replace(BREAK, BREAK + note)
        elif label:  # a footnote's definition: its label first, as Markdown reads it
            text = f"[^{label}]: {text}"
        if block.kind != "list_item":
            widths = []
        under = block.kind == "definition" and written in ("term", "definition")
        if under:
            out.append(f": {text}")  # a definition under its term (Markdown Extra, mdit deflist)
        elif block.kind == "title":
            out.append(f"# {text}")
        elif block.kind == "heading":
            out.append(f"{note}{'#' * heading_level(block.level)} {text}")
        elif block.kind == "list_item":  # a nested list's item indented under its parent
            level = max(0, min(block.level, 8))
            widths = widths[:level] + [2] * max(0, level - len(widths))
            # an ordered list's item keeps its number (and its ")" delimiter)
            marker = "-" if block.number is None else f"{block.number}{block.info or '.'}"
            indent = note + " " * sum(widths)
            widths.append(len(marker) + 1)
            text = text.replace(BREAK + note + "  ", BREAK + note + " " * sum(widths))
            out.append(f"{indent}{marker} {text}")
        elif block.kind == "quote":
            out.append(f"{note}> {text}")
        else:  # a paragraph, a term, a definition no term stands before
            out.append(text)
        out.append("")
        # a definition written as a paragraph (no term before it) is no definition a next one
        # could follow: Markdown would read it as a term
        written = "paragraph" if block.kind == "definition" and not under else block.kind
    out.append("---")
    out.append("")
    out.append(f"*{escape(mt_label(edition))}*")
    return "\n".join(out) + "\n"
