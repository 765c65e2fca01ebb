"""Build held-out set AG of the facts gate: a new real source (newstest2019's English news).

en -> pt: 200 real English sentences of a source no facts set A..AF used: the English source
side of NTREX-128 (``NTREX-128/newstest2019-src.eng.txt`` at commit ``8561f6a6`` of
MicrosoftTranslator/NTREX, its last, 2024-02-29; its ``LICENSE.md`` is **CC BY-SA 4.0**, shipped
as ``tests/data/realworld/LICENSES/ntrex-CC-BY-SA-4.0.txt``): the 1,997 sentences of WMT 2019's
English news test set (123 news stories of 2019, BBC, Reuters, The Guardian, The Independent,
CNBC, Fox News, local US papers...), one sentence a line, with its story's id a line in
``DOCUMENT_IDS.tsv``. Sets A..S read ``tests/data/realworld`` (pages and feeds), T..AF GUM,
UD_English-PUD, UD_English-EWT, newspaper's suite, goose3's pages, WCXB, rss-parser's feeds,
fundus's test data, snacktory's pages, NReadability's pages, dotcom-rendering's Guardian
fixtures, gensim's Lee corpus and EpubPress's fixtures: NTREX (newstest2019) is none of them.
Selection rule, written before any item was read:

* every story of ``DOCUMENT_IDS.tsv`` in file order, its lines in order (each line is one
  sentence as the test set gives it; whitespace collapsed);
* a story of fewer than 60 words left out; English only by the source's own claim (all are);
* **no story sharing a sentence with sets A..AF** (left out whole).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds, then AF's change
with its values: a sentence the rule can act on), round-robin over the stories, then any
sentence of 30..300 letters holding a digit, the same way; each translated once by the bare
embedded engine. (As AF's, whose rule this is; only the source and its exclusions differ.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X and AF's ``change-values-swapped`` (as set AF). Correct
rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs (kind
``real``).

Run: ``python benchmarks/build_facts_heldout_ag.py NTREX_GIT_DIR
benchmarks/data/facts_heldout_ag.jsonl`` (a git directory of MicrosoftTranslator/NTREX holding
commit ``8561f6a622db9edad1217683e5c83daefd8bb2bf``).
"""

from __future__ import annotations

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
ID_PREFIX = "ag"
ID_PREFIX_PT = "agp"
COMMIT = "8561f6a622db9edad1217683e5c83daefd8bb2bf"
SOURCE = "NTREX-128/newstest2019-src.eng.txt"
DOC_IDS = "DOCUMENT_IDS.tsv"
MIN_WORDS = 60
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af"]]  # fmt: skip


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def stories(lines: list[str], ids: list[str], taken: set[str]) -> dict[str, list[str]]:
    """Sentences by story, in file order: stories of MIN_WORDS words, none sharing a sentence.

    >>> stories(["A b c.", "D e."], ["s1", "s1"], set())
    {}
    >>> long = " ".join(["word"] * 60) + "."
    >>> stories([long, "Two words."], ["s1", "s1"], set())["s1"][1]
    'Two words.'
    >>> stories([long, "Two words."], ["s1", "s1"], {"Two words."})
    {}
    """
    if len(lines) != len(ids):
        raise ValueError(f"{len(lines)} sentences, {len(ids)} story ids")
    docs: dict[str, list[str]] = {}
    for line, doc in zip(lines, ids, strict=True):
        docs.setdefault(doc, []).append(" ".join(line.split()))
    return {doc: sents for doc, sents in docs.items()
            if sum(len(s.split()) for s in sents) >= MIN_WORDS
            and not any(s in taken for s in sents)}  # fmt: skip


def suite_sentences(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences of the stories the rule keeps, by story (file order)."""
    lines = _git(git_dir, "show", f"{COMMIT}:{SOURCE}").decode("utf-8").splitlines()
    rows = _git(git_dir, "show", f"{COMMIT}:{DOC_IDS}").decode("utf-8").splitlines()
    ids = [row.split("\t")[0].strip() for row in rows]
    return stories(lines, ids, taken)


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
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    return out[:limit]


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
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x, mutate_af],
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
                                             mutate_af_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
