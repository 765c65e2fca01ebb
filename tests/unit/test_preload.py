"""The pipeline starts loading models before it needs them, once per engine and pair, and a
failed preload changes nothing (the translation raises the engine's own error)."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from pathlib import Path

import pytest
from fakes import FakeEngine

from translate import pipeline
from translate.errors import EngineError
from translate.locales import get_profile
from translate.options import RunOptions
from translate.read import read_article


class _Recording(FakeEngine):
    preloads: list[tuple[str, str, str]] = []  # noqa: RUF012 - shared by the test and engine
    fail = False

    def preload(self, source: str, target: str) -> None:
        self.preloads.append((source, target, threading.current_thread().name))
        if self.fail:
            raise EngineError("model file damaged")

    def translate(self, sentences: Sequence[str], source: str, target: str) -> list[str]:
        if self.fail:
            raise EngineError("model file damaged")
        return super().translate(sentences, source, target)


@pytest.fixture
def recording(fake_engine: object, monkeypatch: pytest.MonkeyPatch) -> type[_Recording]:
    from translate import engines

    monkeypatch.setitem(engines.ENGINES, "recording", f"{__name__}:_Recording")
    monkeypatch.setattr(pipeline, "_preloaded", weakref.WeakKeyDictionary())
    _Recording.preloads = []
    _Recording.fail = False
    engines.close_engines()
    return _Recording


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(
        "The minister said on Monday that talks would resume.\n\n"
        "Prices for bread and fuel had climbed sharply since the spring.\n",
        encoding="utf-8",
    )
    return path


def _join_preloads() -> None:
    for thread in list(pipeline._preload_threads):
        thread.join(timeout=30)


def test_models_preload_once_per_pair_in_background(
    recording: type[_Recording], tmp_path: Path
) -> None:
    options = RunOptions(engine="recording", use_cache=False, use_tm=False)
    article = read_article(_article(tmp_path))
    for _ in range(3):
        editions, failures = pipeline.translate_targets(
            article, [get_profile("pt-BR"), get_profile("de")], options
        )
        assert [e.locale for e in editions] == ["pt-BR", "de"] and not failures
    _join_preloads()
    pairs = sorted((s, t) for s, t, _ in recording.preloads)
    assert pairs == [("en", "de"), ("en", "pt")]  # once each, however many articles
    assert all(name == "preload" for _, _, name in recording.preloads)


def test_failed_preload_is_reported_by_translate(
    recording: type[_Recording], tmp_path: Path
) -> None:
    recording.fail = True
    options = RunOptions(engine="recording", use_cache=False, use_tm=False)
    article = read_article(_article(tmp_path))
    with pytest.raises(EngineError, match="model file damaged"):
        pipeline.translate_targets(article, [get_profile("pt-BR")], options)
    _join_preloads()
    assert [(s, t) for s, t, _ in recording.preloads] == [("en", "pt")]


def test_preload_can_be_turned_off(
    recording: type[_Recording], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRANSLATE_PRELOAD", "0")
    options = RunOptions(engine="recording", use_cache=False, use_tm=False)
    editions, _ = pipeline.translate_targets(
        read_article(_article(tmp_path)), [get_profile("pt-BR")], options
    )
    _join_preloads()
    assert editions and recording.preloads == []


def test_engine_whose_load_holds_the_gil_is_not_preloaded(
    recording: type[_Recording], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engine that says its load would stall the Python stages (``preload_overlaps``
    False, as the embedded engine's native loader does) loads when it first translates."""
    monkeypatch.setattr(recording, "preload_overlaps", False)
    options = RunOptions(engine="recording", use_cache=False, use_tm=False)
    editions, failures = pipeline.translate_targets(
        read_article(_article(tmp_path)), [get_profile("pt-BR")], options
    )
    _join_preloads()
    assert editions and not failures and recording.preloads == []


def test_embedded_engine_is_loaded_on_first_use() -> None:
    from translate.engines import child
    from translate.engines.argos import ArgosEngine
    from translate.engines.base import Engine
    from translate.engines.embedded import EmbeddedEngine

    engine = EmbeddedEngine(threads=1)
    try:
        assert engine.preload_overlaps is False  # in-process: the native load holds the GIL
        child.enable(True)  # the command's own process: the load goes to a child process
        assert engine.preload_overlaps is True
    finally:
        child.enable(False)
        engine.close()
    assert ArgosEngine.preload_overlaps is True and Engine.preload_overlaps is True


@pytest.mark.parametrize(
    ("value", "on"),
    [(None, True), ("1", True), ("yes", True), ("0", False), ("off", False), ("", False)],
)
def test_preload_setting_is_read_by_options(
    monkeypatch: pytest.MonkeyPatch, value: str | None, on: bool
) -> None:
    from translate.options import preload_models

    if value is None:
        monkeypatch.delenv("TRANSLATE_PRELOAD", raising=False)
    else:
        monkeypatch.setenv("TRANSLATE_PRELOAD", value)
    assert preload_models() is on
