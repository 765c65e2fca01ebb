"""Build held-out set K of the facts gate: both embedded directions, engine-like and hostile errors.

en -> pt: real English sentences from the ground-truth texts of the English pages of
``tests/data/realworld/heldout_m``, a folder no earlier facts set uses (A: trafilatura's eval
pages; B: ``pages``; C: ``heldout_c/d``; D: ``heldout_e/f``; E: ``zyte_dev``, ``heldout_g``;
F: ``heldout``; G: ``heldout_i``; H: ``heldout_j``, ``heldout_h``; I: ``heldout_k``; J:
``heldout_l``), and none of the sentences of sets A..J. Selection as sets F..J
(``facts_builder.select_sentences``).

pt -> en: the bare engine's Portuguese for the English sentences above (the folder holds no
Portuguese page), each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set K was measured: every rule of sets C..J, plus, in
both directions:

* ``comparison-flipped-more``: the comparatives set J did not turn: "mais" <-> "menos" before
  a word, "more" <-> "less"/"fewer", "acima" <-> "abaixo", "above" <-> "below", "melhores" <->
  "piores", "better" <-> "worse", "mais tarde" <-> "mais cedo", "later" <-> "earlier".
* ``multiplier-changed``: a multiple turned into another ("twice" -> "three times", "double"
  -> "triple", "o dobro" -> "o triplo", "duas vezes" -> "três vezes", "metade" -> "um terço").
* ``before-after-flipped``: an order in time turned ("before" -> "after", "antes de" ->
  "depois de", "since" -> "until", "desde" -> "até").
* ``extreme-flipped``: a bound turned ("maximum" -> "minimum", "máximo" -> "mínimo", "first"
  -> "last", "primeiro" -> "último").
* ``am-pm-flipped``: a time of day turned ("a.m." -> "p.m.", "da manhã" -> "da noite").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-nbsp-in-quantity`` (the space between a number and its word made a no-break space, as
typesetting does: "5 anos" -> "5\\u00a0anos") and ``ok-hash-number`` ("nº 2" for "#2" in
Portuguese, "No. 2" in English).

Run: ``python benchmarks/build_facts_heldout_k.py benchmarks/data/facts_heldout_k.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
FOLDERS = ("heldout_m",)
ID_PREFIX = "k"
ID_PREFIX_PT = "kp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl"]  # fmt: skip

_RICH_K = re.compile(
    r"\b(?:more|less|fewer|better|worse|above|below|later|earlier|twice|double|triple|half|"
    r"before|after|since|maximum|minimum|first|last|a\.m\.|p\.m\.)\b|#\d",
    re.IGNORECASE,
)


def _rich(s: str) -> bool:
    from build_facts_heldout_j import _rich as rich_j

    return bool(_RICH_K.search(s)) or rich_j(s)


def _keep(s: str) -> bool:
    from build_facts_heldout_j import _keep as keep_j

    return keep_j(s) or bool(_RICH_K.search(s))


def _cut(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


_MORE_PT = [(r"mais(?=\s[a-zà-ú]{3,})(?!\s(?:de|do|da|que|um|uma)\b)", "menos"),
            (r"menos(?=\s[a-zà-ú]{3,})(?!\s(?:de|do|da|que)\b)", "mais"),
            (r"acima", "abaixo"), (r"abaixo", "acima"), (r"melhores", "piores"),
            (r"piores", "melhores"), (r"mais tarde", "mais cedo"),
            (r"mais cedo", "mais tarde")]  # fmt: skip
_MORE_EN = [(r"more(?=\s[a-z]{3,})(?!\s(?:than|of)\b)", "less"), (r"less", "more"),
            (r"fewer", "more"), (r"above", "below"), (r"below", "above"), (r"better", "worse"),
            (r"worse", "better"), (r"later", "earlier"), (r"earlier", "later")]  # fmt: skip
_MULT_PT = [(r"o dobro", "o triplo"), (r"o triplo", "o dobro"), (r"duas vezes", "três vezes"),
            (r"três vezes", "duas vezes"), (r"dobrou", "triplicou"), (r"dobrar", "triplicar"),
            (r"metade", "um terço")]  # fmt: skip
_MULT_EN = [(r"twice", "three times"), (r"three times", "twice"), (r"doubled", "tripled"),
            (r"double", "triple"), (r"half", "a third")]  # fmt: skip
_ORDER_PT = [(r"antes d(?=[eoa]s?\b)", "depois d"), (r"depois d(?=[eoa]s?\b)", "antes d"),
             (r"desde", "até")]  # fmt: skip
_ORDER_EN = [(r"before", "after"), (r"after", "before"), (r"since", "until")]
_EXTREME_PT = [(r"máximo", "mínimo"), (r"máxima", "mínima"), (r"mínimo", "máximo"),
               (r"primeiro", "último"), (r"primeira", "última"), (r"último", "primeiro"),
               (r"última", "primeira")]  # fmt: skip
_EXTREME_EN = [(r"maximum", "minimum"), (r"minimum", "maximum"), (r"first", "last"),
               (r"last", "first")]  # fmt: skip
_AMPM_PT = [(r"da manhã", "da noite"), (r"da noite", "da manhã"), (r"da tarde", "da manhã"),
            (r"a\.\s?m\.", "p.m."), (r"p\.\s?m\.", "a.m.")]  # fmt: skip
_AMPM_EN = [(r"a\.\s?m\.", "p.m."), (r"p\.\s?m\.", "a.m."), (r"(?<=\d\s)am\b", "pm"),
            (r"(?<=\d\s)pm\b", "am")]  # fmt: skip


def _swap_re(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    for old, new in pairs:
        m = re.search(rf"(?<![\w.]){old}(?!\w)", tgt, re.IGNORECASE)
        if m:
            if m.group(0)[0].isupper():
                new = new[0].upper() + new[1:]
            return kind, _cut(tgt, m.start(), m.end(), new)
    return None


def _nbsp(tgt: str) -> tuple[str, str] | None:
    m = re.search(r"(?<![\w.,])\d+(?:[.,]\d+)*( )(?=[a-zà-ú]{2,})", tgt)
    return ("ok-nbsp-in-quantity", _cut(tgt, m.start(1), m.end(1), "\u00a0")) if m else None


def _hash(src: str, tgt: str, word: str) -> tuple[str, str] | None:
    m = re.search(r"#\s?(\d+)\b", tgt)
    if m and re.search(rf"#\s?{m.group(1)}\b", src):
        return "ok-hash-number", _cut(tgt, m.start(), m.end(), f"{word} {m.group(1)}")
    return None


def mutate_k(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had."""
    out = [_swap_re(tgt, _MORE_PT, "comparison-flipped-more"),
           _swap_re(tgt, _MULT_PT, "multiplier-changed"),
           _swap_re(tgt, _ORDER_PT, "before-after-flipped"),
           _swap_re(tgt, _EXTREME_PT, "extreme-flipped"),
           _swap_re(tgt, _AMPM_PT, "am-pm-flipped"), _nbsp(tgt),
           _hash(src, tgt, "nº")]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_k_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had, written for an English target."""
    out = [_swap_re(tgt, _MORE_EN, "comparison-flipped-more"),
           _swap_re(tgt, _MULT_EN, "multiplier-changed"),
           _swap_re(tgt, _ORDER_EN, "before-after-flipped"),
           _swap_re(tgt, _EXTREME_EN, "extreme-flipped"),
           _swap_re(tgt, _AMPM_EN, "am-pm-flipped"), _nbsp(tgt),
           _hash(src, tgt, "No.")]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def sentences() -> list[tuple[str, str]]:
    from facts_builder import read_sources, select_sentences

    earlier = read_sources(HERE / "data" / name for name in EARLIER)
    return select_sentences(FOLDERS, MAX_PAIRS, rich=_rich, keep=_keep, exclude=earlier)


def main(argv: list[str]) -> int:
    from build_facts_heldout_c import mutate
    from build_facts_heldout_e import mutate_more
    from build_facts_heldout_g import mutate_en, mutate_f_words, mutate_g
    from build_facts_heldout_h import mutate_h, mutate_h_en
    from build_facts_heldout_i import mutate_i, mutate_i_en
    from build_facts_heldout_j import mutate_j, mutate_j_en
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k], targets=targets)  # fmt: skip
    pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
          if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                      mutate_k_en], source="pt", to="en", mode="a")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
