"""Localize a batch of articles (a folder of files, or a JSONL file) resumably, on any executor.

A batch is kept in the same state store as a feed (:mod:`translate.feeds.state`): each article
is an entry keyed by its id, each (article, locale) an item edition with a status. So a batch
has the feeds' guarantees: an article is translated once per content and locale, an
interrupted batch is finished by the next run, a bad article gets its error record and the
others go on, and N local processes or Ray actors share the work through claims.

Editions are written as ``translate run`` writes them (``OUT/<id>.<locale>.<ext>``), by the same
stages and the same publication policy (:mod:`translate.publish`; ``mark`` by default, as ``run``),
so a batch and one ``run`` per file make the same editions: an edition with blocking findings is
marked "review required", held in ``OUT/held/`` or withheld, and the run exits 9.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import jsontext
from ..errors import ErrorInfo, InputError, InternalError, TranslateError
from ..fsutil import ensure_folder, larger_than, sweep_temporaries
from ..locales import parse_targets
from ..model import Article
from ..options import RunOptions
from ..publish import HELD_DIR, Policy, verdict
from ..read import MAX_INPUT_BYTES, file_slug, read_article
from ..store import Store
from .run import (
    FeedReport,
    FeedSummary,
    Progress,
    WorkContext,
    held_formats,
    origin_counts,
    progress_tick,
    remote_context,
    said_when_interrupted,
    sentences_clause,
    warm_up,
)
from .state import Claim, FeedState

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
SCAN_BATCH = 200


@dataclass
class BatchJob:
    """What a batch run makes: targets, output folder, formats and how the work is shared."""

    targets: Sequence[str] | str
    out_dir: Path
    formats: Sequence[str] = ("md", "json")
    options: RunOptions = field(default_factory=RunOptions)
    workers: int = 1  # local processes; with Ray, actors (0: one per CPU of the cluster)
    force: bool = False
    executor: str = "local"  # "local", "ray" or "ray=ADDRESS"
    list_items: bool = True  # False: the summary lists failed and flagged items only
    policy: Policy = "mark"  # an edition with blocking findings, as `translate run` (publish.py)


def _recipe(job: BatchJob) -> str:
    options = job.options
    return "|".join([",".join(sorted(job.formats)), options.engine or "",
                     options.source_lang or "", str(options.keep_boilerplate),
                     str(options.builtin_glossary),
                     ",".join(sorted(str(p) for p in options.glossary_paths))])


def _digest(data: bytes, recipe: str) -> str:
    return hashlib.sha256(recipe.encode() + b"\0" + data).hexdigest()[:32]


Entry = tuple[str, str, str, int, dict[str, Any]]  # key, content hash, slug, position, payload


def _folder_entries(folder: Path, recipe: str, warn: Callable[[str], None]) -> Iterator[Entry]:
    """One entry per article file in ``folder`` (not recursive), streamed in directory order."""
    position = 0
    with os.scandir(folder) as listing:
        for dirent in listing:
            path = Path(dirent.path)
            if not dirent.is_file() or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            try:
                data = path.read_bytes()
            except OSError as exc:
                warn(f"{path}: cannot read: {exc.strerror or exc}")
                continue
            slug = file_slug(path.stem)
            yield (dirent.name, _digest(data, recipe), slug, position,
                   {"path": str(path.resolve())})
            position += 1


def _jsonl_entries(path: Path, recipe: str) -> Iterator[Entry]:
    """One entry per non-blank line of a JSONL file, streamed; a line that is not an article
    keeps its raw text, so that its error is recorded when it is processed."""
    from ..jsonl import OversizeRecord, bounded_lines
    from ..read import slugify

    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    with handle:
        for number, raw in enumerate(bounded_lines(handle), start=1):
            if isinstance(raw, OversizeRecord):  # too long to read: its error record, no text
                named = raw.article_id()
                key = slugify(named) if named is not None else f"line-{number}"
                oversize = {"line": number, "oversize": raw.size, "limit": raw.limit}
                yield key, f"oversize:{raw.size}:{recipe}", key, number, oversize
                continue
            if not raw.strip():
                continue
            found = _line_id(raw)
            key = slugify(found) if found is not None else f"line-{number}"
            text = raw.decode("utf-8", "replace")
            payload: dict[str, Any] = {"line": number, "raw": text}
            if text.encode("utf-8") != raw:  # undecodable: the worker reports it
                payload = {"line": number, "raw_hex": raw.hex(), "bad_utf8": True}
            yield key, _digest(raw, recipe), key, number, payload


def _entries(source: Path, recipe: str, warn: Callable[[str], None]) -> Iterator[Entry]:
    if source.is_dir():
        return _folder_entries(source, recipe, warn)
    if source.is_file():
        return _jsonl_entries(source, recipe)
    raise InputError("no such file or folder", path=str(source))


def _scan(state: FeedState, source: Path, job: BatchJob, out_root: Path, locales: list[str],
          report: FeedReport, warn: Callable[[str], None]) -> int:
    """Stream the batch into the state store; returns the feed id. Repeated ids are refused."""
    location = str(source.resolve())
    entries = _entries(source, _recipe(job), warn)
    first = next(entries, None)
    if first is None:  # an empty work list is a mistake said, as `feed`'s empty feed list is
        what = ("the folder holds no article file (.txt, .md, .markdown, .html, .htm)"
                if source.is_dir() else
                "the JSONL file holds no article (no line that is not blank)")
        raise InputError(what, path=str(source))
    entries = itertools.chain((first,), entries)
    feed = state.begin_run(location, out_root, file_slug(source.stem) or "batch")
    state.set_channel(feed.id, "batch", {"title": location})
    batch: list[Entry] = []
    keys: set[str] = set()

    def flush() -> None:
        got = state.record_entries(feed, batch, locales, force=job.force)
        report.skipped += got.skipped
        batch.clear()
        keys.clear()

    for entry in entries:
        key = entry[0]
        seen = key in keys or state.conn.execute(
            "SELECT 1 FROM feed_entries WHERE feed = ? AND guid = ? AND run = ?",
            (feed.id, key, feed.run),
        ).fetchone() is not None
        if seen:
            message = f"{location}: {key!r} repeats an earlier article id; left out"
            report.warnings.append(message)
            warn(message)
            continue
        keys.add(key)
        batch.append(entry)
        if len(batch) >= SCAN_BATCH:
            flush()
    flush()
    return feed.id


def _line_id(raw: bytes) -> str | None:
    """The ``id`` of a JSONL line, if it has one (the article's key in the store)."""
    try:
        obj = jsontext.loads(raw)
    except ValueError:  # jsontext.BadJSON: malformed, too deep, a number too long
        return None
    found = obj.get("id") if isinstance(obj, dict) else None
    return str(found) if isinstance(found, (str, int)) and not isinstance(found, bool) else None


def _read_line(raw: bytes | str, line: int, options: RunOptions,
               source: str) -> tuple[Article, RunOptions]:
    """The article of one JSONL line (as ``translate run --jsonl`` reads it)."""
    from ..jsonl import article_from_object

    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"line {larger_than(MAX_INPUT_BYTES)}")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig" if line == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-8 (byte {exc.start})") from None
    if line == 1:  # the work list's byte-order mark, kept by the scan's text (run --jsonl drops it)
        raw = raw.removeprefix("\ufeff")
    try:
        obj = jsontext.loads(raw, line=line)
    except jsontext.BadJSON as exc:
        raise InputError(str(exc)) from None
    request = article_from_object(obj, source=f"{source}:{line}", default_id=f"line-{line}")
    if request.source_lang:
        options = dataclasses.replace(options, source_lang=request.source_lang)
    return request.article, options


