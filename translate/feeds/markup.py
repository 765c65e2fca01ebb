"""HTML item content: sanitize it, find its text runs, put translations back into the same nodes.

Feed HTML is hostile by default. :func:`sanitize` keeps an allowlist of tags and attributes
(lxml_html_clean first, then our own pass) and drops scripts, styles, frames, forms, event
handlers and non-http(s) URLs, so nothing active can reach an output page or feed.

Translation keeps the markup: every block element (``p``, ``li``, ``h2``...) becomes one
:class:`HtmlBlock` whose text is what the pipeline translates; a block made of several text
runs (text around ``<a>``, ``<em>``, ``<br>``...) has each run translated on its own and put
back into the node it came from, so links and emphasis survive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import BlockKind, InlineKind, InlineSpan
from ..read import _MARK_BASE as MARK_BASE  # the reader's span markers (plane-16 private use)
from ..read import _MARKS as MARKS
from ..regexcache import compile as re_compile
from ..safexml import strip_crowded
from ..urls import SAFE_SCHEMES as SAFE_SCHEMES  # the rule lives in translate.urls
from ..urls import safe_url as safe_url

BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption",
    "caption", "td", "th", "div", "section", "article", "header", "footer", "aside", "address",
    "summary", "details", "figure", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr",
    "hr", "main", "nav",
})  # fmt: skip
# Text inside these is never translated (code, formulas) but is kept.
VERBATIM_TAGS = frozenset({"pre", "code", "kbd", "samp", "var", "tt"})
SAFE_TAGS = BLOCK_TAGS | VERBATIM_TAGS | frozenset({
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "del", "dfn", "em", "i", "img", "ins", "mark",
    "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "wbr", "picture", "source",
    "col", "colgroup",
})  # fmt: skip
# Removed with everything inside them.
KILL_TAGS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript",
    "template", "svg", "math", "form", "input", "button", "select", "textarea", "link", "meta",
    "base", "head", "title", "audio", "video", "canvas", "portal", "dialog",
})  # fmt: skip
SAFE_ATTRS = frozenset({
    "href", "src", "srcset", "alt", "title", "cite", "datetime", "colspan", "rowspan", "width",
    "height", "start", "reversed", "abbr", "scope", "headers", "type", "media", "sizes",
})  # fmt: skip
URL_ATTRS = frozenset({"href", "src", "cite"})

_KINDS: dict[str, BlockKind] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "dt": "list_item", "dd": "list_item",
    "blockquote": "quote",
}  # fmt: skip


def parse_fragment(markup: str) -> Any:
    """An HTML fragment inside a ``<div>`` container (lxml element)."""
    from lxml import etree
    from lxml import html as lxml_html

    markup = strip_crowded(re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", markup))
    try:
        return lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return lxml_html.fragment_fromstring("", create_parent="div")


def sanitize(markup: str) -> Any:
    """Parse ``markup`` and keep only inert, allowlisted HTML; returns the container element."""
    from lxml import etree
    from lxml_html_clean import Cleaner

    root = parse_fragment(markup)
    _drop_furniture(root)
    cleaner = Cleaner(
        scripts=True, javascript=True, comments=True, style=True, inline_style=True, links=True,
        meta=True, page_structure=True, processing_instructions=True, embedded=True, frames=True,
        forms=True, annoying_tags=True, remove_unknown_tags=False, safe_attrs_only=True,
        kill_tags=set(KILL_TAGS), allow_tags=set(SAFE_TAGS) | {"div"},
    )  # fmt: skip
    cleaner(root)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            _drop_keep_tail(el)
            continue
        tag = el.tag.lower()
        if tag in KILL_TAGS:  # belt and braces: the cleaner should have removed these already
            _drop_keep_tail(el)
            continue
        for name in list(el.attrib):
            value = el.attrib[name]
            lowered = name.lower()
            if (
                lowered not in SAFE_ATTRS
                or (lowered in URL_ATTRS and (not value.strip() or not safe_url(value)))
                or (
                    lowered == "srcset"
                    and not all(safe_url(p.split()[0]) for p in value.split(",") if p.split())
                )
            ):
                del el.attrib[name]
        if tag == "a" and el.get("href"):
            el.set("rel", "nofollow noopener")
    if root.get("id") is not None:
        del root.attrib["id"]
    etree.strip_attributes(root, "style", "class", "id", "lang", "dir")
    return root


# A feed service's furniture in item HTML, never the item's text: FeedBurner's share buttons
# (``<div class="feedflare">``, images and links to feeds.feedburner.com/~ff/) and tracking
# pixels (an image 1 pixel wide and 1 high: nothing to see, it only reports the reader)
FURNITURE_CLASSES = frozenset({"feedflare"})


def _drop_furniture(root: Any) -> None:
    for el in list(root.iter("div", "p", "span", "img")):
        if el.getparent() is None:
            continue
        if el.tag == "img":
            if el.get("width", "").strip() == "1" and el.get("height", "").strip() == "1":
                _drop_keep_tail(el)
        elif FURNITURE_CLASSES.intersection((el.get("class") or "").split()):
            _drop_keep_tail(el)


def _drop_keep_tail(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    previous = el.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


@dataclass
class Run:
    """One piece of text in the tree: ``node.text`` or ``node.tail``."""

    node: Any
    attr: Literal["text", "tail"]

    def get(self) -> str:
        return str(getattr(self.node, self.attr) or "")

    def set(self, value: str) -> None:
        setattr(self.node, self.attr, value)


@dataclass
class HtmlBlock:
    """A block element and the text runs that belong to it (not to nested blocks)."""

    element: Any
    kind: BlockKind
    level: int
    runs: list[Run] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # run texts and line breaks, for ``text``

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())

    @property
    def live_runs(self) -> list[Run]:
        return [r for r in self.runs if r.get().strip()]


def html_blocks(root: Any) -> list[HtmlBlock]:
    """The blocks of a sanitized fragment, in document order, with at least one word each."""
    blocks: list[HtmlBlock] = []

    def new_block(el: Any) -> HtmlBlock:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        kind = _KINDS.get(tag, "paragraph")
        level = int(tag[1]) if kind == "heading" else 0
        block = HtmlBlock(el, kind, level)
        blocks.append(block)
        if el.text:
            block.runs.append(Run(el, "text"))
            block.parts.append(el.text)
        for child in el:
            visit(child, block)
        return block

    def visit(el: Any, block: HtmlBlock) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in BLOCK_TAGS:
            new_block(el)
            block.parts.append("\n")
        elif tag in VERBATIM_TAGS:
            block.parts.append(" ")
        elif tag in ("br", "img", "hr", "wbr"):
            block.parts.append("\n")
        elif tag:
            if el.text:
                block.runs.append(Run(el, "text"))
                block.parts.append(el.text)
            for child in el:
                visit(child, block)
        if el.tail:
            block.runs.append(Run(el, "tail"))
            block.parts.append(el.tail)

    new_block(root)
    return [b for b in blocks if b.text]


_INLINE_KINDS: dict[str, InlineKind] = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}


def inline_spans(block: HtmlBlock) -> list[InlineSpan]:
    """The links (``<a href>`` with a safe URL), emphasis and line breaks of a block as spans over
    ``block.text``, so that the item's own page keeps what the localized feed keeps; none when
    the text read with its markup is not ``block.text`` (never a misplaced span)."""
    from ..read import _unmark as unmark

    parts: list[str] = []
    pending: list[tuple[InlineKind, dict[str, str]]] = []

    def visit(el: Any, top: bool) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not top:
            if tag in BLOCK_TAGS:
                parts.append("\n")
                return  # a block of its own
            if tag == "br" and len(pending) < 0x7FFE:  # a line break: a span over its space
                pending.append(("br", {}))
                n = len(pending) - 1
                parts.append(chr(MARK_BASE + 2 * n) + " " + chr(MARK_BASE + 2 * n + 1))
                return
            if tag in VERBATIM_TAGS or tag in ("br", "img", "hr", "wbr"):
                parts.append(" " if tag in VERBATIM_TAGS else "\n")
                return
        kind: InlineKind | None = None
        attrs: dict[str, str] = {}
        href = str(el.get("href") or "").strip() if tag == "a" else ""
        if not top and href and safe_url(href):
            kind, attrs = "link", {"href": href}
        elif not top:
            kind = _INLINE_KINDS.get(tag)
        marker = len(pending)
        if kind is not None and marker < 0x7FFE:
            pending.append((kind, attrs))
            parts.append(chr(MARK_BASE + 2 * marker))
        if el.text:
            parts.append(el.text)
        for child in el:
            visit(child, False)
            if child.tail:
                parts.append(child.tail)
        if kind is not None and marker < 0x7FFE:
            parts.append(chr(MARK_BASE + 2 * marker + 1))

    if any(MARKS.search(r.get()) for r in block.runs):
        return []
    visit(block.element, True)
    text, spans = unmark("".join(parts), pending)
    return spans if text == block.text else []


def _blank(block: HtmlBlock) -> None:
    """Empty a block's runs; remove its element when nothing is left in it.

    The element stays when its tail holds text of the enclosing block, so that run stays valid.
    """
    for run in block.runs:  # all inside the element: its own tail belongs to the parent block
        run.set("")
    el = block.element
    if len(el) == 0 and not (el.text or "").strip() and not (el.tail or "").strip():
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)


def truncate_blocks(blocks: list[HtmlBlock], max_chars: int) -> tuple[list[HtmlBlock], int]:
    """Keep blocks while their text fits in ``max_chars`` (at least one); empty the rest.

    Returns the kept blocks and the number of characters left out.
    """
    total = 0
    for index, block in enumerate(blocks):
        total += len(block.text)
        if total > max_chars and index > 0:
            dropped = sum(len(b.text) for b in blocks[index:])
            for later in reversed(blocks[index:]):
                _blank(later)
            return blocks[:index], dropped
    return blocks, 0


_LETTER = re_compile(r"[^\W\d_]")
# Inline elements that can be re-anchored in a whole-block translation (see ``fill``).
ANCHORABLE = frozenset({
    "a", "b", "strong", "em", "i", "u", "span", "small", "mark", "abbr", "cite", "q", "time",
    "s", "del", "ins", "dfn", "sub", "sup", "bdi",
})  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(text.split())


def run_texts(blocks: Iterable[HtmlBlock]) -> list[str]:
    """Texts that need a translation of their own: the runs of blocks with several runs.

    Runs without letters (punctuation, numbers) are left as they are.
    """
    out: dict[str, None] = {}
    for block in blocks:
        live = block.live_runs
        if len(live) > 1:
            for run in live:
                text = _norm(run.get())
                if _LETTER.search(text):
                    out.setdefault(text, None)
    return list(out)


def _with_space(original: str, translated: str) -> str:
    """``translated`` with the leading/trailing whitespace of ``original`` (word spacing)."""
    lead = original[: len(original) - len(original.lstrip())]
    trail = original[len(original.rstrip()) :]
    return f"{' ' if lead else ''}{translated.strip()}{' ' if trail else ''}"


def _anchorable_children(block: HtmlBlock) -> list[Any] | None:
    """The block's inline children when all are leaves that can be re-anchored, else None."""
    children = list(block.element)
    for child in children:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag not in ANCHORABLE or len(child):
            return None
    return children


