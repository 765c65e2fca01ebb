"""JSON Feed (https://www.jsonfeed.org/version/1.1/): read one, write the localized one.

A JSON Feed is one JSON object, so it is parsed whole (the same size cap as an XML feed holds
it); a feed that is not valid JSON, nests deeper than a feed can, or lacks the JSON Feed
``version`` is refused with one line, and an item that breaks the format is skipped with a
warning, so one bad item spoils only itself. Versions 1 and 1.1 are read (1.1 renamed
``author`` to ``authors`` and added ``language``); the localized feed is written as 1.1, with
the pipeline's review verdict in an extension object (``_newsroom_translate``), which the
format lets readers ignore.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import __version__, jsontext
from ..clock import utc_now
from ..errors import InputError
from ..fsutil import atomic_stream
from ..regexcache import compile as re_compile
from ..urls import clean_url

VERSION_PREFIX = "https://jsonfeed.org/version/"
WRITTEN_VERSION = "https://jsonfeed.org/version/1.1"
EXTENSION = "_newsroom_translate"  # JSON Feed extensions are keys that start with "_"
MAX_DEPTH = 64  # a real feed nests about 5 deep; deeper is an attack or not a feed

_LEAD = re.compile(rb"^(?:\xef\xbb\xbf)?\s*")
_SURROGATE = re_compile("[\ud800-\udfff]")
_CONTROL = re_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_WIDE_BOMS = ("utf-32", b"\xff\xfe\x00\x00"), ("utf-32", b"\x00\x00\xfe\xff"), \
    ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff")


def looks_like_json(head: bytes) -> bool:
    """Whether a document's first bytes open a JSON object or array (after a BOM and space).

    A UTF-16 or UTF-32 byte-order mark is looked through, so such a file is refused as JSON
    that is not UTF-8 rather than as broken XML."""
    for codec, bom in _WIDE_BOMS:
        if head.startswith(bom):
            text = head[:64].decode(codec, "ignore").lstrip()
            return text[:1] in ("{", "[")
    rest = head[_LEAD.match(head).end():]  # type: ignore[union-attr]
    return rest[:1] in (b"{", b"[")


def _clean(value: Any) -> str | None:
    """A JSON value as one line of text, or None when it is not a non-empty string.

    Numbers are taken as text (JSON Feed 1 producers often write ``"id": 123``); lone
    surrogates (``"\\ud800"`` is valid JSON, not valid text) and control characters go."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = " ".join(_CONTROL.sub(" ", _SURROGATE.sub("", value)).split())
    return text or None


_ENTITY = re_compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _plain(value: Any) -> str | None:
    """A plain-text field (a title, a description). Producers often escape HTML in it
    (WordPress: ``"Blog &#8211; InfluxData"``), as every RSS title is: references are read."""
    text = _clean(value)
    if text and _ENTITY.search(text):
        text = _clean(html.unescape(text))
    return text


def _markup(value: Any) -> str | None:
    """An HTML field: kept as written (sanitized later), minus what no text can hold."""
    if not isinstance(value, str):
        return None
    text = _CONTROL.sub(" ", _SURROGATE.sub("", value)).strip()
    return text or None


def text_as_html(text: str) -> str:
    """Plain text (``content_text``, ``summary``) as HTML paragraphs; blank lines part them."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(f"<p>{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>"
                   for p in paragraphs)


def _depth_ok(data: str) -> bool:
    """Whether no bracket nests deeper than :data:`MAX_DEPTH` (strings skipped): checked
    before parsing, so a hostile nesting never reaches the parser's recursion."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', data):
        token = match.group(0)
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif token in "]}":
            depth -= 1
    return True


def load(raw: bytes, source: str) -> dict[str, Any]:
    """The feed object of a JSON Feed document; :class:`InputError` for anything else."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"a JSON feed must be UTF-8; byte {exc.start} is not", path=source,
                         hint="JSON (RFC 8259) is always UTF-8") from None
    if not _depth_ok(text):
        raise InputError(f"JSON nested deeper than {MAX_DEPTH} levels; not a feed", path=source)
    try:
        doc = jsontext.loads(text)  # malformed, too deep, or a number of 5,000 digits
    except jsontext.BadJSON as exc:
        raise InputError(str(exc), path=source) from None
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        raise InputError("a JSON document, but not a JSON Feed (no \"version\":"
                         f" \"{VERSION_PREFIX}...\")", path=source)
    if not isinstance(doc.get("items"), list):
        raise InputError("a JSON Feed without an \"items\" list", path=source)
    feed: dict[str, Any] = doc
    return feed


def _author(obj: dict[str, Any]) -> str | None:
    """The first author's name: 1.1's ``authors`` list, or version 1's ``author`` object."""
    authors = obj.get("authors")
    candidates = authors if isinstance(authors, list) else []
    if isinstance(obj.get("author"), dict):
        candidates = [*candidates, obj["author"]]
    for author in candidates:
        if isinstance(author, dict) and _clean(author.get("name")):
            return _clean(author.get("name"))
    return None


