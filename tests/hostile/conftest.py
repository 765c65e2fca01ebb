"""Fixtures for the hostile-input regression tests (see helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile.helpers import HOSTILE


@pytest.fixture
def hostile_dir() -> Path:
    """Small hostile articles kept as files (tests/data/hostile); big ones are generated."""
    return HOSTILE