def _article(claim: Claim, options: RunOptions) -> tuple[Article, RunOptions]:
    payload = claim.payload
    if "path" in payload:
        return read_article(payload["path"], max_chars=options.max_article_chars), options
    if "oversize" in payload:
        raise InputError(
            f"record of {payload['oversize']} bytes is"
            f" {larger_than(int(payload['limit']), 'record')}",
            path=f"{claim.feed.source}:{payload['line']}",
        )
    raw: bytes | str = (bytes.fromhex(payload["raw_hex"]) if payload.get("bad_utf8")
                        else payload["raw"])
    return _read_line(raw, int(payload["line"]), options, claim.feed.source)


def process_article_claim(claim: Claim, ctx: WorkContext) -> None:
    """Translate one claimed article for each of its locales; write, then mark done (or failed).

    The same stages as :func:`translate.pipeline.run_file`: the editions are the same.
    """
    from ..pipeline import prepare, translate_prepared

    try:
        article, options = _article(claim, ctx.options)
        prepared = prepare(article, options)
    except TranslateError as exc:
        for locale in claim.locales:
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(exc))
        return
    except Exception as exc:  # a bug on one article must not stop the batch
        log.exception("article %s failed", claim.guid)
        for locale in claim.locales:
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(InternalError.wrap(exc)))
        return
    for locale in claim.locales:
        try:
            edition = translate_prepared(prepared, ctx.profiles[locale], options, ctx.cache)
            decided = verdict(edition, ctx.policy)  # as run_file: translate.publish
            edition.review_required = decided.action == "marked"
            target_dir, formats = ctx.out_root, ctx.formats
            if decided.action == "held":  # the review queue, never the public folder
                target_dir, formats = ctx.out_root / HELD_DIR, held_formats(ctx.formats)
            files = ([] if decided.action == "withheld"
                     else ctx.output.write(edition, target_dir, formats))
            lines = [f"{f.check}: {f.message}" for f in edition.findings if f.severity == "error"]
            entry = {"id": edition.article.id, "locale": locale,
                     "review": {**decided.to_dict(), "findings": lines[:20]},
                     "origins": origin_counts(edition)}
            ctx.state.mark_done(claim, locale, outputs=files, entry=entry,
                                segments=len(edition.segments))
        except TranslateError as exc:
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(exc))
        except Exception as exc:
            log.exception("article %s failed", claim.guid)
            ctx.state.mark_failed(claim, locale, ErrorInfo.of(InternalError.wrap(exc)))


