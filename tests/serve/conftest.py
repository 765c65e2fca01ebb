"""Fixtures for the service tests: the test engines, and a real server for each module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from serve.serve_helpers import Server, fake_config, running

from translate import engines


@pytest.fixture(scope="module")
def fake_engines() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(engines.ENGINES, "fake", "fakes:FakeEngine")
        mp.setitem(engines.ENGINES, "short", "fakes:ShortEngine")
        mp.setitem(engines.ENGINES, "swap", "fakes:CurrencySwapEngine")
        engines.close_engines()
        yield
        engines.close_engines()


@pytest.fixture(scope="module")
def server(fake_engines: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A keyed server with the fake engine (en<->pt, en<->de, en<->fr), no rate limit."""
    tmp = tmp_path_factory.mktemp("serve")
    with running(fake_config(tmp)) as srv:
        yield srv
