"""Read an RSS or Atom feed file as a stream of :class:`FeedItem` objects.

Feed XML is untrusted. It is parsed with lxml's ``iterparse`` in recover mode with entity
resolution, DTD loading and network access off; a document type that declares entities (billion
laughs, external entities) is refused before any item is read. Items are yielded one at a time
and their elements freed, so memory stays flat however long the feed is (feedparser builds the
whole feed in memory, which is why it is not used here). Malformed XML is recovered as far as
libxml2 can: the items it spoils carry a warning, the good ones are read normally.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import hashlib
import html
import html.entities
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import urljoin, urlsplit

from ..errors import InputError
from ..fsutil import larger_than
from ..read import slugify
from ..regexcache import compile as re_compile
from ..safexml import strip_crowded
from .plausible import SCRIPT_CODEPAGES, implausible, odd_words, script_of

FeedKind = Literal["rss", "atom", "json"]

MAX_FEED_BYTES = 100 * 1024 * 1024  # a feed (file or download) larger than this is refused
MAX_ID_CHARS = 2048  # a guid or link longer than this is absurd: digested, or left out

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM03_NS = "http://purl.org/atom/ns#"
RSS1_NS = "http://purl.org/rss/1.0/"
RSS09_NS = "http://my.netscape.com/rdf/simple/0.9/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XHTML_NS = "http://www.w3.org/1999/xhtml"
MEDIA_NS = "http://search.yahoo.com/mrss/"

_ATOM = (ATOM_NS, ATOM03_NS)
# RSS 2.0 has no namespace, but some feeds put its elements in UserLand's or Harvard's (as
# feedparser reads them): `<rss xmlns="http://backend.userland.com/rss2">`
RSS2_NAMESPACES = ("http://backend.userland.com/rss2", "http://backend.userland.com/rss",
                   "http://blogs.law.harvard.edu/tech/rss")
_RSS = ("", RSS1_NS, RSS09_NS, *RSS2_NAMESPACES)
_ITEM_PARENTS = ("channel", "RDF")
_LEAD = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]+(?=<)")


def _lead(head: bytes) -> int:
    """Bytes of white space (after a UTF-8 byte-order mark) before the document's first ``<``.

    XML allows nothing before the declaration, but real feeds often start with a blank line (a
    template's newline before ``<?xml``); every feed reader skips it, so this one does too.
    """
    match = _LEAD.match(head)
    return match.end() if match else 0


_DECLARED_ENCODING = re.compile(rb"\s*<\?xml\b[^>]*?\bencoding\s*=", re.IGNORECASE)
# the XML declaration's encoding (group 2), at the start of the file (white space allowed)
_XML_DECLARED = re.compile(rb"(\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)[\"']")


def xml_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` that names an XML media type
    (``application/xml``, ``text/xml``, ``application/rss+xml``: RFC 7303's family); None for
    another type or no charset."""
    if not content_type:
        return None
    from email.message import Message

    message = Message()
    message["Content-Type"] = content_type
    kind = message.get_content_type()
    if not (kind in ("application/xml", "text/xml") or kind.endswith("+xml")):
        return None
    charset = message.get_param("charset")
    if not isinstance(charset, str):
        return None
    return charset.strip() or None


def _declared_utf8(data: bytes) -> bytes:
    """``data`` (UTF-8) with its XML declaration's encoding, if any, made ``UTF-8``."""
    declared = _XML_DECLARED.match(data)
    if declared is None:
        return data
    start, end = declared.span(2)
    return data[:start] + b"UTF-8" + data[end:]


def _byte_order(codec: str, data: bytes) -> str:
    """``utf-16`` or ``utf-32`` with no byte-order mark made ``-le`` or ``-be``: the order of
    the zero bytes of the first character, ASCII in an XML document (``<``; XML 1.0 appendix
    F), else big-endian (RFC 2781, 4.3). Python's codec reads such bytes in the machine's order
    (little-endian here): a feed in UTF-16BE under ``charset=utf-16`` was "not an XML feed"
    (fuzz36 noticed, fuzz37). Other codecs, and bytes with a mark, are returned as they are."""
    width = {"utf-16": 2, "utf-32": 4}.get(codec)
    if width is None or len(data) < width:
        return codec
    unit = data[:width]
    little = unit[0] != 0 and not any(unit[1:])
    return f"{codec}-{'le' if little else 'be'}"


def _declares_encoding(head: bytes) -> bool:
    """Whether the document says its encoding: a byte-order mark (UTF-8, UTF-16), UTF-16's or
    UTF-32's zero bytes, or ``encoding=`` in its XML declaration."""
    return (head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]
            or _DECLARED_ENCODING.match(head) is not None)


_LETTERS = re_compile(r"[^\W\d_]+")
# bytes that were not UTF-8, as ``surrogateescape`` keeps them
_ESCAPED = re_compile("[\udc80-\udcff]+")
_NON_ASCII = re_compile("[^\x00-\x7f]+")


# how many of charset-normalizer's readings are tried for a plausible one
_MAX_READINGS = 12


# a body's UTF-8 reading (the bytes that are not UTF-8 kept as surrogates) and its odd runs:
# (start, end, bytes) of each run of non-ASCII characters holding such a byte
OddRuns = tuple[str, list[tuple[int, int, bytes]]]


def _odd_runs(body: bytes) -> OddRuns:
    """``body`` read as UTF-8 with ``surrogateescape`` and the runs :func:`_reading` reads in a
    code page, found once for every code page tried (fuzz53: a 62 MB feed with one odd byte was
    decoded and scanned whole once per code page, some thirty times, and passed the fuzzer's
    150 s)."""
    escaped = body.decode("utf-8", "surrogateescape")
    runs = []
    for m in _NON_ASCII.finditer(escaped):
        if _ESCAPED.search(m.group()) is None:  # UTF-8 text: kept
            continue
        # the whole run of non-ASCII bytes: a pair of 8-bit letters can be valid UTF-8 by
        # chance (KOI8-U "Київ" holds b"\xc9\xa7", U+0267 as UTF-8) (fuzz46)
        runs.append((m.start(), m.end(), m.group().encode("utf-8", "surrogateescape")))
    return escaped, runs


def _reading(body: bytes, codec: str, single: bool,
             runs: OddRuns | None = None) -> tuple[str, list[tuple[int, int]]]:  # fmt: skip
    """``body`` (UTF-8 with bytes that are not) read with its odd bytes (each run of non-ASCII
    bytes holding one that is not UTF-8) in ``codec`` (a single-byte one: the UTF-8 kept), or
    wholly in ``codec``; and the spans of the text that
    the odd bytes (the non-ASCII ones for a whole reading) became. ``runs``: ``body``'s
    :func:`_odd_runs`, when the caller tries several code pages."""
    if not single:
        text = body.decode(codec, "replace")
        return text, [m.span() for m in _NON_ASCII.finditer(text)]
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    size, last = 0, 0
    escaped, odd = runs if runs is not None else _odd_runs(body)
    for start, end, raw in odd:
        parts.append(escaped[last:start])
        size += start - last
        read = raw.decode(codec, "replace")
        parts.append(read)
        spans.append((size, size + len(read)))
        size += len(read)
        last = end
    parts.append(escaped[last:])
    return "".join(parts), spans


def _script_codepage_reading(
    body: bytes, codecs: list[str], runs: OddRuns | None = None,
) -> tuple[str, str, bool, list[str]] | None:
    """The first of ``codecs`` (single-byte code pages of one script) that reads the odd bytes
    of ``body`` as plausible text with a word of three letters or more of them: (codec, text,
    True, the odd bytes' words); None when none does."""
    runs = runs if runs is not None else _odd_runs(body)
    for codec in codecs:
        text, spans = _reading(body, codec, True, runs)
        if implausible(text, spans) is None:
            words = odd_words(text, spans)
            if any(len(w) >= 3 for w in words) and script_of(words) is not None:
                return codec, text, True, words
    return None


