"""Build held-out set X of the facts gate: a new real source (news), both directions, W's kinds + 5.

en -> pt: 200 real English sentences of a source no facts set A..W used: the ``<p>`` paragraphs
(6 to 200 words) of the real English news pages goose3 keeps as test data
(``tests/data/content/test_*.html`` at goose3 commit ``c5a8902e``; Apache-2.0; the articles are
their publishers' work, 2010-2014: Businessweek, Business Insider, CNBC, CNET, CNN, ESPN, Fox
News, Gizmodo, The Guardian, The Huffington Post, Mashable, MSN, Politico, TechCrunch, Time, USA
Today, Yahoo/AP, CBS Local, AOL News...), one document a page, English pages only (a page where
fewer than 2% of the words are "the"/"of"/"and"/"to", or with fewer than 150 words of
paragraphs, is left out; a byte-identical page is read once, under its first name), split into
sentences by ``translate.segment.split_sentences``. First up to 8 for each kind below (the five
new ones, then W's, V's, U's, T's and S's kinds: a sentence the rule can act on), round-robin
over the documents, then any sentence of 30..300 letters holding a digit, the same way; each
translated once by the bare embedded engine. None is a source sentence of sets A..W. (goose3's
pages were read by the untranslatables set H and the language-identification blocks, never by a
facts set.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set X was measured: every rule of sets C..W, plus, in
both directions, for the classes V and W catch least:

* ``verb-dropped``: the main verb before its object deleted ("Police arrested three men" ->
  "Police three men", "the company bought a rival" -> "the company a rival"; "A polícia prendeu
  três homens" -> "A polícia três homens"): a past tense in -ed (or a common irregular one) before
  an article, a possessive, a capital or a digit; in Portuguese a preterite in -ou/-eu/-iu/-aram/
  -eram/-iram before an article, a capital or a digit (``_NOT_VERB_PT`` are nouns that end so).
* ``tense-changed``: the first past of "be"/"have" made a present ("was" -> "is", "were" ->
  "are", "had" -> "has"; "foi"/"era" -> "é", "foram"/"eram" -> "são", "tinha"/"teve" -> "tem",
  "estava"/"esteve" -> "está"...), or if none, the first present made a past ("is" -> "was",
  "são" -> "eram"...): when it holds is changed.
* ``perfect-made-past-x``: a perfect of a sentence that says it still holds ("since", "so far",
  "for the past", "desde", "até agora", "ainda"... in the source) made a simple past ("has
  grown" -> "grew", "have raised" -> "raised"; "tem aumentado" -> "aumentou", "vem crescendo" ->
  "cresceu"): what goes on is said to be over.
* ``speaker-swapped``: the name next to a verb of saying ("Smith said", "disse Maria Silva",
  "according to X") replaced by another name of the same sentence: the quote is given to
  someone it names (set P took the other name from another sentence).
* ``opening-subclause-dropped``: an opening subordinate clause with its own subject deleted up
  to its comma ("When the storm hit the coast, 3,000 homes lost power" -> "3,000 homes lost
  power"; "Quando ..., ..."; "When/While/After/Before/Although/Because/Since/As/Once/Until/
  Though/Even though"; "Quando/Enquanto/Embora/Porque/Como/Depois que/Antes que/Já que/Assim
  que/Mesmo que/Uma vez que"), the rest capitalized.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-subclause-moved`` (that opening clause moved to the end, unchanged: "When X, Y." -> "Y when
X."; "Quando X, Y." -> "Y quando X."), and the engine's real outputs (kind ``real``).

Run: ``python benchmarks/build_facts_heldout_x.py GOOSE3_GIT_DIR
benchmarks/data/facts_heldout_x.jsonl`` (a git directory of goose3/goose3 holding commit
``c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7``).
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
MIN_WORDS = 150
ID_PREFIX = "x"
ID_PREFIX_PT = "xp"
COMMIT = "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w"]]  # fmt: skip

_IRREGULAR_EN = (
    "said|told|took|made|won|lost|gave|sold|bought|left|found|held|led|sent|built|"
    "met|brought|paid|struck|beat|saw|began|chose|hit|cut|set|put|shot|broke|threw|"
    "wrote|drew|stole|caught|fought|sought|spent|kept|became"
)
_NOT_VERB_EN = {
    "hundred",
    "indeed",
    "need",
    "speed",
    "seed",
    "feed",
    "shed",
    "bed",
    "red",
    "breed",
    "greed",
    "weed",
    "steed",
    "creed",
    "bred",
    "sled",
    "wed",
    "bleed",
}
_NOT_VERB_PT = {
    "europeu",
    "museu",
    "judeu",
    "plebeu",
    "apogeu",
    "pigmeu",
    "coliseu",
    "liceu",
    "ateneu",
    "hebreu",
    "camafeu",
    "escarcéu",
    "mausoléu",
    "troféu",
    "chapéu",
    "jubileu",
    "fariseu",
    "cananeu",
    "filisteu",
    "caldeu",
    "himeneu",
}
_VERB_EN = re.compile(rf"(?<=\w )\b([a-z]{{3,}}ed|{_IRREGULAR_EN}) "
                      r"(?=(?:the|a|an|his|her|their|its|our|[A-Z0-9])\b)")  # fmt: skip
_VERB_PT = re.compile(
    r"(?<=\w )\b([a-zà-ú]{3,}(?:ou|eu|iu|aram|eram|iram)) "
    r"(?=(?:o|a|os|as|um|uma|uns|umas|seu|sua|seus|suas|[A-ZÀ-Ý0-9])\b)"
)

_PAST_EN = {"was": "is", "were": "are", "had": "has"}
_PRESENT_EN = {"is": "was", "are": "were", "has": "had"}
_PAST_PT = {"foi": "é", "era": "é", "foram": "são", "eram": "são", "tinha": "tem",
            "tinham": "têm", "teve": "tem", "tiveram": "têm", "estava": "está",
            "estavam": "estão", "esteve": "está", "estiveram": "estão"}  # fmt: skip
_PRESENT_PT = {"é": "era", "são": "eram", "tem": "tinha", "têm": "tinham", "está": "estava",
               "estão": "estavam"}  # fmt: skip

_STILL_EN = re.compile(r"\b(?:since|so far|for the past|over the past|in recent|to date|"
                       r"until now|yet|still)\b", re.I)  # fmt: skip
_STILL_PT = re.compile(r"\b(?:desde|até agora|até hoje|ainda|nos últimos|nas últimas|até o "
                       r"momento)\b", re.I)  # fmt: skip
_PART_EN = {"grown": "grew", "risen": "rose", "fallen": "fell", "become": "became",
            "seen": "saw", "taken": "took", "given": "gave", "won": "won", "lost": "lost",
            "kept": "kept", "made": "made", "spent": "spent", "built": "built", "led": "led",
            "been": "was", "had": "had", "done": "did", "gone": "went"}  # fmt: skip

_SUBORD_EN = (
    r"When|While|After|Before|Although|Though|Because|Since|As|Once|Until|"
    r"Even though|Even as|Whereas"
)
_SUBORD_PT = (
    r"Quando|Enquanto|Embora|Porque|Como|Depois que|Antes que|Já que|Assim que|"
    r"Mesmo que|Uma vez que|Desde que|Ainda que"
)
_SUBCLAUSE_EN = re.compile(rf"^(?:{_SUBORD_EN}) ([^,;:()\"“”]{{6,120}}), (?=\S)")
_SUBCLAUSE_PT = re.compile(rf"^(?:{_SUBORD_PT}) ([^,;:()\"“”]{{6,120}}), (?=\S)")


def _speaker_sentence(s: str) -> bool:
    import build_facts_heldout_m as m
    import build_facts_heldout_p as p

    say = re.compile(rf"\b(?:{p._SAY_EN}|according to) {p._NAME}|{p._NAME},? (?:{p._SAY_EN})\b")
    return bool(say.search(s)) and m._two_names(s)


_KIND_EN: dict[str, Callable[[str], object]] = {
    "verb": _VERB_EN.search,
    "tense": re.compile(r"\b(?:was|were|had|is|are|has)\b").search,
    "perfect": re.compile(r"\b(?:has|have) (?:\w+ed|grown|risen|fallen|become|been)\b[^.]*"
                          r"\b(?:since|so far|for the past|over the past|in recent|to date)\b|"
                          r"\b(?:since|so far|for the past|over the past)\b[^.]*\b(?:has|have) "
                          r"(?:\w+ed|grown|risen|fallen|become|been)\b").search,
    "speaker": _speaker_sentence,
    "subclause": _SUBCLAUSE_EN.search,
}  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _case(word: str, new: str) -> str:
    return _cap(new) if word[:1].isupper() else new


def _drop_verb(tgt: str, pattern: re.Pattern[str], skip: set[str]) -> tuple[str, str] | None:
    for m in pattern.finditer(tgt):
        if m.group(1).lower() in skip:
            continue
        return "verb-dropped", tgt[: m.start()] + tgt[m.end() :]
    return None


def _change_tense(
    tgt: str, past: dict[str, str], present: dict[str, str]
) -> tuple[str, str] | None:
    for table in (past, present):
        pat = re.compile(r"(?<![\w-])(" + "|".join(table) + r")(?![\w-])", re.I)
        m = pat.search(tgt)
        if m is not None:
            word = m.group(1)
            new = _case(word, table[word.lower()])
            return "tense-changed", tgt[: m.start(1)] + new + tgt[m.end(1) :]
    return None


def _perfect_past_en(tgt: str) -> tuple[str, str] | None:
    for m in re.finditer(r"\b(?:has|have) (?:(?:also|already|now) )?(\w+)\b", tgt):
        part = m.group(1)
        if part in _PART_EN or (part.endswith("ed") and len(part) > 4):
            past = _PART_EN.get(part, part)
            return "perfect-made-past-x", tgt[: m.start()] + past + tgt[m.end() :]
    return None


def _perfect_past_pt(tgt: str) -> tuple[str, str] | None:
    m = re.search(r"\b(tem|têm|vem|vêm) ([a-zà-ú]{2,})(ado|ando)\b", tgt)
    if m is None:
        return None
    plural = m.group(1) in ("têm", "vêm")
    if (m.group(1) in ("tem", "têm")) != (m.group(3) == "ado"):
        return None
    past = m.group(2) + ("aram" if plural else "ou")
    return "perfect-made-past-x", tgt[: m.start()] + past + tgt[m.end() :]


def _swap_speaker(tgt: str, say: str, according: str) -> tuple[str, str] | None:
    from build_facts_heldout_m import _names
    from build_facts_heldout_p import _NAME, _STOP

    names = _names(tgt)
    pats = [rf"\b(?:{say}|{according}) (?:o |a )?({_NAME})", rf"({_NAME}),? (?:{say})\b"]
    for pat in pats:
        for m in re.finditer(pat, tgt):
            name = m.group(1)
            if name.split()[0] in _STOP:
                continue
            words = set(name.split())
            others = [n for s, e, n in names
                      if (e <= m.start(1) or s >= m.end(1)) and not words & set(n.split())
                      and n.split()[0] not in _STOP]  # fmt: skip
            if not others:
                continue
            return "speaker-swapped", tgt[: m.start(1)] + others[0] + tgt[m.end(1) :]
    return None


def _drop_subclause(tgt: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.match(tgt)
    if m is None or len(m.group(1).split()) < 2:
        return None
    rest = tgt[m.end() :]
    if len(rest.split()) < 4:
        return None
    return "opening-subclause-dropped", _cap(rest)


def _move_subclause(tgt: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    """ "When X, Y." -> "Y when X.": a correct rewrite."""
    m = pattern.match(tgt)
    if m is None or len(m.group(1).split()) < 2:
        return None
    rest = tgt[m.end() :].rstrip()
    body = rest.rstrip('.!?"”')
    punct = rest[len(body) :]
    if punct != "." or len(body.split()) < 4 or re.search(r"[,;:\"“”()]", body):
        return None  # the moved clause would take another clause's scope
    clause = tgt[: m.end()].rstrip(", ")
    first = body.split(" ", 1)[0]
    if first in {"The", "A", "An", "O", "Os", "As", "Um", "Uma", "It", "He", "She", "They",
                 "We", "Ele", "Ela", "Eles", "Elas", "This", "Isso", "There"}:  # fmt: skip
        body = body[:1].lower() + body[1:]
    return "ok-subclause-moved", f"{_cap(body)} {clause[:1].lower() + clause[1:]}."


def mutate_x(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    from build_facts_heldout_p import _SAY_PT

    out = [_drop_verb(tgt, _VERB_PT, _NOT_VERB_PT), _change_tense(tgt, _PAST_PT, _PRESENT_PT),
           _perfect_past_pt(tgt) if _STILL_EN.search(src) else None,
           _swap_speaker(tgt, _SAY_PT, r"segundo|de acordo com"),
           _drop_subclause(tgt, _SUBCLAUSE_PT), _move_subclause(tgt, _SUBCLAUSE_PT)]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_x_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    from build_facts_heldout_p import _SAY_EN

    out = [_drop_verb(tgt, _VERB_EN, _NOT_VERB_EN), _change_tense(tgt, _PAST_EN, _PRESENT_EN),
           _perfect_past_en(tgt) if _STILL_PT.search(src) else None,
           _swap_speaker(tgt, _SAY_EN, "according to"),
           _drop_subclause(tgt, _SUBCLAUSE_EN), _move_subclause(tgt, _SUBCLAUSE_EN)]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def _git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def suite_sentences(git_dir: Path) -> dict[str, list[str]]:
    """English sentences of goose3's test pages' paragraphs, by page (sorted by name)."""
    import lxml.html

    from translate.segment import split_sentences

    names = _git(git_dir, "ls-tree", "--name-only", COMMIT, "tests/data/content/").decode().split()
    docs: dict[str, list[str]] = {}
    seen: set[str] = set()
    for name in sorted(n for n in names if n.endswith(".html")):
        raw = _git(git_dir, "show", f"{COMMIT}:{name}")
        digest = hashlib.sha1(raw).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        paras: list[str] = []
        for p in lxml.html.fromstring(raw).iter("p"):
            t = " ".join(p.text_content().split())
            if 6 <= len(t.split()) <= 200 and t not in paras:
                paras.append(t)
        text = "\n\n".join(paras)
        words = text.split()
        if len(words) < MIN_WORDS or len(_ENGLISH.findall(text)) < 0.02 * len(words):
            continue
        doc = Path(name).stem
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
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = suite_sentences(git_dir)
    out: list[tuple[str, str]] = []
    keeps: list[Callable[[str], object]] = [*_KIND_EN.values()]
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
