"""The localized feed: one RSS 2.0, Atom 1.0 or JSON Feed 1.1 document per locale.

Each is the same kind as the source (JSON Feed: :mod:`translate.feeds.jsonfeed`).

Written element by element (lxml serializes and escapes each one) into a temporary file that
replaces the old feed in one rename, so entries are streamed (flat memory for any feed length)
and a reader never sees half a feed. Characters XML cannot carry are removed first.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from .. import __version__
from ..clock import utc_now
from ..fsutil import atomic_stream
from ..regexcache import compile as re_compile
from ..urls import ACTIVE_SCHEMES, clean_url, scheme_of

ATOM_NS = "http://www.w3.org/2005/Atom"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
# The pipeline's own element: feed readers ignore an element in a foreign namespace, and a
# pipeline reads what the publication policy decided for each item (translate.publish).
REVIEW_NS = "tag:newsroom-translate,2026:review"
REVIEW_PREFIX = "nt"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GENERATOR = "newsroom-translate"

_XML_BAD = re_compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """``value`` as a string XML 1.0 can hold (control characters and lone surrogates removed)."""
    return _XML_BAD.sub("", str(value))


def rfc822(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return email.utils.format_datetime(when.astimezone(dt.timezone.utc), usegmt=True)




def _sub(parent: Any, tag: str, text: object | None = None, **attrib: str) -> Any:
    from lxml import etree

    el = etree.SubElement(parent, tag, {k: xml_text(v) for k, v in attrib.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _link(entry: dict[str, Any], base_url: str | None) -> str | None:
    page = entry.get("page")
    if not page:
        return _original(entry)
    return clean_url(urljoin(base_url, str(page)) if base_url else str(page))


def _original(entry: dict[str, Any]) -> str | None:
    """The source item's link, if it may be written (translate.urls)."""
    link = entry.get("original_link")
    return clean_url(str(link)) if link else None


def _id(value: object) -> str:
    """An id (RSS guid, Atom id) as written: ids are not links, so ``tag:`` and ``urn:`` stay,
    but one with an active scheme (``javascript:``, ``data:``...) that a reader might turn into
    a link becomes a ``urn:sha256:`` of itself (stable from run to run)."""
    text = str(value)
    if scheme_of(text) in ACTIVE_SCHEMES or scheme_of(text) is None:
        return "urn:sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]
    return text


def _review(parent: Any, entry: dict[str, Any]) -> None:
    """``<nt:review action="published|marked|released" blocking="N" warnings="N"/>``: the
    machine-readable flag of an item (blocking = findings of severity error)."""
    review = entry.get("review")
    if not isinstance(review, dict):
        return
    _sub(parent, f"{{{REVIEW_NS}}}review", action=str(review.get("action") or "published"),
         blocking=str(int(review.get("blocking") or 0)),
         warnings=str(int(review.get("warnings") or 0)),
         policy=str(review.get("policy") or ""))


def _rss_item(entry: dict[str, Any], base_url: str | None, locale: str) -> Any:
    from lxml import etree

    item = etree.Element("item", nsmap={"content": CONTENT_NS, "dc": DC_NS, "atom": ATOM_NS,
                                        REVIEW_PREFIX: REVIEW_NS})
    if entry.get("title"):
        _sub(item, "title", entry["title"])
    link = _link(entry, base_url)
    if link:
        _sub(item, "link", link)
    description = entry.get("summary_html") or entry.get("content_html")
    if description:
        _sub(item, "description", description)
    if entry.get("summary_html") and entry.get("content_html"):
        _sub(item, f"{{{CONTENT_NS}}}encoded", entry["content_html"])
    if entry.get("author"):
        _sub(item, f"{{{DC_NS}}}creator", entry["author"])
    for category in entry.get("categories") or []:
        _sub(item, "category", category)
    _sub(item, "guid", _id(entry["guid"]), isPermaLink="false")
    published = rfc822(entry.get("published") or entry.get("updated"))
    if published:
        _sub(item, "pubDate", published)
    source = _original(entry)
    if source:
        _sub(item, f"{{{DC_NS}}}source", source)
    _sub(item, f"{{{DC_NS}}}language", locale)
    _review(item, entry)
    return item


def _atom_entry(entry: dict[str, Any], base_url: str | None, fallback_updated: str) -> Any:
    from lxml import etree

    el = etree.Element(f"{{{ATOM_NS}}}entry", nsmap={None: ATOM_NS, REVIEW_PREFIX: REVIEW_NS})
    _sub(el, f"{{{ATOM_NS}}}id", _id(entry["guid"]))
    _sub(el, f"{{{ATOM_NS}}}title", entry.get("title") or "", type="text")
    link = _link(entry, base_url)
    if link:
        _sub(el, f"{{{ATOM_NS}}}link", rel="alternate", href=link)
    via = _original(entry)
    if via:
        _sub(el, f"{{{ATOM_NS}}}link", rel="via", href=via)
    _sub(el, f"{{{ATOM_NS}}}updated",
         entry.get("updated") or entry.get("published") or entry.get("done") or fallback_updated)
    if entry.get("published"):
        _sub(el, f"{{{ATOM_NS}}}published", entry["published"])
    if entry.get("author"):
        author = _sub(el, f"{{{ATOM_NS}}}author")
        _sub(author, f"{{{ATOM_NS}}}name", entry["author"])
    for category in entry.get("categories") or []:
        _sub(el, f"{{{ATOM_NS}}}category", term=category)
    if entry.get("summary_html"):
        _sub(el, f"{{{ATOM_NS}}}summary", entry["summary_html"], type="html")
    if entry.get("content_html"):
        _sub(el, f"{{{ATOM_NS}}}content", entry["content_html"], type="html")
    _review(el, entry)
    return el


