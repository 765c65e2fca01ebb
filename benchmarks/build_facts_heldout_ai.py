"""Build held-out set AI of the facts gate: a new real source (Wikinews articles of 2004-2005).

en -> pt: 200 real English sentences of a source no facts set A..AH used: the English Wikinews
articles that WikinewsSum collects (``endataset.json`` at commit ``1d985031`` of
airKlizz/WikinewsSum, 2021-12-08, the last commit holding that file): 101 of the first English
Wikinews articles (November 2004 - 2005), each as its wikitext paragraphs, with its title and
categories (the file also holds each article's cited sources, other publishers' text: not read).
Wikinews articles published before 25 September 2005 are in the **public domain** (32 of the
101 carry ``{{PD-Article}}``); Wikinews's later text is **CC BY 2.5**; the compiler's repository
is MIT. Sets A..S read ``tests/data/realworld`` (pages and feeds), T..AH GUM, UD_English-PUD,
UD_English-EWT, newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data,
snacktory's pages, NReadability's pages, dotcom-rendering's Guardian fixtures, gensim's Lee
corpus, EpubPress's fixtures, NTREX (newstest2019) and the ITN corpus: WikinewsSum is none of
them (GUM holds later Wikinews articles: a story sharing a sentence with any set is left out).
Selection rule, written before any item was read:

* every article in file order is a story; its paragraphs (the ``text`` list) rendered to plain
  text (:func:`plain`: wiki links and ``{{w|...}}`` written as their shown text, templates,
  files, tags, bold/italic marks and reference lists taken away, entities unescaped; heading,
  list and template-only lines dropped), split into sentences by
  ``translate.segment.split_sentences``; a sentence still holding markup (a broken template,
  a link's brackets, a bar, an address) is left out;
* AG's floor: a story of fewer than 60 words is left out; English only by the source's claim;
* **no story sharing a sentence with sets A..AH** (left out whole).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds, AF's change with
its values, AH's four, then **three kinds for this pass's classes**, :data:`_KIND_AI`: a number
of thousands, a range written with a dash, a birth said in brackets), round-robin over the
stories, then any sentence of 30..300 letters holding a digit, the same way; each translated
once by the bare embedded engine. (AH's rule, with the source, its story unit, AG's floor back
and three kinds.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X, AF's ``change-values-swapped`` and AH's four kinds (as set
AH), and four kinds for the classes this pass looks at (:func:`mutate_ai`, :func:`mutate_ai_en`),
each made only where the output writes what it rewrites:

* ``ok-thousands-words``: a number of thousands the output writes in digits written in words
  of the target's language ("1.200" -> "mil e duzentos", "3,000" -> "three thousand"): a correct
  rewrite the gate must NOT hold;
* ``thousands-dropped``: the same number in words with its thousands lost ("1.200" ->
  "duzentos", "3,000" -> "three");
* ``range-dash-lost``: a range of two numbers written with a dash has the dash taken away
  ("1990–95" -> "1990 95", "10-15" -> "10 15");
* ``birth-invented``: a birthplace the source does not say added in brackets after a name of two
  capitalized words ("Kofi Annan" -> "Kofi Annan (nascido em Lisboa)").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_ai.py WIKINEWSSUM_GIT_DIR
benchmarks/data/facts_heldout_ai.jsonl`` (a git directory of airKlizz/WikinewsSum holding commit
``1d985031625909c908766812e8a18d0c88116ec8``).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 8
MIN_WORDS = 60
ID_PREFIX = "ai"
ID_PREFIX_PT = "aip"
COMMIT = "1d985031625909c908766812e8a18d0c88116ec8"
SOURCE = "endataset.json"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah"]]  # fmt: skip

# the classes this pass looks at, as kinds of English source sentence
_KIND_AI = {
    "thousands": re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\bthousands?\b", re.IGNORECASE),
    "range-dash": re.compile(r"\d\s?[–—-]\s?\d"),
    "birth": re.compile(r"\b(?:born|died|aged)\b", re.IGNORECASE),
}

_W_LINK = re.compile(r"\{\{w\|([^{}|]*)(?:\|([^{}]*))?\}\}")
_LINK = re.compile(r"\[\[(?!(?:File|Image|Category):)([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_FILE = re.compile(r"\[\[(?:File|Image|Category):[^\[\]]*(?:\[\[[^\]]*\]\][^\[\]]*)*\]\]")
_EXT = re.compile(r"\[https?://\S+(?:\s([^\]]*))?\]")
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}|\{[a-zA-Z]+\}\}")
_MARKUP = re.compile(r"\{\{|\}\}|\[\[|\]\]|\||https?://|www\.")
_TAG = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>|<[^>]+>", re.DOTALL)


def plain(para: str) -> list[str]:
    """A wikitext paragraph's lines as plain text (links shown, templates and files away).

    >>> plain("{{date|May 1}}\\n{{w|Hu Jintao|Hu}} met [[Brazil]]'s '''[[Lula|president]]'''.")
    ["Hu met Brazil's president."]
    >>> plain("== Sources ==\\n* [http://x.org A source]\\n{{haveyoursay}}")
    []
    """
    out: list[str] = []
    for line in para.split("\n"):
        if line.lstrip().startswith(("=", "*", "#", "{|", "|", "!", ":")):
            continue
        t = _FILE.sub("", line)
        t = _W_LINK.sub(lambda m: m.group(2) or m.group(1), t)
        t = _LINK.sub(lambda m: m.group(2) or m.group(1), t)
        for _ in range(3):
            t = _TEMPLATE.sub("", t)
        t = _EXT.sub(lambda m: m.group(1) or "", t)
        t = html.unescape(_TAG.sub("", t).replace("'''", "").replace("''", ""))
        t = " ".join(t.split())
        if t and not re.fullmatch(r"[\W\d_]*", t):
            out.append(t)
    return out


def stories(entries: list[dict[str, object]], taken: set[str]) -> dict[str, list[str]]:
    """English sentences by story (article title, file order), none sharing a sentence with
    ``taken``, each story of ``MIN_WORDS`` words at least."""
    from translate.segment import split_sentences

    docs: dict[str, list[str]] = {}
    for e in entries:
        paras = e.get("text")
        if not isinstance(paras, list):
            continue
        sents: list[str] = []
        for para in paras:
            for line in plain(str(para)):
                sents += [" ".join(line[a:b].split()) for a, b in split_sentences(line, "en")]
        sents = [s for s in dict.fromkeys(sents) if s and not _MARKUP.search(s)]
        if sum(len(s.split()) for s in sents) < MIN_WORDS or any(s in taken for s in sents):
            continue
        docs[str(e.get("title"))] = sents
    return docs


def suite_sentences(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences of the stories the rule keeps, by story (file order)."""
    raw = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{SOURCE}"],
                         check=True, capture_output=True).stdout  # fmt: skip
    entries = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    return stories(entries, taken)


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_af as af
    import build_facts_heldout_ah as ah
    import build_facts_heldout_s as s
    import build_facts_heldout_t as t
    import build_facts_heldout_u as u
    import build_facts_heldout_v as v
    import build_facts_heldout_w as w
    import build_facts_heldout_x as x
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = suite_sentences(git_dir, set(taken))
    out: list[tuple[str, str]] = []
    keeps: list[Callable[[str], object]] = [*x._KIND_EN.values()]
    for mod in (w, v, u, t, s):
        keeps += [pattern.search for pattern in mod._KIND_EN.values()]
    keeps.append(af._CHANGE_EN.search)
    keeps += [pattern.search for pattern in ah._KIND_AH.values()]
    keeps += [pattern.search for pattern in _KIND_AI.values()]
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    return out[:limit]


