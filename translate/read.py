"""Read an article from a file (plain text, Markdown or HTML) into an :class:`Article`.

Decoding is strict: UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else, binary
data, or an input with no text is refused with an :class:`InputError`, never guessed at.
HTML goes through trafilatura, which finds the article body and leaves page chrome out.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import jsontext
from .errors import EmptyInputError, InputError, NoArticleBodyError, UsageError
from .fsutil import NotRegularFileError, TooLargeError, larger_than, read_limited, read_regular
from .invisible import BETWEEN_DIGITS
from .limits import PAGE_TEXT_FACTOR, check_article_chars, check_page_text, text_chars
from .model import Article, Block, BlockKind, Dropped, Finding, InlineKind, InlineSpan
from .read_codelines import code_lines_block, code_paragraph_runs
from .regexcache import compile as re_compile

MAX_INPUT_BYTES = 20 * 1024 * 1024
FORMATS = ("txt", "md", "html")
_EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}  # fmt: skip


def slugify(text: str, *, max_length: int = 60) -> str:
    """A file-name-safe ASCII slug.

    >>> slugify("Nagorno-Karabakh: day 5 / update")
    'nagorno-karabakh-day-5-update'
    >>> slugify("../../etc/passwd")
    'etc-passwd'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:max_length].rstrip("-")
    return slug or "article"


def decode(data: bytes, *, source: str = "input") -> str:
    """Decode input bytes strictly; refuse binary data with a clear message."""
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if _looks_utf16(data):
            raise InputError(
                "UTF-16 text without a byte-order mark",
                path=source,
                hint="save the article as UTF-8",
            )
        if b"\x00" in data:  # anywhere, not only near the start: no article holds a NUL
            raise InputError("binary data, not a text article", path=source)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {encoding.upper()} text"
            f" (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            path=source,
            hint="save the article as UTF-8",
        ) from None
    if "\x00" in text:
        raise InputError("binary data, not a text article", path=source)
    controls = sum(
        1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"
    )
    if controls > max(8, len(text[:8192]) // 100):
        raise InputError("binary data, not a text article", path=source)
    # ESC, DEL and the C1 codes (CSI among them) start terminal control sequences, and the CLI
    # prints article text (detect, check, summaries): they become spaces, one for one so that
    # offsets hold. Other stray controls stay; the XML writers encode them as <cp>.
    return _TERMINAL_CONTROLS.sub(" ", text)


_TERMINAL_CONTROLS = re_compile("[\x1b\x7f-\x9f]")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: NUL in every other byte of a Latin-script text, and letters in
    the bytes between (a file of NUL bytes, as a crash or a preallocated download leaves, is
    no text in any encoding: fuzz43 found it refused as "UTF-16 text")."""
    head = data[:4096]
    if len(head) < 8:
        return False
    pairs = len(head) // 2
    return any(head[k::2].count(0) > 0.8 * pairs and head[1 - k :: 2].count(0) < 0.2 * pairs
               for k in (0, 1))  # fmt: skip


def read_bytes(path: str | Path) -> bytes:
    """The raw input (``-`` is standard input), with a size limit and one-line errors.

    Only a regular file is read (or standard input when asked with ``-``): a FIFO, a device, a
    socket or a folder is refused at once (exit 3) instead of blocking or reading forever.
    """
    try:
        if str(path) == "-":
            return read_limited(sys.stdin.buffer, MAX_INPUT_BYTES)
        return _read_file(path)
    except TooLargeError:  # found from the size, or while reading: never read whole
        raise InputError(larger_than(MAX_INPUT_BYTES), path=str(path)) from None


def _read_file(path: str | Path) -> bytes:
    """The bytes of a regular file (TooLargeError past ``MAX_INPUT_BYTES``); InputError for
    anything else."""
    try:
        return read_regular(path, MAX_INPUT_BYTES)
    except TooLargeError:
        raise
    except NotRegularFileError as exc:
        hint = None if "folder" in exc.message else "use - to read standard input"
        raise InputError(exc.message, path=str(path), hint=hint) from None
    except FileNotFoundError:
        if re.match(r"(?i)(https?|ftp|file):/", str(path)):  # a path object keeps one slash
            raise InputError(
                "a URL, not a file: articles are read from local files only",
                path=re.sub(r"^(\w+):/(?!/)", r"\1://", str(path)),
                hint="save the page first; feed URLs go to `translate feed`",
            ) from None
        raise InputError("no such file", path=str(path)) from None
    except PermissionError:
        raise InputError("permission denied", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


_XML_ROOT = re_compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?"  # the XML declaration
    r"(?:(?:<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*"  # comments, PIs, doctype
    r"<([A-Za-z_][\w.:-]*)",
    re.DOTALL | re.IGNORECASE,
)
_XML_DECLARATION = re_compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})


def _xml_document(text: str) -> str | None:
    """The root element's name of an XML document that is not HTML, else None."""
    head = text[:8192]
    if not head.lstrip("\ufeff \t\r\n").startswith("<?xml") and not re.match(
        r"\A\ufeff?\s*<(rss|feed|rdf:RDF)\b", head
    ):
        return None
    match = _XML_ROOT.match(head)
    if match is None:
        return "?"
    root = match.group(1).lower()
    return None if root == "html" else root


def sniff_format(path: str | Path, text: str) -> str:
    """Format from the file extension, else from the content.

    A feed or another XML document given as an article is refused (its markup would be
    translated as text): feeds go to ``translate feed``.
    """
    ext = Path(str(path)).suffix.lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    root = _xml_document(text)
    if root is not None:
        if root in _FEED_ROOTS:
            raise InputError(
                "an RSS/Atom feed, not an article",
                path=str(path),
                hint="localize feeds with `translate feed`",
            )
        raise InputError(
            f"an XML document (root <{root}>), not an article",
            path=str(path),
            hint="articles are plain text, Markdown or HTML",
        )
    head = text.lstrip()[:2048].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(body|article|p|div)\b", head):
        return "html"
    if re.search(r"(?m)^#{1,6}\s+\S", text[:4096]):
        return "md"
    return "txt"


def read_article(
    path: str | Path,
    *,
    fmt: str | None = None,
    article_id: str | None = None,
    page_url: str | None = None,
    max_chars: int | None = None,
) -> Article:
    """Read ``path`` (``-`` for stdin) as an article of format ``fmt`` (default: sniffed);
    ``page_url``: the page's own address, ``max_chars`` the article size limit, see
    :func:`parse_article`."""
    source = str(path)
    text = decode(read_bytes(path), source=source)
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown input format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    fmt = fmt or sniff_format(path, text)
    stem = "stdin" if source == "-" else Path(source).stem
    return parse_article(text, fmt=fmt, source=source, article_id=article_id or file_slug(stem),
                         page_url=page_url, max_chars=max_chars)  # fmt: skip


def check_page_url(url: str) -> str:
    """``url`` if it can be a page's own address (an absolute http or https URL with a host),
    else an :class:`InputError`: relative links are resolved against it, never against a guess.

    >>> check_page_url(" https://ex.org/news/a.html ")
    'https://ex.org/news/a.html'
    """
    from urllib.parse import urlsplit

    value = url.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"not a page address: {url[:80]!r}",
            hint="give the page's own absolute http(s) URL, e.g. https://example.org/news/a.html",
        )
    return value


