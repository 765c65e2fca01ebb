"""``translate feed``: localize RSS/Atom feeds incrementally, resumably, with N workers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import EXIT_PARTLY_DONE, TranslateError
from ..options import RunOptions
from .glossary import glossary_options


def _split(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def _default_formats() -> list[str]:
    from ..write import WRITERS

    return ["html", "json"] if "html" in WRITERS else ["md", "json"]


def _exit_code(error_line: str) -> int:
    """The exit code of an ``error[E0xx]: ...`` line, from the error classes themselves."""
    classes: list[type[TranslateError]] = [TranslateError]
    seen: dict[str, int] = {}
    while classes:
        cls = classes.pop()
        seen.setdefault(cls.code, cls.exit_code)
        classes.extend(cls.__subclasses__())
    code = error_line.partition("[")[2].partition("]")[0]
    return seen.get(code, 1)


@click.command("feed")
@click.argument("source")
@click.option("--to", "targets", required=True, metavar="LOCALES",
              help="Target locales, comma-separated BCP 47 tags (pt-BR,es).")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the localized feeds and item pages.")
@click.option("--format", "formats", default=None, callback=_split,
              help="Item edition formats, comma-separated [default: html,json if available, else"
                   " md,json]. The feed links to the html page (else the md one).")
@click.option("--workers", type=click.IntRange(min=1, max=64), default=1, show_default=True,
              help="Worker processes (each loads its models once).")
@click.option("--force", is_flag=True, help="Translate every item again, even unchanged ones.")
@click.option("--base-url", default=None, metavar="URL",
              help="Public URL of --out, for absolute links in the localized feeds.")
@click.option("--from", "source_lang", default=None, metavar="LANG",
              help="Source language (skips detection).")
@click.option("--engine", default=None, help="Engine to use instead of the locale profile's.")
@click.option("--keep-boilerplate", is_flag=True, help="Do not drop share prompts etc.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the translation cache.")
@click.option("--db", "db_path", default=None, type=click.Path(path_type=Path, dir_okay=False),
              help="SQLite store for feed state and cache (default: $TRANSLATE_HOME/translate.db).")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="Engine threads per worker.")
@click.option("--max-item-chars", type=click.IntRange(min=1000), default=None,
              help="Text per item beyond which the rest is left out [default: 100000].")
@click.option("--timeout", type=click.FloatRange(min=1), default=30.0, show_default=True,
              help="Seconds to wait for a feed URL to connect, answer, or send more.")
@click.option("--deadline", type=click.FloatRange(min=1), default=120.0, show_default=True,
              help="Seconds for the whole download of a feed URL (redirects included).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@glossary_options
@click.pass_context
def feed(
    ctx: click.Context, source: str, targets: str, out_dir: Path, formats: list[str] | None,
    workers: int, force: bool, base_url: str | None, source_lang: str | None, engine: str | None,
    keep_boilerplate: bool, no_cache: bool, db_path: Path | None, threads: int | None,
    max_item_chars: int | None, timeout: float, deadline: float, as_json: bool, quiet: bool,
    glossary_paths: tuple[Path, ...], no_builtin: bool,
) -> None:
    """Localize the RSS/Atom feed SOURCE (URL, file, or .txt list of feeds) into OUT.

    \b
    Writes OUT/<feed>/<locale>/rss.xml (or atom.xml) and the item pages under
    OUT/<feed>/<locale>/items/. Re-runs translate only new or changed items; an
    interrupted run is finished by the next one. A URL is fetched only because you named it.
    """
    from ..feedrun import MAX_ITEM_CHARS, FeedJob, Progress, localize_feeds

    engine_options: dict[str, object] = {"threads": threads} if threads else {}
    options = RunOptions(
        engine=engine, source_lang=source_lang, keep_boilerplate=keep_boilerplate,
        use_cache=not no_cache, use_tm=not no_cache, db_path=db_path, threads=threads,
        engine_options=engine_options, glossary_paths=list(glossary_paths),
        builtin_glossary=not no_builtin,
    )  # fmt: skip
    job = FeedJob(
        targets=targets, out_dir=out_dir, formats=tuple(formats or _default_formats()),
        options=options, workers=workers, force=force, base_url=base_url,
        max_item_chars=max_item_chars or MAX_ITEM_CHARS, timeout=timeout,
        deadline=deadline, list_items=as_json,
    )  # fmt: skip

    def warn(message: str) -> None:
        if not quiet:
            click.echo(f"warning: {message}", err=True)

    progress = Progress(sys.stderr, enabled=None if not (quiet or as_json) else False)
    summary = localize_feeds(source, job, progress=progress, warn=warn)

    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        for report in summary.feeds:
            if report.error:
                continue
            for locale, path in report.feeds.items():
                click.echo(f"{report.slug} {locale}: wrote {path}")
        click.echo(
            f"{summary.translated} translated, {summary.skipped} skipped (unchanged),"
            f" {summary.failed} failed" + (f", {summary.pending} left" if summary.pending else "")
        )
    for item in summary.items:
        if item["status"] == "failed" and not quiet:
            click.echo(f"failed: {item['feed']} {item['locale']} {item['guid']}: {item['error']}",
                       err=True)
    errors = [r.error for r in summary.feeds if r.error]
    for error in errors:
        click.echo(error, err=True)
    if errors and len(errors) == len(summary.feeds):
        ctx.exit(_exit_code(errors[0]))  # no feed could be read
    if summary.failed and not summary.translated and not summary.skipped:
        first = next(i["error"] for i in summary.items if i["status"] == "failed")
        ctx.exit(_exit_code(str(first)))  # nothing worked: the error says why
    if any(r.partial for r in summary.feeds):
        ctx.exit(EXIT_PARTLY_DONE)  # a feed could be read only in part: its warning says why


COMMANDS = [feed]
