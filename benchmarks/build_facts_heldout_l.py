"""Build held-out set L of the facts gate: both embedded directions, engine-like and hostile errors.

en -> pt: real English sentences from the ground-truth texts of the English pages of every
``tests/data/realworld`` folder, none of them a sentence of sets A..K (every folder is used by
an earlier set; set K took ``heldout_m``). Selection as sets F..K
(``facts_builder.select_sentences``): first up to 80 sentences with a unit, a percent, a sign, a
range or a scale word (the rarer kinds below), then sentences with the other kinds of this set.

pt -> en: the real Portuguese sentences of the Portuguese pages of the same folders (none of
them in sets A..K), then the bare engine's Portuguese for the English sentences above, each
translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set L was measured: every rule of sets C..K, plus, in
both directions:

* ``superlative-flipped``: a superlative turned ("the largest" -> "the smallest", "highest"
  -> "lowest", "best" -> "worst", "the most" -> "the least", "o maior" -> "o menor", "a mais
  X" -> "a menos X", "o melhor" -> "o pior").
* ``order-flipped``: an order in time turned ("before" <-> "after", "prior to" -> "after",
  "antes" <-> "depois", "anterior" <-> "posterior").
* ``first-last-flipped``: "first" <-> "last", "earliest" <-> "latest", "primeiro(s)/a(s)" <->
  "último(s)/a(s)", "início" -> "fim", "inicial" <-> "final".
* ``measure-unit-swapped``: a unit of measure turned into another, the number kept ("km" ->
  "milhas", "quilômetros" -> "milhas", "milhas" -> "quilômetros", "kg" -> "libras", "metros"
  -> "pés", "°C" -> "°F"; "km" -> "miles", "miles" -> "kilometers", "pounds" -> "kilograms",
  "feet" -> "meters").
* ``points-as-percent``: percentage points written as a percent ("pontos percentuais" -> "por
  cento"; "percentage points" -> "percent"; the other way, a percent written as points, is
  set E's ``percent-as-points``, and a million turned into a billion set E's ``scale-swapped``,
  both applied here too).
* ``sign-changed``: the sign of a change turned ("+5%" -> "-5%", "-3" -> "+3").
* ``range-collapsed``: a range written as its upper end alone ("10-20" -> "20", "de 10 a 20"
  -> "20", "between 10 and 20" -> "20").
* ``range-to-bound``: a range turned into a bound ("de 10 a 20" -> "até 20", "between 10 and
  20" -> "up to 20").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-unit-spelled`` ("km" -> "quilômetros", "kg" -> "quilos"; "km" -> "kilometers"),
``ok-range-words`` ("10-20" -> "10 a 20"; "10-20" -> "10 to 20"), ``ok-per-thousand-word``
("por 1.000" -> "por mil"; "per 1,000" -> "per thousand"), ``ok-million-digits`` ("2 milhões"
-> "2.000.000"; "2 million" -> "2,000,000").

Run: ``python benchmarks/build_facts_heldout_l.py benchmarks/data/facts_heldout_l.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
FOLDERS = ("heldout", "heldout_c", "heldout_d", "heldout_e", "heldout_f", "heldout_g",
           "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l", "heldout_m",
           "zyte_dev")  # fmt: skip
ID_PREFIX = "l"
ID_PREFIX_PT = "lp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl", "facts_heldout_k.jsonl"]  # fmt: skip

_RICH_L = re.compile(
    r"\b(?:largest|biggest|highest|lowest|smallest|best|worst|greatest|most|least|before|"
    r"after|prior|first|last|earliest|latest|km|kilomet(?:er|re)s?|miles?|kg|kilograms?|pounds?|"
    r"feet|met(?:er|re)s|million|billion|percentage points?|between|"
    r"maior|menor|melhor|pior|antes|depois|primeir[oa]s?|últim[oa]s?|milhões|bilhões|milhão|"
    r"bilhão|quilômetros|pontos percentuais|entre)\b|[+−]\d|\d\s?(?:-|–|to)\s?\d|%|°",
    re.IGNORECASE,
)


_RARE_L = re.compile(
    r"\d\s?(?:km|kg|mi|lbs?|m|cm|mm|ft|°[CF]?|%)(?!\w)|\b(?:kilomet(?:er|re)s?|miles?|"
    r"kilograms?|pounds|feet|met(?:er|re)s|percent|per cent|percentage points?|million|billion|"
    r"between \d|from \d)\b|(?<![\w.,])[+−-]\d|\d\s?[-–]\s?\d",
    re.IGNORECASE,
)
RARE_FIRST = 80


def _rare(s: str) -> bool:
    return bool(_RARE_L.search(s))


def _rich(s: str) -> bool:
    return bool(_RICH_L.search(s))


def _keep(s: str) -> bool:
    from build_facts_heldout_k import _keep as keep_k

    return keep_k(s) or bool(_RICH_L.search(s))


def _sub(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    """The first pattern that matches, replaced once (``\\1`` keeps an article); a capital
    kept."""
    for old, new in pairs:
        guard = "" if old.startswith("(?<") else r"(?<![\w.])"
        m = re.search(rf"{guard}{old}(?!\w)", tgt, re.IGNORECASE)
        if m:
            rep = m.expand(new)
            if m.group(0)[0].isupper() and rep:
                rep = rep[0].upper() + rep[1:]
            return kind, tgt[: m.start()] + rep + tgt[m.end() :]
    return None


_ART_PT = r"(o|a|os|as|do|da|dos|das|no|na|nos|nas|pelo|pela|ao|à)"
_SUPER_PT = [(rf"{_ART_PT} maior(es)?\b", r"\1 menor\2"),
             (rf"{_ART_PT} menor(es)?\b", r"\1 maior\2"),
             (rf"{_ART_PT} melhor(es)?\b", r"\1 pior\2"),
             (rf"{_ART_PT} pior(es)?\b", r"\1 melhor\2"),
             (rf"{_ART_PT} mais(?=\s[a-zà-ú]{{3,}})", r"\1 menos")]  # fmt: skip
_SUPER_EN = [(r"largest", "smallest"), (r"biggest", "smallest"), (r"highest", "lowest"),
             (r"lowest", "highest"), (r"smallest", "largest"), (r"greatest", "least"),
             (r"best", "worst"), (r"worst", "best"), (r"the most(?=\s[a-z]{3,})", "the least"),
             (r"the least(?=\s[a-z]{3,})", "the most")]  # fmt: skip
_ORDER_PT = [(r"antes", "depois"), (r"depois", "antes"), (r"anterior", "posterior"),
             (r"posterior", "anterior")]  # fmt: skip
_ORDER_EN = [(r"before", "after"), (r"after", "before"), (r"prior to", "after")]
_FIRST_PT = [(r"primeiros", "últimos"), (r"primeiras", "últimas"), (r"primeiro", "último"),
             (r"primeira", "última"), (r"últimos", "primeiros"), (r"últimas", "primeiras"),
             (r"último", "primeiro"), (r"última", "primeira"), (r"início", "fim"),
             (r"inicial", "final")]  # fmt: skip
_FIRST_EN = [(r"first", "last"), (r"last", "first"), (r"earliest", "latest"),
             (r"latest", "earliest"), (r"initial", "final")]  # fmt: skip
_UNIT_PT = [(r"(?<=\d\s)km\b", "milhas"), (r"(?<=\d)km\b", " milhas"), (r"quilômetros", "milhas"),
            (r"milhas", "quilômetros"), (r"(?<=\d\s)kg\b", "libras"), (r"(?<=\d)kg\b", " libras"),
            (r"quilos", "libras"), (r"(?<=\d\s)metros", "pés"), (r"(?<=\d\s)pés", "metros"),
            (r"°C", "°F"), (r"°F", "°C")]  # fmt: skip
_UNIT_EN = [(r"(?<=\d\s)km\b", "miles"), (r"(?<=\d)km\b", " miles"),
            (r"kilomet(?:er|re)s", "miles"), (r"miles", "kilometers"), (r"(?<=\d\s)kg\b", "pounds"),
            (r"(?<=\d\s)pounds", "kilograms"), (r"(?<=\d\s)feet", "meters"),
            (r"(?<=\d\s)met(?:er|re)s", "feet"), (r"°C", "°F"), (r"°F", "°C")]  # fmt: skip
_POINTS_PT = [(r"pontos percentuais", "por cento"), (r"ponto percentual", "por cento")]
_POINTS_EN = [(r"percentage points?", "percent")]
_SIGN = [(r"(?<![\w.,+−-])\+(?=\d)", "-"), (r"(?<![\w.,+−-])[−-](?=\d)", "+")]
_RANGE_COLLAPSE_PT = [(r"entre (\d+(?:[.,]\d+)*) e (\d+(?:[.,]\d+)*)", r"\2"),
                      (r"de (\d+(?:[.,]\d+)*) a (\d+(?:[.,]\d+)*)", r"\2"),
                      (r"(\d+(?:[.,]\d+)*)\s?[-–]\s?(\d+(?:[.,]\d+)*)", r"\2")]  # fmt: skip
_RANGE_COLLAPSE_EN = [(r"between (\d+(?:[.,]\d+)*) and (\d+(?:[.,]\d+)*)", r"\2"),
                      (r"from (\d+(?:[.,]\d+)*) to (\d+(?:[.,]\d+)*)", r"\2"),
                      (r"(\d+(?:[.,]\d+)*)\s?[-–]\s?(\d+(?:[.,]\d+)*)", r"\2")]  # fmt: skip
_RANGE_BOUND_PT = [(r"entre (\d+(?:[.,]\d+)*) e (\d+(?:[.,]\d+)*)", r"até \2"),
                   (r"de (\d+(?:[.,]\d+)*) a (\d+(?:[.,]\d+)*)", r"até \2")]  # fmt: skip
_RANGE_BOUND_EN = [(r"between (\d+(?:[.,]\d+)*) and (\d+(?:[.,]\d+)*)", r"up to \2"),
                   (r"from (\d+(?:[.,]\d+)*) to (\d+(?:[.,]\d+)*)", r"up to \2")]  # fmt: skip
_OK_UNIT_PT = [(r"(?<=\d\s)km\b", "quilômetros"), (r"(?<=\d)km\b", " quilômetros"),
               (r"(?<=\d\s)kg\b", "quilos"), (r"(?<=\d)kg\b", " quilos")]  # fmt: skip
_OK_UNIT_EN = [(r"(?<=\d\s)km\b", "kilometers"), (r"(?<=\d)km\b", " kilometers"),
               (r"(?<=\d\s)kg\b", "kilograms"), (r"(?<=\d)kg\b", " kilograms")]  # fmt: skip
_OK_RANGE_PT = [(r"(\d+(?:[.,]\d+)*)\s?[-–]\s?(\d+(?:[.,]\d+)*)", r"\1 a \2")]
_OK_RANGE_EN = [(r"(\d+(?:[.,]\d+)*)\s?[-–]\s?(\d+(?:[.,]\d+)*)", r"\1 to \2")]
_OK_THOUSAND_PT = [(r"(?<=por )1\.000\b", "mil"), (r"(?<=a cada )1\.000\b", "mil")]
_OK_THOUSAND_EN = [(r"(?<=per )1,000\b", "thousand"), (r"(?<=every )1,000\b", "thousand")]


def _million_digits(tgt: str, word: str, sep: str) -> tuple[str, str] | None:
    m = re.search(rf"(?<![\w.,])(\d{{1,3}}) {word}\b", tgt)
    if not m:
        return None
    digits = f"{int(m.group(1)):,}".replace(",", sep) + f"{sep}000{sep}000"
    return "ok-million-digits", tgt[: m.start()] + digits + tgt[m.end() :]


def _rules(tgt: str, table: list[tuple[list[tuple[str, str]], str]]) -> list[tuple[str, str]]:
    out = [_sub(tgt, pairs, kind) for pairs, kind in table]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_l(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had."""
    out = _rules(tgt, [
        (_SUPER_PT, "superlative-flipped"), (_ORDER_PT, "order-flipped"),
        (_FIRST_PT, "first-last-flipped"), (_UNIT_PT, "measure-unit-swapped"),
        (_POINTS_PT, "points-as-percent"),
        (_SIGN, "sign-changed"), (_RANGE_COLLAPSE_PT, "range-collapsed"),
        (_RANGE_BOUND_PT, "range-to-bound"), (_OK_UNIT_PT, "ok-unit-spelled"),
        (_OK_RANGE_PT, "ok-range-words"), (_OK_THOUSAND_PT, "ok-per-thousand-word"),
    ])  # fmt: skip
    million = _million_digits(tgt, "milhões", ".")
    return out + ([million] if million else [])


