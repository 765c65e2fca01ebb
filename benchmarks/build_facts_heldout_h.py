"""Build held-out set H of the facts gate: both embedded directions, engine-like errors.

en -> pt: real English sentences from the ground-truth texts of the English pages of
``tests/data/realworld/heldout_j`` and ``heldout_h``, folders no earlier facts set uses (A:
trafilatura's eval pages; B: ``pages``; C: ``heldout_c/d``; D: ``heldout_e/f``; E: ``zyte_dev``,
``heldout_g``; F: ``heldout``; G: ``heldout_i``), and none of the sentences of sets A..G.
Selection as sets F/G (``facts_builder.select_sentences``): sentences with two clauses and a
negation, a score, a currency, an approximator or a bare number taken first.

pt -> en: the bare engine's Portuguese for the English sentences above (there is no real
Portuguese page in these folders), each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set H was measured. Every rule of set G (which holds
those of C, E, F), plus the classes the seventh pass names:

* ``clause-negation-dropped``: a sentence whose target holds one negation in one clause of two
  (split at a comma, a semicolon or a conjunction): the negation dropped there.
* ``unit-invented``: a unit the source does not have added to a bare number of the target
  ("14" -> "14 anos" where the source has no age; "3" -> "3%").
* ``number-invented``: a number the source does not have put before a plural noun after an
  article ("os manifestantes" -> "os 14 manifestantes").
* ``currency-nationality-changed``: a currency written with its nationality adjective
  ("5 dólares" -> "5 dólares canadenses"; "US$ 5" -> "5 dólares australianos").
* ``score-swapped`` / ``score-changed``: a sports score or a record ("3-2" -> "2-3",
  "6-4 6-3" -> "6-4 3-6"), a batting average (".359" -> ".395").
* pt -> en: the approximator of the Portuguese source ("cerca de", "quase", "mais de",
  "menos de", "pelo menos", "até") dropped from the English ("approximator-dropped"), a unit
  or a number invented, a score swapped, the nationality of a currency changed.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: G's, plus a score written with
an en dash ("3-2" -> "3–2").

Run: ``python benchmarks/build_facts_heldout_h.py benchmarks/data/facts_heldout_h.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
FOLDERS = ("heldout_j", "heldout_h")
ID_PREFIX = "h"
ID_PREFIX_PT = "hp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl"]  # fmt: skip

_RICH_H = re.compile(
    r"\b(?:not|never|no|n't|none|nobody|without)\b.{5,}(?:[,;]|\band\b|\bbut\b)\s.{3,}"
    r"|(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])|(?<![\w.])\.\d{3}\b"
    r"|\b(?:about|almost|nearly|more than|less than|at least|up to|around|over)\s[$€£]?\d"
    r"|\b(?:dollars?|euros?|francs?|pounds?|yen|rubles?|pesos?)\b",
    re.IGNORECASE,
)


def _rich(s: str) -> bool:
    from build_facts_heldout_g import _rich as rich_g

    return bool(_RICH_H.search(s)) or rich_g(s)


def _keep(s: str) -> bool:
    from build_facts_heldout_f import _keep as keep_f

    return keep_f(s) or bool(re.search(r"\b(?:not|never|no)\b", s))


def _cut(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


_CLAUSE = re.compile(r",\s|;\s|\s(?:e|mas|porém|and|but)\s")
_NEG_PT = re.compile(r"\b(?:não|nunca|jamais)\b ?", re.IGNORECASE)
_NEG_EN = re.compile(r"\b(?:not|never)\b ?|(?<=\w)n't\b", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"(?<![\w.,$€£%/:-])(\d{1,3})(?![\w.,%:/-]|\s?(?:%|[a-zà-ú]))")
_PLURAL_PT = re.compile(r"\b(os|as)\s([a-zà-ú]{5,}s)\b")
_PLURAL_EN = re.compile(r"\b(the)\s([a-z]{5,}s)\b")
_SCORE = re.compile(r"(?<![\d./-])(\d{1,2})-(\d{1,2})(?![\d-])")
_AVERAGE = re.compile(r"(?<![\w.])\.(\d)(\d)(\d)\b")


def _clause_negation(tgt: str, neg: re.Pattern[str]) -> str | None:
    """Drop the negation of one clause of two, where the other clause has none."""
    cuts = list(_CLAUSE.finditer(tgt))
    negs = list(neg.finditer(tgt))
    if not cuts or len(negs) != 1:
        return None
    m = negs[0]
    return _cut(tgt, m.start(), m.end(), "")


def _invent_unit(src: str, tgt: str, units: list[tuple[str, str]]) -> tuple[str, str] | None:
    for m in _BARE_NUMBER.finditer(tgt):
        if re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1)):
            continue
        for unit, src_word in units:
            if not re.search(src_word, src, re.IGNORECASE):
                return "unit-invented", _cut(tgt, m.start(), m.end(), m.group(1) + unit)
    return None


def _score(tgt: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    sc = [m for m in _SCORE.finditer(tgt) if m.group(1) != m.group(2)]
    if sc:
        m = sc[-1]
        out.append(("score-swapped", _cut(tgt, m.start(), m.end(), f"{m.group(2)}-{m.group(1)}")))
        out.append(("ok-score-en-dash", _cut(tgt, m.start(), m.end(),
                                             f"{m.group(1)}–{m.group(2)}")))  # fmt: skip
    elif (m := _SCORE.search(tgt)) is not None:
        out.append(("score-changed", _cut(tgt, m.start(), m.end(),
                                          f"{m.group(1)}-{int(m.group(2)) + 1}")))  # fmt: skip
    av = _AVERAGE.search(tgt)
    if av and av.group(2) != av.group(3):
        swapped = f".{av.group(1)}{av.group(3)}{av.group(2)}"
        out.append(("score-changed", _cut(tgt, av.start(), av.end(), swapped)))
    return out


def mutate_h(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the classes the seventh pass names."""
    out: list[tuple[str, str]] = []
    dropped = _clause_negation(tgt, _NEG_PT)
    if dropped:
        out.append(("clause-negation-dropped", dropped))
    inv = _invent_unit(src, tgt, [(" anos", r"\b(?:years?|aged?|old)\b"), ("%", r"%|percent"),
                                  (" milhões", r"\bmillions?\b")])  # fmt: skip
    if inv:
        out.append(inv)
    pl = _PLURAL_PT.search(tgt)
    if pl and not re.search(r"\b14\b", src):
        out.append(("number-invented", _cut(tgt, pl.start(), pl.end(),
                                            f"{pl.group(1)} 14 {pl.group(2)}")))  # fmt: skip
    cur = re.search(r"(\d[\d.,]*)\s(dólares|euros|libras)\b(?!\s[a-zà-ú]+(?:os|as|es)\b)", tgt)
    if cur:
        nat = {"dólares": "canadenses", "euros": "irlandeses", "libras": "egípcias"}[cur.group(2)]
        out.append(("currency-nationality-changed", _cut(tgt, cur.end(2), cur.end(2), " " + nat)))
    else:
        sym = re.search(r"US\$\s?(\d+(?:[.,]\d+)*)(?![\d.,])(?!\s?(?:mil|milh|bilh))", tgt)
        if sym:
            out.append(("currency-nationality-changed",
                        _cut(tgt, sym.start(), sym.end(), f"{sym.group(1)} dólares australianos")))
    out.extend(_score(tgt))
    return [(k, t) for k, t in out if t != tgt]