def feed_fields(doc: dict[str, Any]) -> dict[str, str | None]:
    """The feed's own fields, as :class:`~translate.feeds.reader.FeedInfo` names them."""
    return {
        "title": _plain(doc.get("title")),
        "link": _clean(doc.get("home_page_url")),
        "description": _plain(doc.get("description")),
        "language": _clean(doc.get("language")),
        "id": _clean(doc.get("feed_url")),
        "author": _author(doc),
    }


def item_fields(obj: Any) -> Iterator[tuple[str, Any]]:
    """One item's fields as :class:`~translate.feeds.reader.FeedItem` names them, and
    ``("warning", text)`` for what was wrong with it. Raises ValueError when it is no item."""
    if not isinstance(obj, dict):
        raise ValueError(f"an item must be an object, not {type(obj).__name__}")
    guid = _clean(obj.get("id"))
    if guid is None:
        yield "warning", "no \"id\" (JSON Feed requires one); the link or a hash keys it"
    yield "guid", guid
    url = _clean(obj.get("url"))
    external = _clean(obj.get("external_url"))
    yield "link", url or external
    yield "guid_is_permalink", bool(guid and url and guid == url)
    yield "title", _plain(obj.get("title"))
    content = _markup(obj.get("content_html"))
    if content is None and _markup(obj.get("content_text")):
        content = text_as_html(_markup(obj.get("content_text")) or "")
    yield "content", content
    summary = _markup(obj.get("summary"))
    yield "summary", text_as_html(summary) if summary else None
    yield "published_raw", _clean(obj.get("date_published"))
    yield "updated_raw", _clean(obj.get("date_modified"))
    yield "author", _author(obj)
    tags = obj.get("tags")
    yield "categories", [t for t in (_clean(tag) for tag in tags) if t] \
        if isinstance(tags, list) else []


# -- writing -------------------------------------------------------------------------------


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _item(entry: dict[str, Any], link: str | None, original: str | None, locale: str,
          guid: str, plain: Callable[[str], str]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": guid}
    if link:
        out["url"] = link
    if original and original != link:
        out["external_url"] = original
    if entry.get("title"):
        out["title"] = entry["title"]
    content = entry.get("content_html") or entry.get("summary_html")
    out["content_html"] = content or ""
    if entry.get("summary_html") and entry.get("content_html"):
        out["summary"] = plain(entry["summary_html"])
    if entry.get("published"):
        out["date_published"] = entry["published"]
    if entry.get("updated"):
        out["date_modified"] = entry["updated"]
    if entry.get("author"):
        out["authors"] = [{"name": entry["author"]}]
    if entry.get("categories"):
        out["tags"] = list(entry["categories"])
    out["language"] = locale
    review = entry.get("review")
    if isinstance(review, dict):
        out[EXTENSION] = {
            "action": str(review.get("action") or "published"),
            "blocking": int(review.get("blocking") or 0),
            "warnings": int(review.get("warnings") or 0),
            "policy": str(review.get("policy") or ""),
        }
    return out


def write_json_feed(path: Path, *, locale: str, channel: dict[str, Any],
                    entries: Iterable[dict[str, Any]],
                    links: Callable[[dict[str, Any]], tuple[str | None, str | None]],
                    ids: Callable[[object], str], plain: Callable[[str], str],
                    self_url: str | None = None) -> int:
    """Write the localized JSON Feed 1.1 to ``path`` atomically, item by item (flat memory);
    returns the number of items. ``links(entry)`` gives an item's URL and original link,
    ``ids(guid)`` its written id (the same rules as the XML feeds), ``plain(html)`` the text
    of an HTML summary (JSON Feed's ``summary`` is plain text)."""
    head: dict[str, Any] = {"version": WRITTEN_VERSION, "title": channel.get("title") or ""}
    home = clean_url(channel.get("link"))
    if home:
        head["home_page_url"] = home
    if self_url:
        head["feed_url"] = self_url
    if channel.get("description"):
        head["description"] = channel["description"]
    head["language"] = locale
    if channel.get("author"):
        head["authors"] = [{"name": channel["author"]}]
    head[EXTENSION] = {"generator": f"newsroom-translate {__version__}",
                       "updated": channel.get("updated") or utc_now()}
    count = 0
    with atomic_stream(path) as handle:
        opening = _dumps(head)
        handle.write((opening[:-1] + ',"items":[\n').encode("utf-8"))
        for entry in entries:
            link, original = links(entry)
            item = _item(entry, link, original, locale, ids(entry["guid"]), plain)
            handle.write((("," if count else "") + _dumps(item) + "\n").encode("utf-8"))
            count += 1
        handle.write(b"]}\n")
    return count
