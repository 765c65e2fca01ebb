"""The embedded engine's worker pool when one engine (a process singleton) serves several
threads at once: one pool, every result in order, no model loaded."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from translate.engines import embedded


class _Upper:
    def translate(self, text: str) -> str:
        return text.upper()


@pytest.mark.parametrize("callers", [2, 4], ids=["two-threads", "four-threads"])
def test_concurrent_first_calls_share_one_pool(
    monkeypatch: pytest.MonkeyPatch, callers: int
) -> None:
    made: list[ThreadPoolExecutor] = []

    class SlowPool(ThreadPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            time.sleep(0.05)  # widen the window between "no pool yet" and "pool set"
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(embedded, "ThreadPoolExecutor", SlowPool)
    engine = embedded.EmbeddedEngine(threads=2)
    monkeypatch.setattr(engine, "_direction", lambda source, target: _Upper())
    start = threading.Barrier(callers)
    results: list[list[str]] = [[] for _ in range(callers)]

    def call(n: int) -> None:
        start.wait()
        results[n] = engine.translate([f"a{n}", f"b{n}", f"c{n}"], "en", "pt")

    threads = [threading.Thread(target=call, args=(n,)) for n in range(callers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert results == [[f"A{n}", f"B{n}", f"C{n}"] for n in range(callers)]
        assert len(made) == 1  # a second pool would be left running after close()
    finally:
        engine.close()
        for pool in made:
            pool.shutdown()
