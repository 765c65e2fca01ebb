"""``translate feed``: localize RSS/Atom feeds incrementally, resumably, with N workers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..options import RunOptions
from .common import run_options


def _split(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def _default_formats() -> list[str]:
    from ..write import WRITERS

    return ["html", "json"] if "html" in WRITERS else ["md", "json"]


@click.command("feed")
@click.argument("source")
@click.option("--to", "targets", required=True, metavar="LOCALES",
              help="Target locales, comma-separated BCP 47 tags (pt-BR,es).")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the localized feeds and item pages.")
@click.option("--format", "formats", default=None, callback=_split,
              help="Item edition formats, comma-separated [default: html,json if available, else"
                   " md,json]. The feed links to the html page (else the md one).")
@click.option("--workers", type=click.IntRange(min=1, max=1024), default=None,
              help="Worker processes (each loads its models once) [default: 1]; with"
                   " --executor ray, Ray actors [default: one per CPU of the cluster].")
@click.option("--executor", default="local", show_default=True, metavar="local|ray[=ADDRESS]",
              help="Where the work runs: processes on this machine, or a Ray cluster (RAY_ADDRESS,"
                   " ADDRESS, else a local one); needs the 'ray' extra (exit code 11 without it).")
@click.option("--force", is_flag=True, help="Translate every item again, even unchanged ones.")
@click.option("--base-url", default=None, metavar="URL",
              help="Public URL of --out, for absolute links in the localized feeds.")
@run_options(threads_help="Engine threads per worker.")
@click.option("--max-item-chars", type=click.IntRange(min=1000), default=None,
              help="Text per item beyond which the rest is left out [default: 100000].")
@click.option("--timeout", type=click.FloatRange(min=1), default=30.0, show_default=True,
              help="Seconds for the whole download of a feed URL.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def feed(
    ctx: click.Context, source: str, targets: str, out_dir: Path, formats: list[str] | None,
    workers: int | None, executor: str, force: bool, base_url: str | None, options: RunOptions,
    max_item_chars: int | None, timeout: float, as_json: bool, quiet: bool,
) -> None:
    """Localize the RSS/Atom feed SOURCE (URL, file, or .txt list of feeds) into OUT.

    \b
    Writes OUT/<feed>/<locale>/rss.xml (or atom.xml) and the item pages under
    OUT/<feed>/<locale>/items/. Re-runs translate only new or changed items; an
    interrupted run is finished by the next one. A URL is fetched only because you named it.
    """
    from ..cluster import parse_executor
    from ..feeds.run import MAX_ITEM_CHARS, FeedJob, Progress, localize_feeds

    local = parse_executor(executor).kind == "local"
    job = FeedJob(
        targets=targets, out_dir=out_dir, formats=tuple(formats or _default_formats()),
        options=options, workers=workers or (1 if local else 0), force=force, base_url=base_url,
        max_item_chars=max_item_chars or MAX_ITEM_CHARS, timeout=timeout, list_items=as_json,
        executor=executor,
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
        if item.status == "failed" and item.error is not None and not quiet:
            click.echo(f"failed: {item.feed} {item.locale} {item.guid}: {item.error.line}",
                       err=True)
    for report in summary.feeds:
        if report.error is not None:
            click.echo(report.error.line, err=True)
    code = summary.exit_code()
    if code:
        ctx.exit(code)


COMMANDS = [feed]
