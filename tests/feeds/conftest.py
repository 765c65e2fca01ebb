"""Fixtures for the feed tests: feeds on disk, a local HTTP server, the CLI with a fake engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from translate import engines
from translate.cli import cli

HERE = Path(__file__).parent


@pytest.fixture
def slow_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the subprocess-friendly 'slow' engine (no delay unless FEED_TEST_DELAY is set)."""
    monkeypatch.setitem(engines.ENGINES, "slow", "feeds.slow_engine:SlowEngine")


@pytest.fixture
def feed_cli(fake_engine: object) -> Callable[..., Result]:
    """Run ``translate feed ARGS`` with the fake engine; stdout and stderr kept apart."""

    def run(*args: str | Path, engine: str = "fake") -> Result:
        argv = ["feed", *map(str, args), "--engine", engine]
        return CliRunner().invoke(cli, argv, catch_exceptions=False)

    return run
