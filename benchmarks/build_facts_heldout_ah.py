"""Build held-out set AH of the facts gate: a new real source (Wikipedia's "In the news" blurbs).

en -> pt: 200 real English sentences of a source no facts set A..AG used: the English blurbs of
the ITN corpus (``corpus/corpus.json`` at commit ``b6fb9b7c`` of shizhao/ITN-corpus, 2023-04-14,
the newest version of that file the mirror holds; the repository's README licenses the corpus
under **CC BY-SA 3.0**): the one-sentence news items of Wikipedia's "In the news" box
(2022-2023), each with its topic's Wikidata id and a time stamp, in HTML. Sets A..S read
``tests/data/realworld`` (pages and feeds), T..AG GUM, UD_English-PUD, UD_English-EWT,
newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data, snacktory's
pages, NReadability's pages, dotcom-rendering's Guardian fixtures, gensim's Lee corpus,
EpubPress's fixtures and NTREX (newstest2019): the ITN corpus is none of them.
Selection rule, written before any item was read:

* every topic (Wikidata id) in file order is a story; its English blurbs (``lang`` "en") in
  time-stamp order, tags taken away, entities unescaped, whitespace collapsed; a blurb written
  twice the same way is kept once;
* AG's 60-word floor for a story is left out: an ITN story is one sentence, updated (AG's rule
  would keep almost none); English only by the source's own claim;
* **no story sharing a sentence with sets A..AG** (left out whole).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds, AF's change with
its values, then **the four classes facts40 fixed**, :data:`_KIND_AH`: a clock time with
minutes, a rank sign before a number, a band of tens, a borrow/lend verb), round-robin over the
stories, then any sentence of 30..300 letters holding a digit, the same way; each translated
once by the bare embedded engine. (AG's rule, whose only changes are the source, its story
unit and the four kinds.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X and AF's ``change-values-swapped`` (as set AG), and four
kinds for the classes facts40 fixed (:func:`mutate_ah`, :func:`mutate_ah_en`), each made only
where the output writes what it rewrites:

* ``time-run-together``: a clock time with minutes written with its hour and minutes run
  together and its day period or "h" gone ("19:02" -> "1902", "7:02 p.m." -> "702");
* ``rank-sign-letter``: a rank's sign made a stray letter ("nº 1", "#1", "No. 1" -> "s 1");
* ``band-as-decade``: a band of tens said as a decade ("na casa dos 80" -> "nos anos 80",
  "in their 80s" -> "in the 1980s");
* ``borrow-lend-swapped``: borrow written lend or the reverse ("pediu emprestado" ->
  "emprestou", "borrowed" -> "lent").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_ah.py ITN_GIT_DIR
benchmarks/data/facts_heldout_ah.jsonl`` (a git directory of shizhao/ITN-corpus holding commit
``b6fb9b7ce0aa9f974f730e464e55b1d7eab2cd49``).
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
ID_PREFIX = "ah"
ID_PREFIX_PT = "ahp"
COMMIT = "b6fb9b7ce0aa9f974f730e464e55b1d7eab2cd49"
SOURCE = "corpus/corpus.json"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag"]]  # fmt: skip

# the four classes facts40 fixed, as kinds of English source sentence
_KIND_AH = {
    "clock-minutes": re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{3,4}\s?(?:[AaPp]\.?[Mm]\b\.?)"),
    "rank-sign": re.compile(r"#\s?\d|\bNo\.\s?\d|\bnumber\s\d"),
    "band-of-tens": re.compile(r"\b(?:mid|low|high|upper|early|late|their|his|her)[- ]\d0s\b"),
    "borrow-lend": re.compile(r"\b(?:borrow\w*|lend\w*|lent)\b", re.IGNORECASE),
}

_TAG = re.compile(r"<[^>]+>")


def _plain(blurb: str) -> str:
    """A blurb's text: tags taken away, entities unescaped, whitespace collapsed.

    >>> _plain('At least <b><a href="x">100 people</a></b> are&#160;killed.')
    'At least 100 people are killed.'
    """
    return " ".join(html.unescape(_TAG.sub("", blurb)).split())


def stories(corpus: dict[str, dict[str, dict[str, str]]], taken: set[str]) -> dict[str, list[str]]:
    """English blurbs by story (topic id, file order; time-stamp order inside), none sharing
    a sentence with ``taken``.

    >>> c = {"Q1": {"2.0": {"lang": "en", "blurb": "B <b>b</b>."},
    ...             "1.0": {"lang": "en", "blurb": "A a."}, "3.0": {"lang": "de", "blurb": "C."}},
    ...      "Q2": {"1.0": {"lang": "en", "blurb": "D d."}}}
    >>> stories(c, set())
    {'Q1': ['A a.', 'B b.'], 'Q2': ['D d.']}
    >>> stories(c, {"D d."})
    {'Q1': ['A a.', 'B b.']}
    """
    docs: dict[str, list[str]] = {}
    for qid, items in corpus.items():
        english = [(float(stamp), item["blurb"]) for stamp, item in items.items()
                   if item.get("lang") == "en"]  # fmt: skip
        sents = list(dict.fromkeys(_plain(b) for _, b in sorted(english)))
        if sents and not any(s in taken for s in sents):
            docs[qid] = sents
    return docs


def suite_sentences(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences of the stories the rule keeps, by story (file order)."""
    raw = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{SOURCE}"],
                         check=True, capture_output=True).stdout  # fmt: skip
    return stories(json.loads(raw.decode("utf-8")), taken)


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_af as af
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
    keeps += [pattern.search for pattern in _KIND_AH.values()]
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    return out[:limit]