_BASE_HREF = re_compile(
    r"""<base\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE
)


def page_address(html: str, declared: str | None, given: str | None = None) -> str | None:
    """The address the page's relative links resolve against: its ``<base href>`` (resolved
    against the page's address when relative), else the page's address, ``given`` by the user
    (``--page-url``) or ``declared`` by the page (canonical link or ``og:url``); None when the
    page names none (its relative links stay relative: no host is guessed).

    >>> page_address('<base href="/en/">', None, "https://ex.org/a/b.html")
    'https://ex.org/en/'
    >>> page_address("<p>x</p>", "https://ex.org/a", None), page_address("<p>x</p>", None) is None
    ('https://ex.org/a', True)
    """
    from html import unescape as html_unescape
    from urllib.parse import urljoin

    from .urls import safe_url, scheme_of

    address = given or declared or None
    head = html[: html.lower().find("<body")] if "<body" in html.lower() else html[:20000]
    found = _BASE_HREF.search(head)
    if found:
        href = html_unescape(next(g for g in found.groups() if g is not None)).strip()
        if href and safe_url(href) and scheme_of(href) in ("http", "https"):
            return href
        if href and address and safe_url(href) and scheme_of(href) == "":
            return urljoin(address, href)
    return address


def file_slug(stem: str) -> str:
    """The article id for a file name: its slug, plus a short hash when the slug kept little of
    the name (``Հայաստան.txt``, ``ünïcödé ارمنستان.txt``), so distinct files do not overwrite
    each other's editions.

    >>> file_slug("caucasus-talks")
    'caucasus-talks'
    >>> file_slug("Հայաստան")
    'article-7c26390b'
    """
    slug = slugify(stem)
    letters = sum(1 for ch in stem if ch.isalnum())
    kept = sum(1 for ch in slug if ch.isalnum())
    if slug == "article" and "article" not in stem.lower():
        kept = 0  # slugify's stand-in for a name it could not spell
    if kept >= letters:
        return slug
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:51]}-{digest}"


_LONE_SURROGATE = re_compile("[\ud800-\udfff\ufffe\uffff]")  # and the two noncharacters
# that XML cannot carry (TMX has no escape for them)
# C0 controls but tab and line ends, ESC, DEL and C1: no meaning in an article, and some cannot
# be carried by a reviewer file at all (gettext refuses EOT, U+0004, anywhere in a PO string;
# XML 1.0 has no character for most C0 codes)
_STRAY_CONTROLS = re_compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# a byte-order mark (U+FEFF) that is no file's first character: files joined with ``cat``, or
# pasted, each bring theirs to the start of a line ("\ufeff# Second" was a paragraph, not a
# heading, and every edition carried the invisible character: fuzz44). At a line's start or end
# or beside white space it joins nothing and is removed; between two letters or digits the
# split-word and split-number rules remove it and say so.
_STRAY_BOM = re_compile("^\ufeff+|\ufeff+$|(?<=\\s)\ufeff+|\ufeff+(?=\\s)", re.MULTILINE)


def clean_text(text: str, *, source: str = "input") -> str:
    """Text every writer can carry: a lone surrogate (what ``surrogateescape`` and other bad
    decoders leave, or a JSON ``\\ud800``) or a noncharacter U+FFFE/U+FFFF becomes U+FFFD, a
    stray control character a space (one character for one); a byte-order mark at a line's
    start or end or beside white space (files joined) is removed; NUL, which no article holds,
    is refused as binary data.

    >>> clean_text("caf\\udce9 \\x04ok")
    'caf\\ufffd  ok'
    """
    if "\x00" in text:
        raise InputError("binary data, not a text article (NUL character)", path=source)
    text = _STRAY_CONTROLS.sub(" ", _LONE_SURROGATE.sub("\ufffd", text))
    # after the controls became spaces, so that cleaning clean text changes nothing (a mark
    # beside a control character is beside a space once it is read back from a reviewer file)
    if "\ufeff" in text:
        text = _STRAY_BOM.sub("", text)
    return text


SPLIT_NUMBER_RULE = "input:split-number"
# invisible format characters a number can hide ("$1\u200b500", "2\u200b024"): zero-width space,
# word joiner, BOM (zero-width no-break space), soft hyphen, the invisible operators, the
# combining grapheme joiner, the Mongolian vowel separator, and ZWJ/ZWNJ: these two spell words
# in Persian, Indic scripts and emoji, never between two digits ("1,5\u200d00" was translated
# "1,5 00"), and they are removed only there. In HTML also as character references. The
# characters are ``invisible.BETWEEN_DIGITS`` (fuzz53: the one definition; the deprecated format
# characters U+206A-U+206F, the tag characters and the other format characters of no direction
# joined too, as raw characters: their references are not listed below, a lead). Not the bidi
# controls and marks: they reorder what displays, and the facts gate reports them in a number.
_INVISIBLE = BETWEEN_DIGITS
_SPLIT_NUMBER = re_compile(f"(?<=\\d)[{_INVISIBLE}]+(?=\\d)")
_SPLIT_NUMBER_HTML = re_compile(
    f"(?<=\\d)(?:[{_INVISIBLE}]"
    r"|&#(?:[xX]0*(?:200[bBcCdD]|206[0-4]|[fF][eE][fF][fF]|[aA][dD]|34[fF]|180[eE])"
    r"|0*(?:820[3-5]|828[89]|829[0-2]|65279|173|847|6158));"
    r"|&(?:shy|ZeroWidthSpace|NoBreak|zwj|zwnj|ApplyFunction|af|InvisibleTimes|it"
    r"|InvisibleComma|ic);)+(?=\d)"
)


def join_split_numbers(text: str, *, html: bool = False) -> tuple[str, list[str]]:
    r"""``text`` with the invisible characters between two digits removed, and the numbers
    joined (as written, the invisible characters shown as ``\u200b``): only there, so words
    keep their soft hyphens and joiners.

    >>> join_split_numbers("$1\u200b500 in 2\u2060024, co\u00adop")
    ('$1500 in 2024, co\xadop', ['1\\u200b500', '2\\u2060024'])
    """
    return _join(text, _SPLIT_NUMBER_HTML if html else _SPLIT_NUMBER, r"\d")


def _join(text: str, pattern: re.Pattern[str], piece: str) -> tuple[str, list[str]]:
    """``text`` with every match of ``pattern`` removed, and each match shown with the run of
    ``piece`` characters on either side, as written (the invisible characters escaped)."""
    if not pattern.search(text):
        return text, []
    joined: list[str] = []
    for m in pattern.finditer(text):
        before = re.search(f"{piece}+$", text[max(0, m.start() - 20) : m.start()])
        after = re.match(f"{piece}+", text[m.end() : m.end() + 20])
        shown = m.group().encode("ascii", "backslashreplace").decode("ascii")
        joined.append(f"{before.group() if before else ''}{shown}{after.group() if after else ''}")
    return pattern.sub("", text), joined


SPLIT_WORD_RULE = "input:split-word"
# invisible characters inside a word ("Vladi\u00admir", "min\u200bister"): copied text and
# hyphenated pages carry soft hyphens, zero-width spaces and word joiners that no reader sees,
# but the engine does ("The min\u200bister said" became "O mineiro disse", "me\u00adeting"
# "me'eting") and the glossary cannot match the name they split. Soft hyphen, word joiner,
# BOM and the invisible operators go between any two letters; zero-width space and ZWJ/ZWNJ
# only between letters of scripts that neither join letters nor mark word boundaries with them
# (Latin, Greek, Cyrillic, Armenian, Georgian): in Persian, Indic scripts and emoji ZWJ/ZWNJ
# spell words, and in Thai or Khmer a zero-width space is the space between two words.
_ALPHABET = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0370-\u03ff\u1f00-\u1fff"
    "\u0400-\u052f\u0531-\u058f\u10a0-\u10ff"
)
_ANY_LETTERS = "\u00ad\u2060\ufeff\u2061-\u2064"
_ALPHABET_ONLY = "\u200b\u200c\u200d"
_ANY_LETTERS_REF = (
    r"&#(?:[xX]0*(?:[aA][dD]|206[0-4]|[fF][eE][fF][fF])|0*(?:173|828[89]|829[0-2]"
    r"|65279));|&(?:shy|NoBreak|ApplyFunction|af|InvisibleTimes|it|InvisibleComma"
    r"|ic);"
)
_ALPHABET_ONLY_REF = r"&#(?:[xX]0*200[bBcCdD]|0*820[3-5]);|&(?:ZeroWidthSpace|zwj|zwnj);"
_SPLIT_WORD = re_compile(
    f"(?<=[^\\W\\d_])[{_ANY_LETTERS}]+(?=[^\\W\\d_])"
    f"|(?<=[{_ALPHABET}])[{_ANY_LETTERS}{_ALPHABET_ONLY}]+(?=[{_ALPHABET}])"
)
_SPLIT_WORD_HTML = re_compile(
    f"(?<=[^\\W\\d_])(?:[{_ANY_LETTERS}]|{_ANY_LETTERS_REF})+(?=[^\\W\\d_])"
    f"|(?<=[{_ALPHABET}])(?:[{_ANY_LETTERS}{_ALPHABET_ONLY}]|{_ANY_LETTERS_REF}|{_ALPHABET_ONLY_REF})+"
    f"(?=[{_ALPHABET}])"
)


def join_split_words(text: str, *, html: bool = False) -> tuple[str, list[str]]:
    r"""``text`` with the invisible characters inside words removed, and the words joined (as
    written, the invisible characters shown as ``\u200b``). In HTML also as character
    references ("Vladi&shy;mir").

    >>> join_split_words("The min\u200bister met Vladi\u00admir, 1\u200b2")
    ('The minister met Vladimir, 1\u200b2', ['min\\u200bister', 'Vladi\\xadmir'])
    """
    return _join(text, _SPLIT_WORD_HTML if html else _SPLIT_WORD, r"[^\W\d_]")


def parse_article(
    text: str,
    *,
    fmt: str,
    source: str = "-",
    article_id: str = "article",
    page_url: str | None = None,
    max_chars: int | None = None,
) -> Article:
    """Parse decoded ``text`` of format ``fmt``; raises EmptyInputError if no text is left.

    ``max_chars``: the article size limit (:mod:`translate.limits`; ``None`` or -1: none here,
    ``pipeline.prepare`` checks its own): plain text is measured before it is parsed, Markdown
    and HTML by their blocks' text once read; ArticleTooLargeError (exit 12) when over it.

    ``page_url``: the page's own address (``--page-url``), over the one the page declares
    (canonical link, ``og:url``): relative links and images are made absolute against it (or
    the page's ``<base href>``); without any, they stay relative and every edition says how many
    (``inline.relative_findings``)."""
    if page_url is not None:
        page_url = check_page_url(page_url)
    if fmt == "txt":  # its characters are its text: refused before any reading
        check_article_chars(len(text), max_chars, source=source)
    elif fmt == "html" and max_chars is not None and max_chars > 0 and (
            len(text) > PAGE_TEXT_FACTOR * max_chars):  # a page shorter cannot hold that much
        check_page_text(page_text_chars(text), max_chars, source=source)
    text = clean_text(text, source=source)
    text, joined = join_split_numbers(text, html=fmt == "html")
    text, split_words = join_split_words(text, html=fmt == "html")
    dropped: list[Dropped] = []
    meta: dict[str, str] = {}
    if fmt == "html":
        _refuse_unreadable_runs(text, source, max_chars)
        _refuse_tag_floods(text, source)
        _refuse_crowded_elements(text, source)
        _refuse_crowded_paragraphs(text, source)
        # An XHTML page's XML declaration: lxml refuses a decoded string that names an encoding
        html = permalink_glyphs(_XML_DECLARATION.sub("", text, count=1))
        html = run_on_end_tags(self_closed_raw_text(html))
        from .read_media import shared_trees

        with shared_trees():  # the readers that only read the page's DOM parse it once (speed52)
            blocks, title, meta, dropped = _html_blocks(
                prose_widgets(own_heading_anchors(html)), source, page_url
            )
    elif fmt == "md":
        blocks, title, unclosed = _markdown_blocks(text)
        if unclosed is not None:
            dropped.append(unclosed)
        if page_url:
            blocks = [_absolute_block(b, page_url) for b in blocks]
            meta["url"] = page_url
    elif fmt == "txt":
        blocks, title = _text_blocks(text)
    else:
        raise InputError(f"unknown input format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    check_article_chars(text_chars(b.text for b in blocks), max_chars, source=source)
    if not any(b.text.strip() for b in blocks if b.kind != "title"):
        raise EmptyInputError("no article text", path=source)
    if joined:
        dropped.append(
            Dropped(
                text=", ".join(joined[:5]) + (f" and {len(joined) - 5} more" if joined[5:] else ""),
                rule=SPLIT_NUMBER_RULE,
                reason=f"{len(joined)} invisible character(s) (zero-width space or joiner, word "
                "joiner, BOM, soft hyphen and the like) between digits removed: the number is "
                "read whole",
            )
        )
    if split_words:
        dropped.append(
            Dropped(
                text=", ".join(split_words[:5])
                + (f" and {len(split_words) - 5} more" if split_words[5:] else ""),
                rule=SPLIT_WORD_RULE,
                reason=f"{len(split_words)} word(s) held invisible characters (soft hyphen, "
                "zero-width space, word joiner and the like), removed: each word is read whole",
            )
        )
    return Article(
        id=article_id, blocks=blocks, source=source, format=fmt, text=text,
        title=title, meta=meta, dropped=dropped,
    )  # fmt: skip


def _refuse_crowded_elements(html: str, source: str) -> None:
    """An element with thousands of attributes would take lxml minutes to hours (quadratic)."""
    from .safexml import MAX_ATTRIBUTES, crowded_elements

    crowded = crowded_elements(html)
    if crowded:
        raise InputError(
            f"an HTML element with {crowded[0][2]:,} attributes (more than {MAX_ATTRIBUTES:,}); "
            "not a page that can be read in bounded time",
            path=source,
        )


# libxml2 (lxml's HTML parser, without ``huge_tree``) stops reading a page at a text node, an
# attribute value, a comment or a script longer than 10,000,000 bytes (XML_MAX_TEXT_LENGTH) and
# drops everything after it without raising: a page with a 11 MB inline script, a 11 MB
# ``data:`` image or paragraph was published with its first paragraphs only, exit 0 (fuzz44).
# ``huge_tree`` would also lift the parser's depth limit, so such a page is refused instead; a
# run well under the limit is read as before.
PARSER_RUN_BYTES = 9_000_000
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes", "noscript", "template"})  # fmt: skip
_TAG_NAME = re_compile(r"<([A-Za-z][^\s/>]*)")


# a page of millions of tags (a 19 MB page of 4.75 million ``<br>``s took libxml2 and the
# extraction more than 150 s of CPU, fuzz44); the 908 real pages of tests/data/realworld hold at
# most 11,222 ``<``
MAX_PAGE_TAGS = 1_000_000


def _refuse_tag_floods(html: str, source: str) -> None:
    """A page with more than ``MAX_PAGE_TAGS`` ``<`` is refused before any parsing."""
    if len(html) > MAX_PAGE_TAGS and (tags := html.count("<")) > MAX_PAGE_TAGS:
        raise InputError(
            f"an HTML page of {tags:,} tags (more than {MAX_PAGE_TAGS:,}); not a page that can be"
            " read in bounded time",
            path=source,
        )


# what is no text of a page: a script, a style or a template with its content, a comment, a
# tag, a character reference (counted as nothing: the measure must not be more than the text);
# one left open takes the rest of the page, so that every match is tried once (linear time)
_PAGE_MARKUP = re_compile(
    r"<(script|style|template|noscript)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)|<[^>]*(?:>|\Z)"
    r"|&#?\w{1,32};",
    re.IGNORECASE | re.DOTALL,
)


def page_text_chars(html: str) -> int:
    """The characters of an HTML page's text, white space not counted: what is left outside its
    tags, comments, scripts, styles and character references (a measure no more than the text
    any reading of the page finds, for :func:`translate.limits.check_page_text`).

    >>> page_text_chars("<p>Caf&eacute; <b>au</b> lait</p><script>var a = 1;</script><!-- x -->")
    9
    """
    return sum(len(w) for w in _PAGE_MARKUP.sub(" ", html).split())


def _refuse_unreadable_runs(html: str, source: str, max_chars: int | None) -> None:
    """A run of the page with no ``<`` longer than the HTML parser reads: visible text over
    the article size limit is ``ArticleTooLargeError`` (exit 12); the rest (a comment, a
    script, an attribute value, text under a lifted limit) an :class:`InputError` naming it.
    A page under ``PARSER_RUN_BYTES / 4`` characters cannot hold one and is not scanned."""
    if len(html) <= PARSER_RUN_BYTES // 4:
        return
    pos, n = 0, len(html)
    while pos < n:
        nxt = html.find("<", pos + 1)
        end = n if nxt < 0 else nxt
        if end - pos <= PARSER_RUN_BYTES // 4:
            pos = end
            continue
        piece = html[pos:end]
        size = len(piece.encode("utf-8"))
        if size > PARSER_RUN_BYTES:
            name = _TAG_NAME.match(piece)
            tag = name.group(1).lower()[:20] if name else ""
            close = piece.find(">")
            if piece.startswith("<!--"):
                what = "a comment"
            elif name is not None and (close < 0 or close > size // 2):
                what = f"a <{tag}> tag (an attribute value)"
            elif tag in _RAW_TEXT:
                what = f"a <{tag}>"
            else:
                text = len(piece) - (close + 1 if pos > 0 and close >= 0 else 0)
                check_article_chars(text, max_chars, source=source)
                what = "a text"
            raise InputError(
                f"{what} of {size:,} bytes with no tag in it, more than the HTML parser reads"
                " (10,000,000): the page cannot be read whole",
                path=source,
            )
        pos = end


# trafilatura reads a page's paragraph text with the XPath ``//p//text()``, which libxml2
# evaluates in steps (nodes under the paragraphs) x (text nodes under them), and a <div> with
# no block inside is a paragraph to it: one paragraph with 20,000 inline elements costs 1.1 s
# of CPU per extraction (quadratic: 80,000 about 18 s), and the reader extracts up to three
# times. A news paragraph holds tens (the 702 pages of the real-world corpus: at most 1,497,
# and none has 10,000 tags in all).
MAX_PARAGRAPH_ELEMENTS = 10_000


def _refuse_crowded_paragraphs(html: str, source: str) -> None:
    """A <p> or <div> holding more than ``MAX_PARAGRAPH_ELEMENTS`` elements (outside any <p> or
    <div> inside it) would take trafilatura minutes to hours: refused at once. A page with fewer
    tags than that in all is not parsed for this."""
    if html.count("<") <= MAX_PARAGRAPH_ELEMENTS:
        return
    count = _most_paragraph_elements(html)
    if count > MAX_PARAGRAPH_ELEMENTS:
        raise InputError(
            f"an HTML paragraph with {count:,} elements in it (more than "
            f"{MAX_PARAGRAPH_ELEMENTS:,}); not a page that can be read in bounded time",
            path=source,
        )


def _most_paragraph_elements(html: str) -> int:
    """The most elements any one <p> or <div> of ``html`` holds outside its own <p>/<div>s.

    >>> _most_paragraph_elements("<div><p>a <b>b</b> <i>c</i></p><span>d</span></div>")
    2
    """
    from lxml import html as lxml_html

    try:
        doc = lxml_html.document_fromstring(html)
    except Exception:  # lxml raises several types on garbage; the extraction reports those
        return 0
    counts: dict[Any, int] = {}
    for element in doc.iter():
        if element.tag in ("p", "div"):
            continue
        block = next(element.iterancestors("p", "div"), None)
        if block is not None:
            counts[block] = counts.get(block, 0) + 1
    return max(counts.values(), default=0)


# -- plain text ------------------------------------------------------------------------------


def _flatten(raw: str) -> str:
    """Line breaks become spaces one for one: offsets into the block stay offsets into the input."""
    return raw.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of paragraphs: runs of lines separated by blank lines, trimmed (any line ending:
    LF, CRLF or the old Mac CR)."""
    for match in re.finditer(
        r"\S(?:.*?\S)?(?=\s*(?:(?:\r\n|\r(?!\n)|\n)[ \t]*){2,}|\s*\Z)", text, flags=re.S
    ):
        yield match.start(), match.end()


def _looks_like_title(para: str, n_paragraphs: int) -> bool:
    words = para.split()
    return (
        n_paragraphs > 1
        and "\n" not in para.strip()
        and 0 < len(words) <= 20
        and len(para) <= 160
        and not para.rstrip().endswith((".", "!", "?", ":", ";", ",", "”", '"', "’", "'", "»", "…"))
    )


def _text_blocks(text: str) -> tuple[list[Block], str | None]:
    spans = list(_paragraph_spans(text))
    blocks: list[Block] = []
    title: str | None = None
    for i, (start, end) in enumerate(spans):
        raw = text[start:end]
        kind: BlockKind = "paragraph"
        if i == 0 and _looks_like_title(raw, len(spans)):
            kind, title = "title", " ".join(raw.split())
        blocks.append(Block(kind=kind, text=_flatten(raw), start=start))
    return blocks, title


# -- Markdown --------------------------------------------------------------------------------

_MD_LINK = re_compile(r"!?\[([^\][]*+)\]\((?:[^()\s]++|\([^)]*\))*+(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK = re_compile(r"(!?)\[([^\][]++)\]\[([^\][]*+)\]")
# a shortcut reference "[label]" (CommonMark): resolved only when the label is defined; a colon
# after it ends no link ("[`tower`]: A library of ...", "get in touch with the [team]:") unless
# a destination and nothing else follows it to the line's end: a definition's form (struct36)
_MD_SHORTCUT_REF = re_compile(
    r"(!?)\[([^\][]++)\](?![\[(])"
    r"(?!:[ \t]*(?:<[^>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*(?:\r?\n|\Z))"
)
# a link reference definition line: [label]: destination "optional title"
_MD_REF_DEF = re_compile(
    r"\s{0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\r?\n?$"
)
# the same written over lines (CommonMark 4.7): the label alone, the destination (with or without
# its title) on the next line; a title alone on the line after the destination
_MD_REF_LABEL = re_compile(r"\s{0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*\r?\n?$")
_MD_REF_DEST = re_compile(
    r"[ \t]*(<[^>\n]*>|\S+)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\r?\n?$"
)
_MD_REF_TITLE = re_compile(r"[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\))[ \t]*\r?\n?$")
_MD_AUTOLINK = re_compile(r"<(https?://[^>\s]+)>")
# a footnote reference "[^label]" and, at the start of a block, a definition's "[^label]:"
_MD_FOOTNOTE_REF = re_compile(r"\[\^([^\]\s\[]{1,60})\](?!:)")
# a reference after a word ("Monday[^1]", "said.[^2]"): the word, the label, the marks between
# (it starts only at a word's start: from every letter of a 2 MB word it was quadratic)
_MD_FOOTNOTE_REF_AFTER = re_compile(
    r"(?<!\w)(?<!\w['’-])(\w[\w'’-]*+)([.,;:!?)\"”’]*+)\[\^([^\]\s\[]{1,60})\](?!:)"
)
_MD_FOOTNOTE_DEF = re_compile(r"^\s{0,3}\[\^([^\]\s\[]{1,60})\]:")
# the start of a footnote's definition line (each definition is a block of its own)
_MD_FOOTNOTE_LINE = re_compile(r"\s{0,3}\[\^[^\]\s\[]{1,60}\]:")
# emphasis may run over a paragraph's soft line breaks, as CommonMark reads it: a hard-wrapped
# "**Provide technical assistance to officials in impacted\ncommunities.**" is one strong span
# (read line by line it was published as literal "\*\*", probe51). Tried first at each opener:
# a closer on one of the next ``_MD_EMPHASIS_LINES`` lines, with no marker of its kind between
# ("*note\n*x* y" is "*note" and an emphasised "x"; a closer on the opener's line has one, so
# the one-line reading below is unchanged); "***" is strong and em. A bounded window: each
# opener reads at most that many lines up to the next marker (a hard break is a marker by then).
_MD_EMPHASIS_LINES = 8
_MD_EMPHASIS = re_compile(
    rf"(\*\*\*|\*\*|\*)(?=[^\s*])((?:[^\n*]*?\n){{1,{_MD_EMPHASIS_LINES}}}?[^\n*]*?[^\s*])\1"
    rf"|(?<!\w)(___|__|_)(?=[^\s_])((?:[^\n_]*?\n){{1,{_MD_EMPHASIS_LINES}}}?[^\n_]*?[^\s_])\3(?!\w)"
    r"|(\*\*|\*|~~|`)(?=\S)(.+?)(?<=\S)\5|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\7(?!\w)"
)
_MD_ESCAPE = re_compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation
# an HTML tag as CommonMark reads one (a name, then attributes): "<LICENSE-MIT or [x](u)>" is text
_MD_HTML_TAG = re_compile(
    r"</[A-Za-z][A-Za-z0-9-]*\s*>"
    r"|<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*"
    r"(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>"
)


# possessive, and no "[" inside a link's text but a pair of brackets that is no link of its own
# (CommonMark: "[a double[2] value](u)" is one link over "a double[2] value"; in "[a [b](u1)](u2)"
# the innermost brackets make the link): "[a](" and 30 letters with no ")" took exponential time,
# 200,000 "[" quadratic
_MD_LINK_URL = re_compile(
    r"(!?)\[((?:[^\][]++|\[[^\][]*+\](?!\())*+)\]"
    r"\(\s*(<[^>\n]*>|(?:[^()\s]++|\([^)]*\))*+)(?:\s+\"[^\"]*\")?\s*\)"
)
_MD_IMAGE_URL = re_compile(
    r"(!)\[([^\][]*+)\]\(\s*(<[^>\n]*>|(?:[^()\s]++|\([^)]*\))*+)(?:\s+\"[^\"]*\")?\s*\)"
)
# from the start of a run of blanks only, possessive: 1,000 trailing spaces took 2.7 s (cubic)
_MD_HARD_BREAK = re_compile(r"(?<![ \t])[ \t]*+(?:(?<= {2})|\\)\r?\n[ \t]*+(?=\S)")
_MARK_BASE = 0x100000  # plane-16 private use: span markers while the markup is stripped
_MARKS = re_compile("[\U00100000-\U0010fffd]")
_EMPHASIS_KINDS: dict[str, InlineKind | None] = {
    "**": "strong", "__": "strong", "*": "em", "_": "em", "`": "code", "~~": None,
}  # fmt: skip


def markdown_inline_to_text(text: str) -> str:
    """Inline Markdown to plain text: links keep their text, emphasis markers go.

    >>> markdown_inline_to_text("**Baku** said [in a speech](https://x.org/a) that *peace*")
    'Baku said in a speech that peace'
    """
    return markdown_inline(text)[0]


def _ref_label(label: str) -> str:
    """A reference label as CommonMark matches it: case-folded, inner whitespace made one."""
    return " ".join(label.split()).casefold()


def markdown_inline(text: str, refs: dict[str, str] | None = None) -> tuple[str, list[InlineSpan]]:
    """Inline Markdown to plain text and the inline spans over it (links with their URL,
    strong and em emphasis, code spans, images over their alt text with their ``src``).
    ``refs`` maps the document's reference labels (see :func:`_ref_label`) to their
    destinations: ``[text][label]``, ``[label][]`` and ``[label]`` links resolve through it;
    a reference to an undefined label is text, as a renderer shows it.

    >>> markdown_inline("See [the plan](https://x.org/plan) and **this**")
    ('See the plan and this', [InlineSpan(start=4, end=12, kind='link', \
attrs={'href': 'https://x.org/plan'}), InlineSpan(start=17, end=21, kind='strong', attrs={})])
    """
    # inside a code span, emphasis markers and backslashes are code shown as written
    # ("`f(*args, **kwargs)`", "`_private_`", "`\\*`"): hidden before the escapes and emphasis
    text = _hide_in_code_spans(text)
    # escaped characters hide in private-use code points until the markup is gone
    text = _MD_ESCAPE.sub(lambda m: chr(0xF0000 + ord(m.group(1))), text)
    text = _MARKS.sub("", text)
    pending: list[tuple[InlineKind, dict[str, str]]] = []

    def unhide(value: str) -> str:
        return re.sub("[\U000f0000-\U000f007f]", lambda m: chr(ord(m.group(0)) - 0xF0000), value)

    def mark(content: str, kind: InlineKind | None, attrs: dict[str, str]) -> str:
        content = content.strip()
        if kind == "code":  # a tag in a code span is code shown as written ("`<div>`"), not HTML
            content = content.replace("<", chr(0xF0000 + ord("<")))
        if kind is None or not content or len(pending) >= 0x7FFE:
            return content
        pending.append((kind, attrs))
        n = len(pending) - 1
        return chr(_MARK_BASE + 2 * n) + content + chr(_MARK_BASE + 2 * n + 1)

    def image(alt: str, src: str) -> str:
        """An image's alt text under an ``image`` span; an image without alt text (a README's
        badge, "[![](https://img.shields.io/x.svg)](https://pypi.org/x)") has its address as
        the text the span stands over, shielded from the passes after this one, and
        ``noalt``: the writers write its alt text empty, as the source has it. Before, it read
        as no text at all, and the link around it, with nothing to stand over, was lost."""
        if alt.strip():
            return mark(alt, "image", {"src": src})
        return mark(src.translate(_HIDE_ASCII), "image", {"src": src, "noalt": "1"})

    def link(m: re.Match[str]) -> str:
        href = unhide(m.group(3).strip().strip("<>")).strip()
        if m.group(1):  # an image: its alt text is text, translated, the image around it
            return image(m.group(2), href) if href else m.group(2)
        return mark(m.group(2), "link", {"href": href}) if href else m.group(2)

    def hard_break(m: re.Match[str]) -> str:
        if len(pending) >= 0x7FFE:
            return " "
        pending.append(("br", {}))
        n = len(pending) - 1
        return chr(_MARK_BASE + 2 * n) + " " + chr(_MARK_BASE + 2 * n + 1)

    # a hard line break (two spaces or a backslash at the end of a line inside a paragraph):
    # a "br" span over the one space that stands for it
    text = _MD_HARD_BREAK.sub(hard_break, text)
    # images first: an image inside a link ("[![badge](img.svg)](#license)") is the link's text
    text = _MD_IMAGE_URL.sub(link, text)
    text = _MD_LINK_URL.sub(link, text)

    def ref_link(m: re.Match[str], shortcut: bool = False) -> str:
        label = m.group(2) if shortcut or not m.group(3).strip() else m.group(3)
        href = (refs or {}).get(_ref_label(unhide(label)))
        if href is None:  # undefined: a renderer shows it as text
            return m.group(0) if shortcut else m.group(2)
        if m.group(1):
            return image(m.group(2), href)
        return mark(m.group(2), "link", {"href": href})

    # a footnote (GFM) never reaches the engine as "[^1]" (a small model drops such marks): a
    # definition "[^1]: text" is its text with the label on a span over all of it, a reference
    # "word[^1]" a span with the label over the word it follows (placed on that word's
    # translation like a link); the writers turn them back into footnote markup
    definition = _MD_FOOTNOTE_DEF.match(text)
    if definition:
        label = unhide(definition.group(1))
        rest = text[definition.end() :]
        text = mark(rest, "link", {"footnote": label, "definition": "1"}) if rest.strip() else ""
    text = _MD_FOOTNOTE_REF_AFTER.sub(
        lambda m: mark(m.group(1), "link", {"footnote": unhide(m.group(3))}) + m.group(2), text
    )
    text = _MD_FOOTNOTE_REF.sub(
        lambda m: mark(m.group(0), "code", {"footnote": unhide(m.group(1))}), text
    )
    # images first here too: a reference image inside a reference link ("[![logo]][site]",
    # "[![badge][b]][ci]") is the link's text (struct15)
    text = _MD_REF_LINK.sub(lambda m: ref_link(m) if m.group(1) else m.group(0), text)
    if refs:
        text = _MD_SHORTCUT_REF.sub(
            lambda m: ref_link(m, shortcut=True) if m.group(1) else m.group(0), text
        )
    text = _MD_REF_LINK.sub(ref_link, text)
    if refs:
        text = _MD_SHORTCUT_REF.sub(lambda m: ref_link(m, shortcut=True), text)
    text = _MD_AUTOLINK.sub(lambda m: mark(m.group(1), "link", {"href": unhide(m.group(1))}), text)
    def emphasis(m: re.Match[str]) -> str:
        opener = next(g for g in (1, 3, 5, 7) if m.group(g))
        marker, content = m.group(opener), m.group(opener + 1)
        if len(marker) == 3:  # "***strong and em***" over lines
            return mark(mark(content, "em", {}), "strong", {})
        return mark(content, _EMPHASIS_KINDS[marker], {})

    previous = None
    while previous != text:
        previous = text
        text = _MD_EMPHASIS.sub(emphasis, text)
    text = _MD_HTML_TAG.sub("", text)
    return _unmark(unhide(text), pending)


# code is shown as written: no emphasis (struct37), no link, image, footnote or autolink
# ("`[text](url)`", "`a[0]`", "`<https://x.org>`": CommonMark 6.1, code spans bind tighter
# than links and autolinks; struct38)
_CODE_AS_WRITTEN = str.maketrans({c: chr(0xF0000 + ord(c)) for c in "*_~\\[]<"})
# every ASCII character hidden the same way: an alt-less image's address, the text its span
# stands over (``markdown_inline``), read by no pass after it (emphasis, links, tags)
_HIDE_ASCII = str.maketrans({c: chr(0xF0000 + c) for c in range(0x80)})


def _hide_in_code_spans(text: str) -> str:
    """``text`` with ``*``, ``_``, ``~``, ``\\``, ``[``, ``]`` and ``<`` inside each inline code
    span (CommonMark 6.1: code spans bind tighter than emphasis, links and autolinks, and a
    backslash in one is a backslash) hidden as :func:`markdown_inline` hides escaped
    characters; a backtick after an odd run of backslashes is escaped and opens no span
    (struct37, struct38).

    >>> _hide_in_code_spans("*a* `b*c*`").count("*")
    2
    >>> _hide_in_code_spans("[a](u) `[b](v)`").count("[")
    1
    """
    if "`" not in text:
        return text
    out: list[str] = []
    pos = 0
    at = 0
    while True:
        m = _MD_CODE_SPAN.search(text, at)
        if m is None:
            break
        before = m.start()
        while before > at and text[before - 1] == "\\":
            before -= 1
        if (m.start() - before) % 2:  # "\`": an escaped backtick; a span may start at the next one
            at = m.start() + 1
            continue
        out.append(text[pos : m.start()])
        out.append(m.group(0).translate(_CODE_AS_WRITTEN))
        pos = at = m.end()
    out.append(text[pos:])
    return "".join(out)


def _unmark(
    text: str, pending: list[tuple[InlineKind, dict[str, str]]]
) -> tuple[str, list[InlineSpan]]:
    """Text with span markers (see :func:`markdown_inline`) to plain text, whitespace runs
    made one space, and the spans the markers delimited."""
    text = " ".join(text.split())
    plain: list[str] = []
    length = 0
    opened: dict[int, int] = {}
    spans: list[InlineSpan] = []
    for piece in re.split("([\U00100000-\U0010fffd])", text):
        if not piece:
            continue
        code = ord(piece[0]) - _MARK_BASE
        if len(piece) == 1 and 0 <= code < 2 * len(pending):
            n = code // 2
            if code % 2 == 0:
                opened[n] = length
            elif n in opened:
                start = opened.pop(n)
                kind, attrs = pending[n]
                if length > start:
                    spans.append(InlineSpan(start, length, kind, attrs))
            continue
        if plain and plain[-1].endswith(" ") and piece.startswith(" "):
            piece = piece[1:]
        plain.append(piece)
        length += len(piece)
    out = "".join(plain)
    # a marker next to the edge of the text left a space there
    lead = len(out) - len(out.lstrip(" "))
    out = out.strip(" ")
    spans = [
        InlineSpan(max(0, s.start - lead), min(len(out), s.end - lead), s.kind, s.attrs)
        for s in spans
    ]
    spans = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: (s.start, -s.end))
    return out, _joined(spans)


_JOINABLE: frozenset[str] = frozenset({"em", "strong", "code"})


def _joined(spans: list[InlineSpan]) -> list[InlineSpan]:
    """Emphasis or code spans of one kind that touch are one span: ``<em>Alex (Grove</em><em>)
    </em>`` is "*Alex (Grove)*", never "*Alex (Grove**)*", which a Markdown reader shows with
    its asterisks. Links never join (two links are two destinations)."""
    out: list[InlineSpan] = []
    # (kind, end) -> the indices in ``out`` of the spans of that kind ending there, ascending:
    # the last one is the nearest earlier span that ``span`` touches, found without scanning
    # ``out`` (a paragraph of 10,000 emphasis spans was quadratic)
    ending: dict[tuple[str, int], list[int]] = {}
    for span in spans:
        at = ending.get((span.kind, span.start))
        prior = at[-1] if at else None
        if span.kind in _JOINABLE and prior is not None and out[prior].attrs == span.attrs:
            assert at is not None
            at.pop()
            out[prior] = InlineSpan(out[prior].start, span.end, span.kind, span.attrs)
            bisect.insort(ending.setdefault((span.kind, span.end), []), prior)
            continue
        ending.setdefault((span.kind, span.end), []).append(len(out))
        out.append(span)
    out.sort(key=lambda s: (s.start, -s.end))
    return out


_MD_RAW_HIDDEN = re_compile(
    r"<(script|style|template|noscript|iframe|object|textarea)\b.*?</\1\s*>|<!--.*?-->",
    flags=re.S | re.I,
)


def _blank(match: re.Match[str]) -> str:
    """Spaces for the match, line breaks kept: offsets and line numbers stay those of the input."""
    return re.sub(r"[^\r\n]", " ", match.group(0))


# a fenced code block's opening or closing line, and an inline code span (a run of backticks to
# the next run of the same length, inside one paragraph): where CommonMark reads no raw HTML
_MD_FENCE_LINE = re_compile(r"^ {0,3}(`{3,}|~{3,})", flags=re.M)
_MD_CODE_SPAN = re_compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[^`]|(?!\1(?!`))`+)+?\1(?!`)")


# a list item's marker line: its indent and marker with the spaces after it (the item's content
# indent is their length)
_MD_ITEM_LINE = re_compile(r"[ ]*(?:[-*+]|\d{1,9}[.)])[ ]+(?=\S)")


