"""Fixtures for the Argos engine tests: a loopback HTTP server, argostranslate's own code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from translate.engines import close_engines


@pytest.fixture(autouse=True)
def fresh_engines() -> Iterator[None]:
    """Engines are per-process singletons; each test starts without loaded models."""
    close_engines()
    yield
    close_engines()


@pytest.fixture
def argos_translate_module(isolated_argos: Path) -> ModuleType:
    """argostranslate.translate, imported with HOME folders redirected to tmp (it creates
    folders at import time); only its offline, lower-level functions are used."""
    import argostranslate.translate

    return argostranslate.translate


@pytest.fixture(scope="session")
def argos_prefixed_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic en->es package whose metadata asks for a target prefix token, as Argos's
    multilingual packages do."""
    from synthetic_argos import build_argosmodel

    return build_argosmodel(
        tmp_path_factory.mktemp("prefixed"), "en", "es", seed=7,
        metadata={"target_prefix": "__es__"},
    )  # fmt: skip
