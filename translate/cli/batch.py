"""``translate batch``: localize a folder or JSONL file of articles, resumably, on any executor."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..options import RunOptions
from ..publish import POLICIES
from .common import executor_options, json_errors, out_folder, run_options


def _split(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@click.command("batch")
@click.argument("source", type=click.Path(path_type=Path, exists=False))
@click.option("--to", "targets", required=True, metavar="LOCALES",
              help="Target locales, comma-separated BCP 47 tags (pt-BR,de).")
@click.option("-o", "--out", "out_dir", required=True,
              type=click.Path(path_type=Path), callback=out_folder,
              help="Folder for the editions (OUT/<id>.<locale>.<ext>).")
@click.option("--format", "formats", default="md,json", show_default=True, callback=_split,
              help="Edition formats, comma-separated.")
@executor_options("article")
@run_options(threads_help="Engine threads per worker.")
@click.option("--on-findings", "policy", type=click.Choice(POLICIES), default="mark",
              show_default=True,
              help="What to do with an edition that has blocking findings (a number, name or"
                   " sentence the pipeline cannot vouch for), as `translate run`: publish it,"
                   " write it marked 'review required', hold it in the review queue OUT/held/,"
                   " or fail (write nothing).")
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print a JSON summary on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def batch(
    ctx: click.Context, source: Path, targets: str, out_dir: Path, formats: list[str],
    workers: int, executor: str, force: bool, options: RunOptions, policy: str,
    as_json: bool, quiet: bool,
) -> None:
    """Localize every article of SOURCE into OUT: a folder of .txt/.md/.html files, or a JSONL
    file with one article object per line (as for run --jsonl).

    \b
    Each article and locale is translated once: a re-run translates only new or changed
    articles, and an interrupted run is finished by the next one. A bad article gets its
    error in the summary and the others go on.

    \b
    An edition with blocking findings is written marked "review required" by
    default, as `translate run` writes it (--on-findings). Exit codes: 9
    editions marked, held or withheld for blocking findings, 10 partly done.
    """
    from ..feeds.batch import BatchJob, localize_batch, summary_line
    from ..feeds.run import Progress
    from ..publish import check_policy

    job = BatchJob(targets=targets, out_dir=out_dir, formats=tuple(formats), options=options,
                   workers=workers, force=force, executor=executor,
                   list_items=as_json, policy=check_policy(policy))

    def warn(message: str) -> None:
        if not quiet:
            click.echo(f"warning: {message}", err=True)

    progress = Progress(sys.stderr, enabled=None if not (quiet or as_json) else False)
    summary = localize_batch(source, job, progress=progress, warn=warn)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        click.echo(summary_line(summary))
    for item in summary.items:
        if item.status == "failed" and item.error is not None:  # an error, even with -q
            click.echo(f"failed: {item.guid} {item.locale}: {item.error.line}", err=True)
    code = summary.exit_code()
    if code:
        ctx.exit(code)


COMMANDS = [batch]
