"""Localize feeds: scan into the state store, translate what is new, rewrite the localized feeds.

A run has three steps, each safe to interrupt:

1. *scan*: stream the feed's items into the state store (``feed_entries``) and queue the item
   editions that are not done yet (``feed_items``); unchanged items are counted as skipped;
2. *work*: one process, or ``workers`` spawned processes, claim items one at a time, translate
   them for every pending locale through the pipeline, write the item editions atomically and
   only then mark them done;
3. *publish*: each localized feed is rewritten from the state table, so it lists every done
   item of the current feed, whichever run translated it.

Nothing here prints: progress goes to a :class:`Progress` (a terminal line when there is one)
and messages to a ``warn`` callback.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import itertools
import logging
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..clock import utc_now
from ..errors import (
    EXIT_BLOCKING,
    EXIT_OK,
    EXIT_PARTIAL,
    ArticleTooLargeError,
    ErrorInfo,
    InputError,
    InternalError,
    OutputError,
    TranslateError,
    UnsupportedPairError,
    worst_exit_code,
)
from ..fsutil import ensure_folder, sweep_temporaries
from ..locales import LocaleProfile, parse_targets
from ..logsetup import worker_logging
from ..model import Article, Block, Edition, Finding
from ..options import RunOptions
from ..publish import HELD_DIR, QUEUE_FORMATS, Policy, Verdict, check_policy, decide
from ..seams import ClaimStore, ItemLedger, LocalSink, Outcomes, OutputSink
from ..store import Store, store_error
from .markup import (
    HtmlBlock,
    fill,
    html_blocks,
    inline_spans,
    remove_blocks,
    run_texts,
    sanitize,
    to_html,
)
from .markup import truncate_blocks as _truncate
from .reader import FeedInfo, FeedItem, FeedReader, declared_code, text_of_html
from .sources import FeedSource, open_feed, resolve_sources
from .state import CHANNEL_KEY, Claim, FeedRecord, FeedState, ItemRow, ScanCounts

log = logging.getLogger(__name__)

MAX_ITEM_CHARS = 100_000  # text of one item (about 15,000 words); the rest is left out
MAX_FEED_ITEMS = 1000  # items of one feed per run (a news feed lists tens); the rest left out
SCAN_BATCH = 200
FEED_FILE_NAMES = {"rss": "rss.xml", "atom": "atom.xml", "json": "feed.json"}  # by source kind
WARN_EACH = 5  # messages of one kind printed per feed before they are only counted
SHORT_WORDS = 12  # items shorter than this trust the feed's declared language over detection
SAMPLE_ITEMS = 30  # with no language declared, the first items' text tells the feed's
SAMPLE_CHARS = 500  # characters of each item's summary read for it


@dataclass
class FeedJob:
    """What a feed run makes: targets, output folder, formats and how the work is shared."""

    targets: Sequence[str] | str
    out_dir: Path
    formats: Sequence[str] = ("md", "json")
    options: RunOptions = field(default_factory=RunOptions)
    workers: int = 1
    force: bool = False
    base_url: str | None = None  # public URL of ``out_dir``, for absolute links in the feeds
    max_item_chars: int = MAX_ITEM_CHARS
    max_items: int = MAX_FEED_ITEMS  # a feed of 100,000 items is localized in part, not for days
    timeout: float = 30.0
    list_items: bool = True  # False: the summary lists failed and flagged items only
    executor: str = "local"  # "local" (processes on this machine), "ray" or "ray=ADDRESS"
    policy: Policy = "hold"  # what an item with blocking findings becomes (translate.publish)


@dataclass
class FeedReport:
    """One source feed in a run."""

    source: str
    slug: str
    kind: str | None = None
    error: ErrorInfo | None = None  # why the feed could not be read
    partial: str | None = None  # why only part of the feed could be read (not well-formed XML)
    feeds: dict[str, str] = field(default_factory=dict)  # locale -> localized feed path
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0
    # item editions of the feed's current items, by what the policy did with them
    published: int = 0
    marked: int = 0
    held: int = 0  # in the review queue OUT/held/<feed>/<locale>/, not in the public feed
    withheld: int = 0
    released: int = 0  # held, reviewed, and now published
    failed: int = 0
    blocking: int = 0  # blocking findings of the current items' editions
    finding_warnings: int = 0
    failed_locales: dict[str, str] = field(default_factory=dict)  # locale -> why, said once

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["error"] = self.error.line if self.error else None
        out["findings"] = {"blocking": out.pop("blocking"),
                           "warnings": out.pop("finding_warnings")}
        return out


@dataclass(frozen=True)
class ItemReport:
    """One item edition (an item in one locale) in a run."""

    feed: str  # the feed's slug
    guid: str
    id: str  # the item's slug
    locale: str
    status: str  # translated | skipped | failed | pending | running
    files: list[str]
    segments: int
    error: ErrorInfo | None = None
    blocking: int = 0  # blocking findings (severity error) of the item's editions
    warnings: int = 0
    action: str | None = None  # published | marked | held | withheld | released (done items)
    findings: tuple[str, ...] = ()  # the blocking findings, "check: message" (first 20)
    # where the edition's sentences came from (mt | cache | tm | copy -> sentences), as
    # `translate run --json` says per edition; None for an edition recorded before probe48
    origins: dict[str, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "feed": self.feed, "guid": self.guid, "id": self.id, "locale": self.locale,
            "status": self.status, "files": self.files, "segments": self.segments,
            "blocking": self.blocking, "warnings": self.warnings, "action": self.action,
            "findings": list(self.findings), "origins": self.origins,
        }  # fmt: skip
        if self.error is not None:
            out["error"] = self.error.line
        return out


ORIGINS = ("mt", "cache", "tm", "copy")


def origin_counts(*editions: Edition | None) -> dict[str, int]:
    """The sentences of ``editions`` by origin (mt | cache | tm | copy), summed."""
    counts = dict.fromkeys(ORIGINS, 0)
    for edition in editions:
        if edition is None:
            continue
        for segment in edition.segments:
            counts[segment.origin] = counts.get(segment.origin, 0) + 1
    return counts


def sentences_clause(origins: dict[str, int]) -> str:
    """``"; 42 sentences: 0 mt, 42 cache"`` (tm and copy when there are any), or ``""`` when
    the run made no sentence: what a summary line adds so that work reused is told from work
    done."""
    total = sum(origins.values())
    if not total:
        return ""
    parts = [f"{origins.get(k, 0)} {k}" for k in ORIGINS
             if k in ("mt", "cache") or origins.get(k)]
    parts += [f"{n} {k}" for k, n in origins.items() if k not in ORIGINS and n]
    return f"; {total} sentences: " + ", ".join(parts)


@dataclass
class FeedSummary:
    """Counts are of item editions (one item in one locale)."""

    translated: int = 0
    copied: int = 0  # items already in the locale's language, copied as written (fuzz42)
    skipped: int = 0
    failed: int = 0
    pending: int = 0
    policy: str = "hold"
    # over the feeds' current items (whichever run translated them)
    held: int = 0  # awaiting review in OUT/held/, not in the public feeds
    withheld: int = 0
    marked: int = 0
    released: int = 0  # released after review by this run
    blocking: int = 0  # blocking findings of the current items' editions
    warnings: int = 0
    items: list[ItemReport] = field(default_factory=list)
    feeds: list[FeedReport] = field(default_factory=list)
    cluster: dict[str, Any] | None = None  # what a Ray run did (actors, resends, peak memory)
    # the sentences of the editions this run made (translated or copied), by origin: "mt" the
    # engine translated, "cache" reused from the translation cache, "tm" from translation
    # memory, "copy" carried as written (probe48: a batch whose every sentence came from the
    # cache said only "translated")
    origins: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ORIGINS, 0))

    def to_dict(self) -> dict[str, Any]:
        out = {
            "translated": self.translated,
            "copied": self.copied,
            "skipped": self.skipped,
            "failed": self.failed,
            "pending": self.pending,
            "policy": self.policy,
            "held": self.held,
            "withheld": self.withheld,
            "marked": self.marked,
            "released": self.released,
            "findings": {"blocking": self.blocking, "warnings": self.warnings},
            "origins": dict(self.origins),
            "exit_code": self.exit_code(),
            "items": [i.to_dict() for i in self.items],
            "feeds": [f.to_dict() for f in self.feeds],
        }
        if self.cluster is not None:
            out["cluster"] = self.cluster
        return out

    def line(self) -> str:
        """The one-line human summary."""
        return (
            f"{self.translated} translated"
            + (f", {self.copied} copied as written (already in the language)"
               if self.copied else "")
            + f", {self.skipped} skipped (unchanged),"
            f" {self.failed} failed" + (f", {self.pending} left" if self.pending else "")
            + f"; {self.held + self.withheld} held for review"
            + (f" ({self.withheld} withheld)" if self.withheld else "")
            + (f", {self.marked} published marked for review" if self.marked else "")
            + (f", {self.released} released after review" if self.released else "")
            + f"; {self.blocking} blocking findings, {self.warnings} warnings"
            + sentences_clause(self.origins)
        )

    def exit_code(self) -> int:
        """The run's exit code (:func:`translate.errors.worst_exit_code` of its parts).

        - every feed failed to load, or every item failed and nothing else is done: the exit
          code of the first error;
        - some items, a locale or a feed failed beside others that were written: 10 (partly
          done; failed items are retried next run);
        - items with blocking findings held, withheld or marked: 9;
        - else 0.
        """
        errors = [r.error for r in self.feeds if r.error is not None]
        if errors and len(errors) == len(self.feeds):
            return errors[0].exit_code  # no feed could be read
        done = self.translated or self.copied or self.skipped or self.held or self.withheld
        if self.failed and not done:
            first = next((i.error for i in self.items if i.error is not None), None)
            return first.exit_code if first is not None else InternalError.exit_code
        codes = [EXIT_OK]
        if errors or self.failed or any(r.partial for r in self.feeds):
            codes.append(EXIT_PARTIAL)  # a feed read only in part: its warning says why
        if self.held or self.withheld or self.marked:
            codes.append(EXIT_BLOCKING)
        return worst_exit_code(codes)


class Progress:
    """A one-line progress display on a terminal (items, sentences, rate, ETA); silent otherwise."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = 0
        self.start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def begin(self, total: int) -> None:
        self.total = total
        self.start = time.monotonic()

    def update(self, done: int, sentences: int, *, force: bool = False) -> None:
        if not self.enabled or self.total == 0:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-6)
        rate = done / elapsed
        left = max(self.total - done, 0)
        eta = f"{int(left / rate) // 60}m{int(left / rate) % 60:02d}s" if rate > 0 else "--"
        self.stream.write(
            f"\r  {done}/{self.total} items · {sentences} sentences · {rate:.1f} items/s"
            f" · ETA {eta}   "
        )
        self.stream.flush()
        self._shown = True

    def end(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


def progress_tick(progress: Progress, state: ClaimStore,
                  feed_ids: Sequence[int]) -> Callable[[], None]:
    """A callback that refreshes ``progress`` from the state, at most five times a second."""
    last = [0.0]

    def tick() -> None:
        now = time.monotonic()
        if progress.enabled and now - last[0] >= 0.2:
            last[0] = now
            progress.update(*state.progress(feed_ids))

    return tick


# -- one item --------------------------------------------------------------------------------


@dataclass
class _Fragment:
    """A sanitized HTML fragment (summary or content) and its blocks."""

    root: Any
    blocks: list[HtmlBlock]
    joined: list[str] = field(default_factory=list)  # numbers and words split by invisibles

    @classmethod
    def parse(cls, markup: str | None) -> _Fragment | None:
        if not markup:
            return None
        from ..read import clean_text, join_split_numbers, join_split_words

        markup, numbers = join_split_numbers(markup, html=True)  # as the file reader does
        markup, words = join_split_words(markup, html=True)
        root = sanitize(markup)
        for el in root.iter():  # what character references (&#x9b;) put back: read.clean_text
            if el.text:
                el.text = clean_text(el.text)
            if el.tail:
                el.tail = clean_text(el.tail)
        return cls(root, html_blocks(root), numbers + words)

    def localized(self, block_map: dict[str, str], run_map: dict[str, str]) -> str:
        tree = copy.deepcopy(self.root)
        fill(html_blocks(tree), block_map.get, run_map.get)
        return to_html(tree)


@dataclass
class ItemDocument:
    """An item ready for the pipeline: its Article (title, summary and content blocks), the
    sanitized HTML fragments, and the runs that need translations of their own."""

    item: FeedItem
    article: Article
    summary: _Fragment | None
    content: _Fragment | None
    warnings: list[str]

    @classmethod
    def build(cls, item: FeedItem, *, slug: str, source: str, max_chars: int) -> ItemDocument:
        from ..read import clean_text, join_split_numbers, join_split_words

        warnings: list[str] = []
        # the rule every article's text passes on input (read.clean_text): a stray C0/C1 control
        # (XML 1.0 carries U+0080-U+009F and DEL, JSON every one) a space, one for one, a lone
        # surrogate or noncharacter U+FFFD; markup and text alike, so spans and offsets hold
        summary = _Fragment.parse(clean_text(item.summary, source=source) if item.summary
                                  else item.summary)  # fmt: skip
        content = _Fragment.parse(clean_text(item.content, source=source) if item.content
                                  else item.content)  # fmt: skip
        budget = max_chars
        for name, fragment in (("summary", summary), ("content", content)):
            if fragment is None:
                continue
            kept, dropped = _truncate(fragment.blocks, max(budget, 1))
            fragment.blocks = kept
            budget -= sum(len(b.text) for b in kept)
            if dropped:
                warnings.append(f"{name} truncated: {dropped} of its characters left out"
                                f" (limit {max_chars} per item)")
        title, title_numbers = join_split_numbers(clean_text(item.title or "", source=source))
        title, title_words = join_split_words(title)
        joined = title_numbers + title_words
        joined += [j for f in (summary, content) if f is not None for j in f.joined]
        if joined:
            warnings.append(
                f"invisible characters (zero-width space, soft hyphen, word joiner and the like) "
                f"removed inside {len(joined)} number(s) or word(s): "
                + ", ".join(joined[:5]) + (f" and {len(joined) - 5} more" if joined[5:] else "")
            )
        blocks: list[Block] = []
        title = " ".join(title.split())
        if title:
            blocks.append(Block(kind="title", text=title[:1000]))
        for fragment in (summary, content):
            for hb in fragment.blocks if fragment else []:
                blocks.append(Block(kind=hb.kind, text=hb.text, level=hb.level,
                                    inline=inline_spans(hb)))
        if len(blocks) == 1:  # only a title: translate it as the text
            blocks[0] = Block(kind="paragraph", text=blocks[0].text)
        if not blocks:
            raise InputError("nothing to translate in this item", path=source)
        meta = {k: v for k, v in {
            "url": item.link, "guid": item.key, "published": item.published,
            "updated": item.updated, "author": item.author, "feed": source,
        }.items() if v}  # fmt: skip
        article = Article(
            id=slug, blocks=blocks, source=item.link or f"{source}#{item.key}", format="feed",
            text="\n\n".join(b.text for b in blocks), title=title or None, meta=meta,
        )  # fmt: skip
        return cls(item, article, summary, content, warnings)

    def drop(self, texts: set[str]) -> None:
        """Remove from the HTML what the pipeline dropped as boilerplate."""
        for fragment in (self.summary, self.content):
            if fragment is not None and texts:
                fragment.blocks = remove_blocks(fragment.blocks, texts)

    def run_article(self) -> Article | None:
        blocks = [f.blocks for f in (self.summary, self.content) if f is not None]
        texts = run_texts(b for group in blocks for b in group)
        if not texts:
            return None
        return Article(
            id=f"{self.article.id}-runs", blocks=[Block(kind="paragraph", text=t) for t in texts],
            source=self.article.source, format="feed", text="\n\n".join(texts),
        )  # fmt: skip


def _prepare(article: Article, options: RunOptions, feed_lang: str | None,
             text_lang: str | None = None) -> Any:
    """``pipeline.prepare``, with the feed's declared language as the language of very short
    items unless their text is strongly in another (``RunOptions.declared_lang``), and when
    detection fails; with none declared, the language of the feed's text (``_text_lang``) when
    the article's own text cannot tell."""
    from ..pipeline import prepare

    if options.source_lang is None and feed_lang and article.word_count < SHORT_WORDS:
        # its blocks take the feed's language unless strongly read as another; one read as
        # another, not strongly, is held for review (translate.detect.core.detect_declared)
        return prepare(article, dataclasses.replace(options, declared_lang=feed_lang))
    try:
        return prepare(article, options)
    except InputError:
        fallback = feed_lang or text_lang
        if options.source_lang is None and fallback:
            return prepare(article, dataclasses.replace(options, source_lang=fallback))
        raise


def _block_map(edition: Edition | None) -> dict[str, str]:
    if edition is None:
        return {}
    return {b.source: b.target for b in edition.blocks if b.target}


def _inside(path: Path, root: Path) -> Path:
    """``path`` resolved, refusing anything that would land outside ``root``."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root):
        raise OutputError(f"refusing to write {path}: outside the output folder {root}")
    return resolved


@dataclass
class WorkContext:
    """What a worker needs, built once per process."""

    state: ItemLedger  # where results go: the feed state, or a list sent back to a driver
    profiles: dict[str, LocaleProfile]
    options: RunOptions
    cache: Store | None
    formats: tuple[str, ...]
    out_root: Path
    max_item_chars: int
    policy: Policy = "hold"
    sink: OutputSink | None = None  # None: files under out_root (LocalSink)

    @property
    def output(self) -> OutputSink:
        return self.sink if self.sink is not None else LocalSink(self.out_root)

    @property
    def page_format(self) -> str:
        for fmt in ("html", "md"):
            if fmt in self.formats:
                return fmt
        return self.formats[0]


def _feed_lang(feed: FeedRecord) -> str | None:
    language = (feed.channel or {}).get("language")
    return declared_code(str(language)) if language else None


def _text_lang(feed: FeedRecord) -> str | None:
    """The language of the channel's and items' text read together (``FeedInfo.text_lang``)."""
    language = (feed.channel or {}).get("text_lang")
    return str(language) if language else None


def _read_text_lang(info: FeedInfo, sample: Sequence[FeedItem], options: RunOptions,
                    source: str) -> str | None:
    """With no language declared (nor ``--from``): the language the channel's title and
    description and the first items' titles and summaries are written in, read together as one
    text; None when that text cannot tell either."""
    if info.lang or options.source_lang:
        return None
    from .. import detect
    from ..model import UNDETERMINED

    texts = [info.title or "", info.description or ""]
    for item in sample:
        texts += [item.title or "", text_of_html(item.summary or item.content or "")[:SAMPLE_CHARS]]
    blocks = [Block(kind="paragraph", text=t) for t in (" ".join(x.split()) for x in texts) if t]
    if not blocks:
        return None
    article = Article(id="feed", blocks=blocks, source=source, format="feed",
                      text="\n\n".join(b.text for b in blocks))
    guess = detect.detect_article(article, options.detector).lang
    return guess.lang if guess is not None and guess.lang != UNDETERMINED else None


def _process_channel(claim: Claim, ctx: WorkContext) -> None:
    """The feed's own title and description, translated once per locale. What no run would
    translate differently (text already in the locale's language, or text whose language
    cannot be told, nor the feed's) is copied as written, as the pipeline copies such a
    paragraph: failing it would fail the channel again on every run (feedtitle38)."""
    from ..pipeline import translate_prepared

    info = claim.payload
    title = " ".join(str(info.get("title") or "").split())
    description = " ".join(str(info.get("description") or "").split())
    blocks = [Block(kind="paragraph", text=t) for t in (title, description) if t]
    as_written = {"title": title or None, "description": description or None}
    try:
        if not blocks:
            raise InputError("the feed has no title or description", path=claim.feed.source)
        article = Article(id=claim.feed.slug, blocks=blocks, source=claim.feed.source,
                          format="feed", text="\n\n".join(b.text for b in blocks))
        prepared = _prepare(article, ctx.options, _feed_lang(claim.feed), _text_lang(claim.feed))
    except ArticleTooLargeError as exc:
        for locale in claim.locales:
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(exc))
        return
    except InputError as exc:  # no text, or none whose language can be told: nothing to route
        for locale in claim.locales:
            ctx.state.mark_done(claim, locale, outputs=[],
                                entry={**as_written, "kept": exc.format_line()}, segments=0)
        return
    for locale in claim.locales:
        try:
            if prepared.source_lang == ctx.profiles[locale].language:
                ctx.state.mark_done(claim, locale, outputs=[], segments=0, entry={
                    **as_written, "kept": f"already in {prepared.source_lang}"})
                continue
            edition = translate_prepared(prepared, ctx.profiles[locale], ctx.options, ctx.cache)
            found = _block_map(edition)
            entry = {"title": found.get(title) or title or None,
                     "description": found.get(description) or description or None,
                     "origins": origin_counts(edition)}
            ctx.state.mark_done(claim, locale, outputs=[], entry=entry,
                                segments=len(edition.segments))
        except TranslateError as exc:
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(exc))


def held_folder(out_root: Path, feed_slug: str, locale: str) -> Path:
    """The review queue of one localized feed: ``OUT/held/<feed>/<locale>/``."""
    return out_root / HELD_DIR / feed_slug / locale


def held_formats(formats: Sequence[str]) -> tuple[str, ...]:
    """A held item's files: the feed's formats, plus what review needs (JSON edition, XLIFF,
    PO, and the review page)."""
    from ..write import WRITERS

    extra = [f for f in (*QUEUE_FORMATS, "po", "review") if f in WRITERS]
    return tuple(dict.fromkeys([*formats, *extra]))


def _verdict(edition: Edition, runs: Edition | None, policy: Policy) -> Verdict:
    """The policy's decision for an item: its edition and the edition of its inline runs."""
    findings = [*edition.findings, *(runs.findings if runs is not None else [])]
    return decide(policy, sum(1 for f in findings if f.severity == "error"),
                  sum(1 for f in findings if f.severity == "warning"))


def _finding_lines(edition: Edition, runs: Edition | None, limit: int = 20) -> list[str]:
    """The item's blocking findings, for the summary and the review queue (first ``limit``)."""
    findings = [*edition.findings, *(runs.findings if runs is not None else [])]
    return [f"{f.check}: {f.message}" for f in findings if f.severity == "error"][:limit]


def _note_run_findings(edition: Edition, runs: Edition | None) -> None:
    """Show a reviewer why the item was held when the reason is a piece of a sentence that was
    translated on its own (the runs the feed's HTML is rebuilt from, :meth:`ItemDocument.
    run_article`): each blocking finding of a run becomes a note (a warning) on the edition's
    sentence that holds the run, in every review file."""
    if runs is None:
        return
    for piece in runs.segments:
        for finding in piece.findings:
            if finding.severity != "error":
                continue
            host = next((s for s in edition.segments if piece.source in s.source), None)
            if host is None:
                continue
            note = Finding(
                finding.check, "warning",
                f"the piece {piece.source!r}, translated on its own for the feed's HTML as"
                f" {piece.target!r}: {finding.message}",
                segment=host.id, data={"run": True, **finding.data},
            )  # fmt: skip
            host.findings.append(note)
            edition.findings.append(note)


def _item_edition(prepared: Any, profile: LocaleProfile, ctx: WorkContext,
                  flagged: bool = True) -> Edition:
    """An item's edition for one locale. An item read as wholly in the locale's language is
    copied as written with a blocking finding on each sentence, so the policy decides (held
    for review by default) and the item is done: failing it with E004 failed it again on every
    run, as the channel's title did before feedtitle38 (fuzz40). The channel, which has no
    review queue, is copied with no finding (:func:`_process_channel`)."""
    from ..pipeline import same_language_edition, translate_prepared

    if not prepared.passthrough and prepared.source_lang == profile.language:
        return same_language_edition(prepared, profile, flagged)
    return translate_prepared(prepared, profile, ctx.options, ctx.cache)


def process_claim(claim: Claim, ctx: WorkContext) -> None:
    """Translate one claimed item for each of its locales; write, then mark done (or failed)."""
    from ..write import edition_path, get_writer
    from ..write.label import is_copy

    if claim.guid == CHANNEL_KEY:
        _process_channel(claim, ctx)
        return
    item = FeedItem.from_json(claim.payload)
    try:
        doc = ItemDocument.build(item, slug=claim.slug, source=claim.feed.source,
                                 max_chars=ctx.max_item_chars)
        prepared = _prepare(doc.article, ctx.options, _feed_lang(claim.feed),
                            _text_lang(claim.feed))
        doc.drop({d.text for d in prepared.article.dropped})
        runs = doc.run_article()
        runs_prepared = None
        if runs is not None:
            runs_options = dataclasses.replace(ctx.options, source_lang=prepared.source_lang,
                                               keep_boilerplate=True)
            runs_prepared = _prepare(runs, runs_options, None)
    except TranslateError as exc:
        for locale in claim.locales:
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(exc))
        return
    title = doc.article.title or ""  # as read: invisible characters removed (ItemDocument)
    for locale in claim.locales:
        try:
            profile = ctx.profiles[locale]
            edition = _item_edition(prepared, profile, ctx)
            runs_edition = (_item_edition(runs_prepared, profile, ctx, flagged=False)
                            if runs_prepared is not None else None)
            block_map = _block_map(edition)
            run_map = _block_map(runs_edition)
            decided = _verdict(edition, runs_edition, ctx.policy)
            edition.review_required = decided.action == "marked"
            if decided.action in ("held", "marked"):
                _note_run_findings(edition, runs_edition)
            items_dir = ctx.out_root / claim.feed.slug / locale / "items"
            target_dir, formats = items_dir, ctx.formats
            if decided.action == "held":  # the review queue, never the public folder
                target_dir = held_folder(ctx.out_root, claim.feed.slug, locale)
                formats = held_formats(ctx.formats)
            files = ([] if decided.action == "withheld"
                     else ctx.output.write(edition, target_dir, formats))
            page = f"items/{claim.slug}.{locale}.{get_writer(ctx.page_format).EXTENSION}"
            entry = {
                "guid": claim.guid,
                "title": block_map.get(title) if title else None,
                "summary_html": doc.summary.localized(block_map, run_map) if doc.summary else None,
                "content_html": doc.content.localized(block_map, run_map) if doc.content else None,
                "page": page,
                "original_link": item.link,
                "published": item.published,
                "updated": item.updated,
                "author": item.author,
                "categories": item.categories,
                "locale": locale,
                "source_lang": prepared.source_lang,
                "done": utc_now(),
                "warnings": doc.warnings,
                "review": {**decided.to_dict(), "findings": _finding_lines(edition, runs_edition)},
            }
            entry["origins"] = origin_counts(edition, runs_edition)
            if is_copy(edition):  # counted "copied", not "translated", in the run's summary
                entry["copied"] = True
            if decided.action == "held":  # what the release after review rebuilds the entry from
                entry["held"] = {"edition": str(edition_path(edition, target_dir, "json")),
                                 "runs": run_map}
            segments = len(edition.segments) + (len(runs_edition.segments) if runs_edition else 0)
            ctx.state.mark_done(claim, locale, outputs=files, entry=entry, segments=segments)
        except TranslateError as exc:
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(exc))
        except Exception as exc:  # a bug on one item must not stop the feed
            log.exception("item %s failed", claim.guid)
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(InternalError.wrap(exc)))


