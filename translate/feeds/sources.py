"""Feed sources: which feeds a run reads (a URL, a file, a list of them) and how each is opened.

A URL is fetched only because the user named it, through :mod:`translate.http` (http(s) only,
deadlines, a size cap, conditional GET with the validators of the last complete scan), into a
temporary file that is then read like a local one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from .. import http
from ..errors import InputError
from ..fsutil import larger_than
from ..read import decode, read_bytes, slugify
from .reader import MAX_FEED_BYTES

MAX_LIST_LINES = 10_000
FETCH_TIMEOUT = 30.0
USER_AGENT = "newsroom-translate feed reader (+offline localization)"
ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json,"
          " application/xml;q=0.9, text/xml;q=0.8, application/json;q=0.8, */*;q=0.1")


@dataclass(frozen=True)
class FeedSource:
    """A feed to read: a URL or a local file, and the slug of its output folder."""

    location: str  # URL, or an absolute path
    slug: str

    @property
    def is_url(self) -> bool:
        return is_url(self.location)


@dataclass(frozen=True)
class FeedDocument:
    """An opened feed: a local file to read, or word that it has not changed since last time."""

    path: Path | None  # None when not_modified
    validators: http.Validators = field(default_factory=http.Validators)
    not_modified: bool = False
    content_type: str | None = None  # the server's Content-Type header (a feed by URL)


def is_url(text: str) -> bool:
    return http.is_http_url(text)


def _source_slug(location: str) -> str:
    if is_url(location):
        parts = urlsplit(location)
        path = re.sub(r"\.(rss|xml|atom|rdf|json)$", "", parts.path.rstrip("/"), flags=re.I)
        return slugify(f"{parts.hostname or ''} {path}")
    return slugify(Path(location).stem)


def _check_location(entry: str, where: str) -> str:
    scheme = urlsplit(entry).scheme.lower()
    if scheme in ("http", "https"):
        return entry
    if len(scheme) > 1 and "://" in entry:
        raise InputError(f"unsupported URL scheme {scheme!r}", path=where,
                         hint="feeds are read from http(s) URLs or local files")
    return entry


def resolve_sources(source: str) -> list[FeedSource]:
    """``source`` as feeds: a URL, a feed file, or a ``.txt`` list of URLs/paths (one a line).

    Relative paths in a list are relative to the list. Two feeds that would share an output
    folder get a hash suffix, so their files never mix.
    """
    source = _check_location(source, source)
    locations: list[str]
    if not is_url(source) and Path(source).suffix.lower() == ".txt":
        locations = _read_list(Path(source))
    else:
        locations = [source if is_url(source) else str(Path(source).resolve())]
    sources: list[FeedSource] = []
    taken: set[str] = set()
    for location in dict.fromkeys(locations):
        slug = _source_slug(location)
        if slug in taken:
            slug = f"{slug}-{hashlib.sha256(location.encode()).hexdigest()[:8]}"
        taken.add(slug)
        sources.append(FeedSource(location, slug))
    return sources


def _read_list(path: Path) -> list[str]:
    text = decode(read_bytes(path), source=str(path))
    out: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if number > MAX_LIST_LINES:
            raise InputError(f"more than {MAX_LIST_LINES} lines", path=str(path))
        line = _check_location(line, f"{path}:{number}")
        out.append(line if is_url(line) else str((path.parent / line).resolve()))
    if not out:
        raise InputError("the feed list names no feed", path=str(path))
    return out


def _check_regular(path: Path, where: str) -> None:
    """A local feed must be a regular file: a FIFO or a device would block the reader forever."""
    from ..fsutil import NotRegularFileError, open_regular

    try:
        open_regular(path).close()
    except FileNotFoundError:
        raise InputError("no such file", path=where) from None
    except NotRegularFileError as exc:
        raise InputError(exc.message, path=where) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=where) from None


@contextlib.contextmanager
def open_feed(source: FeedSource, *, timeout: float = FETCH_TIMEOUT,
              max_bytes: int = MAX_FEED_BYTES,
              validators: http.Validators | None = None) -> Iterator[FeedDocument]:
    """The feed as a local file: the file itself, or a bounded download of the URL (a
    conditional one when ``validators`` are given; ``not_modified`` then says the server has
    nothing new)."""
    if not source.is_url:
        path = Path(source.location)
        _check_regular(path, source.location)
        with _inflated(path, max_bytes, source.location) as plain:
            yield FeedDocument(plain)
        return
    fd, tmp = tempfile.mkstemp(prefix="translate-feed-", suffix=".xml")
    try:
        with os.fdopen(fd, "wb") as handle:
            response = _get(source.location, handle, timeout, max_bytes, validators)
        if response.not_modified:
            yield FeedDocument(None, response.validators, not_modified=True)
        else:
            with _inflated(Path(tmp), max_bytes, source.location) as plain:
                yield FeedDocument(plain, response.validators,
                                   content_type=response.content_type)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


_GZIP_MAGIC = b"\x1f\x8b"


@contextlib.contextmanager
def _inflated(path: Path, max_bytes: int, location: str) -> Iterator[Path]:
    """``path`` itself, or, when it is gzip-compressed (a feed saved as the server sent it,
    ``feed.xml.gz``), its inflated bytes in a temporary file, at most ``max_bytes`` of them
    (a gzip bomb is refused, 1 MiB inflated at a time)."""
    import zlib

    try:
        with path.open("rb") as handle:
            magic = handle.read(2)
    except OSError:
        yield path  # the reader reports what cannot be read
        return
    if magic != _GZIP_MAGIC:
        yield path
        return
    fd, tmp = tempfile.mkstemp(prefix="translate-feed-", suffix=".xml")
    try:
        with path.open("rb") as packed, os.fdopen(fd, "wb") as out:
            z = zlib.decompressobj(16 + zlib.MAX_WBITS)
            size = 0
            while chunk := packed.read(1 << 16):
                while chunk:
                    data = z.decompress(chunk, 1 << 20)
                    size += len(data)
                    if size > max_bytes:
                        raise InputError(f"{larger_than(max_bytes)} once inflated (gzip)",
                                         path=location)
                    out.write(data)
                    chunk = z.unconsumed_tail
                if z.eof:
                    break
            if not z.eof:
                raise InputError("truncated gzip file", path=location)
        yield Path(tmp)
    except zlib.error as exc:
        raise InputError(f"corrupt gzip file ({exc})", path=location) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def fetch(url: str, out: IO[bytes], *, timeout: float = FETCH_TIMEOUT,
          max_bytes: int = MAX_FEED_BYTES) -> int:
    """Download ``url`` into ``out`` (http/https only, redirects too) within ``timeout``
    seconds in all; returns the byte count."""
    return _get(url, out, timeout, max_bytes, None).size


def _get(url: str, out: IO[bytes], timeout: float, max_bytes: int,
         validators: http.Validators | None) -> http.Response:
    return http.get(url, out, limits=http.Limits.within(timeout, max_bytes),
                    headers={"User-Agent": USER_AGENT, "Accept": ACCEPT}, validators=validators)
