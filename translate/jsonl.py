"""JSONL mode for shell pipelines: one article object per line in, one result object per line out.

Input lines are objects such as ``{"id": "a1", "title": "...", "text": "..."}`` (or ``"html"``
instead of ``"text"``, an optional ``"format"`` of txt/md/html, ``"lang"`` to skip detection,
``"url"``). Each line yields either ``{"line": n, "id": ..., "editions": [...]}`` with the
editions as :func:`translate.write.json.to_dict` makes them, or ``{"line": n, "error": {...}}``;
a bad line never stops the stream. Blank lines are skipped.

A record (one line) longer than ``max_record_bytes`` (:data:`MAX_RECORD_BYTES`, 1 MiB, by
default; ``translate run --jsonl --max-record-bytes N``) gets an error record at once, without
being held in memory or translated: its head is read to find its ``id`` and the rest is skipped,
and the stream goes on with the next line. Translation time grows with a record's size, so the
limit is what bounds the time to each record's result.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from . import jsontext
from .errors import EmptyInputError, InputError, InternalError, TranslateError
from .fsutil import larger_than
from .locales import LocaleProfile
from .model import Article, Block, Edition
from .options import RunOptions
from .read import MAX_INPUT_BYTES, check_page_url, clean_text, parse_article, slugify
from .store import Store

log = logging.getLogger(__name__)

MAX_RECORD_BYTES = 1024 * 1024  # one JSONL line; --max-record-bytes
_ID_HEAD = re.compile(rb'\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,30})')

_FORMATS = {"txt": "txt", "text": "txt", "md": "md", "markdown": "md", "html": "html"}


def _error(line: int, exc: TranslateError, article_id: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"line": line}
    if article_id is not None:
        out["id"] = article_id
    out["error"] = {"code": exc.code, "exit_code": exc.exit_code, "message": exc.message}
    if exc.hint:
        out["error"]["hint"] = exc.hint
    return out


def _article_fields(obj: Any, default_id: str) -> tuple[str, str, str]:
    """(id, text, format) of one input object; InputError when it cannot be an article."""
    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get("id", default_id)
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        raise InputError("'id' must be a string or a number")
    fmt_raw = obj.get("format")
    if fmt_raw is not None and (not isinstance(fmt_raw, str) or fmt_raw.lower() not in _FORMATS):
        raise InputError(f"unknown format {fmt_raw!r}", hint="use txt, md or html")
    if isinstance(obj.get("html"), str):
        text, fmt = obj["html"], "html"
    elif isinstance(obj.get("text"), str):
        text, fmt = obj["text"], "txt"
    else:
        raise InputError("the object has no 'text' or 'html' string")
    if isinstance(fmt_raw, str):
        fmt = _FORMATS[fmt_raw.lower()]
    return str(raw_id), text, fmt


def _parse(
    text: str, fmt: str, source: str, article_id: str, page_url: str | None = None
) -> Article:
    """``read.parse_article``; an HTML fragment with no page around it (a CMS field, a feed
    item), where trafilatura finds no article, is read block by block instead."""
    try:
        return parse_article(text, fmt=fmt, source=source, article_id=article_id,
                             page_url=page_url)  # fmt: skip
    except EmptyInputError:
        if fmt != "html":
            raise
    from .feeds.markup import html_blocks, sanitize

    blocks = [Block(kind=b.kind, text=b.text, level=b.level) for b in html_blocks(sanitize(text))]
    if not blocks:
        raise EmptyInputError("no article text", path=source)
    return Article(id=article_id, blocks=blocks, source=source, format="html",
                   text="\n\n".join(b.text for b in blocks))


@dataclass(frozen=True)
class OversizeRecord:
    """A line longer than the record limit: its size and the head read to name it."""

    size: int
    head: bytes
    limit: int

    def article_id(self) -> str | None:
        """The record's ``id`` when it comes first in the object (as it usually does)."""
        found = _ID_HEAD.match(self.head)
        if found is None:
            return None
        try:
            value = jsontext.loads(found.group(1))
        except ValueError:
            return None
        return str(value)

    def error(self) -> InputError:
        return InputError(
            f"record of {_size(self.size)} is {larger_than(self.limit, 'record')}; skipped",
            hint="raise --max-record-bytes to translate it",
        )


def _size(n: int) -> str:
    """``1.5 MiB``, ``200 KiB``, ``12 bytes``.

    >>> _size(5 * 1024 * 1024 + 1), _size(2048), _size(12)
    ('5.0 MiB', '2 KiB', '12 bytes')
    """
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n // 1024} KiB"
    return f"{n} bytes"


@dataclass(frozen=True)
class ArticleRequest:
    """An article given as a JSON object, and the source language the object states."""

    article: Article
    source_lang: str | None = None  # the object's "lang": detection is skipped


