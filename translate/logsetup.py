"""Logging in the processes a command starts (``--workers N`` processes, Ray actors).

The command itself configures logging only under ``-v``/``-vv`` (``cli.cli``: the root logger
gets a handler on stderr); without it no handler is set, so a library's own warning (trafilatura's
``discarding data: None`` for a page it finds no text in) goes nowhere and an error is the one
line the command prints. A worker process configured a handler at the command's level whether
or not ``-v`` was given, so the same page read by ``batch --workers 2`` printed the library's
warnings beside that line (fuzz39: the seeded fuzzer's ``stderr not one line``).
"""

from __future__ import annotations

import logging
import sys


def worker_logging(level: int) -> None:
    """Configure a worker process's logging as its command's: a handler on stderr at ``level``
    when the command was verbose (``level`` under WARNING, from ``-v``), none otherwise."""
    if level < logging.WARNING:
        logging.basicConfig(level=level, stream=sys.stderr,
                            format="%(levelname)s %(name)s[%(process)d]: %(message)s")
