"""Build held-out set F of the facts gate: real sentences, and engine-like errors of new kinds.

Sentences come from the ground-truth texts of the English pages of ``tests/data/realworld/heldout``
(mozilla/readability's test pages), a folder no earlier facts set uses (A: trafilatura's eval
pages; B: ``pages``; C: ``heldout_c/d``; D: ``heldout_e/f``; E: ``zyte_dev``, ``heldout_g``), and
none of the sentences of sets A..E. A sentence is kept when it holds a digit, a number word, a
fraction, a month or a weekday; those that hold a kind of fact earlier sets lacked (a fraction,
a number in words, an approximator, a currency, two numbers, a date in words, a word negated
by a prefix) are taken first, round-robin over pages (``facts_builder.select_sentences``). Each
is translated once by the bare embedded engine (en->pt).

Mutations, written with this file BEFORE set F was measured: every rule of sets C and E, plus:
a fraction changed ("dois terços" -> "um terço", "1/3" -> "1/4") or read as an ordinal ("um
terço" -> "terceiro"), a number word changed ("três" -> "quatro", "dezenas" -> "centenas", "um
milhão" -> "um bilhão"), an approximator flipped ("mais de" -> "menos de", "pelo menos" -> "no
máximo", "quase" -> "mais de") or dropped, a currency symbol turned into another currency's code
("US$" -> "EUR"), the second currency of a range swapped, two numbers of a sentence swapped (a
name-number pairing), a month or a weekday changed, a relative day flipped ("ontem" ->
"amanhã", "passada" -> "que vem"), a word's negative prefix dropped ("improvável" ->
"provável").

Run: ``python benchmarks/build_facts_heldout_f.py benchmarks/data/facts_heldout_f.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
FOLDERS = ("heldout",)
ID_PREFIX = "f"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl"]  # fmt: skip

_EN_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundreds?|thousands?|millions?|billions?|dozens?|half|halves|thirds?|quarters?|fifths?"
    r"|once|twice|single|double|triple|first|second|third|last"
)
_MONTHS_EN = ("january|february|march|april|may|june|july|august|september|october|november"
              "|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday"
              "|tomorrow|today|tonight")  # fmt: skip
_KEEP = re.compile(rf"\d|\b(?:{_EN_WORDS}|{_MONTHS_EN})\b", re.IGNORECASE)
_RICH = re.compile(
    r"\b(?:half|halves|thirds?|quarters?|fifths?)\b|\d/\d|[½⅓⅔¼¾]"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundreds|thousands|millions|billions|dozens?|a million|a billion)\b"
    r"|\b(?:about|around|almost|nearly|roughly|more than|less than|fewer than|at least|at most"
    r"|up to|over|under|approximately)\s+(?:\$|€|£)?\d"
    r"|[$€£¥]|\b(?:dollars?|euros?|pounds?|USD|EUR|GBP)\b"
    rf"|\b(?:{_MONTHS_EN})\b|\b(?:last|next) (?:week|month|year)\b"
    r"|\b(?:un|in|im|il|ir|dis|non)[a-z]{4,}(?:able|ible|ible|ly|al|ful|ent|ant|ed|ic)\b",
    re.IGNORECASE,
)

_FRACTIONS_PT = ["meio", "terço", "quarto", "quinto"]
_FRACTION_NEXT = {"meio": "terço", "metade": "um terço", "terço": "quarto", "terços": "quartos",
                  "quarto": "terço", "quartos": "terços", "quinto": "quarto",
                  "quintos": "quartos"}  # fmt: skip
_ORDINAL_OF = {"terço": "terceiro", "terços": "terceiros", "quarto": "quarto",
               "quinto": "quinto"}  # fmt: skip
_WORDS_PT = ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
             "onze", "doze", "vinte", "trinta", "quarenta", "cinquenta"]  # fmt: skip
_WORD_NEXT = {"uma": "duas", "duas": "três", "dezenas": "centenas", "centenas": "milhares",
              "milhares": "milhões", "milhões": "bilhões", "dúzia": "centena",
              "dúzias": "centenas", "bilhões": "milhões", "milhão": "bilhão", "bilhão": "milhão",
              "dobro": "triplo", "metade": "o dobro"}  # fmt: skip
_APPROX_FLIP = [("mais de", "menos de"), ("menos de", "mais de"), ("pelo menos", "no máximo"),
                ("no máximo", "pelo menos"), ("quase", "mais de"), ("acima de", "abaixo de"),
                ("abaixo de", "acima de"), ("cerca de", "mais de"), ("até", "mais de")]  # fmt: skip
_APPROX_DROP = ["mais de ", "menos de ", "pelo menos ", "no máximo ", "quase "]
_CODE_FOR = [("US$", "EUR"), ("R$", "USD"), ("€", "USD"), ("£", "EUR"), ("¥", "USD"),
             ("$", "EUR")]  # fmt: skip
_MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip
_WEEKDAYS_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
                "sábado", "domingo"]  # fmt: skip
_RELATIVE_FLIP = [("ontem", "amanhã"), ("amanhã", "ontem"), ("passada", "que vem"),
                  ("passado", "que vem"), ("próxima", "passada"), ("próximo", "passado"),
                  ("anteontem", "depois de amanhã")]  # fmt: skip
_NEG_PREFIX = re.compile(
    r"\b(?:im(?=[pbm])|in(?=[a-z]{4,})|des(?=[a-z]{4,})|i(?=[lr][a-z]{4,}))"
    r"([a-zà-ú]{4,}(?:vel|veis|ível|íveis|ente|entes|ado|ada|ados|adas|ido|ida|idos|idas"
    r"|al|ais|ar|eto|eta|eitos|eito|ito|ita|ável|áveis|ivo|iva|ivos|ivas|iz|izes|ência))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def _keep(s: str) -> bool:
    return bool(_KEEP.search(s))


def _rich(s: str) -> bool:
    return bool(_RICH.search(s)) or len(re.findall(r"\d+(?:[.,]\d+)*", s)) >= 2


def _word(w: str) -> str:
    return rf"(?<![\w-]){re.escape(w)}(?![\w-])"


def mutate_f(src: str, tgt: str) -> list[tuple[str, str]]:
    """The kinds sets C and E lacked: (kind, mutated target) for each rule that applies."""
    out: list[tuple[str, str]] = []
    frac = re.search(r"(?<![\d/])(\d+)/(\d+)(?![\d/])", tgt)
    if frac and re.search(r"\d/\d", src) and not re.search(r"\d/\d+/\d", tgt):
        out.append(("fraction-changed", tgt[: frac.start(2)] + str(int(frac.group(2)) + 1)
                    + tgt[frac.end(2) :]))  # fmt: skip
    else:
        w = re.search(r"\b(metade|meio|terços?|quartos?|quintos?)\b", tgt)
        if w and re.search(r"\b(?:half|thirds?|quarters?|fifths?)\b", src, re.IGNORECASE):
            changed = tgt[: w.start()] + _FRACTION_NEXT[w.group(1)] + tgt[w.end() :]
            out.append(("fraction-changed", changed))
            a = re.search(r"\b(?:um|uma|dois|duas|três) (terços?|quartos?|quintos?)\b|\bmetade\b",
                          tgt)  # fmt: skip
            if a:
                key = a.group(1) or "metade"
                if key in _ORDINAL_OF:
                    out.append(("fraction-as-ordinal",
                                tgt[: a.start()] + _ORDINAL_OF[key] + tgt[a.end() :]))  # fmt: skip
    for pat in [rf"\b({'|'.join(_WORDS_PT[1:])})\b",
                r"\b(uma|duas|dezenas|centenas|milhares|milhões|bilhões|milhão|bilhão"
                r"|dúzias?|dobro)\b"]:  # fmt: skip
        m = re.search(pat, tgt)
        if not m:
            continue
        word = m.group(1)
        if word in _WORD_NEXT:
            repl = _WORD_NEXT[word]
        else:
            k = _WORDS_PT.index(word)
            repl = _WORDS_PT[(k + 1) % len(_WORDS_PT)]
        if word in ("milhões", "bilhões", "milhão", "bilhão") and re.search(r"\d\s(?:de\s)?"
                                                                         + word, tgt):
            continue  # a scale after digits: set E's scale-swapped
        out.append(("number-word-changed", tgt[: m.start(1)] + repl + tgt[m.end(1) :]))
        break
    for a, b in _APPROX_FLIP:
        m = re.search(_word(a) + r"(?=\s(?:US\$|R\$|[$€£])?\s?\d)", tgt)
        if m:
            out.append(("approximator-flipped", tgt[: m.start()] + b + tgt[m.end() :]))
            break
    for a in _APPROX_DROP:
        m = re.search(_word(a.strip()) + r"\s(?=(?:US\$|R\$|[$€£])?\s?\d)", tgt)
        if m:
            out.append(("approximator-dropped", tgt[: m.start()] + tgt[m.end() :]))
            break
    for sym, code in _CODE_FOR:
        i = tgt.find(sym)
        if i >= 0 and (sym != "$" or not re.search(r"[A-Z]\$", tgt)):
            if re.match(r"\s?\d", tgt[i + len(sym) :]):
                out.append(("currency-symbol-as-code",
                            tgt[:i] + code + " " + tgt[i + len(sym) :].lstrip()))  # fmt: skip
            break
    rng = re.search(r"(US\$|R\$|€|£|\$)\s?\d[\d.,]*\s?(?:-|–|a|e|até)\s?(US\$|R\$|€|£|\$)\s?\d",
                    tgt)  # fmt: skip
    if rng:
        other = "€" if rng.group(2) != "€" else "£"
        out.append(("range-currency-swapped",
                    tgt[: rng.start(2)] + other + tgt[rng.end(2) :]))  # fmt: skip
    nums = [m for m in _NUMBER.finditer(tgt)]
    months = "|".join(_MONTHS_PT)
    distinct = [m for m in nums if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group())
                and "/" not in tgt[max(m.start() - 1, 0) : m.end() + 1]
                and not re.match(rf"\s+de\s+(?:{months})", tgt[m.end() :])]  # fmt: skip
    if len(distinct) >= 2 and distinct[0].group() != distinct[1].group():
        a, b = distinct[0], distinct[1]
        out.append(("numbers-swapped", tgt[: a.start()] + b.group() + tgt[a.end() : b.start()]
                    + a.group() + tgt[b.end() :]))  # fmt: skip
    month = re.search(r"\b(\d{1,2}) de (" + "|".join(_MONTHS_PT) + r")\b", tgt) or re.search(
        r"\b(" + "|".join(_MONTHS_PT) + r")\b", tgt
    )
    if month:
        g = month.lastindex or 1
        k = _MONTHS_PT.index(month.group(g).lower()) if month.group(g).lower() in _MONTHS_PT else -1
        if k >= 0:
            out.append(("month-changed", tgt[: month.start(g)] + _MONTHS_PT[(k + 2) % 12]
                        + tgt[month.end(g) :]))  # fmt: skip
    day = re.search(r"\b(" + "|".join(_WEEKDAYS_PT) + r")\b", tgt, re.IGNORECASE)
    if day:
        k = _WEEKDAYS_PT.index(day.group(1).lower())
        out.append(("weekday-changed", tgt[: day.start()] + _WEEKDAYS_PT[(k + 2) % 7]
                    + tgt[day.end() :]))  # fmt: skip
    for a, b in _RELATIVE_FLIP:
        m = re.search(_word(a), tgt, re.IGNORECASE)
        if m:
            out.append(("relative-day-flipped", tgt[: m.start()] + b + tgt[m.end() :]))
            break
    neg = _NEG_PREFIX.search(tgt)
    if neg and re.search(r"\b(?:un|in|im|il|ir|dis|non-?)[a-z]{4,}", src, re.IGNORECASE):
        out.append(("word-negation-dropped", tgt[: neg.start()] + neg.group(1) + tgt[neg.end() :]))
    return [(k, t) for k, t in out if t != tgt]


def sentences() -> list[tuple[str, str]]:
    from facts_builder import read_sources, select_sentences

    earlier = read_sources(HERE / "data" / name for name in EARLIER)
    return select_sentences(FOLDERS, MAX_PAIRS, rich=_rich, keep=_keep, exclude=earlier)


def main(argv: list[str]) -> int:
    from build_facts_heldout_c import mutate
    from build_facts_heldout_e import mutate_more
    from facts_builder import write_set

    write_set(Path(argv[0]), sentences(), ID_PREFIX, [mutate, mutate_more, mutate_f])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
