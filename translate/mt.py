"""The translation stage: route a language pair to engines, dedupe, cache, translate in batches.

A route is one hop (direct model) or two through English (pivot) when no engine serves the pair
directly. Each hop sends only sentences it has not seen (in this batch or in the cache) to the
engine, in one call, so an engine can batch and parallelise as it likes.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from types import CodeType

from .engines import Engine, ModelInfo, engine_class, get_engine
from .errors import EngineError, UnsupportedPairError
from .langdata import section, str_list
from .options import EngineOptions
from .regexcache import compile as re_compile
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
        the engine prepares its input (Engine.input_revision) and how this module plans what
        the engine is sent and joins what it returns (:func:`plan_revision`): a cached answer
        is the planner's output as much as the engine's, so an answer cached before a change of
        either is not served after it (probe50: a dateline sentence cached whole before
        probe49's dateline pieces was served whole after them)."""
        revision = getattr(self.engine, "input_revision", "")
        version = f"{self.info.version}+{revision}" if revision else self.info.version
        plan = plan_revision(self.source, self.target)
        return (self.engine.name, self.info.model, f"{version}+{plan}", self.source, self.target)


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


# Where a sentence too long for its engine is cut, best first: after a semicolon or a colon,
# after a comma, around a dash or after a closing bracket, at any space. The cut nearest the
# middle of the best kind found away from the ends (the middle three quarters) is taken, so
# that each cut leaves at least an eighth on either side and the text is read O(log n) times
# over; a run with no space at all (a base64 blob) is cut between two characters.
_CUTS = (re_compile(r"[;:]\s+"), re_compile(r",\s+"), re_compile(r"\s[\u2013\u2014-]\s+|\)\s+"))
_SPACE = re_compile(r"\s+")
# A text of at most this many characters per token of the limit is not counted (the count loads
# the model's vocabulary: 0.12 s, a fifth of the seed article's run): of the real-world corpus's
# 26,326 English and Portuguese sentences none that short is over 100 tokens of the embedded
# models (the densest holds 1.77 characters per token: a ticker line), and a word with its
# space is two characters at least.
_CHARS_PER_TOKEN = 2


