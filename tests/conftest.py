"""Shared fixtures: an isolated home for the store, the CLI runner, deterministic engines."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from netguard import block_network

from translate import engines

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own TRANSLATE_HOME, so no test reads another's cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TRANSLATE_HOME", str(home))
    return home


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Any connection to a non-loopback address fails (loopback servers stay usable)."""
    with pytest.MonkeyPatch.context() as mp:
        block_network(mp)
        yield


@pytest.fixture(autouse=True)
def isolated_argos(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Argos packages folder per test; argostranslate's import-time folders go to tmp."""
    packages = isolated_home / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(isolated_home / var.lower()))
    return packages


@pytest.fixture(scope="session")
def argos_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Synthetic .argosmodel files (random weights, built once): en_de, de_en, en_fr."""
    from synthetic_argos import build_argosmodel

    out = tmp_path_factory.mktemp("argosmodels")
    return {
        f"{src}_{tgt}": build_argosmodel(out, src, tgt, seed=seed)
        for seed, (src, tgt) in enumerate([("en", "de"), ("de", "en"), ("en", "fr")])
    }


@pytest.fixture
def argos_en_de(argos_models: dict[str, Path], isolated_argos: Path) -> Path:
    """The synthetic en->de package installed in this test's ARGOS_PACKAGES_DIR."""
    from translate.engines.packages import install_file

    return install_file(argos_models["en_de"], isolated_argos).package.path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Register FakeEngine as 'fake' and return the process instance the pipeline will use."""
    monkeypatch.setitem(engines.ENGINES, "fake", "fakes:FakeEngine")
    monkeypatch.setitem(engines.ENGINES, "short", "fakes:ShortEngine")
    monkeypatch.setitem(engines.ENGINES, "swap", "fakes:CurrencySwapEngine")
    engines.close_engines()
    yield engines.get_engine("fake")
    engines.close_engines()


@pytest.fixture
def data_dir() -> Path:
    return DATA


# CI runs hypothesis derandomized: the same examples every run, so a red build is reproducible
# and never a coin toss; a developer's run explores new examples (the default profile).
if os.environ.get("CI"):
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True)
    _hypothesis_settings.load_profile("ci")
