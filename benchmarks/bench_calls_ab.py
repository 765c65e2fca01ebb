"""The main thread's CPU in named functions, each timed alone on the calls one run makes.

The long article of ``bench_pipeline.py`` runs once with the engine's answers replayed (the
JSON ``bench_post_engine.py --answers F`` writes); then once more with each named function
(``module:function``) replaced, wherever a module holds it (and in the tuples and lists of
checkers), by a spy that records its arguments. Each function is then called again on exactly
those arguments, ``REPEAT`` times, without the spies, and the smallest and median CPU seconds
(``time.thread_time``) of one run's calls are printed. A function's figure includes what it
calls; memoized helpers are warm. Compare two trees by running it with ``PYTHONPATH=TREE`` in
alternation (speed39):

    PYTHONPATH=TREE python benchmarks/bench_calls_ab.py TREE ANSWERS mod:fn,mod:fn [REPEAT] [COLD]

``COLD`` (speed43): ``mod:fn,...`` memoized functions (``functools`` caches) whose memo is
emptied before each repetition, so that a function calling them is timed as one run's first
pass, not on answers a repetition before left in the memo (a name the tree does not memoize is
passed over: the same command serves both trees).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main() -> None:
    root, answers_path, names = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3].split(",")
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    cold = sys.argv[5].split(",") if len(sys.argv) > 5 and sys.argv[5] else []
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="speed-cap-")
    sys.path.insert(0, str(root / "benchmarks"))
    from bench_pipeline import make_article

    import translate.pipeline as pipeline
    from translate.engines.base import ready_hook
    from translate.engines.embedded import EmbeddedEngine
    from translate.locales import get_profile
    from translate.options import RunOptions
    from translate.read import read_article

    answers = json.loads(answers_path.read_text("utf-8"))

    def replay(self: Any, sentences: Any, source: str, target: str) -> list[str]:
        out = [answers[f"{source}>{target}:{s}"] for s in sentences]
        hook = ready_hook()
        for s, t in dict(zip(sentences, out, strict=True)).items():
            if hook is not None and s.strip():
                hook(" ".join(s.split()), t)
        return out

    EmbeddedEngine.translate = replay  # type: ignore[method-assign]
    EmbeddedEngine.speculate = lambda self, *a: None  # type: ignore[method-assign]
    path = Path(tempfile.mkdtemp()) / "long.txt"
    path.write_text(make_article(3000), encoding="utf-8")
    options = RunOptions(use_cache=False, use_tm=False)
    profile = get_profile("pt-BR")

    def run() -> Any:
        prepared = pipeline.prepare(read_article(path), options)
        return pipeline.translate_prepared(prepared, profile, options, None)

    run()  # the one-time loads
    calls: dict[str, list[tuple[Any, Any]]] = {}
    originals: dict[str, Any] = {}
    recording = [True]

    def patch(name: str) -> None:
        module_name, attr = name.split(":")
        fn = getattr(importlib.import_module(module_name), attr)
        originals[name], calls[name] = fn, []

        def spy(*a: Any, **k: Any) -> Any:
            if recording[0]:
                calls[name].append((a, k))
            return fn(*a, **k)

        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "__main__") == "__main__":
                continue
            for key, value in list(vars(module).items()):
                if value is fn:
                    setattr(module, key, spy)
                elif module.__name__.startswith("translate") and isinstance(value, tuple) \
                        and fn in value:
                    setattr(module, key, tuple(spy if v is fn else v for v in value))
                elif module.__name__.startswith("translate") and isinstance(value, list) \
                        and fn in value:
                    value[:] = [spy if v is fn else v for v in value]

    for name in names:
        patch(name)
    run()
    recording[0] = False
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"code: {root}; load {os.getloadavg()[0]:.1f}")
    clears = [
        clear
        for name in cold
        if (clear := getattr(
            getattr(importlib.import_module(name.split(":")[0]), name.split(":")[1]),
            "cache_clear", None,
        )) is not None
    ]
    if cold:
        print(f"memos emptied before each repetition: {len(clears)} of {','.join(cold)}")
    for name in names:
        fn, recorded = originals[name], calls[name]
        seconds = []
        for _ in range(repeat):
            for clear in clears:
                clear()
            c0 = time.thread_time()
            for a, k in recorded:
                fn(*a, **k)
            seconds.append(time.thread_time() - c0)
        seconds.sort()
        print(f"{name:60} calls {len(recorded):5}  min {seconds[0] * 1000:7.2f} ms  "
              f"median {seconds[len(seconds) // 2] * 1000:7.2f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
