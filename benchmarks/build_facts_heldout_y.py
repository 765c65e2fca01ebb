"""Build held-out set Y of the facts gate: a new real source (web articles), X's kinds.

en -> pt: 200 real English sentences of a source no facts set A..X used: the ground-truth bodies
(``ground_truth.main_content``, drafted by a language model and reviewed by people, per its
README) of the article pages of WCXB 1.0, the Web Content eXtraction Benchmark
(``{dev,test}/ground-truth/<id>.json`` at commit ``c039d5ee`` of
Murrough-Foley/web-content-extraction-benchmark; CC-BY-4.0; the texts are their publishers',
2008-2026), **only pages no ``tests/data/realworld`` folder holds** (sets A..S read every such
folder, and folders e..g, k..o hold WCXB pages): a page whose id is the id of a ``wcxb-``/
``wceb-`` page of the corpus, or whose site (host without "www.") is the site of any page of
the corpus, is left out. Selection rule, written before any page was read: pages whose
``_internal.page_type.primary`` is ``article`` (confidence ``high``, ``verified`` or
``reviewed``), **dated and bylined** (``publish_date`` and ``author`` not empty: the marks of a
published news or opinion piece), in id order, one page per site and per id (a page both splits
hold is read once, from ``dev/``), English only (fewer than 150 words of paragraphs, or fewer
than 2% of the words "the"/"of"/"and"/"to", left out); its paragraphs (blank-line separated,
6 to 200 words) split into sentences by ``translate.segment.split_sentences``. First up to 8
for each kind below (X's five, then W's, V's, U's, T's and S's kinds: a sentence the rule can
act on), round-robin over the documents, then any sentence of 30..300 letters holding a digit,
the same way; each translated once by the bare embedded engine. None is a source sentence of
sets A..X. (WCXB is the benchmark of the realworld folders e..g and k..o, from which sets A..S
took sentences; Y takes none of those pages or sites.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X (X's ``verb-dropped``, ``tense-changed``,
``perfect-made-past-x``, ``speaker-swapped``, ``opening-subclause-dropped``, written with
``build_facts_heldout_x.py`` before X was measured), no new kind. Correct rewrites, kind
``ok-*``, which the gate must NOT hold: the earlier sets' (X's ``ok-subclause-moved`` too), and
the engine's real outputs (kind ``real``).

Run: ``python benchmarks/build_facts_heldout_y.py WCXB_GIT_DIR
benchmarks/data/facts_heldout_y.jsonl`` (a git directory of
Murrough-Foley/web-content-extraction-benchmark holding commit
``c039d5ee9f5a3a984a0e167e63aacd04e76e78a9``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CORPUS = HERE.parent / "tests" / "data" / "realworld"
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 8
MIN_WORDS = 150
ID_PREFIX = "y"
ID_PREFIX_PT = "yp"
COMMIT = "c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x"]]  # fmt: skip
_CONFIDENT = {"high", "verified", "reviewed"}
_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def _git(git_dir: Path, *args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, input=data,
                          capture_output=True).stdout  # fmt: skip


def _site(url: str) -> str:
    return urlparse(url).netloc.lower().removeprefix("www.")


def corpus_pages() -> tuple[set[str], set[str]]:
    """The WCXB ids and the sites of every page of ``tests/data/realworld``."""
    ids: set[str] = set()
    sites: set[str] = set()
    for page in CORPUS.glob("*/pages/*"):
        m = re.match(r"(?:wcxb|wceb)-(\d+)-", page.name)
        if m:
            ids.add(m.group(1))
        if page.suffix == ".json":
            d = json.loads(page.read_text(encoding="utf-8"))
            if isinstance(d, dict) and d.get("url"):
                sites.add(_site(d["url"]))
    return ids, sites


def _ground_truths(git_dir: Path) -> list[tuple[str, dict[str, object]]]:
    names = _git(git_dir, "ls-tree", "-r", "--name-only", COMMIT).decode().split()
    gts = sorted((n for n in names if re.fullmatch(r"(?:dev|test)/ground-truth/\d+\.json", n)),
                 key=lambda n: (Path(n).stem, n))  # fmt: skip
    out = _git(git_dir, "cat-file", "--batch",
               data="".join(f"{COMMIT}:{n}\n" for n in gts).encode())  # fmt: skip
    rows: list[tuple[str, dict[str, object]]] = []
    pos = 0
    for name in gts:
        end = out.index(b"\n", pos)
        size = int(out[pos:end].split()[2])
        rows.append((name, json.loads(out[end + 1 : end + 1 + size])))
        pos = end + 1 + size + 1
    return rows


def suite_sentences(git_dir: Path) -> dict[str, list[str]]:
    """English sentences of WCXB's dated, bylined article bodies, by page (in id order)."""
    from translate.segment import split_sentences

    used_ids, used_sites = corpus_pages()
    docs: dict[str, list[str]] = {}
    seen_ids: set[str] = set()
    for name, d in _ground_truths(git_dir):
        page_id = Path(name).stem
        internal = d.get("_internal")
        kind = internal.get("page_type") if isinstance(internal, dict) else None
        gt = d.get("ground_truth") or {}
        url = str(d.get("url") or "")
        site = _site(url)
        if (page_id in seen_ids or page_id in used_ids or not site or site in used_sites
                or not isinstance(kind, dict) or not isinstance(gt, dict)
                or kind.get("primary") != "article" or kind.get("confidence") not in _CONFIDENT
                or not gt.get("publish_date") or not gt.get("author")):  # fmt: skip
            continue
        seen_ids.add(page_id)
        paras: list[str] = []
        for block in str(gt.get("main_content") or "").split("\n\n"):
            t = " ".join(block.split())
            if 6 <= len(t.split()) <= 200 and t not in paras:
                paras.append(t)
        text = "\n\n".join(paras)
        words = text.split()
        if len(words) < MIN_WORDS or len(_ENGLISH.findall(text)) < 0.02 * len(words):
            continue
        used_sites.add(site)
        doc = f"wcxb-{page_id}"
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
