"""The ``translate`` command: a thin click layer over the Python API.

Only this package imports click. Each command group lives in its own module; every
:class:`~translate.errors.TranslateError` becomes one line on stderr and its exit code.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, NoReturn

import click

from .. import __version__
from ..errors import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    InternalError,
    Terminated,
    TranslateError,
)

log = logging.getLogger("translate")


_interruption_said = False  # the command said its "error: interrupted" line


class TranslateGroup(click.Group):
    """Maps library errors to a one-line message and a documented exit code."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta[_ARGV] = list(args)  # the command line, for _asks_json when parsing fails
        return super().parse_args(ctx, args)

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        """click reading the command line: a signal here is answered as in the command (click
        itself answers ``KeyboardInterrupt`` with "Aborted!" and exit 1)."""
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except Terminated:
            _said_interrupted("error: interrupted (SIGTERM)", EXIT_TERMINATED)
            sys.exit(EXIT_TERMINATED)
        except KeyboardInterrupt:
            _said_interrupted("error: interrupted", EXIT_INTERRUPTED)
            sys.exit(EXIT_INTERRUPTED)

    def invoke(self, ctx: click.Context) -> Any:
        global _interruption_said
        try:
            return super().invoke(ctx)
        except TranslateError as exc:
            _fail(ctx, exc.format_line(), exc.code, exc.exit_code)
        except Terminated as exc:
            _interruption_said = True
            _fail(ctx, _interrupted("error: interrupted (SIGTERM)", exc), None, EXIT_TERMINATED)
        except KeyboardInterrupt as exc:
            _interruption_said = True
            _fail(ctx, _interrupted("error: interrupted", exc), None, EXIT_INTERRUPTED)
        except click.ClickException as exc:  # click says it (usage, exit 2); --json: JSON too
            if ctx.meta.get(_json_errors()) or _asks_json(self, ctx.meta.get(_ARGV, [])):
                _json_error(f"error[E002]: {' '.join(exc.format_message().split())}", "E002",
                            exc.exit_code)  # fmt: skip
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            ctx.exit(1)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            bug = InternalError.wrap(exc, hint="a bug; rerun with --debug for the traceback")
            _fail(ctx, bug.format_line(), bug.code, bug.exit_code)


def _interrupted(line: str, exc: BaseException) -> str:
    """The interruption's line, with what the work it stopped had done (its first note, one
    line: ``feeds.run.said_when_interrupted``)."""
    notes = getattr(exc, "__notes__", None) or []
    return f"{line}: {' '.join(str(notes[0]).split())}" if notes else line


def _fail(ctx: click.Context, line: str, code: str | None, exit_code: int) -> NoReturn:
    """An error that stopped the whole command: its one line on stderr and its exit code;
    under ``--json`` also one JSON object on stdout, ``{"error": LINE, "code": "E003",
    "exit_code": 3}`` (the line as a batch or feed item's ``error`` says it), so that a
    pipeline reading the report gets JSON, not an empty stdout (fuzz35's ``batch --json`` of a
    missing work list)."""
    click.echo(line, err=True)
    if ctx.meta.get(_json_errors()):
        _json_error(line, code, exit_code)
    ctx.exit(exit_code)


_ARGV = "translate.argv"


def _asks_json(group: click.Group, args: list[str]) -> bool:
    """Whether the command line asks the command it names for ``--json``, read again without
    failing: what click refuses while splitting it (an unknown option, an option with no value)
    comes before any option's callback, so ``--json``'s own never marked the context (fuzz36).
    Each level is parsed leniently (unknown options kept, no check, no error); the command's
    ``--json`` flag is read where click would read it (not inside ``--out --json`` or after
    ``--``)."""
    command: click.Command = group
    name = "translate"
    try:
        while True:
            ctx = command.make_context(name, list(args), resilient_parsing=True,
                                       ignore_unknown_options=True)  # fmt: skip
            if not isinstance(command, click.Group):
                return any("--json" in param.opts and bool(ctx.params.get(param.name or ""))
                           for param in command.params)  # fmt: skip
            rest = [*ctx._protected_args, *ctx.args]
            if not rest:
                return False
            sub_name, sub, args = command.resolve_command(ctx, rest)
            if sub is None or sub_name is None:
                return False
            command, name = sub, sub_name
    except Exception:  # a second reading that fails says nothing: click's own error stands
        return False


def _json_errors() -> str:
    from .common import JSON_ERRORS

    return JSON_ERRORS


def _json_error(line: str, code: str | None, exit_code: int) -> None:
    import contextlib
    import json

    with contextlib.suppress(BrokenPipeError):
        click.echo(json.dumps({"error": line, "code": code, "exit_code": exit_code},
                              ensure_ascii=False))  # fmt: skip


