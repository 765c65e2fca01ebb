"""``translate review apply`` and ``translate tm``: the translator's corrections coming back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..options import RunOptions
from .common import json_errors, out_file, out_folder

if TYPE_CHECKING:
    from ..review import ReviewResult

db_option = click.option(
    "--db",
    "db_path",
    default=None,
    type=click.Path(path_type=Path),  # a folder is refused by Store, as exit 6
    help="SQLite store holding the translation memory (default: $TRANSLATE_HOME/translate.db).",
)


def _split(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@click.group("review")
def review() -> None:
    """Review pages, and applying a translator's reviewed XLIFF or PO file."""


@review.command("apply")
@click.argument("reviewed", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(path_type=Path), callback=out_folder,
    help="Folder for the rebuilt edition (default: where its JSON edition is).",
)
@click.option(
    "--edition",
    "edition_path",
    default=None,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The JSON edition the file was exported from (default: found by name next "
    "to the file or in --out).",
)
@click.option(
    "--format",
    "formats",
    default="md,json,html",
    show_default=True,
    callback=_split,
    help="Formats to rebuild, comma-separated.",
)
@db_option
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print a JSON summary.")
def apply(
    reviewed: Path,
    out_dir: Path | None,
    edition_path: Path | None,
    formats: list[str],
    db_path: Path | None,
    as_json: bool,
) -> None:
    """Rebuild an edition from REVIEWED (.xlf or .po) and store confirmed sentences in the TM.

    A missing or unreadable file exits 3. A file whose source no longer matches the edition,
    or that is malformed or hostile XML, is refused (exit 7) and nothing is stored.
    """
    from ..review import apply_review
    from ..store import Store
    from ..write import check_formats

    check_formats(formats)
    store = Store(RunOptions(db_path=db_path).resolved_db_path())
    try:
        result = apply_review(
            reviewed, store, out_dir=out_dir, edition_path=edition_path, formats=formats
        )
    finally:
        store.close()
    total = len(result.edition.segments)
    for sid, found in result.cautions.items():  # confirmed and stored, but said (fuzz46)
        for finding in found:
            click.echo(f"warning: {reviewed}: {sid}: {finding.message}", err=True)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "reviewed": str(reviewed),
                    "edition": str(result.edition_path),
                    "locale": result.edition.locale,
                    "confirmed": result.confirmed,
                    "stored": result.stored,
                    "segments": total,
                    "notes": [n.to_dict() for n in result.notes],
                    "held_feed_item": _held_feed_item(result),
                    "released": result.released,
                    "still_held": result.still_held,
                    "unconfirmed": {
                        sid: [f"{f.check}: {f.message}" for f in found]
                        for sid, found in result.introduced.items()
                    },
                    "files": [str(f) for f in result.files],
                    "warnings": {sid: [f.message for f in found]
                                 for sid, found in result.cautions.items()},
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        _exit_blocking(result)
        return
    click.echo(
        f"{reviewed}: {len(result.confirmed)} of {total} sentences confirmed, "
        f"{result.stored} stored in the translation memory"
    )
    if result.edited_fuzzy:
        click.echo(
            f"  {len(result.edited_fuzzy)} edited sentences were left fuzzy (or state initial):"
            " counted as corrections"
        )
    for note in result.notes[:MAX_NOTES]:
        click.echo(f"  {note.id}: {'confirmed' if note.confirmed else 'skipped'}: {note.reason}")
    if len(result.notes) > MAX_NOTES:
        click.echo(f"  ... {len(result.notes) - MAX_NOTES} more (see --json)")
    for path in result.files:
        click.echo(f"  wrote {path}")
    if result.released:
        click.echo(f"  released from the review queue into {result.files[0].parent}")
    elif result.still_held:
        click.echo(
            "  still held: sentences with blocking findings not confirmed: "
            + ", ".join(result.still_held[:10])
        )
    if _held_feed_item(result):
        click.echo(
            "  a held feed item: the next `translate feed` run publishes it (when no sentence"
            " with a blocking finding is left unconfirmed)"
        )
    for sid, found in result.introduced.items():
        for finding in found[:3]:
            click.echo(f"  BLOCKING: {sid}: {finding.check}: {finding.message}")
        click.echo(f"    {sid}: the reviewer's text raised it; not confirmed: fix it, or apply"
                   " the file again to confirm it as it stands")
    _exit_blocking(result)


def _exit_blocking(result: ReviewResult) -> None:
    """Exit 9 when the reviewer's own text raised a blocking finding the text they saw did not
    (the edition is written, marked or still held, and that sentence is not confirmed)."""
    if result.introduced:
        from ..errors import EXIT_BLOCKING

        click.get_current_context().exit(EXIT_BLOCKING)


MAX_NOTES = 20


def _held_feed_item(result: ReviewResult) -> bool:
    """Was the edition a feed item held in a review queue (``OUT/held/<feed>/<locale>/``)?"""
    from ..publish import HELD_DIR

    path = result.edition_path
    return (
        path is not None
        and bool(result.edition.article.meta.get("feed"))
        and len(path.parents) > 2
        and path.parents[2].name == HELD_DIR
    )


@review.command("page")
@click.argument("edition", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(path_type=Path),
    callback=out_file,
    help="Page to write (default: <article>.<locale>.review.html beside the edition).",
)
def page(edition: Path, output: Path | None) -> None:
    """Write the review page of a JSON EDITION: one HTML file to open in any browser.

    Corrections made on the page are exported as an XLIFF file for `translate review apply`.
    """
    from ..write.review_page import write_review_page

    click.echo(f"wrote {write_review_page(edition, output)}")


@click.group("tm")
def tm() -> None:
    """Translation memory: export and import TMX for CAT tools."""


@tm.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tmx"]),
    default="tmx",
    show_default=True,
    help="Exchange format.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    callback=out_file,
    help="File to write (- for stdout).",
    metavar="FILE",
)
@click.option(
    "--from", "source_lang", default=None, metavar="LANG", help="Only this source language."
)
@click.option("--to", "locale", default=None, metavar="LOCALE", help="Only this target locale.")
@db_option
def export(
    fmt: str, output: Path, source_lang: str | None, locale: str | None, db_path: Path | None
) -> None:
    """Write the translation memory as TMX 1.4b."""
    from ..fsutil import write_atomic
    from ..locales import canonical_tag
    from ..store import Store
    from ..tm import entries, to_tmx

    store = Store(RunOptions(db_path=db_path).resolved_db_path())
    try:
        items = list(entries(store, source_lang, canonical_tag(locale) if locale else None))
    finally:
        store.close()
    data = to_tmx(items)
    if str(output) == "-":
        click.echo(data.decode("utf-8"), nl=False)
        return
    write_atomic(output, data)
    click.echo(f"wrote {len(items)} translation units to {output}", err=True)


@tm.command("import")
@click.argument("tmx_file", type=click.Path(path_type=Path, dir_okay=False))
@db_option
def import_(tmx_file: Path, db_path: Path | None) -> None:
    """Add the units of TMX_FILE to the translation memory (all or nothing)."""
    from ..errors import ReviewFileError
    from ..store import Store
    from ..tm import put, read_bytes, read_tmx

    read = read_tmx(read_bytes(tmx_file), str(tmx_file))
    if not read.entries and read.skipped:
        # nothing the pipeline could ever look up: refused, not "0 imported" with exit 0
        raise ReviewFileError(
            f"no usable translation unit (left out: {read.skipped_line()})", path=str(tmx_file)
        )
    store = Store(RunOptions(db_path=db_path).resolved_db_path())
    try:
        stored = put(store, read.entries)
    finally:
        store.close()
    left = f"; left out: {read.skipped_line()}" if read.skipped else ""
    click.echo(f"{tmx_file}: {stored} translation units imported{left}")


COMMANDS = [review, tm]