def _letter(ch: str) -> bool:
    """``ch`` in ``_LETTERS``' class ``[^\\W\\d_]``: ``re``'s ``\\w`` (``isalnum`` or "_")
    without its ``\\d`` (``isdecimal``) and "_"."""
    return ch.isalnum() and not ch.isdecimal()


def _non_ascii_words(text: str) -> list[str]:
    """The words of ``_LETTERS`` in ``text`` that hold a character that is not ASCII, in order:
    found from the runs of non-ASCII characters (``_NON_ASCII``, which passes over ASCII text
    in C), each widened to the letters around it (fuzz53: every word of a 62 MB feed, ASCII
    ones included, was found and tested with ``isascii`` in Python, once per reading tried).

    >>> _non_ascii_words("Um caf\u00e9 e p\u00e3o, 2\u00bd cups; na\u00efve")
    ['café', 'pão', '½', 'naïve']
    """
    words: list[str] = []
    end, size = 0, len(text)
    for m in _NON_ASCII.finditer(text):
        if m.end() <= end:  # inside the words already taken
            continue
        left, right = max(m.start(), end), m.end()
        while left > end and _letter(text[left - 1]):
            left -= 1
        while right < size and _letter(text[right]):
            right += 1
        words += [w for w in _LETTERS.findall(text, left, right) if not w.isascii()]
        end = right
    return words


def _known_words_reading(best: Any, ties: list[Any]) -> Any:
    """Of charset-normalizer's readings that its own measure cannot tell apart (``ties``: no
    more "chaos" than its ``best``), the one under which the most words written with a
    non-ASCII letter are words the embedded engines hold whole (their vocabularies, every
    source language installed): a Portuguese feed in windows-1252 reads "índice", "pregão",
    where the Baltic cp1257 that charset-normalizer ranked first reads "ķndice", "pregćo"
    (probe28, UOL Notícias). ``best`` is kept unless another reading has strictly more such
    words: a script the engines do not read (EUC-JP, KOI8-R) counts none in every reading."""
    if len(ties) < 2:
        return best
    from ..engines.embedded import discover_models
    from ..untranslatable import engine_lexicon

    try:
        langs = sorted({src for src, _trg in discover_models()})
    except Exception:
        return best
    known: set[str] = set()
    for lang in langs:
        known |= engine_lexicon(lang)

    def score(match: Any) -> int:
        return sum(1 for w in _non_ascii_words(str(match)) if w.casefold() in known)

    top, top_score = best, score(best)
    for match in ties:
        if match is not best and (s := score(match)) > top_score:
            top, top_score = match, s
    return top


_ROOT_TAG = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?(?:rss|feed|RDF|html))\b[^>]*>", re.IGNORECASE)
_ITEM_CHUNK = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?item\b[^>]*>.*?</(?:[A-Za-z_][\w.-]*:)?item\s*>",
                         re.DOTALL)
_ENTRY_CHUNK = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?entry\b[^>]*>.*?</(?:[A-Za-z_][\w.-]*:)?entry\s*>", re.DOTALL
)
_HTML_HEAD = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_FEED_LINK = re_compile(
    r"<link\b[^>]*\btype=[\"']application/(?:(?:rss|atom)\+xml|feed\+json)[\"'][^>]*>",
    re.IGNORECASE
)
_HREF = re_compile(r"\bhref=[\"']([^\"']+)[\"']", re.IGNORECASE)
_TAGS = re_compile(r"<[A-Za-z/!]")


@dataclass
class FeedInfo:
    """The channel (RSS) or feed (Atom) element: what the localized feed repeats."""

    kind: FeedKind
    title: str | None = None
    link: str | None = None
    description: str | None = None  # plain text (RSS description, Atom subtitle)
    language: str | None = None  # as declared, e.g. "en-us"
    # no language declared: what the channel's and the items' text read together is written in
    # (``translate.feeds.run``), for a channel or an item whose own text cannot tell
    text_lang: str | None = None
    id: str | None = None  # Atom feed id
    updated: str | None = None
    author: str | None = None

    @property
    def lang(self) -> str | None:
        """The declared language as an ISO 639 code (``en-us`` -> ``en``), if any."""
        return declared_code(self.language) if self.language else None


def declared_code(language: str) -> str | None:
    """A feed's declared language as an ISO 639 code: ``en-us`` -> ``en``, or a language given
    by its name instead of a code ("English", as Node.js's feeds write ``<language>``;
    "Português (Brasil)"), read through CLDR's names in English and each news language's own
    (``locales/languages/detect.toml``); None otherwise."""
    code = language.strip().replace("_", "-").split("-")[0].lower()
    if code.isalpha() and 2 <= len(code) <= 3:
        return code
    key = language.split("(")[0].strip().casefold()
    return _language_names().get(key) if key else None


@functools.cache
def _language_names() -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    from ..langdata import load_file

    names = {n.casefold(): code for code, n in Locale("en").languages.items()
             if code.isalpha() and 2 <= len(code) <= 3}
    for code in load_file("detect").get("detect", {}).get("languages", ()):
        try:
            own = Locale.parse(code).languages.get(code)
        except (UnknownLocaleError, ValueError):
            continue
        if own:
            names.setdefault(own.casefold(), code)
    return names


@dataclass
class FeedItem:
    """One RSS item or Atom entry, as read: HTML stays HTML (sanitized later), text is text."""

    position: int  # 0-based order in the feed
    key: str  # state key: guid, else link, else a hash of title and content
    line: int = 0  # line in the feed, for messages
    guid: str | None = None
    guid_is_permalink: bool = False
    link: str | None = None
    title: str | None = None
    summary: str | None = None  # HTML
    content: str | None = None  # HTML
    published: str | None = None  # ISO 8601 UTC, when it could be read
    updated: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """How messages name the item: position, line and a short title."""
        title = " ".join((self.title or "").split())
        short = title if len(title) <= 50 else title[:49] + "…"
        where = f" (line {self.line})" if self.line else ""  # a JSON Feed has no lines
        return f"item {self.position + 1}{where}" + (f" {short!r}" if short else "")

    def content_hash(self, recipe: str = "") -> str:
        """A hash of what is translated, so a changed item is translated again."""
        payload = json.dumps(
            [self.title, self.summary, self.content, self.link, recipe], ensure_ascii=False
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def slug(self) -> str:
        """A file name stem: the title's slug plus a hash of the key (unique, never unsafe)."""
        words = self.title or text_of_html(self.summary or self.content or "")[:80]
        digest = hashlib.sha256(self.key.encode("utf-8")).hexdigest()[:10]
        base = slugify(words, max_length=50) if words else "item"
        return f"{base}-{digest}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedItem:
        return cls(**data)


# -- parsing ---------------------------------------------------------------------------------


def _split(tag: Any) -> tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


_XML_BAD = re_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(el: Any) -> str:
    """The text of an element, with undefined HTML entities (``&nbsp;``) turned into characters.

    In recover mode libxml2 keeps an undeclared entity as an entity node; real feeds are full of
    HTML entity names, so they are looked up rather than dropped.
    """
    from lxml import etree

    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child, etree._Entity):
            name = child.name
            parts.append(html.entities.html5.get(f"{name};", f"&{name};")
                         if not name.startswith("#") else html.unescape(f"&{name};"))
        elif isinstance(child.tag, str):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return _XML_BAD.sub("", "".join(parts))


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def text_of_html(markup: str) -> str:
    """Visible text of an HTML fragment (for titles that carry markup, slugs, messages)."""
    if not _TAGS.search(markup):
        return " ".join(html.unescape(markup).split())
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(strip_crowded(markup), create_parent="div")
    except (etree.ParserError, ValueError):
        return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())
    for bad in root.xpath(".//script|.//style|.//template|.//noscript"):
        bad.drop_tree()
    return " ".join(root.text_content().split())