Processor = Callable[[Claim, WorkContext], None]


def work(ctx: WorkContext, claims: ClaimStore, feed_ids: Sequence[int],
         on_item: Callable[[], None] | None = None, process: Processor = process_claim) -> int:
    """Claim and process items until none is pending; returns how many were processed."""
    count = 0
    try:
        while (claim := claims.claim(feed_ids)) is not None:
            process(claim, ctx)
            count += 1
            if on_item is not None:
                on_item()
    except BaseException:
        claims.release_own()
        raise
    return count


# -- worker processes ------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerArgs:
    db_path: Path
    feed_ids: tuple[int, ...]
    targets: tuple[str, ...]
    formats: tuple[str, ...]
    options: RunOptions
    out_root: Path
    max_item_chars: int
    engines: dict[str, str]  # the parent's engine registry (plugins and test engines included)
    log_level: int
    process: Processor = process_claim  # or translate.feeds.batch.process_article_claim
    policy: Policy = "hold"


def _context(store: Store, targets: Sequence[str], formats: Sequence[str], options: RunOptions,
             out_root: Path, max_item_chars: int, policy: Policy = "hold") -> WorkContext:
    profiles = {p.tag: p for p in parse_targets(",".join(targets))}
    return WorkContext(
        state=FeedState(store), profiles=profiles, options=options,
        cache=store if options.use_cache else None, formats=tuple(formats), out_root=out_root,
        max_item_chars=max_item_chars, policy=policy,
    )  # fmt: skip


