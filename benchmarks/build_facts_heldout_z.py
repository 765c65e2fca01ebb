"""Build held-out set Z of the facts gate: a new real source (news feeds), Y's kinds.

en -> pt: 200 real English sentences of a source no facts set A..Y used: the item texts of the
two news publishers' feeds that rss-parser keeps as test fixtures (``test/input/guardian.rss``,
The Guardian's US feed of 31 January 2018, and ``test/input/customfields.rss``, the English
feed of Varthabharathi, an Indian news portal, May 2017; at commit ``b0d3b483`` of
rbren/rss-parser, MIT; the texts are their publishers'). Sets A..S read ``tests/data/realworld``
(pages and the feeds of ``realworld/feeds``), O..S also ``benchmarks/data/feeds``; T..Y read GUM,
UD_English-PUD, UD_English-EWT, newspaper's suite, goose3's pages and WCXB: neither feed is one
of them. Selection rule, written before any item was read: the fixtures whose channel is a
news publisher (the two above; the others are company blogs, a podcast, Medium, Reddit, a
journal's table of contents, a YouTube channel, non-English or empty), every item a document
(in the feed's order, Guardian first), its ``description`` (or ``content:encoded``) HTML cut at
block tags (``p``, ``br``, ``li``, ``div``, headings) into paragraphs of 6 to 200 words, tags
stripped, entities read; a paragraph that is only a link line ("Related: ...", "Continue
reading...") is left out; English only as set Y (fewer than 2% of the words
"the"/"of"/"and"/"to" left out); split into sentences by ``translate.segment.split_sentences``.
First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds: a sentence the
rule can act on), round-robin over the documents, then any sentence of 30..300 letters holding
a digit, the same way; each translated once by the bare embedded engine. None is a source
sentence of sets A..Y.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X (as set Y; Y added no kind), no new kind. Correct rewrites,
kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs (kind ``real``).

Run: ``python benchmarks/build_facts_heldout_z.py RSS_PARSER_GIT_DIR
benchmarks/data/facts_heldout_z.jsonl`` (a git directory of rbren/rss-parser holding commit
``b0d3b483c0c4af2b311c6a895b432e6d23733fc9``).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 8
ID_PREFIX = "z"
ID_PREFIX_PT = "zp"
COMMIT = "b0d3b483c0c4af2b311c6a895b432e6d23733fc9"
FEEDS = ["test/input/guardian.rss", "test/input/customfields.rss"]
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y"]]  # fmt: skip
_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


_BLOCK = re.compile(r"<(?:/?(?:p|li|ul|ol|div|h[1-6]|blockquote|tr|table)\b[^>]*|br\s*/?)>", re.I)
_TAG = re.compile(r"<[^>]+>")
_LINK_LINE = re.compile(r"^(?:Related:|Continue reading)", re.I)


def _paragraphs(markup: str) -> list[str]:
    out: list[str] = []
    for block in _BLOCK.split(markup):
        t = " ".join(html.unescape(_TAG.sub(" ", block)).split())
        if 6 <= len(t.split()) <= 200 and not _LINK_LINE.match(t) and t not in out:
            out.append(t)
    return out


def suite_sentences(git_dir: Path) -> dict[str, list[str]]:
    """English sentences of the two news feeds' items, by item (in the feeds' order)."""
    from translate.segment import split_sentences

    docs: dict[str, list[str]] = {}
    for path in FEEDS:
        root = ET.fromstring(_git(git_dir, "show", f"{COMMIT}:{path}"))
        for n, item in enumerate(root.iter("item")):
            markup = ""
            for child in item:
                if child.tag.endswith("encoded") or child.tag == "description":
                    markup = max(markup, child.text or "", key=len)
            paras = _paragraphs(markup)
            text = "\n\n".join(paras)
            words = text.split()
            if not words or len(_ENGLISH.findall(text)) < 0.02 * len(words):
                continue
            doc = f"{Path(path).stem}-{n}"
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