def parse_date(raw: str | None, language: str | None = None) -> str | None:
    """RFC 822 (RSS) or RFC 3339/W3CDTF (Atom, dc:date) as ISO 8601 UTC; None if unreadable.
    ``language``: the feed's declared language ("pt-br"), whose CLDR date patterns read a date
    written in prose ("24 de setembro de 2018", :func:`_prose_date`)."""
    if not raw or not raw.strip():
        return None
    # one space between words, as every reader of a feed's fields gives it (``_clean``): a run of
    # thousands of spaces met two adjacent ``\s*`` of the prose patterns (quadratic backtracking)
    text = " ".join(raw.split())
    when: dt.datetime | None = None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        # OverflowError: an hour of 23 digits ("10 Dec 2012 99999999999999999999999:01:30")
        # is past a C long in datetime (fuzz42: an internal error, exit 1, the feed unread)
        when = None
    if when is None:
        when = _localized_rfc822(text)
    if when is None and language:
        when = _prose_date(text, language)
    if when is None:
        candidate = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
        if re.fullmatch(r"\d{4}(-\d\d)?", candidate):
            candidate = (candidate + "-01-01")[:10]
        try:
            when = dt.datetime.fromisoformat(candidate)
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    if not (1900 <= when.year <= 2200):
        return None
    when = when.astimezone(dt.timezone.utc).replace(microsecond=0)
    return when.isoformat().replace("+00:00", "Z")


# An RFC 822 date whose day and month are written in another language than English ("Seg, 24
# Set 2018 10:00:00 -0300", UOL's feed): an optional day name, the day, a month name, the year,
# and the rest (time and zone) as RFC 822 writes them.
_LOCAL_RFC822 = re_compile(r"(?:([^\W\d_]+)\.?,?\s+)?(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})(\s.*)?")
_RFC822_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")


@functools.cache
def _cldr_date_names() -> tuple[dict[str, set[tuple[str, int]]], dict[str, set[tuple[str, int]]]]:
    """Every CLDR locale's month and day names (abbreviated and wide, format and stand-alone),
    case-folded and without a final dot: name -> {(locale, month 1-12)} and name -> {(locale,
    weekday 0-6, Monday 0)}. Built once per process, only when a date is not RFC 822 in English
    (about a second of CPU: every locale Babel holds is loaded)."""
    from babel import Locale
    from babel.localedata import locale_identifiers

    months: dict[str, set[tuple[str, int]]] = {}
    days: dict[str, set[tuple[str, int]]] = {}
    for ident in locale_identifiers():
        try:
            loc = Locale.parse(ident)
        except (ValueError, TypeError):  # pragma: no cover - every identifier Babel lists parses
            continue
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                for number, name in loc.months.get(context, {}).get(width, {}).items():
                    months.setdefault(name.casefold().rstrip("."), set()).add((ident, number))
                for number, name in loc.days.get(context, {}).get(width, {}).items():
                    days.setdefault(name.casefold().rstrip("."), set()).add((ident, number))
    return months, days


def _localized_rfc822(text: str) -> dt.datetime | None:
    """An RFC 822 date with its day and month names in any language CLDR knows, read only when
    the reading is certain: every locale in which the month's name is a month's (and, when the
    date names its weekday, in which that word is a weekday that falls on that date) must give
    the same date. "Seg, 24 Set 2018" is 24 September (Portuguese: "seg" is Monday, "set"
    September); a month name two languages read as different months ("mar": March, May) with no
    weekday to tell them apart is not read, and the caller reports the date as unreadable."""
    match = _LOCAL_RFC822.fullmatch(text)
    if match is None:
        return None
    weekday, day, month, year, rest = match.groups()
    months, days = _cldr_date_names()
    readings = months.get(month.casefold())
    if not readings:
        return None
    weekdays = days.get(weekday.casefold(), set()) if weekday else None
    if weekday and not weekdays:
        return None
    dates: set[int] = set()
    for ident, number in readings:
        try:
            on = dt.date(int(year), number, int(day))
        except ValueError:
            continue
        if weekdays is not None and (ident, on.weekday()) not in weekdays:
            continue
        dates.add(number)
    if len(dates) != 1:
        return None
    english = f"{int(day)} {_RFC822_MONTHS[dates.pop() - 1]} {year}{rest or ''}"
    try:
        return email.utils.parsedate_to_datetime(english)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


@functools.cache
def _prose_date_patterns(language: str) -> tuple[Any, ...]:
    """The feed's declared ``language``'s CLDR date patterns written with month names (full,
    long and medium: "EEEE, d 'de' MMMM 'de' y", "MMMM d, y") as regular expressions with the
    groups ``d``, ``M`` (the month's name), ``y`` and ``E`` (a weekday's name), each followed by
    an optional time (the locale's date-time joiner, then H:mm or H:mm:ss and a zone); with
    the locale's month and weekday names. () for a language CLDR does not know."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import tokenize_pattern

    loc = None
    for ident in (language.strip().replace("-", "_"), language.strip().split("-")[0]):
        try:
            loc = Locale.parse(ident)
            break
        except (ValueError, TypeError, UnknownLocaleError):
            continue
    if loc is None:
        return ()
    joiners = {"", ","}
    for width in ("full", "long", "medium"):
        fmt = str(loc.datetime_formats.get(width, ""))
        if "{1}" in fmt and "{0}" in fmt and fmt.index("{1}") < fmt.index("{0}"):
            joiners.add(fmt[fmt.index("{1}") + 3:fmt.index("{0}")].replace("'", "").strip())
    time = (r"(?:\s*(?:" + "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
            + r")\s*(?P<H>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
            r"(?:\s*(?P<z>GMT|UTC|Z|[+-]\d{2}:?\d{2}))?)?")
    out = []
    for width in ("full", "long", "medium"):
        parts: list[str] = []
        for _kind, value in tokenize_pattern(loc.date_formats[width].pattern):
            if isinstance(value, str):  # literal text: "de ", ", "
                if not value.strip():
                    parts.append(r"\s+")
                elif value != value.strip():
                    parts.append(r"\s*" + re.escape(value.strip()) + r"\s*")
                else:
                    parts.append(re.escape(value))
                continue
            char, count = str(value[0]), int(value[1])
            if char == "d" and "(?P<d>" not in "".join(parts):
                parts.append(r"(?P<d>\d{1,2})")
            elif char in "ML" and count >= 3 and "(?P<M>" not in "".join(parts):
                parts.append(r"(?P<M>[^\W\d_]+\.?)")
            elif char == "y" and "(?P<y>" not in "".join(parts):
                parts.append(r"(?P<y>\d{4})")
            elif char in "Ec" and "(?P<E>" not in "".join(parts):
                parts.append(r"(?P<E>[^\W\d_][^\W\d]*(?:-[^\W\d_]+)?\.?)")
            else:  # a numeric month, an era: not a date in prose
                parts = []
                break
        if parts:
            out.append(re.compile("".join(parts) + time, re.IGNORECASE))
    names: dict[str, set[int]] = {}
    days: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("abbreviated", "wide"):
            for number, name in loc.months.get(context, {}).get(width, {}).items():
                names.setdefault(name.casefold().rstrip("."), set()).add(number)
            for number, name in loc.days.get(context, {}).get(width, {}).items():
                days.setdefault(name.casefold().rstrip("."), set()).add(number)
    return (tuple(out), names, days)


def _prose_date(text: str, language: str) -> dt.datetime | None:
    """A date written as the feed's declared ``language`` writes one in prose, read through
    that locale's CLDR patterns and names (:func:`_prose_date_patterns`): "24 de setembro de
    2018", "segunda-feira, 24 de setembro de 2018 19:42", "September 24, 2018". Only the
    declared language's names are read (no other language is tried), a weekday must fall on the
    date, and a name that is no month's, or two months', leaves the date unread.

    >>> _prose_date("24 de setembro de 2018", "pt-br").isoformat()
    '2018-09-24T00:00:00'
    >>> _prose_date("domingo, 24 de setembro de 2018", "pt") is None  # a Monday
    True
    """
    table = _prose_date_patterns(language)
    if not table:
        return None
    patterns, months, days = table
    for pattern in patterns:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        month = months.get(match.group("M").casefold().rstrip("."), set())
        if len(month) != 1:
            return None
        try:
            on = dt.date(int(match.group("y")), next(iter(month)), int(match.group("d")))
        except ValueError:
            return None
        weekday = match.groupdict().get("E")
        if weekday and on.weekday() not in days.get(weekday.casefold().rstrip("."), set()):
            return None
        hour, minute, second = (int(match.group(g) or 0) for g in ("H", "m", "s"))
        zone = match.group("z")
        tz: dt.tzinfo | None = None
        try:  # an hour, a minute or a zone out of range ("+99:99") is an unreadable date
            if zone and zone.upper() in ("GMT", "UTC", "Z"):
                tz = dt.timezone.utc
            elif zone:
                sign = -1 if zone[0] == "-" else 1
                digits = zone[1:].replace(":", "")
                tz = dt.timezone(sign * dt.timedelta(hours=int(digits[:2]),
                                                     minutes=int(digits[2:])))  # fmt: skip
            return dt.datetime(on.year, on.month, on.day, hour, minute, second, tzinfo=tz)
        except ValueError:
            return None
    return None


def _xhtml_inner(el: Any) -> str:
    """An Atom ``type="xhtml"`` construct: the wrapping div's children, as HTML."""
    from lxml import etree

    div = next((c for c in el if _split(c.tag) == (XHTML_NS, "div")), el)
    copy = etree.fromstring(etree.tostring(div))
    for node in copy.iter():
        if isinstance(node.tag, str):
            node.tag = _split(node.tag)[1]
    etree.cleanup_namespaces(copy)
    inner = (html.escape(copy.text or "", quote=False)) + "".join(
        etree.tostring(c, encoding="unicode", method="html") for c in copy
    )
    return inner


