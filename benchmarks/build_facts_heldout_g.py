"""Build held-out set G of the facts gate: both embedded directions, engine-like errors.

en -> pt: real English sentences from the ground-truth texts of the English pages of
``tests/data/realworld/heldout_i`` (Zyte's benchmark, sites no other set holds), a folder no
earlier facts set uses (A: trafilatura's eval pages; B: ``pages``; C: ``heldout_c/d``; D:
``heldout_e/f``; E: ``zyte_dev``, ``heldout_g``; F: ``heldout``), and none of the sentences of
sets A..F. Selection as set F (``facts_builder.select_sentences``), with sentences that hold two
numbers after two names, a range, a currency or two clauses with a negation taken first.

pt -> en: every Portuguese sentence of the ground-truth texts of the Portuguese pages of the
same folder that holds a fact (there are few), then the bare engine's Portuguese for the
English sentences above (engine Portuguese, as the pt->en audit's inputs: said in the README).
Each is translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set G was measured. en -> pt: every rule of sets C, E
and F, plus the classes the sixth pass names: the numbers of two names swapped when they share
a unit ("A 30%, B 20%" -> "A 20%, B 30%"), the first of two negations dropped (E drops the
second), a negation turned into its opposite ("nunca" -> "sempre", "nenhum" -> "algum"), a
negative prefix dropped from the last such word or from a "não-" compound. Correct rewrites
are also written, kind ``ok-*``, which the gate must NOT hold: a currency symbol written as its
name after the number ("€ 5 a € 10" -> "5 a 10 euros", "R$ 5" -> "5 reais"), "%" written
"por cento". pt -> en: the same classes written for English targets (a digit changed or
dropped, separators read the other way, a unit, a currency or a scale swapped, an approximator
flipped or dropped, a negation or a negative prefix dropped, a negation turned, the first or the
second of two numbers' pairing swapped, a month, a weekday or a relative day changed, a number
word changed, percent read as points, a minus sign dropped), and the ``ok-*`` rewrites ("$5"
-> "5 dollars" where the source wrote US$, "%" -> "percent").

Run: ``python benchmarks/build_facts_heldout_g.py benchmarks/data/facts_heldout_g.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
FOLDERS = ("heldout_i",)
ID_PREFIX = "g"
ID_PREFIX_PT = "gp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl"]  # fmt: skip

_RICH_G = re.compile(
    r"[A-Z]\w+[^.;]{0,40}?\d[\d.,]*\s?(?:%|percent|per cent)?[^.;]{1,60}?[A-Z]\w+[^.;]{0,40}?\d"
    r"|\b(?:not|never|no|n't|none|nobody|without)\b.{5,}[,;]\s.{3,}"
    r"|\d\s?(?:-|–|to)\s?[$€£]?\d|[$€£]\s?\d",
)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def _rich(s: str) -> bool:
    from build_facts_heldout_f import _rich as rich_f

    return bool(_RICH_G.search(s)) or rich_f(s)


def _keep(s: str) -> bool:
    from build_facts_heldout_f import _keep as keep_f

    return keep_f(s)


def _cut(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


# ---- en -> pt: the new classes -------------------------------------------------------------

_UNIT_PT = r"(?:%|\s?por cento|\s(?:pontos?|votos|mil|milhões|bilhões|anos|pessoas|dólares|euros))"
_NEG_PT = re.compile(r"\b(?:não|nunca|nem|nenhum|nenhuma|jamais)\b ?", re.IGNORECASE)
_NEG_TURN_PT = [("nunca", "sempre"), ("nenhum", "algum"), ("nenhuma", "alguma"),
                ("ninguém", "alguém"), ("nada", "tudo"), ("jamais", "sempre")]  # fmt: skip
_NEG_PREFIX_PT = re.compile(
    r"\b(?:não-|im(?=[pbm][a-zà-ú]{3,})|in(?=[a-zà-ú]{4,})|des(?=[a-zà-ú]{4,})"
    r"|i(?=[lr][a-zà-ú]{4,}))([a-zà-ú]{4,})\b",
    re.IGNORECASE,
)
_SYM_NAME_PT = [("US$", "dólares"), ("R$", "reais"), ("€", "euros"), ("£", "libras")]


_PREFIX_ANY = re.compile(r"^(?:non-|não-|un|in|im|il|ir|dis|des|i)(?=[a-zà-ú]{4,})", re.IGNORECASE)


def _fold3(word: str) -> str:
    import unicodedata

    bare = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in bare if not unicodedata.combining(c))[:3]


_ADJ_END = re.compile(r"(?<!m)(?:able|ible|ably|ibly|ent|ently|ant|al|ally|ive|ic|ar|ate|ful|ous"
                      r"|ity|ence|ance|ency|ly)$")  # fmt: skip


def english_negated(word: str) -> str | None:
    """The stem of an English word negated by a prefix ("unlikely" -> "likely"; "in"/"dis" only
    on an adjective-like ending, so that "investment" or "install" are not), else None."""
    from translate.glossary.words import english_words

    words = english_words()
    w = word.lower()
    m = re.match(r"(non-|un|dis|in|im|il|ir)(?=[a-z]{4,})", w)
    if not m or not words.is_word(w) or not words.is_word(w[m.end() :]):
        return None
    if m.group(1) not in ("un", "non-") and not _ADJ_END.search(w):
        return None
    return w[m.end() :]


def _negated_cognates(src: str) -> set[str]:
    """First letters of the stem of each English word of ``src`` negated by a prefix
    ("incompetent" -> "com"): a negative prefix is dropped only where the source has one, on
    the target word that renders it (same stem), so that no non-word is made."""
    out = set()
    for w in re.findall(r"[A-Za-z-]{6,}", src):
        stem = english_negated(w)
        if stem:
            out.add(_fold3(stem))
    return out


def _stem_ok(tgt_word: str, stems: set[str]) -> bool:
    m = _PREFIX_ANY.match(tgt_word)
    return bool(m) and _fold3(tgt_word[m.end() :]) in stems


def _paired_swap(tgt: str, unit: str) -> str | None:
    """Swap the numbers of the last two name-number pairs that share a unit."""
    pairs = list(re.finditer(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)({unit})", tgt))
    by_unit: dict[str, list[re.Match[str]]] = {}
    for m in pairs:
        by_unit.setdefault(m.group(2).strip(), []).append(m)
    for same in by_unit.values():
        if len(same) >= 2 and same[-2].group(1) != same[-1].group(1):
            a, b = same[-2], same[-1]
            between = tgt[a.end() : b.start()]
            if re.search(r"[A-ZÀ-Ú][\wà-ú]+", between) or re.search(r"[A-ZÀ-Ú]", tgt[: a.start()]):
                return (tgt[: a.start(1)] + b.group(1) + tgt[a.end(1) : b.start(1)] + a.group(1)
                        + tgt[b.end(1) :])  # fmt: skip
    return None


def mutate_g(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the classes the sixth pass names, and correct rewrites (``ok-*``)."""
    out: list[tuple[str, str]] = []
    swapped = _paired_swap(tgt, _UNIT_PT)
    if swapped:
        out.append(("paired-numbers-swapped", swapped))
    negs = list(_NEG_PT.finditer(tgt))
    if len(negs) >= 2:
        out.append(("first-negation-dropped", _cut(tgt, negs[0].start(), negs[0].end(), "")))
    for a, b in _NEG_TURN_PT:
        m = re.search(rf"\b{a}\b", tgt, re.IGNORECASE)
        if m:
            out.append(("negation-turned", _cut(tgt, m.start(), m.end(), b)))
            break
    stems = _negated_cognates(src)
    prefixed = [m for m in _NEG_PREFIX_PT.finditer(tgt) if _stem_ok(m.group(), stems)]
    if prefixed:
        m = prefixed[-1]
        out.append(("negative-prefix-dropped", _cut(tgt, m.start(), m.end(), m.group(1))))
    rng = re.search(r"(US\$|R\$|€|£)\s?(\d[\d.,]*)\s?(a|-|–|e|até)\s?\1\s?(\d[\d.,]*)", tgt)
    if rng:
        name = dict(_SYM_NAME_PT)[rng.group(1)]
        words = f"{rng.group(2)} {rng.group(3)} {rng.group(4)} {name}"
        out.append(("ok-range-currency-as-name", _cut(tgt, rng.start(), rng.end(), words)))
    else:
        for sym, name in _SYM_NAME_PT:
            m = re.search(rf"(?<![A-Z]){re.escape(sym)}\s?(\d+(?:[.,]\d+)*)(?![\d/]|[.,]\d)"
                          r"(?!\s?(?:mil|milh|bilh|trilh))", tgt)  # fmt: skip
            if m and (sym != "US$" or re.search(r"\$|dollars?", src)):
                out.append(("ok-currency-as-name",
                            _cut(tgt, m.start(), m.end(), f"{m.group(1)} {name}")))  # fmt: skip
                break
    pc = re.search(r"(\d)\s?%", tgt)
    if pc:
        out.append(("ok-percent-as-words", _cut(tgt, pc.start(), pc.end(), pc.group(1)
                                                 + " por cento")))  # fmt: skip
    return [(k, t) for k, t in out if t != tgt]


