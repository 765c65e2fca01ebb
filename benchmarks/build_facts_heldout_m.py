"""Build held-out set M of the facts gate: both embedded directions, engine-like and hostile errors.

en -> pt: real English sentences from the ground-truth texts of the English pages of
``tests/data/realworld/heldout_n`` first (a folder no earlier facts set uses), then of every other
folder, none of them a sentence of sets A..L. Selection as sets F..L
(``facts_builder.select_sentences``): first up to 80 sentences with a currency, a date, "not
only", a number-bearing phrase or two names (the kinds below), then the rest.

pt -> en: the real Portuguese sentences of the corpus's Portuguese pages that no set A..L holds,
then the bare engine's Portuguese for the English sentences above, 120 in all, each translated
once by the bare embedded engine to English.

Mutations, written with this file BEFORE set M was measured: every rule of sets C..L, plus, in
both directions:

* ``clause-dropped``: a clause the target loses: an inner comma-delimited stretch of at least
  three words dropped (", que foi eleito em 2019," -> ","), else a clause after the last comma
  of at least three words, else a stretch joined by "e"/"and", "mas"/"but", "que"/"which".
* ``number-phrase-dropped``: a preposition with its number and the word after it dropped
  ("em 2019", "de 5 milhões de", "for 10 years").
* ``date-day-month-swapped`` in pt -> en (set C has it for en -> pt only): the day and the month
  of a date swapped ("March 5" -> "May 3", "05/03/2020" -> "03/05/2020"; days up to 12, not
  equal).
* ``currency-changed``: a currency turned into another, the amount kept ("US$" -> "€", "R$"
  -> "US$", "dólares" -> "euros", "euros" -> "dólares", "$5" -> "€5", "dollars" -> "euros").
* ``actor-swapped``: the first two different names of the target swapped (runs of capitalized
  words not at the start of the sentence): who did what to whom turned.
* ``not-only-to-not``: "not only" -> "not", "não apenas"/"não só"/"não somente" -> "não".

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-currency-word`` ("US$ 5" -> "5 dólares"; "$5" -> "5 dollars") and ``ok-not-only-synonym``
("não apenas" -> "não só"; "not only" -> "not just").

Run: ``python benchmarks/build_facts_heldout_m.py benchmarks/data/facts_heldout_m.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
FOLDERS = ("heldout_n", "heldout", "heldout_c", "heldout_d", "heldout_e", "heldout_f",
           "heldout_g", "heldout_h", "heldout_i", "heldout_j", "heldout_k", "heldout_l",
           "heldout_m", "zyte_dev", "pages")  # fmt: skip
ID_PREFIX = "m"
ID_PREFIX_PT = "mp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl", "facts_heldout_k.jsonl", "facts_heldout_l.jsonl"]  # fmt: skip

_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
_MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip
_NAME = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[-'][A-Za-zà-ÿ]+)?"
_NAMES = re.compile(rf"(?<![\w.])({_NAME}(?: (?:de |da |do |dos |van |von )?{_NAME}){{0,2}})(?!\w)")

_RARE_M = re.compile(
    r"[$€£]\s?\d|\b(?:US\$|R\$|dollars?|euros?|pounds sterling|not only|"
    rf"(?:{'|'.join(_MONTHS_EN)}) \d{{1,2}}\b|\d{{1,2}} (?:{'|'.join(_MONTHS_EN)})\b)|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
)
_RICH_M = re.compile(
    r"\b(?:in|for|of|by|to|from|at|since|over|about) \d|, (?:\w+ ){2,}\w+,|"
    r"\b(?:which|who|and|but)\b"
)
RARE_FIRST = 80
_STOP_NAMES = set(_MONTHS_EN) | set(_MONTHS_PT) | {
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "I", "O", "Os", "As",
    "Em", "No", "Na", "Um", "Uma", "Ele", "Ela", "Eles", "Elas", "Mas", "E", "De", "Da", "Do",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "This",
    "That", "But", "And", "Este", "Esta", "Isso", "Isto", "Segundo", "Para", "Por", "Com",
}  # fmt: skip


def _names(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _NAMES.finditer(text):
        start = m.start()
        before = text[:start].rstrip()
        if not before or before[-1] in '.!?:"“(':
            continue  # the start of a sentence: a capital that says nothing
        name = m.group(1)
        if name.split()[0] in _STOP_NAMES:
            continue
        out.append((start, m.end(), name))
    return out


def _two_names(s: str) -> bool:
    return len({n for _, _, n in _names(s)}) >= 2


def _rare(s: str) -> bool:
    return bool(_RARE_M.search(s))


def _rich(s: str) -> bool:
    return bool(_RICH_M.search(s)) or _two_names(s)


def _keep(s: str) -> bool:
    from build_facts_heldout_l import _keep as keep_l

    return keep_l(s) or _rich(s) or _rare(s)


def _drop_clause(tgt: str, joins: tuple[str, ...]) -> tuple[str, str] | None:
    inner = [m for m in re.finditer(r", ([^,;:()]+?),", tgt) if len(m.group(1).split()) >= 3]
    if inner:
        m = max(inner, key=lambda x: len(x.group(1)))
        return "clause-dropped", tgt[: m.start()] + "," + tgt[m.end() :]
    last = tgt.rfind(", ")
    if last > 0:
        body = tgt.rstrip()
        punct = body[len(body.rstrip('.!?"”')) :]
        if len(body[last + 2 : len(body) - len(punct)].split()) >= 3:
            return "clause-dropped", tgt[:last] + punct
    for join in joins:
        m = re.search(rf" {join} ((?:[^\s,.;]+ ){{2,}}[^\s,.;]+)", tgt)
        if m:
            return "clause-dropped", tgt[: m.start()] + tgt[m.end() :]
    return None


def _drop_number_phrase(tgt: str, preps: str) -> tuple[str, str] | None:
    m = re.search(rf" (?:{preps}) (?:US\$ ?|R\$ ?|\$|€)?\d+(?:[.,]\d+)*(?:%| [^\s,.;:]+)?", tgt)
    if m is None:
        return None
    return "number-phrase-dropped", tgt[: m.start()] + tgt[m.end() :]


def _swap_date(tgt: str, months: list[str], pt: bool = False) -> tuple[str, str] | None:
    alt = "|".join(months)
    pattern = rf"\b(\d{{1,2}}) de ({alt})\b" if pt else rf"\b({alt}) (\d{{1,2}})\b"
    for m in re.finditer(pattern, tgt, re.IGNORECASE):
        day_s, month_s = (m.group(1), m.group(2)) if pt else (m.group(2), m.group(1))
        day, month = int(day_s), [x.lower() for x in months].index(month_s.lower()) + 1
        if 1 <= day <= 12 and day != month:
            new_month = months[day - 1]
            rep = f"{month} de {new_month}" if pt else f"{new_month} {month}"
            return "date-day-month-swapped", tgt[: m.start()] + rep + tgt[m.end() :]
    m2 = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b", tgt)
    if m2 and m2.group(1) != m2.group(2) and int(m2.group(1)) <= 12 and int(m2.group(2)) <= 12:
        rep = f"{m2.group(2)}/{m2.group(1)}/{m2.group(3)}"
        return "date-day-month-swapped", tgt[: m2.start()] + rep + tgt[m2.end() :]
    return None


_CURRENCY_PT = [(r"(?<![\w$])US\$", "€"), (r"(?<![\w$])R\$", "US$"), (r"€", "US$"),
                (r"(?<![\w$])\$(?=\s?\d)", "€"), (r"£(?=\s?\d)", "€"),
                (r"dólares", "euros"), (r"euros", "dólares"), (r"reais", "dólares")]  # fmt: skip
_CURRENCY_EN = [(r"(?<![\w$])US\$", "€"), (r"(?<![\w$])R\$", "$"), (r"€", "$"),
                (r"(?<![\w$])\$(?=\s?\d)", "€"), (r"£(?=\s?\d)", "$"),
                (r"dollars", "euros"), (r"euros", "dollars"), (r"reais", "dollars")]  # fmt: skip


def _sub_first(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    for old, new in pairs:
        m = re.search(old, tgt)
        if m:
            return kind, tgt[: m.start()] + m.expand(new) + tgt[m.end() :]
    return None


def _swap_actors(tgt: str) -> tuple[str, str] | None:
    found: list[tuple[int, int, str]] = []
    for start, end, name in _names(tgt):
        if all(name != n and name not in n and n not in name for _, _, n in found):
            found.append((start, end, name))
        if len(found) == 2:
            break
    if len(found) < 2:
        return None
    (s1, e1, n1), (s2, e2, n2) = found
    return "actor-swapped", tgt[:s1] + n2 + tgt[e1:s2] + n1 + tgt[e2:]


def _currency_word(tgt: str, pt: bool) -> tuple[str, str] | None:
    sign = r"(?<![\w$])US\$ ?" if pt else r"(?<![\w$])\$"
    m = re.search(rf"{sign}(\d+(?:[.,]\d+)*)(?![\d.,]|\s?(?:[a-z]*illion|mil|bilh|trilh|thousand))",
                  tgt)  # fmt: skip
    if m is None or m.group(1) == "1":
        return None
    word = "dólares" if pt else "dollars"
    return "ok-currency-word", tgt[: m.start()] + f"{m.group(1)} {word}" + tgt[m.end() :]


def mutate_m(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had."""
    out = [
        _drop_clause(tgt, ("que", "mas", "e")),
        _drop_number_phrase(tgt, "em|de|por|para|com|até|há|desde|sobre|cerca de"),
        _sub_first(tgt, _CURRENCY_PT, "currency-changed"),
        _swap_actors(tgt),
        _sub_first(tgt, [(r"\b[Nn]ão (?:apenas|só|somente)\b", "não")], "not-only-to-not"),
        _currency_word(tgt, pt=True),
        _sub_first(tgt, [(r"\b([Nn])ão apenas\b", r"\1ão só")], "ok-not-only-synonym"),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_m_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had, written for an English target."""
    out = [
        _drop_clause(tgt, ("which", "but", "and")),
        _drop_number_phrase(tgt, "in|of|for|by|to|from|at|since|over|about"),
        _swap_date(tgt, _MONTHS_EN, pt=False),
        _sub_first(tgt, _CURRENCY_EN, "currency-changed"),
        _swap_actors(tgt),
        _sub_first(tgt, [(r"\b[Nn]ot only\b", "not")], "not-only-to-not"),
        _currency_word(tgt, pt=False),
        _sub_first(tgt, [(r"\bnot only\b", "not just")], "ok-not-only-synonym"),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


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
    from build_facts_heldout_l import mutate_l, mutate_l_en
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m], targets=targets)  # fmt: skip
    real_pt = sentences("pt", MAX_PT)
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300]  # fmt: skip
    pt = (real_pt + engine_pt)[:MAX_PT]
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                      mutate_k_en, mutate_l_en, mutate_m_en], source="pt",
              to="en", mode="a")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
