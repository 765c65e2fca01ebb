"""The link destinations a Markdown text holds, read as CommonMark reads them (the structure
evaluators' reader of a Markdown edition: ``eval_structure_t``, ``eval_structure_u`` and through
it ``eval_structure_v``, ``eval_html_structure --editions``).

Until the thirty-second pass the evaluators read a Markdown edition's links with a regular
expression, ``\\]\\(<?([^)\\s>]+)>?``, that stops a destination at its first ``)``: the
Markdown writer's ``[polifila](https://en.wikipedia.org/wiki/Polyfill_(programming))`` was read
as ``https://en.wikipedia.org/wiki/Polyfill_(programming`` and the link counted lost. It also
read ``](...)`` inside code spans and code blocks as links, read an image's source as a link, and
missed autolinks and links by reference. This reader is markdown-it-py's (CommonMark): a
destination's balanced parentheses, ``<...>`` destinations (spaces and parentheses inside), a
title after the destination, backslash escapes and entities decoded, nothing read inside code,
links by reference resolved, autolinks. markdown-it's own normalization of an address
(percent-encoding what is not ASCII) is left out: the destination is compared as the text says
it, as the regular expression compared it, so an address an HTML source gave in Unicode is not
counted lost for being read back encoded.

    >>> md_links("[a](https://en.wikipedia.org/wiki/X_(y)) and [b](<https://x.org/a b> 'T')")
    ['https://en.wikipedia.org/wiki/X_(y)', 'https://x.org/a b']
    >>> md_links("`[c](https://x.org/code)` ![i](https://x.org/i.png)")
    []
    >>> md_links("![i](https://x.org/i.png)", images=True)
    ['https://x.org/i.png']
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    md = MarkdownIt("commonmark").enable("table").use(footnote_plugin).use(deflist_plugin)
    md.normalizeLink = lambda url: url  # the destination as written (escapes, entities decoded)
    md.normalizeLinkText = lambda url: url
    return md


def md_links(text: str, images: bool = False) -> list[str]:
    """Every link's destination in ``text``, in order (and every image's source with ``images``)."""
    out: list[str] = []
    for tok in _parser().parse(text):
        for child in tok.children or []:
            if child.type == "link_open":
                out.append(str(child.attrs.get("href", "")))
            elif images and child.type == "image":
                out.append(str(child.attrs.get("src", "")))
    return out