def _local_workers(n: int, db_path: Path, feed_id: int, locales: list[str], job: BatchJob,
                   out_root: Path, state: FeedState, progress: Progress,
                   warn: Callable[[str], None]) -> None:
    from .. import engines
    from .run import WorkerArgs, _run_workers

    options = job.options
    if options.engine_options.threads is None:
        threads = max(1, (os.cpu_count() or 1) // n)
        options = dataclasses.replace(options, engine_options=dataclasses.replace(
            options.engine_options, threads=threads))
    args = WorkerArgs(
        db_path=db_path, feed_ids=(feed_id,), targets=tuple(locales), formats=tuple(job.formats),
        options=options, out_root=out_root, max_item_chars=0, engines=dict(engines.ENGINES),
        log_level=logging.getLogger("translate").getEffectiveLevel(),
        process=process_article_claim, policy=job.policy,
    )  # fmt: skip
    _run_workers(n, args, state, progress, warn)
    state.release_stale(feed_id)


def localize_batch(
    source: str | Path,
    job: BatchJob,
    *,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> FeedSummary:
    """Localize every article of ``source`` (a folder of .txt/.md/.html files, or a JSONL file
    of article objects) for ``job``; returns the summary (counts of item editions)."""
    from ..write import check_formats
    from .run import _context, _count, work

    warn = warn or (lambda message: log.warning("%s", message))
    progress = progress or Progress(enabled=False)
    check_formats(job.formats)
    if job.executor != "local":
        from ..cluster import check_executor

        check_executor(job.executor)
    targets = job.targets if isinstance(job.targets, str) else ",".join(job.targets)
    locales = [p.tag for p in parse_targets(targets)]
    source = Path(source)
    if not source.exists():
        raise InputError("no such file or folder", path=str(source))
    out_root = ensure_folder(job.out_dir).resolve()
    sweep_temporaries(out_root)  # what a killed worker of an earlier run left mid-write
    db_path = job.options.resolved_db_path()
    store = Store(db_path)
    summary = FeedSummary(policy=job.policy)
    report = FeedReport(source=str(source), slug=file_slug(source.stem) or "batch", kind="batch")
    summary.feeds.append(report)
    try:
        state = FeedState(store)
        feed_id = _scan(state, source, job, out_root, locales, report, warn)
        summary.skipped = report.skipped
        ids = (feed_id,)
        progress.begin(state.pending(ids) * len(locales))
        tick = progress_tick(progress, state, ids)
        with said_when_interrupted(state, ids, "article"):
            if state.has_pending(ids) and job.executor != "local":
                from ..cluster import run_claims

                context = remote_context(locales, job.formats, job.options, out_root, 0,
                                         job.policy)
                stats = run_claims(job.executor, state, ids, context=context,
                                   process=process_article_claim, warm=warm_up,
                                   actors=job.workers, on_item=tick)
                summary.cluster = dataclasses.asdict(stats)
            if state.has_pending(ids) and job.executor == "local":
                n = max(1, min(job.workers, state.pending(ids)))
                if n > 1:
                    _local_workers(n, db_path, feed_id, locales, job, out_root, state, progress,
                                   warn)
                if state.has_pending(ids):
                    ctx = _context(store, locales, job.formats, job.options, out_root, 0,
                                   job.policy)
                    work(ctx, state, ids, tick, process=process_article_claim)
        progress.update(*state.progress(ids), force=True)
        progress.end()
        feed = state.feed(feed_id)
        for row in state.run_items(feed):  # counted as a feed's items are, source included
            _count(summary, report, feed, row, job.list_items, {}, {})
    finally:
        progress.end()
        store.close()
        sweep_temporaries(out_root)  # what a worker or actor killed in this run left
    return summary


def summary_line(summary: FeedSummary) -> str:
    flagged = summary.marked + summary.held + summary.withheld
    return (f"{summary.translated} translated, {summary.skipped} skipped (unchanged),"
            f" {summary.failed} failed" + (f", {summary.pending} left" if summary.pending else "")
            + (f"; {summary.marked} marked, {summary.held} held, {summary.withheld} withheld for"
               f" {summary.blocking} blocking findings" if flagged else "")
            + sentences_clause(summary.origins))


__all__ = ["BatchJob", "localize_batch", "process_article_claim", "summary_line"]
