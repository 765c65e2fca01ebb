"""Fixtures for edition formats and the review loop: a small fixed article and editions built
with the fake engine (normalised, so golden files stay stable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from editions.edition_helpers import HOSTILE


@pytest.fixture
def hostile_path(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path
