"""Score the pipeline against hand-written expectations for unseen articles.

Each ``tests/data/unseen/<name>.toml`` describes one article written for this purpose (not
taken from anything the pipeline was tuned on): the names a newsroom glossary must find, the
words it must leave alone, the dates and numbers an edition must show in each locale, the
boilerplate to drop and the text to keep, and where sentences must (not) be cut.

Two levels, so tests stay fast and the benchmark measures the real thing:

* :func:`score_source` needs no engine: name mentions exactly as ``translate check --json``
  finds them (same reader, same pieces, same context), plus detection, boilerplate and
  segmentation as ``translate run`` prepares the article.
* :func:`score_editions` scores editions made by the real pipeline (``translate run``):
  dates and numbers per locale, names in the edition text, and the glossary report.

Used by ``tests/unseen/test_unseen.py`` and ``benchmarks/eval_unseen.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

DATA = Path(__file__).resolve().parents[1] / "data" / "unseen"
FLAGGED = ("deprecated", "misspelling", "partial")
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\t\n]+")


def norm(text: str) -> str:
    """Collapse every kind of space (no-break, narrow no-break, thin) into one plain space."""
    return _SPACES.sub(" ", text)


@dataclass(frozen=True)
class Expectation:
    """One article and its hand-written expected facts."""

    name: str
    article: Path
    data: dict[str, Any]

    @property
    def lang(self) -> str:
        return str(self.data.get("lang", "en"))

    @property
    def targets(self) -> list[str]:
        return list(self.data.get("targets", ["pt-BR"]))


def load_expectations(folder: Path = DATA, names: Iterable[str] = ()) -> list[Expectation]:
    """Every ``*.toml`` in ``folder`` (or only ``names``), sorted by name."""
    wanted = set(names)
    out = []
    for path in sorted(folder.glob("*.toml")):
        if wanted and path.stem not in wanted:
            continue
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        out.append(Expectation(path.stem, folder / data["file"], data))
    return out


# -- name mentions (check level) ---------------------------------------------------------------


@dataclass
class NameResult:
    surface: str
    start: int
    end: int
    entry: str
    found: bool = False  # a mention of the right entry overlaps the occurrence
    kind_ok: bool = False  # ... with an accepted match kind and the exact span
    fix_ok: bool | None = None  # None when the expectation says nothing about the fix
    got: str = ""  # what was found, for the report
    item: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class SourceScore:
    """Check-level and source-stage results for one article."""

    name: str
    names: list[NameResult] = field(default_factory=list)
    true_positive: int = 0
    false_positive: list[str] = field(default_factory=list)
    not_name_hits: list[str] = field(default_factory=list)
    detected: str = ""
    lang_ok: bool = False
    dropped_ok: list[tuple[str, bool]] = field(default_factory=list)
    kept_ok: list[tuple[str, bool]] = field(default_factory=list)
    segments_ok: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def recall(self) -> tuple[int, int]:
        return sum(n.found for n in self.names), len(self.names)

    @property
    def kinds(self) -> tuple[int, int]:
        return sum(n.kind_ok for n in self.names), len(self.names)

    @property
    def fixes(self) -> tuple[int, int]:
        judged = [n for n in self.names if n.fix_ok is not None]
        return sum(bool(n.fix_ok) for n in judged), len(judged)

    @property
    def precision(self) -> tuple[int, int]:
        return self.true_positive, self.true_positive + len(self.false_positive)

    @property
    def boilerplate(self) -> tuple[int, int]:
        both = self.dropped_ok + self.kept_ok
        return sum(ok for _, ok in both), len(both)

    @property
    def sentences(self) -> tuple[int, int]:
        return sum(ok for _, ok in self.segments_ok), len(self.segments_ok)

    def failures(self) -> list[str]:
        """Human-readable list of every expectation that failed."""
        out = []
        for n in self.names:
            if not n.found:
                got = n.got or "-"
                out.append(f"name missed: {n.surface!r} @{n.start} -> {n.entry} (got {got})")
            elif not n.kind_ok:
                out.append(f"name kind/span: {n.surface!r} -> {n.entry} (got {n.got})")
            elif n.fix_ok is False:
                out.append(f"name fix: {n.surface!r} -> {n.entry} (got {n.got})")
        out += [f"false positive: {fp}" for fp in self.false_positive]
        if not self.lang_ok:
            out.append(f"language: detected {self.detected}")
        out += [f"boilerplate kept: {t!r}" for t, ok in self.dropped_ok if not ok]
        out += [f"text lost: {t!r}" for t, ok in self.kept_ok if not ok]
        out += [f"segmentation: {t!r}" for t, ok in self.segments_ok if not ok]
        return out


def _occurrences(pieces: Sequence[tuple[int, str]], surface: str,
                 text: str = "") -> list[tuple[int, int]]:
    """Where ``surface`` occurs in the pieces, as offsets into the article's text; in a
    piece that is not verbatim in ``text`` (markup inside it) each occurrence is placed by
    finding it in ``text``, as ``translate check`` places its mentions."""
    from translate.glossary.match import _surface_pattern

    pattern = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")
    out = []
    cursor = 0
    for offset, piece in pieces:
        if offset >= 0:
            out.extend((offset + m.start(), offset + m.end()) for m in pattern.finditer(piece))
            cursor = offset + len(piece)
            continue
        if not text:
            continue
        for m in pattern.finditer(piece):
            placed = _surface_pattern(m.group()).search(text, cursor)
            if placed is not None:
                out.append((placed.start(), placed.end()))
                cursor = placed.end()
    return out


def _expected_names(exp: Expectation, pieces: Sequence[tuple[int, str]],
                    text: str = "") -> list[NameResult]:
    """Every expected occurrence; one inside a longer expected name belongs to that name."""
    raw: list[tuple[dict[str, Any], int, int]] = []
    for item in exp.data.get("names", []):
        occ = _occurrences(pieces, item["surface"], text)
        if "nth" in item:
            occ = occ[item["nth"] - 1 : item["nth"]] if len(occ) >= item["nth"] else []
        if not occ:
            raise AssertionError(f"{exp.name}: expected name {item['surface']!r} not in the text")
        raw.extend((item, s, e) for s, e in occ)
    kept = [
        (item, s, e) for item, s, e in raw
        if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for _, s2, e2 in raw)
    ]
    return [NameResult(item["surface"], s, e, item["entry"], item=item) for item, s, e in
            sorted(kept, key=lambda x: x[1])]


def _optional_spans(exp: Expectation, pieces: Sequence[tuple[int, str]], text: str = ""
                    ) -> list[tuple[int, int, str | None]]:
    out: list[tuple[int, int, str | None]] = []
    for item in exp.data.get("optional", []):
        surface, entry = (item, None) if isinstance(item, str) else (item["surface"], item["entry"])
        out.extend((s, e, entry) for s, e in _occurrences(pieces, surface, text))
    return out


def score_mentions(exp: Expectation, score: SourceScore, mentions: Sequence[Any],
                   pieces: Sequence[tuple[int, str]], text: str = "") -> None:
    """Compare mentions (``translate check`` output) with the expected names."""
    expected = _expected_names(exp, pieces, text)
    optional = _optional_spans(exp, pieces, text)
    not_names = [(s, e, w) for w in exp.data.get("not_names", [])
                 for s, e in _occurrences(pieces, w, text)]
    for m in mentions:
        hit = [n for n in expected if m.start < n.end and n.start < m.end]
        right = [n for n in hit if n.entry == m.entry.id]
        desc = f"{m.surface!r}@{m.start} {m.match} {m.entry.id}"
        if m.fix:
            desc += f" fix={m.fix!r}"
        for n in hit:
            n.got = (n.got + "; " if n.got else "") + desc
        if right:
            score.true_positive += 1
            for n in right:
                n.found = True
                item = n.item
                kinds = item["match"] if isinstance(item["match"], list) else [item["match"]]
                exact_span = (m.start, m.end) == (n.start, n.end)
                n.kind_ok = n.kind_ok or (m.match in kinds and exact_span)
                if "fix" in item:
                    wants = item["fix"] if isinstance(item["fix"], list) else [item["fix"]]
                    n.fix_ok = m.fix in [w or None for w in wants]
            continue
        if any(m.start < e and s < m.end and (entry is None or entry == m.entry.id)
               for s, e, entry in optional) and not hit:
            continue
        score.false_positive.append(desc)
        if any(m.start < e and s < m.end for s, e, _ in not_names):
            score.not_name_hits.append(desc)
    for n in expected:
        if n.found and n.fix_ok is None and "fix" in n.item:
            n.fix_ok = False
    score.names = expected


def check_mentions(exp: Expectation, glossary: Any = None
                   ) -> tuple[list[Any], list[tuple[int, str]], str]:
    """Mentions exactly as ``translate check FILE --json --from LANG`` reports them."""
    from translate.glossary import load_glossary
    from translate.names import article_pieces, check_names
    from translate.read import read_article

    glossary = glossary if glossary is not None else load_glossary([], builtin=True)
    article = read_article(str(exp.article))
    text, pieces = article_pieces(article)
    return list(check_names(article, glossary, exp.lang).mentions), pieces, text


# -- source stages --------------------------------------------------------------------------


def score_source(exp: Expectation, glossary: Any = None) -> SourceScore:
    """Check-level names, detection, boilerplate and segmentation for one article."""
    from translate.pipeline import prepare
    from translate.read import read_article

    score = SourceScore(exp.name)
    mentions, pieces, text = check_mentions(exp, glossary)
    score_mentions(exp, score, mentions, pieces, text)

    prepared = prepare(read_article(exp.article))
    score.detected = prepared.source_lang
    score.lang_ok = prepared.source_lang == exp.lang
    blocks = [norm(b.text) for b in prepared.article.blocks]
    bp = exp.data.get("boilerplate", {})
    score.dropped_ok = [(t, not any(norm(t) in b for b in blocks)) for t in bp.get("dropped", [])]
    score.kept_ok = [(t, any(norm(t) in b for b in blocks)) for t in bp.get("kept", [])]
    sources = [norm(s.source) for s in prepared.segments]
    seg = exp.data.get("segments", {})
    score.segments_ok = [(f"unsplit {t!r}", any(norm(t) in s for s in sources))
                         for t in seg.get("unsplit", [])]
    score.segments_ok += [(f"starts {t!r}", any(s.startswith(norm(t)) for s in sources))
                          for t in seg.get("starts", [])]
    return score


# -- editions -------------------------------------------------------------------------------


@dataclass
class EditionScore:
    name: str
    locale: str
    numbers_ok: list[tuple[str, bool, str]] = field(default_factory=list)  # source, ok, target
    contains_ok: list[tuple[str, bool]] = field(default_factory=list)
    absent_ok: list[tuple[str, bool]] = field(default_factory=list)
    glossary: dict[str, int] = field(default_factory=dict)
    text: str = ""

    @property
    def numbers(self) -> tuple[int, int]:
        return sum(ok for _, ok, _ in self.numbers_ok), len(self.numbers_ok)

    @property
    def names(self) -> tuple[int, int]:
        both = self.contains_ok + self.absent_ok
        return sum(ok for _, ok in both), len(both)

    @property
    def report(self) -> tuple[int, int]:
        g = self.glossary
        return g.get("kept", 0) + g.get("repaired", 0), g.get("mentions", 0)

    def failures(self) -> list[str]:
        out = [f"{self.locale} number {s!r}: {t!r}" for s, ok, t in self.numbers_ok if not ok]
        out += [f"{self.locale} name missing: {t!r}" for t, ok in self.contains_ok if not ok]
        out += [f"{self.locale} should be gone: {t!r}" for t, ok in self.absent_ok if not ok]
        if self.glossary.get("wrong"):
            out.append(f"{self.locale} glossary report: {self.glossary['wrong']} still wrong")
        return out


def score_edition(exp: Expectation, edition: Any) -> EditionScore:
    """Dates/numbers, names and glossary adherence of one edition (a translate.model.Edition)."""
    locale = edition.locale
    score = EditionScore(exp.name, locale)
    segments = edition.segments
    full = norm(" ".join(b.target for b in edition.blocks))
    score.text = full
    for item in exp.data.get("numbers", []):
        wanted = item.get(locale)
        if not wanted:
            continue
        wanted = [norm(w) for w in wanted]
        src = norm(item["source"])
        targets = [norm(s.target) for s in segments if src in norm(s.source)] or [full]
        ok = any(w in t for w in wanted for t in targets)
        shown = targets[0] if len(targets[0]) < 400 else targets[0][:400] + "…"
        score.numbers_ok.append((item["source"], ok, shown))
    ed = exp.data.get("edition", {}).get(locale, {})
    score.contains_ok = [(t, norm(t) in full) for t in ed.get("contains", [])]
    score.absent_ok = [(t, norm(t) not in full) for t in ed.get("absent", [])]
    report = edition.reports.get("glossary") or {}
    score.glossary = {k: int(report.get(k, 0)) for k in ("mentions", "kept", "repaired", "wrong",
                                                          "duplicated", "source_fixed")}
    return score


def run_editions(exp: Expectation, out_dir: Path | None = None,
                 formats: Sequence[str] = ("md", "json")) -> list[Any]:
    """Editions of the article for its targets, made like ``translate run --to ... --no-cache``."""
    from translate.options import RunOptions
    from translate.pipeline import run_file, translate_article
    from translate.read import read_article

    options = RunOptions(use_cache=False, use_tm=False)
    targets = ",".join(exp.targets)
    if out_dir is not None:
        return list(run_file(exp.article, targets, out_dir, formats, options).editions)
    return translate_article(read_article(exp.article), targets, options)


def ratio(pair: tuple[int, int]) -> str:
    ok, total = pair
    return f"{ok}/{total}" if total else "-"


def add(pairs: Iterable[tuple[int, int]]) -> tuple[int, int]:
    ok = total = 0
    for a, b in pairs:
        ok, total = ok + a, total + b
    return ok, total
