"""Build held-out set E of the facts gate: real sentences with facts, and engine-like errors.

Sentences come from the ground-truth texts of the English pages of ``tests/data/realworld``
folders that no earlier facts set uses: ``zyte_dev`` (60 news pages of Zyte's article
extraction benchmark) and ``heldout_g`` (30 pages of the web-content-extraction benchmark).
Sets A..D use trafilatura's eval pages, ``pages``, ``heldout_c/d`` and ``heldout_e/f``.
Sentences of 30-300 characters with a digit are taken round-robin over pages (at most
``MAX_PAIRS``), first those that hold a fact of a kind the earlier sets lacked (a clock time,
a decade, a range, a score, a percentage, an ordinal, two negations), then the rest, and
each is translated once by the bare embedded engine to Portuguese.

Mutations, written with this file before set E was measured: every rule of set C
(``build_facts_heldout_c.mutate``: a digit changed/dropped, a number written twice, separators
misread, a unit or currency swapped, a negation dropped, million/billion dropped, a date's day
and month swapped), plus: a clock time changed, a decade changed ("anos 90" -> "anos 80"), a
range's end changed, a score changed, a percentage turned into percentage points or back, the
second of two negations dropped, an ordinal changed, million and billion swapped.

Run: ``python benchmarks/build_facts_heldout_e.py benchmarks/data/facts_heldout_e.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
FOLDERS = ("zyte_dev", "heldout_g")
ID_PREFIX = "e"

_RICH = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)|\b\d{1,2}\s?(?:[ap]\.?m\.?)\b|\b\d{3}0s\b|'\d0s\b"
    r"|\b\d+\s?(?:-|–|to)\s?\d+\b|\d\s?%|\bper ?cent\b|percentage point"
    r"|\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth)\b",
    re.IGNORECASE,
)
_NEG_PT = re.compile(r"\b(?:não|nunca|nem|sem|nenhum|nenhuma|jamais)\b ?", re.IGNORECASE)
_ORDINALS_PT = ["primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "sétimo",
                "oitavo", "nono", "décimo"]  # fmt: skip


def _bump(digit: str) -> str:
    return str((int(digit) + 1) % 10)


def mutate_more(src: str, tgt: str) -> list[tuple[str, str]]:
    """The kinds set C lacked: (kind, mutated target) for each rule that applies."""
    out: list[tuple[str, str]] = []
    clock = re.search(r"\b(\d{1,2})([:h])(\d{2})\b", tgt)
    if clock:
        hour = int(clock.group(1))
        new_hour = (hour + 1) % 24 if hour < 23 else 1
        out.append(("time-changed", tgt[: clock.start(1)] + str(new_hour) + tgt[clock.end(1) :]))
    else:
        clock = re.search(r"\b(\d{1,2})\s?(h|horas|da manhã|da tarde|da noite)\b", tgt)
        if clock and re.search(r"\d\s?[ap]\.?m\b|o'clock", src, re.IGNORECASE):
            hour = int(clock.group(1))
            out.append(("time-changed", tgt[: clock.start(1)] + str(hour % 12 + 1)
                        + tgt[clock.end(1) :]))  # fmt: skip
    decade = re.search(r"\b(?:anos|década de)\s?(?:de\s)?'?(1\d|20)?(\d)0\b", tgt)
    if decade:
        i = decade.start(2)
        new = str((int(decade.group(2)) - 1) % 10)
        out.append(("decade-changed", tgt[:i] + new + tgt[i + 1 :]))
    rng = re.search(
        r"\b(?:de|entre)\s(\d+(?:[.,]\d+)?)\s(?:a|e|até)\s(\d+(?:[.,]\d+)?)\b"
        r"|(?<![\d.,])(\d+(?:[.,]\d+)?)\s?[-–]\s?(\d+(?:[.,]\d+)?)(?![\d.,])",
        tgt,
    )
    if rng:
        g = 2 if rng.group(2) else 4
        a, b = rng.group(g - 1), rng.group(g)
        small = all(x.isdigit() and int(x) <= 20 for x in (a, b))
        sporty = re.search(r"\b(?:win|won|beat|defeat|lead|score|victory|loss|lost|draw)",
                           src, re.IGNORECASE)  # fmt: skip
        if g == 4 and small and sporty and a != b:
            out.append(("score-changed", tgt[: rng.start(4)] + _bump(b[-1]) + tgt[rng.end(4) :]))
        else:
            end = rng.end(g)
            out.append(("range-end-changed", tgt[: end - 1] + _bump(b[-1]) + tgt[end:]))
    pp = re.search(r"pontos? percentua(?:l|is)", tgt)
    if pp:
        out.append(("points-as-percent", tgt[: pp.start()] + "por cento" + tgt[pp.end() :]))
    else:
        pc = re.search(r"(\d)\s?(%|por cento)", tgt)
        if pc:
            out.append(("percent-as-points", tgt[: pc.start(2)]
                        + (" " if pc.group(2) == "%" else "") + "pontos percentuais"
                        + tgt[pc.end(2) :]))  # fmt: skip
    negs = list(_NEG_PT.finditer(tgt))
    if len(negs) >= 2:
        n = negs[1]
        out.append(("second-negation-dropped", tgt[: n.start()] + tgt[n.end() :]))
    ordinal = re.search(r"\b(\d+)(º|ª|°)", tgt)
    if ordinal:
        out.append(("ordinal-changed", tgt[: ordinal.start(1)] + str(int(ordinal.group(1)) + 1)
                    + tgt[ordinal.end(1) :]))  # fmt: skip
    else:
        word = re.search(r"\b(" + "|".join(_ORDINALS_PT) + r")(a|o)?\b", tgt)
        if word:
            k = _ORDINALS_PT.index(word.group(1))
            nxt = _ORDINALS_PT[(k + 1) % len(_ORDINALS_PT)]
            out.append(("ordinal-changed", tgt[: word.start(1)] + nxt + tgt[word.end(1) :]))
    scale = re.search(r"\d\s(?:de\s)?(milhões|milhão|bilhões|bilhão)\b", tgt)
    if scale:
        swap = {"milhões": "bilhões", "milhão": "bilhão", "bilhões": "milhões",
                "bilhão": "milhão"}[scale.group(1)]  # fmt: skip
        out.append(("scale-swapped", tgt[: scale.start(1)] + swap + tgt[scale.end(1) :]))
    return [(k, t) for k, t in out if t != tgt]


def _rich(s: str) -> bool:
    return bool(_RICH.search(s)) or len(re.findall(r"\b(?:not|no|never|n't|nor|without)\b", s)) >= 2


def sentences() -> list[tuple[str, str]]:
    from facts_builder import select_sentences

    return select_sentences(FOLDERS, MAX_PAIRS, rich=_rich)


def main(argv: list[str]) -> int:
    from build_facts_heldout_c import mutate
    from facts_builder import write_set

    write_set(Path(argv[0]), sentences(), ID_PREFIX, [mutate, mutate_more])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