def _indented_code_spans(text: str, fenced: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) offsets of the indented code blocks of ``text`` outside ``fenced``: a
    run of lines indented 4 spaces (or a tab) past their container's content (the page's left
    edge, or the content indent of the list item above them), after a blank line. CommonMark
    reads no raw HTML there: a ``<!--`` or ``<template>`` written in such a code sample is code
    shown as written, and hiding from it to the next ``-->`` took the fenced code blocks and
    prose between (struct49)."""
    spans: list[tuple[int, int]] = []
    at = 0
    blank_before = True
    item_indents: list[tuple[int, int]] = []  # (marker indent, content indent) of open items
    inside: int | None = None  # start of the indented code being read
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        if any(s <= start < e for s, e in fenced):
            blank_before, inside = False, None
            continue
        body = line.rstrip("\r\n")
        if not body.strip():
            blank_before = True
            continue
        lead = len(body.expandtabs(4)) - len(body.expandtabs(4).lstrip())
        while item_indents and lead < item_indents[-1][1] and (
            inside is None or lead <= item_indents[-1][0]
        ):
            item_indents.pop()
        base = item_indents[-1][1] if item_indents else 0
        if lead >= base + 4 and (blank_before or inside is not None):
            if inside is None:
                inside = start
                spans.append((inside, at))
            spans[-1] = (inside, at)
        else:
            inside = None
            item = _MD_ITEM_LINE.match(body.expandtabs(4))
            if item and lead < base + 4:
                item_indents.append((lead, item.end()))
        blank_before = False
    return spans


def _hide_raw_html(text: str) -> str:
    """``text`` with the raw HTML a renderer never shows (``_MD_RAW_HIDDEN``) blanked, where
    CommonMark reads it as HTML: not from inside a code span or a fenced code block, where it is
    code shown as written ("A `<style module>` tag is compiled as [CSS Modules](...)" lost the
    paragraph and the fence after it up to the fenced example's ``</style>``; struct36)."""
    if not _MD_RAW_HIDDEN.search(text):
        return text
    code: list[tuple[int, int]] = []
    fence: re.Match[str] | None = None
    for m in _MD_FENCE_LINE.finditer(text):
        if fence is None:
            fence = m
        elif m.group(1)[0] == fence.group(1)[0] and len(m.group(1)) >= len(fence.group(1)):
            code.append((fence.start(), m.end()))
            fence = None
    if fence is not None:  # an unclosed fence runs to the end of the document
        code.append((fence.start(), len(text)))
    code += _indented_code_spans(text, code)
    for m in _MD_CODE_SPAN.finditer(text):
        if not any(s <= m.start() < e for s, e in code):
            code.append((m.start(), m.end()))
    out: list[str] = []
    at = 0
    while True:
        hidden = _MD_RAW_HIDDEN.search(text, at)
        if hidden is None:
            break
        if any(s <= hidden.start() < e for s, e in code):
            out.append(text[at : hidden.start() + 1])
            at = hidden.start() + 1
            continue
        out.append(text[at : hidden.start()] + _blank(hidden))
        at = hidden.end()
    return "".join(out) + text[at:]


def _markdown_refs(lines: list[str]) -> dict[str, str]:
    """The document's link reference definitions (``[label]: destination "title"``), by label.

    Each definition line is blanked in ``lines`` (a renderer never shows it; its length is
    kept, so offsets stay those of the input). As in CommonMark, a definition cannot interrupt
    a paragraph, fenced code holds none, and the first definition of a label wins.
    """
    refs: dict[str, str] = {}
    fence: str | None = None
    opens_block = True  # the previous line ended a block (blank, heading, definition, fence)
    skip = 0  # lines of a definition written over lines, already blanked
    for i, line in enumerate(lines):
        mark = re.match(r"\s{0,3}(`{3,}|~{3,})", line)
        if mark and fence is None and mark.group(1)[0] == "`" and "`" in line[mark.end() :]:
            mark = None  # ```code``` on a line is a code span, no fence (CommonMark 4.5)
        if fence is not None:
            if mark and mark.group(1)[0] == fence[0] and len(mark.group(1)) >= len(fence):
                fence = None
                opens_block = True
            continue
        if mark:
            fence = mark.group(1)
            continue
        if skip:
            skip -= 1
            continue
        found = _MD_REF_DEF.match(line) if opens_block else None
        alone = _MD_REF_LABEL.match(line) if opens_block and not found else None
        after = lines[i + 1] if i + 1 < len(lines) else ""
        dest = _MD_REF_DEST.match(after) if alone and after.strip() else None
        head = found or (alone if dest else None)
        if head is not None and head.group(1).startswith("^"):
            head = None  # a footnote's definition ("[^1]: text"): article text, not a link
        if head is not None:
            label = _ref_label(head.group(1))
            if label:
                if found:
                    target, titled, used = found.group(2), bool(line[found.end(2) :].strip()), 1
                else:
                    assert dest is not None
                    target, titled, used = dest.group(1), bool(after[dest.end(1) :].strip()), 2
                refs.setdefault(label, target.strip("<>"))
                title = lines[i + used] if i + used < len(lines) else ""
                if not titled and _MD_REF_TITLE.match(title):
                    used += 1  # the title alone on the next line
                for k in range(i, i + used):
                    lines[k] = re.sub(r"[^\r\n]", " ", lines[k])
                skip = used - 1
                continue
        stripped = line.strip()
        opens_block = not stripped or bool(re.match(r"\s{0,3}#{1,6}(\s|$)", line))
    return refs


def _markdown_blocks(text: str) -> tuple[list[Block], str | None, Dropped | None]:
    """The blocks and title of a Markdown text, and the reader's note when a fenced code block
    is never closed and so runs to the end of the document (CommonMark 4.5)."""
    # raw HTML that a renderer would never show as text (scripts, styles, comments) is not
    # article text either; the tag-stripping below would otherwise keep its content
    text = _hide_raw_html(text)
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    refs = _markdown_refs(lines)
    unclosed: Dropped | None = None
    blocks: list[Block] = []
    title: str | None = None
    buffer: list[int] = []  # indexes of lines in the current paragraph
    buffer_kind: BlockKind = "paragraph"
    i = 0

    list_indents: list[int] = []  # the open lists' item indents, outermost first
    item_content = 0  # the content indent of the last list item opened (marker and spaces)
    item_level = 0
    item_number: int | None = None  # the open item's number (an ordered list's), else None
    item_delim = ""
    continued = -1  # where a list item's continuation paragraph starts (struct50), else -1
    note_more = ""  # the label of the footnote whose next paragraph is being read (struct53)
    # a footnote whose definition line holds no text ("[^1]:" alone) and the number of blocks
    # read when it closed: its text is the indented paragraph after a blank line (struct54)
    note_empty: tuple[str, int] = ("", -1)

    def flush() -> None:
        nonlocal buffer, note_more, note_empty
        if buffer:
            raw = "".join(lines[j] for j in buffer)
            if buffer_kind == "quote":
                raw = re.sub(r"(?m)^\s{0,3}(?:>[ \t]?)+", "", raw)  # a nested quote's too
            content, spans = markdown_inline(raw, refs)
            empty = None if content or buffer_kind != "paragraph" else _MD_FOOTNOTE_DEF.match(raw)
            if empty and not raw[empty.end() :].strip():
                note_empty = (empty.group(1), len(blocks))
            if note_more and content:  # the note's text as its first paragraph's is
                attrs = {"footnote": note_more, "definition": "1", "continued": "1"}
                spans.insert(0, InlineSpan(0, len(content), "link", attrs))
            if content:
                item = buffer_kind == "list_item"
                blocks.append(
                    Block(kind=buffer_kind, text=content, start=offsets[buffer[0]], inline=spans,
                          level=item_level if item else 0,
                          number=item_number if item else None,
                          info=item_delim if item and item_delim == ")" else "")
                )  # fmt: skip
        buffer = []
        note_more = ""

    def in_list() -> bool:
        """Lines here may go on a list (an item of it is open, or ended just before)."""
        return bool(list_indents) and (
            (bool(buffer) and buffer_kind == "list_item")
            or (
                not buffer
                and bool(blocks)
                and (
                    blocks[-1].kind == "list_item"
                    or (blocks[-1].kind == "code" and blocks[-1].level > 0)
                    or (blocks[-1].kind == "paragraph" and blocks[-1].start == continued)
                )
            )
        )

    # YAML front matter: keep its title, translate nothing else in it
    if lines and lines[0].strip() == "---":
        for j in range(1, min(len(lines), 200)):
            if lines[j].strip() in ("---", "..."):
                for fm in lines[1:j]:
                    m = re.match(r"\s*title\s*:\s*(.+?)\s*$", fm)
                    if m:
                        title = m.group(1).strip().strip("\"'")
                i = j + 1
                break
    if title:
        blocks.append(Block(kind="title", text=title, start=-1))
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        fence = _MD_FENCE.match(line)
        if fence and fence.group(2)[0] == "`" and "`" in fence.group(3):
            fence = None  # not a fence (CommonMark 4.5): ```code``` on a line is a code span
        fence_indent = len(fence.group(1).expandtabs(4)) if fence else 0
        if fence and (fence_indent <= 3 or in_list()):
            # a fenced code block: carried verbatim (its info string kept), never translated;
            # indented under an open list item, it belongs to that item
            in_item = in_list() and fence_indent >= list_indents[-1] + 2
            flush()
            opened = i
            i = _markdown_fence(lines, i, fence, offsets, blocks, item_level if in_item else -1)
            if unclosed is None and i >= len(lines) and not _md_closes(lines[-1], fence):
                unclosed = _unclosed_fence(opened, lines, fence)
            continue
        # a closing run of "#" needs a space before it: "C#" ends a heading, it does not close it
        heading = re.match(r"\s{0,3}(#{1,6})\s+(.*?)(?:(?<!\S)#+)?\s*$", line)
        if not stripped:
            flush()
        elif heading:
            flush()
            level = len(heading.group(1))
            content, spans = markdown_inline(heading.group(2), refs)
            if (
                level == 1
                and title is not None
                and len(blocks) == 1
                and " ".join(content.split()) == " ".join(title.split())
            ):
                i += 1  # the front matter's title written again as the page's H1: one headline
                continue
            if content:
                kind: BlockKind = "heading"
                if level == 1 and title is None and not blocks:
                    kind, title = "title", content
                blocks.append(
                    Block(kind=kind, text=content, level=level, start=offsets[i], inline=spans)
                )
        elif buffer and buffer_kind == "paragraph" and re.match(r"\s{0,3}(=+|-+)\s*$", line):
            level = 1 if stripped.startswith("=") else 2
            raw, spans = markdown_inline("".join(lines[j] for j in buffer), refs)
            start = offsets[buffer[0]]
            buffer = []
            kind = "title" if level == 1 and title is None and not blocks else "heading"
            if kind == "title":
                title = raw
            blocks.append(Block(kind=kind, text=raw, level=level, start=start, inline=spans))
        elif "|" in line and i + 1 < len(lines) and _MD_TABLE_RULE.match(lines[i + 1]):
            flush()  # a table: each cell is a paragraph of article text, as in an HTML table
            i = _markdown_table(lines, i, offsets, refs, blocks)
            continue
        elif re.match(r"\s{0,3}([-*_])(\s*\1){2,}\s*$", line):
            flush()  # thematic break
        elif (dd := _MD_DEFINITION.match(line)) and (
            (buffer_kind == "paragraph" and len(buffer) == 1)
            or (not buffer and bool(blocks) and blocks[-1].kind in ("term", "definition"))
            or (not buffer and _single_line_before(lines, i, blocks, offsets))
        ):
            # a definition list (Markdown Extra, mdit-py-plugins' deflist): a one-line paragraph,
            # then lines opening with ":" -- the term, then its definitions
            if buffer:
                buffer_kind = "term"
                flush()
            elif blocks[-1].kind == "paragraph":
                blocks[-1] = dataclasses.replace(blocks[-1], kind="term")
            list_indents = []
            buffer_kind = "definition"
            buffer = [i]
            lines[i] = line[dd.end() :]
        elif _MD_FOOTNOTE_LINE.match(line):
            flush()  # a footnote's definition: a block of its own, its label kept
            list_indents = []
            buffer_kind = "paragraph"
            buffer = [i]
        elif (item := re.match(r"([ \t]*)([-*+]|\d{1,9}[.)])\s+", line)) and (
            len(item.group(1).expandtabs(4)) <= 3 or in_list()
        ):
            # a list item; more indented than the open item's marker: an item of a nested list
            flush()
            indent = len(item.group(1).expandtabs(4))
            while list_indents and indent < list_indents[-1]:
                list_indents.pop()
            if not list_indents or indent >= list_indents[-1] + 2:
                list_indents.append(indent)
            item_level = len(list_indents) - 1
            buffer_kind = "list_item"
            buffer = [i]
            item_content = len(line[: item.end()].expandtabs(4))
            lines[i] = line[item.end() :]
            marker = item.group(2)
            if marker[0].isdigit():  # an ordered list's item: its number (and ")" if so) kept
                item_number, item_delim = int(marker[:-1]), marker[-1]
            else:
                item_number, item_delim = None, ""
        elif not buffer and note_empty[1] == len(blocks) and _note_text_after(lines, i):
            # the text of a note whose definition line held none, indented after a blank line
            buffer_kind = "paragraph"
            buffer = [i]
            lines[i] = f"[^{note_empty[0]}]: " + line.expandtabs(4)[4:]
            note_empty = ("", -1)
        elif not buffer and (region := _note_region(lines, i, blocks))[0]:
            # a list or a fenced code block inside a footnote (indented 4 spaces after a blank
            # line, right after the note's paragraph): read as at the left edge, the note's
            # list items and paragraphs carrying its label (struct56), its code as code
            i = _markdown_note_region(lines, i, region, offsets, blocks)
            continue
        elif not buffer and (label := _note_goes_on(lines, i, blocks)):
            # a footnote's next paragraph (indented 4 spaces after a blank line, as the footnote
            # extension of markdown-it, Pandoc and GFM reads it): the note's text, no code
            buffer_kind = "paragraph"
            buffer = [i]
            note_more = label
            lines[i] = line.expandtabs(4)[4:]
        elif not buffer and re.match(r"( {4}|\t)", line) and not in_list():
            # an indented code block: carried verbatim, never translated (like a fenced one)
            i = _markdown_indented_code(lines, i, offsets, blocks)
            continue
        elif (
            not buffer
            and in_list()
            and i > 0
            and not lines[i - 1].strip()
            and len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()) >= item_content + 4
        ):
            # an indented code block inside a list item (4 spaces past the item's content,
            # after a blank line): code as at the left edge, never the item's text to translate
            i = _markdown_indented_code(lines, i, offsets, blocks, item_content, item_level + 1)
            continue
        elif (quoted := _MD_QUOTE_MARKS.match(line)) and (
            inner := _MD_FENCE.match(line[quoted.end() :])
        ) and _opens_fence(inner):
            # a fenced code block inside a block quote: carried verbatim like any other, its
            # quote marks taken off; never read as the quote's text to translate
            flush()
            i = _markdown_quote_fence(lines, i, quoted.group(0).count(">"), offsets, blocks)
            continue
        elif (
            (quoted := _MD_QUOTE_MARKS.match(line))
            and _MD_INDENTED.match(line[quoted.end() :])
            and _quote_block_starts(lines, i, buffer, buffer_kind)
        ):
            # an indented code block inside a block quote (4 spaces past the quote's marks, not
            # a paragraph's lazy line): code, its quote marks taken off, never the quote's text
            flush()
            i = _markdown_quote_indented(lines, i, quoted.group(0).count(">"), offsets, blocks)
            continue
        elif re.match(r"\s{0,3}>", line):
            if buffer_kind != "quote":
                flush()
            buffer_kind = "quote"
            buffer.append(i)
        else:
            if buffer and buffer_kind == "quote":
                flush()
            if not buffer:
                wide = line.expandtabs(4)
                if (
                    in_list()
                    and i > 0
                    and not lines[i - 1].strip()
                    and len(wide) - len(wide.lstrip()) >= item_content
                ):
                    # a list item's continuation paragraph (indented to the item's content,
                    # after a blank line): a code sample after it still belongs to the item
                    continued = offsets[i]
                buffer_kind = "paragraph"
            buffer.append(i)
        i += 1
    flush()
    return blocks, title, unclosed


def _note_goes_on(lines: list[str], i: int, blocks: list[Block]) -> str:
    """The label of the footnote whose next paragraph ``lines[i]`` opens, else "": a line
    indented 4 spaces (or a tab) after a blank line, right after a footnote's definition or
    its paragraph before (struct53). A line that would open another block there (a list item,
    a fence, a quote, a heading, code indented 4 spaces more, a definition) is left to be read
    as before: only a plain paragraph goes on the note.

    >>> blocks = [Block(kind="paragraph", text="A.", inline=[InlineSpan(0, 2, "link",
    ...           {"footnote": "1", "definition": "1"})])]
    >>> _note_goes_on(["[^1]: A.\\n", "\\n", "    More.\\n"], 2, blocks)
    '1'
    >>> _note_goes_on(["[^1]: A.\\n", "\\n", "        code\\n"], 2, blocks)
    ''
    """
    if i == 0 or lines[i - 1].strip() or not blocks or blocks[-1].kind != "paragraph":
        return ""
    wide = lines[i].expandtabs(4)
    if not wide.startswith("    ") or not wide.strip():
        return ""
    label = next((x.attrs["footnote"] for x in blocks[-1].inline
                  if x.attrs.get("definition") and x.attrs.get("footnote")), "")  # fmt: skip
    if not label or _NOTE_OTHER_BLOCK.match(wide[4:]):
        return ""
    return label


def _note_region(lines: list[str], i: int, blocks: list[Block]) -> tuple[str, int]:
    """The label of the footnote inside which ``lines[i]`` opens a list or a fenced code block,
    and the index of the line after the note's indented lines; else ("", i) (struct56).

    ``lines[i]`` is indented 4 spaces (or a tab) after a blank line, right after a note's
    paragraph, and opens a list item or a fence there (the footnote extension of markdown-it,
    Pandoc and GFM reads the indented lines as blocks of the note). The note's lines go on while
    they are indented 4 spaces or blank with an indented line after them.

    >>> blocks = [Block(kind="paragraph", text="A.", inline=[InlineSpan(0, 2, "link",
    ...           {"footnote": "1", "definition": "1"})])]
    >>> _note_region(["[^1]: A.\\n", "\\n", "    - one\\n", "    - two\\n", "Next\\n"], 2, blocks)
    ('1', 4)
    >>> _note_region(["[^1]: A.\\n", "\\n", "    More.\\n"], 2, blocks)
    ('', 2)
    """
    if i == 0 or lines[i - 1].strip() or not blocks or blocks[-1].kind != "paragraph":
        return "", i
    wide = lines[i].expandtabs(4)
    if not wide.startswith("    ") or not _NOTE_LIST_OR_FENCE.match(wide[4:]):
        return "", i
    label = next((x.attrs["footnote"] for x in blocks[-1].inline
                  if x.attrs.get("definition") and x.attrs.get("footnote")), "")  # fmt: skip
    if not label:
        return "", i
    end = i
    blank = -1  # the first of the blank lines read last, else -1
    for j in range(i, len(lines)):
        line = lines[j].expandtabs(4)
        if not line.strip():
            blank = j if blank < 0 else blank
            continue
        if not line.startswith("    "):
            break
        end, blank = j + 1, -1
    return label, end


def _markdown_note_region(
    lines: list[str], i: int, region: tuple[str, int], offsets: list[int], blocks: list[Block]
) -> int:
    """Read the note's indented lines ``lines[i:end]`` into ``blocks``: 4 spaces taken off each,
    read as a Markdown text of their own; each paragraph, list item, heading or quote carries
    the note's label as a note's later paragraph does (``continued``), its code stays code.
    Return ``end``. Each line is read once more: linear."""
    label, end = region
    chunk: list[str] = []
    starts: list[int] = []  # offset in the chunk -> offset in the text, per line
    for j in range(i, end):
        wide = lines[j].expandtabs(4) if "\t" in lines[j][:4] else lines[j]
        cut = min(4, len(wide) - len(wide.lstrip(" ")))
        chunk.append(wide[cut:])
        starts.append(offsets[j] + cut)
    at = [0]
    for piece in chunk:
        at.append(at[-1] + len(piece))
    inner, _title, _unclosed = _markdown_blocks("".join(chunk))
    for block in inner:
        line = max(0, bisect.bisect_right(at, block.start) - 1) if block.start >= 0 else -1
        start = starts[line] + block.start - at[line] if 0 <= line < len(starts) else -1
        kind: BlockKind = "heading" if block.kind == "title" else block.kind
        spans = list(block.inline)
        if kind != "code" and block.text:
            attrs = {"footnote": label, "definition": "1", "continued": "1"}
            spans.insert(0, InlineSpan(0, len(block.text), "link", attrs))
        blocks.append(dataclasses.replace(block, kind=kind, start=start, inline=spans))
    return end


def _note_text_after(lines: list[str], i: int) -> bool:
    """Does ``lines[i]`` open a plain paragraph indented 4 spaces (or a tab) after a blank line,
    as a note's text after its empty definition line ("[^1]:" alone) is written? (struct54)

    >>> _note_text_after(["[^1]:\\n", "\\n", "    The note.\\n"], 2)
    True
    >>> _note_text_after(["[^1]:\\n", "\\n", "    - an item\\n"], 2)
    False
    """
    if i == 0 or lines[i - 1].strip():
        return False
    wide = lines[i].expandtabs(4)
    return wide.startswith("    ") and bool(wide.strip()) and not _NOTE_OTHER_BLOCK.match(wide[4:])


# what opens another block than a paragraph inside a footnote: a list item, a fence, a quote,
# a heading, indented code, a table row, a thematic break, another note's definition
_NOTE_OTHER_BLOCK = re_compile(
    r"(?:[ \t]|[-*+][ \t]|[-*+]?$|\d{1,9}[.)](?:[ \t]|$)|```|~~~|>|#{1,6}(?:[ \t]|$)|\||\[\^|<)"
)


# what opens a list item or a fence inside a footnote (its line's 4 spaces taken off): struct56
_NOTE_LIST_OR_FENCE = re_compile(r"(?:[-*+][ \t]|\d{1,9}[.)][ \t]|```|~~~)")


# a definition's first line (Markdown Extra): up to 3 spaces, ":", then at least one space
_MD_DEFINITION = re_compile(r"[ ]{0,3}:[ \t]+(?=\S)")


def _single_line_before(lines: list[str], i: int, blocks: list[Block], offsets: list[int]) -> bool:
    """Whether the block before line ``i`` is a paragraph of one line that a blank line
    separates from it ("Term", "", ": definition": a loose definition list)."""
    if not blocks or blocks[-1].kind != "paragraph" or i < 2 or lines[i - 1].strip():
        return False
    return offsets[i - 2] == blocks[-1].start and bool(lines[i - 2].strip())


# a fence line: its indent, its run of 3+ backticks or tildes, and the rest (the info string)
_MD_FENCE = re_compile(r"([ \t]*)(`{3,}|~{3,})(.*?)\r?\n?$")


# the marks a block quote's line opens with ("> ", "> > ", nested quotes' too; CommonMark 5.1)
_MD_QUOTE_MARKS = re_compile(r"(?:[ ]{0,3}>[ ]?)+")


def _opens_fence(fence: re.Match[str]) -> bool:
    """Does this fence line open a fenced code block (3 spaces of indent at most, and no
    backtick in a backtick fence's info string: "```code```" on a line is a code span)?"""
    if len(fence.group(1).expandtabs(4)) > 3:
        return False
    return not (fence.group(2)[0] == "`" and "`" in fence.group(3))


def _markdown_quote_fence(
    lines: list[str], i: int, depth: int, offsets: list[int], blocks: list[Block]
) -> int:
    """Read the fenced code block opened inside a block quote at ``lines[i]`` (``depth`` quote
    marks deep) into ``blocks``, as ``_markdown_fence`` reads one outside it, from the lines
    with their quote marks taken off; the code ends at its closing fence or where the quote
    does (a line without the marks: CommonMark 5.1 continues no code lazily). Returns the index
    of the first line after it."""
    marks = re.compile(rf"(?:[ ]{{0,3}}>[ ]?){{{depth}}}")
    inner: list[str] = []
    opener = marks.match(lines[i])
    fence = _MD_FENCE.match(lines[i][opener.end() :]) if opener else None
    assert fence is not None  # the caller matched it
    indent = len(fence.group(1).expandtabs(4))
    for j in range(i, len(lines)):  # to its closing fence only: linear over many quotes
        m = marks.match(lines[j])
        if m is None:
            break
        rest = lines[j][m.end() :]
        inner.append(rest)
        if j > i and _md_closes(rest, fence) and len(rest) - len(rest.lstrip(" ")) < indent + 4:
            break
    end = _markdown_fence(inner, 0, fence, [offsets[i]], blocks, -1)
    return i + end


# a line of an indented code block: 4 spaces or a tab, then text (CommonMark 4.4)
_MD_INDENTED = re_compile(r"(?: {4}|[ ]{0,3}\t)[ \t]*\S")


def _quote_block_starts(lines: list[str], i: int, buffer: list[int], kind: BlockKind) -> bool:
    """May a quoted line at ``lines[i]`` open a block of its own (an indented code block)? Not
    when it would go on a paragraph (a lazy line: CommonMark 4.4, indented code cannot
    interrupt a paragraph): the quote's line before it must be blank after its marks, or the
    quote must begin here."""
    if not buffer or kind != "quote" or i == 0:
        return not buffer
    before = _MD_QUOTE_MARKS.match(lines[i - 1])
    return before is not None and not lines[i - 1][before.end() :].strip()


def _markdown_quote_indented(
    lines: list[str], i: int, depth: int, offsets: list[int], blocks: list[Block]
) -> int:
    """Read the indented code block inside a block quote at ``lines[i]`` (``depth`` quote marks
    deep) into ``blocks``, as ``_markdown_indented_code`` reads one outside it, from the lines
    with their quote marks taken off; it ends at a line of the quote's text or where the quote
    does. Returns the index of the first line after it."""
    marks = re.compile(rf"(?:[ ]{{0,3}}>[ ]?){{{depth}}}")
    inner: list[str] = []
    for j in range(i, len(lines)):  # no slice of the rest: linear over many quotes
        m = marks.match(lines[j])
        rest = lines[j][m.end() :] if m else ""
        if m is None or (rest.strip() and not _MD_INDENTED.match(rest)):
            break
        inner.append(rest)
    return i + _markdown_indented_code(inner, 0, [offsets[i]], blocks)


def _md_closes(line: str, fence: re.Match[str]) -> bool:
    """Does ``line`` close the fence ``fence`` opened (its kind of run, as long or longer)?"""
    close = re.match(r"[ \t]*(`{3,}|~{3,})\s*$", line)
    run = fence.group(2)
    return bool(close and close.group(1)[0] == run[0] and len(close.group(1)) >= len(run))


def _unclosed_fence(opened: int, lines: list[str], fence: re.Match[str]) -> Dropped | None:
    """The reader's note for a fence opened at ``lines[opened]`` and never closed, when lines
    with text follow it: they are read as code, copied as written and never translated, which
    an author who forgot the closing fence did not mean (fuzz42: three paragraphs after it were
    published untranslated, with no word of it). None when nothing follows."""
    body = [line for line in lines[opened + 1 :] if line.strip()]
    if not body:
        return None
    run = fence.group(2)
    return Dropped(
        text=f"line {opened + 1}: {run}{fence.group(3).strip()[:40]}",
        rule=UNCLOSED_FENCE_RULE,
        reason=f"the code fence {run[:10]!r} opened at line {opened + 1} is never closed: the "
        f"{len(body)} line(s) after it, to the end of the file, are read as code, copied as "
        "written and not translated (close the fence where the code ends)",
    )


def _markdown_fence(
    lines: list[str],
    i: int,
    fence: re.Match[str],
    offsets: list[int],
    blocks: list[Block],
    item_level: int,
) -> int:
    """Read the fenced code block opened at ``lines[i]`` into ``blocks`` (one ``code`` block:
    its lines as written, the fence's indent taken off as CommonMark does, its info string in
    ``info``; ``level`` 1 + the list item's level when it stands in a list item) and return the
    index of the first line after its closing fence (or the end: an unclosed fence runs on)."""
    indent = len(fence.group(1).expandtabs(4))
    run = fence.group(2)
    info = fence.group(3).strip()
    j = i + 1
    body: list[str] = []
    while j < len(lines):
        close = re.match(r"[ \t]*(`{3,}|~{3,})\s*$", lines[j])
        if (
            close
            and close.group(1)[0] == run[0]
            and len(close.group(1)) >= len(run)
            and (len(lines[j]) - len(lines[j].lstrip(" ")) < indent + 4)
        ):
            j += 1
            break
        line = lines[j].rstrip("\r\n")
        lead = len(line) - len(line.lstrip(" "))
        body.append(line[min(lead, indent) :])
        j += 1
    blocks.append(Block(kind="code", text="\n".join(body), start=offsets[i], info=info,
                        level=item_level + 1 if item_level >= 0 else 0))  # fmt: skip
    return j


def _markdown_indented_code(
    lines: list[str],
    i: int,
    offsets: list[int],
    blocks: list[Block],
    content: int = 0,
    level: int = 0,
) -> int:
    """Read the indented code block starting at ``lines[i]`` (4 spaces or a tab past
    ``content``, a list item's content indent; blank lines inside it kept, those after it not)
    into ``blocks`` (``level``: 1 + the list item's level inside one) and return the next
    line's index."""
    body: list[str] = []
    j = i
    while j < len(lines):
        line = lines[j].rstrip("\r\n")
        if content:
            wide = line.expandtabs(4)
            if line.strip() and len(wide) - len(wide.lstrip()) < content + 4:
                break
            body.append(wide[content + 4 :])
            j += 1
            continue
        if line.strip() and not re.match(r"( {4}|\t)", line.expandtabs(4) if "\t" in line
                                        else line):  # fmt: skip
            break
        body.append(line[1:] if line.startswith("\t") else line[4:])
        j += 1
    while body and not body[-1].strip():
        body.pop()
        j -= 1
    blocks.append(Block(kind="code", text="\n".join(body), start=offsets[i], level=level))
    return j


# a GFM table's delimiter row: "|---|:---:|", "--- | ---" (a pipe, or two columns at least)
_MD_TABLE_RULE = re_compile(
    r"\s{0,3}(?:\|\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?|:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?)\s*$"
)
_MD_CELL_SPLIT = re_compile(r"(?<!\\)\|")