def remote_context(targets: Sequence[str], formats: Sequence[str], options: RunOptions,
                   out_root: Path, max_item_chars: int,
                   policy: Policy = "hold") -> WorkContext:
    """A WorkContext to send to another process: no store connection (the worker opens its
    own, at the path resolved here) and results kept as data (:class:`Outcomes`)."""
    profiles = {p.tag: p for p in parse_targets(",".join(targets))}
    return WorkContext(
        state=Outcomes(), profiles=profiles,
        options=dataclasses.replace(options, db_path=options.resolved_db_path()), cache=None,
        formats=tuple(formats), out_root=out_root, max_item_chars=max_item_chars,
        policy=policy,
    )  # fmt: skip


def warm_up(ctx: WorkContext) -> None:
    """Load what every item needs (language profiles, glossary, CLDR data, the engine's model
    for English sources) by translating one sentence, cache and memory off, nothing written."""
    from ..pipeline import translate_article

    text = "The minister said on Monday that the talks would resume next month."
    article = Article(id="warm-up", blocks=[Block(kind="paragraph", text=text)],
                      source="warm-up", format="txt", text=text)
    options = dataclasses.replace(ctx.options, use_cache=False, use_tm=False)
    try:
        translate_article(article, list(ctx.profiles.values()), options, None)
    except Exception:  # a pair the engines do not serve: the items will say so
        log.debug("warm-up failed", exc_info=True)