def _reanchor(block: HtmlBlock, whole: str, run_target: Callable[[str], str | None]) -> bool:
    """Put the whole-block translation ``whole`` into the block and wrap each inline child
    around its own translation found in it, left to right.

    A child not found loses its tag (its text is part of ``whole``) unless it carries a link;
    then nothing is changed and False is returned, so the caller translates run by run.
    """
    children = _anchorable_children(block)
    if children is None:
        return False
    lowered = whole.lower()
    cursor = 0
    spans: list[tuple[Any, int, int] | None] = []
    for child in children:
        text = _norm(child.text or "")
        target = run_target(text) if _LETTER.search(text) else text
        found = -1
        if target:
            needle = target.strip().strip(".,;:!?\"'«»“”„").lower()
            found = lowered.find(needle, cursor) if needle else -1
            if found >= 0:
                spans.append((child, found, found + len(needle)))
                cursor = found + len(needle)
                continue
        if child.get("href") or child.tag.lower() in ("sub", "sup"):
            return False
        spans.append(None)
    element = block.element
    placed = [s for s in spans if s is not None]
    element.text = whole[: placed[0][1]] if placed else whole
    for child, span in zip(children, spans, strict=True):
        if span is None:
            element.remove(child)
    for i, (child, start, end) in enumerate(placed):
        child.text = whole[start:end]
        child.tail = whole[end : placed[i + 1][1]] if i + 1 < len(placed) else whole[end:]
    return True