# ---- pt -> en ------------------------------------------------------------------------------

_UNIT_EN = [("kilometers", "miles"), ("km", "miles"), ("miles", "kilometers"),
            ("meters", "feet"), ("kilos", "pounds"), ("kg", "pounds"), ("tons", "kilos"),
            ("hours", "minutes"), ("minutes", "seconds"), ("years", "months"),
            ("months", "years"), ("days", "weeks"), ("weeks", "days")]  # fmt: skip
_CURRENCY_EN = [("R$", "$"), ("US$", "R$"), ("€", "$"), ("£", "$"), ("$", "€"),
                ("reais", "dollars"), ("dollars", "euros"), ("euros", "dollars")]  # fmt: skip
_NEG_EN = re.compile(r"\b(?:not|never|no longer|nor)\b ?|(?<=\w)n't\b", re.IGNORECASE)
_NEG_TURN_EN = [("never", "always"), ("nobody", "everybody"), ("no one", "everyone"),
                ("nothing", "everything"), ("none", "all")]  # fmt: skip
_APPROX_EN = [("more than", "less than"), ("less than", "more than"), ("fewer than", "more than"),
              ("at least", "at most"), ("at most", "at least"), ("almost", "more than"),
              ("nearly", "more than"), ("over", "under"), ("under", "over"),
              ("up to", "more than"), ("about", "more than"), ("around", "more than")]  # fmt: skip
