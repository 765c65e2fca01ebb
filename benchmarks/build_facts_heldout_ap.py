"""Build held-out set AP of the facts gate: a new real source (White House briefing-room releases).

en -> pt: 200 real English sentences of a source no facts set A..AO used: the White House
briefing room's own RSS feed (https://www.whitehouse.gov/briefing-room/feed/) as
markschaver/White-House-PR scraped it, a commit per scrape from 2021-05-23 to 2022-07-22 (history
up to commit ``cd1f665b``), each release's full text in ``content:encoded``. Works of the US
government: not subject to copyright in the US (17 U.S.C. 105; public domain); the repository
states no licence and only the government's text is used. Sets A..S read
``tests/data/realworld``, T..AO GUM, UD_English-PUD, UD_English-EWT, newspaper's suite, goose3's
pages, WCXB, rss-parser's feeds, fundus's test data, snacktory's pages, NReadability's pages,
dotcom-rendering's Guardian fixtures, gensim's Lee corpus, EpubPress's fixtures, NTREX
(newstest2019), the ITN corpus, WikinewsSum, pyIEM's NWS products, the Beige Book, WikiText-2,
UD_Portuguese-Bosque, UD_Portuguese-Porttinari and UD_Portuguese-GSD: this feed is none of
them. Probes read parts of it: probe47/48 took 16 releases on the economy
(``benchmarks/data/probe47_economy/SOURCES.tsv``), probes 40 and 44 read White House releases of
another repository (brian14708/wh-briefings). Selection rule, written before any item was read:

* every ``STEP``-th commit touching ``data.rss`` (oldest first; the newest copy of a GUID wins),
  as probe47 harvested it (:func:`build_probe47_economy.harvest`'s reading, at the pinned
  commit);
* a release is a candidate when its title is not a transcript, a briefing, a nomination list, a
  proclamation, an order, a memorandum or a letter (probe47's ``SKIP``), its text is 500-6,000
  characters and holds at least 3 runs of digits (probe47's bounds, any topic);
* left out: probe47/48's 16 releases (their GUIDs), any release whose address's last segment
  (its slug) is written in a file the repository tracks under ``benchmarks/`` or ``tests/``
  (probe40/44's picks of the other repository, headline sets), and any sentence written in such
  a file (``git grep -F``) or a source of sets A..AO;
* candidates sorted by date, ``STORIES`` taken evenly spaced; a story is one release: its
  paragraphs and list items (probe47's ``_clean``) as text, split into sentences by
  ``translate.segment.split_sentences``; a sentence holding an address or "@" is left out.

First up to 8 for each kind (as set AL: X's five, W's, V's, U's, T's and S's kinds, AF's change
with its values, AH's four, AI's three, AJ's three, AK's four, AL's three), round-robin over the
stories in date order, then any sentence of 30..300 letters holding a digit, the same way; each
translated once by the bare embedded engine to Portuguese.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X and AF..AL (as sets AL..AO), each made only where the output
writes what it rewrites. No kind of its own.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_ap.py WHITE_HOUSE_PR_GIT_DIR
benchmarks/data/facts_heldout_ap.jsonl`` (the git directory of markschaver/White-House-PR holding
commit ``cd1f665b15379c90e69ed3d8967352bda8d37679``), from the repository's root.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 8
STEP = 3
STORIES = 60
MIN_NUMBERS = 3
ID_PREFIX = "ap"
ID_PREFIX_PT = "app"
COMMIT = "cd1f665b15379c90e69ed3d8967352bda8d37679"
PROBED = HERE / "data" / "probe47_economy" / "SOURCES.tsv"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah", "_ai", "_aj",
            "_ak", "_al", "_am", "_an", "_ao"]]  # fmt: skip
_ADDRESS = re.compile(r"https?://|www\.|@")
NS = {"content": "http://purl.org/rss/1.0/modules/content/"}


def harvest(git_dir: Path) -> dict[str, dict[str, str]]:
    """Every item of every ``STEP``-th commit up to :data:`COMMIT` (newest copy of a GUID)."""
    commits = subprocess.run(["git", f"--git-dir={git_dir}", "rev-list", COMMIT, "--",
                              "data.rss"], capture_output=True, text=True,
                             check=True).stdout.split()  # fmt: skip
    items: dict[str, dict[str, str]] = {}
    for c in reversed(commits[::STEP]):
        raw = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{c}:data.rss"],
                             capture_output=True, check=False).stdout  # fmt: skip
        try:
            root = ET.fromstring(raw)
        except ET.ParseError:
            continue
        for it in root.iter("item"):
            guid = it.findtext("guid") or ""
            enc = it.find("content:encoded", NS)
            if not guid or enc is None or not enc.text:
                continue
            items[guid] = {"guid": guid, "title": " ".join((it.findtext("title") or "").split()),
                           "link": (it.findtext("link") or "").strip(),
                           "date": it.findtext("pubDate") or "", "body": enc.text}  # fmt: skip
    return items


def _tracked(needles: list[str]) -> set[str]:
    """The needles written in a file the repository tracks under benchmarks/ or tests/."""
    if not needles:
        return set()
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as pat:
        pat.write("\n".join(needles) + "\n")
        pat.flush()
        # the lines holding any needle (no ``-o``: on the repository's long JSONL lines, every
        # match of every needle took git grep over half an hour), then each needle in them.
        # facts57: ``git grep -F -f`` itself took minutes of CPU for 808 needles (and was still
        # running after 7 minutes at load 9, as after 30 at facts55); GNU grep reads the same
        # tracked files (``git ls-files``) with the same fixed strings in about a second
        files = subprocess.run(["git", "ls-files", "-z", "--", "benchmarks", "tests"],
                               capture_output=True, check=True, cwd=HERE.parent).stdout
        out = subprocess.run(["xargs", "-0", "grep", "-h", "-F", "-I", "-f", pat.name, "--"],
                             input=files, capture_output=True, cwd=HERE.parent,
                             env={**os.environ, "LC_ALL": "C"}).stdout  # fmt: skip
    lines = out.decode("utf-8", "replace")
    return {n for n in needles if n in lines}


def _slug(link: str) -> str:
    return link.rstrip("/").rsplit("/", 1)[-1]


def _sentences_of(body: str) -> list[str]:
    from build_probe47_economy import _clean, _text

    from translate.segment import split_sentences

    sents: list[str] = []
    for part in _clean(body):
        plain = " ".join(_text(part).split())
        sents += [" ".join(plain[a:b].split()) for a, b in split_sentences(plain, "en")]
    return [s for s in dict.fromkeys(sents) if s and not _ADDRESS.search(s)]


def stories(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """Sentences by release, ``STORIES`` releases evenly spaced by date, none probed."""
    from build_probe47_economy import SKIP, _text

    probed = {ln.split("\t")[2] for ln in PROBED.read_text(encoding="utf-8").splitlines()[1:]
              if ln.strip()}  # fmt: skip
    cands = []
    for it in harvest(git_dir).values():
        if it["guid"] in probed or SKIP.search(it["title"]):
            continue
        text = _text(it["body"])
        if 500 <= len(text) <= 6000 and len(re.findall(r"\d+", text)) >= MIN_NUMBERS:
            cands.append(it)
    slugs = _tracked([s for s in (_slug(it["link"]) for it in cands) if len(s) >= 20])
    cands = [it for it in cands if _slug(it["link"]) not in slugs]
    cands.sort(key=lambda it: (parsedate_to_datetime(it["date"]), it["guid"]))
    if len(cands) > STORIES:
        cands = [cands[round(i * (len(cands) - 1) / (STORIES - 1))] for i in range(STORIES)]
    docs = {it["guid"]: _sentences_of(it["body"]) for it in cands}
    seen = _tracked([s for ss in docs.values() for s in ss]) | taken
    return {d: [s for s in ss if s not in seen] for d, ss in docs.items()}


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_af as af
    import build_facts_heldout_ah as ah
    import build_facts_heldout_ai as ai
    import build_facts_heldout_aj as aj
    import build_facts_heldout_ak as ak
    import build_facts_heldout_al as al
    import build_facts_heldout_s as s
    import build_facts_heldout_t as t
    import build_facts_heldout_u as u
    import build_facts_heldout_v as v
    import build_facts_heldout_w as w
    import build_facts_heldout_x as x
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = stories(git_dir, set(taken))
    out: list[tuple[str, str]] = []
    keeps: list[Callable[[str], object]] = [*x._KIND_EN.values()]
    for mod in (w, v, u, t, s):
        keeps += [pattern.search for pattern in mod._KIND_EN.values()]
    keeps.append(af._CHANGE_EN.search)
    for kinds in (ah._KIND_AH, ai._KIND_AI, aj._KIND_AJ, ak._KIND_AK, al._KIND_AL):
        keeps += [pattern.search for pattern in kinds.values()]
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
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
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x, mutate_af,
               mutate_ah, mutate_ai, mutate_aj, mutate_ak, mutate_al],
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
                                             mutate_af_en, mutate_ah_en, mutate_ai_en,
                                             mutate_aj_en, mutate_ak_en, mutate_al_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
