"""Offline newsroom translation and localization pipeline.

The importable API is gathered in :mod:`translate.api` (``translate_article``, ``run_file``,
``check_names``, ``localize_feeds``...); the ``translate`` command, the HTTP service and the
cluster runner are thin layers over it. The stages, in order: :mod:`~translate.read`,
:mod:`~translate.detect`, :mod:`~translate.boilerplate`, :mod:`~translate.segment`,
:mod:`~translate.protect`, :mod:`~translate.mt` (with ``engines/``), :mod:`~translate.localize`,
:mod:`~translate.check`, :mod:`~translate.write`; :mod:`~translate.feeds` runs around them.
Nothing heavy is imported here.
"""

from __future__ import annotations

import logging
import os
import sys

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())



def _the_command() -> bool:
    """Is this process the ``translate`` command (its script, or ``python -m translate``, whose
    package is imported while ``sys.argv[0]`` is still "-m"), not a program importing the API?"""
    if sys.argv and os.path.basename(sys.argv[0]) in ("translate", "translate.exe"):
        return True
    orig = list(getattr(sys, "orig_argv", []))
    return "-m" in orig and orig[orig.index("-m") + 1 :][:1] == ["translate"]


if _the_command():
    # a signal while the CLI is imported gets the command's line and exit code, not a
    # traceback or a silent death (fuzz40)
    from .startsignals import install

    install()
