"""Build held-out set R of the facts gate: both embedded directions, Q's kinds plus ten more.

en -> pt: real English sentences none of sets A..Q holds: first up to 12 for each kind below (a
sentence the rule can act on: an amount in a unit, an amount of money, a month's name, a
comparison "more than"/"higher", a range of years, "most/all", a list "A, B and C", a time word
"yesterday"/"last week"/a weekday, "is/are", an opening "Despite X," clause), round-robin over the
pages of every ``tests/data/realworld`` folder (in the reverse of set Q's order), then up to 40
sentences of the real feeds (as sets O..Q), then set M's selection for the rest; 200 in all, each
translated once by the bare embedded engine.

pt -> en: the real Portuguese sentences of the corpus's Portuguese pages that no set A..Q holds
(any sentence of 30..300 letters), then the bare engine's Portuguese for the English sentences
above, 120 in all, each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set R was measured: every rule of sets C..Q, plus, in
both directions:

* ``unit-system-changed``: a unit after an amount turned into another system's ("12 km" -> "12
  miles", "5 pounds" -> "5 kilograms", "quilômetros" -> "milhas", "metros" -> "pés").
* ``currency-dollar-euro``: dollars made euros and back ("$5" -> "€5", "US$ 5" -> "€ 5",
  "dólares" -> "euros", "euros" -> "dollars", "R$" -> "US$").
* ``month-name-changed``: a month's name made the next month's ("March" -> "April", "março" ->
  "abril").
* ``negation-inserted``: a "not" added to the first finite verb ("is" -> "is not", "can" ->
  "cannot"; "é" -> "não é", "pode" -> "não pode").
* ``comparison-reversed``: "more than" -> "less than", "higher" -> "lower", "above" -> "below",
  "at least" -> "at most"; "mais de" -> "menos de", "maior" -> "menor", "acima de" -> "abaixo de".
* ``range-year-changed``: the end year of a range of years turned ("2019-2021" -> "2019-2022",
  "from 2019 to 2021", "de 2019 a 2021", "entre 2019 e 2021").
* ``quantifier-weakened``: "most" -> "some", "all" -> "many"; "a maioria" -> "alguns", "todos" ->
  "muitos".
* ``time-word-flipped``: "yesterday" <-> "tomorrow", "last week" -> "next week", "last year" ->
  "next year"; "ontem" <-> "amanhã", "semana passada" -> "próxima semana".
* ``weekday-name-changed``: a weekday's name made the next day's ("Monday" -> "Tuesday",
  "segunda-feira" -> "terça-feira", "sábado" -> "domingo").
* ``concessive-opening-dropped``: an opening "Despite X, ..." / "Although X, ..." / "While X,
  ..." ("Apesar de X, ...", "Embora X, ...", "Mesmo com X, ...") deleted up to its comma.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-unit-abbreviated`` ("12 kilometers" -> "12 km", "12 quilômetros" -> "12 km", "5 quilos" -> "5
kg"), ``ok-weekday-short`` ("segunda-feira" -> "segunda"), ``ok-month-abbreviated`` (English,
"January 5" -> "Jan. 5") and ``ok-range-year-dash`` ("2019-2021" -> "2019–2021").

Run: ``python benchmarks/build_facts_heldout_r.py benchmarks/data/facts_heldout_r.jsonl``
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 12
MAX_FEED = 40
FOLDERS = ("pages", "zyte_dev", "heldout_m", "heldout_l", "heldout_k", "heldout_j", "heldout_i",
           "heldout_h", "heldout_g", "heldout_f", "heldout_e", "heldout_d", "heldout_c",
           "heldout", "heldout_n", "heldout_o", "heldout_p")  # fmt: skip
ID_PREFIX = "r"
ID_PREFIX_PT = "rp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl", "facts_heldout_k.jsonl", "facts_heldout_l.jsonl",
           "facts_heldout_m.jsonl", "facts_heldout_n.jsonl", "facts_heldout_o.jsonl",
           "facts_heldout_p.jsonl", "facts_heldout_q.jsonl"]  # fmt: skip

_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
_MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip
_MONTH_ABBR = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.",
               "October": "Oct.", "November": "Nov.", "December": "Dec."}  # fmt: skip
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAYS_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            "sábado", "domingo"]  # fmt: skip
_YEAR_RANGE = r"\b((?:19|20)\d\d)(\s?[-–—]\s?|\s(?:to|and|a|e|até)\s)((?:19|20)\d\d)\b"
_OPENING_EN = (r"^(?:Despite|Although|Though|Even though|While|Even as|Notwithstanding)\b"
               r"[^,]{3,120}, ")  # fmt: skip
_OPENING_PT = (r"^(?:Apesar d[eoa]s?|Embora|Mesmo que|Ainda que|Mesmo com|Enquanto|Apesar)\b"
               r"[^,]{3,120}, ")  # fmt: skip
_KIND_EN: dict[str, re.Pattern[str]] = {
    "unit": re.compile(r"\d\s?(?:km|kilomet\w+|miles?|mph|feet|foot|pounds|lbs?|kg|kilograms?|"
                       r"meters?|metres?|inches|centimet\w+|cm|°[CF])\b"),
    "currency": re.compile(r"[$€£]\s?\d|\b(?:dollars|euros)\b"),
    "month": re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|"
                        r"November|December)\b|\bMay \d"),
    "comparison": re.compile(r"\b(?:more|less|fewer) than\b|\b(?:higher|lower|larger|smaller|"
                             r"bigger|greater|above|below|at least)\b"),
    "year-range": re.compile(_YEAR_RANGE.replace(r"a|e|até", "and", 1)),
    "quantifier": re.compile(r"\b(?:most|all|Most|All)\b"),
    "list": re.compile(r"\b[\w-]+, [\w-]+,? and [\w-]+"),
    "time": re.compile(r"\b(?:yesterday|tomorrow|last (?:week|month|year)|next (?:week|month|year)|"
                       r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I),
    "present": re.compile(r"\b(?:is|are)\b"),
    "opening": re.compile(_OPENING_EN),
}  # fmt: skip


def _sub(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    """The first pattern of ``pairs`` that matches, replaced once (in the order given)."""
    for old, new in pairs:
        m = re.search(old, tgt)
        if m:
            return kind, tgt[: m.start()] + m.expand(new) + tgt[m.end() :]
    return None


def _next_name(tgt: str, names: list[str], kind: str, flags: int = 0) -> tuple[str, str] | None:
    """The first of ``names`` in ``tgt`` made the next one (cyclically), its case kept."""
    m = re.search(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])", tgt, flags)
    if m is None:
        return None
    found = m.group(1)
    i = [n.lower() for n in names].index(found.lower())
    new = names[(i + 1) % len(names)]
    if found[:1].isupper():
        new = new[:1].upper() + new[1:]
    return kind, tgt[: m.start(1)] + new + tgt[m.end(1) :]


def _range_year(tgt: str) -> list[tuple[str, str]]:
    m = re.search(_YEAR_RANGE, tgt)
    if m is None:
        return []
    end = str(int(m.group(3)) + 1)
    out = [("range-year-changed", tgt[: m.start(3)] + end + tgt[m.end(3) :])]
    if m.group(2) == "-":
        out.append(("ok-range-year-dash", tgt[: m.start(2)] + "–" + tgt[m.end(2) :]))
    return out


def _drop_opening(tgt: str, pattern: str) -> tuple[str, str] | None:
    m = re.search(pattern, tgt)
    if m is None:
        return None
    rest = tgt[m.end() :]
    return "concessive-opening-dropped", rest[:1].upper() + rest[1:]


def mutate_r(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [
        _sub(
            tgt,
            [
                (r"(\d\s?)(?:km|quilômetros|quilómetros)\b", r"\1milhas"),
                (r"(\d\s?)milhas\b", r"\1quilômetros"),
                (r"(\d\s?)(?:kg|quilos|quilogramas)\b", r"\1libras"),
                (r"(\d\s?)libras\b", r"\1quilos"),
                (r"(\d\s?)metros\b", r"\1pés"),
                (r"(\d\s?)pés\b", r"\1metros"),
                (r"(\d\s?)polegadas\b", r"\1centímetros"),
                (r"(\d\s?)(?:centímetros|cm)\b", r"\1polegadas"),
                (r"(\d\s?)°C\b", r"\1°F"),
                (r"(\d\s?)°F\b", r"\1°C"),
            ],
            "unit-system-changed",
        ),
        _sub(
            tgt,
            [
                (r"US ?\$\s?(?=\d)", "€ "),
                (r"R\$\s?(?=\d)", "US$ "),
                (r"(?<![A-Z])\$\s?(?=\d)", "€"),
                (r"€\s?(?=\d)", "US$ "),
                (r"\bdólares\b", "euros"),
                (r"\beuros\b", "dólares"),
                (r"\breais\b", "dólares"),
            ],
            "currency-dollar-euro",
        ),
        _next_name(tgt, _MONTHS_PT, "month-name-changed"),
        _sub(
            tgt,
            [
                (
                    r"(?<![Nn]ão )\b(é|foi|são|foram|pode|podem|tem|têm|está|estão|deve|devem|"
                    r"vai|vão|era|eram|tinha|tinham)\b",
                    r"não \1",
                ),
            ],
            "negation-inserted",
        ),
        _sub(
            tgt,
            [
                (r"\bmais de\b", "menos de"),
                (r"\bMais de\b", "Menos de"),
                (r"\bmais do que\b", "menos do que"),
                (r"\bacima de\b", "abaixo de"),
                (r"\bpelo menos\b", "no máximo"),
                (r"\bmaiores\b", "menores"),
                (r"\bmaior\b", "menor"),
                (r"\bmenores\b", "maiores"),
                (r"\bmenor\b", "maior"),
            ],
            "comparison-reversed",
        ),
        *_range_year(tgt),
        _sub(
            tgt,
            [
                (r"\ba maioria d", "alguns d"),
                (r"\bA maioria d", "Alguns d"),
                (r"\btodos\b", "muitos"),
                (r"\btodas\b", "muitas"),
                (r"\bTodos\b", "Muitos"),
                (r"\bTodas\b", "Muitas"),
            ],
            "quantifier-weakened",
        ),
        _sub(
            tgt,
            [
                (r"\bontem\b", "amanhã"),
                (r"\bOntem\b", "Amanhã"),
                (r"\bamanhã\b", "ontem"),
                (r"\bsemana passada\b", "próxima semana"),
                (r"\bmês passado\b", "próximo mês"),
                (r"\bano passado\b", "próximo ano"),
                (r"\bpróxima semana\b", "semana passada"),
                (r"\bpróximo ano\b", "ano passado"),
            ],
            "time-word-flipped",
        ),
        _next_name(tgt, _DAYS_PT, "weekday-name-changed", re.I),
        _drop_opening(tgt, _OPENING_PT),
        _sub(
            tgt,
            [
                (r"(\d\s?)quilômetros\b", r"\1km"),
                (r"(\d\s?)quilos\b", r"\1kg"),
            ],
            "ok-unit-abbreviated",
        ),
        _sub(tgt, [(r"\b(segunda|terça|quarta|quinta|sexta)-feira\b", r"\1")], "ok-weekday-short"),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_r_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    month = re.search(r"\b(" + "|".join(_MONTH_ABBR) + r") (?=\d)", tgt)
    out = [
        _sub(
            tgt,
            [
                (r"(\d\s?)(?:km|kilometers|kilometres)\b", r"\1miles"),
                (r"(\d\s?)miles\b", r"\1kilometers"),
                (r"(\d\s?)(?:kg|kilos|kilograms)\b", r"\1pounds"),
                (r"(\d\s?)(?:pounds|lbs)\b", r"\1kilograms"),
                (r"(\d\s?)(?:meters|metres)\b", r"\1feet"),
                (r"(\d\s?)feet\b", r"\1meters"),
                (r"(\d\s?)inches\b", r"\1centimeters"),
                (r"(\d\s?)(?:centimeters|cm)\b", r"\1inches"),
                (r"(\d\s?)°C\b", r"\1°F"),
                (r"(\d\s?)°F\b", r"\1°C"),
            ],
            "unit-system-changed",
        ),
        _sub(
            tgt,
            [
                (r"US ?\$\s?(?=\d)", "€"),
                (r"R\$\s?(?=\d)", "US$"),
                (r"(?<![A-Z])\$\s?(?=\d)", "€"),
                (r"€\s?(?=\d)", "$"),
                (r"\bdollars\b", "euros"),
                (r"\beuros\b", "dollars"),
                (r"\breais\b", "dollars"),
            ],
            "currency-dollar-euro",
        ),
        _next_name(tgt, [m for m in _MONTHS_EN if m != "May"], "month-name-changed"),
        _sub(
            tgt,
            [
                (r"\bcan\b(?! not)", "cannot"),
                (
                    r"\b(is|are|was|were|will|has|have|had|should|could|would|does|did)\b(?! not)",
                    r"\1 not",
                ),
            ],
            "negation-inserted",
        ),
        _sub(
            tgt,
            [
                (r"\bmore than\b", "less than"),
                (r"\bMore than\b", "Less than"),
                (r"\b(?:less|fewer) than\b", "more than"),
                (r"\bat least\b", "at most"),
                (r"\babove\b", "below"),
                (r"\bhigher\b", "lower"),
                (r"\blarger\b", "smaller"),
                (r"\bbigger\b", "smaller"),
                (r"\bgreater\b", "lesser"),
                (r"\bover (?=\d)", "under "),
            ],
            "comparison-reversed",
        ),
        *_range_year(tgt),
        _sub(
            tgt,
            [
                (r"\bmost\b", "some"),
                (r"\bMost\b", "Some"),
                (r"\ball\b", "many"),
                (r"\bAll\b", "Many"),
            ],
            "quantifier-weakened",
        ),
        _sub(
            tgt,
            [
                (r"\byesterday\b", "tomorrow"),
                (r"\bYesterday\b", "Tomorrow"),
                (r"\btomorrow\b", "yesterday"),
                (r"\blast (week|month|year)\b", r"next \1"),
                (r"\bnext (week|month|year)\b", r"last \1"),
            ],
            "time-word-flipped",
        ),
        _next_name(tgt, _DAYS_EN, "weekday-name-changed"),
        _drop_opening(tgt, _OPENING_EN),
        _sub(
            tgt,
            [(r"(\d\s?)kilometers\b", r"\1km"), (r"(\d\s?)kilograms\b", r"\1kg")],
            "ok-unit-abbreviated",
        ),
        (
            (
                "ok-month-abbreviated",
                tgt[: month.start(1)] + _MONTH_ABBR[month.group(1)] + tgt[month.end(1) :],
            )
            if month
            else None
        ),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def sentences(language: str = "en", limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    from build_facts_heldout_m import _keep, _rich
    from build_facts_heldout_o import feed_sentences
    from facts_builder import read_sources, select_sentences

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    out: list[tuple[str, str]] = []
    if language == "en":
        for pattern in _KIND_EN.values():
            keep: Callable[[str], bool] = pattern.search  # type: ignore[assignment]
            got = select_sentences(FOLDERS, PER_KIND, keep=keep, exclude=taken)
            out += got
            taken |= {s for _, s in got}
        feeds = feed_sentences(MAX_FEED, taken)
        out += feeds
        taken |= {s for _, s in feeds}
        out += select_sentences(FOLDERS, limit - len(out), rich=_rich, keep=_keep,
                                exclude=taken)  # fmt: skip
    else:
        out += select_sentences(FOLDERS, limit, keep=lambda s: True, exclude=taken,
                                language=language)  # fmt: skip
    return out[:limit]


def main(argv: list[str]) -> int:
    import build_facts_heldout_p as p
    from build_facts_heldout_c import mutate
    from build_facts_heldout_e import mutate_more
    from build_facts_heldout_g import mutate_en, mutate_f_words, mutate_g
    from build_facts_heldout_h import mutate_h, mutate_h_en
    from build_facts_heldout_i import mutate_i, mutate_i_en
    from build_facts_heldout_j import mutate_j, mutate_j_en
    from build_facts_heldout_k import mutate_k, mutate_k_en
    from build_facts_heldout_l import mutate_l, mutate_l_en
    from build_facts_heldout_m import mutate_m, mutate_m_en
    from build_facts_heldout_o import mutate_o, mutate_o_en
    from build_facts_heldout_q import mutate_q, mutate_q_en
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r],
              targets=targets)  # fmt: skip
    real_pt = sentences("pt", MAX_PT)
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300]  # fmt: skip
    pt = (real_pt + engine_pt)[:MAX_PT]
    pt_targets = translate_pairs(pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                      mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                      p.mutate_p_en, mutate_q_en, mutate_r_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
