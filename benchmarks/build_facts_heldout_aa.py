"""Build held-out set AA of the facts gate: a new real source (news articles), Z's kinds.

en -> pt: 200 real English sentences of a source no facts set A..Z used: the article bodies of
the English-language publishers in flairNLP/fundus's parser test data
(``tests/resources/parser/test_data/<country>/<Publisher>.json``, the ``body`` a parser must
extract from the publisher's real page: summary and section paragraphs; at commit ``18da6e53``
of flairNLP/fundus, MIT; the texts are their publishers', 2022-2025: BBC, The Telegraph, The
Mirror, Metro, Reuters, TechCrunch, Wired, The New Yorker, National Post, Times of India, Daily
Maverick, Lesotho Times...), **only publishers no ``tests/data/realworld`` folder holds** (sets
A..S read every such folder, and some hold fundus pages, named ``fundus-<country>-<publisher>``
or ``fundus-p-<country>-<publisher>``: every publisher with such a file is left out). T..Z read
GUM, UD_English-PUD, UD_English-EWT, newspaper's suite, goose3's pages, WCXB and rss-parser's
feeds: fundus is none of them. Selection rule, written before any item was read: every JSON
file of the test data in ``ls-tree`` order, each version (``V1``, ``V1_1``...) a document; its
summary and section paragraphs of 6 to 200 words (whitespace collapsed), a paragraph already
taken from the same file left out; English only as set Y (a document where fewer than 2% of
the words are "the"/"of"/"and"/"to" is left out); split into sentences by
``translate.segment.split_sentences``. First up to 8 for each kind (X's five, then W's, V's,
U's, T's and S's kinds: a sentence the rule can act on), round-robin over the documents, then
any sentence of 30..300 letters holding a digit, the same way; each translated once by the bare
embedded engine. None is a source sentence of sets A..Z.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X (as sets Y and Z; they added no kind), no new kind. Correct
rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs (kind
``real``).

Run: ``python benchmarks/build_facts_heldout_aa.py FUNDUS_GIT_DIR
benchmarks/data/facts_heldout_aa.jsonl`` (a git directory of flairNLP/fundus holding commit
``18da6e53592f99cf0ac5770dc63d6ba99ba63ae8``).
"""

from __future__ import annotations

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
ID_PREFIX = "aa"
ID_PREFIX_PT = "aap"
COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"
PREFIX = "tests/resources/parser/test_data"
REALWORLD = HERE.parent / "tests" / "data" / "realworld"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z"]]  # fmt: skip
_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _held_publishers() -> set[str]:
    """``<country>-<publisher>`` of every fundus page a ``tests/data/realworld`` folder holds."""
    held: set[str] = set()
    for path in REALWORLD.rglob("fundus-*"):
        stem = path.name.split(".", 1)[0].removeprefix("fundus-").removeprefix("p-")
        held.add(stem.lower())
    return held


def _paragraphs(version: dict[str, object]) -> list[str]:
    body = version.get("body") or {}
    assert isinstance(body, dict)
    raw = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        raw += section.get("paragraphs") or []
    out: list[str] = []
    for para in raw:
        t = " ".join(str(para).split())
        if 6 <= len(t.split()) <= 200 and t not in out:
            out.append(t)
    return out


def suite_sentences(git_dir: Path) -> dict[str, list[str]]:
    """English sentences of the free publishers' article bodies, by document (file, version)."""
    from translate.segment import split_sentences

    held = _held_publishers()
    names = _git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, PREFIX).decode().split()
    docs: dict[str, list[str]] = {}
    for name in names:
        if not name.endswith(".json"):
            continue
        country, publisher = name.split("/")[-2], name.rsplit("/", 1)[1][: -len(".json")]
        if f"{country}-{publisher}".lower() in held:
            continue
        versions = json.loads(_git(git_dir, "show", f"{COMMIT}:{name}"))
        for version, article in versions.items():
            paras = _paragraphs(article)
            text = "\n\n".join(paras)
            words = text.split()
            if not words or len(_ENGLISH.findall(text)) < 0.02 * len(words):
                continue
            doc = f"{country}-{publisher}-{version}"
            for para in paras:
                for start, end in split_sentences(para, "en"):
                    docs.setdefault(doc, []).append(" ".join(para[start:end].split()))
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
    docs = suite_sentences(git_dir)
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
