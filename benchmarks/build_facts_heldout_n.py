"""Build held-out set N of the facts gate: additive negation ("not only") made plain, and back.

A small set aimed at one kind of fact only. en -> pt: real English sentences from the
ground-truth texts of the English pages of every ``tests/data/realworld`` folder, none of them a
sentence of sets A..M: first up to 40 with an additive negation ("not only", "not just",
"not merely", "not solely", "not simply"), then up to 20 with a plain negation ("not", "n't")
and no additive one, each round-robin over pages (``facts_builder.select_sentences``), each
translated once by the bare embedded engine. pt -> en: the corpus has no real Portuguese
sentence with "não só"/"não apenas" outside sets A..M, so the Portuguese sources are the bare
engine's Portuguese for the English sentences above (the ones of 30..300 letters), each
translated once by the bare engine to English.

Mutations, written with this file BEFORE set N was measured, in both directions:

* ``additive-to-plain``: the target's additive negation made plain ("não só"/"não apenas"/
  "não somente" -> "não", one word between kept: "não está apenas" -> "não está"; "nem só"/
  "nem apenas" -> "nem"; "not only"/"not just"/"not merely" -> "not"):
  "not only X but Y" written "not X but Y" says the opposite of X.
* ``plain-to-additive``: the reverse, on a target whose source has a plain negation and no
  additive one: the first plain "não" -> "não só", "not" -> "not only" ("did not win" ->
  "did not only win").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold:

* ``ok-additive-synonym``: one additive negation written as another ("não apenas" -> "não só",
  "não só" -> "não somente", "não somente" -> "não apenas"; "not only" -> "not just", "not just"
  -> "not only").

Run: ``python benchmarks/build_facts_heldout_n.py benchmarks/data/facts_heldout_n.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_ADDITIVE = 40
MAX_PLAIN = 20
FOLDERS = ("heldout", "heldout_c", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
           "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m",
           "heldout_n", "zyte_dev")  # fmt: skip
ID_PREFIX = "n"
ID_PREFIX_PT = "np"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl", "facts_heldout_k.jsonl", "facts_heldout_l.jsonl",
           "facts_heldout_m.jsonl"]  # fmt: skip

_ADD_EN = re.compile(r"\bnot (?:only|just|merely|solely|simply)\b", re.IGNORECASE)
_PLAIN_EN = re.compile(r"\bnot\b|n't\b", re.IGNORECASE)
_ADD_PT = re.compile(r"\b(?:[Nn]ão (?:só|apenas|somente)|[Nn]em (?:só|apenas))\b")
_PLAIN_PT = re.compile(r"\b([Nn])ão\b(?! (?:só|apenas|somente)\b)")


def _additive_en(s: str) -> bool:
    return bool(_ADD_EN.search(s))


def _plain_en(s: str) -> bool:
    return bool(_PLAIN_EN.search(s)) and not _ADD_EN.search(s)


def _first(tgt: str, pattern: str, repl: str, kind: str) -> tuple[str, str] | None:
    m = re.search(pattern, tgt)
    if m is None:
        return None
    return kind, tgt[: m.start()] + m.expand(repl) + tgt[m.end() :]


def mutate_n(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt (Portuguese target)."""
    out: list[tuple[str, str] | None] = []
    if _ADD_EN.search(src):
        plain, cut = r"\b([Nn])ão( \w+)? (?:só|apenas|somente)\b", "additive-to-plain"
        out.append(_first(tgt, plain, r"\1ão\2", cut)
                   or _first(tgt, r"\b([Nn])em (?:só|apenas)\b", r"\1em", cut))  # fmt: skip
        ok = "ok-additive-synonym"
        out.append(_first(tgt, r"\b([Nn])ão( \w+)? apenas\b", r"\1ão\2 só", ok)
                   or _first(tgt, r"\b([Nn])ão( \w+)? só\b", r"\1ão\2 somente", ok)
                   or _first(tgt, r"\b([Nn])ão( \w+)? somente\b", r"\1ão\2 apenas", ok)
                   )  # fmt: skip
    elif not _ADD_PT.search(tgt):
        out.append(_first(tgt, _PLAIN_PT.pattern, r"\1ão só", "plain-to-additive"))
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_n_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en (English target)."""
    out: list[tuple[str, str] | None] = []
    if _ADD_PT.search(src):
        out.append(_first(tgt, r"\b([Nn])ot (?:only|just|merely|solely|simply)\b", r"\1ot",
                          "additive-to-plain"))  # fmt: skip
        ok = "ok-additive-synonym"
        out.append(_first(tgt, r"\b([Nn])ot only\b", r"\1ot just", ok)
                   or _first(tgt, r"\b([Nn])ot just\b", r"\1ot only", ok))  # fmt: skip
    elif not _ADD_EN.search(tgt):
        out.append(_first(tgt, r"\b([Nn])ot\b", r"\1ot only", "plain-to-additive"))
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def sentences() -> list[tuple[str, str]]:
    from facts_builder import read_sources, select_sentences

    earlier = read_sources(HERE / "data" / name for name in EARLIER)
    additive = select_sentences(FOLDERS, MAX_ADDITIVE, keep=_additive_en, exclude=earlier)
    plain = select_sentences(FOLDERS, MAX_PLAIN, keep=_plain_en, exclude=earlier)
    return additive + plain


def main(argv: list[str]) -> int:
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(out, pairs, ID_PREFIX, [mutate_n], targets=targets)
    pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
          if 30 <= len(tgt) <= 300]  # fmt: skip
    write_set(out, pt, ID_PREFIX_PT, [mutate_n_en], source="pt", to="en", mode="a")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
