"""Build held-out set C of the facts gate: real sentences with numbers, and engine-like errors.

Sentences come from the ground-truth texts (``*.expected.txt``) of the English news pages of
``tests/data/realworld/heldout_c`` and ``heldout_d``, which no earlier facts set uses (set A is
trafilatura's eval pages, set B and ``eval_facts.py --pages 12`` the ``pages`` folder). Every
sentence of 30-300 characters with a digit is translated once by the bare embedded engine to
Portuguese. Mutations are then made by rule, the way engines really fail (written with this
file, before any change to the checks they measure): a digit changed, a digit dropped, the
decimal and thousands separators read the other way ("1.500" -> "1,500"), a unit or a currency
swapped, a number written twice, a negation dropped, "milhões"/"bilhões" dropped, a date's day
and month swapped. Each row of the output is one pair; ``kind`` is ``real`` for the engine's
own output and the mutation kind otherwise.

Run: ``python benchmarks/build_facts_heldout_c.py benchmarks/data/facts_heldout_c.jsonl``

Set D (held out for the checks written on set C: the English articles of ``heldout_e`` and
``heldout_f``, the same rules):
``python benchmarks/build_facts_heldout_c.py benchmarks/data/facts_heldout_d.jsonl --folders
heldout_e,heldout_f d``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 160
FOLDERS = ("heldout_c", "heldout_d")
ID_PREFIX = "c"

_UNIT_SWAPS = [
    ("quilômetros", "milhas"), ("km", "milhas"), ("milhas", "quilômetros"), ("metros", "pés"),
    ("pés", "metros"), ("quilos", "libras"), ("kg", "libras"), ("toneladas", "quilos"),
    ("graus", "por cento"), ("horas", "minutos"), ("minutos", "segundos"), ("anos", "meses"),
    ("meses", "anos"), ("dias", "semanas"), ("semanas", "dias"),
]  # fmt: skip
_CURRENCY_SWAPS = [
    ("US$", "€"), ("R$", "US$"), ("£", "US$"), ("€", "£"), ("$", "£"), ("dólares", "euros"),
    ("euros", "dólares"), ("libras", "dólares"),
]  # fmt: skip
_NEGATIONS = [r"\bnão\b ?", r"\bnunca\b ?", r"\bnem\b ?", r"\bsem\b ?"]
_MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]  # fmt: skip
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")


def _first(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(pattern, text)


def _sub_at(text: str, m: re.Match[str], new: str, group: int = 0) -> str:
    return text[: m.start(group)] + new + text[m.end(group) :]


def mutate(src: str, tgt: str) -> list[tuple[str, str]]:
    """(kind, mutated target) for each rule that applies to this pair."""
    out: list[tuple[str, str]] = []
    numbers = [m for m in _NUMBER.finditer(tgt) if any(c.isdigit() for c in m.group())]
    if numbers:
        m = max(numbers, key=lambda n: len(n.group()))
        digits = [i for i, c in enumerate(m.group()) if c.isdigit()]
        s = m.group()
        i = digits[-1]
        out.append(
            ("digit-changed", _sub_at(tgt, m, s[:i] + str((int(s[i]) + 3) % 10) + s[i + 1 :]))
        )
        if len(digits) >= 2:
            j = digits[0] if len(digits) > 2 else digits[-1]
            out.append(("digit-dropped", _sub_at(tgt, m, s[:j] + s[j + 1 :])))
        dup = numbers[0]
        out.append(("number-duplicated", _sub_at(tgt, dup, dup.group() + " " + dup.group())))
    sep = _first(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])", tgt)  # pt thousands: 1.500
    if sep:
        out.append(("separator-misread", _sub_at(tgt, sep, sep.group().replace(".", ",", 1))))
    else:
        dec = _first(r"(?<![\d.,])\d+,\d{1,2}(?![\d.])", tgt)  # pt decimal: 1,5
        if dec:
            out.append(
                ("separator-misread", _sub_at(tgt, dec, dec.group().replace(",", ".") + "00"))
            )
    for a, b in _UNIT_SWAPS:
        u = _first(rf"\d\s?{re.escape(a)}\b", tgt)
        if u and b not in tgt:
            out.append(("unit-swapped", tgt[: u.end() - len(a)] + b + tgt[u.end() :]))
            break
    for a, b in _CURRENCY_SWAPS:
        if a in tgt and b not in tgt and (a != "$" or ("US$" not in tgt and "R$" not in tgt)):
            out.append(("currency-swapped", tgt.replace(a, b, 1)))
            break
    for pat in _NEGATIONS:
        neg = re.search(pat, tgt)
        if neg:
            out.append(("negation-dropped", tgt[: neg.start()] + tgt[neg.end() :]))
            break
    scale = _first(
        r"(\d) (?:de )?(milhões|milhão|bilhões|bilhão|mil milhões|trilhões)( de)?\b", tgt
    )
    if scale:
        out.append(("scale-dropped", tgt[: scale.start() + 1] + tgt[scale.end() :]))
    date = _first(r"\b(\d{1,2}) de (" + "|".join(_MONTHS_PT) + r")\b", tgt)
    if date and int(date.group(1)) <= 12:
        day = int(date.group(1))
        month = _MONTHS_PT.index(date.group(2)) + 1
        if day != month:
            out.append(("date-day-month-swapped",
                        _sub_at(tgt, date, f"{month} de {_MONTHS_PT[day - 1]}")))  # fmt: skip
    else:
        num = _first(r"\b(\d{1,2})/(\d{1,2})(/\d{2,4})?\b", tgt)
        if (
            num
            and num.group(1) != num.group(2)
            and int(num.group(2)) <= 12
            and int(num.group(1)) <= 12
        ):
            swapped = f"{num.group(2)}/{num.group(1)}{num.group(3) or ''}"
            out.append(("date-day-month-swapped", _sub_at(tgt, num, swapped)))
    return [(k, t) for k, t in out if t != tgt]


def sentences() -> list[tuple[str, str]]:
    from facts_builder import select_sentences

    return select_sentences(FOLDERS, MAX_PAIRS)


def main(argv: list[str]) -> int:
    from facts_builder import write_set

    global FOLDERS, ID_PREFIX
    if argv[1:2] == ["--folders"]:  # set D: other pages, the same rules
        FOLDERS = tuple(argv[2].split(","))
        ID_PREFIX = argv[3] if len(argv) > 3 else "d"
    write_set(Path(argv[0]), sentences(), ID_PREFIX, [mutate])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