def _markdown_table(
    lines: list[str], i: int, offsets: list[int], refs: dict[str, str], blocks: list[Block]
) -> int:
    """Read the table whose header row is ``lines[i]`` into ``blocks`` (one paragraph per
    non-empty cell, row by row) and return the index of the first line after it."""
    rows = [i, *range(i + 2, len(lines))]
    end = i + 2
    table = 1 + max((b.cell[0] for b in blocks if b.cell is not None), default=-1)
    width = 0
    for row, j in enumerate(rows):
        if j > i and (not lines[j].strip() or "|" not in lines[j]):
            end = j
            break
        end = j + 1
        cells = _MD_CELL_SPLIT.split(_md_row(lines[j]))
        width = width or len(cells)  # the header's: a longer row's excess cells (GFM drops
        for col, cell in enumerate(cells):  # them) go into its last cell, their text kept
            col = min(col, width - 1)
            content, spans = markdown_inline(cell.strip().replace("\\|", "|"), refs)
            if content:  # an empty cell is no block: the writers fill the table's shape
                blocks.append(Block(kind="paragraph", text=content, start=offsets[j],
                                    inline=spans, cell=(table, row, col)))  # fmt: skip
    return end


def _md_row(line: str) -> str:
    """A table row without its outer pipes (one at each end at most: an empty first or last
    cell stays a cell; an escaped pipe at the end stays).

    >>> _md_row("|| a | b |")
    '| a | b '
    """
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    return line[:-1] if line.endswith("|") and not line.endswith("\\|") else line


# -- HTML ------------------------------------------------------------------------------------

_HTML_KINDS: dict[str, BlockKind] = {
    "head": "heading",
    "p": "paragraph",
    "item": "list_item",
    "quote": "quote",
    "cell": "paragraph",  # a table's cells: article text (figures, names), not page chrome
}


# Never article text, even on a page that is nothing else: trafilatura's fallback would
# otherwise hand back a menu as the article.
# trafilatura's settings for both extractions of a page (the text, and its inline spans)
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_recall": True,
    "deduplicate": False,
}

# A menu that holds the page's <main> or <article> is no menu: an unclosed <nav> or <li> before
# the page's body (invalid markup, repaired by the parser) nests the whole page in it, and
# pruning it would throw the article away (html:nav-guard).
_NOT_ARTICLE = [
    f"{menu}[not(.//main) and not(.//article)]"
    for menu in ("//nav", "//*[@role='navigation']", "//*[@role='menu']", "//*[@role='menubar']")
]


# -- structural evidence: page furniture named by its markup ---------------------------------

_NAME_ATTRS = ("class", "id", "role", "itemprop", "aria-label")
_CAMEL = re_compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re_compile(r"[^a-z0-9]+")


def _markup_data() -> dict[str, Any]:
    from .langdata import common_section

    value = common_section("boilerplate").get("markup", {})
    return value if isinstance(value, dict) else {}


def _name_tokens(value: str) -> set[str]:
    """``"ArticleHeader_date sub-headline"`` -> {article, header, date, sub, headline}."""
    out = set()
    for tok in _NON_ALNUM.split(_CAMEL.sub(" ", value).lower()):
        if not tok:
            continue
        out.add(tok[:-1] if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss") else tok)
    return out


def _squash_key(text: str) -> str:
    return "".join(text.casefold().split())


def _markup_furniture(html: str) -> tuple[str, str, dict[str, str]]:
    """The page's furniture as named by its markup: the squashed texts of its furniture
    elements (joined by NUL), the squashed visible text of the page without them, and, for
    each furniture text, the tokens that named it."""
    from lxml import etree
    from lxml import html as lxml_html

    data = _markup_data()
    weights = data.get("weights", {})
    if not isinstance(weights, dict) or not weights:
        return "", "", {}
    threshold = float(data.get("threshold", 2))
    max_share = float(data.get("max_share", 0.25))
    max_words = int(data.get("max_words", 400))
    layout = frozenset(str(t) for t in data.get("layout", ()))
    try:
        doc = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", "", {}
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    page_words = len(doc.text_content().split())
    limit = min(max_words, max_share * page_words)
    found: list[tuple[Any, str]] = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        tokens = _element_tokens(el)
        if not tokens:
            continue
        score = sum(float(weights.get(t, 0)) for t in tokens)
        if score < threshold:
            continue
        if _layout_wrapper(el, tokens, weights, layout):
            continue  # a column round the article's own text ("fm-container-sidebar")
        if any(anc is e for e, _ in found for anc in el.iterancestors()):
            continue  # inside a furniture element already taken
        if any(anc.tag in _HEADING_TAGS for anc in el.iterancestors()):
            continue  # a heading's own anchor (<h2><a class="header" href="#x">): the heading
        if _section_heading(el):
            continue  # a subhead between the article's paragraphs (<h3 class="edTag">)
        words = len(el.text_content().split())
        if 0 < words <= limit:
            named = ", ".join(sorted(t for t in tokens if float(weights.get(t, 0)) > 0))
            found.append((el, named))
    if not found:
        return "", "", {}
    texts = {_squash_key(el.text_content()): named for el, named in found}
    for el, _ in found:
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()  # keeps its tail
    return "\0".join(texts), _squash_key(doc.text_content()), texts


def _element_tokens(el: Any) -> set[str]:
    """The tokens an element's class, id, role, itemprop and aria-label name it by."""
    tokens: set[str] = set()
    for attr in _NAME_ATTRS:
        found_tokens = _name_tokens(str(el.get(attr) or ""))
        if attr == "id" and len(found_tokens) > 3:
            continue  # an anchor made of the element's own words ("nav_nur_die_folie__1")
        tokens |= found_tokens
    if el.tag == "time":
        tokens.add("time")
    return tokens


LAYOUT_PROSE_MIN = 2  # paragraphs of prose that make a content element the article's own


def _layout_wrapper(
    el: Any, tokens: set[str], weights: dict[str, Any], layout: frozenset[str]
) -> bool:
    """Whether a furniture element named only by its place in the layout (every token that
    scores for furniture is one of ``layout``: "sidebar", "rail", "secondary") holds an element
    that the markup names as the article's own (a negative score: "article-content") with
    LAYOUT_PROSE_MIN or more paragraphs of prose (``_prose_paragraph``: a ``<p>`` of 12 words or
    more, mostly not links): the article's layout column, not a box beside
    it (fieldmag's "fm-container fm-container-sidebar" round its first two paragraphs). A box
    named for what it is (related, comment, newsletter) is furniture wherever it stands."""
    naming = {t for t in tokens if float(weights.get(t, 0)) > 0}
    if not naming or not naming <= layout:
        return False
    for inner in el.iterdescendants():
        if not isinstance(inner.tag, str):
            continue
        inner_tokens = _element_tokens(inner)
        if not inner_tokens or sum(float(weights.get(t, 0)) for t in inner_tokens) >= 0:
            continue
        if sum(_prose_paragraph(p) for p in inner.iter("p")) >= LAYOUT_PROSE_MIN:
            return True
    return False


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SECTION_PROSE_WORDS = 12  # words of the paragraphs a subhead stands between
SECTION_SENTENCE_WORDS = 6  # or of one whole sentence ("Researchers praised the study.")


def _section_heading(el: Any) -> bool:
    """A heading element (h2-h6) that stands between the article's paragraphs: a paragraph of
    SECTION_PROSE_WORDS words or more (or a sentence of SECTION_SENTENCE_WORDS), mostly not
    links, before it among its siblings, and the first sibling after it that holds text is such
    a paragraph. Its class may name it a "tag" or "kicker"; where it
    stands says it is a subhead of the body, not furniture (kickers and bylines stand before the
    body; related-story and tag headings head lists of links)."""
    if el.tag not in _HEADING_TAGS or el.tag == "h1":
        return False

    def prose(node: Any) -> bool:
        text = node.text_content().strip()
        words = len(text.split())
        linked = len(" ".join(a.text_content() for a in node.iter("a")).split())
        return (
            node.tag == "p"
            and linked * 2 < words
            and (
                words >= SECTION_PROSE_WORDS
                or (words >= SECTION_SENTENCE_WORDS and text[-1:] in '.!?"”’')
            )
        )

    after = next(
        (
            sib
            for sib in el.itersiblings()
            if isinstance(sib.tag, str) and sib.text_content().strip()
        ),
        None,
    )
    if after is None or not prose(after):
        return False
    return any(isinstance(sib.tag, str) and prose(sib) for sib in el.itersiblings(preceding=True))


MARKUP_MAX_SHARE = 0.2  # markup that would take more of the body than this is not believed


def _mark_markup_furniture(blocks: list[Block], html: str) -> list[Block]:
    """Blocks whose text lies in elements that the page's markup names as furniture (share
    bars, related-story lists, bylines and date lines, newsletter boxes...) and appears nowhere
    else on the page are marked as furniture (a block that is also article text elsewhere is
    not); the boilerplate stage drops them after its own rules (a date line the reader marked
    may first be the stamp of a comment thread that those rules take whole)."""
    furniture, rest, named = _markup_furniture(html)
    if not furniture:
        return blocks
    kept: list[Block] = []
    dropped: list[Dropped] = []
    body_words = sum(len(b.text.split()) for b in blocks if b.kind != "title")
    for block in blocks:
        k = _squash_key(block.text)
        if any(x.attrs.get("definition") for x in block.inline):
            kept.append(block)  # a footnote's definition (its id may hold "tag", "date"...)
            continue
        if block.kind != "title" and len(k) >= 12 and k in furniture and k not in rest:
            marker = next((v for t, v in named.items() if k in t), "")
            reason = f"in an element the page marks as furniture ({marker})"
            dropped.append(Dropped(text=block.text, rule="html:markup", reason=reason))
            kept.append(dataclasses.replace(block, furniture=("html:markup", reason)))
            continue
        kept.append(block)
    if sum(len(d.text.split()) for d in dropped) > MARKUP_MAX_SHARE * body_words:
        # the markup names much of the body as furniture: its names are not telling furniture
        # on this page (a site that classes its paragraphs "paywall", "post-meta"...), unless
        # what it names is a run that ends the page after the article (a comment thread, a
        # sign-up box), in front of which the body stands whole
        return _markup_tail(blocks, kept)
    return kept


MARKUP_TAIL_MIN = 3  # furniture blocks in the run that ends the extracted page
MARKUP_TAIL_BODY = 100  # words of prose in front of that run that the markup does not name


def _markup_tail(blocks: list[Block], marked: list[Block]) -> list[Block]:
    """``blocks`` with only the markup furniture that ends the page marked (``marked`` is them
    all marked): a run of MARKUP_TAIL_MIN or more blocks after the last block that is not
    furniture, all named so by the markup, behind a body with MARKUP_TAIL_BODY words or more of
    article prose that the markup does not name ("html:markup": a reader comment thread or a
    sign-up box after the article); in the body before it, the markup's furniture is marked
    only when it is a small share of it (as on any page). Otherwise ``blocks`` unchanged."""
    ends = [i for i, b in enumerate(marked) if b.kind != "title" and b.furniture is None]
    if not ends:
        return blocks
    last = ends[-1]
    tail = [b for b in marked[last + 1 :] if b.kind != "title"]
    if len(tail) < MARKUP_TAIL_MIN or any(
        b.furniture is None or b.furniture[0] != "html:markup" for b in tail
    ):
        return blocks
    head = marked[: last + 1]
    head_words = sum(len(b.text.split()) for b in head if b.kind != "title")
    named = sum(
        len(b.text.split())
        for b in head
        if b.furniture is not None and b.furniture[0] == "html:markup"
    )
    # the body in front is article prose (sentences), not a page's controls and labels
    if _prose_words([b.text for b in head if b.kind != "title" and b.furniture is None]) < (
        MARKUP_TAIL_BODY
    ):
        return blocks
    if named > MARKUP_MAX_SHARE * head_words:
        return [*blocks[: last + 1], *marked[last + 1 :]]
    return marked


def _all_caps(text: str) -> bool:
    """A line written in capitals (a promo, a kicker): three words or more, letters of a
    cased script, nine in ten of them upper case."""
    cased = [ch for ch in text if ch.isalpha() and (ch.isupper() or ch.islower())]
    return (
        len(text.split()) >= 3
        and len(cased) >= 10
        and (sum(1 for ch in cased if ch.isupper()) >= 0.9 * len(cased))
    )


_RANK = re_compile(r"\d{1,3}[.)]\s")  # a numbered entry of the article's list: "3. NIKON Z6"


def _mark_link_lines(blocks: list[Block]) -> list[Block]:
    """Short lines of the body that are links and little else, written in capitals: a promo
    of another story or of an app ("CLICK HERE TO GET THE APP"). Other link lines are kept: a
    list of products, sources or chapters may be the article's own, and the ground truths of
    the corpus count labelled teasers ("Read more: ...", "[Read: ...]", "Lire aussi : ...")
    as article text, so dropping them would cost recall. Nothing is dropped when the body
    would be left with fewer than three blocks. A numbered line ("3. NIKON Z6 MARK III") is an
    entry of the article's own ranked list, kept."""
    data = _markup_data()
    share = float(data.get("link_share", 0.8))
    max_words = int(data.get("link_line_words", 25))
    out: list[Block] = []
    dropped: list[Dropped] = []
    for block in blocks:
        if (
            block.kind in _TEXT_KINDS
            and block.link_share() >= share
            and len(block.text.split()) <= max_words
            and _all_caps(block.text)
            and not _RANK.match(block.text)  # "3. NIKON Z6 MARK III": the article's own ranking
        ):
            reason = "a short line in capitals that is a link to another page"
            dropped.append(Dropped(text=block.text, rule="html:link-line", reason=reason))
            out.append(dataclasses.replace(block, furniture=("html:link-line", reason)))
            continue
        out.append(block)
    if sum(1 for b in out if b.kind != "title" and b.furniture is None) < 3:
        return blocks
    return out


def _link_share(block: Block) -> float:
    """The share of the block's letters and digits that stand inside links."""
    return block.link_share()


def _unlinked_words(block: Block) -> list[str]:
    """The words of the block outside its links."""
    parts: list[str] = []
    pos = 0
    for span in sorted((s for s in block.inline if s.kind == "link"), key=lambda s: s.start):
        parts.append(block.text[pos : span.start])
        pos = max(pos, span.end)
    parts.append(block.text[pos:])
    return [w for w in " ".join(parts).split() if any(ch.isalnum() for ch in w)]


def _furniture(block: Block, rule: str, reason: str) -> Block:
    return dataclasses.replace(block, furniture=(rule, reason))


# a line that ends in a full stop is a sentence: a headline (another story's title) has none
_FULL_STOP = re_compile(r"(?<!\.)[.\u3002]\s*$")


def _mark_link_lists(blocks: list[Block], page_url: str | None) -> list[Block]:
    """Runs of consecutive short blocks that are links to other pages of the same site and
    little else: a list of the site's other stories, a menu ("html:link-list"). Link density,
    not words: any language. One or two link lines are kept (a labelled teaser the article
    carries); a run of ``link_list_min`` or more is a list of links. Lists of links to other
    sites (sources, products, a partner's stories) are kept: they may be the article's own; so
    are links to anchors of the page itself (the article's table of contents), and a run whose
    every line ends in a full stop: sentences (the article's steps, each linked to a guide), not
    the titles of other stories, which have none. Nor is a run whose every line carries words of
    its own around its links (``link_list_prose_words``, 2): items of prose that link a phrase
    ("Boosted blog conversion rate by 460% for Picflow"), where a menu or a list of other
    stories is the links' text alone (measured on the corpus: every line of every such list
    dropped had none).
    Nor is a run that follows the article's own entry in the list: a series' table of contents
    (``_current_part``: the line right before the run, of the run's kind, with no link, names
    the page's own title), where the reader's part is the one item without a link ("Workflows
    vs. Agents ← You are here", then the links to the series' other parts). A breadcrumb trail
    ends with the page's unlinked title, after its links: not spared.
    Nor is a list the article opens and resumes after (``_opened_list``, struct46): list items
    right after the article's own sentence that ends with a colon ("Here are some examples of
    the courses offered by Google:"), followed by the article's prose (or the next section's
    heading and its prose): the items of a list article, not a list of other stories. In a
    body that holds such a list, one the article opens with a sentence ending in a full stop
    is spared too (struct48, ``_colon_lists``).
    Nothing is dropped when the body would be left with fewer than three blocks or with less
    than half of its words."""
    data = _markup_data()
    share = float(data.get("link_list_share", 0.6))
    max_words = int(data.get("link_list_words", 25))
    least = int(data.get("link_list_min", 3))
    prose_words = int(data.get("link_list_prose_words", 2))
    from .read_media import site as _site  # one registered-domain rule for both readers

    home = _site(page_url or "")

    def same_site(href: str) -> bool:
        if href.strip().startswith("#"):  # the article's own table of contents, not a page
            return False
        site = _site(href)
        if not site:  # a relative link ("/Kernel/"); not a mailto: or javascript: one
            return not re.match(r"[a-z][a-z0-9+.-]*:", href.strip(), flags=re.I)
        return site == home

    def linky(block: Block) -> bool:
        hrefs = [str(s.attrs.get("href", "")) for s in block.inline if s.kind == "link"]
        return (
            block.kind in _TEXT_KINDS
            and block.furniture is None
            and len(block.text.split()) <= max_words
            and _link_share(block) >= share
            and all(same_site(h) for h in hrefs)
        )

    out = list(blocks)
    title = next((b.text for b in blocks if b.kind == "title"), "")
    list_article: bool | None = None  # read once, only when a run would be dropped
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and linky(out[j]):
            j += 1
        if (
            j - i >= least
            and not all(_FULL_STOP.search(b.text) for b in out[i:j])
            and not all(len(_unlinked_words(b)) >= prose_words for b in out[i:j])
            and not _follows_current_part(out, i, title, max_words)
            and not _opened_list(out, i, j)
        ):
            if list_article is None:
                list_article = _colon_lists(blocks, least)
            if list_article and _opened_list(out, i, j, list_article=True):
                i = max(j, i + 1)
                continue
            reason = f"one of {j - i} consecutive short lines that are links (a list of links)"
            out[i:j] = [_furniture(b, "html:link-list", reason) for b in out[i:j]]
        i = max(j, i + 1)
    return out if _body_left(blocks, out) else blocks


def _opened_list(blocks: list[Block], i: int, j: int, list_article: bool = False) -> bool:
    """Whether the run ``blocks[i:j]`` is a list the article itself opens and resumes after:
    every block a list item (or a picture); the block just before it a paragraph the stage
    keeps, of at least ``RECALL_ONLY_MIN_WORDS`` words outside links, that ends with a colon
    (``_LIST_OPENER``: the article's sentence introducing the list); and after the list (the
    run and the list items right after it, the rest of the same list) the article's prose
    (``_prose``), or a heading followed by prose (the next section), a picture or its caption
    between them left aside. A list of the site's other stories stands under a label
    ("Related:", "More stories") or a heading, or closes the article, and is not spared; nor
    is a list whose run ends in a "more ..." link line. Language-free: punctuation and
    structure only.
    With ``list_article`` (struct48: the same body holds a list opened so, ``_colon_lists``),
    the opener may also end as a sentence ends, with no colon ("... Each leads to a
    certificate of completion."), if it is prose (``_prose``): a list article introduces its
    lists with its own sentences, some with a colon and some without."""
    run = blocks[i:j]
    if i == 0 or j >= len(blocks) or not all(b.kind == "list_item" or image_only(b) for b in run):
        return False
    opener = blocks[i - 1]
    if (
        opener.kind != "paragraph"
        or opener.furniture is not None
        or len(_unlinked_words(opener)) < RECALL_ONLY_MIN_WORDS
    ):
        return False
    if not _LIST_OPENER.search(opener.text) and not (list_article and _prose(opener)):
        return False
    k = j
    while k < len(blocks) and blocks[k].kind == "list_item":  # the rest of the same list
        k += 1
    return _resumed(blocks, k)


def _resumed(blocks: list[Block], k: int) -> bool:
    """Whether the article's prose goes on at ``blocks[k]`` (after a list): prose, or a heading
    followed by prose (a paragraph opening the next list with a colon is prose too), a picture
    or its caption between them left aside."""
    after = [b for b in blocks[k : k + 4] if not (image_only(b) or b.caption)]
    if not after or after[0].furniture is not None:
        return False
    if after[0].kind == "heading":
        return len(after) > 1 and after[1].furniture is None and _prose(after[1])
    return _prose(after[0])


def _colon_lists(blocks: list[Block], least: int) -> bool:
    """Whether the body holds a list of ``least`` or more items that the article opens with its
    own sentence ending in a colon and resumes after (``_opened_list``): the page's own sign
    that it is a list article, whose other lists it may open with a full stop."""
    i = 1
    while i < len(blocks):
        if blocks[i].kind != "list_item" or blocks[i - 1].kind == "list_item":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind == "list_item":
            j += 1
        if j - i >= least and _opened_list(blocks, i, j):
            return True
        i = j
    return False


def _title_words(text: str) -> list[str]:
    """The words of ``text`` of four or more letters or digits, case folded."""
    words = ("".join(ch for ch in w if ch.isalnum()).casefold() for w in text.split())
    return [w for w in words if len(w) >= 4]


def _follows_current_part(blocks: list[Block], i: int, title: str, max_words: int) -> bool:
    """Whether the run of link lines that begins at ``i`` follows the page's own entry in a
    series' list of parts: the line right before it, or before one or two short lines of the
    run's kind that carry a link with words of their own ("Context Engineering ← Move to this
    one"), as ``_current_part`` reads it."""
    k = i - 1
    while (
        k >= 0
        and i - k <= 2
        and blocks[k].kind == blocks[i].kind
        and blocks[k].furniture is None
        and len(blocks[k].text.split()) <= max_words
        and any(s.kind == "link" for s in blocks[k].inline)
    ):
        k -= 1
    return k >= 0 and _current_part(blocks[k], blocks[i], title, max_words)


def _current_part(block: Block, first: Block, title: str, max_words: int) -> bool:
    """Whether ``block``, right before a run of link lines that begins with ``first``, is the
    page's own entry in a series' list of parts: a short line of the run's kind with no link
    whose first word of four or more letters and at least one more are words of the page's
    title ("Workflows vs. Agents ← You are here" under "AI Workflows vs Agents: The Autonomy
    Slider")."""
    if (
        not title
        or block.kind != first.kind
        or block.furniture is not None
        or any(s.kind == "link" for s in block.inline)
        or len(block.text.split()) > max_words
    ):
        return False
    own = set(_title_words(title))
    words = _title_words(block.text)
    return bool(words) and words[0] in own and sum(1 for w in words if w in own) >= 2


# a time of day (09:58, 7:11) and a date with its year (2019, 2018-08-25, 11/19/2019, 19.11.19)
_TIME_OF_DAY = re_compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_DATED = re_compile(
    r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\d\d)?(?!\d)"
)

# a label and a date with its year, nothing else: "Veröffentlichung: 2. Februar 2022",
# "Updated: March 5, 2021", "Publié le : 12/03/2021" (one word of letters after the colon, the
# month, at most; a label of three words at most)
_LABELLED_DATE = re_compile(r"^(?:[^\W\d_][\w.'-]*\s*){1,3}:\s*(?P<date>[^:]{4,30})$")


def _labelled_date(text: str) -> bool:
    m = _LABELLED_DATE.match(text)
    if m is None:
        return False
    tokens = m.group("date").replace(",", " ").split()
    wordy = [t for t in tokens if any(c.isalpha() for c in t)]
    return len(tokens) <= 4 and len(wordy) <= 1 and bool(_DATED.search(m.group("date")))


def _mark_stamp_lines(blocks: list[Block]) -> list[Block]:
    """Short lines at the edges of the body (its first or last ``stamp_edge`` blocks) that
    carry a date with its year and a time of day and do not end like a sentence: a date line,
    "Updated: 19 November 2019, 09:01 AM", "기사입력 : 2018-08-25 15:24", "5:45 AM PST
    11/19/2019 by ..." ("html:stamp"). The shape of the numbers, not the words around them:
    any language; an article's sentence about a time ("at 12:45 on Monday.") ends like one."""
    from .boilerplate import SENTENCE_END

    data = _markup_data()
    max_words = int(data.get("stamp_words", 16))
    edge = int(data.get("stamp_edge", 3))
    body = [i for i, b in enumerate(blocks) if b.kind != "title"]
    ends = set(body[:edge] + body[-edge:])
    out = list(blocks)
    for i in ends:
        block = blocks[i]
        text = block.text.strip()
        if (
            block.furniture is None
            and block.kind in _TEXT_KINDS
            and len(text.split()) <= max_words
            and (
                (_TIME_OF_DAY.search(text) and _DATED.search(_TIME_OF_DAY.sub(" ", text)))
                or _labelled_date(text)
            )
            and not SENTENCE_END.search(text)
        ):
            reason = (
                "a short line at the edge of the body with a date and a time, or a label and"
                " a date (a date line)"
            )
            out[i] = _furniture(block, "html:stamp", reason)
    return out if _body_left(blocks, out) else blocks


AUTHOR_BIO_TAIL = 4  # the note begins among the body's last blocks
AUTHOR_BIO_MAX_WORDS = 150  # a note about the writer, not a closing section of the article
AUTHOR_BIO_ID = "html:author-bio"
AUTHOR_BIO_REASON = (
    "a note about the byline's author after the article (it begins with the author's name)"
)


def _author_names(author: str | None) -> list[str]:
    """The personal names in a page's byline metadata ("Rebecca Norris; Jane Doe"): parts of
    two to four capitalized words (a one-word byline is most often the site's name)."""
    names = []
    for part in re.split(r"[;|/]|,|\band\b|&", author or ""):
        words = part.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            names.append(" ".join(words))
    return names


def _starts_with_name(text: str, names: list[str]) -> bool:
    return any(
        text.startswith(name) and len(text) > len(name) and not text[len(name)].isalnum()
        for name in names
    )


