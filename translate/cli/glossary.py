"""``translate check`` (names in an article) and ``translate glossary import|export|lint``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import DataError, OutputError
from .common import glossary_options, json_errors, out_file, say_glossary_overrides


@click.command("check")
@click.argument("file", type=str)
@glossary_options
@click.option("--json", "as_json", is_flag=True, is_eager=True, callback=json_errors,
    help="Print the mentions as JSON.")
@click.option("--fix", "fix_path", type=click.Path(path_type=Path), callback=out_file,
              metavar="OUT", help="Write a copy with flagged variants replaced.")
@click.option("--from", "source_lang", default=None, metavar="LANG",
              help="Language the article is written in (default: detected).")
def check(file: str, glossary_paths: tuple[Path, ...], no_builtin: bool, as_json: bool,
          fix_path: Path | None, source_lang: str | None) -> None:
    """List every mention of a glossary name in FILE, including misspellings.

    Each mention is exact, alias, deprecated, misspelling or partial (a surname alone, a
    wrong given name). Offsets are character offsets into FILE as decoded.
    """
    from ..fsutil import write_atomic
    from ..glossary import load_glossary
    from ..names import check_names
    from ..read import read_article

    say_glossary_overrides(glossary_paths)
    glossary = load_glossary(glossary_paths, builtin=not no_builtin)
    found = check_names(read_article(file), glossary, source_lang)
    if fix_path is not None:
        write_atomic(fix_path, found.fixed_text())
    if as_json:
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False, indent=2))
        return
    for m in found.mentions:
        flag = "" if m.match in ("exact", "alias") else "  <-"
        fix = f" -> {m.fix}" if m.fix else ""
        click.echo(f"{m.start:>6}-{m.end:<6} {m.match:<11} {m.surface}{fix}  "
                   f"[{m.entry.id}, {m.score:.2f}]{flag}")
    click.echo(f"{len(found.mentions)} mentions of {found.names} names, {found.flagged} flagged"
               f" (glossary {found.glossary_hash}, {found.glossary_entries} entries)", err=True)
    if fix_path is not None:
        click.echo(f"wrote {fix_path}", err=True)


@click.group("glossary")
def glossary() -> None:
    """Import, export and lint glossaries."""


@glossary.command("import")
@click.argument("source", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=out_file,
              required=True, help="TOML glossary file to write.")
def import_(source: Path, output: Path) -> None:
    """Convert a CSV or TBX term base into a glossary TOML file."""
    from ..fsutil import write_atomic
    from ..glossary.io import read_terms
    from ..glossary.load import MAX_GLOSSARY_BYTES, dump_toml, parse_text

    if output.exists() and output.resolve() == source.resolve():
        raise OutputError(f"cannot write {output}: it is the term base being imported")
    entries = read_terms(source)
    if not entries:
        raise DataError("no entries found", path=str(source))
    text = dump_toml(entries)
    size = len(text.encode("utf-8"))
    if size > MAX_GLOSSARY_BYTES:  # --glossary would refuse it: what we write must load
        raise DataError(f"its TOML would be {size:,} bytes, more than {MAX_GLOSSARY_BYTES:,}, "
                        "the limit of a glossary file",
                        path=str(source), hint="split the term base into smaller files")
    parse_text(text, str(output))  # what we write must load
    write_atomic(output, text)
    click.echo(f"wrote {len(entries)} entries to {output}", err=True)


@glossary.command("export")
@glossary_options
@click.option("--format", "fmt", type=click.Choice(["csv", "tbx"]), required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), callback=out_file,
              help="File to write (default: stdout).")
@click.option("--locales", default="", metavar="TAGS",
              help="Also write the form for these locales (comma-separated), CLDR names "
                   "included.")
def export(glossary_paths: tuple[Path, ...], no_builtin: bool, fmt: str,
           output: Path | None, locales: str) -> None:
    """Write the loaded glossary as CSV or TBX."""
    from ..fsutil import write_atomic
    from ..glossary import load_glossary
    from ..glossary.io import materialize, to_csv, to_tbx
    from ..glossary.load import valid_tag
    from ..locales import canonical_tag

    tags = [canonical_tag(t) for t in locales.split(",") if t.strip()]
    bad = [t for t in tags if not valid_tag(t)]
    if bad:
        raise DataError(f"not a locale tag: {bad[0]}")
    say_glossary_overrides(glossary_paths)
    entries = list(load_glossary(glossary_paths, builtin=not no_builtin))
    if tags:
        entries = materialize(entries, tags)
    text = to_csv(entries) if fmt == "csv" else to_tbx(entries, locales=tags)
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)
        click.echo(f"wrote {len(entries)} entries to {output}", err=True)


@glossary.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--no-builtin-glossary", "no_builtin", is_flag=True,
              help="Lint only PATHS (default: the shipped glossary too).")
@click.pass_context
def lint(ctx: click.Context, paths: tuple[Path, ...], no_builtin: bool) -> None:
    """Check glossary files: duplicate ids, forms shared by entries, bad locale keys, ...

    Exits with 5 when there are errors.
    """
    from ..glossary.lint import lint_paths

    builtin = not no_builtin and not paths
    issues = lint_paths(paths, builtin=builtin)
    for issue in issues:
        click.echo(issue.format())
    errors = sum(i.severity == "error" for i in issues)
    click.echo(f"{errors} errors, {len(issues) - errors} warnings", err=True)
    if errors:
        ctx.exit(DataError.exit_code)


COMMANDS = [check, glossary]