def mutate_l_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had, written for an English target."""
    out = _rules(tgt, [
        (_SUPER_EN, "superlative-flipped"), (_ORDER_EN, "order-flipped"),
        (_FIRST_EN, "first-last-flipped"), (_UNIT_EN, "measure-unit-swapped"),
        (_POINTS_EN, "points-as-percent"),
        (_SIGN, "sign-changed"), (_RANGE_COLLAPSE_EN, "range-collapsed"),
        (_RANGE_BOUND_EN, "range-to-bound"), (_OK_UNIT_EN, "ok-unit-spelled"),
        (_OK_RANGE_EN, "ok-range-words"), (_OK_THOUSAND_EN, "ok-per-thousand-word"),
    ])  # fmt: skip
    million = _million_digits(tgt, "million", ",")
    return out + ([million] if million else [])


def sentences(language: str = "en", limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    from facts_builder import read_sources, select_sentences

    earlier = read_sources(HERE / "data" / name for name in EARLIER)
    rare = select_sentences(FOLDERS, min(RARE_FIRST, limit), rich=_rare, keep=_rare,
                            exclude=earlier, language=language)  # fmt: skip
    rest = select_sentences(FOLDERS, limit - len(rare), rich=_rich, keep=_keep,
                            exclude=earlier | {s for _, s in rare}, language=language)  # fmt: skip
    return rare + rest


def main(argv: list[str]) -> int:
    from build_facts_heldout_c import mutate
    from build_facts_heldout_e import mutate_more
    from build_facts_heldout_g import mutate_en, mutate_f_words, mutate_g
    from build_facts_heldout_h import mutate_h, mutate_h_en
    from build_facts_heldout_i import mutate_i, mutate_i_en
    from build_facts_heldout_j import mutate_j, mutate_j_en
    from build_facts_heldout_k import mutate_k, mutate_k_en
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l], targets=targets)  # fmt: skip
    real_pt = sentences("pt", MAX_PT)
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300]  # fmt: skip
    pt = (real_pt + engine_pt)[:MAX_PT]
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                      mutate_k_en, mutate_l_en], source="pt", to="en",
              mode="a")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