def fill(
    blocks: Iterable[HtmlBlock],
    block_target: Callable[[str], str | None],
    run_target: Callable[[str], str | None],
) -> None:
    """Put translations back into the tree.

    A block of one run gets its block's translation. A block whose inline children are simple
    (``<a>``, ``<em>``... holding only text) gets the whole-block translation with each child
    re-anchored around its own translation (sentence-level quality, links kept); otherwise each
    run gets its own translation. Text without a translation stays as it was.
    """
    for block in blocks:
        live = block.live_runs
        if not live:
            continue
        whole = block_target(block.text)
        if len(live) == 1:
            if whole is not None:
                live[0].set(_with_space(live[0].get(), whole))
            continue
        lead = block.element.text or ""
        if whole is not None and _reanchor(block, whole, run_target):
            if lead[: len(lead) - len(lead.lstrip())]:
                block.element.text = " " + (block.element.text or "")
            continue
        for run in live:
            text = _norm(run.get())
            target = run_target(text) if _LETTER.search(text) else None
            if target is not None:
                run.set(_with_space(run.get(), target))


def remove_blocks(blocks: list[HtmlBlock], texts: set[str]) -> list[HtmlBlock]:
    """Empty the blocks whose text is in ``texts`` (dropped as boilerplate)."""
    kept = []
    for block in reversed(blocks):
        if block.text in texts:
            _blank(block)
        else:
            kept.append(block)
    kept.reverse()
    return kept


def to_html(root: Any) -> str:
    """The inner HTML of the container."""
    from html import escape

    from lxml import html as lxml_html

    inner = escape(root.text or "", quote=False) + "".join(
        lxml_html.tostring(child, encoding="unicode") for child in root
    )
    return inner.strip()
