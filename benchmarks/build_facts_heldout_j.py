"""Build held-out set J of the facts gate: both embedded directions, engine-like and hostile errors.

en -> pt: real English sentences from the ground-truth texts of the English pages of
``tests/data/realworld/heldout_l``, a folder no earlier facts set uses (A: trafilatura's eval
pages; B: ``pages``; C: ``heldout_c/d``; D: ``heldout_e/f``; E: ``zyte_dev``, ``heldout_g``;
F: ``heldout``; G: ``heldout_i``; H: ``heldout_j``, ``heldout_h``; I: ``heldout_k``), and none
of the sentences of sets A..I. Selection as sets F..I (``facts_builder.select_sentences``).

pt -> en: the bare engine's Portuguese for the English sentences above (the folder holds no
Portuguese page), each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set J was measured: every rule of sets C..I, plus
kinds no earlier set had, in both directions:

* ``direction-flipped``: a change turned the other way ("aumentou" -> "diminuiu", "subiu" ->
  "caiu", "rose" -> "fell", "increased" -> "decreased"): the numbers stay, the fact flips.
* ``comparison-flipped``: a comparative or superlative turned ("maior" -> "menor", "mais
  alto" -> "mais baixo", "higher" -> "lower", "largest" -> "smallest").
* ``percent-dropped``: a percentage lost its sign or word ("40%" -> "40", "40 por cento" -> "40").
* ``currency-dropped``: an amount lost its currency ("US$ 5 milhões" -> "5 milhões", "$5" -> "5").
* ``year-dropped``: a year (1900..2099) left out with its "de"/"em"/"in"/"of".
* ``digit-changed-invisible``: a digit changed and a zero-width space put inside the same number
  ("1500" -> "16\\u200b00"), the way a hostile text would hide a change from a checker.
* ``bidi-number-reversed``: a number of two or more distinct digits wrapped in a right-to-left
  override ("\\u202e1500\\u202c" is stored as 1500 but shown as 0051).
* ``name-bidi-spoofed``: a capitalised name the source also has stored reversed inside a
  right-to-left override ("\\u202eavliS\\u202c" shows "Silva"; search, copy and screen readers get
  "avliS").
* ``name-invisible-inserted``: a zero-width space inside such a name ("Sil\\u200bva").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: ``ok-thousands-as-word``
("40.000" -> "40 mil", "40,000" -> "40 thousand") and ``ok-small-number-as-word`` ("5 anos" ->
"cinco anos", "5 years" -> "five years"; 3..10 only, whose Portuguese words have one gender).

Run: ``python benchmarks/build_facts_heldout_j.py benchmarks/data/facts_heldout_j.jsonl``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
FOLDERS = ("heldout_l",)
ID_PREFIX = "j"
ID_PREFIX_PT = "jp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl"]  # fmt: skip

_RICH_J = re.compile(
    r"\b(?:rose|fell|increased|decreased|grew|dropped|declined|higher|lower|larger|smaller|"
    r"largest|smallest|highest|lowest)\b|%|\bpercent\b|[$€£]\s?\d|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _rich(s: str) -> bool:
    from build_facts_heldout_i import _rich as rich_i

    return bool(_RICH_J.search(s)) or rich_i(s)


def _keep(s: str) -> bool:
    from build_facts_heldout_i import _keep as keep_i

    return keep_i(s) or bool(_RICH_J.search(s))


def _cut(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


_DIRECTION_PT = [("aumentou", "diminuiu"), ("aumentaram", "diminuíram"), ("subiu", "caiu"),
                 ("subiram", "caíram"), ("cresceu", "encolheu"), ("cresceram", "encolheram"),
                 ("caiu", "subiu"), ("caíram", "subiram"), ("diminuiu", "aumentou"),
                 ("aumento de", "redução de"), ("queda de", "alta de"), ("alta de", "queda de"),
                 ("crescimento de", "declínio de")]  # fmt: skip
_DIRECTION_EN = [("rose", "fell"), ("fell", "rose"), ("increased", "decreased"),
                 ("decreased", "increased"), ("grew", "shrank"), ("dropped", "rose"),
                 ("declined", "rose"), ("increase", "decrease"), ("decrease", "increase"),
                 ("growth", "decline"), ("rise", "fall")]  # fmt: skip
_COMPARE_PT = [("maior", "menor"), ("menor", "maior"), ("maiores", "menores"),
               ("menores", "maiores"), ("mais alto", "mais baixo"), ("mais alta", "mais baixa"),
               ("mais baixo", "mais alto"), ("melhor", "pior"), ("pior", "melhor"),
               ("mais velho", "mais novo"), ("mais antigo", "mais recente")]  # fmt: skip
_COMPARE_EN = [("higher", "lower"), ("lower", "higher"), ("larger", "smaller"),
               ("smaller", "larger"), ("largest", "smallest"), ("biggest", "smallest"),
               ("highest", "lowest"), ("lowest", "highest"), ("better than", "worse than"),
               ("oldest", "newest"), ("older", "younger")]  # fmt: skip
_SMALL_PT = {3: "três", 4: "quatro", 5: "cinco", 6: "seis", 7: "sete", 8: "oito", 9: "nove",
             10: "dez"}  # fmt: skip
_SMALL_EN = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
             10: "ten"}  # fmt: skip
_NUMBER = re.compile(r"(?<![\w.,:/-])\d+(?:[.,]\d+)*(?![\w:/-])")
_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]{3,})(?![\w-])")


def _word_swap(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    for old, new in pairs:
        m = re.search(rf"\b{old}\b", tgt, re.IGNORECASE)
        if m:
            if m.group(0)[0].isupper():
                new = new[0].upper() + new[1:]
            return kind, _cut(tgt, m.start(), m.end(), new)
    return None


def _percent_dropped(tgt: str, word: str) -> tuple[str, str] | None:
    m = re.search(rf"(\d)(\s?%|\s{word})", tgt)
    return ("percent-dropped", _cut(tgt, m.start(2), m.end(2), "")) if m else None


def _currency_dropped(tgt: str, names: str) -> tuple[str, str] | None:
    m = re.search(r"(?:US\s?\$|R\$|[$€£])\s?(?=\d)", tgt)
    if m:
        return "currency-dropped", _cut(tgt, m.start(), m.end(), "")
    m = re.search(rf"(\d[\d.,]*(?:\s(?:mil|milhões|bilhões|million|billion))?)(\s(?:de\s)?"
                  rf"(?:{names}))\b", tgt)  # fmt: skip
    return ("currency-dropped", _cut(tgt, m.start(2), m.end(2), "")) if m else None


def _year_dropped(tgt: str, lead: str) -> tuple[str, str] | None:
    m = re.search(rf"(?:,?\s|^)(?:{lead})\s(?:19|20)\d\d\b(?![.,]\d|\s?%)(?:,(?=\s))?", tgt,
                  re.IGNORECASE)  # "em 2023", "In 2021," (with its comma): the year and its word
    if not m:
        return None
    out = _cut(tgt, m.start(), m.end(), "").lstrip()
    return "year-dropped", out[:1].upper() + out[1:]


def _invisible_number(tgt: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    nums = [m for m in _NUMBER.finditer(tgt) if len(re.sub(r"\D", "", m.group())) >= 2]
    if not nums:
        return out
    m = nums[0]
    s = m.group()
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    i = digits[1] if len(digits) > 1 else digits[0]
    changed = s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]
    cut_at = i + 1 if i + 1 < len(s) else i
    out.append(("digit-changed-invisible",
                _cut(tgt, m.start(), m.end(), changed[:cut_at] + "\u200b" + changed[cut_at:])))
    if len(set(re.sub(r"\D", "", s))) >= 2:
        out.append(("bidi-number-reversed", _cut(tgt, m.start(), m.end(),
                                                 "\u202e" + s + "\u202c")))  # fmt: skip
    return out


def _names(src: str, tgt: str) -> list[tuple[str, str]]:
    for m in _NAME.finditer(tgt):
        name = m.group(1)
        if m.start() == 0 or not re.search(rf"\b{name}\b", src):
            continue
        return [("name-bidi-spoofed", _cut(tgt, m.start(), m.end(),
                                           "\u202e" + name[::-1] + "\u202c")),
                ("name-invisible-inserted", _cut(tgt, m.start(), m.end(),
                                                 name[:2] + "\u200b" + name[2:]))]  # fmt: skip
    return []


def _small_word(tgt: str, words: dict[int, str], units: str) -> tuple[str, str] | None:
    m = re.search(rf"(?<![\w.,:/$€£-])(\d{{1,2}})(?=\s[a-zà-ú]{{3,}})(?!\s(?:{units})\b)", tgt)
    if m and re.search(r"(?:[A-Z]\S*|\d\S*|nº|n\.|No\.)\s$", tgt[: m.start()]):
        return None  # "Windows 10", "Top 5", "página 3 de 5": a name or a code, not a count
    if m and int(m.group(1)) in words:
        return "ok-small-number-as-word", _cut(tgt, m.start(), m.end(), words[int(m.group(1))])
    return None


def mutate_j(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had."""
    out: list[tuple[str, str] | None] = [
        _word_swap(tgt, _DIRECTION_PT, "direction-flipped"),
        _word_swap(tgt, _COMPARE_PT, "comparison-flipped"),
        _percent_dropped(tgt, "por cento"),
        _currency_dropped(tgt, "dólares|euros|libras|reais|ienes"),
        _year_dropped(tgt, "de|em"),
        _small_word(tgt, _SMALL_PT, "por|de|a|e|mil|milhões|bilhões|km|kg|m"),
    ]
    th = re.search(r"(?<![\d.,])(\d{1,3})\.000(?![\d.,%])", tgt)
    if th:
        out.append(("ok-thousands-as-word", _cut(tgt, th.start(), th.end(), th.group(1) + " mil")))
    got = [x for x in out if x is not None]
    got += _invisible_number(tgt) + _names(src, tgt)
    return [(k, t) for k, t in got if t != tgt]


def mutate_j_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had, written for an English target."""
    out: list[tuple[str, str] | None] = [
        _word_swap(tgt, _DIRECTION_EN, "direction-flipped"),
        _word_swap(tgt, _COMPARE_EN, "comparison-flipped"),
        _percent_dropped(tgt, "percent"),
        _currency_dropped(tgt, "dollars|euros|pounds|reais|yen"),
        _year_dropped(tgt, "in|of"),
        _small_word(tgt, _SMALL_EN, "to|of|and|or|thousand|million|billion|km|kg|m|percent"),
    ]
    th = re.search(r"(?<![\d.,])(\d{1,3}),000(?![\d.,%])", tgt)
    if th:
        out.append(("ok-thousands-as-word",
                    _cut(tgt, th.start(), th.end(), th.group(1) + " thousand")))  # fmt: skip
    got = [x for x in out if x is not None]
    got += _invisible_number(tgt) + _names(src, tgt)
    return [(k, t) for k, t in got if t != tgt]


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
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j],
              targets=targets)  # fmt: skip
    pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
          if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en],
              source="pt", to="en", mode="a")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