def write_feed(
    path: Path,
    *,
    kind: str,
    locale: str,
    channel: dict[str, Any],
    entries: Iterable[dict[str, Any]],
    base_url: str | None = None,
    self_url: str | None = None,
) -> int:
    """Write the localized feed to ``path`` atomically; returns the number of entries.

    ``channel`` holds ``title``, ``description``, ``link``, ``id``, ``author`` (translated where
    it applies); each entry holds ``guid`` (the original), ``title``, ``summary_html``,
    ``content_html``, ``page`` (the localized item page, relative to the feed's folder),
    ``original_link``, ``published``/``updated`` (ISO 8601), ``author``, ``categories``.
    """
    from xml.sax.saxutils import quoteattr

    from lxml import etree

    if kind == "json":
        from .jsonfeed import write_json_feed
        from .reader import text_of_html

        return write_json_feed(
            path, locale=locale, channel=channel, entries=entries,
            links=lambda entry: (_link(entry, base_url), _original(entry)), ids=_id,
            plain=text_of_html, self_url=clean_url(self_url),
        )

    review_ns = b" xmlns:" + REVIEW_PREFIX.encode() + b'="' + REVIEW_NS.encode() + b'"'
    declared = [b' xmlns="' + ATOM_NS.encode() + b'"', review_ns] if kind == "atom" else [
        b' xmlns:content="' + CONTENT_NS.encode() + b'"', b' xmlns:dc="' + DC_NS.encode() + b'"',
        b' xmlns:atom="' + ATOM_NS.encode() + b'"', review_ns]

    def put(el: Any) -> None:
        data = etree.tostring(el, encoding="utf-8")
        end = data.index(b">")
        tag = data[:end]
        for declaration in declared:  # the root element declares these already
            tag = tag.replace(declaration, b"")
        handle.write(tag + data[end:] + b"\n")

    count = 0
    updated = xml_text(channel.get("updated") or utc_now())
    channel = {**channel, "link": clean_url(channel.get("link"))}
    self_url = clean_url(self_url)
    lang = quoteattr(xml_text(locale)).encode("utf-8")
    with atomic_stream(path) as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n')
        if kind == "atom":
            handle.write(b'<feed xmlns="' + ATOM_NS.encode() + b'"' + review_ns + b" xml:lang="
                         + lang + b">\n")
            head = etree.Element(f"{{{ATOM_NS}}}head", nsmap={None: ATOM_NS})
            feed_id = channel.get("id") or channel.get("link") or self_url or "urn:feed"
            _sub(head, f"{{{ATOM_NS}}}id", _id(f"{feed_id}#{locale}"))
            _sub(head, f"{{{ATOM_NS}}}title", channel.get("title") or "", type="text")
            if channel.get("description"):
                _sub(head, f"{{{ATOM_NS}}}subtitle", channel["description"], type="text")
            _sub(head, f"{{{ATOM_NS}}}updated", updated)
            author = _sub(head, f"{{{ATOM_NS}}}author")
            _sub(author, f"{{{ATOM_NS}}}name", channel.get("author") or channel.get("title")
                 or GENERATOR)
            if channel.get("link"):
                _sub(head, f"{{{ATOM_NS}}}link", rel="via", href=channel["link"])
            if self_url:
                _sub(head, f"{{{ATOM_NS}}}link", rel="self", href=self_url)
            _sub(head, f"{{{ATOM_NS}}}generator", GENERATOR, version=__version__)
            for child in head:
                put(child)
            for entry in entries:
                put(_atom_entry(entry, base_url, updated))
                count += 1
            handle.write(b"</feed>\n")
        else:
            handle.write(b'<rss version="2.0" xmlns:content="' + CONTENT_NS.encode()
                         + b'" xmlns:dc="' + DC_NS.encode() + b'" xmlns:atom="'
                         + ATOM_NS.encode() + b'"' + review_ns + b">\n<channel>\n")
            head = etree.Element("head", nsmap={"atom": ATOM_NS, "content": CONTENT_NS,
                                                "dc": DC_NS})
            _sub(head, "title", channel.get("title") or "")
            _sub(head, "link", channel.get("link") or self_url or "")
            _sub(head, "description", channel.get("description") or channel.get("title") or "")
            _sub(head, "language", locale)
            _sub(head, "lastBuildDate", rfc822(updated) or "")
            _sub(head, "generator", f"{GENERATOR} {__version__}")
            if self_url:
                _sub(head, f"{{{ATOM_NS}}}link", rel="self", href=self_url,
                     type="application/rss+xml")
            for child in head:
                put(child)
            for entry in entries:
                put(_rss_item(entry, base_url, locale))
                count += 1
            handle.write(b"</channel>\n</rss>\n")
    return count