def article_from_object(obj: Any, *, source: str, default_id: str = "article") -> ArticleRequest:
    """The article of ``{"id", "title", "text" | "html", "format", "lang", "url"}``;
    InputError when the object cannot be one. ``source`` names it in messages."""
    article_id, text, fmt = _article_fields(obj, default_id)
    page_url = None  # the object's "url", when it is a page's address: relative links resolve
    if isinstance(obj.get("url"), str):
        try:
            page_url = check_page_url(obj["url"])
        except InputError:
            page_url = None
    article = _parse(text, fmt, source, slugify(article_id), page_url)
    title = obj.get("title")
    if isinstance(title, str) and title.strip():
        title = " ".join(clean_text(title, source=source).split())
        blocks = [b for b in article.blocks if b.kind != "title"]
        article = dataclasses.replace(article, title=title,
                                      blocks=[Block(kind="title", text=title), *blocks])
    if isinstance(obj.get("url"), str):
        article.meta["url"] = obj["url"]
    lang = obj.get("lang")
    return ArticleRequest(article, lang.strip().lower() if isinstance(lang, str) and lang.strip()
                          else None)


def translate_object(
    obj: Any,
    profiles: Sequence[LocaleProfile],
    options: RunOptions,
    store: Store | None,
    *,
    source: str = "-",
    default_id: str = "article",
) -> list[Edition]:
    """The editions of the article object ``obj`` (see :func:`article_from_object`)."""
    from .pipeline import translate_article

    request = article_from_object(obj, source=source, default_id=default_id)
    if request.source_lang:
        options = dataclasses.replace(options, source_lang=request.source_lang)
    return translate_article(request.article, profiles, options, store)


def translate_line(
    raw: bytes | str | OversizeRecord,
    line: int,
    profiles: Sequence[LocaleProfile],
    options: RunOptions,
    store: Store | None,
    *,
    source: str = "-",
) -> dict[str, Any] | None:
    """The result object of one input line (None for a blank line)."""
    from .write.json import to_dict

    article_id: str | None = None
    if isinstance(raw, OversizeRecord):
        return _error(line, raw.error(), raw.article_id())
    try:
        if len(raw) > MAX_INPUT_BYTES:
            raise InputError(f"line {larger_than(MAX_INPUT_BYTES)}")
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if line == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid UTF-8 (byte {exc.start})") from None
        if not raw.strip():
            return None
        try:
            obj = jsontext.loads(raw, line=line)
        except jsontext.BadJSON as exc:
            raise InputError(str(exc)) from None
        if isinstance(obj, dict) and isinstance(obj.get("id"), (str, int)):
            article_id = str(obj["id"])  # so an error can name the article
        article_id, _, _ = _article_fields(obj, f"line-{line}")
        editions = translate_object(obj, profiles, options, store, source=f"{source}:{line}",
                                    default_id=f"line-{line}")
    except TranslateError as exc:
        return _error(line, exc, article_id)
    except Exception as exc:  # a bug on one line must not stop the stream
        log.debug("line %d failed", line, exc_info=True)
        return _error(line, InternalError.wrap(exc), article_id)
    return {"line": line, "id": article_id, "editions": [to_dict(e) for e in editions]}


def bounded_lines(
    handle: IO[bytes], limit: int = MAX_RECORD_BYTES
) -> Iterator[bytes | OversizeRecord]:
    """Lines of a binary stream, never holding more than ``limit`` bytes of one line: a longer
    line comes as an :class:`OversizeRecord` (its size and first bytes) and its rest is read in
    bounded chunks and thrown away, so the next line is read as usual."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) == limit + 1 and line.endswith(b"\r"):
            line += handle.read(1)  # "\r\n" cut in two: the record may still be within
        ending = len(line) - len(line.rstrip(b"\r\n")) if line.endswith(b"\n") else 0
        if len(line) - ending <= limit:
            yield line
            continue
        head, size, last = line[:4096], len(line), line[-2:]
        while not line.endswith(b"\n"):
            line = handle.readline(min(limit, 1 << 20))
            if not line:
                break
            size, last = size + len(line), (last + line)[-2:]
        if last.endswith(b"\n"):  # the line ending is not the record's
            size -= 2 if last == b"\r\n" else 1
        yield OversizeRecord(size=size, head=head, limit=limit)


def translate_lines(
    lines: Iterable[bytes | str | OversizeRecord],
    profiles: Sequence[LocaleProfile],
    options: RunOptions,
    store: Store | None,
    *,
    source: str = "-",
) -> Iterator[dict[str, Any]]:
    """Result objects for a stream of input lines, in order, one per non-blank line."""
    for number, raw in enumerate(lines, start=1):
        result = translate_line(raw, number, profiles, options, store, source=source)
        if result is not None:
            yield result