def start_ignoring_sigint(procs: Sequence[multiprocessing.process.BaseProcess]) -> None:
    """Start ``procs`` (spawned interpreters) with SIGINT ignored, which they inherit until
    their target sets its own handler (:func:`worker_main`): a Ctrl-C to the process group
    while a worker was still importing its modules raised ``KeyboardInterrupt`` there and
    printed the child's traceback under the command's one line (fuzz46, seed 44: ``batch``,
    SIGINT to the group at 1.2 s). The parent's handler is put back at once; the parent stops
    the workers on its own interruption (:func:`_run_workers`)."""
    if threading.current_thread() is not threading.main_thread():  # no handlers there
        for proc in procs:
            proc.start()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        for proc in procs:
            proc.start()
    finally:
        signal.signal(signal.SIGINT, previous)


def worker_main(args: WorkerArgs) -> None:
    """Entry point of a worker process: one Store, models loaded once, items until none left."""
    from .. import engines

    # Ctrl-C stops the worker again (it was ignored while the interpreter started)
    signal.signal(signal.SIGINT, signal.default_int_handler)

    worker_logging(args.log_level)
    engines.ENGINES.update(args.engines)
    store = Store(args.db_path)
    try:
        ctx = _context(store, args.targets, args.formats, args.options, args.out_root,
                       args.max_item_chars, args.policy)
        work(ctx, FeedState(store), args.feed_ids, process=args.process)
    except KeyboardInterrupt:
        pass
    finally:
        engines.close_engines()
        store.close()


