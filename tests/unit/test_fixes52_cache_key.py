"""fixes52: the MT cache key covers every input that decides a cached answer (probe50's blind
spot). A cached answer is the planner's output as much as the engine's (translate.mt._plan: a
dateline sent in pieces, an overlong sentence cut), so the key carries a revision of the
planner's code and the data it reads (``plan_revision``), computed once per process; and the
HTTP service's batching proxy carries its engine's ``input_revision`` as the CLI and the
cluster do, so the three skins read and write the same entries."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType, FunctionType

import pytest
from fakes import FakeEngine

import translate.mt as mt
from translate.engines.base import ModelInfo
from translate.mt import Hop, Route, plan_revision, plan_route, translate_batch
from translate.serve.batching import BatchingEngine
from translate.store import Store

DATELINE = "Miami – February 6, 2025 – The State Attorney spoke."


@pytest.fixture(autouse=True)
def _fresh_revision() -> Iterator[None]:
    plan_revision.cache_clear()
    yield
    plan_revision.cache_clear()


def _old_key(route: Route) -> tuple[str, str, str, str, str]:
    """The key 1dd4588f wrote: the version without the planner's revision."""
    hop = route.hops[0]
    return (hop.engine.name, hop.info.model, hop.info.version, hop.source, hop.target)


def test_an_answer_cached_before_the_planner_changed_is_not_served(
    fake_engine: FakeEngine, tmp_path: Path
) -> None:
    store = Store(tmp_path / "t.db")
    route = plan_route("en", "pt", ["fake"])
    # a dateline sentence translated in one piece before probe49's planner: its date dropped
    store.cache_put(_old_key(route), [(DATELINE, "[pt] O Procurador do Estado falou.")])
    out, cached, stats = translate_batch([DATELINE], route, store)
    assert cached == [False] and stats[0].translated == 1
    assert out == ["Miami – [pt] February 6, 2025 – [pt] The State Attorney spoke."]
    store.close()


def test_a_change_of_the_planners_data_gives_a_fresh_translation(
    fake_engine: FakeEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "t.db")
    route = plan_route("en", "pt", ["fake"])
    first, _, _ = translate_batch([DATELINE], route, store)
    again, cached, _ = translate_batch([DATELINE], route, store)
    assert again == first and cached == [True]  # the same planner: the cache serves it
    before = plan_revision("en", "pt")
    # the [dateline] data loses its dashes (a data change that sends the sentence whole)
    real = mt.section

    def section(lang: str, name: str) -> dict[str, object]:
        table = dict(real(lang, name))
        if name == "dateline":
            table["dashes"] = []
        return table

    monkeypatch.setattr(mt, "section", section)
    mt._dateline_re.cache_clear()
    plan_revision.cache_clear()
    assert plan_revision("en", "pt") != before
    out, cached, stats = translate_batch([DATELINE], route, store)
    assert cached == [False] and stats[0].translated == 1
    assert out == [f"[pt] {DATELINE}"]  # the new planner's answer, not the cached one
    monkeypatch.undo()
    mt._dateline_re.cache_clear()
    store.close()


def test_a_change_of_the_planners_code_changes_the_revision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = plan_revision("en", "pt")
    original = mt._plan_long

    def _plan_long(engine: object, text: str, source: str, target: str) -> list[str]:
        return [text]  # a planner that never cuts an overlong sentence

    assert _plan_long.__code__.co_code != original.__code__.co_code
    monkeypatch.setattr(mt, "_plan_long", _plan_long)
    plan_revision.cache_clear()
    assert plan_revision("en", "pt") != before
    monkeypatch.setattr(mt, "_plan_long", original)
    plan_revision.cache_clear()
    assert plan_revision("en", "pt") == before


def test_the_revision_differs_by_pair_and_is_computed_once() -> None:
    assert plan_revision("en", "pt") != plan_revision("pt", "en")
    assert plan_revision("en", "pt").startswith("plan.")
    plan_revision("en", "pt")
    assert plan_revision.cache_info().hits >= 1


def test_the_revision_is_the_same_in_every_process() -> None:
    """CLI runs, the HTTP service and the cluster's actors share one store: the key must not
    depend on a process's hash seed (a set constant in the planner's bytecode)."""
    code = "from translate.mt import plan_revision; print(plan_revision('en', 'pt'))"
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, check=True, timeout=120)
        seen.add(done.stdout.strip())
    assert seen == {plan_revision("en", "pt")}


class _Revised(FakeEngine):
    input_revision = "r7"


def test_the_services_batching_proxy_keys_as_its_engine_does() -> None:
    inner = _Revised()
    info = ModelInfo("fake", "fake-enpt", "1", "en", "pt")
    proxy = BatchingEngine(inner, window=0.0)
    assert Hop(proxy, info).cache_key == Hop(inner, info).cache_key
    assert "+r7+" in Hop(proxy, info).cache_key[2]


def _reached(names: tuple[str, ...]) -> set[str]:
    """Every function of translate.mt that the named ones call, transitively."""
    here = vars(mt)
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        func = getattr(here[name], "__wrapped__", here[name])
        codes = [func.__code__]
        while codes:
            code = codes.pop()
            codes += [c for c in code.co_consts if isinstance(c, CodeType)]
            for used in code.co_names:
                target = getattr(here.get(used), "__wrapped__", here.get(used))
                if isinstance(target, FunctionType) and target.__module__ == mt.__name__:
                    todo.append(used)
    return seen


def test_every_function_the_planner_reaches_is_in_its_revision() -> None:
    assert _reached(("_plan", "_translate_whole", "engine_pieces")) <= set(mt._PLANNER)
