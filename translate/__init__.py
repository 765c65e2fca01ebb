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

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