@contextlib.contextmanager
def said_when_interrupted(state: FeedState, feed_ids: Sequence[int], what: str,
                          names: Mapping[int, str] | None = None) -> Iterator[None]:
    """An interruption (Ctrl-C, SIGTERM) of the work on ``feed_ids`` carries, as a note, how
    many of its item editions were done (written whole and recorded), failed and are left,
    which the command's one line says: "error: interrupted" alone did not say that anything
    was done, nor that the same command finishes the rest (fuzz37). Each figure is counted
    from the rows of the run (:meth:`FeedState.run_counts`), and a run of several feeds
    (``names``: feed id -> its slug) says them per feed too (fuzz38: one sum over all feeds
    did not say which feed was finished and which not begun)."""
    try:
        yield
    except KeyboardInterrupt as exc:
        with contextlib.suppress(Exception):  # the note is a courtesy; the interruption stands
            exc.add_note(_what_was_done(state.run_counts(feed_ids), what, names or {}))
        raise


def _what_was_done(counts: Mapping[int, tuple[int, int, int]], what: str,
                   names: Mapping[int, str]) -> str:
    """``2 of 8 item editions done (written and recorded), 6 left (world: 2 of 4 done, 2 left;
    sport: 0 of 4 done, 4 left): the same command again finishes them``; with ``and tries the
    failed ones again`` when an edition failed (the next run queues it again)."""

    def said(done: int, failed: int, left: int, editions: str, how: str = "") -> str:
        return (f"{done} of {done + failed + left} {editions}done{how}"
                + (f", {failed} failed" if failed else "") + f", {left} left")

    done, failed, left = (sum(c[i] for c in counts.values()) for i in range(3))
    line = said(done, failed, left, f"{what} editions ", " (written and recorded)")
    if len(counts) > 1:
        line += " (" + "; ".join(f"{names.get(feed_id, f'feed {feed_id}')}: {said(*c, '')}"
                                 for feed_id, c in counts.items()) + ")"
    # the next run queues a failed edition again (``FeedState.scan``: pending and failed rows
    # of unchanged content alike), which the line says when there is one (fuzz39)
    again = " and tries the failed ones again" if failed else ""
    return line + ": the same command again finishes them" + again


