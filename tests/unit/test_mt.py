from __future__ import annotations

from pathlib import Path

import pytest
from fakes import FakeEngine

from translate.errors import EngineError, UnsupportedPairError
from translate.mt import plan_route, translate_batch
from translate.store import Store


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize(
    ("source", "target", "hops", "pivot"),
    [
        ("en", "pt", ["en->pt"], None),
        ("pt", "en", ["pt->en"], None),
        ("de", "pt", ["de->en", "en->pt"], "en"),
        ("fr", "de", ["fr->en", "en->de"], "en"),
    ],
    ids=["direct", "reverse", "pivot-de-pt", "pivot-fr-de"],
)
def test_plan_route(source: str, target: str, hops: list[str], pivot: str | None) -> None:
    route = plan_route(source, target, ["fake"])
    assert [f"{h.source}->{h.target}" for h in route.hops] == hops
    assert route.pivot == pivot
    assert route.engine == "fake"


@pytest.mark.usefixtures("fake_engine")
def test_unsupported_pair_lists_installed_pairs() -> None:
    with pytest.raises(UnsupportedPairError, match="ja") as info:
        plan_route("en", "ja", ["fake"])
    assert info.value.hint and "en->pt" in info.value.hint
    assert info.value.exit_code == 4


def test_unknown_engine() -> None:
    with pytest.raises(EngineError, match="unknown engine 'nope'"):
        plan_route("en", "pt", ["nope"])


def test_translate_batch_dedupes_and_keeps_order(fake_engine: FakeEngine) -> None:
    route = plan_route("en", "pt", ["fake"])
    out, cached, stats = translate_batch(["A.", "B.", "A.", "", "C."], route)
    assert out == ["[pt] A.", "[pt] B.", "[pt] A.", "", "[pt] C."]
    assert fake_engine.calls == [("en", "pt", ["A.", "B.", "C."])]
    assert cached == [False, False, False, True, False]
    assert (stats[0].unique, stats[0].translated) == (3, 3)


def test_translate_batch_pivot_runs_both_hops(fake_engine: FakeEngine) -> None:
    route = plan_route("de", "pt", ["fake"])
    out, _, _ = translate_batch(["Hallo."], route)
    assert out == ["[pt] [en] Hallo."]


def test_cache_makes_second_run_free(fake_engine: FakeEngine, tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    route = plan_route("en", "pt", ["fake"])
    first, _, _ = translate_batch(["One.", "Two."], route, store)
    calls = fake_engine.sentences_translated
    second, cached, stats = translate_batch(["Two.", "One."], route, store)
    assert fake_engine.sentences_translated == calls
    assert second == first[::-1]
    assert cached == [True, True]
    assert stats[0].cached == 2
    store.close()


def test_cache_is_keyed_by_pair(fake_engine: FakeEngine, tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    translate_batch(["One."], plan_route("en", "pt", ["fake"]), store)
    out, cached, _ = translate_batch(["One."], plan_route("en", "de", ["fake"]), store)
    assert out == ["[de] One."] and cached == [False]


@pytest.mark.usefixtures("fake_engine")
def test_engine_returning_too_few_outputs_is_an_error() -> None:
    route = plan_route("en", "pt", ["short"])
    with pytest.raises(EngineError, match="returned 1 outputs for 2 inputs"):
        translate_batch(["A.", "B."], route)
