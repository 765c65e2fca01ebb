"""The ``translate`` command's answer to SIGINT and SIGTERM while it is still starting.

Until the command has imported its modules (click, the CLI's, a few tenths of a second and
more under load) Python's own handling applies: SIGINT raised ``KeyboardInterrupt`` inside an
import, a traceback of 5 to 39 lines and status -2; SIGTERM killed the process with no word and
status -15 (fuzz40, a signal 0.05-0.3 s after the start). :func:`install`, the first thing
``python -m translate`` and the ``translate`` script do, answers them as the command does once
it runs (``translate.cli.main``): the one line ``error: interrupted`` (``(SIGTERM)``), under
``--json`` also the JSON object, and exit 130 (143). Nothing has been read or written then, so
the process ends at once (``os._exit``). The command's own handlers replace these when it
starts (:func:`release`). Only the standard library is imported here.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from types import FrameType

EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def _stop(signum: int, frame: FrameType | None) -> None:
    term = signum == signal.SIGTERM
    line = "error: interrupted (SIGTERM)" if term else "error: interrupted"
    code = EXIT_TERMINATED if term else EXIT_INTERRUPTED
    args = sys.argv[1:]
    asked = args[: args.index("--")] if "--" in args else args
    try:
        if "--json" in asked:
            report = {"error": line, "code": None, "exit_code": code}
            os.write(1, (json.dumps(report) + "\n").encode())
        os.write(2, (line + "\n").encode())
    finally:
        os._exit(code)


def install() -> None:
    """Answer SIGINT and SIGTERM with the command's line and code until :func:`release`."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _stop)


def release() -> None:
    """The command runs: SIGINT raises ``KeyboardInterrupt`` again where :func:`install` set
    it (SIGTERM's handler is the command's own, set beside this call)."""
    if signal.getsignal(signal.SIGINT) is _stop:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if signal.getsignal(signal.SIGTERM) is _stop:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