AUTHOR_CARD_MAX_WORDS = 8  # a name line: the name and its credentials


def _name_line(block: Block) -> str | None:
    """The personal name a short line of an author's card gives ("Julia Gralberg", "Raghuveer
    Vedala, MD, FAAFP"): two to four capitalized words before any comma, nothing else but
    credentials, no sentence."""
    from .boilerplate import SENTENCE_END

    text = block.text.strip()
    if block.kind not in ("paragraph", "heading") or SENTENCE_END.search(text):
        return None
    names = _author_names(text.split(",")[0])
    return names[0] if names and len(text.split()) <= AUTHOR_CARD_MAX_WORDS else None


def _card_names(blocks: list[Block]) -> list[str]:
    """The names of an author's card: a name line (or the alt text of the author's portrait)
    whose next block begins with that name ("Julia Gralberg" then "Julia Gralberg is a freelance
    travel writer..."), found once in the article (a page of profiles, name after name, is not
    a card)."""
    seq = [i for i, b in enumerate(blocks) if b.kind != "title" and b.furniture is None]
    found = []
    for k in range(len(seq) - 1):
        name = _name_line(blocks[seq[k]])
        if name and _starts_with_name(blocks[seq[k + 1]].text.strip(), [name]):
            found.append(name)
    return found if len(found) == 1 else []


def _names_one(block: Block, names: list[str]) -> bool:
    """Whether a line is one of the names, or begins with it ("Rebecca Norris, MD")."""
    text = block.text.strip()
    return text in names or _starts_with_name(text, names)


def _mark_author_bio(blocks: list[Block], author: str | None) -> list[Block]:
    """An author's note at the end of the article ("html:author-bio"): a paragraph among the
    body's last ``AUTHOR_BIO_TAIL`` blocks that begins with the name of the byline's author
    (``author`` metadata: "Rebecca Norris is a full-time freelance writer..."), or with the
    name of the line just before it (an author's card: "Julia Gralberg", then "Julia Gralberg
    is a freelance travel writer..."), ends as a sentence, and is followed to the end only by
    paragraphs (the rest of the note); a heading or name line just before it that begins with
    the same name goes with it. Any language: the evidence is the name, repeated, and the place
    after the article, no words."""
    from .boilerplate import SENTENCE_END

    byline = _author_names(author)
    body = [
        i
        for i, b in enumerate(blocks)
        if b.kind != "title" and b.furniture is None and not image_only(b)
    ]
    if len(body) < 2 * AUTHOR_BIO_TAIL:
        return blocks
    names = byline + _card_names(blocks)
    if not names:
        return blocks
    for pos in range(len(body) - AUTHOR_BIO_TAIL, len(body)):
        block = blocks[body[pos]]
        text = block.text.strip()
        if (
            block.kind != "paragraph"
            or not _starts_with_name(text, names)
            or word_count(text) > AUTHOR_BIO_MAX_WORDS
            or not SENTENCE_END.search(text)
            or any(blocks[j].kind != "paragraph" for j in body[pos + 1 :])
        ):
            continue
        note = body[pos:]
        before = blocks[body[pos - 1]]
        if (before.kind == "heading" or _name_line(before)) and _names_one(before, names):
            note = body[pos - 1 :]
        portrait = note[0] - 1  # the author's picture, its alt text the name
        if portrait > 0 and image_only(blocks[portrait]) and _names_one(blocks[portrait], names):
            note = [portrait, *note]
        out = list(blocks)
        for j in note:
            out[j] = _furniture(blocks[j], AUTHOR_BIO_ID, AUTHOR_BIO_REASON)
        return out if _body_left(blocks, out) else blocks
    return blocks


# a line only the recall-favouring extraction found is article text when it reads as prose
_SENTENCE_END = re_compile(r"[.!?:;\u2026\u3002\uff01\uff1f\uff1a][\"'\u2019\u201d\u00bb)\]]*$")
RECALL_ONLY_MIN_WORDS = 8  # a sentence, not a teaser headline
RECALL_ONLY_MAX_LINK_SHARE = 0.5
# the recall-favouring extraction missed the article when the balanced one holds five times its
# words and 100 more: it settled on an intro or a box (the balanced extraction is used instead);
# at twice, pages whose recall extraction was the article and the balanced one added the page's
# teasers and lists (a development page went from 0 leaks to 24 for one fact) switched too
RECALL_MISSED_RATIO = 5
RECALL_MISSED_WORDS = 100


def _prose_words(lines: list[str]) -> int:
    """The words of ``lines`` that read as article prose (a sentence of 8+ words, or a long
    paragraph of several sentences): a table's cells, a list of results or of links count 0."""
    total = 0
    for line in lines:
        words = word_count(line)
        if words >= RECALL_ONLY_MIN_WORDS and (
            _SENTENCE_END.search(line.strip())
            or (words >= LONG_PROSE_WORDS and len(_SENTENCE_STOP.findall(line)) >= 3)
        ):
            total += words
    return total


def _balanced_extract(html: str) -> str:
    """The page's text as trafilatura extracts it with its balanced (default) settings."""
    import trafilatura

    extracted = trafilatura.extract(
        html,
        output_format="txt",
        include_images=False,
        include_links=False,
        include_formatting=False,
        with_metadata=False,
        prune_xpath=_NOT_ARTICLE,
        **(EXTRACT_OPTIONS | {"favor_recall": False}),
    )
    return extracted or ""


def _balanced_text(html: str, extracted: str | None = None) -> str:
    """The page's text as trafilatura extracts it with its balanced (default) settings, letters
    only: what it vouches for without favouring recall."""
    return re.sub(r"\s+", "", _balanced_extract(html) if extracted is None else extracted)


_SENTENCE_STOP = re_compile(r"[.!?\u3002\uff01\uff1f](?=\s|$)")
LONG_PROSE_WORDS = 40  # a paragraph of several sentences that ends in a credit is still prose


def _prose(block: Block) -> bool:
    words = word_count(block.text)
    return (
        block.kind != "heading"
        and words >= RECALL_ONLY_MIN_WORDS
        and (
            bool(_SENTENCE_END.search(block.text.strip()))
            or (words >= LONG_PROSE_WORDS and len(_SENTENCE_STOP.findall(block.text)) >= 3)
        )
        and _link_share(block) <= RECALL_ONLY_MAX_LINK_SHARE
    )


# a paragraph that opens a list: it ends with a colon ("... any of the following:")
_LIST_OPENER = re_compile(r"[:\uff1a][\"'\u2019\u201d\u00bb)]*\s*$")


LINK_ONLY_SHARE = 0.9  # a list item this much a link is another page's title


def _run_link_share(run: list[Block]) -> float:
    """The share of the letters and digits of a run of blocks that stand inside links: a list
    whose items name a link each and say what it is ("Microsoft Azure Collective for
    open-source developers") is not a list of links, though one short item is half its link."""
    letters = sum(1 for b in run for ch in b.text if ch.isalnum())
    if not letters:
        return 0.0
    linked = sum(b.link_share() * sum(1 for ch in b.text if ch.isalnum()) for b in run)
    return linked / letters


def _enclosed_item_runs(
    body: list[Block], inside: list[bool], container: list[bool]
) -> list[tuple[int, int]]:
    """The runs of list items (``body[start:end]``) that only the recall-favouring extraction
    found and that the vouched body opens and closes: the block just before the run is in the
    balanced extraction and opens the list (a paragraph ending with a colon, or the section's
    heading), the block just after it is in the balanced extraction, the run is at most half
    links (struct51: the run as a whole; before, every item) and no item is a link alone (9/10)
    or a container copy. Such a list is the article's ("... any of the following:" and
    its points, a product's pros and cons under its name), whatever the length of its items; a
    list of links (related products, a table of contents) or a box of selling points after a
    sentence is not taken."""
    runs = []
    i = 0
    while i < len(body):
        if body[i].kind != "list_item" or inside[i]:
            i += 1
            continue
        end = i
        while end < len(body) and body[end].kind == "list_item" and not inside[end]:
            end += 1
        if (
            i > 0
            and end < len(body)
            and inside[i - 1]
            and inside[end]
            and (body[i - 1].kind == "heading" or _LIST_OPENER.search(body[i - 1].text))
            and not any(container[i:end])
            and _run_link_share(body[i:end]) <= RECALL_ONLY_MAX_LINK_SHARE
            and all(_link_share(b) < LINK_ONLY_SHARE for b in body[i:end])
        ):
            runs.append((i, end))
        i = end
    return runs


# a fact of a fact sheet: a short label, a colon, a short value ("Median GMAT: 740", "Class
# Size: 930", "Prep time: 20 minutes"); the label holds no sentence punctuation
_FACT_ITEM = re_compile(
    r"^(?P<label>[^\W\d_][^\s:：.!?]*(?:\s+[^\s:：.!?]+){0,3})\s*[:：]\s*(?P<value>\S.{0,119})$"
)
FACT_SHEET_MIN_ITEMS = 3
FACT_VALUE_MAX_WORDS = 12
FACT_SHEET_RESUME = 3  # the vouched body resumes within this many blocks after the sheet


def _fact_label(block: Block) -> str | None:
    """The label of a list item written ``label: value`` (``_FACT_ITEM``), folded; else None."""
    if block.kind != "list_item" or _link_share(block) > RECALL_ONLY_MAX_LINK_SHARE:
        return None
    match = _FACT_ITEM.match(" ".join(block.text.split()))
    if match is None or word_count(match.group("value")) > FACT_VALUE_MAX_WORDS:
        return None
    return match.group("label").casefold()


def _fact_sheet_runs(
    body: list[Block], inside: list[bool], container: list[bool], kept: list[bool]
) -> list[tuple[int, int]]:
    """The runs of list items (``body[start:end]``) that only the recall-favouring extraction
    found and that read as a fact sheet the vouched body holds: three or more items, each
    written ``label: value`` (a short label, a short value: "Location: Boston, Massachusetts",
    "Median GMAT: 740", "Acceptance Rate: 14%"), no two with the same label, none mostly links
    or a container copy; the block just before the run is article text the stage keeps (``kept``:
    in the balanced extraction, or prose) and so is one of the three blocks just after it (a
    "learn more" line and the next section's heading may stand between). A school's,
    a product's or a recipe's figures between the article's paragraphs are the article's, as
    an opened list is (``_enclosed_item_runs``); a list of labels without values (a box of
    selling points) is not taken, nor a run at the body's edge."""
    runs = []
    i = 0
    while i < len(body):
        if inside[i] or container[i] or _fact_label(body[i]) is None:
            i += 1
            continue
        end = i
        labels: set[str] = set()
        while end < len(body) and not inside[end] and not container[end]:
            label = _fact_label(body[end])
            if label is None or label in labels:
                break
            labels.add(label)
            end += 1
        if (
            end - i >= FACT_SHEET_MIN_ITEMS
            and i > 0
            and kept[i - 1]
            and any(kept[end : end + FACT_SHEET_RESUME])
        ):
            runs.append((i, end))
        i = max(end, i + 1)
    return runs


# the balanced extraction judged no heading: it holds under a fifth of the body's headings (one
# short heading's letters can stand in its prose by chance: "Stack Overflow"), of 3 or more
UNJUDGED_MIN_HEADINGS = 3
UNJUDGED_SHARE = 5


def _headings_unjudged(body: list[Block], inside: list[bool]) -> list[bool]:
    """``inside`` with the headings the balanced extraction could not judge counted as vouched.
    When the balanced extraction holds (nearly) none of the body's headings (set AD's page: it
    keeps the article's prose and drops every heading), its silence says nothing about them: a
    heading that opens vouched text (the next block, past any headings under it, is in the
    balanced extraction and is no heading) is the article's own when the text block before it
    is kept, and counts for the lists it closes. A teaser's heading (before a teaser, a list of
    links) opens nothing vouched and is judged as before; so is every heading of a page whose
    balanced extraction holds a fifth of them or more."""
    judged = [ok for b, ok in zip(body, inside, strict=True) if b.kind == "heading"]
    if len(judged) < UNJUDGED_MIN_HEADINGS or UNJUDGED_SHARE * sum(judged) >= len(judged):
        return inside
    out = list(inside)
    opens = False  # whether the block after this one is a vouched non-heading (or such a heading)
    for i in range(len(body) - 1, -1, -1):
        if image_only(body[i]):
            continue
        if body[i].kind == "heading":
            out[i] = opens
        else:
            opens = inside[i]
    return out


def _mark_recall_only(
    blocks: list[Block], html: str, balanced_raw: str | None = None
) -> list[Block]:
    """Blocks that only the recall-favouring extraction took (trafilatura's balanced extraction
    of the same page leaves them out) are kept when they read as article prose: 8 words or
    more ending in a sentence's punctuation (or a colon before a list), or 40 words or more of
    three sentences or more, at most half of it links; or a block quote (an embedded post the
    article quotes); or a list the vouched body opens and closes (``_enclosed_item_runs``), or
    a fact sheet of ``label: value`` items inside the vouched body (``_fact_sheet_runs``). A
    heading is kept before a kept block, after a kept one (or above the
    vouched body). A block that is half paragraphs the balanced extraction took is a container
    copy, not kept. Teaser cards, related-article lists and section labels found by the recall
    pass alone are marked as furniture. When the balanced extraction holds less than half of
    the body's words it missed the article, and nothing is marked."""
    balanced = _balanced_text(html, balanced_raw)
    body = [b for b in blocks if b.kind != "title"]
    squashed = [re.sub(r"\s+", "", b.text) for b in body]
    inside = [bool(k) and k in balanced for k in squashed]
    vouched_keys = [k for k, ok in zip(squashed, inside, strict=True) if ok and len(k) >= 40]
    # a recall-only block that is half vouched paragraphs is a container: a copy of body text
    # with what is around it (a card, a whole column), judged as furniture, not counted as body
    container = [
        not ok and 2 * sum(len(v) for v in vouched_keys if v in k) >= len(k)
        for k, ok in zip(squashed, inside, strict=True)
    ]
    body_words = sum(
        word_count(b.text)
        for b, c in zip(body, container, strict=True)
        if not c and not image_only(b)  # an image's alt text is no line of the body
    )
    vouched = sum(word_count(b.text) for b, ok in zip(body, inside, strict=True) if ok)
    if not balanced or 2 * vouched < body_words:
        return blocks
    unjudged = _headings_unjudged(body, inside)
    keep = [
        ok or (not c and (b.kind == "quote" or _prose(b)))  # a quote in the body is authored
        for b, ok, c in zip(body, inside, container, strict=True)
    ]
    for start, end in [
        *_enclosed_item_runs(body, unjudged, container),
        *_fact_sheet_runs(body, unjudged, container, list(keep)),
    ]:
        for i in range(start, end):
            keep[i] = True
    for i, block in enumerate(body):  # a heading stands before prose, after a kept block
        if block.kind == "heading" and not inside[i] and unjudged[i]:  # one the balanced
            k = i - 1  # extraction could not judge, before vouched text (struct51): kept after
            while k >= 0 and image_only(body[k]):  # a kept text block (an image passed over)
                k -= 1
            keep[i] = keep[k] if k >= 0 and any(inside[:i]) else True
        elif block.kind == "heading" and not inside[i]:  # (or above the vouched body)
            keep[i] = (
                i + 1 < len(body)
                and keep[i + 1]
                and body[i + 1].kind != "heading"
                and (keep[i - 1] if i and any(inside[:i]) else True)
            )
    for i, block in enumerate(body):  # an image goes with the text block it follows (or the
        if image_only(block):  # first one after it): its alt text is no prose to judge
            texts = [j for j in range(i - 1, -1, -1) if not image_only(body[j])] or [
                j for j in range(i + 1, len(body)) if not image_only(body[j])
            ]
            keep[i] = keep[texts[0]] if texts else True
    marks = iter(keep)
    out = []
    for block in blocks:
        if block.kind == "title" or next(marks) or block.furniture is not None:
            out.append(block)
        else:
            out.append(
                _furniture(
                    block,
                    "html:recall-only",
                    "found only by the recall-favouring extraction and not article prose"
                    " (a teaser, a list of links, a label)",
                )
            )
    return out


def _drop_container_copies(blocks: list[Block]) -> tuple[list[Block], list[Dropped]]:
    """A block whose text is the text of the next two to four blocks run together: the
    extractor took an element (a list item, a card) and then its parts (its headings) again.
    The parts are kept, the copy is dropped ("html:duplicate"): nothing is lost."""
    kept: list[Block] = []
    dropped: list[Dropped] = []
    for i, block in enumerate(blocks):
        whole = _squash_key(block.text)
        # the parts after it, a card's picture between them left aside (its alt text is no part)
        parts = [b for b in blocks[i + 1 : i + 13] if not image_only(b)][:4]
        copy = (
            block.kind != "title"
            and not image_only(block)
            and len(whole) >= 12
            and any(
                len(parts) >= n and whole == "".join(_squash_key(b.text) for b in parts[:n])
                for n in (2, 3, 4)
            )
        )
        if copy:
            reason = "the text of the blocks after it run together (the extractor's copy)"
            dropped.append(Dropped(text=block.text, rule="html:duplicate", reason=reason))
            continue
        kept.append(block)
    return kept, dropped


def _body_left(before: list[Block], after: list[Block]) -> bool:
    """Whether the body keeps three blocks and half of its words once marked blocks go."""
    words = sum(len(b.text.split()) for b in before if b.kind != "title" and b.furniture is None)
    rest = [b for b in after if b.kind != "title" and b.furniture is None]
    return len(rest) >= 3 and sum(len(b.text.split()) for b in rest) >= 0.5 * words


def _html_blocks(
    text: str, source: str = "-", page_url: str | None = None
) -> tuple[list[Block], str | None, dict[str, str], list[Dropped]]:
    from lxml import etree

    def extract(options: dict[str, Any]) -> Any:
        extracted = _extract_xml(
            text,
            output_format="xml",
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=True,
            prune_xpath=_NOT_ARTICLE,
            **options,
        )
        if not extracted:
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(extracted.encode("utf-8"), parser=parser)

    def words_of(root: Any) -> int:
        main = root.find("main")
        return word_count(" ".join((main if main is not None else root).itertext()))

    def prose_of(root: Any) -> int:
        main = root.find("main")
        body = main if main is not None else root
        return _prose_words(
            [
                " ".join(el.itertext())
                for el in body.iter("head", "p", "item", "cell")
                if el.tag != "cell" or not any(True for _ in el.iter("p", "head", "item"))
            ]
        )

    options = dict(EXTRACT_OPTIONS)
    root = extract(options)
    balanced_raw = _balanced_extract(text) if options.get("favor_recall") else None
    if balanced_raw is not None:
        # do no harm: when the recall-favouring extraction settled on a smaller part of the page
        # (an intro, a teaser box) than the balanced one, the balanced extraction is the article
        # (by its words, or by its prose: a table or a list of results beside a few sentences
        # is not the article when the balanced extraction holds five times its prose)
        balanced_words = word_count(balanced_raw)
        recall_words = words_of(root) if root is not None else 0
        balanced_prose = _prose_words(balanced_raw.split("\n"))
        recall_prose = prose_of(root) if root is not None else 0
        if (
            balanced_words >= RECALL_MISSED_RATIO * recall_words
            and balanced_words - recall_words >= RECALL_MISSED_WORDS
        ) or (
            balanced_prose >= RECALL_MISSED_RATIO * recall_prose
            and balanced_prose - recall_prose >= RECALL_MISSED_WORDS
        ):
            options["favor_recall"] = False
            root = extract(options)
            balanced_raw = None  # the blocks are the balanced extraction: nothing recall-only
    if root is None:
        if _visible_text_depth(text)[1]:
            raise InputError(f"{TOO_DEEP}: its text there cannot be read", path=source)
        raise EmptyInputError("no article text found in the HTML page", path=source)
    meta = {
        key: str(root.get(key))
        for key in ("title", "author", "date", "url", "sitename", "description")
        if root.get(key)
    }
    if page_url:
        meta["url"] = page_url
    address = page_address(text, meta.get("url"))
    blocks: list[Block] = []
    title = meta.get("title")
    if title:
        title = _agreed_headline(title, text)
        meta["title"] = title
        blocks.append(Block(kind="title", text=" ".join(title.split())))
    main = root.find("main")
    body = main if main is not None else root
    order: list[tuple[str, str, list[InlineSpan]]] = []
    marked, images = _marked_blocks(text, address, options, order)
    pictures = _image_blocks(images.pop(None, []))  # images before the first text block
    from .read_media import _squash as _media_key
    from .read_media import page_structure

    codes, starts = page_structure(text)  # the page's code blocks and <ol> starts (untrans10)
    from .read_media import closing_references, page_footnotes

    # the page's footnote definitions (untrans11) and their later paragraphs (struct53)
    notes, note_ids, note_more = page_footnotes(text)
    closing: dict[str, tuple[str, str]] | None = None  # blocks a note's reference ends (struct54)
    tables: dict[Any, int] = {}  # trafilatura's <table> elements, numbered in page order
    places: dict[Any, tuple[int, int]] = {}  # their cells' (row, column)
    alone: list[Block] = []  # images alone in a cell, waiting for the empty cell they are in
    from .read_media import PageBlocks, page_links, page_list_headings

    own: PageBlocks | None = None  # the page's own blocks, read when the marked ones lack one
    list_heads: dict[str, int] | None = None  # list items wholly a heading on the page
    for element in _cut_loose(_xml_units(body), order, marked):
        code = codes.get(_media_key("".join(element.itertext()))) if element.tag == "code" \
            else None  # fmt: skip
        if code is not None:  # a <pre> of code by its markup: carried verbatim, not translated
            if pictures:
                blocks += pictures
                pictures = []
            blocks.append(Block(kind="code", text=code[0], info=code[1]))
            key = re.sub(r"\s+", "", code[0])
            blocks += _image_blocks(images.pop(key, []) + images.pop(_ALONE_IN_CELL + key, []))
            continue
        if element.tag == "code":  # a preformatted block (<pre>): one paragraph a line
            sample = code_lines_block("".join(element.itertext()).split("\n"),
                                      Block(kind="code", text=""))  # fmt: skip
            lines = [sample] if sample is not None else \
                _preformatted_blocks("".join(element.itertext()))  # fmt: skip
            if lines and pictures:
                blocks += pictures
                pictures = []
            blocks += lines
            whole = re.sub(r"\s+", "", "".join(element.itertext()))
            blocks += _image_blocks(images.pop(whole, []) + images.pop(_ALONE_IN_CELL + whole, []))
            continue
        breaks = False
        for lb in element.iter("lb"):  # a line break separates words ("dates:<br>June 9")
            lb.tail = "\n" + (lb.tail or "")
            breaks = True
        if breaks and element.tag == "p" and element.find(".//ref") is None:
            sample = code_lines_block("".join(element.itertext()).split("\n"),
                                      Block(kind="code", text=""))  # fmt: skip
            if sample is not None:  # a code sample written one <br> line a line of code
                blocks += pictures
                pictures = []
                blocks.append(sample)
                continue
        content = " ".join("".join(element.itertext()).split())
        if not content:
            place = _xml_cell(element, tables, places) if element.tag == "cell" else None
            if place is not None and alone:  # an image alone in this cell: its cell
                alone.pop(0).cell = place
            continue
        if element.get(_LOOSE) is not None and not _prose_words([content]):
            continue  # a short loose line (a byline, a date, "Skip to content"): lost as before
        alone = []
        whole_code = codes.get(_media_key(content)) if len(_media_key(content)) >= 12 else None
        cell = _xml_cell(element, tables, places) if element.tag in ("cell", "p") else None
        if whole_code is not None and cell is None:  # a block wholly a <pre> of code
            blocks += pictures
            pictures = []
            blocks.append(Block(kind="code", text=whole_code[0], info=whole_code[1]))
            continue
        spans = _html_spans(content, marked)
        if own is None:
            own = page_links(text, address)
        if not spans and re.sub(r"\s+", "", content) not in marked:
            spans = _own_spans(content, own)
        else:  # links the marked extraction dropped from a block it kept (struct17)
            spans = _with_own_links(content, spans, own)
        kind = _dl_kind(element) or _HTML_KINDS[element.tag]
        level = 0
        if kind == "list_item":  # a list item that is wholly a heading on the page (struct17)
            if list_heads is None:
                list_heads = page_list_headings(text)
            level = list_heads.get(re.sub(r"\s+", "", content), 0)
            kind = "heading" if level else kind
        elif kind == "heading":
            rend = element.get("rend") or "h2"
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 2
            if title and not blocks[1:] and content == " ".join(title.split()):
                continue  # the page's <h1> repeats the title
        if pictures and kind != "heading":
            blocks += pictures
            pictures = []
        number = _item_number(element, starts) if kind == "list_item" else None
        as_read = re.sub(r"\s+", "", content)  # the key of the images that follow it
        label = notes.get(_media_key(content)) if notes and kind != "heading" else None
        later = note_more.get(_media_key(content)) if note_more and not label else None
        if label or later:  # a footnote's definition: carried as Markdown's "[^label]: text" is
            content, spans = _footnote_definition(content, spans, label or later or "", later)
            kind, level, number = "paragraph", 0, None
        elif note_ids:
            if closing is None:  # read once a page, only when it has notes (struct54)
                closing = closing_references(text, note_ids)
            spans = _closing_reference(content, spans, closing.get(_media_key(content)))
            content, spans = _footnote_references(content, spans, note_ids)
        cell = cell if kind == "paragraph" else None
        blocks.append(Block(kind=kind, text=content, level=level, inline=spans, number=number,
                            cell=cell))  # fmt: skip
        # an image in a table's cell stays in it (the table goes on after it); one alone in the
        # cell after this one goes there (below), else it stays here, as before
        for picture in _image_blocks(images.pop(as_read, [])):
            picture.cell = cell
            blocks.append(picture)
        for picture in _image_blocks(images.pop(_ALONE_IN_CELL + as_read, [])):
            picture.cell = cell
            blocks.append(picture)
            alone.append(picture)
    blocks = code_paragraph_runs(blocks)  # code written one <p> a line: one code block
    dropped: list[Dropped] = []
    visible, too_deep = _visible_text_depth(text)
    page_words = word_count(visible)
    if too_deep:  # never a silent loss: the article stops where the nesting got too deep
        if not any(b.text.strip() for b in blocks if b.kind != "title"):
            raise InputError(f"{TOO_DEEP}: its text there cannot be read", path=source)
        dropped.append(
            Dropped(
                text="text nested too deeply, and what follows it",
                rule=TOO_DEEP_RULE,
                reason=f"{TOO_DEEP}: the text from there on was not read; the edition may "
                "lack part of the article",
            )
        )
    body_words = sum(word_count(b.text) for b in blocks if b.kind != "title" and not image_only(b))
    ld_body = _json_ld_body(text)
    ld_words = word_count(ld_body)
    if ld_words >= max(2 * body_words, body_words + 100):
        # the HTML carries a teaser or a caption; the article is in the page's structured data
        from .read_media import ld_page_blocks

        blocks = [b for b in blocks if b.kind == "title"] + (
            ld_page_blocks(ld_body, text, address)
            or [
                Block(kind="paragraph", text=" ".join(par.split()))
                for par in re.split(r"\n\s*\n|\n", ld_body)
                if par.strip()
            ]
        )
        dropped.append(
            Dropped(
                text=f"{body_words} words of HTML body",
                rule="html:json-ld-body",
                reason=f"the HTML holds {body_words} words of the article, its JSON-LD "
                f"articleBody {ld_words}: the article is taken from the JSON-LD",
            )
        )
        body_words = ld_words
    if body_words < MIN_BODY_WORDS and (
        page_words >= BODY_RATIO * max(body_words, 1)
        # a page built by scripts shows few words, but it says it is an article and is far
        # too big for the few words kept: the body is in its scripts, not found
        or (len(text) >= SCRIPTED_PAGE_CHARS and _declares_article(text))
    ):
        raise NoArticleBodyError(
            f"article body not found: {body_words} words kept of a page of {page_words}"
            f" ({len(text) // 1000} KB of HTML): a caption or teaser, not the article",
            path=source,
            hint="save the article's text or its HTML element and translate that",
        )
    if balanced_raw is not None and not any(d.rule == "html:json-ld-body" for d in dropped):
        blocks = _mark_recall_only(blocks, text, balanced_raw)
    blocks = _mark_markup_furniture(blocks, text)
    blocks = _mark_link_lines(blocks)
    blocks, copies = _drop_container_copies(blocks)
    dropped += copies
    blocks = _mark_link_lists(blocks, address)
    blocks = _mark_stamp_lines(blocks)
    blocks = _mark_author_bio(blocks, meta.get("author"))
    if not any(d.rule == "html:json-ld-body" for d in dropped):
        from .read_media import recover_media  # the body's images and list links (untrans8)

        blocks, unplaced = recover_media(blocks, text, address)
        dropped += unplaced
        from .read_media import figure_captions  # a kept picture's caption (struct35)

        blocks = figure_captions(blocks, text, address)
    blocks = _heading_blocks(blocks, text, title, address)
    if title:
        cleaned, furniture = clean_title(title, meta, text)
        if furniture:
            title = cleaned
            meta["title"] = cleaned
            blocks[0] = Block(kind="title", text=cleaned)
            dropped.append(
                Dropped(
                    text=" | ".join(furniture),
                    rule="html:title-site",
                    reason="site name, section or date around the headline in the page title",
                )
            )
    if title:
        blocks, title, repeat = _drop_title_repeat(blocks, title)
        if repeat:
            meta["title"] = title
        dropped += repeat
        if not repeat:
            blocks, h1 = _drop_h1_headline(blocks, text)
            dropped += h1
    kept_words = sum(len(b.text.split()) for b in blocks)
    if page_words > kept_words:
        dropped.append(
            Dropped(
                text=f"{page_words - kept_words} words of page chrome",
                rule="html:extract",
                reason="outside the article body (navigation, scripts, comments, sidebars)",
            )
        )
    return blocks, title, meta, dropped


