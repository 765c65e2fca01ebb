"""Build held-out set I of the facts gate: both embedded directions, engine-like errors.

en -> pt: real English sentences from the ground-truth texts of the English pages of
``tests/data/realworld/heldout_k``, a folder no earlier facts set uses (A: trafilatura's eval
pages; B: ``pages``; C: ``heldout_c/d``; D: ``heldout_e/f``; E: ``zyte_dev``, ``heldout_g``;
F: ``heldout``; G: ``heldout_i``; H: ``heldout_j``, ``heldout_h``), and none of the sentences of
sets A..H. Selection as sets F..H (``facts_builder.select_sentences``).

pt -> en: the bare engine's Portuguese for the English sentences above (the folder holds no
Portuguese page), each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set I was measured: every rule of sets C..H, plus the
classes the eighth pass names:

* ``negation-added``: a negation put into one clause that had none ("foi" -> "não foi",
  "was" -> "was not"), the other failure of a dropped one.
* ``negation-dropped-any``: "não"/"nunca"/"not"/"never"/"n't" dropped wherever it is, also in a
  one-clause sentence and with its verb contracted ("didn't" -> "did").
* ``currency-adjective-changed``: a currency whose name holds its nationality adjective written
  with another ("francos suíços" -> "francos franceses", "Swiss francs" -> "French francs",
  "rublos russos" -> "rublos bielorrussos"); and a currency name given a nationality before the
  noun in English ("30 dollars" -> "30 Australian dollars").
* ``approximator-swapped``: an approximator turned into another of the opposite sense ("up to"
  -> "at least", "até" -> "pelo menos", "more than" -> "less than").
* ``until-as-upto``: pt -> en, a Portuguese "até" before a number that is a limit ("até 50")
  written "by 50"/"until 50" (a date reading of an amount).

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-until-date`` ("até 2030" <-> "by 2030"/"until 2030") and ``ok-never-no`` ("never" <->
"nunca"; "not ... any" written "no").

Run: ``python benchmarks/build_facts_heldout_i.py benchmarks/data/facts_heldout_i.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
FOLDERS = ("heldout_k",)
ID_PREFIX = "i"
ID_PREFIX_PT = "ip"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl"]  # fmt: skip

_RICH_I = re.compile(
    r"\b(?:up to|until|by)\s\d|\b(?:Swiss|Russian|Canadian|Australian|Hong Kong|Mexican)\s"
    r"(?:francs?|rubles?|roubles?|dollars?|pesos?)\b|\b(?:not|never|n't|no)\b",
    re.IGNORECASE,
)


def _rich(s: str) -> bool:
    from build_facts_heldout_h import _rich as rich_h

    return bool(_RICH_I.search(s)) or rich_h(s)


def _keep(s: str) -> bool:
    from build_facts_heldout_h import _keep as keep_h

    return keep_h(s)


def _cut(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


_VERB_PT = re.compile(r"\b(é|foi|está|estão|são|foram|era|eram|tem|têm|pode|podem|vai|vão|será|"
                      r"deve|devem|teve|tinha|havia|faz|fez)\b")  # fmt: skip
_VERB_EN = re.compile(r"\b(is|was|are|were|will|can|could|would|should|has|have|had|did|does)\b"
                      r"(?!\s(?:not|never|n't)\b)")  # fmt: skip
_NEG_ANY_PT = re.compile(r"\b(?:não|nunca)\s", re.IGNORECASE)
_NEG_ANY_EN = re.compile(r"\b(?:not|never)\s|(?<=\w)n't\b", re.IGNORECASE)
_CUR_ADJ_PT = [("francos suíços", "francos franceses"), ("rublos russos", "rublos bielorrussos"),
               ("dólares canadenses", "dólares australianos"),
               ("dólares australianos", "dólares canadenses"),
               ("pesos mexicanos", "pesos argentinos"), ("libras esterlinas", "libras egípcias"),
               ("dólares americanos", "dólares canadenses")]  # fmt: skip
_CUR_ADJ_EN = [("Swiss francs", "French francs"), ("Russian rubles", "Belarusian rubles"),
               ("Canadian dollars", "Australian dollars"),
               ("Australian dollars", "Canadian dollars"),
               ("Mexican pesos", "Argentine pesos"), ("US dollars", "Canadian dollars")]
_SWAP_PT = [("até", "pelo menos"), ("mais de", "menos de"), ("menos de", "mais de"),
            ("pelo menos", "no máximo"), ("quase", "mais de")]  # fmt: skip
_SWAP_EN = [("up to", "at least"), ("more than", "less than"), ("less than", "more than"),
            ("at least", "at most"), ("almost", "more than"), ("over", "under")]  # fmt: skip


def _negations(tgt: str, verb: re.Pattern[str], neg: re.Pattern[str], word: str,
               after: bool) -> list[tuple[str, str]]:  # fmt: skip
    out: list[tuple[str, str]] = []
    if not neg.search(tgt):
        m = verb.search(tgt)
        if m:
            new = f"{m.group(1)} {word}" if after else f"{word} {m.group(1)}"
            out.append(("negation-added", _cut(tgt, m.start(), m.end(), new)))
    else:
        ms = list(neg.finditer(tgt))
        m = ms[-1]
        out.append(("negation-dropped-any", _cut(tgt, m.start(), m.end(), "")))
    return out


def _swap(tgt: str, pairs: list[tuple[str, str]]) -> tuple[str, str] | None:
    for old, new in pairs:
        m = re.search(rf"\b{old}\s(?=(?:R\$|US\$|[$€£])?\s?\d)", tgt, re.IGNORECASE)
        if m:
            return "approximator-swapped", _cut(tgt, m.start(), m.end(), new + " ")
    return None


def _currency_adj(tgt: str, table: list[tuple[str, str]]) -> tuple[str, str] | None:
    for old, new in table:
        i = tgt.find(old)
        if i >= 0:
            return "currency-adjective-changed", _cut(tgt, i, i + len(old), new)
    return None


def mutate_i(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the classes the eighth pass names."""
    out = _negations(tgt, _VERB_PT, _NEG_ANY_PT, "não", after=False)
    for fn in (lambda: _swap(tgt, _SWAP_PT), lambda: _currency_adj(tgt, _CUR_ADJ_PT)):
        got = fn()
        if got:
            out.append(got)
    until = re.search(r"\baté\s((?:19|20)\d\d)\b", tgt)
    if until and re.search(rf"\b(?:by|until|till|through)\s{until.group(1)}\b", src):
        out.append(("ok-until-date", tgt))  # the engine's own "até 2030": must pass
    return [(k, t) for k, t in out if t != tgt or k.startswith("ok-")]