def _atom_text(el: Any, *, as_html: bool) -> str | None:
    kind = (el.get("type") or "text").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        markup = _xhtml_inner(el)
        return markup if as_html else text_of_html(markup)
    raw = _text(el)
    if kind in ("html", "text/html"):
        return raw if as_html else text_of_html(raw)
    if kind in ("text", "text/plain"):
        if not as_html:
            return raw
        paragraphs = [p for p in re.split(r"\n\s*\n", raw) if p.strip()]
        return "".join(
            f"<p>{html.escape(' '.join(p.split()), quote=False)}</p>" for p in paragraphs
        )
    return None  # base64 media or out-of-line content: nothing to translate


def _first(el: Any, names: tuple[tuple[tuple[str, ...], str], ...]) -> Any:
    for child in el:
        ns, local = _split(child.tag)
        for namespaces, wanted in names:
            if local == wanted and ns in namespaces:
                return child
    return None


def _rss_item(el: Any, position: int, base: str | None,
              language: str | None = None) -> FeedItem:
    item = FeedItem(position=position, key="", line=el.sourceline or 0)
    title = _first(el, ((_RSS, "title"), ((DC_NS,), "title")))
    if title is not None:
        raw = _text(title)
        item.title = _clean(text_of_html(raw))
    link = _first(el, ((_RSS, "link"),))
    if link is not None and _clean(_text(link)):
        item.link = _absolute(_clean(_text(link)) or "", base)
    guid = _first(el, ((_RSS, "guid"),))
    if guid is not None and _clean(_text(guid)):
        item.guid = _clean(_text(guid))
        item.guid_is_permalink = (guid.get("isPermaLink") or "true").lower() == "true"
    about = el.get(f"{{{RDF_NS}}}about")
    if item.guid is None and about:
        item.guid = about.strip()
    description = _first(el, ((_RSS, "description"),))
    if description is not None and _text(description).strip():
        item.summary = _text(description).strip()
    encoded = _first(el, (((CONTENT_NS,), "encoded"),))
    if encoded is not None and _text(encoded).strip():
        item.content = _text(encoded).strip()
    when = _first(el, ((_RSS, "pubDate"), ((DC_NS,), "date")))
    if when is not None:
        raw_date = _clean(_text(when))
        item.published = parse_date(raw_date, language)
        if raw_date and item.published is None:
            item.warnings.append(f"unreadable date {raw_date[:40]!r}, left out")
    author = _first(el, (((DC_NS,), "creator"), (_RSS, "author")))
    if author is not None:
        item.author = _clean(_text(author))
    for child in el:
        c_ns, c_local = _split(child.tag)
        if ((c_local == "category" and c_ns in _RSS) or (c_ns, c_local) == (DC_NS, "subject")) \
                and _clean(_text(child)):
            item.categories.append(_clean(_text(child)) or "")
    if item.summary is None and item.content is None:
        item.summary = _media_description(el)
    return item


def _media_description(el: Any) -> str | None:
    """The Media RSS description of an item (``media:description``, directly or in its
    ``media:group``) as HTML: what YouTube's and podcasts' feeds carry instead of a summary.
    Plain text (the default type) is escaped, its blank lines kept as paragraphs."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        ns, local = _split(child.tag)
        if ns != MEDIA_NS:
            continue
        found = child if local == "description" else (
            _first(child, (((MEDIA_NS,), "description"),)) if local == "group" else None)
        if found is None or not _text(found).strip():
            continue
        from .jsonfeed import text_as_html

        text = _text(found).strip()
        if (found.get("type") or "plain").lower() == "html":
            return text
        return text_as_html(text)
    return None


def _atom_entry(el: Any, position: int, base: str | None,
                language: str | None = None) -> FeedItem:
    item = FeedItem(position=position, key="", line=el.sourceline or 0)
    xml_base = el.get(f"{{{XML_NS}}}base")
    base = _absolute(xml_base, base) if xml_base else base
    for child in el:
        ns, local = _split(child.tag)
        if ns not in _ATOM:
            if (ns, local) == (DC_NS, "subject") and _clean(_text(child)):
                item.categories.append(_clean(_text(child)) or "")
            continue
        if local == "title":
            item.title = _clean(_atom_text(child, as_html=False))
        elif local == "id":
            item.guid = _clean(_text(child))
        elif local == "link":
            rel = (child.get("rel") or "alternate").lower()
            href = (child.get("href") or "").strip()
            if href and rel == "alternate" and item.link is None:
                item.link = _absolute(href, base)
        elif local == "summary":
            item.summary = _atom_text(child, as_html=True)
        elif local == "content":
            if child.get("src"):
                item.warnings.append("content is out of line (src=...); only the summary is read")
            else:
                item.content = _atom_text(child, as_html=True)
        elif local in ("published", "issued", "updated", "modified"):
            raw_date = _clean(_text(child))
            parsed = parse_date(raw_date, language)
            if raw_date and parsed is None:
                item.warnings.append(f"unreadable date {raw_date[:40]!r}, left out")
            if local in ("published", "issued"):
                item.published = parsed
            else:
                item.updated = parsed
        elif local == "author":
            name = _first(child, ((_ATOM, "name"),))
            if name is not None and item.author is None:
                item.author = _clean(_text(name))
        elif local == "category":
            term = (child.get("label") or child.get("term") or "").strip()
            if term:
                item.categories.append(term)
    if item.published is None and item.updated is not None:
        item.published = item.updated
    if item.summary is None and item.content is None:
        item.summary = _media_description(el)
    return item


def _absolute(url: str, base: str | None) -> str:
    url = url.strip()
    if base and not urlsplit(url).scheme:
        return urljoin(base, url)
    return url


def _html_hint(head: bytes) -> str:
    text = head.decode("utf-8", "replace")
    links = []
    for tag in _FEED_LINK.findall(text):
        found = _HREF.search(tag)
        if found:
            links.append(html.unescape(found.group(1)))
    if links:
        return "the page links to the feed " + ", ".join(links[:3])
    return "pass the URL of the RSS or Atom feed, not of the web page"


_ENTITY_REF = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _numeric(match: re.Match[bytes]) -> bytes:
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group(0)
    chars = html.entities.html5.get(name.decode("ascii") + ";")
    if chars is None:
        return b"&amp;" + name + b";"  # unknown: keep it as literal text
    return b"".join(b"&#%d;" % ord(ch) for ch in chars)


def rewrite_entities(data: bytes) -> bytes:
    """HTML entity references (``&nbsp;``), undefined in XML, as numeric references.

    >>> rewrite_entities(b"caf&eacute; &amp; bar&nbsp;&bogus;")
    b'caf&#233; &amp; bar&#160;&amp;bogus;'
    """
    return _ENTITY_REF.sub(_numeric, data)


class EntityRewriter:
    """A byte stream that applies :func:`rewrite_entities` on the fly.

    Real feeds are full of ``&nbsp;`` and ``&eacute;``, which XML does not define: rewriting them
    lets the strict streaming parser read such feeds. A reference cut by a read boundary is
    held back until the next read. (Declared entities never get here: they are refused.)
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.pending = b""
        self.out = b""
        self.eof = False

    def read(self, size: int = -1) -> bytes:
        want = size if size and size > 0 else 1 << 20
        while len(self.out) < want and not (self.eof and not self.pending):
            if not self.eof:
                chunk = self.raw.read(1 << 16)
                if chunk:
                    self.pending += chunk
                else:
                    self.eof = True
            cut = len(self.pending)
            if not self.eof:
                amp = self.pending.rfind(b"&", max(0, cut - 40))
                if amp != -1 and b";" not in self.pending[amp:]:
                    cut = amp
            self.out += rewrite_entities(self.pending[:cut])
            self.pending = self.pending[cut:]
        data, self.out = self.out[:want], self.out[want:]
        return data


