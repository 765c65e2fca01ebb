"""Offline newsroom translation and localization pipeline.

The importable API lives in :mod:`translate.pipeline` (``translate_article``,
``run_file``); the ``translate`` command is a thin layer over it. Nothing heavy is imported here.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