# --- numbers in words ----------------------------------------------------------------------

_PT_UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
             "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
             "dezenove"]  # fmt: skip
_PT_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta",
            "noventa"]  # fmt: skip
_PT_HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos",
                "setecentos", "oitocentos", "novecentos"]  # fmt: skip
_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def pt_words(n: int) -> str:
    """Portuguese words of 1 <= n < 1,000,000 (masculine).

    >>> print(*(pt_words(n) for n in (1200, 3000, 1250, 21000, 100, 101)), sep="; ")
    mil e duzentos; três mil; mil duzentos e cinquenta; vinte e um mil; cem; cento e um
    """
    def below(k: int) -> str:
        if k == 100:
            return "cem"
        parts = [_PT_HUNDREDS[k // 100]] if k >= 100 else []
        r = k % 100
        if r >= 20:
            parts.append(_PT_TENS[r // 10] + (f" e {_PT_UNITS[r % 10]}" if r % 10 else ""))
        elif r:
            parts.append(_PT_UNITS[r])
        return " e ".join(p for p in parts if p)

    thousands, rest = divmod(n, 1000)
    if not thousands:
        return below(rest)
    head = "mil" if thousands == 1 else f"{below(thousands)} mil"
    if not rest:
        return head
    joiner = " e " if rest < 100 or rest % 100 == 0 else " "
    return head + joiner + below(rest)


def en_words(n: int) -> str:
    """English words of 1 <= n < 1,000,000.

    >>> print(*(en_words(n) for n in (1200, 3000, 1250, 21000)), sep="; ")
    one thousand two hundred; three thousand; one thousand two hundred fifty; twenty-one thousand
    """
    def below(k: int) -> str:
        parts = [f"{_EN_UNITS[k // 100]} hundred"] if k >= 100 else []
        r = k % 100
        if r >= 20:
            parts.append(_EN_TENS[r // 10] + (f"-{_EN_UNITS[r % 10]}" if r % 10 else ""))
        elif r:
            parts.append(_EN_UNITS[r])
        return " ".join(parts)

    thousands, rest = divmod(n, 1000)
    if not thousands:
        return below(rest)
    return f"{below(thousands)} thousand" + (f" {below(rest)}" if rest else "")


_PT_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d{4,6})(?![\d]|[.,]\d)")
_EN_THOUSANDS = re.compile(r"(?<![\d.,$€£])(\d{1,3}(?:,\d{3})+|\d{4,6})(?![\d]|[.,]\d)")


def _thousands(tgt: str, pattern: re.Pattern[str], words: Callable[[int], str],
               ) -> list[tuple[str, str]]:  # fmt: skip
    for m in pattern.finditer(tgt):
        digits = m.group(1)
        n = int(re.sub(r"[.,]", "", digits))
        if not 1000 <= n < 1_000_000 or (digits.isdigit() and 1800 <= n <= 2100):
            continue
        head, tail = tgt[: m.start()], tgt[m.end():]
        dropped = n % 1000 or n // 1000
        return [("ok-thousands-words", head + words(n) + tail),
                ("thousands-dropped", head + words(dropped) + tail)]
    return []


_RANGE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?[–—-]\s?(\d+(?:[.,]\d+)?)(?![\d])")
_NAME = re.compile(r"(?<=[a-zà-ú,] )([A-Z][a-zà-ú]+ [A-Z][a-zà-ú]+)\b(?! \()")
_PLACES = [("Lisboa", "Lisbon"), ("Chicago", "Chicago"), ("Nápoles", "Naples")]


def _range_lost(tgt: str) -> str | None:
    m = _RANGE.search(tgt)
    if m is None:
        return None
    return tgt[: m.start()] + f"{m.group(1)} {m.group(2)}" + tgt[m.end():]


def _birth(src: str, tgt: str, pt: bool) -> str | None:
    m = _NAME.search(tgt)
    if m is None:
        return None
    for place_pt, place_en in _PLACES:
        if place_en not in src and place_pt not in src:
            said = f" (nascido em {place_pt})" if pt else f" (born in {place_en})"
            return tgt[: m.end()] + said + tgt[m.end():]
    return None


def mutate_ai(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: this pass's classes, made in a Portuguese target.

    >>> for kind, text in mutate_ai("About 1,200 people came.", "Cerca de 1.200 pessoas vieram."):
    ...     print(kind, "|", text)
    ok-thousands-words | Cerca de mil e duzentos pessoas vieram.
    thousands-dropped | Cerca de duzentos pessoas vieram.
    >>> mutate_ai("He served in 1990–95.", "Ele serviu em 1990–95.")
    [('range-dash-lost', 'Ele serviu em 1990 95.')]
    >>> mutate_ai("He met Kofi Annan.", "Ele encontrou Kofi Annan.")
    [('birth-invented', 'Ele encontrou Kofi Annan (nascido em Lisboa).')]
    """
    out = _thousands(tgt, _PT_THOUSANDS, pt_words)
    if _KIND_AI["range-dash"].search(src) and (r := _range_lost(tgt)) is not None:
        out.append(("range-dash-lost", r))
    if (b := _birth(src, tgt, True)) is not None:
        out.append(("birth-invented", b))
    return out


def mutate_ai_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: this pass's classes, made in an English target.

    >>> for kind, text in mutate_ai_en("Cerca de 3.000 pessoas.", "About 3,000 people."):
    ...     print(kind, "|", text)
    ok-thousands-words | About three thousand people.
    thousands-dropped | About three people.
    >>> mutate_ai_en("Subiu 10-15%.", "It rose 10-15%.")
    [('range-dash-lost', 'It rose 10 15%.')]
    >>> mutate_ai_en("Ele encontrou Kofi Annan.", "He met Kofi Annan.")
    [('birth-invented', 'He met Kofi Annan (born in Lisbon).')]
    """
    out = _thousands(tgt, _EN_THOUSANDS, en_words)
    if re.search(r"\d\s?[–—-]\s?\d", src) and (r := _range_lost(tgt)) is not None:
        out.append(("range-dash-lost", r))
    if (b := _birth(src, tgt, False)) is not None:
        out.append(("birth-invented", b))
    return out


def main(argv: list[str]) -> int:
    import build_facts_heldout_p as p
    from build_facts_heldout_af import mutate_af, mutate_af_en
    from build_facts_heldout_ah import mutate_ah, mutate_ah_en
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
    from build_facts_heldout_r import mutate_r, mutate_r_en
    from build_facts_heldout_s import mutate_s, mutate_s_en
    from build_facts_heldout_t import mutate_t, mutate_t_en
    from build_facts_heldout_u import mutate_u, mutate_u_en
    from build_facts_heldout_v import mutate_v, mutate_v_en
    from build_facts_heldout_w import mutate_w, mutate_w_en
    from build_facts_heldout_x import mutate_x, mutate_x_en
    from facts_builder import translate_pairs, write_set

    git_dir, out = Path(argv[0]), Path(argv[1])
    pairs = sentences(git_dir)
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x, mutate_af,
               mutate_ah, mutate_ai],
              targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en, mutate_t_en, mutate_u_en,
                                             mutate_v_en, mutate_w_en, mutate_x_en,
                                             mutate_af_en, mutate_ah_en, mutate_ai_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
