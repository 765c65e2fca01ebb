"""Build held-out set U of the facts gate: a new real source, both directions, T's kinds plus four.

en -> pt: 200 real English sentences of a source no earlier set used: the ``# text =`` sentences
of the English part of the Parallel Universal Dependencies treebank (UD_English-PUD,
``en_pud-ud-test.conllu``, mirrored from GitHub; pass the mirror's git directory): 1,000
sentences of news (ids ``n…``) and Wikipedia (ids ``w…``), a few from each document. First up
to 8 for each kind below (T's kinds, S's kinds, then the four new ones: a sentence the rule can
act on), round-robin over the documents (``# newdoc id``, in the file's order), then any sentence
of 30..300 letters holding a digit, the same way; each translated once by the bare embedded
engine. None is a source sentence of sets A..T.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set U was measured: every rule of sets C..T, plus, in
both directions:

* ``opening-subject-dropped``: an opening phrase up to its comma deleted together with the
  subject after it, the verb left first ("Na sexta-feira, os pescadores resgataram 700 pessoas"
  -> "Resgataram 700 pessoas"; "On Friday, the fishermen rescued 700 people" -> "Rescued 700
  people"): who did it and when are both lost.
* ``attribution-dropped``: the opening "X said (that)" deleted, the reported words left as a
  plain statement ("Officials said the bridge would close" -> "The bridge would close"; "O
  ministro disse que" ...).
* ``agent-dropped``: the agent of a passive deleted ("was arrested by the police" -> "was
  arrested"; "foi preso pela polícia" -> "foi preso").
* ``actor-swapped-np``: two noun phrases with an article (up to three words each, no names)
  swapped around a verb ("the Indonesian Navy saved the fishermen" -> "the fishermen saved the
  Indonesian Navy"; "o governo criticou a oposição" -> "a oposição criticou o governo").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-attribution-moved`` ("Officials said the bridge would close." -> "The bridge would close,
officials said."; "O ministro disse que X." -> "X, disse o ministro.").

Run: ``python benchmarks/build_facts_heldout_u.py PUD_GIT_DIR
benchmarks/data/facts_heldout_u.jsonl`` (PUD_GIT_DIR: a git directory of
UniversalDependencies/UD_English-PUD; set U was built from commit ``f16eba4``).
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
ID_PREFIX = "u"
ID_PREFIX_PT = "up"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t"]]  # fmt: skip

_VERB_EN = (r"(?:[a-z]{3,}ed|said|told|made|took|gave|won|lost|held|led|met|left|went|came|"
            r"became|began|sold|bought|paid|found|saw|brought|kept|ran|set|put|is|are|was|were|"
            r"has|have|had|will|would|can|could|says|says)")  # fmt: skip
_VERB_PT = (r"(?:[a-zà-ú]{2,}(?:ou|eu|iu|aram|eram|iram|ará|arão|erá|irá)|disse|fez|teve|"
            r"deu|foi|foram|é|são|era|eram|está|estão|tem|têm|pode|podem|vai|vão|diz)")  # fmt: skip
_FUNC_EN = r"(?!(?:of|in|on|at|for|by|with|to|and|or|that|from|as|the|a|an|who|which)\b)"
_FUNC_PT = (r"(?!(?:de|da|do|das|dos|em|no|na|nos|nas|por|para|com|e|que|ou|a|o|as|os|ao|à|"
            r"pelo|pela|sem|sob|sobre|entre|como|um|uma)\b)")  # fmt: skip
_NP_EN = r"(?:[Tt]he|[Aa]n?) (?:" + _FUNC_EN + r"[a-z][a-z-]+ ){0,2}[a-z][a-z-]{2,}"
_NP_PT = (r"(?:[OoAa]s?|[Uu]ma?) [a-zà-ú][a-zà-ú-]{2,}(?: " + _FUNC_PT
          + r"[a-zà-ú][a-zà-ú-]+){0,2}")  # fmt: skip
_SAY_EN = r"(?:said|says|told [a-z]+|announced|stated|added|reported|wrote)"
_SAY_PT = r"(?:disse|diz|afirmou|declarou|anunciou|informou|escreveu|acrescentou|relatou)"

_KIND_EN: dict[str, re.Pattern[str]] = {
    "opening-subject": re.compile(r"^[^,;:()\"“”]{3,80}, " + _NP_EN + " " + _VERB_EN + r"\b"),
    "attribution": re.compile(r"^[A-Z][\w .’'-]{1,50}? " + _SAY_EN + r" (?:that )?\w"),
    "agent": re.compile(r"\b(?:was|were|been|is|are|be) (?:\w+ )?\w+(?:ed|en|wn|ld|ht) by "
                        r"(?:the |a |an )?\w+"),
    "actor-np": re.compile(_NP_EN + " " + _VERB_EN + " " + _NP_EN),
}  # fmt: skip
_STOP = {"has", "was", "had", "have", "were", "are", "is", "who", "that", "which", "first",
         "last", "next", "same", "other", "new", "most", "que", "qual", "foi", "era", "está",
         "tem", "são", "ser", "will", "would", "can", "could", "been", "be", "not", "also",
         "only", "one", "end", "time", "year", "day", "week", "month", "way", "number", "part",
         "ano", "dia", "vez", "parte", "número", "forma", "maneira"}  # fmt: skip


def _drop_opening_subject(tgt: str, np: str, verb: str) -> tuple[str, str] | None:
    m = re.match(r"^[^,;:()\"“”]{3,80}, " + np + r" (?=" + verb + r"\b)", tgt)
    if m is None:
        return None
    rest = tgt[m.end() :]
    if len(rest.split()) < 4:
        return None
    return "opening-subject-dropped", rest[:1].upper() + rest[1:]


def _drop_attribution(tgt: str, say: str, that: str) -> tuple[str, str] | None:
    m = re.match(r"^[A-ZÀ-Ú][\w .’'-]{1,50}? " + say + r" (?:" + that + r" )?(?=\w)", tgt)
    if m is None:
        return None
    rest = tgt[m.end() :]
    if len(rest.split()) < 4:
        return None
    return "attribution-dropped", rest[:1].upper() + rest[1:]


def _move_attribution(tgt: str, say: str, that: str, pt: bool) -> tuple[str, str] | None:
    """ "X said that Y." -> "Y, X said." ("X disse que Y." -> "Y, disse X."): a correct rewrite."""
    m = re.match(r"^([A-ZÀ-Ú][\w .’'-]{1,50}?) (" + say + r") (?:" + that + r" )?(?=\w)", tgt)
    if m is None or not tgt.rstrip().endswith(".") or '"' in tgt or "“" in tgt:
        return None
    who, verb = m.group(1), m.group(2)
    rest = tgt[m.end() :].rstrip()[:-1]
    if len(rest.split()) < 4 or " " in verb:
        return None
    first = who.split(" ", 1)[0]
    keep_cap = first not in {"The", "A", "An", "O", "Os", "As", "Um", "Uma"}
    who = who if keep_cap else who[:1].lower() + who[1:]
    tail = f"{verb} {who}" if pt else f"{who} {verb}"
    return "ok-attribution-moved", f"{rest[:1].upper()}{rest[1:]}, {tail}."


def _swap_np(tgt: str, np: str, verb: str) -> tuple[str, str] | None:
    pattern = re.compile(r"\b(" + np + r") (" + verb + r") (" + np + r")\b")
    for m in pattern.finditer(tgt):
        a, v, b = m.groups()
        words = (a + " " + b).lower().split()
        if a.lower() == b.lower() or any(w in _STOP for w in words[1:]) or v in _STOP:
            continue
        new_a = b[:1].upper() + b[1:] if a[:1].isupper() else b[:1].lower() + b[1:]
        new_b = a[:1].lower() + a[1:]
        return "actor-swapped-np", tgt[: m.start()] + f"{new_a} {v} {new_b}" + tgt[m.end() :]
    return None


def mutate_u(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [
        _drop_opening_subject(tgt, _NP_PT, _VERB_PT),
        _drop_attribution(tgt, _SAY_PT, "que"),
        _sub_once(tgt, r"\b((?:foi|foram|sido|ser|é|são|era|eram) [a-zà-ú]+(?:ado|ido|ada|ida|"
                       r"to|ta|so|sa)s?) (?:pel[oa]s?|por) (?:[a-zà-ú]+ )?[a-zà-ú]+\b"),
        _swap_np(tgt, _NP_PT, _VERB_PT),
        _move_attribution(tgt, _SAY_PT, "que", True),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_u_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    out = [
        _drop_opening_subject(tgt, _NP_EN, _VERB_EN),
        _drop_attribution(tgt, _SAY_EN, "that"),
        _sub_once(tgt, r"\b((?:was|were|been|is|are|be) (?:\w+ )?\w+(?:ed|en|wn|ld|ht)) by "
                       r"(?:the |a |an )?(?:[a-z]+ )?[a-z]+\b"),
        _swap_np(tgt, _NP_EN, _VERB_EN),
        _move_attribution(tgt, _SAY_EN, "that", False),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def _sub_once(tgt: str, pattern: str) -> tuple[str, str] | None:
    m = re.search(pattern, tgt)
    if m is None:
        return None
    return "agent-dropped", tgt[: m.start()] + m.group(1) + tgt[m.end() :]


def pud_sentences(git_dir: Path) -> dict[str, list[str]]:
    """The ``# text =`` sentences of UD_English-PUD, by ``# newdoc id`` (the file's order)."""
    text = subprocess.run(["git", f"--git-dir={git_dir}", "show", "HEAD:en_pud-ud-test.conllu"],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip
    docs: dict[str, list[str]] = {}
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
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = pud_sentences(git_dir)
    out: list[tuple[str, str]] = []
    for pattern in [*_KIND_EN.values(), *t._KIND_EN.values(), *s._KIND_EN.values()]:
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
    from facts_builder import translate_pairs, write_set

    git_dir, out = Path(argv[0]), Path(argv[1])
    pairs = sentences(git_dir)
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u], targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en, mutate_t_en, mutate_u_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
