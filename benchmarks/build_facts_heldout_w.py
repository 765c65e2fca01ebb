"""Build held-out set W of the facts gate: a new real source (news), both directions, V's kinds + 3.

en -> pt: 200 real English sentences of a source no earlier facts set used: the article bodies
of newspaper's 2014-15 full-text test suite (``tests/data/txt/<base domain><n>.txt`` at
newspaper4k commit ``a012967c``, the last commit holding the suite; MIT), one document a file,
English files only (a file where fewer than 2% of the words are "the"/"of"/"and"/"to" is left
out), split into sentences by ``translate.segment.split_sentences``. First up to 8 for each kind
below (the three new ones, then V's, U's, T's and S's kinds: a sentence the rule can act on),
round-robin over the documents, then any sentence of 30..300 letters holding a digit, the same
way; each translated once by the bare embedded engine. None is a source sentence of sets A..V.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set W was measured: every rule of sets C..V, plus, in
both directions:

* ``hedge-dropped-w``: a hedge of a wider list than V's deleted ("likely", "perhaps", "maybe",
  "allegedly", "reportedly", "apparently", "possibly", "probably"...; "talvez", "supostamente",
  "alegadamente", "aparentemente", "provavelmente", "possivelmente", "ao que parece"...),
  the first one the sentence holds: a claim published as a fact.
* ``hedge-verb-dropped``: a hedging verb phrase made plain ("is believed to be" -> "is",
  "are said to be" -> "are", "is expected to" -> "will", "is likely to" -> "will", "may be" /
  "might be" / "could be" after "it"/"this"/"that"/"he"/"she" -> "is"; "pode ser" -> "é",
  "podem ser" -> "são", "pode ter sido" -> "foi", "podem ter sido" -> "foram", "deve ser" ->
  "é", "poderia ser" -> "é"): a possibility published as a fact.
* ``according-to-end-dropped``: a closing ", according to X." / ", segundo X." / ", de acordo
  com X." deleted: whose claim it is is lost.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-according-to-fronted`` ("Y, according to X." -> "According to X, Y."; "Y, segundo X." ->
"Segundo X, Y.") and ``ok-hedge-synonym`` (a hedge replaced by one of about the same strength:
"apparently" -> "seemingly", "probably" -> "likely", "possibly" -> "perhaps"; "supostamente" ->
"alegadamente", "aparentemente" -> "ao que parece"...; the exact pairs are ``_SYN_EN`` and
``_SYN_PT`` below).

Run: ``python benchmarks/build_facts_heldout_w.py NEWSPAPER4K_GIT_DIR
benchmarks/data/facts_heldout_w.jsonl`` (a git directory of AndyTheFactory/newspaper4k holding
commit ``a012967cfe4158ea6713476a3b2fe7e39c42b552``).
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
ID_PREFIX = "w"
ID_PREFIX_PT = "wp"
COMMIT = "a012967cfe4158ea6713476a3b2fe7e39c42b552"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v"]]  # fmt: skip

_HEDGES_EN = ("allegedly|reportedly|apparently|supposedly|probably|possibly|presumably|"
              "purportedly|seemingly|likely|perhaps|maybe|arguably|ostensibly")
_HEDGES_PT = ("supostamente|alegadamente|aparentemente|provavelmente|possivelmente|"
              "presumivelmente|talvez|ao que parece|ao que tudo indica|pelos vistos|"
              "alegadamente|eventualmente")
_HEDGE_EN = re.compile(r"\b(?:" + _HEDGES_EN + r")\b,? ", re.I)
_HEDGE_PT = re.compile(r"\b(?:" + _HEDGES_PT + r")\b,? ", re.I)
_SYN_EN = {"apparently": "seemingly", "seemingly": "apparently", "probably": "likely",
           "likely": "probably", "possibly": "perhaps", "perhaps": "possibly",
           "maybe": "perhaps", "allegedly": "purportedly", "purportedly": "allegedly",
           "supposedly": "purportedly", "presumably": "probably"}  # fmt: skip
_SYN_PT = {"supostamente": "alegadamente", "alegadamente": "supostamente",
           "aparentemente": "ao que parece", "provavelmente": "possivelmente",
           "possivelmente": "provavelmente", "talvez": "possivelmente",
           "presumivelmente": "provavelmente"}  # fmt: skip
_VERB_EN: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(is|are|was|were) (?:believed|said|thought|reported|alleged|rumou?red) "
                r"to be\b"), r"\1"),
    (re.compile(r"\b(?:is|are) (?:expected|likely|set) to\b"), "will"),
    (re.compile(r"\b((?:[Ii]t|[Tt]his|[Tt]hat|[Hh]e|[Ss]he) )(?:may|might|could) be\b"), r"\1is"),
]  # fmt: skip
_VERB_PT: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bpode ter sido\b"), "foi"),
    (re.compile(r"\bpodem ter sido\b"), "foram"),
    (re.compile(r"\b(?:pode|deve|poderia|poderá) ser\b"), "é"),
    (re.compile(r"\b(?:podem|devem|poderiam|poderão) ser\b"), "são"),
]  # fmt: skip
_ACC_END_EN = re.compile(r",? (?:according to|as reported by) ([^,;:]{2,60})\.$")
_ACC_END_PT = re.compile(r",? (?:segundo|de acordo com|conforme) ([^,;:]{2,60})\.$")

_KIND_EN: dict[str, re.Pattern[str]] = {
    "hedge-w": _HEDGE_EN,
    "hedge-verb": re.compile(r"\b(?:is|are|was|were) (?:believed|said|thought|reported|alleged|"
                             r"expected|likely|set) to\b|\b(?:may|might|could) be\b"),
    "according-to-end": _ACC_END_EN,
}  # fmt: skip


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _drop_hedge(tgt: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.search(tgt)
    if m is None:
        return None
    out = tgt[: m.start()] + tgt[m.end() :]
    return "hedge-dropped-w", _cap(out) if m.start() == 0 else out


def _hedge_synonym(tgt: str, pattern: re.Pattern[str],
                   syn: dict[str, str]) -> tuple[str, str] | None:  # fmt: skip
    m = pattern.search(tgt)
    if m is None:
        return None
    word = m.group(0).rstrip(", ")
    other = syn.get(word.lower())
    if other is None:
        return None
    if word[:1].isupper():
        other = _cap(other)
    return "ok-hedge-synonym", tgt[: m.start()] + other + tgt[m.start() + len(word) :]


def _plain_verb(tgt: str, rules: list[tuple[re.Pattern[str], str]]) -> tuple[str, str] | None:
    for pattern, plain in rules:
        out, n = pattern.subn(plain, tgt, count=1)
        if n:
            return "hedge-verb-dropped", out
    return None


def _drop_according_end(tgt: str, pattern: re.Pattern[str]) -> tuple[str, str] | None:
    m = pattern.search(tgt)
    if m is None or len(tgt[: m.start()].split()) < 4:
        return None
    return "according-to-end-dropped", tgt[: m.start()] + "."


def _front_according(tgt: str, pattern: re.Pattern[str], pt: bool) -> tuple[str, str] | None:
    """ "Y, according to X." -> "According to X, Y.": a correct rewrite."""
    m = pattern.search(tgt)
    if m is None or len(tgt[: m.start()].split()) < 4 or '"' in tgt or "“" in tgt:
        return None
    head = m.group(0).lstrip(", ").rstrip(".")
    claim = tgt[: m.start()]
    first = claim.split(" ", 1)[0]
    lower = {"The", "A", "An", "O", "Os", "As", "Um", "Uma", "It", "This", "Isso", "Ele", "Ela"}
    if first in lower:
        claim = claim[:1].lower() + claim[1:]
    return "ok-according-to-fronted", f"{_cap(head)}, {claim}."


def mutate_w(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [_drop_hedge(tgt, _HEDGE_PT), _plain_verb(tgt, _VERB_PT),
           _drop_according_end(tgt, _ACC_END_PT), _front_according(tgt, _ACC_END_PT, True),
           _hedge_synonym(tgt, _HEDGE_PT, _SYN_PT)]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_w_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    out = [_drop_hedge(tgt, _HEDGE_EN), _plain_verb(tgt, _VERB_EN),
           _drop_according_end(tgt, _ACC_END_EN), _front_according(tgt, _ACC_END_EN, False),
           _hedge_synonym(tgt, _HEDGE_EN, _SYN_EN)]  # fmt: skip
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


_ENGLISH = re.compile(r"\b(?:the|of|and|to)\b", re.I)


def suite_sentences(git_dir: Path) -> dict[str, list[str]]:
    """English sentences of the suite's accepted article texts, by file (the files' order)."""
    from translate.segment import split_sentences

    names = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "--name-only", COMMIT,
                            "tests/data/txt/"], check=True, capture_output=True,
                           text=True).stdout.split()  # fmt: skip
    docs: dict[str, list[str]] = {}
    for name in sorted(names):
        text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{name}"],
                              check=True, capture_output=True, text=True).stdout  # fmt: skip
        words = text.split()
        if not words or len(_ENGLISH.findall(text)) < 0.02 * len(words):
            continue
        doc = Path(name).stem
        for start, end in split_sentences(text, "en"):
            docs.setdefault(doc, []).append(" ".join(text[start:end].split()))
    return docs


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_s as s
    import build_facts_heldout_t as t
    import build_facts_heldout_u as u
    import build_facts_heldout_v as v
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = suite_sentences(git_dir)
    out: list[tuple[str, str]] = []
    for pattern in [*_KIND_EN.values(), *v._KIND_EN.values(), *u._KIND_EN.values(),
                    *t._KIND_EN.values(), *s._KIND_EN.values()]:  # fmt: skip
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
    from build_facts_heldout_v import mutate_v, mutate_v_en
    from facts_builder import translate_pairs, write_set

    git_dir, out = Path(argv[0]), Path(argv[1])
    pairs = sentences(git_dir)
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w], targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en, mutate_t_en, mutate_u_en,
                                             mutate_v_en, mutate_w_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
