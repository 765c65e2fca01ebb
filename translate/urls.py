"""Which URLs the product may write: the one rule every writer uses.

A URL goes into an output (an edition's metadata, a localized feed's links, an ``href`` or
``src`` in item HTML, a JSON-LD ``url``) only if its scheme is ``http``, ``https`` or ``mailto``,
or it has none (a relative URL, resolved against a base where there is one). Anything else
(``javascript:``, ``vbscript:``, ``data:``, ``file:``...) is dropped and reported with the rule
:data:`RULE`.

The check sees through the usual disguises, because browsers do: letter case
(``JaVaScRiPt:``), whitespace and control characters anywhere in the scheme or before it
(``\\x01java\\tscript:``), HTML character references, once or several times over
(``&#106;avascript:``, ``javascript&colon;``), and compatibility forms (fullwidth letters).
A URL that cannot be parsed at all is dropped too.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .invisible import INVISIBLE
from .regexcache import compile as re_compile

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
RULE = "url:unsafe-scheme"
# Schemes that run something or read local data when followed (for ids, which are not links
# but which a reader might still follow).
ACTIVE_SCHEMES = frozenset({"javascript", "vbscript", "livescript", "data", "file", "blob",
                            "filesystem", "jar", "view-source", "about", "chrome", "resource"})

# What browsers ignore inside or before a scheme, and what could hide one: C0/C1 controls,
# spaces, the soft hyphen, and the invisible characters (``invisible.INVISIBLE``, the one
# definition, fuzz53: zero-width space and joiners, bidi controls and marks, the tag characters,
# the grapheme joiner...; before, a hand list of them), and U+2065, unassigned (Cn) but
# default-ignorable, which the hand list's range U+2060-U+206F held.
_INVISIBLE = re_compile(f"[\\x00-\\x20\\x7f-\\x9f\\u00ad\\u2065{INVISIBLE}\\s]+")
_SCHEME = re_compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# a control character inside a URL (not a tab or a line end, which browsers remove): no URL
# holds one (RFC 3986), and a writer would carry it into a file its parsers refuse (fuzz45: a
# feed's ``<link>ht&#x9b;tp://…</link>`` written raw into the item's HTML, JSON and feed)
_CONTROL = re_compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
CONTROL_RULE = "url:control-character"
_MAX_UNESCAPE = 4


@dataclass(frozen=True)
class DroppedUrl:
    """A URL that was not written, where it was, and why."""

    field: str
    url: str
    scheme: str
    control: bool = False  # left out for a control character, not for its scheme

    @property
    def rule(self) -> str:
        return CONTROL_RULE if self.control else RULE

    @property
    def reason(self) -> str:
        if self.control:
            return f"{self.field}: the URL holds a control character; it is not written"
        return (f"{self.field}: scheme {self.scheme!r} is not http, https or mailto;"
                " the URL is not written")

    @property
    def text(self) -> str:
        """The URL as a message may show it: short, and with its controls made visible."""
        shown = self.url if len(self.url) <= 80 else self.url[:79] + "…"
        return shown.encode("unicode_escape").decode("ascii") if not shown.isprintable() else shown


def scheme_of(url: str) -> str | None:
    """The scheme a browser would see in ``url`` (lower case), ``""`` for a relative URL, None
    for one that cannot be parsed; every disguise in the module docstring is seen through.

    >>> scheme_of(" JaVa\\tScRiPt:alert(1)"), scheme_of("&#106;avascript:x"), scheme_of("/a:b")
    ('javascript', 'javascript', '')
    >>> scheme_of("https://example.org/a"), scheme_of("mailto:desk@example.org")
    ('https', 'mailto')
    """
    unsafe: str | None = None
    safe = ""
    for form in _forms(url):
        compact = _INVISIBLE.sub("", form)
        found = _SCHEME.match(compact)
        if found is None:
            continue
        scheme = found.group(1).lower()
        if scheme in SAFE_SCHEMES:
            safe = safe or scheme
        else:
            unsafe = unsafe or scheme
    if unsafe is not None:
        return unsafe
    try:
        urlsplit(url.strip())
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    return safe


def _forms(url: str) -> list[str]:
    """``url`` as written, with its character references decoded (repeatedly: double-encoded
    references decode in two steps), and each of those in NFKC (fullwidth letters)."""
    forms = [url]
    current = url
    for _ in range(_MAX_UNESCAPE):
        decoded = html.unescape(current)
        if decoded == current:
            break
        forms.append(decoded)
        current = decoded
    forms += [unicodedata.normalize("NFKC", f) for f in list(forms)]
    return forms


def safe_url(url: str) -> bool:
    """Whether ``url`` may be written: http(s), mailto, or relative.

    >>> safe_url("https://example.org/a"), safe_url("\\x01javascript:alert(1)"), safe_url("/x")
    (True, False, True)
    >>> safe_url("data:text/html,<script>"), safe_url("vbscript:msgbox"), safe_url("")
    (False, False, True)
    """
    scheme = scheme_of(url)
    return scheme is not None and (scheme == "" or scheme in SAFE_SCHEMES)


_INERT_SCRIPT = re_compile(
    r"\s*javascript\s*:\s*(?:void\s*\(\s*0?\s*\)|undefined|false|null)?\s*;?\s*$", re.IGNORECASE
)


def inert_url(url: str) -> bool:
    """Whether ``url`` is a script URL that does nothing (``javascript:void(0)``,
    ``javascript:;``): a page's button dressed as a link, with no destination to lose.

    >>> inert_url("javascript:void(0);"), inert_url("JavaScript: ;"), inert_url("javascript:go()")
    (True, True, False)
    """
    return any(_INERT_SCRIPT.match(form) for form in _forms(url))


def clean_url(
    url: str | None, base: str | None = None, *, field: str = "url",
    dropped: list[DroppedUrl] | None = None,
) -> str | None:
    """``url`` if it may be written (resolved against ``base`` when relative and a safe base is
    given), else None, with a :class:`DroppedUrl` appended to ``dropped``.

    >>> clean_url("javascript:alert(1)") is None, clean_url("/a", "https://ex.org/b/")
    (True, 'https://ex.org/a')
    """
    if url is None:
        return None
    value = url.strip()
    if not value:
        return None
    scheme = scheme_of(value)
    if scheme is None or (scheme and scheme not in SAFE_SCHEMES):
        if dropped is not None:
            dropped.append(DroppedUrl(field, url, scheme or "unparseable"))
        return None
    if _CONTROL.search(value):  # a safe scheme, or none, around a control character
        if dropped is not None:
            dropped.append(DroppedUrl(field, url, scheme, control=True))
        return None
    if not scheme and base and safe_url(base) and scheme_of(base):
        try:
            value = urljoin(base.strip(), value)
        except ValueError:
            return None
        if not safe_url(value):
            if dropped is not None:
                dropped.append(DroppedUrl(field, url, scheme_of(value) or "unparseable"))
            return None
    return value


def unsafe_urls(fields: dict[str, object]) -> list[DroppedUrl]:
    """The values of ``fields`` (name -> value; strings only are looked at) that look like URLs
    and may not be written. A value is taken for a URL when it has a scheme."""
    found: list[DroppedUrl] = []
    for name, value in fields.items():
        if isinstance(value, str) and value.strip():
            clean_url(value, field=name, dropped=found)
    return found


# Article metadata keys whose values are links (read from a page, a feed item or a JSONL
# record). Other keys (ids such as ``tag:`` URIs, authors, dates) are not links and stay as
# they are.
LINK_KEYS = frozenset({"url", "feed", "image", "canonical", "link"})


def safe_meta(meta: dict[str, str]) -> dict[str, str]:
    """``meta`` without the link values that may not be written (the others unchanged).

    >>> safe_meta({"url": "javascript:alert(1)", "author": "A: B", "guid": "tag:x,2024:1"})
    {'author': 'A: B', 'guid': 'tag:x,2024:1'}
    """
    out: dict[str, str] = {}
    for key, value in meta.items():
        if key in LINK_KEYS:
            cleaned = clean_url(value)
            if cleaned is not None:
                out[key] = cleaned
        else:
            out[key] = value
    return out


def article_urls(source: str, meta: dict[str, str]) -> list[DroppedUrl]:
    """The links of an article (its source and link metadata) that may not be written."""
    dropped: list[DroppedUrl] = []
    clean_url(source, field="source", dropped=dropped)
    for key in sorted(LINK_KEYS & meta.keys()):
        clean_url(meta[key], field=key, dropped=dropped)
    return dropped


def safe_source(source: str | None) -> str | None:
    """An article's ``source`` (a path or a URL) if it may be written, else None."""
    return clean_url(source, field="source")