@click.group(cls=TranslateGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="translate")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.option("-v", "--verbose", count=True, help="More log output on stderr.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, verbose: int) -> None:
    """Offline newsroom translation: articles and feeds in, localized editions out.

    \b
    Exit codes: 0 ok, 1 internal error, 2 usage, 3 unreadable input,
    4 unsupported language pair or missing model, 5 invalid glossary/locale data,
    6 output not writable, 7 review file stale or malformed, 8 network failure,
    9 blocking findings (edition marked, held or withheld), 10 partly done,
    11 executor (Ray) unavailable, 12 article over the size limit.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    if verbose:
        logging.basicConfig(
            level=logging.DEBUG if verbose > 1 else logging.INFO,
            format="%(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )


def _register() -> None:
    from importlib import import_module

    for name in (
        "run", "detect", "models", "glossary", "locales", "review", "feed", "batch", "serve"
    ):
        module = import_module(f"{__name__}.{name}")
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


# The cyclic garbage collector's first threshold for the command's process (CPython's default
# is 700 allocations): loading the glossary, CLDR data and the engine makes hundreds of young
# collections that find next to no cycles. On the seed article they cost about 0.1 s of CPU
# (234 collections) against 0.03 s (1) at this threshold; memory is not measurably different
# (benchmarks/results/gc-threshold-2026-12-03.txt). Set here, by the process's owner, never
# by the library.
GC_THRESHOLD = 100_000

# Set by setup_process: this process is the one-shot command (not a library user, a test's
# CliRunner or a long-lived service), so ``translate run`` may load the embedded engine's model
# in a child process (translate.engines.child).
one_shot_process = False


def setup_process() -> None:
    """What the command sets for its own process, before any work (never the library):

    * the collector's first threshold (``GC_THRESHOLD``);
    * ``PYTZ_SKIPEXISTSCHECK``, pytz's own start-up switch (unless the user set it): Babel's
      date module finds the local zone through pytz when pytz is installed (it is, for
      dateparser), and pytz's first zone lookup opens each of its ~600 zone files to learn
      that they exist (0.03 to 0.05 s of CPU on every run that formats a date or checks
      one). The wheel ships every zone it lists; tests/unit/test_cli_process.py checks that
      the installed pytz lists the same zones either way;
    * ``one_shot_process``: ``translate run`` may start the embedded engine's model in a child
      process, beside its own Python work (translate.engines.child);
    * SIGTERM unwinds the command as Ctrl-C does (:class:`Terminated`, exit 143) instead of
      killing it where it stands (``translate serve`` sets its own handler while it serves).
    """
    import gc
    import os
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    from ..startsignals import release

    release()  # SIGINT raises KeyboardInterrupt again (the start's handler, fuzz40, ends here)

    global one_shot_process
    one_shot_process = True

    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    os.environ.setdefault("PYTZ_SKIPEXISTSCHECK", "1")


def _terminate(signum: int, frame: object) -> None:
    raise Terminated()


def main() -> None:
    try:
        setup_process()
        cli(prog_name="translate")
    except Terminated:  # the signal came after the command's own handling, before the next line
        click.echo("error: interrupted (SIGTERM)", err=True)
        sys.exit(EXIT_TERMINATED)
    except KeyboardInterrupt:  # Ctrl-C outside the command's own handling (fuzz43)
        if not _interruption_said:  # a second one, while the command ended on the first
            _said_interrupted("error: interrupted", EXIT_INTERRUPTED)
        sys.exit(EXIT_INTERRUPTED)
    finally:
        _teardown_signals()


def end_interrupted(exc: SystemExit) -> None:
    """End ``python -m translate`` stopped by SIGINT or SIGTERM (exit 130 or 143) with that
    code; any other exit returns, to be raised as it was. CPython's ``-m`` start ends the
    process with SIGINT itself (status -2) once a ``KeyboardInterrupt`` has left code run by
    ``PyRun_String`` (as a native extension runs Python code), even when the command then
    handled it, said its line and chose 130 (fuzz43, seed 41: ``run`` and ``feed`` stopped at
    2-5 s, "error: interrupted" and status -2). The command's own clean-up has run (the
    exception unwound it); the exit functions run here, the streams are flushed, and the
    process ends without the interpreter's teardown, which is where that check is made."""
    if exc.code not in (EXIT_INTERRUPTED, EXIT_TERMINATED):
        return
    import atexit
    import contextlib
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(int(exc.code))


def _said_interrupted(line: str, code: int) -> None:
    """SIGINT between ``setup_process`` handing it back to ``KeyboardInterrupt`` and the
    command's own handling (click reading the command line, the first imports), or after it:
    the command's line and exit code, not Python's traceback and status -2 (fuzz43, seed 41:
    ``run`` and ``feed`` stopped by SIGINT at 2-5 s under load, 2 of 16 signal cases). Under
    ``--json`` also the JSON object, as :mod:`translate.startsignals` writes it."""
    args = sys.argv[1:]
    asked = args[: args.index("--")] if "--" in args else args
    if "--json" in asked:
        _json_error(line, None, code)
    click.echo(line, err=True)


def _teardown_signals() -> None:
    """The command is done (its files written, its exit code decided): SIGTERM and SIGINT are
    ignored while the interpreter tears down. CPython puts the default action back on every
    signal it handles when it finalizes, and the teardown of a run (freeing the models,
    native thread pools) can take seconds under load: a SIGTERM then killed the process with
    no word and status -15 instead of its documented code (fuzz35, seed 36: a batch whose
    work was done and written). Ignored handlers are left as they are by the finalization."""
    import signal

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, signal.SIG_IGN)
