"""``translate run``: articles in, localized editions out."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import InputError, OutputError, TranslateError, worst_exit_code
from ..options import RunOptions
from ..publish import POLICIES, Policy
from .common import json_errors, run_options
from .models import packages_dir_option

if TYPE_CHECKING:  # the pipeline (babel, the glossary, CLDR data) loads when a command runs
    from ..locales import LocaleProfile
    from ..model import Edition
    from ..pipeline import RunResult
    from ..publish import Verdict


def _split(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    """``"md, HTML,md"`` -> ``["md", "html"]``: case folded, each format once."""
    return list(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))


def _edition_lines(edition: Edition, verdict: Verdict | None = None) -> list[str]:
    origins = edition.stats.get("origins", {})
    done = ", ".join(f"{n} {k}" for k, n in origins.items() if n)
    pivot = f" via {edition.signature.pivot}" if edition.signature.pivot else ""
    lines = [
        f"  {edition.locale}: {edition.stats.get('segments')} sentences ({done}); "
        f"{edition.signature.engine} {edition.signature.model}{pivot}"
    ]
    glossary = edition.reports.get("glossary")
    if glossary is not None and glossary.get("summary"):
        lines.append(f"    glossary: {glossary['summary']}")
    by_check: dict[str, int] = {}
    for finding in edition.findings:
        by_check[finding.check] = by_check.get(finding.check, 0) + 1
    if by_check:
        lines.append("    to review: " + ", ".join(f"{n} {k}" for k, n in sorted(by_check.items())))
    blocking = edition.blocking
    if blocking:
        action = verdict.action if verdict is not None else "published"
        lines.append(
            f"    BLOCKING: {len(blocking)} finding(s) a reviewer must clear; edition {action}"
        )
        for finding in blocking[:5]:
            where = f"{finding.segment}: " if finding.segment else ""
            lines.append(f"      [{finding.check}] {where}{finding.message}")
        if len(blocking) > 5:
            lines.append(f"      ... and {len(blocking) - 5} more (see the JSON edition)")
    return lines


def print_summary(result: RunResult) -> None:
    article = result.article
    lang = article.lang
    conf = f" (confidence {lang.confidence:.2f})" if lang else ""
    click.echo(
        f"{article.source}: {lang.lang if lang else 'und'}{conf}, {article.word_count} words"
    )
    from ..read import INPUT_RULES  # the run path has imported it already

    # The reader's own notes (numbers joined, text too deep to read) are not boilerplate.
    notes = [d for d in article.dropped if d.rule in INPUT_RULES]
    dropped = [d for d in article.dropped if d.rule not in INPUT_RULES]
    for heading, entries in (("dropped as boilerplate", dropped), ("changed on input", notes)):
        if entries:
            click.echo(f"  {heading} ({len(entries)}):")
        for d in entries:
            text = d.text if len(d.text) <= 70 else d.text[:67] + "..."
            click.echo(f"    [{d.rule}] {text}")
    verdicts: list[Verdict | None] = list(result.verdicts) or [None] * len(result.editions)
    for edition, verdict in zip(result.editions, verdicts, strict=True):
        for line in _edition_lines(edition, verdict):
            click.echo(line)
    for failure in result.failures:
        click.echo(f"  {failure.locale}: FAILED {failure.error.line}")
    for path in result.files:
        click.echo(f"  wrote {path}")


@click.command("run")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=True, allow_dash=True))
@click.option(
    "--to",
    "targets",
    required=True,
    metavar="LOCALES",
    help="Target locales, comma-separated BCP 47 tags (pt-BR,de).",
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="editions",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder for the editions.",
)
@click.option(
    "--format",
    "formats",
    default="md,json",
    show_default=True,
    callback=_split,
    help="Edition formats, comma-separated.",
)
@run_options()
@packages_dir_option
@click.option(
    "--beam-size", type=click.IntRange(min=1), default=None, help="Beam size (Argos engine)."
)
@click.option(
    "--on-findings",
    "policy",
    type=click.Choice(POLICIES),
    default="mark",
    show_default=True,
    help="What to do with an edition that has blocking findings: publish it as is, mark it"
    " 'review required', hold it in OUT/held/ for review, or fail (write nothing).",
)
@click.option(
    "--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print a JSON summary (a list, one per input)."
)
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@click.option(
    "--jsonl",
    "jsonl",
    default=None,
    metavar="FILE",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="Read one JSON article per line from FILE (- for stdin); write one JSON result"
    " per line on stdout (no files).",
)
@click.option(
    "--page-url",
    default=None,
    metavar="URL",
    help="The page's own address (one input file): its relative links and images are made"
    " absolute against it. Without it (and without a canonical, og:url or <base> in the page)"
    " they stay relative and each edition warns how many.",
)
@click.option(
    "--max-record-bytes",
    type=click.IntRange(min=1024),
    default=None,
    metavar="N",
    help="With --jsonl: a record (line) longer than N bytes gets an error record and is"
    " skipped; the stream goes on [default: 1048576].",
)
def run(
    files: tuple[Path, ...],
    targets: str,
    out_dir: Path,
    formats: list[str],
    options: RunOptions,
    policy: Policy,
    as_json: bool,
    quiet: bool,
    jsonl: Path | None,
    page_url: str | None,
    max_record_bytes: int | None,
) -> None:
    """Translate FILES (.txt, .md, .html; - for stdin) into localized editions.

    Every input is processed; one that fails says why on stderr (and in --json) and the run
    goes on. The exit code is the worst outcome: an input error's own code, 10 when a target
    failed beside written ones, 9 when blocking findings marked, held or withheld an edition.
    """
    from ..locales import parse_targets
    from ..write import check_formats

    check_formats(formats)
    profiles = parse_targets(targets)
    if page_url is not None:
        from ..read import check_page_url

        one_file = len(files) == 1 and (str(files[0]) == "-" or not files[0].is_dir())
        if jsonl is not None or not one_file:
            raise click.UsageError(
                "--page-url names one page: give one input file (JSON records carry a \"url\")"
            )
        page_url = check_page_url(page_url)
    if jsonl is not None or not files:
        _run_jsonl(jsonl, files, profiles, options, max_record_bytes)
        return
    if max_record_bytes is not None:
        raise click.UsageError("--max-record-bytes applies to --jsonl only")
    if out_dir.exists() and not out_dir.is_dir():  # say so before translating, not after
        raise OutputError(f"cannot write to {out_dir}: it is a file, not a folder")
    with _engine_children():
        # the model's child first: the rest of this process's start (the reader's import
        # here, the pipeline's next) runs while it loads; an input error below stops it
        _start_engine_early(files, profiles, options)
        from ..read import unique_inputs

        files = unique_inputs(files)
        _run_files(files, profiles, out_dir, formats, options, policy, as_json, quiet,
                   page_url)  # fmt: skip


@contextlib.contextmanager
def _engine_children() -> Iterator[None]:
    """The embedded engine's model in a child process for this one command
    (translate.engines.child), when this process is the command's own (``setup_process``; not
    a test's CliRunner, a library user or a service): stopped when the command ends, however
    it ends."""
    from ..engines import child
    from . import one_shot_process

    child.enable(one_shot_process)
    try:
        yield
    finally:
        child.close_all()
        child.enable(False)


def _start_engine_early(
    files: tuple[Path, ...], profiles: list[LocaleProfile], options: RunOptions
) -> None:
    """Start the model the run will most likely need, in a child process, before the pipeline
    is even imported (its imports, reading, detection and the glossary then run beside the
    load). Not when no engine is likely needed: an input that is not there fails first, and an
    MT cache that already holds this engine's output may serve the whole article (the model
    then loads in-process, only if a sentence misses). A wrong guess costs an idle core and a
    child stopped at the end, never a wrong route: the pipeline plans the route itself."""
    from ..engines import child

    if not child.enabled():
        return
    if options.use_cache and _cache_holds("embedded", options.resolved_db_path()):
        child.enable(False)  # the pipeline's own preload neither
        return
    if not all(str(p) == "-" or p.is_file() for p in files):
        return
    from ..errors import TranslateError
    from ..mt import engines_for, plan_route

    for profile in profiles:
        names = [options.engine] if options.engine else list(profile.engines)
        try:
            source = options.source_lang
            if source is None:
                served = {
                    s
                    for engine in engines_for(names, options.engine_options)
                    for s, t in engine.pairs()
                    if t == profile.language
                }
                if len(served) != 1:
                    continue
                source = served.pop()
            if source == profile.language:
                continue
            for hop in plan_route(source, profile.language, names, options.engine_options).hops:
                if hop.engine.preload_overlaps and hop.engine.name == "embedded":
                    hop.engine.preload(hop.source, hop.target)
        except TranslateError:
            continue


def _cache_holds(engine: str, db_path: Path) -> bool:
    """Whether the MT cache at ``db_path`` holds any of ``engine``'s output (read-only; a
    missing or unreadable cache holds none)."""
    import sqlite3

    if not db_path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT 1 FROM mt_cache WHERE engine=? LIMIT 1", (engine,))
            return row.fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # cannot tell: do as before (load on first use)


def _run_files(
    files: tuple[Path, ...],
    profiles: list[LocaleProfile],
    out_dir: Path,
    formats: list[str],
    options: RunOptions,
    policy: Policy,
    as_json: bool,
    quiet: bool,
    page_url: str | None = None,
) -> None:
    from ..pipeline import open_store, run_file

    store = open_store(options)
    payload: list[dict[str, object]] = []
    codes: list[int] = []
    try:
        for path in files:
            try:
                result = run_file(path, profiles, out_dir, formats, options, store, policy,
                                  page_url)  # fmt: skip
            except TranslateError as exc:
                if isinstance(exc, OutputError):
                    raise  # the output folder is the same for every input: stop here
                codes.append(exc.exit_code)
                payload.append(
                    {"input": str(path), "exit_code": exc.exit_code,
                     "error": {"code": exc.code, "message": exc.format_line()}}
                )  # fmt: skip
                if not as_json:
                    click.echo(exc.format_line(), err=True)
                continue
            codes.append(result.exit_code)
            payload.append(result.to_dict())
            if not quiet and not as_json:
                print_summary(result)
            if not as_json:  # a target that failed beside written ones (exit 10) is an error:
                # one line on stderr, as `batch` and `feed` say it, even under --quiet
                for failure in result.failures:
                    click.echo(f"failed: {path} {failure.locale}: {failure.error.line}",
                               err=True)
    except KeyboardInterrupt as exc:  # said on the command's line (fuzz37), as batch says it
        if len(files) > 1:
            left = files[len(payload):]
            exc.add_note(f"{len(payload)} of {len(files)} inputs done (written),"
                         f" {len(left)} left, from {left[0]}: run them again"
                         if left else f"all {len(files)} inputs done (written)")
        raise
    finally:
        if store is not None:
            store.close()
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    code = worst_exit_code(codes)
    if code:
        click.get_current_context().exit(code)


def _run_jsonl(
    jsonl: Path | None, files: tuple[Path, ...], profiles: list[LocaleProfile],
    options: RunOptions, max_record_bytes: int | None = None,
) -> None:
    """``--jsonl``: stdout carries only result lines; exits non-zero only if every line failed."""
    import sys

    from ..fsutil import open_regular
    from ..jsonl import MAX_RECORD_BYTES, bounded_lines, translate_lines
    from ..pipeline import open_store

    if jsonl is None or files:
        raise click.UsageError("give FILES, or --jsonl FILE without FILES")
    store = open_store(options)
    ok, first_error = 0, None
    try:
        with contextlib.ExitStack() as stack:
            if str(jsonl) == "-":
                handle = sys.stdin.buffer
            else:
                try:
                    handle = stack.enter_context(open_regular(jsonl))
                except OSError as exc:  # a FIFO or a device too: refused, never blocked on
                    message = f"cannot read: {exc.strerror or exc}"
                    raise InputError(message, path=str(jsonl)) from None
            for result in translate_lines(
                bounded_lines(handle, max_record_bytes or MAX_RECORD_BYTES), profiles, options,
                store, source=str(jsonl),
            ):
                click.echo(json.dumps(result, ensure_ascii=False))
                if "error" in result:
                    first_error = first_error or result["error"]
                else:
                    ok += 1
    finally:
        if store is not None:
            store.close()
    if first_error is not None and not ok:
        click.get_current_context().exit(int(first_error["exit_code"]))


COMMANDS = [run]