def _run_workers(n: int, args: WorkerArgs, state: FeedState, progress: Progress,
                 warn: Callable[[str], None]) -> None:
    mp = multiprocessing.get_context("spawn")
    procs = [mp.Process(target=worker_main, args=(args,), name=f"translate-feed-{i + 1}")
             for i in range(n)]
    start_ignoring_sigint(procs)
    try:
        while any(p.is_alive() for p in procs):
            for proc in procs:
                proc.join(timeout=0.5 / len(procs))
            progress.update(*state.progress(args.feed_ids))
    except BaseException:
        for proc in procs:  # a worker still starting ignored the group's Ctrl-C: say it again
            if proc.is_alive() and proc.pid is not None:
                with contextlib.suppress(OSError):
                    os.kill(proc.pid, signal.SIGINT)
        for proc in procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.terminate()
        raise
    for proc in procs:
        if proc.exitcode not in (0, None):
            warn(f"worker {proc.name} exited with code {proc.exitcode}; its items are retried")


# -- a run -----------------------------------------------------------------------------------


def _scan(state: FeedState, source: FeedSource, job: FeedJob, out_root: Path, locales: list[str],
          report: FeedReport, warn: Callable[[str], None]) -> FeedRecord:
    options = job.options
    recipe = "|".join([",".join(sorted(job.formats)), options.engine or "",
                       options.source_lang or "", str(job.max_item_chars),
                       str(options.keep_boilerplate), str(options.builtin_glossary),
                       ",".join(sorted(str(p) for p in options.glossary_paths))])
    known = state.validators(source.location, out_root) if source.is_url else None
    with open_feed(source, timeout=job.timeout, validators=known) as doc:
        reader: FeedReader | None = None
        items: Iterator[FeedItem]
        if doc.path is None:  # 304 Not Modified: the document of the last complete scan
            feed = state.begin_run(source.location, out_root, source.slug)
            items = (_replayed(position, payload)
                     for position, payload in state.previous_entries(feed))
            log.info("%s: not modified since the last run", source.location)
        else:
            reader = FeedReader(doc.path, source=source.location, content_type=doc.content_type)
            fresh = iter(reader)
            first = next(fresh, None)  # refuses hostile or non-feed input before state changes
            if first is None and reader.malformed is not None:
                raise InputError(f"not well-formed XML ({reader.malformed}) and no complete item"
                                 " could be recovered; nothing changed", path=source.location)
            feed = state.begin_run(source.location, out_root, source.slug)
            items = itertools.chain([first] if first is not None else [], fresh)
        counts = ScanCounts()
        batch: list[tuple[str, str, str, int, dict[str, Any]]] = []

        def flush() -> None:
            got = state.record_entries(feed, batch, locales, force=job.force)
            counts.queued += got.queued
            counts.skipped += got.skipped
            batch.clear()

        kinds: dict[str, int] = {}
        over = False
        sample: list[FeedItem] = []  # the first items, whose text tells an undeclared language
        for taken, item in enumerate(items):
            if taken >= job.max_items:
                over = True
                break
            if taken < SAMPLE_ITEMS:
                sample.append(item)
            for message in item.warnings:
                kind = " ".join(message.split()[:2])
                kinds[kind] = kinds.get(kind, 0) + 1
                if kinds[kind] <= WARN_EACH:
                    warn(f"{source.location}: {item.label}: {message}")
            batch.append((item.key, item.content_hash(recipe), item.slug(), item.position,
                          item.to_json()))
            if len(batch) >= SCAN_BATCH:
                flush()
        flush()
        for kind, count in kinds.items():
            if count > WARN_EACH:
                warn(f"{source.location}: {count - WARN_EACH} more items with {kind!r}")
        if reader is not None:
            for message in reader.warnings:
                warn(f"{source.location}: {message}")
            report.warnings.extend(reader.warnings)
            if reader.malformed is not None:
                # a cut-off or broken feed lists fewer items than it has: the items of the last
                # run that this one could not see stay in the localized feed (nothing is
                # unpublished), and the next run fetches the document again in full
                kept = state.carry_over(feed)
                report.partial = (f"not well-formed XML ({reader.malformed}); {reader.yielded}"
                                  f" complete items read, {kept} from the last run kept")
                warn(f"{source.location}: partly read: {report.partial}")
            if over:
                kept = state.carry_over(feed)
                too_many = (f"the feed has more than {job.max_items:,} items: the first"
                            f" {job.max_items:,} are localized, the rest left out (--max-items);"
                            f" {kept} from the last run kept")  # fmt: skip
                report.warnings.append(too_many)
                report.partial = report.partial or too_many
                warn(f"{source.location}: partly read: {too_many}")
            info = reader.info
            assert info is not None
        else:
            info = FeedInfo(**feed.channel) if feed.channel else FeedInfo(kind="rss")
        info = dataclasses.replace(info, text_lang=_read_text_lang(info, sample, options,
                                                                    source.location))
        channel = dataclasses.asdict(info)
        state.set_channel(feed.id, info.kind, channel)
        channel_digest = FeedItem(position=-1, key=CHANNEL_KEY, title=info.title,
                                  summary=info.description).content_hash(recipe)
        state.record_entries(feed, [(CHANNEL_KEY, channel_digest, "feed", -1, channel)], locales,
                             force=job.force)
        if report.partial is None:
            state.set_validators(feed, doc.validators)  # the scan is complete
    report.kind = info.kind
    report.skipped = counts.skipped
    return state.feed(feed.id)


def _replayed(position: int, payload: dict[str, Any]) -> FeedItem:
    """An item of the last complete scan, read back from the state; its warnings were shown
    when the document was read."""
    item = FeedItem.from_json(payload)
    return dataclasses.replace(item, position=position, warnings=[])


def _publish(state: FeedState, feed: FeedRecord, locales: list[str], job: FeedJob,
             report: FeedReport) -> None:
    from urllib.parse import urljoin

    from .writer import write_feed

    channel = feed.channel or {}
    name = FEED_FILE_NAMES.get(feed.kind or "rss", "rss.xml")
    for locale in locales:
        translated = state.channel_entry(feed, locale) or {}
        path = feed.folder / locale / name
        self_url = urljoin(job.base_url, f"{feed.slug}/{locale}/{name}") if job.base_url else None
        base = urljoin(job.base_url, f"{feed.slug}/{locale}/") if job.base_url else None
        # read the done items and write the feed in one write transaction: overlapping runs of
        # the feed publish one after the other, and the last one lists what all of them did
        with state.store.transaction():
            write_feed(
                _inside(path, feed.out_dir),
                kind=feed.kind or "rss",
                locale=locale,
                channel={**channel, "title": translated.get("title") or channel.get("title"),
                         "description": translated.get("description")
                         or channel.get("description")},
                entries=state.done_entries(feed, locale),
                base_url=base,
                self_url=self_url,
            )
        report.feeds[locale] = str(path)


