"""Build held-out set AO of the facts gate: a new real source (UD_Portuguese-GSD's news and blogs).

pt -> en: up to 200 **real Portuguese** sentences of a source no facts set A..AN used: the
Brazilian Portuguese **UD_Portuguese-GSD** treebank (Google's Universal Dependency Treebank v2.0,
news and blog sentences; Universal Dependencies, CC BY-SA 4.0 as the repository states), its
test and dev splits (``pt_gsd-ud-{test,dev}.conllu`` at commit ``691a8b59`` of
UniversalDependencies/UD_Portuguese-GSD; the train split is not held by the mirror and not
read). Sets A..S read ``tests/data/realworld``, T..AN GUM, UD_English-PUD, UD_English-EWT,
newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data, snacktory's
pages, NReadability's pages, dotcom-rendering's Guardian fixtures, gensim's Lee corpus,
EpubPress's fixtures, NTREX (newstest2019), the ITN corpus, WikinewsSum, pyIEM's NWS products,
the Beige Book, WikiText-2's test and valid splits, UD_Portuguese-Bosque and
UD_Portuguese-Porttinari: GSD is none of them. Probes read parts of it (probe29 translated
``test-s1..s96``, probe33 ``dev-s1..s96``; a language-identification evaluation counted both
files): those sentences are left out. Selection rule, written before any item was read:

* the treebank shuffles its sentences, so a "story" is 8 consecutive sentences of a split
  (``# sent_id = test-sN`` / ``dev-sN``, test then dev, in file order), as the probes did;
* left out: ``test-s1..s96`` and ``dev-s1..s96`` (translated by probes), any sentence holding
  an address, any sentence that is a source of sets A..AN, and any sentence written in a file
  the repository tracks under ``benchmarks/`` or ``tests/`` (``git grep -F``).

First up to :data:`PER_KIND` for each kind of set AN's patterns (an amount of money, a
percentage, a date or a day, a negation, a count of people or things), round-robin over the
stories in order, then any sentence of 30..300 letters holding a digit, the same way, then any
sentence of 30..300 letters, the same way; each translated once by the bare embedded engine to
English.

en -> pt: the bare engine's English for the Portuguese sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to Portuguese (as sets AM and AN).

Mutations: every rule of sets C..X and AF..AL (as sets AL, AM and AN), each made only where the
output writes what it rewrites. No kind of its own.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_ao.py GSD_GIT_DIR
benchmarks/data/facts_heldout_ao.jsonl`` (the git directory of UD_Portuguese-GSD holding commit
``691a8b597cc37e1c822ba808244c8eaca498eeb2``), from the repository's root.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_EN = 120
PER_KIND = 8
STORY = 8
PROBED = 96  # test-s1..s96 and dev-s1..s96 were translated by probes 29 and 33
ID_PREFIX_PT = "aop"
ID_PREFIX_EN = "ao"
COMMIT = "691a8b597cc37e1c822ba808244c8eaca498eeb2"
FILES = ["pt_gsd-ud-test.conllu", "pt_gsd-ud-dev.conllu"]
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah", "_ai", "_aj",
            "_ak", "_al", "_am", "_an"]]  # fmt: skip
_ADDRESS = re.compile(r"https?://|www\.|@")
_SENT_ID = re.compile(r"^# sent_id = (test|dev)-s(\d+)")


def _read(git_dir: Path, rev: str, path: str) -> str:
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                         check=True, capture_output=True).stdout  # fmt: skip
    return out.decode("utf-8", "replace")


def split_sentences(text: str) -> list[tuple[str, int, str]]:
    """(split, number, sentence) of one file, in file order; no address.

    >>> split_sentences("# sent_id = dev-s7\\n# text = Sete  dias.\\n"
    ...                 "# sent_id = dev-s8\\n# text = Ver www.x.br\\n")
    [('dev', 7, 'Sete dias.')]
    """
    out: list[tuple[str, int, str]] = []
    key: tuple[str, int] | None = None
    for line in text.split("\n"):
        m = _SENT_ID.match(line)
        if m:
            key = (m.group(1), int(m.group(2)))
        elif line.startswith("# sent_id"):
            key = None
        elif line.startswith("# text = ") and key:
            sent = " ".join(line[9:].split())
            if sent and not _ADDRESS.search(sent):
                out.append((key[0], key[1], sent))
            key = None
    return out


def in_repository(sents: list[str]) -> set[str]:
    """The sentences written in a file the repository tracks under benchmarks/ or tests/."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as pat:
        pat.write("\n".join(sents) + "\n")
        pat.flush()
        out = subprocess.run(["git", "grep", "-h", "-o", "-F", "-I", "-f", pat.name, "--",
                              "benchmarks", "tests"],
                             capture_output=True, cwd=HERE.parent).stdout  # fmt: skip
    found = set(out.decode("utf-8", "replace").splitlines())
    return {s for s in sents if s in found}


def stories(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """Stories of 8 consecutive sentences, test then dev, none probed or already taken."""
    rows: list[tuple[str, int, str]] = []
    for path in FILES:
        rows += [r for r in split_sentences(_read(git_dir, COMMIT, path)) if r[1] > PROBED]
    seen = in_repository([s for _, _, s in rows]) | taken
    docs: dict[str, list[str]] = {}
    for split, no, sent in rows:
        if sent in seen:
            continue
        key = f"{split}-{(no - PROBED - 1) // STORY:04d}"
        if sent not in docs.setdefault(key, []):
            docs[key].append(sent)
    return docs


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_t as t
    from build_facts_heldout_an import _KIND_AN
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = stories(git_dir, set(taken))
    out: list[tuple[str, str]] = []
    for pattern in _KIND_AN.values():
        out += t._round_robin(docs, pattern.search, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    out += t._round_robin(docs, lambda s: True, limit - len(out), taken)
    return out[:limit]


def main(argv: list[str]) -> int:
    import build_facts_heldout_p as p
    from build_facts_heldout_af import mutate_af, mutate_af_en
    from build_facts_heldout_ah import mutate_ah, mutate_ah_en
    from build_facts_heldout_ai import mutate_ai, mutate_ai_en
    from build_facts_heldout_aj import mutate_aj, mutate_aj_en
    from build_facts_heldout_ak import mutate_ak, mutate_ak_en
    from build_facts_heldout_al import mutate_al, mutate_al_en
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
    targets = translate_pairs(pairs, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                         mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                         p.mutate_p_en, mutate_q_en, mutate_r_en,
                                         mutate_s_en, mutate_t_en, mutate_u_en,
                                         mutate_v_en, mutate_w_en, mutate_x_en,
                                         mutate_af_en, mutate_ah_en, mutate_ai_en,
                                         mutate_aj_en, mutate_ak_en, mutate_al_en],
              source="pt", to="en", targets=targets)  # fmt: skip
    engine_en = [(doc, tgt) for (doc, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_EN]  # fmt: skip
    en_targets = translate_pairs(engine_en)
    p.OTHER_NAMES[:] = p._collect_names(en_targets)
    write_set(out, engine_en, ID_PREFIX_EN,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x, mutate_af,
               mutate_ah, mutate_ai, mutate_aj, mutate_ak, mutate_al],
              mode="a", targets=en_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
