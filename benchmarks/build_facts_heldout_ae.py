"""Build held-out set AE of the facts gate: a new real source (news articles), AD's kinds.

en -> pt: 200 real English sentences of a source no facts set A..AD used: **the Lee corpus of
ABC (Australian Broadcasting Corporation) news stories** as gensim ships it for its tests
(``gensim/test/test_data/lee_background.cor``, 299 stories, and ``lee.cor``, 49 stories, one story
a line, at commit ``37f90ec1`` of piskvorky/gensim; its ``COPYING`` is the LGPL 2.1; the stories,
of late 2001, are the ABC's, gathered by Lee, Pincombe and Welsh 2005 for their study of document
similarity). Sets A..S read ``tests/data/realworld`` (pages and feeds), T..AD GUM,
UD_English-PUD, UD_English-EWT, newspaper's suite, goose3's pages, WCXB, rss-parser's feeds,
fundus's test data, snacktory's pages, NReadability's pages and dotcom-rendering's Guardian
fixtures: gensim is none of them. probe30's sweep translated the first 14 stories of
``lee_background.cor``: they are left out. Selection rule, written before any item was read:

* the stories of ``lee_background.cor`` from the 15th on, then those of ``lee.cor``, in file
  order; a story an earlier line gave (the same text) is read once;
* each story's text (Latin-1: ``lee.cor``'s one byte above ASCII is a "£"), whitespace
  collapsed; English only (fewer than 2% of the words "the"/"of"/"and"/"to", or fewer than 60
  words, left out: a story is short), split into sentences by
  ``translate.segment.split_sentences``;
* **no story sharing a sentence with sets A..AD** (left out whole).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds: a sentence the
rule can act on), round-robin over the documents, then any sentence of 30..300 letters holding a
digit, the same way; each translated once by the bare embedded engine. (As AD's, whose rule this
is; only the source, its exclusions and the story length differ.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X (as sets Y..AD; they added no kind), no new kind. Correct
rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs (kind
``real``).

Run: ``python benchmarks/build_facts_heldout_ae.py GENSIM_GIT_DIR
benchmarks/data/facts_heldout_ae.jsonl`` (a git directory of piskvorky/gensim holding commit
``37f90ec121eb7cd401448a947e80953e0c53ccdc``).
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
ID_PREFIX = "ae"
ID_PREFIX_PT = "aep"
COMMIT = "37f90ec121eb7cd401448a947e80953e0c53ccdc"
FILES = [("gensim/test/test_data/lee_background.cor", 14), ("gensim/test/test_data/lee.cor", 0)]
MIN_WORDS = 60
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad"]]  # fmt: skip
_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _sentences(text: str) -> list[str]:
    from translate.segment import split_sentences

    return [" ".join(text[start:end].split()) for start, end in split_sentences(text, "en")]


def suite_sentences(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences of the stories the rule keeps, by story (file order)."""
    docs: dict[str, list[str]] = {}
    seen: set[str] = set()
    for path, skip in FILES:
        raw = _git(git_dir, "show", f"{COMMIT}:{path}").decode("latin-1")  # one byte: "£"
        for n, line in enumerate(raw.splitlines(), 1):
            text = " ".join(line.split())
            if n <= skip or not text or text in seen:
                continue
            seen.add(text)
            words = text.split()
            if len(words) < MIN_WORDS or len(_ENGLISH.findall(text)) < 0.02 * len(words):
                continue
            sents = _sentences(text)
            if any(s in taken for s in sents):
                continue
            docs[f"{path.rsplit('/', 1)[1]}:{n}"] = sents
    return docs


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
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
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
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
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x],
              targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en, mutate_t_en, mutate_u_en,
                                             mutate_v_en, mutate_w_en, mutate_x_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
