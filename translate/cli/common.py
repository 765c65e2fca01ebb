"""Options that several commands share: the pipeline's, the glossary's, and the executor's.

The pipeline's options become one RunOptions; the executor's say where ``feed`` and ``batch``
run their work."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import OutputError
from ..limits import DEFAULT_ARTICLE_CHAR_LIMIT
from ..options import EngineOptions, RunOptions

F = TypeVar("F", bound=Callable[..., Any])


JSON_ERRORS = "translate.json_errors"


def json_errors(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    """The ``--json`` flag of every command that has one (eager, so it is seen before any other
    option's check can fail): under it, an error that stops the whole command is also one JSON
    object on stdout (``translate.cli.TranslateGroup``), so that a pipeline reading the JSON
    report gets JSON, not nothing (fuzz35: ``batch --json`` of a missing work list)."""
    if value:
        ctx.meta[JSON_ERRORS] = True
    return value


def out_folder(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """An ``--out`` folder that is a file is output that cannot be written (exit 6, one line),
    said before any work, in every command as in ``run`` (click's own check said exit 2)."""
    if value is not None and value.exists() and not value.is_dir():
        raise OutputError(f"cannot write to {value}: it is a file, not a folder")
    return value


def out_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """An output file (``-o``) that names a folder is output that cannot be written (exit 6,
    one line), as an ``--out`` folder that is a file (click's own check said exit 2)."""
    if value is not None and str(value) != "-" and value.is_dir():
        raise OutputError(f"cannot write {value}: it is a folder, not a file")
    return value


def glossary_options(func: F) -> F:
    """``--glossary PATH`` (repeatable) and ``--no-builtin-glossary``, for any command."""
    func = click.option(
        "--no-builtin-glossary", "no_builtin", is_flag=True,
        help="Leave the shipped glossary (and CLDR countries) out.",
    )(func)
    func = click.option(
        "--glossary", "glossary_paths", multiple=True, metavar="PATH",
        type=click.Path(path_type=Path),
        help="Extra glossary file or folder of TOML files (repeatable).",
    )(func)
    return func


def executor_options(what: str) -> Callable[[F], F]:
    """``--workers``, ``--executor`` and ``--force`` of ``feed`` and ``batch``, passed as
    ``workers`` (resolved: 1 for local processes, 0 for one Ray actor per CPU when not given),
    ``executor`` and ``force``. ``what`` names the unit of work in the help ("item")."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, workers: int | None, executor: str, **kwargs: Any) -> Any:
            from ..cluster import parse_executor

            local = parse_executor(executor).kind == "local"
            return func(*args, workers=workers or (1 if local else 0), executor=executor,
                        **kwargs)

        decorated: Any = wrapper
        for option in reversed([
            click.option("--workers", type=click.IntRange(min=1, max=1024), default=None,
                         help="Worker processes (each loads its models once) [default: 1];"
                              " with --executor ray, Ray actors [default: one per CPU of the"
                              " cluster]."),
            click.option("--executor", default="local", show_default=True,
                         metavar="local|ray[=ADDRESS]",
                         help="Where the work runs: processes on this machine, or a Ray cluster"
                              " (RAY_ADDRESS, ADDRESS, else a local one); needs the 'ray' extra"
                              " (exit code 11 without it)."),
            click.option("--force", is_flag=True,
                         help=f"Translate every {what} again, even unchanged ones."),
        ]):
            decorated = option(decorated)
        return decorated  # type: ignore[no-any-return]

    return decorate


def say_glossary_overrides(glossary_paths: Sequence[Path]) -> None:
    """Read the ``--glossary`` files before any work: a missing one is exit 3, an id defined
    twice in one file exit 5, and each entry of a later file that replaces one of an earlier
    file is one ``warning:`` line on stderr (fuzz48; the override rule stands)."""
    from ..glossary.load import user_overrides

    for line in user_overrides(glossary_paths):
        click.echo(f"warning: {line}", err=True)


def run_options(*, threads_help: str = "Engine threads.") -> Callable[[F], F]:
    """The pipeline's options (``--from --engine --detector --keep-boilerplate --no-cache --db
    --threads --max-article-chars`` and the glossary options), passed to the command as one
    ``options: RunOptions``.

    ``--beam-size`` and ``--packages-dir``, when the command declares them, go into its
    :class:`EngineOptions` too.
    """

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(
            *args: Any, source_lang: str | None, engine: str | None, detector: str | None,
            keep_boilerplate: bool,
            no_cache: bool, db_path: Path | None, threads: int | None,
            glossary_paths: tuple[Path, ...], no_builtin: bool, beam_size: int | None = None,
            packages_dir: Path | None = None,
            max_article_chars: int = DEFAULT_ARTICLE_CHAR_LIMIT, **kwargs: Any,
        ) -> Any:
            if glossary_paths:  # a missing path stops the command before any work (fuzz46),
                # as does an id defined twice in one file (exit 5); an entry of a later file
                # replacing one of an earlier file is said (fuzz48): batch and feed read the
                # files per item, so both are known before the first
                say_glossary_overrides(glossary_paths)
            options = RunOptions(
                engine=engine, detector=detector, source_lang=source_lang,
                keep_boilerplate=keep_boilerplate,
                use_cache=not no_cache, use_tm=not no_cache, db_path=db_path,
                glossary_paths=glossary_paths, builtin_glossary=not no_builtin,
                engine_options=EngineOptions(threads, beam_size, packages_dir),
                max_article_chars=max_article_chars,
            )
            return func(*args, options=options, **kwargs)

        decorated: Any = wrapper
        for option in reversed([
            click.option("--from", "source_lang", default=None, metavar="LANG",
                         help="Source language (skips detection); a locale such as en-US"
                              " also says how its numeric dates are written."),
            click.option("--engine", default=None,
                         help="Engine to use instead of the locale profile's."),
            click.option("--detector", default=None, metavar="NAME",
                         help="Language detector: combined (default), fasttext, langid,"
                              " langdetect or lingua (see README)."),
            click.option("--keep-boilerplate", is_flag=True,
                         help="Do not drop comment forms, share prompts etc."),
            click.option("--no-cache", is_flag=True,
                         help="Neither read nor write the translation cache."),
            click.option("--db", "db_path", default=None,  # a folder: Store says so
                         type=click.Path(path_type=Path),
                         help="SQLite store for cache, memory and feed state"
                              " (default: $TRANSLATE_HOME/translate.db)."),
            click.option("--threads", type=click.IntRange(min=1), default=None,
                         help=threads_help),
            click.option("--max-article-chars", type=click.IntRange(min=-1),
                         default=DEFAULT_ARTICLE_CHAR_LIMIT, show_default=True, metavar="N",
                         help="An article with more characters of text than N (a page's text,"
                              " not its markup) is refused with exit 12 before any work on it"
                              " (-1: no limit)."),
            glossary_options,
        ]):
            decorated = option(decorated)
        return decorated  # type: ignore[no-any-return]

    return decorate
