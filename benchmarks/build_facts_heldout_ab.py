"""Build held-out set AB of the facts gate: a new real source (news pages), AA's kinds.

en -> pt: 200 real English sentences of a source no facts set A..AA used: the ``<p>``
paragraphs (6 to 200 words) of the saved pages snacktory keeps as test fixtures
(``src/test/resources/de/jetwick/snacktory/*.html`` and ``test_data/*.html`` at commit
``6a87f3f1`` of smallrivers/snacktory; its README says Apache 2; the pages are their
publishers' work, 2010-2020: news and trade-press articles and blog posts, BBC, CNN, ESPN,
Reuters, The New York Times, The Washington Post, Bloomberg, Politico, TechCrunch, Wired...).
Sets A..S read ``tests/data/realworld`` (pages and feeds), T..AA GUM, UD_English-PUD,
UD_English-EWT, newspaper's suite, goose3's pages, WCXB, rss-parser's feeds and fundus's
test data: snacktory is none of them. Selection rule, written before any item was read:

* every ``.html`` file of the two folders, sorted by path; a byte-identical page read once;
* **no site a ``tests/data/realworld`` folder holds a snacktory page of** (``heldout_w``
  holds 32, named ``snack-<stem>``): a page is left out when the first run of letters (or
  digits) of its file stem is that of such a page (``bbc_nocss`` goes with ``snack-bbc-noscript``,
  ``cnn2`` would go with ``cnn``);
* no Wikipedia page (sets T and U read Wikipedia text);
* **no page sharing a sentence with sets A..AA** (goose3's pages of set X are of the same era
  and sites: a page any of whose sentences is a source sentence of A..AA is left out whole);
* its ``<p>`` paragraphs of 6 to 200 words (whitespace collapsed, one of each), English only
  (fewer than 2% of the words "the"/"of"/"and"/"to", or fewer than 150 words, left out), split
  into sentences by ``translate.segment.split_sentences``.

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds: a sentence the
rule can act on), round-robin over the documents, then any sentence of 30..300 letters holding a
digit, the same way; each translated once by the bare embedded engine.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X (as sets Y, Z and AA; they added no kind), no new kind.
Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_ab.py SNACKTORY_GIT_DIR
benchmarks/data/facts_heldout_ab.jsonl`` (a git directory of smallrivers/snacktory holding
commit ``6a87f3f19d13843166dd689760cbdc2ff3af34f6``).
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
ID_PREFIX = "ab"
ID_PREFIX_PT = "abp"
COMMIT = "6a87f3f19d13843166dd689760cbdc2ff3af34f6"
FOLDERS = ("src/test/resources/de/jetwick/snacktory/", "test_data/")
MIN_WORDS = 150
REALWORLD = HERE.parent / "tests" / "data" / "realworld"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa"]]  # fmt: skip
_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _site(stem: str) -> str:
    """The first run of letters (or digits) of a page's file stem: its site."""
    m = re.match(r"[a-z]+|[0-9]+", stem.lower())
    return m.group(0) if m else stem.lower()


def _held_sites() -> set[str]:
    """Sites of every snacktory page a ``tests/data/realworld`` folder holds."""
    return {_site(path.name.split(".", 1)[0].removeprefix("snack-"))
            for path in REALWORLD.rglob("snack-*")}  # fmt: skip


def _paragraphs(raw: bytes) -> list[str]:
    import lxml.html

    out: list[str] = []
    for p in lxml.html.fromstring(raw).iter("p"):
        t = " ".join(p.text_content().split())
        if 6 <= len(t.split()) <= 200 and t not in out:
            out.append(t)
    return out


def suite_sentences(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences of the free sites' pages, by page (sorted by path)."""
    from translate.segment import split_sentences

    held = _held_sites()
    listed = _git(git_dir, "ls-tree", "-r", "-z", "--name-only", COMMIT, *FOLDERS)
    names = listed.decode().split("\0")
    docs: dict[str, list[str]] = {}
    seen: set[str] = set()
    for name in sorted(n for n in names if n.endswith(".html")):
        stem = Path(name).name.removesuffix(".html")
        if _site(stem) in held or stem.lower().startswith("wikipedia"):
            continue
        raw = _git(git_dir, "show", f"{COMMIT}:{name}")
        digest = hashlib.sha1(raw).hexdigest()
        if digest in seen or not raw.strip():
            continue
        seen.add(digest)
        paras = _paragraphs(raw)
        text = "\n\n".join(paras)
        words = text.split()
        if len(words) < MIN_WORDS or len(_ENGLISH.findall(text)) < 0.02 * len(words):
            continue
        sents = [" ".join(para[start:end].split())
                 for para in paras for start, end in split_sentences(para, "en")]  # fmt: skip
        if any(s in taken for s in sents):
            continue
        docs[name.removeprefix(FOLDERS[0])] = sents
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
