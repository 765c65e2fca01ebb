"""Build held-out set AF of the facts gate: a new real source (news pages), AE's kinds plus one.

en -> pt: 200 real English sentences of a source no facts set A..AE used: the ``<p>``
paragraphs (6 to 200 words) of the saved article pages EpubPress keeps as test fixtures
(``tests/fixtures/articles/*.html`` at commit ``8be475cc`` of haroldtreen/epub-press, its last
commit, 2023-07-16; its ``LICENSE.md`` is the GPL 3.0, already shipped as
``tests/data/realworld/LICENSES/epub-press-GPL-3.0.txt``; the pages are their publishers' work:
news and trade-press articles and blog posts, Bloomberg, Business Insider, NPR, The New York
Times, The Telegraph, The Verge, Wired, Engadget, Threatpost, National Geographic...). Sets A..S
read ``tests/data/realworld`` (pages and feeds), T..AE GUM, UD_English-PUD, UD_English-EWT,
newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data, snacktory's
pages, NReadability's pages, dotcom-rendering's Guardian fixtures and gensim's Lee corpus:
EpubPress is none of them. Selection rule, written before any item was read:

* every ``.html`` file of ``tests/fixtures/articles/``, sorted by path; a byte-identical page
  read once;
* **no page the real-world corpus holds** (``tests/data/realworld/heldout_x`` holds 12 of these
  fixtures as ``epub-<stem>``, the body extractor's held-out set x): left out by stem;
* its ``<p>`` paragraphs of 6 to 200 words (whitespace collapsed, one of each), English only
  (fewer than 2% of the words "the"/"of"/"and"/"to", or fewer than 150 words, left out), split
  into sentences by ``translate.segment.split_sentences``;
* **no page sharing a sentence with sets A..AE** (left out whole).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds, then this set's
change with its values: a sentence the rule can act on), round-robin over the documents, then
any sentence of 30..300 letters holding a digit, the same way; each translated once by the bare
embedded engine. (As AB's, whose rule this is; only the source and its exclusions differ.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X (as sets Y..AE), and one kind for the reading facts38 added
(a change whose values deny its direction): ``change-values-swapped``, the two figures of a
change "from A to B" ("de A para B") swapped in the target, the direction word kept ("rose from
5% to 7%" written "rose from 7% to 5%"). Correct rewrites, kind ``ok-*``, which the gate must
NOT hold, and the engine's real outputs (kind ``real``).

Run: ``python benchmarks/build_facts_heldout_af.py EPUBPRESS_GIT_DIR
benchmarks/data/facts_heldout_af.jsonl`` (a git directory of haroldtreen/epub-press holding
commit ``8be475cc611f51d0b3760768e31aa574a19cc887``).
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
ID_PREFIX = "af"
ID_PREFIX_PT = "afp"
COMMIT = "8be475cc611f51d0b3760768e31aa574a19cc887"
FOLDER = "tests/fixtures/articles/"
MIN_WORDS = 150
REALWORLD = HERE.parent / "tests" / "data" / "realworld"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae"]]  # fmt: skip
_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)
_FIGURE = r"\d(?:[\d.,]*\d)?"
# A change "from A to B" (a source to select): a direction word, then its two figures.
_CHANGE_EN = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|jump(?:s|ed)?|"
    r"climb(?:s|ed)?|grew|grow(?:s|n|ing)?|increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|"
    r"declin(?:e[sd]?|ing)|up|down|went|gone|cut|rais(?:e[sd]?|ing)|reduc(?:e[sd]?|ing)|"
    r"expand(?:s|ed)?|shr(?:ank|unk|inks?))\b[^.;]{0,60}?\bfrom\s+\S*?" + _FIGURE
    + r"[^.;]{0,30}?\bto\s+\S*?" + _FIGURE, re.I)  # fmt: skip
# The same in a target: "from A to B" / "de A para B" (values swapped, the words kept); a value
# is a figure with what is glued before it ("$", "R$") and a share or scale word after it.
_VALUE = (r"(\S*?" + _FIGURE + r"(?:\s?%|\s(?:por cento|percent|per cent|mil|milh(?:ão|ões)|"
          r"bilh(?:ão|ões)|million|billion|thousand)\b)?)")
_VALUES = {
    "pt": re.compile(r"\b(?:d[eo]s?|desde)\s+" + _VALUE + r"([^.;]{0,30}?\s(?:para|até)\s+)"
                     + _VALUE),
    "en": re.compile(r"\b[Ff]rom\s+" + _VALUE + r"([^.;]{0,30}?\sto\s+)" + _VALUE),
}  # fmt: skip


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _held_stems() -> set[str]:
    """Stems of every EpubPress page a ``tests/data/realworld`` folder holds."""
    return {path.name.split(".", 1)[0].removeprefix("epub-")
            for path in REALWORLD.rglob("epub-*")}  # fmt: skip


def _paragraphs(raw: bytes) -> list[str]:
    import lxml.html

    out: list[str] = []
    for p in lxml.html.fromstring(raw).iter("p"):
        t = " ".join(p.text_content().split())
        if 6 <= len(t.split()) <= 200 and t not in out:
            out.append(t)
    return out


def suite_sentences(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences of the pages the rule keeps, by page (sorted by path)."""
    from translate.segment import split_sentences

    held = _held_stems()
    listed = _git(git_dir, "ls-tree", "-r", "-z", "--name-only", COMMIT, FOLDER)
    names = listed.decode().split("\0")
    docs: dict[str, list[str]] = {}
    seen: set[str] = set()
    for name in sorted(n for n in names if n.endswith(".html")):
        stem = Path(name).name.removesuffix(".html")
        if stem in held:
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
        docs[name.removeprefix(FOLDER)] = sents
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
    keeps.append(_CHANGE_EN.search)
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    return out[:limit]


def _swap_values(tgt: str, lang: str) -> str | None:
    """The first change "from A to B" of ``tgt`` with A and B swapped (None: none, or A == B).

    >>> _swap_values("O índice subiu de 5% para 7% em 2020.", "pt")
    'O índice subiu de 7% para 5% em 2020.'
    >>> _swap_values("Sales fell from $1.2 million to $900,000.", "en")
    'Sales fell from $900,000 to $1.2 million.'
    >>> _swap_values("From 5 to 5 people.", "en") is None
    True
    """
    m = _VALUES[lang].search(tgt)
    if m is None or m.group(1) == m.group(3):
        return None
    return tgt[: m.start(1)] + m.group(3) + m.group(2) + m.group(1) + tgt[m.end(3):]


def mutate_af(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: a change's two figures swapped (Portuguese target)."""
    out = _swap_values(tgt, "pt")
    return [] if out is None else [("change-values-swapped", out)]


def mutate_af_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: a change's two figures swapped (English target)."""
    out = _swap_values(tgt, "en")
    return [] if out is None else [("change-values-swapped", out)]


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