# the headline is looked for among the first blocks of the body; the walk stops at the first
# long block, so this bounds only a run of short labels (a menu's cells, read since untrans7)
TITLE_REPEAT_WINDOW = 16


def _drop_title_repeat(blocks: list[Block], title: str) -> tuple[list[Block], str, list[Dropped]]:
    """The headline printed again as a heading, or as the first paragraph, at the top of the
    body (after nothing but short labels: a kicker, a section name), beside a ``<title>`` that
    carries it: one title, not a title and a heading. When the title is that heading followed
    by a separator and more parts ("Headline » Local » News"), the heading is the headline and
    the rest is furniture."""

    def squash(text: str) -> str:
        return _letters(text)  # dashes and quotes differ between <title> and the page

    for i, block in enumerate(blocks[:TITLE_REPEAT_WINDOW]):
        if block.kind == "title":
            continue
        if (
            block.kind == "paragraph"
            and len(block.text) >= 20
            and squash(block.text) == squash(title)
            and not any(x.kind == "image" for x in block.inline)  # the lead image stays
        ):  # the headline printed again as the body's first paragraph (a lead set in bold)
            drop = Dropped(
                text=block.text,
                rule="html:title-repeat",
                reason="the headline repeated as the first paragraph of the body",
            )
            return blocks[:i] + blocks[i + 1 :], title, [drop]
        if block.kind != "heading" or len(block.text) < 20:
            if len(block.text.split()) > 8:
                break  # the body has started: a heading further down is the article's own
            continue  # a kicker, a section label, a menu entry above the headline
        head, whole = squash(block.text), squash(title)
        if head == whole:
            drop = Dropped(
                text=block.text,
                rule="html:title-repeat",
                reason="the headline repeated as a heading at the top of the body",
            )
            return blocks[:i] + blocks[i + 1 :], title, [drop]
        text = " ".join(block.text.split())
        rest = title.strip()[len(text) :] if title.strip().startswith(text) else ""
        if rest and _TITLE_SEPARATORS.match(rest):
            drops = [
                Dropped(
                    text=rest.strip(),
                    rule="html:title-site",
                    reason="section or site name after the headline in the page title",
                ),
                Dropped(
                    text=block.text,
                    rule="html:title-repeat",
                    reason="the headline repeated as a heading at the top of the body",
                ),
            ]
            kept = [Block(kind="title", text=text) if b.kind == "title" else b for b in blocks]
            return kept[:i] + kept[i + 1 :], text, drops
    return blocks, title, []


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _drop_h1_headline(blocks: list[Block], html: str) -> tuple[list[Block], list[Dropped]]:
    """The page's ``<h1>`` as the first block of the body, beside a title block: the headline
    as the page shows it (often worded apart from the ``<title>``, which is written for search
    engines), not a section heading of the article. One title, not a title and a heading."""
    first = next((i for i, b in enumerate(blocks) if b.kind != "title"), None)
    if first is None or blocks[first].kind != "heading" or len(blocks) < first + 3:
        return blocks, []
    head = _letters(blocks[first].text)
    if len(head) < 12:
        return blocks, []
    from lxml import etree

    from .read_media import page_tree

    try:
        doc = page_tree(html)  # read only (speed52)
    except (etree.ParserError, ValueError):
        return blocks, []
    h1s = [_letters(h.text_content()) for h in doc.iter("h1")]
    if head not in h1s[:2]:
        return blocks, []
    drop = Dropped(
        text=blocks[first].text,
        rule="html:title-repeat",
        reason="the page's <h1> headline at the top of the body (the title is kept)",
    )
    return blocks[:first] + blocks[first + 1 :], [drop]


_Images = dict[str | None, list[tuple[str, str]]]
_IMG_TAG = re_compile(r"<img\b[^>]*>", re.IGNORECASE)
# where lazy-loading scripts keep an image's address while ``src`` holds a placeholder (WordPress
# lazy loaders, lazysizes, jQuery lazyload); trafilatura reads ``src`` and ``data-src*`` only
_LAZY_SRC = ("data-lazy-src", "data-original", "data-lazy", "data-src", "data-lazy-srcset",
             "data-srcset", "srcset")  # fmt: skip


def _img_attr(tag: str, name: str) -> str | None:
    m = re.search(rf"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", tag, re.IGNORECASE)
    return None if m is None else next(g for g in m.groups() if g is not None)


def lazy_images(html: str) -> str:
    """``html`` with each ``<img>`` whose ``src`` is missing or a ``data:`` placeholder given the
    address its lazy-loading attribute holds (the first of :data:`_LAZY_SRC`; the first URL of
    a srcset), so that the image is read with its alt text. Nothing else changes.

    >>> lazy_images('<img src="data:image/gif;base64,R0l" data-lazy-src="/a.jpg" alt="A b">')
    '<img src="/a.jpg" data-lazy-src="/a.jpg" alt="A b">'
    >>> lazy_images('<img src="/real.png" data-original="/other.png">')
    '<img src="/real.png" data-original="/other.png">'
    """

    def fix(m: re.Match[str]) -> str:
        tag = m.group(0)
        src = _img_attr(tag, "src")
        if src is not None and src.strip() and not src.strip().lower().startswith("data:"):
            return tag
        for name in _LAZY_SRC:
            value = _img_attr(tag, name)
            url = (value or "").split(",")[0].split()[0] if (value or "").split() else ""
            if url and not url.lower().startswith("data:") and '"' not in url:
                bare = re.sub(r"""\ssrc\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)""", "", tag, count=1,
                              flags=re.IGNORECASE)  # fmt: skip
                return f'<img src="{url}"' + bare[4:]
        return tag

    return _IMG_TAG.sub(fix, html) if "<img" in html or "<IMG" in html else html


# A permalink next to a heading: a link to the page's own fragment, or a span named for one,
# whose whole text is a glyph ("#", "¶", "§", a link or anchor emoji; Sphinx, WordPress, MDN).
_PERMALINK_GLYPH = r"\s{0,20}(?:#|¶|§|🔗|⚓|&para;|&sect;|&#182;|&#167;|&#35;|&num;)\s{0,20}"
# bounded repeats: a hostile megabyte-long attribute costs a bounded scan, never backtracking
_PERMALINK = re_compile(
    r"<a\b[^>]{0,300}?\bhref\s*=\s*[\"']#[^\"'>]{0,200}[\"'][^>]{0,300}>"
    + _PERMALINK_GLYPH
    + r"</a\s*>|<span\b[^>]{0,300}?\bclass\s*=\s*[\"'][^\"'>]{0,100}?"
    r"(?:anchor|permalink|headerlink)[^\"'>]{0,100}[\"'][^>]{0,300}>"
    + _PERMALINK_GLYPH
    + r"</span\s*>",
    re.IGNORECASE,
)


def permalink_glyphs(html: str) -> str:
    """``html`` without its permalink glyphs, which would otherwise open a heading's text ("#CVE-
    2024-31393: ..." read as a hashtag that the translation must keep).

    >>> permalink_glyphs('<h4><a href="#x"><span class="anchor">#</span>CVE-1: Bug</a></h4>')
    '<h4><a href="#x">CVE-1: Bug</a></h4>'
    >>> permalink_glyphs('<h2>Setup<a class="headerlink" href="#setup">¶</a></h2>')
    '<h2>Setup</h2>'
    >>> permalink_glyphs('<p>Ranked <a href="/charts">#</a>1</p>')  # not a fragment: kept
    '<p>Ranked <a href="/charts">#</a>1</p>'
    """
    return _PERMALINK.sub("", html)


# an end tag run into the next one ("</div</div>"): HTML reads "div<" as its name and ignores it,
# so every element it meant to close stays open and the rest of the page falls inside it
_RUN_ON_END_TAG = re_compile(r"(</[A-Za-z][A-Za-z0-9]{0,20})(?=</[A-Za-z])")


def run_on_end_tags(html: str) -> str:
    """``html`` with each end tag that runs into the next one closed where the next one starts
    (a typo that leaves its element open: the article after a table nested inside the table's
    box, where an extractor drops it with the box).

    >>> run_on_end_tags("<div><table></table></div</div><h3>Next</h3>")
    '<div><table></table></div></div><h3>Next</h3>'
    >>> run_on_end_tags("<p>a &lt;/b&lt;/i&gt; <b>x</b></p>")  # escaped text: untouched
    '<p>a &lt;/b&lt;/i&gt; <b>x</b></p>'
    """
    return _RUN_ON_END_TAG.sub(r"\1>", html) if "</" in html else html


# a script or style start tag written self-closed ("<script type=.../>"): HTML has no self-closing
# raw-text element, so a browser reads what follows as the script's code up to "</script>", but
# libxml2 closes the element at once and the code becomes page text (a paragraph of JavaScript
# read as article). A stray end tag before the next start tag of the element shows it.
_SELF_CLOSED_RAW_TEXT = re_compile(r"<(script|style)\b([^<>]*?)/\s*>", re.IGNORECASE)
_RAW_TEXT_TAG = {
    "script": re_compile(r"<(/?)script\b", re.IGNORECASE),
    "style": re_compile(r"<(/?)style\b", re.IGNORECASE),
}


def self_closed_raw_text(html: str) -> str:
    """``html`` with each self-closed ``<script/>`` or ``<style/>`` opened as a browser opens it,
    where an end tag of the element comes before its next start tag (the code between them is
    the element's, not the page's text). A self-closed one followed by another start tag first,
    or by none, is an XHTML writer's empty element: untouched.

    >>> self_closed_raw_text('<script type="text/javascript"/>var a = 1;</script><p>Hi</p>')
    '<script type="text/javascript">var a = 1;</script><p>Hi</p>'
    >>> self_closed_raw_text('<script src="a.js"/><p>Hi</p><script>x()</script>')
    '<script src="a.js"/><p>Hi</p><script>x()</script>'
    >>> self_closed_raw_text('<pre>&lt;script/&gt;f()&lt;/script&gt;</pre>')  # escaped: as is
    '<pre>&lt;script/&gt;f()&lt;/script&gt;</pre>'
    """
    if "/>" not in html:
        return html
    parts: list[str] = []
    pos = 0
    for match in _SELF_CLOSED_RAW_TEXT.finditer(html):
        name = match.group(1).lower()
        following = _RAW_TEXT_TAG[name].search(html, match.end())
        if following is None or not following.group(1):
            continue
        parts.append(html[pos : match.start()])
        parts.append(f"<{match.group(1)}{match.group(2).rstrip()}>")
        pos = match.end()
    if not parts:
        return html
    parts.append(html[pos:])
    return "".join(parts)


# a section's box whose id is the anchor of its own heading (a table of contents links to it)
_ANCHORED_BOX = re_compile(
    r"<(?:div|section|article)\b[^>]*?\sid\s*=\s*[\"']?([A-Za-z0-9_-]{10,200})[^>]*>"
    r"(?:\s*<(?!/|h[1-6]\b)[A-Za-z][^>]*>)*\s*<h([1-6])\b[^>]*>(.{1,600}?)</h\2\s*>",
    re.IGNORECASE | re.DOTALL,
)
_ANCHOR_WORD = re_compile(r"[^\W_]+")
_TAG = re_compile(r"<[^>]*>")


def _slug_words(text: str) -> list[str]:
    import html as html_lib

    return _ANCHOR_WORD.findall(html_lib.unescape(_TAG.sub(" ", text)).casefold())


def own_heading_anchors(html: str) -> str:
    """``html`` with the id of each section box that is its own heading's anchor (the heading's
    words, four or more, as the id spells them: ``id="menu-innovation-strategies"`` over
    "Menu Innovation Strategies") renamed ``data-anchor-id``, so that a furniture word among
    the heading's words ("menu", "share", "related") does not make the extraction drop the
    section; the reader's own markup rule already reads such ids as anchors, not names.

    >>> own_heading_anchors('<div id="menu-ideas-for-small-kitchens"><h2>Menu Ideas for '
    ...                     'Small Kitchens</h2><p>Text</p></div>').split(">")[0]
    '<div data-anchor-id="menu-ideas-for-small-kitchens"'
    >>> own_heading_anchors('<div id="related-posts"><h2>Related posts</h2></div>').split(">")[0]
    '<div id="related-posts"'
    >>> own_heading_anchors('<div id="share-this-story-now"><h2>Other words</h2></div>')[:30]
    '<div id="share-this-story-now"'
    """
    if " id" not in html and "\tid" not in html and "\nid" not in html:
        return html
    spots: list[tuple[int, int]] = []
    for m in _ANCHORED_BOX.finditer(html):
        words = _slug_words(m.group(1))
        if len(words) < 4 or words != _slug_words(m.group(3)):
            continue
        at = html.rfind("id", m.start(), m.start(1))
        spots.append((at, at + 2))
    for start, end in reversed(spots):
        html = f"{html[:start]}data-anchor-id{html[end:]}"
    return html


# a start tag whose class names a "widget" (a word the extraction drops a box by: sidebars, ad
# slots); a paragraph of prose: PROSE_WIDGET_WORDS words or more, mostly not links
_WIDGET_TAG = re_compile(
    r"<(div|section|aside)\b[^>]*?\sclass\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE
)
PROSE_WIDGET_WORDS = 12
PROSE_WIDGET_SHARE = 0.5  # of the box's words in its paragraphs of prose, at least
PROSE_WIDGET_PARAGRAPHS = 6  # paragraphs of prose in the box, at most (a box, not a page)


def _prose_paragraph(node: Any) -> bool:
    if node.tag != "p":
        return False
    words = len(node.text_content().split())
    linked = len(" ".join(a.text_content() for a in node.iter("a")).split())
    return words >= PROSE_WIDGET_WORDS and linked * 2 < words


def _prose_box(el: Any) -> bool:
    """A box of the article: a paragraph of prose among its earlier siblings, and one to
    PROSE_WIDGET_PARAGRAPHS of its own that hold PROSE_WIDGET_SHARE of its words or more."""
    if any(w == "widget" or w.startswith(("widget-", "widget_")) for w in el.get("class").split()):
        return False  # a blog engine's widget API ("widget widget_block"): a sidebar's boxes
    own = [p for p in el.iter("p") if _prose_paragraph(p)]
    if not 0 < len(own) <= PROSE_WIDGET_PARAGRAPHS:
        return False
    words = len(el.text_content().split())
    if sum(len(p.text_content().split()) for p in own) < PROSE_WIDGET_SHARE * words:
        return False
    earlier = el.itersiblings(preceding=True)
    return any(isinstance(sib.tag, str) and _prose_paragraph(sib) for sib in earlier)


def prose_widgets(html: str) -> str:
    """``html`` with the word "widget" taken out of the class of each box that the page's markup
    calls a widget but that stands in the article (``_prose_box``: among the article's own
    paragraphs, and mostly paragraphs of prose itself, as a review's product box between its
    paragraphs, ``<div class="c-product-widget">``), and of every widget box inside it. The
    extraction drops every box whose class holds "widget"; a sidebar's or a footer's widgets
    stand among other widgets, not after the article's paragraphs, and a blog engine's widgets
    (``class="widget widget_text"``) keep their class. The boxes are found by a parser and
    their start tags matched in the text in order, each by its tag and class; if any does not
    match, the page is left as it is.

    >>> prose = "<p>" + "The review of the machine took us twelve weeks of daily use. " * 2 + "</p>"
    >>> out = prose_widgets(f'<div>{prose}<div class="c-product-widget">{prose}</div></div>')
    >>> out.count('class="c-product-wdgt"')
    1
    >>> side = f'<aside class="widget widget_text"><h3>About</h3>{prose}</aside>'
    >>> prose_widgets(f"<div>{prose}{side}</div>") == f"<div>{prose}{side}</div>"
    True
    """
    if "widget" not in html:
        return html
    tags = [m for m in _WIDGET_TAG.finditer(html) if "widget" in (m.group(2) or m.group(3) or "")]
    if not tags:
        return html
    from lxml import etree
    from lxml import html as lxml_html

    try:
        doc = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    boxes = [e for e in doc.iter("div", "section", "aside") if "widget" in (e.get("class") or "")]
    if len(boxes) != len(tags) or any(
        el.tag != m.group(1).lower() or el.get("class") != (m.group(2) or m.group(3) or "")
        for el, m in zip(boxes, tags, strict=True)
    ):
        return html  # markup the parser reads otherwise (a tag in a comment or a script): left
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()  # their text is no word of the box
    chosen: set[int] = set()
    for at, el in enumerate(boxes):
        if at in chosen or not _prose_box(el):
            continue
        chosen |= {i for i, box in enumerate(boxes) if box is el or el in box.iterancestors()}
    for at in sorted(chosen, reverse=True):
        m = tags[at]
        group = 2 if m.group(2) is not None else 3
        value = m.group(group).replace("widget", "wdgt")
        html = f"{html[: m.start(group)]}{value}{html[m.end(group) :]}"
    return html


# a line break that is the last thing inside an inline element ("<b>Title.<br></b>Text"):
# trafilatura drops it there, so it is moved after the element, where it means the same
_BR_CLOSING_INLINE = re_compile(
    r"(<br\s*/?>)(\s*)(</(?:b|strong|em|i|u|span|font|small|big)\s*>)", re.IGNORECASE
)


def _breaks_out_of_inline(html: str) -> str:
    """``html`` with each ``<br>`` that closes an inline element moved after it.

    >>> _breaks_out_of_inline("<li><b>Keep it current.<br></b>Make sure</li>")
    '<li><b>Keep it current.</b><br>Make sure</li>'
    """
    return _BR_CLOSING_INLINE.sub(r"\3\2\1", html) if "<br" in html or "<BR" in html else html


def image_only(block: Block) -> bool:
    """A block that is an image and its alt text, nothing else (the reader's picture blocks)."""
    return any(s.kind == "image" and s.start == 0 and s.end == len(block.text)
               for s in block.inline)  # fmt: skip


def _image_blocks(images: list[tuple[str, str]]) -> list[Block]:
    """One paragraph per image, its alt text as text under an ``image`` span (the way Markdown's
    ``![alt](src)`` on a line of its own is read): the alt text is translated, the image kept."""
    return [
        Block(kind="paragraph", text=alt, inline=[InlineSpan(0, len(alt), "image", {"src": src})])
        for src, alt in images
    ]


# the key prefix of an image that stands alone in a table cell (no text of the cell's own):
# it goes with the empty cell that follows the text before it, not into that text's cell
_ALONE_IN_CELL = "\x00cell:"


def _alone_in_cell(graphic: Any) -> bool:
    """Whether a ``<graphic>`` of trafilatura's XML is in a table cell that holds no text."""
    parent = graphic.getparent()
    while parent is not None and parent.tag not in ("cell", "table"):
        parent = parent.getparent()
    return parent is not None and parent.tag == "cell" and not "".join(parent.itertext()).strip()


def _xml_name(name: str) -> bool:
    """Whether XML allows ``name`` as an attribute's name (a letter, "_" or ":" first; letters,
    digits, "-", ".", "_" and ":" after it).

    >>> [_xml_name(n) for n in ("data-id", "xml:lang", "9fad2661fa574de0", "a=b")]
    [True, True, False, False]
    """
    return (
        bool(name)
        and (name[0].isalpha() or name[0] in "_:")
        and all(c.isalnum() or c in "-._:" for c in name[1:])
    )


