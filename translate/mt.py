"""The translation stage: route a language pair to engines, dedupe, cache, translate in batches.

A route is one hop (direct model) or two through English (pivot) when no engine serves the pair
directly. Each hop sends only sentences it has not seen (in this batch or in the cache) to the
engine, in one call, so an engine can batch and parallelise as it likes.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from .engines import Engine, ModelInfo, engine_class, get_engine
from .errors import EngineError, UnsupportedPairError
from .options import EngineOptions
from .store import Store

log = logging.getLogger(__name__)

PIVOT_LANGUAGE = "en"


@dataclass(frozen=True)
class Hop:
    engine: Engine
    info: ModelInfo

    @property
    def source(self) -> str:
        return self.info.source

    @property
    def target(self) -> str:
        return self.info.target

    @property
    def cache_key(self) -> tuple[str, str, str, str, str]:
        """(engine, model, version, source, target) of the MT cache: the version carries how
        the engine prepares its input (Engine.input_revision)."""
        revision = getattr(self.engine, "input_revision", "")
        version = f"{self.info.version}+{revision}" if revision else self.info.version
        return (self.engine.name, self.info.model, version, self.source, self.target)


@dataclass(frozen=True)
class Route:
    """How ``source`` becomes ``target``: one hop, or two through the pivot language."""

    hops: tuple[Hop, ...]

    @property
    def pivot(self) -> str | None:
        return self.hops[0].target if len(self.hops) > 1 else None

    @property
    def engine(self) -> str:
        return "+".join(dict.fromkeys(h.engine.name for h in self.hops))

    @property
    def model(self) -> str:
        return " > ".join(h.info.model for h in self.hops)

    @property
    def version(self) -> str:
        return " > ".join(h.info.version for h in self.hops)


def _accepted(name: str, options: EngineOptions) -> dict[str, object]:
    """The options that engine ``name``'s constructor takes (``--beam-size`` means nothing to
    the embedded engine, and must not break it)."""
    given = options.given()
    params = inspect.signature(engine_class(name).__init__).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return given
    return {k: v for k, v in given.items() if k in params}


def engines_for(names: Sequence[str], engine_options: EngineOptions) -> list[Engine]:
    engines: list[Engine] = []
    errors: list[str] = []
    for name in names:
        try:
            engines.append(get_engine(name, **_accepted(name, engine_options)))
        except EngineError as exc:
            errors.append(exc.message)
            log.info("engine %s unavailable: %s", name, exc.message)
    if not engines and errors:
        raise EngineError("; ".join(errors))
    return engines


def plan_route(
    source: str,
    target: str,
    engine_names: Sequence[str],
    engine_options: EngineOptions | None = None,
) -> Route:
    """The first engine (in preference order) that serves the pair, else a pivot through English."""
    engines = engines_for(engine_names, engine_options or EngineOptions())
    for engine in engines:
        if engine.supports(source, target):
            return Route((Hop(engine, engine.model_info(source, target)),))
    if PIVOT_LANGUAGE not in (source, target):
        first = next((e for e in engines if e.supports(source, PIVOT_LANGUAGE)), None)
        second = next((e for e in engines if e.supports(PIVOT_LANGUAGE, target)), None)
        if first and second:
            return Route(
                (
                    Hop(first, first.model_info(source, PIVOT_LANGUAGE)),
                    Hop(second, second.model_info(PIVOT_LANGUAGE, target)),
                )
            )
    available = sorted({f"{s}->{t}" for e in engines for s, t in e.pairs()})
    hint = (
        f"installed pairs: {', '.join(available)}; install a model with 'translate models install'"
        if available
        else "install a model with 'translate models install'"
    )
    raise UnsupportedPairError(source, target, hint=hint)


@dataclass
class HopStats:
    requested: int = 0
    unique: int = 0
    cached: int = 0
    translated: int = 0


def translate_batch(
    texts: Sequence[str], route: Route, store: Store | None = None
) -> tuple[list[str], list[bool], list[HopStats]]:
    """Translate ``texts`` along ``route``.

    Returns the targets, for each text whether every hop came from the cache, and per-hop counts.
    Identical texts are translated once; empty texts stay empty.
    """
    current = list(texts)
    from_cache = [True] * len(current)
    stats: list[HopStats] = []
    for hop in route.hops:
        hop_stats = HopStats(requested=len(current))
        unique = list(dict.fromkeys(t for t in current if t.strip()))
        hop_stats.unique = len(unique)
        key = hop.cache_key
        known = store.cache_get(key, unique) if store is not None else {}
        hop_stats.cached = len(known)
        missing = [t for t in unique if t not in known]
        if missing:
            outputs = hop.engine.translate(missing, hop.source, hop.target)
            if len(outputs) != len(missing):
                raise EngineError(
                    f"engine {hop.engine.name} returned {len(outputs)} outputs for"
                    f" {len(missing)} inputs"
                )
            fresh = dict(zip(missing, outputs, strict=True))
            if store is not None:
                store.cache_put(key, fresh.items())
            known.update(fresh)
        hop_stats.translated = len(missing)
        missing_set = set(missing)
        from_cache = [c and t not in missing_set for c, t in zip(from_cache, current, strict=True)]
        current = [known.get(t, t) if t.strip() else t for t in current]
        stats.append(hop_stats)
    return current, from_cache, stats