def mutate_i_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the classes the eighth pass names, written for an English target."""
    out = _negations(tgt, _VERB_EN, _NEG_ANY_EN, "not", after=True)
    for fn in (lambda: _swap(tgt, _SWAP_EN), lambda: _currency_adj(tgt, _CUR_ADJ_EN)):
        got = fn()
        if got:
            out.append(got)
    cur = re.search(r"(\d[\d.,]*(?:\s(?:million|billion))?)\s(dollars|euros)\b", tgt)
    if cur and not re.search(r"\b(?:australianos|canadenses)\b", src):
        out.append(("currency-adjective-changed", _cut(tgt, cur.start(2), cur.start(2),
                                                        "Australian ")))  # fmt: skip
    ate = re.search(r"\baté\s(\d[\d.,]*)\s(?!de\s(?:janeiro|fevereiro|março|abril|maio|junho|"
                    r"julho|agosto|setembro|outubro|novembro|dezembro))", src)  # fmt: skip
    if ate and not re.fullmatch(r"(?:19|20)\d\d", ate.group(1)):
        m = re.search(r"\b(?:up to|as many as|as much as)\s(?=\S*\d)", tgt, re.IGNORECASE)
        if m:
            out.append(("until-as-upto", _cut(tgt, m.start(), m.end(), "until ")))
    year = re.search(r"\baté\s((?:19|20)\d\d)\b", src)
    if year:
        m = re.search(rf"\b(?:by|until)\s{year.group(1)}\b", tgt)
        if m:
            other = "until" if m.group(0).startswith("by") else "by"
            out.append(("ok-until-date", _cut(tgt, m.start(), m.start() + len(m.group(0)) - 5,
                                              other)))  # fmt: skip
    return [(k, t) for k, t in out if t != tgt or k.startswith("ok-")]


def sentences() -> list[tuple[str, str]]:
    from facts_builder import read_sources, select_sentences

    earlier = read_sources(HERE / "data" / name for name in EARLIER)
    return select_sentences(FOLDERS, MAX_PAIRS, rich=_rich, keep=_keep, exclude=earlier)


def main(argv: list[str]) -> int:
    from build_facts_heldout_c import mutate
    from build_facts_heldout_e import mutate_more
    from build_facts_heldout_g import mutate_en, mutate_f_words, mutate_g
    from build_facts_heldout_h import mutate_h, mutate_h_en
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i],
              targets=targets)  # fmt: skip
    pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
          if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en], source="pt", to="en",
              mode="a")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