class _RootEnd:
    """A parser target that only notes whether the root element's end tag was read."""

    def __init__(self) -> None:
        self.depth = 0
        self.closed = False

    def start(self, tag: str, attrib: Any, nsmap: Any = None) -> None:
        self.depth += 1

    def end(self, tag: str) -> None:
        self.depth -= 1
        if self.depth == 0:
            self.closed = True

    def close(self) -> bool:
        return self.closed


def _pull_events(handle: IO[bytes] | EntityRewriter,
                 reopen: Callable[[], IO[bytes] | EntityRewriter]) -> Iterator[tuple[str, Any]]:
    """The strict parser's ``start``/``end`` events, chunk by chunk.

    On a syntax error lxml reports, with the events parsed before it, an ``end`` for every element
    still open (and lxml 6.2 raises before handing out the events of the chunk that holds the
    error). Those events are genuine only when the root element had ended before the error (a
    whole feed followed by more bytes): a second, tree-less pass over the same bytes (``reopen``)
    says whether it had. Then they are handed out before the error is raised; otherwise they are
    dropped, and the reader's salvage pass reads the items from where the strict pass stopped.
    """
    from lxml import etree

    parser = etree.XMLPullParser(
        events=("start", "end"), recover=False, resolve_entities=False, load_dtd=False,
        no_network=True, huge_tree=False, remove_comments=True, remove_pis=True,
    )
    while True:
        chunk = handle.read(1 << 16)
        try:
            if chunk:
                parser.feed(chunk)
            else:
                parser.close()
        except etree.XMLSyntaxError:
            pending = list(parser.read_events())
            if pending and _root_ended(reopen()):
                yield from pending
            raise
        yield from parser.read_events()
        if not chunk:
            return


def _root_ended(handle: IO[bytes] | EntityRewriter) -> bool:
    """Whether the root element of the document in ``handle`` ends before its first error."""
    from lxml import etree

    target = _RootEnd()
    parser = etree.XMLParser(target=target, recover=False, resolve_entities=False,
                             load_dtd=False, no_network=True, huge_tree=False)
    try:
        while chunk := handle.read(1 << 16):
            parser.feed(chunk)
            if target.closed:
                break
        if not target.closed:
            parser.close()
    except etree.XMLSyntaxError:
        pass
    finally:
        if isinstance(handle, EntityRewriter):
            handle.raw.close()
        else:
            handle.close()
    return target.closed


