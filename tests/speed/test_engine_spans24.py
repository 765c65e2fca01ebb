"""bench_pipeline.py --spans: where a run's wall goes around its native calls (engine_spans)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_pipeline import NativeCalls, engine_spans


def test_spans_of_two_threads_with_a_tail() -> None:
    # thread 1: calls 1.0-2.0 and 2.5-4.0; thread 2: 1.5-3.0; the run 0.5-4.25
    calls = [(1, 1.0, 2.0, 0.9), (2, 1.5, 3.0, 1.4), (1, 2.5, 4.0, 1.5)]
    spans = engine_spans(calls, 0.5, 4.25)
    assert spans["before"] == 0.5
    assert spans["span"] == 3.0
    assert spans["after"] == 0.25
    # 2 threads x 3.0 s of span, 4.0 s in calls: thread 1 idle 0.5 between its calls, thread 2
    # 0.5 before its first call and 1.0 after its last
    assert spans["idle"] == pytest.approx(2.0)
    assert spans["tail"] == 1.0  # thread 2 done at 3.0, thread 1 at 4.0
    assert spans["native_cpu"] == pytest.approx(3.8)
    assert spans["threads"] == 2.0


def test_no_calls_is_all_before() -> None:
    spans = engine_spans([], 1.0, 3.0)
    assert spans["before"] == 2.0
    assert spans["span"] == spans["tail"] == spans["native_cpu"] == 0.0


def test_wrapped_calls_are_recorded_per_thread_and_taken_once() -> None:
    calls = NativeCalls()
    double = calls.wrap(lambda text: text * 2)
    results: list[str] = []
    worker = threading.Thread(target=lambda: results.append(double("b")))
    worker.start()
    worker.join()
    assert double("a") == "aa" and results == ["bb"]
    taken = calls.take()
    assert len(taken) == 2
    assert len({c[0] for c in taken}) == 2  # two threads
    assert all(start <= end and cpu >= 0.0 for _, start, end, cpu in taken)
    assert calls.take() == []
