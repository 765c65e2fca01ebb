"""Build held-out set AC of the facts gate: a new real source (news pages), AB's kinds.

en -> pt: 200 real English sentences of a source no facts set A..AB used: the ``<p>``
paragraphs of the saved pages NReadability keeps as test fixtures
(``Src/NReadability/NReadability.Tests/SampleInput/*.html`` and ``SampleWebInput/*.html`` at
commit ``808afcfd`` of marek-stoj/NReadability; its ``LICENSE.txt`` is Apache 2.0; the pages are
their publishers' work, 2009-2012: news and magazine articles and blog posts, the Washington
Post, The New York Times, Slate, Vanity Fair, Brookings, The Verge...). Sets A..S read
``tests/data/realworld`` (pages and feeds), T..AB GUM, UD_English-PUD, UD_English-EWT,
newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data and snacktory's
pages: NReadability is none of them. Selection rule, written before any item was read:

* every ``.html`` file of the two folders, sorted by path; a byte-identical page read once;
* **no page probe32 translated** (its sweep is a development set: ``SampleInput_01``, ``_08``,
  ``_10``, ``_11``, ``_12``, ``_14`` and ``SampleWebInput/SampleInput_02_1``, ``_07_2``;
  ``benchmarks/results/probe32-sweep-inputs-2026-12-06.txt``), and no page sharing a sentence
  with one of them (the other pages of a multi-page article are kept only when none of their
  sentences is one of those pages');
* no page whose bytes are a page of any ``tests/data/realworld`` folder;
* **no page sharing a sentence with sets A..AB** (a page any of whose sentences is a source
  sentence of A..AB is left out whole);
* its ``<p>`` paragraphs of 6 to 200 words (whitespace collapsed, one of each), English only
  (fewer than 2% of the words "the"/"of"/"and"/"to", or fewer than 150 words, left out), split
  into sentences by ``translate.segment.split_sentences``.

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds: a sentence the
rule can act on), round-robin over the documents, then any sentence of 30..300 letters holding a
digit, the same way; each translated once by the bare embedded engine. (As AB's, whose rule this
is; only the source and its exclusions differ.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X (as sets Y..AB; they added no kind), no new kind. Correct
rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs (kind
``real``).

Run: ``python benchmarks/build_facts_heldout_ac.py NREADABILITY_GIT_DIR
benchmarks/data/facts_heldout_ac.jsonl`` (a git directory of marek-stoj/NReadability holding
commit ``808afcfd2086b627d7be4ed7572afd33a4825df3``).
"""

from __future__ import annotations

import hashlib
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
ID_PREFIX = "ac"
ID_PREFIX_PT = "acp"
COMMIT = "808afcfd2086b627d7be4ed7572afd33a4825df3"
ROOT = "Src/NReadability/NReadability.Tests/"
FOLDERS = (ROOT + "SampleInput/", ROOT + "SampleWebInput/")
PROBE32 = {"SampleInput/SampleInput_01.html", "SampleInput/SampleInput_08.html",
           "SampleInput/SampleInput_10.html", "SampleInput/SampleInput_11.html",
           "SampleInput/SampleInput_12.html", "SampleInput/SampleInput_14.html",
           "SampleWebInput/SampleInput_02_1.html",
           "SampleWebInput/SampleInput_07_2.html"}  # fmt: skip
MIN_WORDS = 150
REALWORLD = HERE.parent / "tests" / "data" / "realworld"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab"]]  # fmt: skip
_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _realworld_digests() -> set[str]:
    """sha1 of every file of every ``tests/data/realworld`` folder."""
    return {hashlib.sha1(p.read_bytes()).hexdigest()
            for p in REALWORLD.rglob("*") if p.is_file()}  # fmt: skip


def _paragraphs(raw: bytes) -> list[str]:
    import lxml.html

    out: list[str] = []
    for p in lxml.html.fromstring(raw).iter("p"):
        t = " ".join(p.text_content().split())
        if 6 <= len(t.split()) <= 200 and t not in out:
            out.append(t)
    return out


def _sentences(paras: list[str]) -> list[str]:
    from translate.segment import split_sentences

    return [" ".join(para[start:end].split())
            for para in paras for start, end in split_sentences(para, "en")]  # fmt: skip


def suite_sentences(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences of the pages the rule keeps, by page (sorted by path)."""
    listed = _git(git_dir, "ls-tree", "-r", "-z", "--name-only", COMMIT, *FOLDERS)
    names = sorted(n for n in listed.decode().split("\0") if n.endswith(".html"))
    rw = _realworld_digests()
    probe: set[str] = set()
    for name in names:
        if name.removeprefix(ROOT) in PROBE32:
            probe.update(_sentences(_paragraphs(_git(git_dir, "show", f"{COMMIT}:{name}"))))
    docs: dict[str, list[str]] = {}
    seen: set[str] = set()
    for name in names:
        if name.removeprefix(ROOT) in PROBE32:
            continue
        raw = _git(git_dir, "show", f"{COMMIT}:{name}")
        digest = hashlib.sha1(raw).hexdigest()
        if digest in seen or digest in rw or not raw.strip():
            continue
        seen.add(digest)
        paras = _paragraphs(raw)
        text = "\n\n".join(paras)
        words = text.split()
        if len(words) < MIN_WORDS or len(_ENGLISH.findall(text)) < 0.02 * len(words):
            continue
        sents = _sentences(paras)
        if any(s in taken or s in probe for s in sents):
            continue
        docs[name.removeprefix(ROOT)] = sents
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