def _xml_safe_tree(html: str) -> Any:
    """``html`` parsed as trafilatura parses it, with every attribute whose name XML does not
    allow removed: a word processor's markup pasted into a CMS can carry them (capital.gr's
    ``<ul style='"MARGIN-TOP:' 34b3f3ffd1714b54a7848a8a3dd49191>``), HTML parsers keep them, and
    trafilatura's XML output, which carries some attributes over, then fails to parse itself."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return html
    for element in tree.iter():
        attrib = getattr(element, "attrib", None)  # none on comments
        if attrib is None:
            continue
        for name in [n for n in attrib if not _xml_name(str(n))]:
            del attrib[name]
    return tree


def _extract_xml(html: str, **options: Any) -> str | None:
    """``trafilatura.extract(html, **options)``; when trafilatura's own XML output does not parse
    (an attribute name XML does not allow, kept from the page: :func:`_xml_safe_tree`), the same
    extraction again on the page with those attributes removed. A page that extracts today is
    extracted exactly as before: only the pages that raised are read again."""
    import trafilatura
    from lxml import etree

    try:
        return trafilatura.extract(html, **options)  # type: ignore[no-any-return]
    except etree.XMLSyntaxError:
        return trafilatura.extract(_xml_safe_tree(html), **options)  # type: ignore[no-any-return]


def _marked_blocks(
    html: str,
    url: str | None = None,
    options: dict[str, Any] | None = None,
    order: list[tuple[str, str, list[InlineSpan]]] | None = None,
) -> tuple[dict[str, list[tuple[str, list[InlineSpan]]]], _Images]:
    """The page's blocks extracted again with links, formatting, line breaks and images, keyed
    by their letters (whitespace left out). trafilatura's extraction with links and formatting
    loses spaces between adjacent inline elements ("that<code>x()</code>"), so the plain
    extraction stays the text and only the spans are taken from this one, mapped over the
    letters they cover. Images with an alt text (``src`` made absolute against the page's
    ``url``) are returned by the key of the text block before them (None: before the first).
    ``options``: the extraction settings the plain extraction used (default EXTRACT_OPTIONS).
    ``order``, when given, receives every text block (its letters, text and spans) in page
    order, for ``_cut_loose``."""
    from lxml import etree

    images: _Images = {}
    extracted = _extract_xml(
        # lazy-loaded images read at their address, not the placeholder; a break that closes an
        # inline element stands after it
        _breaks_out_of_inline(lazy_images(html)),
        output_format="xml",
        include_images=True,
        include_links=True,
        include_formatting=True,
        with_metadata=False,
        prune_xpath=_NOT_ARTICLE,
        **(EXTRACT_OPTIONS if options is None else options),
    )
    out: dict[str, list[tuple[str, list[InlineSpan]]]] = {}
    if not extracted:
        return out, images
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(extracted.encode("utf-8"), parser=parser)
    last: str | None = None
    for element in _xml_units(root, graphics=True):
        if element.tag == "graphic":
            from .read_media import unescape_twice

            alt = " ".join(unescape_twice(str(element.get("alt") or "")).split())
            src = str(element.get("src") or "").strip()
            if alt and src:
                from urllib.parse import urljoin

                key = _ALONE_IN_CELL + last if last and _alone_in_cell(element) else last
                images.setdefault(key, []).append((urljoin(url, src) if url else src, alt))
            continue
        content, spans = _xml_inline(element)
        if url:
            spans = [_absolute_link(span, url) for span in spans]
        if content.strip():
            last = re.sub(r"\s+", "", content)
            if order is not None:
                order.append((last, content, spans))
        if spans:
            out.setdefault(re.sub(r"\s+", "", content), []).append((content, spans))
    return out, images


def _own_spans(content: str, own: dict[str, tuple[str, list[InlineSpan], str]]) -> list[InlineSpan]:
    """The links of the page's own block with the same letters as ``content`` (struct16: the
    marked extraction settled elsewhere and left this kept block out), moved onto it."""
    key = re.sub(r"\s+", "", content)
    found = own.get(key)
    return _html_spans(content, {key: [(found[0], found[1])]}) if found and found[1] else []


def _with_own_links(
    content: str, spans: list[InlineSpan], own: dict[str, tuple[str, list[InlineSpan], str]]
) -> list[InlineSpan]:
    """``spans`` of a kept block with the links of the page's own block with the same letters
    that no link of ``spans`` overlaps (struct17): trafilatura's marked extraction drops a link
    now and then from a block it keeps (a link around bold text followed by a line break,
    ``<a><strong>http://amzn.to/...<br></strong></a>``; a paragraph whose formatting it keeps and
    whose links it does not), so the block came with some or none of its links. The page's own
    block is ``page_links``'s: outside furniture, and a text the page holds twice with other
    links is left out."""
    extra = _own_spans(content, own)
    if not extra:
        return spans
    links = [(s.start, s.end) for s in spans if s.kind == "link"]
    added = [s for s in extra if not any(s.start < e and b < s.end for b, e in links)]
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda s: (s.start, -s.end))


def _absolute_link(span: InlineSpan, page_url: str) -> InlineSpan:
    """A link span whose relative ``href`` ("/news/world", "../a.html") is made absolute against
    the page's ``page_url``, so that an edition published elsewhere still points at the page the
    site meant; a fragment-only ``href`` ("#notes": a place on the page itself), an absolute one,
    or a page URL that may not be written leave the span as it is.

    >>> _absolute_link(InlineSpan(0, 4, "link", {"href": "/world"}), "https://ex.org/a/b").attrs
    {'href': 'https://ex.org/world'}
    >>> _absolute_link(InlineSpan(0, 4, "link", {"href": "#notes"}), "https://ex.org/a").attrs
    {'href': '#notes'}
    """
    from .urls import clean_url, scheme_of

    href = span.attrs.get("href", "")
    if span.kind != "link" or not href.strip() or href.strip().startswith("#"):
        return span
    if scheme_of(href.strip()) != "":
        return span  # absolute, or unsafe (dropped later with a warning, as before)
    resolved = clean_url(href, page_url)
    if not resolved or scheme_of(resolved) in ("", None):
        return span
    return InlineSpan(span.start, span.end, span.kind, {**span.attrs, "href": resolved})


def _absolute_block(block: Block, page_url: str) -> Block:
    """``block`` with its relative link and image addresses made absolute against ``page_url``."""
    from dataclasses import replace
    from urllib.parse import urljoin

    from .urls import safe_url, scheme_of

    spans: list[InlineSpan] = []
    for span in block.inline:
        if span.kind == "image":
            src = span.attrs.get("src", "").strip()
            if src and not src.startswith("#") and safe_url(src) and scheme_of(src) == "":
                span = InlineSpan(span.start, span.end, span.kind,
                                  {**span.attrs, "src": urljoin(page_url, src)})  # fmt: skip
        spans.append(_absolute_link(span, page_url))
    return replace(block, inline=spans)


_XML_BLOCKS = frozenset({"head", "p", "item", "quote", "cell"})
# the blocks of text the link-run and furniture tests look at (a definition list's terms and
# definitions were list items and paragraphs before they were read as such)
_TEXT_KINDS = frozenset({"paragraph", "list_item", "heading", "term", "definition"})


def _dl_kind(element: Any) -> BlockKind | None:
    """A definition list's term or definition in trafilatura's XML (``<list rend="dl">``, its
    items ``rend="dt-N"`` / ``"dd-N"``), or a paragraph of a definition; None for any other
    block."""
    item = element if element.tag == "item" else element.getparent()
    if element.tag not in ("item", "p") or item is None or item.tag != "item":
        return None
    parent = item.getparent()
    if parent is None or parent.tag != "list" or parent.get("rend") != "dl":
        return None
    rend = item.get("rend") or ""
    if rend.startswith("dt"):
        return "term" if element is item else None
    return "definition" if rend.startswith("dd") else None


LAYOUT_CELL_WORDS = 80  # a cell of more words than this is a page's column, not a datum


def _data_table(table: Any) -> bool:
    """Whether trafilatura's ``<table>`` is a data table, not a page laid out in a table: two
    rows and two columns at least, no cell that holds a list or a table or several blocks
    other than paragraphs (a heading and a paragraph: a card), none of more than
    ``LAYOUT_CELL_WORDS`` words -- an old page's menu in one cell
    and its article in another, or a highlighter's line numbers beside its code (one row),
    stay paragraphs and code as before (the signs readability's data-table test reads). A
    cell of several short paragraphs is still a datum (struct35): a score and its rating
    widget's stars ("10" over "☆★☆★"), a "Key Features" cell of ``<br>`` lines, which
    trafilatura writes as ``<p>``s; the writers put a cell's paragraphs on one line."""
    rows = [r for r in table if r.tag == "row"]
    cells = [c for r in rows for c in r if c.tag == "cell"]
    if len(rows) < 2 or max((sum(1 for c in r if c.tag == "cell") for r in rows), default=0) < 2:
        return False
    for cell in cells:
        inner = [d for d in cell.iterdescendants() if isinstance(d.tag, str)
                 and d.tag in _XML_BLOCKS | {"list", "table"}]  # fmt: skip
        if any(d.tag in ("list", "table") for d in inner):
            return False
        if len(inner) > 1 and not _paragraphs_only(cell):
            return False
        if word_count(" ".join(cell.itertext())) > LAYOUT_CELL_WORDS:
            return False
    return True


def _paragraphs_only(cell: Any) -> bool:
    """Whether a cell of trafilatura's XML holds paragraphs and nothing else: no other block,
    no text or inline element of its own between them (such loose text is read as a run of
    its own, outside the table's grid).

    >>> from lxml import etree
    >>> _paragraphs_only(etree.fromstring("<cell> <p>10</p> <p>*****</p> </cell>"))
    True
    >>> _paragraphs_only(etree.fromstring("<cell>Goals<p>Cards</p><p>Mode</p></cell>"))
    False
    >>> _paragraphs_only(etree.fromstring("<cell><head>Pro</head><p>Fast</p></cell>"))
    False
    """
    if (cell.text or "").strip():
        return False
    for child in cell:
        if not isinstance(child.tag, str):
            continue
        if child.tag != "p" or (child.tail or "").strip() or _holds_blocks(child):
            return False
    return True


def _xml_cell(
    element: Any, tables: dict[Any, int], places: dict[Any, tuple[int, int]]
) -> tuple[int, int, int] | None:
    """A data table's cell in trafilatura's XML (``<table><row><cell>``), or a paragraph of
    one: (table, row, column), the table numbered in ``tables`` in the order met; None for a
    block outside a table (or a cell copied out of it)."""
    cell = element if element.tag == "cell" else element.getparent()
    if cell is None or cell.tag != "cell":
        return None
    row = cell.getparent()
    table = row.getparent() if row is not None and row.tag == "row" else None
    if table is None or table.tag != "table":
        return None
    if table not in tables:  # numbered in the order met; a layout table: -1, no cells
        tables[table] = 1 + max(tables.values(), default=-1) if _data_table(table) else -1
        rows = [r for r in table if r.tag == "row"]
        for i, r in enumerate(rows):  # every cell's place, once a table (linear in its size)
            for j, c in enumerate(c for c in r if c.tag == "cell"):
                places[c] = (i, j)
    number = tables[table]
    if number < 0 or cell not in places:
        return None
    return number, *places[cell]


def _item_number(element: Any, starts: dict[str, int]) -> int | None:
    """The number of an item of an ordered list in trafilatura's XML (``<list rend="ol">``):
    its place among the list's items from the list's ``start`` in the page (``starts``, by the
    first item's text; 1 when not found), None for a bullet list's item."""
    parent = element.getparent()
    if parent is None or parent.tag != "list" or parent.get("rend") != "ol":
        return None
    items = [c for c in parent if c.tag == "item"]
    if element not in items:
        return None
    from .read_media import _squash as _media_key

    start = starts.get(_media_key("".join(items[0].itertext())), 1)
    return start + items.index(element)


# a line of a preformatted block that reads as code (an assignment, a call, brackets, quotes,
# a line ending with ":" or a prompt): the engine copies it (an inline code span over it)
_CODE_LINE = re_compile(r"[=(){}\[\];<>'\"`]|:$|^(?:>>>|\$|#)")


def _preformatted_blocks(text: str) -> list[Block]:
    """The lines of a preformatted block (``<pre>``), each a paragraph; a line that reads as
    code carries a code span over its whole text, so the engine copies it unchanged."""
    out = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        spans = [InlineSpan(0, len(line), "code")] if _CODE_LINE.search(line) else []
        out.append(Block(kind="paragraph", text=line, inline=spans))
    return out


def _holds_blocks(element: Any) -> bool:
    return any(d.tag in _XML_BLOCKS for d in element.iterdescendants() if isinstance(d.tag, str))


# inline elements of trafilatura's XML: a block inside one ("<p><ref><head>...</head></ref></p>",
# a linked card title) is read as a block with the inline element around its whole text
_XML_INLINE = frozenset({"ref", "hi", "code", "del"})


def _xml_units(root: Any, graphics: bool = False, wraps: tuple[Any, ...] = ()) -> Iterator[Any]:
    """The text blocks of trafilatura's XML in document order (and, with ``graphics``, its
    ``<graphic>`` elements where they stand). A quote is one block (unless it holds a heading:
    ``_boxed_section``); a block element that holds
    others (a table cell or list item with paragraphs in it) gives its own loose text apart,
    run by run between its inner blocks, as elements of its tag: the rating link beside a
    cell's paragraphs ("<cell><ref>4.8 / 5</ref><p>Licensed</p></cell>") is no longer lost, and
    an item is no longer read whole and then again part by part. A block inside an inline
    element (a heading inside a link) keeps that element around its text. The plain
    extraction and the marked one (links, images) are cut by this one walk, so their blocks
    meet."""
    for child in root:
        if isinstance(child.tag, str):
            yield from _xml_unit(child, graphics, wraps)


def _wrapped(element: Any, wraps: tuple[Any, ...]) -> Any:
    """A copy of ``element`` whose content stands inside copies of the inline ``wraps``."""
    import copy

    from lxml import etree

    if not wraps:
        return element
    out = etree.Element(element.tag, dict(element.attrib))
    inner = out
    for wrap in wraps:
        inner = etree.SubElement(inner, wrap.tag, dict(wrap.attrib))
    inner.text = element.text
    for child in element:
        inner.append(copy.deepcopy(child))  # its tail with it
    return out


def _boxed_section(quote: Any) -> bool:
    """A ``<quote>`` of trafilatura's XML that holds a heading of its own: a boxed section of the
    article (``<blockquote><h3>HR actions to take</h3><ul>...</ul></blockquote>``), not a
    quotation; read part by part like any other block that holds blocks, so its heading stays a
    heading and its list a list (realnews20b: read whole, both were one quote block).

    >>> from lxml import etree
    >>> _boxed_section(etree.fromstring("<quote><head>Do</head><p>a</p></quote>"))
    True
    >>> _boxed_section(etree.fromstring("<quote><p>Said so.</p><p>A. Author</p></quote>"))
    False
    """
    return any(child.tag == "head" for child in quote)


_LOOSE = "loose-text"  # the attribute of a paragraph read from a container's loose text
JOIN_PREFIX = 24  # letters that find the marked block a loose paragraph starts with
JOIN_TRIES = 4  # marked blocks that start so tried, at most
JOIN_MAX_PARTS = 64  # marked blocks joined into one paragraph, at most


def _first_letters(order: list[tuple[str, str, list[InlineSpan]]]) -> dict[str, list[int]]:
    """The places in ``order`` of the marked blocks, by their first ``JOIN_PREFIX`` letters."""
    out: dict[str, list[int]] = {}
    for i, (key, _, _) in enumerate(order):
        if len(key) >= JOIN_PREFIX:
            out.setdefault(key[:JOIN_PREFIX], []).append(i)
    return out


def _joined_parts(
    key: str,
    order: list[tuple[str, str, list[InlineSpan]]],
    starts_at: dict[str, list[int]],
) -> list[int]:
    """The letter counts of the marked blocks in a row that a paragraph read from loose text
    (``_loose_runs``, its letters ``key``) runs together: trafilatura's marked extraction wrote
    the page's paragraphs apart where the plain one's loose text has no line break between
    them. The marked blocks from one that starts with the paragraph's first letters, run
    together, must have exactly its letters; none found: ``[]``. Bounded: a few starts, each
    read once, at most ``JOIN_MAX_PARTS`` blocks."""
    if len(key) < JOIN_PREFIX:
        return []
    for start in starts_at.get(key[:JOIN_PREFIX], [])[:JOIN_TRIES]:
        at, j = 0, start
        parts: list[int] = []
        while at < len(key) and j < len(order) and j - start < JOIN_MAX_PARTS:
            part = order[j][0]
            if not key.startswith(part, at):
                break
            parts.append(len(part))
            at += len(part)
            j += 1
        if at == len(key) and len(parts) > 1:
            return parts
    return []


def _cut_loose(
    units: Iterator[Any],
    order: list[tuple[str, str, list[InlineSpan]]],
    marked: dict[str, list[tuple[str, list[InlineSpan]]]],
) -> Iterator[Any]:
    """``units`` with each paragraph read from loose text that the marked extraction wrote as
    several paragraphs (``_joined_parts``) cut into those paragraphs, at the spaces between
    them: each is then a block of its own, with its links, as the page wrote it (a page's
    title and byline before its first paragraph stand apart from it)."""
    from lxml import etree

    starts_at: dict[str, list[int]] | None = None
    for element in units:
        text = element.text or ""
        key = re.sub(r"\s+", "", text)
        if element.get(_LOOSE) is None or len(element) or not key or key in marked:
            yield element
            continue
        if starts_at is None:
            starts_at = _first_letters(order)
        parts = _joined_parts(key, order, starts_at)
        if not parts:
            yield element
            continue
        pos, letters = 0, 0
        ends = iter(parts[:-1])
        end = next(ends)
        for at, ch in enumerate(text):
            if ch.isspace():
                continue
            letters += 1
            if letters == end:
                piece = etree.Element("p", {_LOOSE: ""})
                piece.text = text[pos : at + 1]
                yield piece
                pos = at + 1
                letters = 0
                end = next(ends, -1)
        piece = etree.Element("p", {_LOOSE: ""})
        piece.text = text[pos:]
        yield piece


def _loose_text(element: Any) -> bool:
    """Whether a container of trafilatura's XML that is neither a block nor an inline element
    (a ``<main>`` nested inside a ``<p>``) holds text of its own beside its blocks: its text, or
    the tail of a child, not blank."""
    if (element.text or "").strip():
        return True
    return any((child.tail or "").strip() for child in element if isinstance(child.tag, str))


def _loose_runs(element: Any, graphics: bool) -> Iterator[Any]:
    """The blocks of a container that holds loose text between its blocks (set AD's page: the
    article's paragraphs written as the text after each heading and list of a ``<main>`` that
    trafilatura nested inside a ``<p>``): its blocks where they stand, and its loose text as
    paragraphs, run by run between them, cut at its line breaks (trafilatura's paragraph
    ends), each run with its inline elements (links, emphasis). Before, the walk passed over
    the loose text and a whole article's prose was lost. Only the paragraphs that read as
    prose are kept (``_html_blocks``, ``_prose_words``): a short loose line (a byline, a date,
    a reading time, "Skip to content") is left out as all loose text was before."""
    import copy

    from lxml import etree

    run = etree.Element("p", {_LOOSE: ""})

    def spent(done: Any) -> Iterator[Any]:
        if "".join(done.itertext()).strip():
            yield done
            if graphics:
                yield from done.iterdescendants("graphic")

    def add(text: str | None) -> Iterator[Any]:  # loose text: each line break ends a paragraph
        nonlocal run
        pieces = (text or "").split("\n")
        for k, piece in enumerate(pieces):
            if k:
                yield from spent(run)
                run = etree.Element("p", {_LOOSE: ""})
            if len(run):
                run[-1].tail = (run[-1].tail or "") + piece
            else:
                run.text = (run.text or "") + piece

    yield from add(element.text)
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "graphic" or child.tag in _XML_BLOCKS or _holds_blocks(child):
            yield from spent(run)
            run = etree.Element("p", {_LOOSE: ""})
            yield from _xml_unit(child, graphics)
        else:
            inline = copy.deepcopy(child)
            inline.tail = None
            run.append(inline)  # an inline element: in the paragraph it stands in
        yield from add(child.tail)
    yield from spent(run)


def _xml_unit(element: Any, graphics: bool, wraps: tuple[Any, ...] = ()) -> Iterator[Any]:
    import copy

    from lxml import etree

    if element.tag == "graphic":
        if graphics:
            yield element
        return
    if element.tag == "code" and not wraps and not _holds_blocks(element):
        # trafilatura's block-level <code> is the page's <pre> (a listing, a table of contents,
        # a poem): its own block, read line by line (it was walked as an inline element and lost)
        yield element
        return
    if element.tag not in _XML_BLOCKS:
        if element.tag not in _XML_INLINE and not wraps and _loose_text(element):
            yield from _loose_runs(element, graphics)
            return
        inner = (*wraps, element) if element.tag in _XML_INLINE else wraps
        yield from _xml_units(element, graphics, inner)
        return
    if (element.tag == "quote" and not _boxed_section(element)) or not _holds_blocks(element):
        yield _wrapped(element, wraps)
        if graphics:
            yield from element.iterdescendants("graphic")
        return

    def fresh(text: str | None) -> Any:
        run = etree.Element(element.tag, dict(element.attrib))
        run.text = text
        return run

    def spent(run: Any) -> Iterator[Any]:
        if "".join(run.itertext()).strip():
            yield _wrapped(run, wraps)
            if graphics:
                yield from run.iterdescendants("graphic")

    run = fresh(element.text)
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "graphic" or child.tag in _XML_BLOCKS or _holds_blocks(child):
            yield from spent(run)
            yield from _xml_unit(child, graphics, wraps)
            run = fresh(child.tail)
        else:
            run.append(copy.deepcopy(child))  # an inline element, its tail with it
    yield from spent(run)


def _html_spans(
    content: str, marked: dict[str, list[tuple[str, list[InlineSpan]]]]
) -> list[InlineSpan]:
    """The spans of the marked block with the same letters as ``content``, moved onto it."""
    from bisect import bisect_left

    found = marked.get(re.sub(r"\s+", "", content))
    if not found:
        return []
    other, spans = found.pop(0) if len(found) > 1 else found[0]
    mine = [i for i, ch in enumerate(content) if not ch.isspace()]
    theirs = [i for i, ch in enumerate(other) if not ch.isspace()]
    out: list[InlineSpan] = []
    for span in spans:
        ks, ke = bisect_left(theirs, span.start), bisect_left(theirs, span.end)
        if span.kind == "br":  # between two letters: on the space there, if the text has one
            at = mine[ks - 1] + 1 if 0 < ks < len(mine) else -1
            if at > 0 and content[at] == " ":
                out.append(InlineSpan(at, at + 1, "br", span.attrs))
        elif ke > ks:
            out.append(InlineSpan(mine[ks], mine[ke - 1] + 1, span.kind, span.attrs))
    return out


_XML_REND: dict[str, InlineKind] = {"#b": "strong", "#i": "em", "#t": "code"}


def _xml_inline(element: Any) -> tuple[str, list[InlineSpan]]:
    """The text of one block of trafilatura's XML and its inline spans: ``<ref target>`` links,
    ``<hi rend="#b|#i|#t">`` emphasis, ``<code>`` and ``<lb/>`` line breaks."""
    parts: list[str] = []
    pending: list[tuple[InlineKind, dict[str, str]]] = []

    def visit(el: Any, top: bool) -> None:
        kind: InlineKind | None = None
        attrs: dict[str, str] = {}
        if not top and el.tag == "lb":  # a line break: a "br" span over the space it stands for
            n = len(pending)
            if n < 0x7FFE:
                pending.append(("br", {}))
                parts[:] = ["".join(parts).rstrip()]
                parts.append(chr(_MARK_BASE + 2 * n) + " " + chr(_MARK_BASE + 2 * n + 1))
            return
        if not top:
            if el.tag == "ref" and (el.get("target") or "").strip():
                kind, attrs = "link", {"href": str(el.get("target")).strip()}
            elif el.tag == "hi":
                kind = _XML_REND.get(str(el.get("rend") or ""))
            elif el.tag == "code":
                kind = "code"
        n = len(pending)
        if kind is not None and n < 0x7FFE:
            pending.append((kind, attrs))
            parts.append(chr(_MARK_BASE + 2 * n))
        if isinstance(el.text, str):
            parts.append(_MARKS.sub("", el.text))
        for child in el:
            if isinstance(child.tag, str):
                visit(child, False)
            if isinstance(child.tail, str):
                tail = _MARKS.sub("", child.tail)
                parts.append(tail.lstrip() if child.tag == "lb" else tail)
        if kind is not None and n < 0x7FFE:
            parts.append(chr(_MARK_BASE + 2 * n + 1))

    visit(element, True)
    return _unmark("".join(parts), pending)


_CJK = re_compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def word_count(text: str) -> int:
    """Words, counting two characters of a script written without spaces (Chinese, Japanese,
    Korean, Thai) as one word.

    >>> word_count("two words"), word_count("短缺药品保供稳价")
    (2, 4)
    """
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + cjk // 2


MIN_BODY_WORDS = 60  # fewer words kept ...
BODY_RATIO = 15  # ... on a page this many times larger: the body was not found
SCRIPTED_PAGE_CHARS = 100_000  # ... or on a page of this much HTML that declares an article
_ARTICLE_DECLARED = re_compile(
    r"""<meta[^>]+(?:property|name)=["']og:type["'][^>]+content=["']article["']"""
    r"""|<meta[^>]+content=["']article["'][^>]+(?:property|name)=["']og:type["']"""
    r'|"@type"\s*:\s*"(?:News|Report|Scholarly|Tech|Blog)?(?:Article|Posting)',
    re.I,
)


def _declares_article(html: str) -> bool:
    """The page's metadata says it is an article (Open Graph ``og:type`` or JSON-LD)."""
    return _ARTICLE_DECLARED.search(html) is not None


_TITLE_SEPARATORS = re_compile(r"\s+(?:[|»·•–—:~/]{1,2}|-{1,2})\s+|\s*[|»]\s*")
_DATE_PART = re_compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def clean_title(title: str, meta: dict[str, str], html: str) -> tuple[str, list[str]]:
    """The headline without the site furniture around it in the page's ``<title>``.

    Parts split at " | ", " - ", " » "... are furniture when they name the site (its
    ``sitename``, a label of its host name) or are a date; the page's ``<h1>`` wins when it is
    one of the parts. A title whose parts name no site is kept whole: "Brexit - what now" stays.

    >>> clean_title("Berlin confronts the past | Germany| News | DW | 19.01.2020",
    ...             {"url": "https://www.dw.com/en/x"}, "<h1>Berlin confronts the past</h1>")
    ('Berlin confronts the past', ['Germany', 'News', 'DW', '19.01.2020'])
    >>> clean_title("Quest 2017 – Contest in Dormagen - Skateboard MSM",
    ...             {"url": "https://skateboardmsm.de/news/x"}, "")
    ('Quest 2017 – Contest in Dormagen', ['Skateboard MSM'])
    >>> clean_title("Brexit - what now", {}, "")
    ('Brexit - what now', [])
    """
    site_keys = set()
    if meta.get("sitename"):
        site_keys.add(_squash(meta["sitename"]))
    url = meta.get("url", "")
    host = url.split("/")[2].lower() if url.count("/") >= 2 else ""
    labels = [x for x in host.split(".") if x not in ("www", "com", "org", "net", "co", "uk", "de")]
    site_keys |= {_squash(x) for x in labels if len(x) >= 2}
    site_keys.discard("")
    stripped = title.strip()
    # "...需求-新华网": a site name glued to the end
    for site in sorted((meta.get("sitename", ""),), key=len):
        if site and stripped.endswith(site) and len(site) < len(stripped) // 2:
            head = stripped[: -len(site)].rstrip(" -|–—_:·•»")
            if head and head != stripped[: -len(site)]:
                return head, [site]
    pieces = _TITLE_SEPARATORS.split(stripped)  # parts at even indexes, separators between
    seps = [m.group(0) for m in _TITLE_SEPARATORS.finditer(stripped)]
    parts = [p.strip() for p in pieces]
    if len(parts) < 2:
        return title, []

    def is_site(part: str) -> bool:
        sq = _squash(part)
        return bool(sq) and (
            _DATE_PART.fullmatch(part.strip()) is not None
            or any(k == sq or (len(k) >= 2 and sq.startswith(k)) or sq in k for k in site_keys)
        )

    if not any(is_site(p) for p in parts if p):
        return title, []
    h1s = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S | re.I)]
    for h1 in (" ".join(h.split()) for h in h1s):
        for i, part in enumerate(parts):
            if h1 and _squash(h1) == _squash(part):
                return part, [p for j, p in enumerate(parts) if j != i and p]
    lo, hi = 0, len(parts)
    while lo < hi and (not parts[lo] or is_site(parts[lo])):
        lo += 1
    while hi > lo and (not parts[hi - 1] or is_site(parts[hi - 1])):
        hi -= 1
    if lo >= hi:
        return title, []
    headline = parts[lo]
    for j in range(lo + 1, hi):
        headline += seps[j - 1] + parts[j]
    return headline.strip(), [p for j, p in enumerate(parts) if (j < lo or j >= hi) and p]


