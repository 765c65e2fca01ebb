"""Engine registry: engine names to engine instances, each created once per process.

Classes are imported lazily, so ``translate --help`` never imports CTranslate2 or a native
engine.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import import_module
from typing import Any

from ..errors import EngineError
from .base import Engine, ModelInfo

ENGINES: dict[str, str] = {
    "embedded": "translate.engines.embedded:EmbeddedEngine",
    "argos": "translate.engines.argos:ArgosEngine",
}

_instances: dict[tuple[str, tuple[tuple[str, Any], ...]], Engine] = {}
_lock = threading.Lock()
_wrapper: Callable[[Engine], Engine] | None = None


def engine_class(name: str) -> type[Engine]:
    try:
        module_name, class_name = ENGINES[name].split(":")
    except KeyError:
        raise EngineError(
            f"unknown engine {name!r}", hint=f"choose one of: {', '.join(sorted(ENGINES))}"
        ) from None
    cls: type[Engine] = getattr(import_module(module_name), class_name)
    return cls


def get_engine(name: str, **options: Any) -> Engine:
    """The process-wide engine ``name`` built with ``options`` (models load once per process)."""
    key = (name, tuple(sorted(options.items())))
    with _lock:
        engine = _instances.get(key)
        if engine is None:
            engine = engine_class(name)(**options)
            if _wrapper is not None:
                engine = _wrapper(engine)
            _instances[key] = engine
        return engine


def set_engine_wrapper(wrapper: Callable[[Engine], Engine] | None) -> None:
    """Wrap every engine ``get_engine`` creates from now on (the HTTP service merges the
    engine calls of concurrent requests this way); closes the engines made before."""
    global _wrapper
    close_engines()
    _wrapper = wrapper


def close_engines() -> None:
    with _lock:
        for engine in _instances.values():
            engine.close()
        _instances.clear()


__all__ = ["ENGINES", "Engine", "ModelInfo", "close_engines", "engine_class", "get_engine",
           "set_engine_wrapper"]