# --- the four kinds ------------------------------------------------------------------------

_PT_TIME = re.compile(r"\b(\d{1,2})[:h](\d{2})\b(?:\s?(?:horas|h))?")
_EN_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b(?:\s?(?:[AaPp]\.?[Mm]\b\.?))?")
_PT_RANK = re.compile(r"(?:\bn\.?\s?º|\bN\.?\s?º|#|\bNo\.)\s?(\d+)")
_EN_RANK = re.compile(r"(?:#|\bNo\.|\bnumber)\s?(\d+)")
_PT_BAND = re.compile(r"\b(?:na casa dos|nos seus|em seus|aos seus|nos)\s+(\d0)(?:\s+anos)?\b")
_EN_BAND = re.compile(r"\b(?:their|his|her)\s+(?:(?:early|mid|late)[- ])?(\d0)s\b")
_PT_SENSE = [
    (re.compile(r"\bpedi(?:u|ram|r) emprestad[oa]s?\b"), "emprestou"),
    (re.compile(r"\btom(?:ou|aram|ar) emprestad[oa]s?\b"), "emprestou"),
    (re.compile(r"\bemprest(?:ou|aram|ar)\b(?! ?emprestad)"), "pediu emprestado"),
]
_EN_SENSE = [
    (re.compile(r"\bborrowed\b"), "lent"), (re.compile(r"\bborrow\b"), "lend"),
    (re.compile(r"\blent\b"), "borrowed"), (re.compile(r"\blend\b"), "borrow"),
]


def _time_run(tgt: str, pattern: re.Pattern[str]) -> str | None:
    m = pattern.search(tgt)
    if m is None:
        return None
    return tgt[: m.start()] + f"{m.group(1)}{m.group(2)}" + tgt[m.end():]


def _sense(tgt: str, pairs: list[tuple[re.Pattern[str], str]]) -> str | None:
    for pattern, inverse in pairs:
        if pattern.search(tgt):
            return pattern.sub(inverse, tgt, count=1)
    return None


def mutate_ah(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the four classes facts40 fixed, made in a Portuguese target.

    >>> mutate_ah("It starts at 7:02 p.m.", "Começa às 19:02.")
    [('time-run-together', 'Começa às 1902.')]
    >>> mutate_ah("The No. 1 song", "A canção nº 1")
    [('rank-sign-letter', 'A canção s 1')]
    >>> mutate_ah("women in their 80s", "mulheres na casa dos 80 anos")
    [('band-as-decade', 'mulheres nos anos 80')]
    >>> mutate_ah("they borrowed money", "eles pediram emprestado dinheiro")
    [('borrow-lend-swapped', 'eles emprestou dinheiro')]
    """
    out: list[tuple[str, str]] = []
    if _KIND_AH["clock-minutes"].search(src) and (m := _time_run(tgt, _PT_TIME)) is not None:
        out.append(("time-run-together", m))
    if _KIND_AH["rank-sign"].search(src) and (r := _PT_RANK.search(tgt)):
        out.append(("rank-sign-letter", tgt[: r.start()] + f"s {r.group(1)}" + tgt[r.end():]))
    if _KIND_AH["band-of-tens"].search(src) and (b := _PT_BAND.search(tgt)):
        out.append(("band-as-decade",
                    tgt[: b.start()] + f"nos anos {b.group(1)}" + tgt[b.end():]))  # fmt: skip
    if _KIND_AH["borrow-lend"].search(src) and (s := _sense(tgt, _PT_SENSE)) is not None:
        out.append(("borrow-lend-swapped", s))
    return out


def mutate_ah_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the four classes facts40 fixed, made in an English target.

    >>> mutate_ah_en("Começa às 19:02.", "It starts at 7:02 p.m.")
    [('time-run-together', 'It starts at 702')]
    >>> mutate_ah_en("a canção nº 1", "the No. 1 song")
    [('rank-sign-letter', 'the s 1 song')]
    >>> mutate_ah_en("mulheres na casa dos 80 anos", "women in their 80s")
    [('band-as-decade', 'women in the 1980s')]
    >>> mutate_ah_en("eles pediram emprestado", "they borrowed")
    [('borrow-lend-swapped', 'they lent')]
    """
    out: list[tuple[str, str]] = []
    if re.search(r"\b\d{1,2}[:h]\d{2}\b", src) and (m := _time_run(tgt, _EN_TIME)) is not None:
        out.append(("time-run-together", m.rstrip()))
    if re.search(r"(?:nº|n\.º|#|No\.)\s?\d", src) and (r := _EN_RANK.search(tgt)):
        out.append(("rank-sign-letter", tgt[: r.start()] + f"s {r.group(1)}" + tgt[r.end():]))
    if re.search(r"\b\d0\b", src) and (b := _EN_BAND.search(tgt)):
        out.append(("band-as-decade", tgt[: b.start()] + f"the 19{b.group(1)}s" + tgt[b.end():]))
    if re.search(r"emprest|empréstim", src) and (s := _sense(tgt, _EN_SENSE)) is not None:
        out.append(("borrow-lend-swapped", s))
    return out


def main(argv: list[str]) -> int:
    import build_facts_heldout_p as p
    from build_facts_heldout_af import mutate_af, mutate_af_en
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
               mutate_ah],
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
                                             mutate_af_en, mutate_ah_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
