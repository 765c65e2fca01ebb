"""``translate feed``: localize RSS/Atom feeds incrementally, resumably, with N workers."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..options import RunOptions
from ..publish import POLICIES
from .common import executor_options, json_errors, out_folder, run_options

if TYPE_CHECKING:
    from ..feeds.run import FeedSummary


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
@click.option("-o", "--out", "out_dir", required=True,
              type=click.Path(path_type=Path), callback=out_folder,
              help="Folder for the localized feeds and item pages.")
@click.option("--format", "formats", default=None, callback=_split,
              help="Item edition formats, comma-separated [default: html,json if available, else"
                   " md,json]. The feed links to the html page (else the md one).")
@executor_options("item")
@click.option("--base-url", default=None, metavar="URL",
              help="Public URL of --out, for absolute links in the localized feeds.")
@run_options(threads_help="Engine threads per worker.")
@click.option("--max-item-chars", type=click.IntRange(min=1000), default=None,
              help="Text per item beyond which the rest is left out [default: 100000].")
@click.option("--max-items", type=click.IntRange(min=1), default=None,
              help="Items of one feed localized per run; a feed that lists more is localized"
                   " in part (exit 10) [default: 1000].")
@click.option("--timeout", type=click.FloatRange(min=1), default=30.0, show_default=True,
              help="Seconds for the whole download of a feed URL.")
@click.option("--on-findings", "policy", type=click.Choice(POLICIES), default="hold",
              show_default=True,
              help="What to do with an item that has blocking findings (a number, name or"
                   " sentence the pipeline cannot vouch for): publish it, publish it marked"
                   " 'review required', hold it out of the public feed in OUT/held/ until"
                   " `translate review apply` releases it, or fail (write nothing).")
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print a JSON summary on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def feed(
    ctx: click.Context, source: str, targets: str, out_dir: Path, formats: list[str] | None,
    workers: int, executor: str, force: bool, base_url: str | None, options: RunOptions,
    max_item_chars: int | None, max_items: int | None, timeout: float, policy: str,
    as_json: bool, quiet: bool,
) -> None:
    """Localize the RSS, Atom or JSON feed SOURCE (URL, file, or .txt list of feeds) into OUT.

    \b
    Writes OUT/<feed>/<locale>/rss.xml (atom.xml, feed.json: the source's kind) and the
    item pages under OUT/<feed>/<locale>/items/. Re-runs translate only new or changed items; an
    interrupted run is finished by the next one. A URL is fetched only because you named it.

    \b
    Items with blocking findings are held by default: their files go to the
    review queue OUT/held/<feed>/<locale>/ (JSON edition, XLIFF, PO, review
    page), not to the public feed. `translate review apply` on the XLIFF or PO
    file there releases the item: the next `translate feed` run publishes it.
    Exit codes: 9 items held (or marked/withheld) for blocking findings,
    10 partly done (a locale or some items failed, the rest was written).
    """
    from ..feeds.run import MAX_FEED_ITEMS, MAX_ITEM_CHARS, FeedJob, Progress, localize_feeds
    from ..publish import check_policy

    job = FeedJob(
        targets=targets, out_dir=out_dir, formats=tuple(formats or _default_formats()),
        options=options, workers=workers, force=force, base_url=base_url,
        max_item_chars=max_item_chars or MAX_ITEM_CHARS, max_items=max_items or MAX_FEED_ITEMS,
        timeout=timeout, list_items=as_json,
        executor=executor,
        policy=check_policy(policy),
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
            if report.held or report.withheld:
                click.echo(f"{report.slug}: {report.held + report.withheld} item editions held"
                           f" for review in {out_dir / 'held' / report.slug}")
        flagged = [i for i in summary.items if i.action in ("held", "withheld", "marked")]
        for item in flagged[:MAX_FLAGGED]:
            first = item.findings[0] if item.findings else ""
            click.echo(f"{item.action}: {item.feed} {item.locale} {item.guid}: {item.blocking}"
                       f" blocking findings ({first})")
        if len(flagged) > MAX_FLAGGED:
            click.echo(f"... and {len(flagged) - MAX_FLAGGED} more flagged items (see --json)")
        click.echo(summary.line())
    _print_failures(summary)
    for report in summary.feeds:
        if report.error is not None:
            click.echo(report.error.line, err=True)
    code = summary.exit_code()
    if code:
        ctx.exit(code)


MAX_FLAGGED = 20


def _print_failures(summary: FeedSummary) -> None:
    """A locale that failed whole is said once; other failed items one line each (errors,
    said even with --quiet)."""
    whole: dict[tuple[str, str], int] = {}
    for item in summary.items:
        if item.status != "failed" or item.error is None:
            continue
        report = next((r for r in summary.feeds if r.slug == item.feed), None)
        if report is not None and item.locale in report.failed_locales:
            whole[(item.feed, item.locale)] = whole.get((item.feed, item.locale), 0) + 1
        else:
            click.echo(f"failed: {item.feed} {item.locale} {item.guid}: {item.error.line}",
                       err=True)
    for report in summary.feeds:
        for locale, why in report.failed_locales.items():
            n = whole.get((report.slug, locale), 0)
            items = "1 item" if n == 1 else f"{n} items"
            click.echo(f"failed: {report.slug} {locale}: {why} ({items}); the {locale} feed"
                       " is not written", err=True)


COMMANDS = [feed]