def _unserved(feed: FeedRecord, locales: Sequence[str],
              options: RunOptions) -> dict[str, ErrorInfo]:
    """Locales no engine serves from the source language given with ``--from``.

    The language a feed declares is not trusted for this (feeds often declare a template's
    default): without ``--from`` each item's route is known after detection, and a locale
    whose every item failed is summed up once after the work."""
    from ..locales import get_profile
    from ..mt import plan_route

    lang = options.source_lang
    if not lang:
        return {}
    out: dict[str, ErrorInfo] = {}
    for locale in locales:
        profile = get_profile(locale)
        engines = [options.engine] if options.engine else list(profile.engines)
        try:
            if profile.language == lang:
                raise UnsupportedPairError(lang, locale, hint="the feed is in that language")
            plan_route(lang, profile.language, engines, options.engine_options)
        except TranslateError as exc:
            out[locale] = ErrorInfo.of(exc)
    return out


def _count(summary: FeedSummary, report: FeedReport, feed: FeedRecord, row: ItemRow,
           list_items: bool, public: dict[str, int], failures: dict[str, ErrorInfo]) -> None:
    """Add one item edition of the feed's current items to the run's counts and to its
    source's (``report``): a feed's, or a batch's folder or work list (``translate.feeds.batch``).
    """
    status = row.status
    review = row.review
    action: str | None = None
    blocking = int(review.get("blocking") or 0)
    warnings = int(review.get("warnings") or 0)
    origins: dict[str, int] | None = None
    if status == "done":
        status = "translated" if row.run == feed.run else "skipped"
        stored = (row.entry or {}).get("origins")
        if isinstance(stored, dict):
            origins = {str(k): int(v) for k, v in stored.items()}
            if status == "translated":  # this run's work: done, or reused from the cache
                for k, n in origins.items():
                    summary.origins[k] = summary.origins.get(k, 0) + n
        if status == "translated" and (row.entry or {}).get("copied") is True:
            status = "copied"  # not translated: already in the locale's language (fuzz42)
            summary.copied += 1
        elif status == "translated":
            summary.translated += 1
        action = str(review.get("action") or "published")
        if action == "held":
            summary.held += 1
            report.held += 1
        elif action == "withheld":
            summary.withheld += 1
            report.withheld += 1
        else:
            public[row.locale] = public.get(row.locale, 0) + 1
            if action == "marked":
                summary.marked += 1
                report.marked += 1
            else:
                report.published += 1
        summary.blocking += blocking
        summary.warnings += warnings
        report.blocking += blocking
        report.finding_warnings += warnings
    elif status == "failed":
        summary.failed += 1
        report.failed += 1
        if row.error is not None:
            failures.setdefault(row.locale, row.error)
    else:
        summary.pending += 1
    if list_items or row.status == "failed" or action in ("held", "withheld", "marked"):
        summary.items.append(ItemReport(
            feed=feed.slug, guid=row.guid, id=row.slug, locale=row.locale,
            status=status, files=row.outputs, segments=row.segments,
            error=row.error if row.status == "failed" else None,
            blocking=blocking, warnings=warnings, action=action,
            findings=tuple(str(f) for f in review.get("findings") or []) if blocking else (),
            origins=origins,
        ))  # fmt: skip