_APPROX_PT_EN = [(r"cerca de|aproximadamente|por volta de", r"about|around|approximately|some"),
                 (r"quase", r"almost|nearly"), (r"mais de", r"more than|over"),
                 (r"menos de", r"less than|fewer than|under"), (r"pelo menos", r"at least"),
                 (r"até", r"up to|as many as|as much as")]  # fmt: skip


def mutate_h_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the classes the seventh pass names, written for an English target."""
    out: list[tuple[str, str]] = []
    for pt, en in _APPROX_PT_EN:
        if re.search(rf"\b(?:{pt})\s(?:R\$|US\$|[$€£])?\s?\d", src, re.IGNORECASE):
            m = re.search(rf"\b(?:{en})\s(?=(?:R\$|US\$|[$€£])?\s?\d)", tgt, re.IGNORECASE)
            if m:
                out.append(("approximator-dropped", _cut(tgt, m.start(), m.end(), "")))
                break
    dropped = _clause_negation(tgt, _NEG_EN)
    if dropped:
        out.append(("clause-negation-dropped", dropped))
    inv = _invent_unit(src, tgt, [(" years old", r"\banos\b|\bidade\b"), ("%", r"%|por cento"),
                                  (" million", r"\bmilh")])  # fmt: skip
    if inv:
        out.append(inv)
    pl = _PLURAL_EN.search(tgt)
    if pl and not re.search(r"\b14\b", src):
        out.append(("number-invented", _cut(tgt, pl.start(), pl.end(),
                                            f"{pl.group(1)} 14 {pl.group(2)}")))  # fmt: skip
    cur = re.search(r"(\d[\d.,]*)\s(dollars|euros|pounds)\b", tgt)
    if cur:
        nat = {"dollars": "Canadian dollars", "euros": "Irish pounds", "pounds": "Egyptian pounds"}
        out.append(("currency-nationality-changed",
                    _cut(tgt, cur.start(2), cur.end(2), nat[cur.group(2)])))  # fmt: skip
    out.extend(_score(tgt))
    return [(k, t) for k, t in out if t != tgt]


def sentences() -> list[tuple[str, str]]:
    from facts_builder import read_sources, select_sentences

    earlier = read_sources(HERE / "data" / name for name in EARLIER)
    return select_sentences(FOLDERS, MAX_PAIRS, rich=_rich, keep=_keep, exclude=earlier)


def main(argv: list[str]) -> int:
    from build_facts_heldout_c import mutate
    from build_facts_heldout_e import mutate_more
    from build_facts_heldout_g import mutate_en, mutate_f_words, mutate_g
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(out, pairs, ID_PREFIX, [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h],
              targets=targets)  # fmt: skip
    pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
          if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en], source="pt", to="en", mode="a")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
