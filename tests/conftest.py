"""Shared fixtures: an isolated home for the store, the CLI runner, deterministic engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from translate import engines

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own TRANSLATE_HOME, so no test reads another's cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TRANSLATE_HOME", str(home))
    return home


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Register FakeEngine as 'fake' and return the process instance the pipeline will use."""
    monkeypatch.setitem(engines.ENGINES, "fake", "fakes:FakeEngine")
    monkeypatch.setitem(engines.ENGINES, "short", "fakes:ShortEngine")
    engines.close_engines()
    yield engines.get_engine("fake")
    engines.close_engines()


@pytest.fixture
def data_dir() -> Path:
    return DATA