_NEG_PREFIX_EN = re.compile(
    r"\b(un|in(?=[a-z]{4,})|im(?=[pbm])|il(?=l)|ir(?=r)|dis(?=[a-z]{4,})|non-?)"
    r"([a-z]{4,}(?:able|ible|ly|al|ful|ent|ant|ed|ic|ive|ar|ure|y))\b",
    re.IGNORECASE,
)
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WORDS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "twenty", "thirty", "forty", "fifty"]  # fmt: skip
_WORD_NEXT_EN = {"dozens": "hundreds", "hundreds": "thousands", "thousands": "millions",
                 "millions": "billions", "half": "a third", "twice": "three times",
                 "double": "triple"}  # fmt: skip
_RELATIVE_EN = [("yesterday", "tomorrow"), ("tomorrow", "yesterday"), ("last week", "next week"),
                ("last month", "next month"), ("last year", "next year"),
                ("next week", "last week"), ("next year", "last year")]  # fmt: skip
_UNIT_SHARED_EN = r"(?:%|\s?percent|\s?per cent|\s(?:points|votes|million|billion|years|people))"


def mutate_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: engine-like errors in an English target, and correct rewrites (``ok-*``)."""
    out: list[tuple[str, str]] = []
    numbers = [m for m in _NUMBER.finditer(tgt) if any(c.isdigit() for c in m.group())]
    if numbers:
        m = max(numbers, key=lambda n: len(n.group()))
        s = m.group()
        digits = [i for i, c in enumerate(s) if c.isdigit()]
        i = digits[-1]
        out.append(
            (
                "digit-changed",
                _cut(tgt, m.start(), m.end(), s[:i] + str((int(s[i]) + 3) % 10) + s[i + 1 :]),
            )
        )
        if len(digits) >= 2:
            j = digits[0] if len(digits) > 2 else digits[-1]
            out.append(("digit-dropped", _cut(tgt, m.start(), m.end(), s[:j] + s[j + 1 :])))
    sep = re.search(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.])", tgt)
    if sep:
        out.append(
            (
                "separator-misread",
                _cut(tgt, sep.start(), sep.end(), sep.group().replace(",", ".", 1)),
            )
        )
    else:
        dec = re.search(r"(?<![\d.,])\d+\.\d{1,2}(?![\d,])", tgt)
        if dec:
            out.append(("separator-misread",
                        _cut(tgt, dec.start(), dec.end(), dec.group().replace(".", "")
                             + "00")))  # fmt: skip
    for a, b in _UNIT_EN:
        u = re.search(rf"\d\s?{re.escape(a)}\b", tgt)
        if u and b not in tgt:
            out.append(("unit-swapped", tgt[: u.end() - len(a)] + b + tgt[u.end() :]))
            break
    for a, b in _CURRENCY_EN:
        i = tgt.find(a)
        if i >= 0 and b not in tgt and (a != "$" or not re.search(r"[A-Z]\$", tgt)):
            out.append(("currency-swapped", tgt[:i] + b + tgt[i + len(a) :]))
            break
    scale = re.search(r"\d\s(million|billion|trillion)\b", tgt)
    if scale:
        swap = {"million": "billion", "billion": "million", "trillion": "billion"}[scale.group(1)]
        out.append(("scale-swapped", _cut(tgt, scale.start(1), scale.end(1), swap)))
        out.append(("scale-dropped", _cut(tgt, scale.start(1) - 1, scale.end(1), "")))
    for a, b in _APPROX_EN:
        m = re.search(rf"\b{a}(?=\s(?:R\$|US\$|[$€£])?\s?\d)", tgt, re.IGNORECASE)
        if m:
            out.append(("approximator-flipped", _cut(tgt, m.start(), m.end(), b)))
            out.append(("approximator-dropped", _cut(tgt, m.start(), m.end() + 1, "")))
            break
    negs = list(_NEG_EN.finditer(tgt))
    if negs:
        out.append(("negation-dropped", _cut(tgt, negs[0].start(), negs[0].end(), "")))
        if len(negs) >= 2:
            out.append(("second-negation-dropped",
                        _cut(tgt, negs[1].start(), negs[1].end(), "")))  # fmt: skip
    for a, b in _NEG_TURN_EN:
        m = re.search(rf"\b{a}\b", tgt, re.IGNORECASE)
        if m:
            out.append(("negation-turned", _cut(tgt, m.start(), m.end(), b)))
            break
    stems = {_fold3(w[m.end() :]) for w in re.findall(r"[a-zà-ú-]{6,}", src, re.IGNORECASE)
             if (m := _PREFIX_ANY.match(w))}  # fmt: skip
    prefixed = [m for m in _NEG_PREFIX_EN.finditer(tgt) if _stem_ok(m.group(), stems)
                and english_negated(m.group())]  # fmt: skip
    if prefixed:
        m = prefixed[-1]
        out.append(("negative-prefix-dropped", _cut(tgt, m.start(), m.end(), m.group(2))))
    swapped = _paired_swap(tgt, _UNIT_SHARED_EN)
    if swapped:
        out.append(("paired-numbers-swapped", swapped))
    else:
        distinct = [m for m in numbers if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group())]
        if len(distinct) >= 2 and distinct[0].group() != distinct[1].group():
            a, b = distinct[0], distinct[1]
            out.append(("numbers-swapped", tgt[: a.start()] + b.group()
                        + tgt[a.end() : b.start()] + a.group() + tgt[b.end() :]))  # fmt: skip
    month = re.search(r"\b(" + "|".join(_MONTHS_EN) + r")\b", tgt)
    if month and not re.match(r"May\b", month.group()):
        k = _MONTHS_EN.index(month.group(1))
        out.append(
            ("month-changed", _cut(tgt, month.start(), month.end(), _MONTHS_EN[(k + 2) % 12]))
        )
    day = re.search(r"\b(" + "|".join(_WEEKDAYS_EN) + r")\b", tgt)
    if day:
        k = _WEEKDAYS_EN.index(day.group(1))
        out.append(
            ("weekday-changed", _cut(tgt, day.start(), day.end(), _WEEKDAYS_EN[(k + 2) % 7]))
        )
    for a, b in _RELATIVE_EN:
        m = re.search(rf"\b{a}\b", tgt, re.IGNORECASE)
        if m:
            out.append(("relative-day-flipped", _cut(tgt, m.start(), m.end(), b)))
            break
    w = re.search(rf"\b({'|'.join(_WORDS_EN[1:])}|{'|'.join(_WORD_NEXT_EN)})\b", tgt)
    if w:
        word = w.group(1)
        repl = _WORD_NEXT_EN.get(word) or _WORDS_EN[(_WORDS_EN.index(word) + 1) % len(_WORDS_EN)]
        out.append(("number-word-changed", _cut(tgt, w.start(), w.end(), repl)))
    pc = re.search(r"(\d)\s?(%|percent\b|per cent\b)", tgt)
    if pc and "percentage point" not in tgt:
        out.append(("percent-as-points", _cut(tgt, pc.start(2), pc.end(2), " percentage points")))
    minus = re.search(r"(?<![\w\d])[-−](\d)", tgt)
    if minus and re.search(r"(?<![\w\d])[-−]\d|\bmenos\s\d|\bnegativ", src):
        out.append(("minus-dropped", _cut(tgt, minus.start(), minus.start(1), "")))
    # correct rewrites, which must pass
    dollars = re.search(r"(?<![A-Z])\$\s?(\d+(?:[.,]\d+)*)(?![\d/]|[.,]\d)"
                        r"(?!\s?(?:million|billion|trillion|thousand))", tgt)  # fmt: skip
    if dollars and re.search(r"US\s?\$", src):
        out.append(
            (
                "ok-currency-as-name",
                _cut(tgt, dollars.start(), dollars.end(), dollars.group(1) + " dollars"),
            )
        )
    pc = re.search(r"(\d)\s?%", tgt)
    if pc:
        out.append(("ok-percent-as-words", _cut(tgt, pc.start(), pc.end(), pc.group(1)
                                                 + " percent")))  # fmt: skip
    return [(k, t) for k, t in out if t != tgt]


def sentences() -> list[tuple[str, str]]:
    from facts_builder import read_sources, select_sentences

    earlier = read_sources(HERE / "data" / name for name in EARLIER)
    return select_sentences(FOLDERS, MAX_PAIRS, rich=_rich, keep=_keep, exclude=earlier)


def portuguese(engine_pt: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Real Portuguese sentences with a fact first, then the engine's Portuguese."""
    from facts_builder import select_sentences

    def keep(s: str) -> bool:
        return bool(re.search(r"\d|\b(?:um|uma|dois|duas|três|mil|milhões|bilhões|metade)\b"
                              r"|\bnão\b", s, re.IGNORECASE))  # fmt: skip

    real = select_sentences(FOLDERS, MAX_PT, keep=keep, language="pt")
    seen = {s for _, s in real}
    rest = [(p, s) for p, s in engine_pt if s not in seen and 30 <= len(s) <= 300]
    return (real + rest)[:MAX_PT]


def mutate_f_words(src: str, tgt: str) -> list[tuple[str, str]]:
    """Set F's rules, with its word-negation rule kept to words whose source has a negated
    cognate (F's rule also cut "in" off "internacional": not an error engines make)."""
    from build_facts_heldout_f import mutate_f

    stems = _negated_cognates(src)
    out = []
    for kind, mutated in mutate_f(src, tgt):
        if kind == "word-negation-dropped":
            lost = [w for w in tgt.split() if w not in mutated.split()]
            if not lost or not _stem_ok(lost[0].strip(",.;:"), stems):
                continue
        out.append((kind, mutated))
    return out


def main(argv: list[str]) -> int:
    from build_facts_heldout_c import mutate
    from build_facts_heldout_e import mutate_more
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(
        out, pairs, ID_PREFIX, [mutate, mutate_more, mutate_f_words, mutate_g], targets=targets
    )
    pt = portuguese([(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)])
    write_set(out, pt, ID_PREFIX_PT, [mutate_en], source="pt", to="en", mode="a")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
