"""Parsing untrusted XML (TMX, TBX, reviewed XLIFF) safely, with each element's line number.

Built on defusedxml's expat parser. What translators' tools write is accepted: a document type
declaration that only names an external DTD (``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``, written by
translate-toolkit's po2tmx, OmegaT, Trados). The DTD is never read. Refused, with
:class:`UnsafeXMLError`:

- an internal subset (``<!DOCTYPE tmx [ ... ]>``): entity declarations, and attribute defaults
  that would silently add attributes to the document;
- entity declarations of any kind (so no entity expansion, no "billion laughs");
- external entities and external DTD loading;
- a reference to an entity the document does not declare (expat would otherwise skip it
  silently when an external DTD is named, losing text).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any
from xml.parsers.expat import ExpatError

from .fsutil import larger_than
from .regexcache import compile as re_compile

MAX_XML_BYTES = 64 * 1024 * 1024


_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def utf8_under_another_charset(data: bytes, declared: str) -> bool:
    """True when ``data`` declares a charset other than UTF-8/16/32 (ISO-8859-1, windows-1252,
    Shift_JIS) yet its bytes are UTF-8 text with non-ASCII characters in it: what an editor that
    saved UTF-8 without updating the declaration leaves. Read as declared, every accented letter
    becomes two or three characters ("câmara" -> "cÃ¢mara"); text honestly in an 8-bit charset
    is almost never valid UTF-8 (an "é" is one byte followed by ASCII)."""
    import codecs

    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return False
    if name.startswith(("utf-8", "utf-16", "utf-32")) or name == "ascii":
        return False
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def mislabelled_utf8(data: bytes) -> str | None:
    """The charset an XML document's declaration names when its bytes are UTF-8 text instead
    (:func:`utf8_under_another_charset`); None when the declaration is true or absent."""
    declared = _XML_ENCODING.match(data.removeprefix(b"\xef\xbb\xbf").lstrip()[:300])
    if declared is None:
        return None
    name = declared.group(1).decode("ascii")
    return name if utf8_under_another_charset(data, name) else None



def _not_utf8(data: bytes) -> tuple[str, int] | None:
    """Why a document read as UTF-8 (declared so, or declaring nothing and with no UTF-16
    byte-order mark: XML's default) is not UTF-8 text, and the line of its first bad byte; None
    when it is, or when it declares another encoding. Expat said only "not well-formed
    (invalid token)" of a Latin-1 "é" under ``encoding="UTF-8"`` (fuzz44)."""
    body = data.removeprefix(b"\xef\xbb\xbf")
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or body[:4].count(0) > 0:
        return None
    declared = _XML_ENCODING.match(body.lstrip()[:300])
    if declared is not None and declared.group(1).lower().replace(b"_", b"-") not in (
            b"utf-8", b"utf8"):  # fmt: skip
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + len(data) - len(body)
        said = "as its XML declaration says" if declared else "the XML default"
        return (f"not UTF-8 text, {said} (byte {at}: {data[at:at + 1]!r}): save the file as"
                " UTF-8, or declare its encoding", data[:at].count(b"\n") + 1)
    return None


class UnsafeXMLError(Exception):
    """The document uses a DTD or entity feature we refuse; ``kind`` names it."""

    def __init__(self, kind: str, detail: str, line: int | None = None) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.line = line


class MalformedXMLError(Exception):
    """Not well-formed XML (or an encoding Python cannot decode)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class XMLDocument:
    """A parsed document and the line on which each of its elements starts."""

    root: ET.Element
    doctype: tuple[str, str | None, str | None] | None = None  # (name, system id, public id)
    _lines: dict[int, int] = field(default_factory=dict, repr=False)

    def line(self, element: ET.Element) -> int | None:
        """The 1-based line of ``element``'s start tag (None for an element made later)."""
        return self._lines.get(id(element))


class _LineBuilder(ET.TreeBuilder):
    """Records the expat line number of every element it starts."""

    def __init__(self, lines: dict[int, int]) -> None:
        super().__init__()
        self.lines = lines
        self.expat: Any = None

    def start(self, tag: Any, attrs: Any) -> ET.Element:
        element = super().start(tag, attrs)
        if self.expat is not None:
            self.lines[id(element)] = self.expat.CurrentLineNumber
        return element


def parse(data: bytes, max_bytes: int = MAX_XML_BYTES) -> XMLDocument:
    """Parse untrusted XML bytes; raises :class:`UnsafeXMLError` or :class:`MalformedXMLError`."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    if len(data) > max_bytes:
        raise MalformedXMLError(larger_than(max_bytes))
    lines: dict[int, int] = {}
    builder = _LineBuilder(lines)
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    expat = parser.parser
    builder.expat = expat
    doctype: list[tuple[str, str | None, str | None]] = []

    def start_doctype(
        name: str, sysid: str | None, pubid: str | None, has_internal_subset: int
    ) -> None:
        if has_internal_subset:
            raise UnsafeXMLError(
                "DTDInternalSubset",
                f"<!DOCTYPE {name} [...]> declares its own DTD (entities or attribute defaults)",
                expat.CurrentLineNumber,
            )
        doctype.append((name, sysid, pubid))

    def skipped_entity(name: str, is_parameter_entity: int) -> None:
        raise UnsafeXMLError(
            "EntityReference", f"reference to undeclared entity &{name};", expat.CurrentLineNumber
        )

    expat.StartDoctypeDeclHandler = start_doctype
    expat.SkippedEntityHandler = skipped_entity
    try:
        parser.feed(data)
        root: ET.Element = parser.close()
    except UnsafeXMLError:
        raise
    except DefusedXmlException as exc:
        raise UnsafeXMLError(type(exc).__name__, str(exc), expat.CurrentLineNumber) from None
    except (SyntaxError, ExpatError) as exc:
        # ET.ParseError is a SyntaxError; defusedxml < 0.7.1 raises its pure-Python copy's own
        # ParseError class, so catch the base class.
        position = getattr(exc, "position", None)
        line = position[0] if position else getattr(exc, "lineno", None)
        if "undefined entity" in str(exc):
            raise UnsafeXMLError("EntityReference", str(exc), line) from None
        not_utf8 = _not_utf8(data)
        if not_utf8 is not None:
            raise MalformedXMLError(not_utf8[0], not_utf8[1]) from None
        raise MalformedXMLError(str(exc), line) from None
    except (ValueError, LookupError) as exc:  # an encoding declaration Python cannot use
        raise MalformedXMLError(str(exc)) from None
    return XMLDocument(root, doctype[0] if doctype else None, lines)


# --- HTML: elements with too many attributes -------------------------------------------------

# libxml2 (lxml's HTML parser) checks each new attribute against the element's others, so an
# element with n attributes takes n² steps: 40,000 take minutes, a million never end. No real
# element has a thousand.
MAX_ATTRIBUTES = 1000
_TAG = re_compile(r"<([A-Za-z][^\s/>]*)((?:=[ \t\r\n\f]*(?:\"[^\"]*\"|'[^']*')|[^>=]+|=)*)>?")
# what is not markup: comments, and the text of raw-text elements (a script's "a<b&&c" is no tag).
# A quote opens a value only after "=": a stray one (`a="x""`, `role=”nav"`) does not swallow the
# page up to the next quote, as HTML parsers do not.
_MARKUP = re_compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)\b"
    r"((?:=[ \t\r\n\f]*(?:\"[^\"]*\"|'[^']*')|[^>=]+|=)*)>?.*?(?:</\1\s*>|\Z)"
    r"|<([A-Za-z][^\s/>]*)((?:=[ \t\r\n\f]*(?:\"[^\"]*\"|'[^']*')|[^>=]+|=)*)>?",
    re.DOTALL | re.IGNORECASE,
)
_ATTRIBUTE = re_compile(r"[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")


def crowded_elements(markup: str, limit: int = MAX_ATTRIBUTES) -> list[tuple[int, int, int]]:
    """(start, end, attributes) of the start tags of ``markup`` with more than ``limit``
    attributes, found in one linear scan (an attribute takes at least two characters, so only
    tags longer than ``2 * limit`` are counted); comments and the text of scripts, styles and
    other raw-text elements are skipped.

    >>> crowded_elements("<p " + " ".join(f"a{i}" for i in range(5)) + ">x</p>", limit=3)
    [(0, 18, 5)]
    """
    out = []
    for m in _MARKUP.finditer(markup):
        group = 2 if m.group(1) else 4  # a raw-text element's start tag, or any other
        if m.start(group) < 0 or m.end(group) - m.start(group) <= 2 * limit:
            continue
        count = sum(1 for _ in _ATTRIBUTE.finditer(markup, m.start(group), m.end(group)))
        if count > limit:
            end = m.end(group) + markup.startswith(">", m.end(group))
            out.append((m.start(), end, count))
    return out


def strip_crowded(markup: str, limit: int = MAX_ATTRIBUTES) -> str:
    """``markup`` with every start tag of more than ``limit`` attributes written bare (``<p>``):
    for fragments that are cleaned anyway (feed items, HTML requests), never for an article."""
    crowded = crowded_elements(markup, limit)
    if not crowded:
        return markup
    parts, last = [], 0
    for start, end, _ in crowded:
        name = _TAG.match(markup, start)
        assert name is not None
        parts += [markup[last:start], f"<{name.group(1)}>"]
        last = end
    parts.append(markup[last:])
    return "".join(parts)
