"""Shared fixtures: an isolated home for the store, the CLI runner, deterministic engines."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner
from editions.edition_helpers import ARTICLE as EDITION_ARTICLE
from editions.edition_helpers import db, normalise
from loopback import QuietHandler, Served, serve
from netguard import block_network, child_env

from translate import engines
from translate.cli import cli
from translate.model import Edition
from translate.options import RunOptions
from translate.pipeline import translate_article
from translate.read import read_article

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
    """Any connection to a non-loopback address fails (loopback servers stay usable), in this
    process and in every child process a test starts with the inherited environment."""
    with pytest.MonkeyPatch.context() as mp:
        block_network(mp)
        for name, value in child_env().items():
            mp.setenv(name, value)
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


@pytest.fixture
def http_root(tmp_path: Path) -> Iterator[Served]:
    """A folder served over HTTP on 127.0.0.1: ``(root, url)``, url without a trailing slash."""
    root = tmp_path / "www"
    root.mkdir()
    with serve(partial(QuietHandler, directory=str(root))) as url:
        yield Served(root, url)


@pytest.fixture
def article(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The test module's ``ARTICLE`` text, written to ``tmp_path/talks.txt`` (UTF-8)."""
    text = getattr(request.module, "ARTICLE", None)
    if not isinstance(text, str):
        raise pytest.UsageError(f"{request.module.__name__} uses `article` without an ARTICLE")
    path = tmp_path / "talks.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def article_path(tmp_path: Path) -> Path:
    """The editions' fixed Markdown article (editions/edition_helpers.py) as ``talks.md``."""
    path = tmp_path / "talks.md"
    path.write_text(EDITION_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def build_edition(fake_engine: object) -> Callable[[Path, str], Edition]:
    """Edition of an article file for a locale, made with the fake engine, without a store and
    without the shipped glossary (whose data changes independently of the formats)."""

    def build(path: Path, locale: str = "pt-BR") -> Edition:
        options = RunOptions(engine="fake", use_cache=False, use_tm=False, builtin_glossary=False)
        return normalise(translate_article(read_article(path), locale, options)[0])

    return build


@pytest.fixture
def exported(runner: CliRunner, article_path: Path, tmp_path: Path, fake_engine: object) -> Path:
    """``article_path``'s pt-BR edition in json, md, xliff, po and the review page, made with
    the fake engine into ``tmp_path/out``, its store at ``db(tmp_path)``."""
    out = tmp_path / "out"
    args = ["run", str(article_path), "--to", "pt-BR", "--engine", "fake", "--format",
            "json,md,xliff,po,review", "--out", str(out), "--db", str(db(tmp_path))]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    return out


# CI runs hypothesis derandomized: the same examples every run, so a red build is reproducible
# and never a coin toss; a developer's run explores new examples (the default profile).
if os.environ.get("CI"):
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", derandomize=True)
    _hypothesis_settings.load_profile("ci")