def _footnote_definition(
    text: str, spans: list[InlineSpan], label: str, later: str | None = None
) -> tuple[str, list[InlineSpan]]:
    """A footnote definition's text and spans without its back-link glyph ("↩"), the whole
    text under a definition span (``{"footnote": label, "definition": "1"}``), the way the
    Markdown reader marks ``[^label]: text``; the writers write it as a footnote. ``later``:
    the block is the note's second or later paragraph (marked ``"continued"``, struct53)."""
    from .read_media import without_backref

    body = without_backref(text)
    kept = [x for x in spans if x.end <= len(body) and x.start < len(body)]
    if not body.strip():
        return text, spans
    attrs = {"footnote": label, "definition": "1"} | ({"continued": "1"} if later else {})
    whole = InlineSpan(0, len(body), "link", attrs)
    return body, [whole, *kept]


_NOTE_WORD_MAX = 80  # letters of the word a footnote reference follows, looked back at most
_NOTE_WORD = re_compile(r"(?<![\w'’-])(\w[\w'’-]*+)[.,;:!?)\"”’]*+\s?$")
_NOTE_MARK = re_compile(r"\[?[\w*†‡§]{1,4}\]?")  # a reference's mark: "1", "[2]", "a", "*"


def _closing_reference(
    text: str, spans: list[InlineSpan], closing: tuple[str, str] | None
) -> list[InlineSpan]:
    """``spans`` with a link to the note ``closing`` names (its mark, its ``id``) over the mark
    that ends ``text``, when the page's block of this text ends with that reference and the
    extraction kept the mark as plain text ("in March.2": trafilatura drops the link of a
    Pandoc ``<a href="#fn2"><sup>2</sup></a>`` that closes its paragraph, struct54); else
    ``spans`` as they are. ``_footnote_references`` then reads it as every other reference.

    >>> [(x.start, x.end, x.attrs) for x in _closing_reference("in March.2", [], ("2", "fn2"))]
    [(9, 10, {'href': '#fn2'})]
    >>> _closing_reference("in March.2", [], ("3", "fn3"))
    []
    """
    if closing is None:
        return spans
    mark, ident = closing
    end = len(text.rstrip())
    start = end - len(mark)
    if start <= 0 or text[start:end] != mark or text[start - 1].isspace():
        return spans
    if any(x.kind == "link" and x.start < end and x.end > start for x in spans):
        return spans  # the extraction kept its link: read as any reference
    return [*spans, InlineSpan(start, end, "link", {"href": "#" + ident})]


def _footnote_references(
    text: str, spans: list[InlineSpan], ids: dict[str, str]
) -> tuple[str, list[InlineSpan]]:
    """A footnote reference (a short mark linking to a definition's ``id``: "executable.1")
    taken out of the text and put on the word it follows, as the Markdown reader reads
    "executable.[^1]": a link span ``{"footnote": label}`` over that word (placed on its
    translation like a link); the writers write the reference back.

    >>> t, s = _footnote_references("a single executable.1 Then", [InlineSpan(20, 21, "link",
    ...     {"href": "#footnote-x"})], {"footnote-x": "x"})
    >>> t, [(x.start, x.end, x.attrs) for x in s]
    ('a single executable. Then', [(9, 19, {'footnote': 'x'})])
    """
    refs = [
        x
        for x in spans
        if x.kind == "link"
        and ids.get(x.attrs.get("href", "")[1:] if x.attrs.get("href", "")[:1] == "#" else "")
        and _NOTE_MARK.fullmatch(text[x.start : x.end])
    ]
    for ref in sorted(refs, key=lambda x: -x.start):
        # the word just before the mark (a bounded look back: a 2 MB word stays linear)
        at = max(0, ref.start - _NOTE_WORD_MAX)
        word = _NOTE_WORD.search(text, at, ref.start)
        if word is None or (word.start(1) == at and at > 0):
            continue
        cut = ref.end - ref.start
        label = ids[ref.attrs["href"][1:]]

        def shift(x: InlineSpan, at: int = ref.start, by: int = cut) -> InlineSpan:
            return InlineSpan(x.start - by if x.start >= at else x.start,
                              x.end - by if x.end > at else x.end, x.kind, x.attrs)  # fmt: skip

        # by value: ``shift`` made new spans of the ones a later reference left in place, and
        # "is not" kept the earlier reference as a stray link on the next letter (struct53)
        spans = [shift(x) for x in spans if x != ref]
        text = text[: ref.start] + text[ref.end :]
        spans.append(InlineSpan(word.start(1), word.end(1), "link", {"footnote": label}))
    return text, sorted(spans, key=lambda x: (x.start, -x.end))


def _agreed_headline(title: str, html: str) -> str:
    """The headline, when the extractor took for it the words of a heading that stands outside
    the page's ``<main>``/``<article>`` (a hidden help box's "Keyboard shortcuts", a sidebar's
    title) and that neither the ``<title>`` element nor the page's metadata names: the one
    ``<h1>`` inside ``<main>``/``<article>``. Any other title is left as it is.

    >>> _agreed_headline("Keyboard shortcuts", "<title>Advanced features - The book</title>"
    ...     "<div><h2>Keyboard shortcuts</h2></div><h1>The book</h1>"
    ...     "<main><h1>Advanced features</h1></main>")
    'Advanced features'
    >>> _agreed_headline("Brexit", "<title>Brexit - what now</title><main><h1>Other</h1></main>")
    'Brexit'
    """
    key = _squash(title)
    if not key or ("<main" not in html.lower() and "<article" not in html.lower()):
        return title
    from lxml import etree

    from .read_media import page_tree

    try:  # the DOM, not regular expressions: a page of unclosed tags stays linear
        doc = page_tree(html)  # read only (speed52)
    except (etree.ParserError, ValueError):
        return title
    named = [el.text_content() for el in doc.iter("title")]
    named += [str(el.get("content") or "") for el in doc.iter("meta")]
    named += [el.text_content() for el in doc.iter("script")
              if "ld+json" in str(el.get("type") or "")]  # fmt: skip
    if any(key in _squash(text) for text in named):
        return title  # the <title> or the metadata (og:title, JSON-LD) names it: the editors'

    def in_body(el: Any) -> bool:
        return any(a.tag in ("main", "article") for a in el.iterancestors())

    outside = [h for h in doc.iter("h2", "h3", "h4", "h5", "h6")
               if _squash(h.text_content()) == key and not in_body(h)]  # fmt: skip
    inside = [" ".join(h.text_content().split()) for h in doc.iter("h1") if in_body(h)]
    if not outside or len(inside) != 1 or not inside[0]:
        return title
    return inside[0]


def _json_ld_body(html: str) -> str:
    """The longest ``articleBody`` in the page's JSON-LD, or ``""``."""

    best = ""
    for m in re.finditer(
        r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", html, flags=re.S | re.I
    ):
        try:
            data = jsontext.loads(m.group(1))
        except ValueError:  # jsontext.BadJSON: malformed, too deep, a number too long
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                body = item.get("articleBody")
                if isinstance(body, str) and len(body) > len(best):
                    best = body
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return best


def _visible_text(html: str) -> str:
    return _visible_text_depth(html)[0]


def _visible_text_depth(html: str) -> tuple[str, bool]:
    """The page's visible text, and whether libxml2 stopped reading it where its elements nest
    deeper than its limit (256 levels): the text there and after it is lost to every reader."""
    from lxml import html as lxml_html

    from .read_media import visible_tree

    try:
        doc, deep = visible_tree(html)  # read only (speed52)
    except Exception:  # lxml raises several types on garbage; only a count is at stake
        import contextlib

        parser = lxml_html.HTMLParser()
        with contextlib.suppress(Exception):  # parsed again for its error log (garbage only)
            lxml_html.document_fromstring(html, parser=parser)
        return "", _too_deep(parser)
    return " ".join(doc.text_content().split()), deep


def _too_deep(parser: Any) -> bool:
    return any("excessive depth" in str(e.message).lower() for e in parser.error_log)


TOO_DEEP_RULE = "html:too-deep"
UNCLOSED_FENCE_RULE = "md:unclosed-fence"
# The reader's own notes in ``Article.dropped``: text changed or lost on input, not boilerplate.
INPUT_RULES = frozenset({SPLIT_NUMBER_RULE, SPLIT_WORD_RULE, TOO_DEEP_RULE, UNCLOSED_FENCE_RULE})


def input_findings(article: Article) -> list[Finding]:
    """Warnings for the edition about input the reader could not read (a page cut short where
    its elements nest too deeply: part of the article may be missing; a Markdown code fence
    never closed: the text after it is copied, not translated)."""
    return [
        Finding("input", "warning", d.reason, data={"rule": d.rule})
        for d in article.dropped
        if d.rule in (TOO_DEEP_RULE, UNCLOSED_FENCE_RULE)
    ]


TOO_DEEP = "the page nests its elements deeper than the HTML parser's limit (256 levels)"


# -- headings of the article the extraction left out or read as paragraphs ------------------

HEADING_MAX_WORDS = 20  # longer "headings" are a site's teaser or card text, not a subtitle
HEADING_GAP_SLACK = 30  # letters besides the heading's own allowed between its two paragraphs
HEADING_NEXT_SLACK = 10  # of them, between the heading and the paragraph after it
HEADING_RULE = "html:heading-in-body"
_BODY_NEIGHBOURS = ("paragraph", "list_item", "quote", "heading")


def _page_headings(
    html: str,
    *,
    partly_linked: list[tuple[int, str, int]] | None = None,
    links_of: dict[int, list[tuple[str, str]]] | None = None,
) -> tuple[str, list[tuple[int, str, int]], list[tuple[int, int]]]:
    """The page's visible text squashed to its letters and digits (casefolded), its
    ``<h2>``-``<h6>`` elements that are not links (half their text or more inside an ``<a
    href>``) as (offset in that text, text, level), in document order, and where its pictures'
    captions (``<figcaption>``) stand in that text, as (start, end).

    ``partly_linked``, when given, receives the headings left out as links that are not wholly
    one: a link to another page holds half their letters or more but not all of them, and no
    link holds the heading (``<h2>1. <a href="/hbs">Harvard Business School</a></h2>``: the
    author's own words, a rank, around a link); ``links_of``, when given, the text and
    ``href`` of each link to another page inside such a heading, by the heading's offset."""
    from .read_media import visible_tree

    try:
        doc = visible_tree(html)[0]  # read only (speed52)
    except Exception:  # garbage: no heading evidence
        return "", [], []
    parts: list[str] = []
    heads: list[tuple[int, str, int]] = []
    captions: list[tuple[int, int]] = []
    length = 0

    def add(text: str | None) -> None:
        nonlocal length
        if text:
            piece = _squash(text)
            parts.append(piece)
            length += len(piece)

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            text = " ".join(el.text_content().split())
            # a heading that is a link to another page is a teaser's title, not a subtitle; a
            # link to a place on the same page (``href="#section"``, a heading's own anchor) is not
            inside = any(_away(a) for a in el.iterancestors("a"))
            letters = sum(len(_squash(a.text_content())) for a in el.iter("a") if _away(a))
            whole = len(_squash(text))
            if not inside and 2 * letters < whole:
                heads.append((length, text, int(tag[1])))
            elif partly_linked is not None and not inside and letters < whole:
                partly_linked.append((length, text, int(tag[1])))
                if links_of is not None:
                    links_of[length] = [
                        (" ".join(a.text_content().split()), str(a.get("href")).strip())
                        for a in el.iter("a") if _away(a)
                    ]  # fmt: skip
        begin = length
        add(el.text if tag else None)
        for child in el:
            walk(child)
            add(child.tail)
        if tag == "figcaption" and length > begin:
            captions.append((begin, length))

    walk(doc)
    return "".join(parts), heads, captions


def _away(anchor: Any) -> bool:
    """Whether the ``<a>`` element links away from the page (not a ``#fragment`` of it)."""
    href = str(anchor.get("href") or "").strip()
    return bool(href) and not href.startswith("#")


def _caption_letters(captions: list[tuple[int, int]], start: int, end: int) -> int:
    """How many letters of the page's picture captions stand between ``start`` and ``end``."""
    return sum(max(0, min(b, end) - max(a, start)) for a, b in captions)


def _heading_blocks(
    blocks: list[Block], html: str, title: str | None, address: str | None = None
) -> list[Block]:
    """Headings of the article body, by the page's markup ("a subtitle between two paragraphs
    of the article belongs to it"):

    * a paragraph whose whole text is the text of an ``<h2>``-``<h6>`` of the page (and of no
      paragraph, item or cell outside one) is read as that heading (trafilatura reads an
      ``<h3><div><p>..</p></div></h3>`` as a paragraph);
    * an ``<h2>``-``<h6>`` of 1 to ``HEADING_MAX_WORDS`` words that stands in the page between
      two consecutive blocks of the article, with at most ``HEADING_GAP_SLACK`` other letters
      between them (at most ``HEADING_NEXT_SLACK`` before the second), is put back between
      them when the extraction left it out, or kept when a furniture rule other than the
      markup's class names marked it (a heading alone is not furniture when the article's text
      runs on either side of it). A heading that is a link (a teaser's title) is neither;
    * the last ``<h2>``-``<h6>`` (1 to ``HEADING_MAX_WORDS`` words) before a paragraph of prose
      of the article (``RECALL_ONLY_MIN_WORDS`` words or more, not furniture), with at most
      ``HEADING_NEXT_SLACK`` other letters between them, when a link to another page holds
      part of it but not all (``<h2>2. <a href="...">Stanford GSB</a></h2>``: the author's
      rank around the link, a ranked card's title), is put back before it with its link (made
      absolute against the page's ``address``; an ``http(s)`` one only) when the article has
      begun (a paragraph, item or quote of it stands earlier) although other text the
      extraction left out, or furniture, stands before the heading (the previous card's box of
      links or facts); with its section's heading right above it (an ``<h3>`` over an
      ``<h4>``). A plain heading there is not (after a left-out box it is as often the next
      box's own title, "Social Sharing"), nor one wholly a link (a teaser's title).

    Headings elsewhere (a site's cards, "Related", a footer) are never added: their
    neighbours are not two blocks of the article with nothing else between them."""
    partly: list[tuple[int, str, int]] = []
    links_of: dict[int, list[tuple[str, str]]] = {}
    page, heads, captions = _page_headings(html, partly_linked=partly, links_of=links_of)
    if not (heads or partly) or not page:
        return blocks
    # every heading a paragraph may follow (in document order), for the second rule
    leading = sorted(heads + partly)
    titled = _squash(title or "")
    by_text: dict[str, int] = {}
    for _, text, lvl in heads:
        by_text.setdefault(_squash(text), lvl)
    # where each block's text stands in the page (in order; None when it is not found whole);
    # a block the extractor took out of page order (a "related" teaser put first, found near
    # the page's end) must not hide every block after it: one not found after the last located
    # block is looked for from the page's start, and the walk goes on from there
    where: list[tuple[int, int] | None] = []
    cursor = 0
    for block in blocks:
        key = _squash(block.text)
        at = page.find(key, cursor) if key and block.kind != "title" else -1
        if at < 0 and key and block.kind != "title" and cursor:
            at = page.find(key)
        if at < 0 or image_only(block):
            where.append(None)
            continue
        where.append((at, at + len(key)))
        cursor = at + len(key)
    out: list[Block] = []
    known = {_squash(b.text) for b in blocks if b.kind == "heading"}
    later: dict[int, list[Block]] = {}  # headings that go after the pictures before block j
    begun = False  # a paragraph, item or quote of the article stands before
    for i, block in enumerate(blocks):
        out += later.pop(i, [])
        key = _squash(block.text)
        level = by_text.get(key)
        if (
            block.kind == "paragraph"
            and level is not None
            and key != titled
            and len(block.text.split()) <= HEADING_MAX_WORDS
            and not block.inline
        ):
            block = dataclasses.replace(block, kind="heading", level=level)
            known.add(key)
        out.append(block)
        begun = begun or (
            block.kind in ("paragraph", "list_item", "quote") and block.furniture is None
        )
        # the next located block of the article after this one
        j = i + 1
        while j < len(blocks) and where[j] is None and image_only(blocks[j]):
            j += 1
        here, there = where[i], where[j] if j < len(blocks) else None
        if here is None or there is None:
            continue
        if _body_pair(block, blocks[j]) and _subtitle_between(
            (i, j, here, there), page, heads, captions, known, titled, out, later
        ):
            continue
        if begun and block.kind != "title" and blocks[j].kind == "paragraph":
            put = later.setdefault(j, []) if j > i + 1 else out
            found = _headings_before(blocks[j], page, leading, here[1], there[0], captions)
            # only before a heading a link holds part of (a ranked card's title): a plain
            # heading after a left-out box is as often a box's own title ("Social Sharing")
            if not found or found[-1][0] not in links_of:
                continue
            for hblock in (_heading_links(h, links_of.get(at, []), address) for at, h in found):
                key = _squash(hblock.text)
                if key in known or key == titled:
                    break
                put.append(hblock)
                known.add(key)
    # a heading marked as furniture between two blocks of the article: kept
    for i, block in enumerate(out):
        if (
            block.kind == "heading"
            and block.furniture
            # the markup's own word (a class "related", "promo") stands: not overruled here
            and block.furniture[0] != "html:markup"
            and 0 < i < len(out) - 1
        ):
            before = next((b for b in reversed(out[:i]) if not image_only(b)), None)
            after = next((b for b in out[i + 1 :] if not image_only(b)), None)
            if (
                before is not None
                and after is not None
                and _body_pair(before, after)
                and len(block.text.split()) <= HEADING_MAX_WORDS
                and _squash(block.text) in by_text
            ):
                out[i] = dataclasses.replace(block, furniture=None)
    return out


def _subtitle_between(
    pair: tuple[int, int, tuple[int, int], tuple[int, int]],
    page: str,
    heads: list[tuple[int, str, int]],
    captions: list[tuple[int, int]],
    known: set[str],
    titled: str,
    out: list[Block],
    later: dict[int, list[Block]],
) -> bool:
    """The first rule of ``_heading_blocks`` for blocks ``i`` and ``j`` of the article, found
    at ``here`` and ``there`` in the page: the page's headings between them (one subtitle, or a
    section's heading and its subsection's right under it), put back when they are the whole
    gap but for ``HEADING_GAP_SLACK`` letters; whether any was."""
    i, j, here, there = pair
    gap = page[here[1] : there[0]]
    # the page's headings in the gap, in order: one subtitle, or a section's heading and its
    # subsection's right under it (an <h3> then an <h4>), whose text is the whole gap but
    # for HEADING_GAP_SLACK letters, the last one introducing the paragraph after them
    run = [
        (at, text, hlevel) for at, text, hlevel in heads
        if here[1] <= at and at + len(_squash(text)) <= there[0] and _squash(text)
    ]  # fmt: skip
    keys = [_squash(text) for _, text, _ in run]
    nested = len(run) == 2 and run[0][2] < run[1][2] and run[0][0] + len(keys[0]) <= run[1][0]
    # a picture's caption between them ("Photo courtesy of ...") is not other text: a
    # section's picture often stands between its subtitle and its first paragraph
    last = run[-1][0] + len(keys[-1]) if run else there[0]
    in_gap = _caption_letters(captions, here[1], there[0])
    other_letters = len(gap) - sum(len(k) for k in keys) - in_gap
    next_letters = there[0] - last - _caption_letters(captions, last, there[0])
    if not (
        (len(run) == 1 or nested)
        and other_letters <= HEADING_GAP_SLACK
        # a subtitle introduces the paragraph right after it
        and next_letters <= HEADING_NEXT_SLACK
        and all(
            k not in known and k != titled and 1 <= len(text.split()) <= HEADING_MAX_WORDS
            for k, (_, text, _) in zip(keys, run, strict=True)
        )
    ):
        return False
    # the pictures between the two blocks stand before the heading when their caption
    # does (a figure, then the next section's subtitle): the heading goes after them
    ahead = _caption_letters(captions, here[1], run[0][0]) > 0
    put = later.setdefault(j, []) if ahead and j > i + 1 else out
    for k, (_, text, hlevel) in zip(keys, run, strict=True):
        put.append(Block(kind="heading", text=text, level=hlevel))
        known.add(k)
    return True


def _headings_before(
    paragraph: Block,
    page: str,
    leading: list[tuple[int, str, int]],
    start: int,
    end: int,
    captions: list[tuple[int, int]],
) -> list[tuple[int, Block]]:
    """The second rule of ``_heading_blocks``: the last heading of the page between ``start``
    and ``end`` (where the paragraph stands) when at most ``HEADING_NEXT_SLACK`` letters other
    than captions stand between it and the paragraph, a paragraph of prose; with the heading
    of its section right above it (a lower level, at most ``HEADING_NEXT_SLACK`` letters
    between them). None when the last heading is farther, or right under another of its level
    (a list of titles)."""
    if paragraph.furniture is not None or len(paragraph.text.split()) < RECALL_ONLY_MIN_WORDS:
        return []
    run = [
        (at, text, hlevel) for at, text, hlevel in leading
        if start <= at and at + len(_squash(text)) <= end and _squash(text)
    ]  # fmt: skip
    if not run:
        return []
    at, text, level = run[-1]
    after = at + len(_squash(text))
    if end - after - _caption_letters(captions, after, end) > HEADING_NEXT_SLACK:
        return []
    if not 1 <= len(text.split()) <= HEADING_MAX_WORDS:
        return []
    taken = [(at, text, level)]
    if len(run) > 1:
        up_at, up_text, up_level = run[-2]
        up_end = up_at + len(_squash(up_text))
        close = (
            up_end <= at
            and at - up_end - _caption_letters(captions, up_end, at) <= HEADING_NEXT_SLACK
        )
        if close and up_level == level:  # two titles of one level in a row: a list of titles
            return []
        if close and up_level < level and 1 <= len(up_text.split()) <= HEADING_MAX_WORDS:
            taken.insert(0, (up_at, up_text, up_level))
    return [(a, Block(kind="heading", text=t, level=lv)) for a, t, lv in taken]


def _heading_links(block: Block, links: list[tuple[str, str]], address: str | None) -> Block:
    """``block`` (a heading put back) with a link span over each of ``links`` (text, ``href``)
    found in its text in order, relative ``href``s made absolute against ``address``; only
    ``http(s)`` addresses."""
    from .urls import scheme_of

    spans: list[InlineSpan] = []
    cursor = 0
    for text, href in links:
        at = block.text.find(text, cursor) if text else -1
        if at < 0:
            continue
        span = InlineSpan(at, at + len(text), "link", {"href": href})
        if address:
            span = _absolute_link(span, address)
        if scheme_of(span.attrs["href"]) in ("http", "https"):
            spans.append(span)
            cursor = at + len(text)
    return dataclasses.replace(block, inline=spans) if spans else block


def _body_pair(before: Block, after: Block) -> bool:
    """Two blocks of the article's text (not furniture, not the title), the second not a
    heading (a heading between two headings is a list of titles, not a subtitle)."""
    return (
        before.kind in _BODY_NEIGHBOURS
        and after.kind in _BODY_NEIGHBOURS
        and after.kind != "heading"
        and before.furniture is None
        and after.furniture is None
    )


def unique_inputs(paths: Sequence[Path]) -> tuple[Path, ...]:
    """``paths`` without repeats (the same file given twice is translated once); a UsageError
    when two inputs would write editions of the same name (one would overwrite the other's)."""
    unique = tuple(dict.fromkeys(paths))
    seen: dict[str, Path] = {}
    for path in unique:
        slug = "stdin" if str(path) == "-" else file_slug(path.stem)
        if slug in seen:
            raise UsageError(
                f"{seen[slug]} and {path} would both write editions named {slug}.*;"
                " rename one or run them separately"
            )
        seen[slug] = path
    return unique