class FeedReader:
    """Stream the items of one feed file.

    Iterate over it for :class:`FeedItem` objects; ``info`` is complete once iteration ends
    (an RSS channel may describe itself after its items) and ``warnings`` lists feed-level
    problems. Raises :class:`InputError` for what cannot be a feed (an HTML page, not XML,
    entity declarations, an unknown root element).
    """

    def __init__(self, path: Path | str, *, source: str | None = None,
                 max_item_bytes: int = 5 * 1024 * 1024, content_type: str | None = None) -> None:
        self.path = Path(path)
        # the charset of the server's Content-Type, for an XML media type (RFC 7303)
        self.charset = xml_charset(content_type)
        self._charset_refuted = False
        self.source = source or str(path)
        self.info: FeedInfo | None = None
        self.warnings: list[str] = []
        self.max_item_bytes = max_item_bytes
        self._seen: dict[str, int] = {}
        self._elements = 0  # item elements met so far (yielded or not)
        self.malformed: str | None = None  # the first XML error, when the feed is not well-formed
        self.yielded = 0  # complete items handed out
        self._ended = False  # the root element's end tag was read
        # no encoding declared and the bytes are not UTF-8: the encoding guessed from the bytes
        # (charset-normalizer) and the document re-encoded as UTF-8, read instead of the file
        self.encoding_guess: str | None = None
        self._utf8: bytes | None = None

    def _check_head(self) -> bytes:
        try:
            with self.path.open("rb") as handle:
                head = handle.read(256 * 1024)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=self.source) from None
        if not head.strip():
            raise InputError("empty file, not a feed", path=self.source)
        if head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
        if _HTML_HEAD.match(head):
            raise InputError("this is an HTML page, not an RSS or Atom feed", path=self.source,
                             hint=_html_hint(head))
        return head

    def __iter__(self) -> Iterator[FeedItem]:
        """Stream with a strict parser; on the first XML error, read the rest item by item."""
        from lxml import etree

        from .jsonfeed import looks_like_json

        if looks_like_json(self._check_head()):
            for item in self._json_items():
                self.yielded += 1
                yield item
            if self._elements == 0:
                self.warnings.append("the feed has no items")
            return
        try:
            for item in self._stream():
                self.yielded += 1
                yield item
        except etree.XMLSyntaxError as exc:
            self.malformed = _syntax(exc)
            if self._ended:
                # the feed ended whole and something follows it (concatenated documents): its
                # items are all read; what follows is not part of it
                self.warnings.append(f"malformed XML ({_syntax(exc)}); what follows the end"
                                     " of the feed is ignored")
                if self._elements == 0:
                    self.warnings.append("the feed has no items")
                return
            if self.info is not None:
                self.warnings.append(f"malformed XML ({_syntax(exc)}); the items after item"
                                     f" {self._elements} are read one by one")
            try:
                for item in self._salvage(exc):
                    self.yielded += 1
                    yield item
            except ValueError:  # recover mode kept bytes no string can hold (&#xD800;)
                if not self.yielded:
                    raise InputError(f"malformed XML beyond recovery ({_syntax(exc)})",
                                     path=self.source) from None
                self.warnings.append(f"malformed XML ({_syntax(exc)}); the rest of the feed"
                                     " cannot be read")
        if self._elements == 0:
            self.warnings.append("the feed has no items")

    def _json_items(self) -> Iterator[FeedItem]:
        """The items of a JSON Feed (:mod:`translate.feeds.jsonfeed`), parsed whole."""
        from . import jsonfeed

        try:
            if self.path.stat().st_size > MAX_FEED_BYTES:
                raise InputError(larger_than(MAX_FEED_BYTES), path=self.source)
            doc = jsonfeed.load(self.path.read_bytes(), self.source)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=self.source) from None
        self.info = FeedInfo(kind="json", **jsonfeed.feed_fields(doc))
        self.info.link = _safe_link(self.info.link, self.warnings, "the feed's link")
        base = self.info.link or self.info.id
        for index, obj in enumerate(doc["items"]):
            self._elements += 1
            item = FeedItem(position=index, key="", line=0)
            fields: dict[str, Any] = {}
            try:
                for name, value in jsonfeed.item_fields(obj):
                    if name == "warning":
                        item.warnings.append(value)
                    else:
                        fields[name] = value
            except ValueError as exc:
                self.warnings.append(f"item {index + 1}: {exc}; skipped")
                continue
            for name in ("guid", "guid_is_permalink", "title", "summary", "content", "author",
                         "categories"):
                setattr(item, name, fields[name])
            if fields["link"]:
                item.link = _absolute(fields["link"], base)
            for name, raw in (("published", fields["published_raw"]),
                              ("updated", fields["updated_raw"])):
                setattr(item, name, parse_date(raw, self.info.language if self.info else None))
                if raw and getattr(item, name) is None:
                    item.warnings.append(f"unreadable date {raw[:40]!r}, left out")
            if item.published is None and item.updated is not None:
                item.published = item.updated
            finished = self._finish(item, [])
            if finished is not None:
                yield finished

    def _guess_encoding(self) -> None:
        """With no encoding declared (``_declares_encoding``) and bytes that are not UTF-8 (the
        XML default), guess the encoding from the bytes (charset-normalizer) and read the
        document re-encoded as UTF-8; a feed-level warning says so. Nothing when declared.
        A charset the server declares comes first (:meth:`_server_charset`)."""
        with self.path.open("rb") as handle:
            head = handle.read(512)
        if self.path.stat().st_size > MAX_FEED_BYTES:
            return
        if self.charset is not None and self._server_charset(head):
            return
        refuted = (f"the server declares charset {self.charset} but the bytes are not"
                   f" {self.charset} text") if self._charset_refuted else None  # fmt: skip
        if _declares_encoding(head):
            if refuted:
                self.warnings.append(f"{refuted}: read by the document's own declaration")
            self._mislabelled_utf8(head)
            if self._utf8 is None:
                self._utf8_refuted(head)
            return
        data = self.path.read_bytes()
        try:
            data.decode("utf-8")
            if refuted:
                self.warnings.append(f"{refuted}: read as UTF-8")
            return
        except UnicodeDecodeError:
            pass
        from charset_normalizer import from_bytes  # only for a feed that needs it

        matches = from_bytes(data)
        best = matches.best()
        if best is None or best.encoding in ("utf_8", "ascii"):
            return
        best = _known_words_reading(best, [m for m in matches if m.chaos <= best.chaos])
        self.encoding_guess = best.encoding
        self._utf8 = str(best).encode("utf-8")
        utf8 = refuted and self.charset and self.charset.lower().replace("_", "-") in (
            "utf-8", "utf8")  # fmt: skip
        said = f"{refuted}{'' if utf8 else ', nor UTF-8'}" if refuted else (
            "no encoding declared and the bytes are not UTF-8")  # fmt: skip
        self.warnings.append(f"{said}: read as {best.encoding}, a guess from the bytes"
                             " (charset-normalizer); check the text")  # fmt: skip

    def _utf8_refuted(self, head: bytes) -> None:
        """A feed whose XML declaration says it is UTF-8 over bytes that
        are not UTF-8 (a Latin-1 or windows-1252 template that kept ``encoding="utf-8"``, or a
        Latin-1 item pasted into a UTF-8 feed): libxml2 recovered each such letter as U+FFFD and
        "Café" was published "Caf\ufffd", under a "malformed XML" warning and exit 10 (fuzz44).
        The declaration the bytes refute is set aside, as an 8-bit one over UTF-8 text is
        (:meth:`_mislabelled_utf8`; a feed is someone else's): the bytes that are not UTF-8 are
        read in the encoding charset-normalizer guesses from them, the UTF-8 ones as UTF-8, with
        a warning naming the reading. A multi-byte guess (Shift_JIS, GB18030) reads the whole
        document, as for a feed that declares nothing."""
        declared = _XML_DECLARED.match(head)
        said = declared.group(2).lower().replace(b"_", b"-") if declared else None
        data = self.path.read_bytes()
        # a byte-order mark is the encoder's own signature, not a template's words: a UTF-8 mark
        # over bytes that are not UTF-8 is a contradiction XML calls a fatal error, refused as
        # before (pass7: an EUC-JP feed behind a UTF-8 mark)
        if said not in (b"utf-8", b"utf8") or data.startswith(b"\xef\xbb\xbf"):
            return
        body = data
        try:
            body.decode("utf-8")
            return
        except UnicodeDecodeError as exc:
            first = exc.start
        from charset_normalizer import from_bytes  # only for a feed that needs it

        runs = _odd_runs(body)
        odd = bytes(ord(c) - 0xDC00 for c in "".join(_ESCAPED.findall(runs[0])))
        matches = from_bytes(odd if len(odd) >= 32 else body)
        best = matches.best()
        if best is None and len(odd) >= 32:  # the bytes alone read as nothing: the document
            matches = from_bytes(body)
            best = matches.best()
        if best is None:  # no reading found: no blind guess ("¥²¡¼¥" for EUC-JP), read as before
            return
        if best.encoding in ("utf_8", "ascii"):
            codecs = ["cp1252"]
        else:
            best = _known_words_reading(best, [m for m in matches if m.chaos <= best.chaos])
            codecs = [best.encoding, *(m.encoding for m in matches if m.encoding not in (
                best.encoding, "utf_8", "ascii"))][:_MAX_READINGS]  # fmt: skip
        # the first reading, in charset-normalizer's order, that is plausible text (fuzz45:
        # its best read a C1 control, or Cyrillic as kanji and half-width katakana in a word)
        refused: list[str] = []
        found: tuple[str, str, bool, list[str]] | None = None
        for codec in codecs:
            single = len(bytes(range(0x80, 0x100)).decode(codec, "replace")) == 0x80
            text, spans = _reading(body, codec, single, runs)
            why = implausible(text, spans)
            if why is None:
                found = (codec, text, single, odd_words(text, spans))
                break
            refused.append(f"{codec}: {why}")
        # a script's own 8-bit code pages (fuzz46): charset-normalizer ranks few of them for a
        # handful of bytes, and a KOI8-R word had no plausible reading among its twelve (or
        # three kanji). Taken when plausible and a word of three letters or more is theirs;
        # when charset-normalizer's plausible reading is of another script, the bytes are
        # ambiguous and neither is guessed.
        script = _script_codepage_reading(body, [c for c in SCRIPT_CODEPAGES if c not in codecs],
                                          runs)  # fmt: skip
        if script is not None:
            if found is None or script_of(found[3]) == script_of(script[3]):
                found = found or script
            else:
                refused.insert(0, f"{found[0]} reads {' '.join(found[3])[:40]!r}, {script[0]}"
                               f" reads {' '.join(script[3])[:40]!r}: two scripts")
                found = None
        if found is None:  # no plausible reading: none is guessed, the document read as before
            self.warnings.append(
                f"the feed declares encoding UTF-8 but its bytes are not UTF-8 text (byte"
                f" {first}), and no reading of them is plausible text ({refused[0]}): read as"
                " UTF-8, each byte that is not shown as U+FFFD")
            return
        guesser = "charset-normalizer" if found is not script else "a code page of its script"
        codec, text, single, _ = found
        self.encoding_guess = codec
        self._utf8 = _declared_utf8(text.encode("utf-8"))
        where = "its bytes that are not UTF-8" if single else "the document"
        self.warnings.append(
            f"the feed declares encoding UTF-8 but its bytes are not UTF-8 text (byte {first}):"
            f" {where} read as {codec}, a guess from the bytes ({guesser}); check the text")

    def _server_charset(self, head: bytes) -> bool:
        """Read the feed in the charset of the server's ``Content-Type`` (an XML media type),
        as RFC 7303 orders: a byte-order mark first, then the HTTP charset, over the XML
        declaration. True when that decided the reading; False to fall back on the document's
        own rules (a byte-order mark; an unknown charset, or one the bytes refute, each with a
        warning). fuzz35's rule for a declaration the bytes refute holds here too: an 8-bit
        charset over bytes that are UTF-8 text is read as UTF-8. Before fuzz36 the header was
        not read: windows-1252 under ``charset=windows-1252`` was a guess, its warning saying
        "no encoding declared"."""
        import codecs

        from .. import safexml

        name = self.charset or ""
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            self.warnings.append(f"the server declares an unknown charset {name!r}: ignored")
            return False
        if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return False  # the byte-order mark is authoritative
        data = self.path.read_bytes()
        codec = _byte_order(codec, data)
        if safexml.utf8_under_another_charset(data, name):
            self._utf8 = _declared_utf8(data)
            self.warnings.append(
                f"the server declares charset {name} but the bytes are UTF-8 text: read as UTF-8"
                f" (read as {name}, every accented letter would be two characters)")
            return True
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            self._charset_refuted = True  # said by the fallback's warning
            return False
        declared = _XML_DECLARED.match(head)
        named = declared.group(2).decode("ascii") if declared else None
        if named is not None and not data.isascii():
            try:
                differs = codecs.lookup(named).name != codec
            except LookupError:
                differs = True
            if differs:
                self.warnings.append(f"the server's charset {name} and the XML declaration's"
                                     f" {named} disagree: read as {name} (RFC 7303)")
        if codec == "utf-8" and (named is None or named.lower().replace("_", "-") in (
                "utf-8", "utf8")):  # fmt: skip
            return True  # what the parser reads anyway
        self._utf8 = _declared_utf8(text.encode("utf-8"))
        return True

    def _mislabelled_utf8(self, head: bytes) -> None:
        """A feed whose XML declaration names an 8-bit charset (ISO-8859-1, windows-1252) while
        its bytes are UTF-8 text is read as UTF-8, with a feed-level warning: read as declared,
        every accented letter became two characters ("reúnem" -> "reÃºnem") and the item was
        then refused as boilerplate (fuzz35). `tm import` and `glossary import` refuse such a
        file (:func:`translate.safexml.mislabelled_utf8`: the user can fix it); a feed is
        someone else's, so it is read, and the warning says so."""
        from .. import safexml

        declared = _XML_DECLARED.match(head)
        if declared is None or declared.group(2).lower().startswith(b"utf"):
            return  # UTF-8/16 declared, or a byte-order mark: nothing to check
        data = self.path.read_bytes()
        name = safexml.mislabelled_utf8(data)
        if name is None:
            return
        start, end = declared.span(2)
        self._utf8 = data[:start] + b"UTF-8" + data[end:]
        self.warnings.append(
            f"the feed declares encoding {name} but its bytes are UTF-8 text: read as UTF-8"
            f" (read as {name}, every accented letter would be two characters)")

    def _open(self) -> IO[bytes]:
        return io.BytesIO(self._utf8) if self._utf8 is not None else self.path.open("rb")

    def _stream(self) -> Iterator[FeedItem]:
        try:
            self._guess_encoding()
            with self._open() as handle:
                head = handle.read(512)
                wide = head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]
                lead = 0 if wide else _lead(head)
                handle.seek(lead)

                def reopen() -> IO[bytes] | EntityRewriter:
                    again = self._open()
                    again.seek(lead)
                    return again if wide else EntityRewriter(again)

                yield from self._stream_from(handle if wide else EntityRewriter(handle), reopen)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=self.source) from None

    def _stream_from(self, handle: IO[bytes] | EntityRewriter,
                     reopen: Callable[[], IO[bytes] | EntityRewriter]) -> Iterator[FeedItem]:

        events = _pull_events(handle, reopen)
        kind: FeedKind | None = None
        base: str | None = None
        for event, el in events:
            if event == "start":
                if kind is None:
                    kind = self._root_kind(el)
                    self.info = FeedInfo(kind=kind)
                    base = el.get(f"{{{XML_NS}}}base")
                continue
            if not isinstance(el.tag, str):
                continue
            ns, local = _split(el.tag)
            parent = el.getparent()
            if parent is None:  # the root element ended: the feed is whole
                self._ended = True
                continue
            p_ns, p_local = _split(parent.tag)
            assert self.info is not None
            if kind == "rss" and local == "item" and ns in _RSS and p_local in _ITEM_PARENTS:
                item = self._finish(_rss_item(el, self._elements, self.info.link or base,
                                              self.info.language), [])
            elif kind == "atom" and local == "entry" and ns in _ATOM and p_local == "feed":
                item = self._finish(_atom_entry(el, self._elements, base or self.info.link,
                                                self.info.language), [])
            else:
                if kind == "rss" and p_local == "channel" and p_ns in _RSS:
                    self._channel_field(ns, local, el)
                elif kind == "atom" and p_local == "feed" and p_ns in _ATOM:
                    self._atom_field(ns, local, el)
                continue
            self._elements += 1
            _free(el)
            if item is not None:
                yield item
        if kind is None:
            raise InputError("not an XML feed (no element found)", path=self.source)

    def _salvage(self, error: Any) -> Iterator[FeedItem]:
        """Read a malformed feed item by item, so one broken item spoils only itself.

        Each ``<item>``/``<entry>`` is cut out of the raw bytes and parsed on its own (recover
        mode, inside the feed's own root start tag so prefixes and encoding still apply); the
        items the strict pass already yielded are skipped. Holds the file in memory, which the
        download cap bounds.
        """
        from lxml import etree

        try:
            size = self.path.stat().st_size
            if size > MAX_FEED_BYTES:
                raise InputError(f"malformed ({_syntax(error)}) and "
                                 f"{larger_than(MAX_FEED_BYTES)}", path=self.source)
            data = self._utf8 if self._utf8 is not None else self.path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=self.source) from None
        data = data[_lead(data[:512]):]
        root_tag = _ROOT_TAG.search(data)
        if root_tag is None:
            raise InputError(f"not an XML feed ({_syntax(error)})", path=self.source)
        prefix = data[: root_tag.end()]
        if self.info is None:  # the strict pass never reached the root: check what it skipped
            if re.search(rb"<!ENTITY", prefix, re.IGNORECASE):
                raise InputError(
                    "the feed declares XML entities; refused (entity expansion or external entity"
                    " attack)", path=self.source,
                )
            if root_tag.group(1).lower() == b"html":
                raise InputError("this is an HTML page, not an RSS or Atom feed",
                                 path=self.source, hint=_html_hint(data[:256 * 1024]))
        close = b"</" + root_tag.group(1) + b">"
        parser = etree.XMLParser(recover=True, resolve_entities=False, load_dtd=False,
                                 no_network=True, huge_tree=False, remove_comments=True,
                                 remove_pis=True)
        def recover(text: bytes, parser: Any) -> Any:
            # recover mode still refuses some bytes outright (an encoding its declaration or
            # BOM contradicts): that part is unreadable, not a bug
            try:
                return etree.fromstring(text, parser=parser)
            except (etree.XMLSyntaxError, ValueError, LookupError):
                return None

        head_root = recover(prefix + close, parser)
        if head_root is None:
            raise InputError(f"not an XML feed ({_syntax(error)})", path=self.source)
        if self.info is None:
            self.info = FeedInfo(kind=self._root_kind(head_root))
            self.warnings.append(f"malformed XML ({_syntax(error)}); items are read one by one")
        kind = self.info.kind
        pattern = _ENTRY_CHUNK if kind == "atom" else _ITEM_CHUNK
        chunks = pattern.finditer(data, root_tag.end())
        first = next(chunks, None)
        if first is not None and not self.info.title:
            # the feed's own fields sit between the root tag and the first item
            head = recover(prefix + data[root_tag.end(): first.start()] + close, parser)
            try:
                if head is None:
                    raise ValueError("unreadable")
                self._salvage_channel(head)
            except ValueError:  # undecodable text in the channel's own fields
                self.warnings.append("the feed's title, link or description is malformed")
        line, offset, index = 1, 0, -1
        for match in itertools.chain([first] if first else [], chunks):
            index += 1
            if index < self._elements:
                continue
            line += data.count(b"\n", offset, match.start())
            offset = match.start()
            self._elements += 1
            parser = etree.XMLParser(recover=True, resolve_entities=False, load_dtd=False,
                                     no_network=True, huge_tree=False, remove_comments=True,
                                     remove_pis=True)
            doc = recover(prefix + rewrite_entities(match.group(0)) + close, parser)
            el = next((c for c in doc if _split(c.tag)[1] in ("item", "entry")), None) \
                if doc is not None else None
            if el is None:
                self.warnings.append(f"item {index + 1} (line {line}): malformed XML; skipped")
                continue
            errors = [e for e in parser.error_log if e.level_name in ("ERROR", "FATAL")]
            base = self.info.link
            try:
                language = self.info.language if self.info else None
                item = (_atom_entry(el, index, base, language) if kind == "atom"
                        else _rss_item(el, index, base, language))
            except ValueError:  # recover mode kept bytes no string can hold (&#xD800;)
                self.warnings.append(f"item {index + 1} (line {line}): malformed XML; skipped")
                continue
            item.line = line
            finished = self._finish(item, [f"{e.message.strip()}" for e in errors])
            if finished is not None:
                yield finished

    def _salvage_channel(self, head: Any) -> None:
        info = self.info
        assert info is not None
        parent = head
        if info.kind == "rss":
            parent = next((c for c in head if _split(c.tag)[1] == "channel"), head)
        for child in list(parent):
            if not isinstance(child.tag, str):
                continue
            ns, local = _split(child.tag)
            if info.kind == "rss":
                self._channel_field(ns, local, child)
            else:
                self._atom_field(ns, local, child)

    def _root_kind(self, el: Any) -> FeedKind:
        ns, local = _split(el.tag)
        dtd = el.getroottree().docinfo.internalDTD
        if dtd is not None and any(True for _ in dtd.iterentities()):
            raise InputError(
                "the feed declares XML entities; refused (entity expansion or external entity"
                " attack)", path=self.source,
            )
        if local == "rss" or (local == "RDF" and ns == RDF_NS):
            return "rss"
        if local == "feed" and ns in _ATOM:
            return "atom"
        if local.lower() == "html":
            raise InputError("this is an HTML page, not an RSS or Atom feed", path=self.source,
                             hint="pass the URL of the RSS or Atom feed, not of the web page")
        raise InputError(f"not an RSS or Atom feed (root element <{local}>)", path=self.source)

    def _channel_field(self, ns: str, local: str, el: Any) -> None:
        info = self.info
        assert info is not None
        value = _clean(_text(el))
        if value is None:
            return
        if local == "title" and ns in _RSS:
            info.title = _clean(text_of_html(value))
        elif local == "link" and ns in _RSS:
            info.link = _safe_link(value, self.warnings, "the feed's link")
        elif local == "description" and ns in _RSS:
            info.description = _clean(text_of_html(value))
        elif (local == "language" and ns in _RSS) or (ns, local) == (DC_NS, "language"):
            info.language = value
        elif local in ("lastBuildDate", "pubDate") and ns in _RSS and info.updated is None:
            info.updated = parse_date(value)
        if info.language is None:
            # an xml:lang on the channel or the document's root (RSS 1.0 as Debian writes it:
            # <rdf:RDF xml:lang="en">) declares the language as Atom's on <feed> does
            parent = el.getparent()
            while parent is not None and info.language is None:
                lang = parent.get(f"{{{XML_NS}}}lang")
                if lang and lang.strip():
                    info.language = lang.strip()
                parent = parent.getparent()
        _free(el)

    def _atom_field(self, ns: str, local: str, el: Any) -> None:
        info = self.info
        assert info is not None
        if local == "title":
            info.title = _clean(_atom_text(el, as_html=False))
        elif local in ("subtitle", "tagline"):
            info.description = _clean(_atom_text(el, as_html=False))
        elif local == "id":
            info.id = _clean(_text(el))
        elif local == "updated" or local == "modified":
            info.updated = parse_date(_clean(_text(el)))
        elif local == "link" and (el.get("rel") or "alternate") == "alternate" and el.get("href"):
            info.link = _safe_link(el.get("href").strip(), self.warnings, "the feed's link")
        elif local == "author":
            name = _first(el, ((_ATOM, "name"),))
            if name is not None:
                info.author = _clean(_text(name))
        if info.language is None and el.getparent() is not None:
            lang = el.getparent().get(f"{{{XML_NS}}}lang")
            if lang:
                info.language = lang.strip()
        _free(el)

    def _finish(self, item: FeedItem, errors: list[str]) -> FeedItem | None:
        """Key, size cap, warnings; None when nothing in the item can be translated."""
        if errors:
            item.warnings.append(f"malformed XML recovered ({errors[0]})")
        item.link = _safe_link(item.link, item.warnings)
        for name in ("summary", "content"):
            value = getattr(item, name)
            if value is not None and len(value) > self.max_item_bytes:
                setattr(item, name, None)
                item.warnings.append(
                    f"{name} of {len(value) // 1024} KiB is larger than the"
                    f" {self.max_item_bytes // 1024} KiB limit; left out"
                )
        if item.summary and item.content and (
            text_of_html(item.summary) == text_of_html(item.content)
        ):
            item.summary = None  # one text, not two translations of it
        if not item.title and not item.summary and not item.content:
            self.warnings.append(f"{item.label}: no title, summary or content; skipped")
            return None
        if not item.title:
            item.warnings.append("no title")
        if not item.published and not item.updated:
            item.warnings.append("no date")
        if item.guid and len(item.guid) > MAX_ID_CHARS:  # a stable, bounded stand-in
            item.warnings.append(f"guid of {len(item.guid):,} characters is longer than"
                                 f" {MAX_ID_CHARS:,}; its digest is used")  # fmt: skip
            item.guid = "sha256:" + hashlib.sha256(item.guid.encode("utf-8")).hexdigest()[:32]
            item.guid_is_permalink = False
        if item.link and len(item.link) > MAX_ID_CHARS:
            item.warnings.append(f"link of {len(item.link):,} characters is longer than"
                                 f" {MAX_ID_CHARS:,}; left out")  # fmt: skip
            item.link = None
        key = item.guid or item.link
        if not key:
            digest = hashlib.sha256(
                json.dumps([item.title, item.content or item.summary]).encode("utf-8")
            ).hexdigest()
            key = f"sha256:{digest[:32]}"
        count = self._seen.get(key, 0) + 1
        self._seen[key] = count
        if count > 1:
            derived = f"{key}#{count}"
            item.warnings.append(f"duplicate id {key!r}; this item is kept as {derived!r}")
            key = derived
        item.key = key
        return item


def _safe_link(link: str | None, warnings: list[str], what: str = "link") -> str | None:
    """``link`` if it may be written (translate.urls), else None and a warning naming the rule."""
    from ..urls import clean_url

    dropped: list[Any] = []
    kept = clean_url(link, field=what, dropped=dropped)
    for d in dropped:
        why = "it holds a control character" if d.control else (
            f"scheme {d.scheme!r} is not http, https or mailto")
        warnings.append(f"{what} {d.text!r} left out ({d.rule}: {why})")
    return kept


def _syntax(error: Any) -> str:
    """``line 3: message`` from an lxml XMLSyntaxError (without its ", line 3, column 9")."""
    message = re.sub(r",\s*line \d+, column \d+\s*$", "", str(error.msg or error)).strip()
    return f"line {error.lineno}: {message}" if error.lineno else message


def _free(el: Any) -> None:
    """Drop a finished element and the already-handled siblings before it (flat memory)."""
    el.clear(keep_tail=False)
    parent = el.getparent()
    if parent is not None:
        while el.getprevious() is not None:
            del parent[0]