def _cut_point(text: str) -> int | None:
    from .segment import grapheme_cut

    n = len(text)
    middle = n // 2
    for pattern in _CUTS:
        best = None
        for m in pattern.finditer(text, n // 8, n - n // 8):
            if 0 < m.end() < n and (best is None or abs(m.end() - middle) < abs(best - middle)):
                best = m.end()
        if best is not None:
            return best
    spaces = [m.end() for m in _SPACE.finditer(text) if m.start() > 0 and m.end() < n]
    if spaces:
        return min(spaces, key=lambda i: abs(i - middle))
    cut = grapheme_cut(text, middle, n) if n > 1 else 0
    return cut if 0 < cut < n else None


def split_overlong(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` cut into pieces that ``fits`` accepts, at safe boundaries (``_CUTS``); the
    pieces joined give ``text`` back exactly (each keeps the spaces after it)."""
    if fits(text):
        return [text]
    cut = _cut_point(text)
    if cut is None:
        return [text]
    return split_overlong(text[:cut], fits) + split_overlong(text[cut:], fits)


@cache
def _dateline_re(source: str) -> re.Pattern[str] | None:
    """The source language's news dateline (``[dateline]`` of ``locales/languages/<lang>.toml``)
    at the start of a sentence, or None when the language has none."""
    data = section(source, "dateline")
    where = f"[dateline] of {source}"
    months = str_list(data, "months", where=where)
    dashes = str_list(data, "dashes", where=where)
    if not months or not dashes:
        return None
    word = r"(?:[A-Z][\w'’.-]*|XNAME\d+X)"
    caps = r"(?:[A-Z][A-Z'’.-]+|XNAME\d+X)"
    place = rf"{word}(?:[ ]{word}){{0,3}}"
    caps_place = rf"{caps}(?:[ ]{caps}){{0,3}}"
    agency = r"(?:[ ]\([A-Z][\w ]{0,20}\))?"
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    date = rf"(?:{month})[ ]\d{{1,2}}(?:,[ ]?\d{{4}})?"
    dash = "|".join(re.escape(d) for d in sorted(dashes, key=len, reverse=True))
    sep = rf"[ \u00a0]+(?:{dash})[ \u00a0]+"
    rest = r"(?=[\"“‘'(]?(?:[A-Z]|XNAME))"
    return re_compile(
        rf"(?P<place>{place})(?P<s1>{sep})(?P<date>{date})(?P<s2>{sep}){rest}"
        rf"|(?P<place2>{place},[ ])(?P<date2>{date})(?P<s3>{sep}){rest}"
        rf"|(?P<alone>(?:{caps_place}(?:,[ ]{place})?|{place},[ ]{place}){agency})"
        rf"(?P<s4>{sep}){rest}"
    )


def dateline_pieces(text: str, source: str) -> list[str] | None:
    """A sentence opening with a news dateline, as pieces that give ``text`` back joined: its
    date and the rest for the engine, its place and dashes kept as written (:class:`Kept`);
    None when it opens with none.

    >>> dateline_pieces("Miami – February 6, 2025 – The State Attorney spoke.", "en")
    ['Miami', ' – ', 'February 6, 2025', ' – ', 'The State Attorney spoke.']
    >>> dateline_pieces("SANTA ANA – A janitor was sentenced today.", "en")
    ['SANTA ANA', ' – ', 'A janitor was sentenced today.']
    >>> dateline_pieces("Jobs – The president spoke.", "en") is None
    True
    """
    pattern = _dateline_re(source)
    m = pattern.match(text) if pattern is not None else None
    if m is None:
        return None
    rest = text[m.end():]
    alone = m.group("alone")
    if alone and "," not in alone:
        # a place in capitals with no date nor state: only before a sentence's usual first word
        # ("SANTA ANA – A janitor"), not in "US – China talks resumed" or "NATO – Russia ..."
        from .segment import segment_rules

        first = re.match(r"[\"“‘'(]?(\w+)", rest)
        if first is None or first.group(1) not in segment_rules(source).starters:
            return None
    pieces: list[str] = []
    for group in ("place", "s1", "date", "s2", "place2", "date2", "s3", "alone", "s4"):
        piece = m.group(group)
        if piece:
            pieces.append(piece if group.startswith("date") else Kept(piece))
    return [*pieces, rest]


class Kept(str):
    """A piece of a sentence kept as written, never sent to the engine: a dateline's place and
    dashes. Alone, the embedded engine drops the dashes and makes up a place ("Miami" came out
    "Rio de Janeiro"); a glossary name there is already a placeholder, put back in the
    edition's form as anywhere else."""

    __slots__ = ()


def _verbatim(piece: str) -> bool:
    return isinstance(piece, Kept)


def _plan(engine: Engine, text: str, source: str, target: str) -> list[str]:
    pieces = dateline_pieces(text, source)
    if pieces is not None:
        return pieces[:-1] + _plan_long(engine, pieces[-1], source, target)
    return _plan_long(engine, text, source, target)


def _plan_long(engine: Engine, text: str, source: str, target: str) -> list[str]:
    limit = engine.max_input_tokens
    if limit is None or len(text) <= _CHARS_PER_TOKEN * limit:
        return [text]

    def fits(piece: str) -> bool:
        return engine.count_tokens(piece, source, target) <= limit

    pieces = split_overlong(text, fits)
    out: list[str] = []
    for piece in pieces:  # a piece of nothing but spaces goes with the one before it
        if out and not piece.strip():
            out[-1] += piece
        else:
            out.append(piece)
    return out


def engine_pieces(engine: Engine, text: str, source: str, target: str) -> list[str]:
    """What the engine is sent for ``text``: the text itself, or, when it is longer than the
    engine's ``max_input_tokens``, its pieces (``split_overlong``), stripped."""
    plan = _plan(engine, text, source, target)
    return plan if len(plan) == 1 else [p.strip() for p in plan if not _verbatim(p)]


def engine_inputs(engine: Engine, texts: Sequence[str], source: str, target: str) -> list[str]:
    """Every text as the engine is sent it (``engine_pieces``), in order: for look-ahead hints."""
    return [p for t in texts for p in engine_pieces(engine, t, source, target)]


def _translate_whole(engine: Engine, texts: list[str], source: str, target: str) -> list[str]:
    """``engine.translate`` for ``texts``; a text too long for the engine is sent as its pieces
    in the same call and their outputs joined in order (by a space where the source had one
    between them, by nothing inside a run without spaces): nothing left out, nothing twice. A
    sentence opening with a news dateline is sent as its place, its date and the rest, the
    dashes between them kept as written (``dateline_pieces``)."""
    plans = [_plan(engine, t, source, target) for t in texts]
    if all(len(p) == 1 for p in plans):
        return engine.translate(texts, source, target)
    flat = list(dict.fromkeys(p.strip() if len(plan) > 1 else p for plan in plans for p in plan
                              if len(plan) == 1 or not _verbatim(p)))
    outputs = engine.translate(flat, source, target)
    if len(outputs) != len(flat):
        raise EngineError(
            f"engine {engine.name} returned {len(outputs)} outputs for {len(flat)} inputs"
        )
    done = dict(zip(flat, outputs, strict=True))
    joined: list[str] = []
    for plan in plans:
        if len(plan) == 1:
            joined.append(done[plan[0]])
            continue
        out = ""
        for i, piece in enumerate(plan):
            if _verbatim(piece):
                out += piece  # a dateline's dash, with its spaces, as the source wrote it
                continue
            part = done[piece.strip()].strip()
            sep = " " if i and plan[i - 1][-1:].isspace() and not out[-1:].isspace() else ""
            out += (sep if out and part else "") + part
        joined.append(out)
    return joined


# What decides the planner's output besides the engine: its functions and its constants; the
# data it reads comes from ``_plan_data``. A new function of the planner joins this list
# (tests/unit/test_fixes52_cache_key.py checks that every function of this module that _plan
# and _translate_whole reach is in it).
_PLANNER = ("_dateline_re", "dateline_pieces", "_verbatim", "_plan", "_plan_long",
            "split_overlong", "_cut_point", "engine_pieces", "_translate_whole")


def _plan_data(source: str) -> object:
    """The data the planner reads for a source language: its ``[dateline]`` table and the
    words of ``[segment] starters`` (a dateline in capitals before one of them)."""
    from .segment import segment_rules

    return {"dateline": section(source, "dateline"),
            "starters": sorted(segment_rules(source).starters)}


def _code_text(code: object) -> str:
    """A code object as text that is the same in every process of one Python: its bytecode,
    names and constants, nested functions' code within (a set constant in sorted order: the
    order of a set of strings changes with each process's hash seed)."""
    if isinstance(code, CodeType):
        parts = [code.co_code.hex(), repr(code.co_names), repr(code.co_varnames),
                 *(_code_text(c) for c in code.co_consts)]
        return "(" + ",".join(parts) + ")"
    if isinstance(code, frozenset | set):
        return "{" + ",".join(sorted(_code_text(c) for c in code)) + "}"
    if isinstance(code, tuple):
        return "(" + ",".join(_code_text(c) for c in code) + ")"
    return repr(code)


@cache
def plan_revision(source: str, target: str) -> str:
    """A revision of how a sentence becomes the engine's input and the engine's output the
    cached answer, for one pair: a hash of the planner's code (``_PLANNER``'s bytecode and
    constants), its patterns and the data it reads (``_plan_data``). Computed once per process
    and pair (well under a millisecond), it changes whenever any of them does, so that no bump
    by hand can be forgotten (probe50's blind spot). It changes with the Python that runs the
    planner too (its bytecode): one more engine call per sentence after such an upgrade, never
    a stale answer."""
    here = globals()
    code = [_code_text(getattr(here[name], "__wrapped__", here[name]).__code__)
            for name in _PLANNER]
    constants = [[p.pattern for p in _CUTS], _SPACE.pattern, _CHARS_PER_TOKEN]
    payload = json.dumps([code, constants, _plan_data(source), target], sort_keys=True,
                         ensure_ascii=False, default=str)
    return "plan." + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


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
            outputs = _translate_whole(hop.engine, missing, hop.source, hop.target)
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