def _clear_superseded(row: ItemRow, out_root: Path, feed_slug: str,
                      listings: dict[Path, dict[str, list[str]]]) -> int:
    """Remove the files an item's earlier version left where its current version is not.

    An item whose newest version the policy keeps out of the public feed (held, withheld) is
    hidden, with no older translation instead (``FeedState.done_entries``): its earlier page in
    ``items/`` goes too, or it stays public at its address with what the newest version
    corrected (probe45: a desk's corrected date, held, while the old date stayed online). An
    item whose newest version is public leaves nothing in the review queue from an earlier held
    version. Only this item's files for this locale (``<slug>.<locale>.*``) are touched, never
    the current version's own; returns how many were removed. ``listings`` keeps each folder's
    file names, read once a run (a feed of thousands of items lists its folder once)."""
    if row.status != "done":
        return 0
    folder = (out_root / feed_slug / row.locale / "items" if row.held
              else held_folder(out_root, feed_slug, row.locale))
    by_item = listings.get(folder)
    if by_item is None:  # "<slug>.<locale>.<ext>": a slug holds no dot
        by_item = listings[folder] = {}
        with contextlib.suppress(OSError):  # no such folder: nothing was published (held) there
            for path in folder.iterdir():
                by_item.setdefault(".".join(path.name.split(".", 2)[:2]), []).append(path.name)
    stale = by_item.get(f"{row.slug}.{row.locale}", [])
    if not stale:
        return 0
    keep = {Path(p).resolve() for p in row.outputs}
    removed = 0
    for name in stale:
        path = folder / name
        if path.is_file() and path.resolve() not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def _release_reviewed(state: FeedState, feed: FeedRecord, job: FeedJob, out_root: Path,
                      report: FeedReport, warn: Callable[[str], None]) -> None:
    """Publish the held items whose review was applied (``translate review apply`` on the file
    in ``OUT/held/``): the reviewed edition replaces the machine one in the item's page and
    entry, and the item joins the public feed when it is written next.

    An item stays held while a sentence with a blocking finding was not confirmed by the
    reviewer (applying a file nobody corrected releases nothing)."""
    from ..review import load_edition, unconfirmed_blocking
    from ..write import edition_path, write_edition

    for row in list(state.run_items(feed)):
        if not row.held or row.review.get("action") != "held" or row.entry is None:
            continue
        held = row.entry.get("held") or {}
        path = Path(str(held.get("edition") or ""))
        if not path.is_file():
            continue
        try:
            edition = load_edition(path)
        except TranslateError as exc:
            warn(f"{feed.source}: {row.locale}: {row.guid}: cannot release: {exc.message}")
            continue
        history = edition.reports.get("review", {}).get("history", [])
        if not history:
            continue  # not reviewed yet
        open_ids = unconfirmed_blocking(edition)
        if open_ids:
            warn(f"{feed.source}: {row.locale}: {row.guid}: reviewed, but sentences with"
                 f" blocking findings were not confirmed ({', '.join(open_ids[:5])});"
                 " still held")
            continue
        payload = state.payload(feed, row.guid)
        if payload is None:
            continue
        try:
            item = FeedItem.from_json(payload)
            doc = ItemDocument.build(item, slug=row.slug, source=feed.source,
                                     max_chars=job.max_item_chars)
            doc.drop({d.text for d in edition.article.dropped})
            items_dir = out_root / feed.slug / row.locale / "items"
            for fmt in job.formats:
                _inside(edition_path(edition, items_dir, fmt), out_root)
            edition.review_required = False
            files = write_edition(edition, items_dir, job.formats)
        except TranslateError as exc:
            warn(f"{feed.source}: {row.locale}: {row.guid}: cannot release: {exc.message}")
            continue
        block_map = _block_map(edition)
        run_map = {str(k): str(v) for k, v in dict(held.get("runs") or {}).items()}
        title = doc.article.title or ""
        entry = {k: v for k, v in row.entry.items() if k != "held"}
        entry.update(
            title=block_map.get(title) if title else None,
            summary_html=doc.summary.localized(block_map, run_map) if doc.summary else None,
            content_html=doc.content.localized(block_map, run_map) if doc.content else None,
            review={**row.review, "action": "released", "released": utc_now(),
                    "reviewed": [str(h.get("file")) for h in history],
                    "blocking": len(edition.blocking),
                    "warnings": sum(1 for f in edition.findings if f.severity == "warning")},
        )
        state.update_done(feed, row, outputs=files, entry=entry)
        queue = path.parent
        for leftover in queue.glob(f"{row.slug}.{row.locale}.*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        report.released += 1


def localize_feeds(
    source: str,
    job: FeedJob,
    *,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> FeedSummary:
    """Localize the feed(s) named by ``source`` (URL, file, or ``.txt`` list) for ``job``.

    A feed that cannot be read is reported in the summary and the others go on; raises only
    for what stops every feed (bad targets, formats, output folder, store).
    """
    from .. import engines
    from ..write import check_formats

    warn = warn or (lambda message: log.warning("%s", message))
    progress = progress or Progress(enabled=False)
    check_formats(job.formats)
    if job.executor != "local":
        from ..cluster import check_executor

        check_executor(job.executor)  # a missing extra fails before any state changes
    check_policy(job.policy)
    targets = job.targets if isinstance(job.targets, str) else ",".join(job.targets)
    locales = [p.tag for p in parse_targets(targets)]
    sources = resolve_sources(source)
    out_root = ensure_folder(job.out_dir).resolve()
    sweep_temporaries(out_root)  # what a killed worker of an earlier run left mid-write
    db_path = job.options.resolved_db_path()
    store = Store(db_path)
    summary = FeedSummary()
    try:
        state = FeedState(store)
        scanned: list[tuple[FeedRecord, FeedReport]] = []
        for src in sources:
            report = FeedReport(source=src.location, slug=src.slug)
            summary.feeds.append(report)
            try:
                feed = _scan(state, src, job, out_root, locales, report, warn)
            except TranslateError as exc:
                report.error = ErrorInfo.of(exc)
                continue
            scanned.append((feed, report))
            summary.skipped += report.skipped
        feed_ids = tuple(f.id for f, _ in scanned)
        for feed, report in scanned:  # a locale no engine serves fails once, not per item
            for locale, error in _unserved(feed, locales, job.options).items():
                state.fail_pending(feed, locale, error)
                report.failed_locales[locale] = error.line  # the caller says it, once
        pending = state.pending(feed_ids)
        progress.begin(pending * len(locales))
        with said_when_interrupted(state, feed_ids, "item",
                                   {f.id: report.slug for f, report in scanned}):
            if state.has_pending(feed_ids) and job.executor != "local":
                from ..cluster import run_claims

                context = remote_context(locales, job.formats, job.options, out_root,
                                         job.max_item_chars, job.policy)
                stats = run_claims(job.executor, state, feed_ids, context=context,
                                   process=process_claim, warm=warm_up, actors=job.workers,
                                   on_item=progress_tick(progress, state, feed_ids))
                summary.cluster = dataclasses.asdict(stats)
            if state.has_pending(feed_ids) and job.executor == "local":
                n = max(1, min(job.workers, pending))
                if n > 1:
                    options = job.options
                    if options.engine_options.threads is None:  # share the cores, not oversubscribe
                        threads = max(1, (os.cpu_count() or 1) // n)
                        options = dataclasses.replace(options, engine_options=dataclasses.replace(
                            options.engine_options, threads=threads))
                    args = WorkerArgs(
                        db_path=db_path, feed_ids=feed_ids, targets=tuple(locales),
                        formats=tuple(job.formats), options=options, out_root=out_root,
                        max_item_chars=job.max_item_chars, engines=dict(engines.ENGINES),
                        log_level=logging.getLogger("translate").getEffectiveLevel(),
                        policy=job.policy,
                    )  # fmt: skip
                    _run_workers(n, args, state, progress, warn)
                    for feed, _ in scanned:
                        state.release_stale(feed.id)
                if state.has_pending(feed_ids):  # one process, or what crashed workers left
                    ctx = _context(store, locales, job.formats, job.options, out_root,
                                   job.max_item_chars, job.policy)
                    work(ctx, state, feed_ids, lambda: progress.update(*state.progress(feed_ids)))
        if feed_ids:
            progress.update(*state.progress(feed_ids), force=True)
        progress.end()
        summary.policy = job.policy
        for feed, report in scanned:
            _release_reviewed(state, feed, job, out_root, report, warn)
            public = {locale: 0 for locale in locales}
            failures: dict[str, ErrorInfo] = {}
            listings: dict[Path, dict[str, list[str]]] = {}  # each folder read once a run
            for row in state.run_items(feed):
                _count(summary, report, feed, row, job.list_items, public, failures)
                _clear_superseded(row, out_root, feed.slug, listings)
            for locale, error in failures.items():
                if public.get(locale) == 0 and locale not in report.failed_locales:
                    report.failed_locales[locale] = error.line
            written = [lc for lc in locales if lc not in report.failed_locales or public.get(lc)]
            for locale, error in state.channel_failures(feed).items():
                if locale not in written:
                    continue  # the locale failed as a whole: reported once, as such
                # never silent: the localized feed would carry the title as the source wrote it
                warn(f"{feed.source}: {locale}: the feed's own title and description were not"
                     f" translated ({error.line}); its localized feed keeps them as written")
                summary.failed += 1
                report.failed += 1
                summary.items.append(ItemReport(
                    feed=feed.slug, guid="(channel)", id="channel", locale=locale,
                    status="failed", files=[], segments=0, error=error))  # fmt: skip
            _publish(state, feed, written, job, report)
        summary.released = sum(r.released for r in summary.feeds)
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError):
        raise  # bad rows or calls are bugs, not the state's
    except sqlite3.Error as exc:  # a read of a spoiled state (the writes are guarded)
        raise store_error(db_path, exc) from None
    finally:
        progress.end()
        store.close()
        sweep_temporaries(out_root)  # what a worker or actor killed in this run left
    return summary
