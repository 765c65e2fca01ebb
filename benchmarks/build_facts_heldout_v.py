"""Build held-out set V of the facts gate: a new real source, both directions, U's kinds plus three.

en -> pt: 200 real English sentences of a source no earlier facts set used: the ``# text =``
sentences of the English Web Treebank (UD_English-EWT, ``en_ewt-ud-{dev,test}.conllu``, mirrored
from GitHub, whose mirror holds no train file; pass the mirror's git directory): weblogs (many of
them news and politics blogs quoting wire stories), newsgroups, e-mail, reviews and answers,
grouped by ``# newdoc id`` (the files' order: dev, test). First up to 8 for each kind below (the
three new ones, then U's, T's and S's kinds: a sentence the rule can act on), round-robin over
the documents, then any sentence of 30..300 letters holding a digit, the same way; each
translated once by the bare embedded engine. None is a source sentence of sets A..U.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set V was measured: every rule of sets C..U, plus, in
both directions:

* ``attribution-end-dropped``: a closing attribution deleted ("The bridge will close, the
  minister said." -> "The bridge will close."; "..., disse o ministro." -> "..."; after a quote
  too, and "he/she/they said", "disse ele"): whose claim it is is lost.
* ``according-to-dropped``: an opening "According to X," / "Segundo X," / "De acordo com X,"
  deleted, the claim left as a plain statement.
* ``hedge-dropped``: a hedge that marks a claim as unproven deleted ("allegedly", "reportedly",
  "apparently", "supposedly", "probably"; "supostamente", "alegadamente", "aparentemente",
  "provavelmente"): a claim published as a fact.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-attribution-fronted`` ("Y, X said." -> "X said Y."; "Y, disse X." -> "X disse que Y.").

Run: ``python benchmarks/build_facts_heldout_v.py EWT_GIT_DIR
benchmarks/data/facts_heldout_v.jsonl`` (EWT_GIT_DIR: a git directory of
UniversalDependencies/UD_English-EWT; set V was built from commit ``15d613d``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 8
ID_PREFIX = "v"
ID_PREFIX_PT = "vp"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u"]]  # fmt: skip
FILES = ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"]

_SAY_EN = r"(?:said|says|told [a-z]+|added|reported|wrote|announced|stated|explained)"
_SAY_PT = r"(?:disse|diz|afirmou|declarou|anunciou|informou|escreveu|acrescentou|relatou|explicou)"
_WHO_EN = (r"(?:he|she|they|(?:[A-Z][\w.’'-]*|the|a|an|his|her|their|its)"
           r"(?: [\w.’'-]+){0,5})")  # fmt: skip
_WHO_PT = (r"(?:ele|ela|eles|elas|(?:[A-ZÀ-Ú][\w.’'-]*|o|a|os|as|um|uma|seu|sua)"
           r"(?: [\w.’'-]+){0,5})")  # fmt: skip
_END_EN = re.compile(r", (?:" + _WHO_EN + " " + _SAY_EN + "|" + _SAY_EN + " " + _WHO_EN
                     + r")(?: [a-z]+day)?\.$")  # fmt: skip
_END_PT = re.compile(r", (?:" + _SAY_PT + " " + _WHO_PT + "|" + _WHO_PT + " " + _SAY_PT
                     + r")(?: n[ao] [a-zç-]+(?:-feira)?)?\.$")  # fmt: skip
_ACC_EN = re.compile(r"^(?:According to|As reported by) [^,;:]{2,60}, ")
_ACC_PT = re.compile(r"^(?:Segundo|De acordo com|Conforme) [^,;:]{2,60}, ")
_HEDGE_EN = re.compile(r"\b(?:allegedly|reportedly|apparently|supposedly|probably|possibly|"
                       r"presumably|purportedly|seemingly) ", re.I)  # fmt: skip
_HEDGE_PT = re.compile(r"\b(?:supostamente|alegadamente|aparentemente|provavelmente|"
                       r"possivelmente|presumivelmente) ", re.I)  # fmt: skip

_KIND_EN: dict[str, re.Pattern[str]] = {
    "attribution-end": _END_EN,
    "according-to": re.compile(r"^According to [^,;:]{2,60}, "),
    "hedge": _HEDGE_EN,
}


_LOWER_FIRST = {"The", "A", "An", "O", "Os", "As", "Um", "Uma", "It", "This", "Isso", "Isto",
                "Ele", "Ela"}  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _drop_end(tgt: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.search(tgt)
    if m is None or len(tgt[: m.start()].split()) < 4:
        return None
    return "attribution-end-dropped", tgt[: m.start()] + "."


def _drop_according(tgt: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.search(tgt)
    if m is None or len(tgt[m.end() :].split()) < 4:
        return None
    return "according-to-dropped", _cap(tgt[m.end() :])


def _drop_hedge(tgt: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.search(tgt)
    if m is None:
        return None
    out = tgt[: m.start()] + tgt[m.end() :]
    return "hedge-dropped", _cap(out) if m.start() == 0 else out


def _front_attribution(tgt: str, pattern: re.Pattern[str], pt: bool) -> tuple[str, str] | None:
    """ "Y, X said." -> "X said Y." ("Y, disse X." -> "X disse que Y."): a correct rewrite."""
    m = pattern.search(tgt)
    if m is None or len(tgt[: m.start()].split()) < 4 or '"' in tgt or "“" in tgt:
        return None
    words = tgt[m.start() + 2 : m.end() - 1].split()
    if m.group(0).rstrip(".").split()[-1].endswith("day") or m.group(0).find("-feira") >= 0:
        return None
    say = _SAY_PT if pt else _SAY_EN
    if re.fullmatch(say, words[0]):
        verb, who = words[0], " ".join(words[1:])
    elif re.fullmatch(say, words[-1]):
        verb, who = words[-1], " ".join(words[:-1])
    else:
        return None
    claim = tgt[: m.start()]
    first = claim.split(" ", 1)[0]
    if not first[:1].isupper() or first in _LOWER_FIRST:
        claim = claim[:1].lower() + claim[1:]  # a name or an acronym keeps its capital
    that = "que" if pt else "that"
    return "ok-attribution-fronted", f"{_cap(who)} {verb} {that} {claim}."


def mutate_v(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [_drop_end(tgt, _END_PT), _drop_according(tgt, _ACC_PT), _drop_hedge(tgt, _HEDGE_PT),
           _front_attribution(tgt, _END_PT, True)]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_v_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    out = [_drop_end(tgt, _END_EN), _drop_according(tgt, _ACC_EN), _drop_hedge(tgt, _HEDGE_EN),
           _front_attribution(tgt, _END_EN, False)]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def ewt_sentences(git_dir: Path) -> dict[str, list[str]]:
    """The ``# text =`` sentences of UD_English-EWT, by ``# newdoc id`` (dev, test)."""
    docs: dict[str, list[str]] = {}
    for name in FILES:
        text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{name}"],
                              check=True, capture_output=True, text=True).stdout  # fmt: skip
        doc = ""
        for line in text.splitlines():
            if line.startswith("# newdoc id = "):
                doc = line[len("# newdoc id = ") :].strip()
            elif line.startswith("# text = "):
                docs.setdefault(doc, []).append(" ".join(line[len("# text = ") :].split()))
    return docs


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_s as s
    import build_facts_heldout_t as t
    import build_facts_heldout_u as u
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = ewt_sentences(git_dir)
    out: list[tuple[str, str]] = []
    for pattern in [*_KIND_EN.values(), *u._KIND_EN.values(), *t._KIND_EN.values(),
                    *s._KIND_EN.values()]:  # fmt: skip
        out += t._round_robin(docs, pattern.search, PER_KIND, taken)
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
    from facts_builder import translate_pairs, write_set

    git_dir, out = Path(argv[0]), Path(argv[1])
    pairs = sentences(git_dir)
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v], targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en, mutate_t_en, mutate_u_en,
                                             mutate_v_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
