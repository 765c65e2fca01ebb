"""Build held-out set P of the facts gate: both embedded directions, O's kinds plus seven new ones.

en -> pt: real English sentences none of sets A..O holds: first up to 20 for each new kind below
(a sentence the rule can act on: an opening clause before a comma, a verb after a preposition, a
named speaker, a metric unit after a number, a future "will be/have", "only/just" before an
amount), round-robin over the pages of every ``tests/data/realworld`` folder (``heldout_o``, which
no earlier set read, first), then up to 40 sentences of the real feeds (as set O), then set M's
selection for the rest; 200 in all, each translated once by the bare embedded engine.

pt -> en: the real Portuguese sentences of the corpus's Portuguese pages that no set A..O holds,
then the bare engine's Portuguese for the English sentences above, 120 in all, each translated
once by the bare embedded engine to English.

Mutations, written with this file BEFORE set P was measured: every rule of sets C..O, plus, in
both directions:

* ``opening-clause-dropped``: the clause before a sentence's first comma deleted, the rest
  capitalized ("Após rechaçar um encontro, o presidente viajou" -> "O presidente viajou"): an
  omission such as the engine makes (set M dropped inner, last and joined clauses only).
* ``action-dropped``: the verb after a preposition deleted ("após rechaçar um encontro" -> "após
  um encontro", "after rejecting a meeting" -> "after a meeting"), the omission seen on a real
  output.
* ``quoted-speaker-changed``: the name next to a verb of saying ("disse Maria Silva", "according
  to John Smith", "Smith said") replaced by a name from another sentence of the set.
* ``unit-prefix-changed``: a metric prefix after a number changed, the number kept ("5 km" ->
  "5 m", "3 GB" -> "3 TB", "10 mg" -> "10 g").
* ``future-made-past``: a future made a past ("será" -> "foi", "vão ser" -> "foram", "will be"
  -> "was", "will have" -> "had"): what is announced is said to have happened.
* ``restrictor-dropped``: "apenas/somente/só" or "only/just" before an amount deleted ("apenas 5
  pessoas" -> "5 pessoas", "only 5 people" -> "5 people").
* ``name-respelled``: a name of the target written with one letter changed (the second letter of
  its longest word turned to the next vowel or consonant): is it the same person?

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-said-synonym`` ("disse" -> "afirmou", "said" -> "stated") and ``ok-opening-clause-moved``
(an opening adverbial before a comma moved to the end: "Em 2019, a empresa cresceu." -> "A
empresa cresceu em 2019.").

Run: ``python benchmarks/build_facts_heldout_p.py benchmarks/data/facts_heldout_p.jsonl``
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 20
MAX_FEED = 40
FOLDERS = ("heldout_o", "heldout_n", "heldout", "heldout_c", "heldout_d", "heldout_e",
           "heldout_f", "heldout_g", "heldout_h", "heldout_i", "heldout_j", "heldout_k",
           "heldout_l", "heldout_m", "zyte_dev", "pages")  # fmt: skip
ID_PREFIX = "p"
ID_PREFIX_PT = "pp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl", "facts_heldout_k.jsonl", "facts_heldout_l.jsonl",
           "facts_heldout_m.jsonl", "facts_heldout_n.jsonl", "facts_heldout_o.jsonl"]  # fmt: skip

_NAME = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: (?:de |da |do |dos |van |von )?[A-ZÀ-Ý][a-zà-ÿ'’-]+){0,2}"
_SAY_EN = r"said|says|told|explained|added|wrote|stated"
_SAY_PT = r"disse|diz|afirmou|afirma|declarou|explicou|acrescentou|escreveu|contou"
_UNITS = [("km", "m"), ("kg", "g"), ("mg", "g"), ("MB", "GB"), ("GB", "TB"), ("TB", "GB"),
          ("cm", "mm"), ("mm", "cm"), ("GHz", "MHz"), ("MHz", "GHz"), ("kW", "MW"), ("MW", "kW"),
          ("ml", "l"), ("mAh", "Ah"), ("Mbps", "Gbps"), ("Gbps", "Mbps")]  # fmt: skip
_UNIT_RE = "|".join(a for a, _ in _UNITS)
_ING_NOUNS = {"being", "having", "during", "morning", "evening", "nothing", "something",
              "anything", "everything", "thing", "things", "king", "ring", "spring", "string",
              "building", "meeting", "wedding", "funding", "training", "housing", "clothing",
              "marketing", "ceiling", "bring", "shipping", "pricing", "spending", "parking",
              "hearing", "ruling", "reporting", "following", "setting", "using"}  # fmt: skip
_INF_NOUNS = {"lugar", "mulher", "mar", "par", "bar", "jantar", "prazer", "poder", "dever", "ar",
              "qualquer", "colher", "lazer", "olhar", "ser", "ter", "fazer", "estar"}  # fmt: skip
_OPENERS_PT = {"Em", "Após", "Depois", "Segundo", "No", "Na", "Nos", "Nas", "Antes", "Durante",
               "Desde", "Até", "Com"}  # fmt: skip
_OPENERS_EN = {"In", "After", "According", "On", "Before", "During", "Since", "Until", "With",
               "At", "Last", "This", "For"}  # fmt: skip
_STOP = {"The", "A", "An", "O", "Os", "As", "Um", "Uma", "He", "She", "They", "We", "I", "It",
         "Ele", "Ela", "Eles", "Elas", "This", "That", "Mas", "But", "E", "And", "Isso",
         "You", "Você"}  # fmt: skip
OTHER_NAMES: list[str] = []  # names of the set's targets, filled by main() before the rules run

_KIND_EN: dict[str, re.Pattern[str]] = {
    "opening": re.compile(r"^(?:In|After|According to|On|Before|During|Since|While|When|"
                          r"Although|Despite|With|At|Last|This|For|As|If)\b[^,;:()]{4,80}, \w"),
    "action": re.compile(r"\b(?:after|before|by|without|while|despite|upon|instead of) "
                         r"[a-z]{3,}ing (?:the|a|an|his|her|their|its|[A-Z0-9])"),
    "speaker": re.compile(rf"\b(?:{_SAY_EN}|according to) {_NAME}|{_NAME},? (?:{_SAY_EN})\b"),
    "unit": re.compile(rf"\d ?(?:{_UNIT_RE})\b"),
    "future": re.compile(r"\bwill (?:be|have)\b"),
    "restrictor": re.compile(r"\b(?:only|just) (?:\d|one |two |three |a |an )"),
}  # fmt: skip


def _sub(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    for old, new in pairs:
        m = re.search(old, tgt)
        if m:
            return kind, tgt[: m.start()] + m.expand(new) + tgt[m.end() :]
    return None


def _drop_opening(tgt: str) -> tuple[str, str] | None:
    m = re.match(r"^([^,;:()\"“”]{8,90}), (?=\S)", tgt)
    if m is None or not 2 <= len(m.group(1).split()) <= 12:
        return None
    rest = tgt[m.end() :]
    if len(rest.split()) < 4:
        return None
    return "opening-clause-dropped", rest[:1].upper() + rest[1:]


def _move_opening(tgt: str, openers: set[str]) -> tuple[str, str] | None:
    m = re.match(r"^([^,;:()\"“”]{4,60}), (?=\S)", tgt)
    if m is None or m.group(1).split()[0] not in openers or len(m.group(1).split()) > 6:
        return None
    rest = tgt[m.end() :].rstrip()
    body = rest.rstrip('.!?"”')
    punct = rest[len(body) :]
    if not punct or len(body.split()) < 4 or re.search(r"[,;:\"“”()]", body):
        return None  # the moved clause would take another clause's scope
    lead = body  # its first word keeps its capital: it opens the sentence still
    clause = m.group(1)
    clause = clause[:1].lower() + clause[1:]
    moved = lead[:1].upper() + lead[1:] + " " + clause + punct
    return "ok-opening-clause-moved", moved


def _drop_action(tgt: str, pt: bool) -> tuple[str, str] | None:
    if pt:
        pat = (r"\b((?:[Aa]pós|[Aa]ntes de|[Dd]epois de|[Ss]em|[Aa]o|[Pp]ara|[Pp]or|"
               r"[Ee]m vez de|[Aa]lém de)) ([a-zà-ú]{3,}(?:ar|er|ir))\b ")  # fmt: skip
        skip = _INF_NOUNS
    else:
        pat = (r"\b((?:[Aa]fter|[Bb]efore|[Bb]y|[Ww]ithout|[Ww]hile|[Dd]espite|[Uu]pon|"
               r"[Ii]nstead of)) ([a-z]{3,}ing)\b ")  # fmt: skip
        skip = _ING_NOUNS
    for m in re.finditer(pat, tgt):
        if m.group(2) in skip:
            continue
        return "action-dropped", tgt[: m.start()] + m.group(1) + " " + tgt[m.end() :]
    return None


def _other_name(tgt: str, name: str) -> str | None:
    if not OTHER_NAMES:
        return None
    start = len(tgt) % len(OTHER_NAMES)
    for i in range(len(OTHER_NAMES)):
        cand = OTHER_NAMES[(start + i) % len(OTHER_NAMES)]
        if cand not in tgt and cand.split()[-1] not in name and name.split()[-1] not in cand:
            return cand
    return None


def _change_speaker(tgt: str, say: str, according: str) -> tuple[str, str] | None:
    pats = [rf"\b(?:{say}|{according}) (?:o |a )?({_NAME})", rf"(?<![.!?] )({_NAME}),? (?:{say})\b"]
    for pat in pats:
        for m in re.finditer(pat, tgt):
            name = m.group(1)
            if name.split()[0] in _STOP:
                continue
            other = _other_name(tgt, name)
            if other is None:
                return None
            return "quoted-speaker-changed", tgt[: m.start(1)] + other + tgt[m.end(1) :]
    return None


def _respell_name(tgt: str) -> tuple[str, str] | None:
    from build_facts_heldout_m import _names

    names = _names(tgt)
    if not names:
        return None
    start, _end, name = max(names, key=lambda n: len(n[2]))
    word = max(name.split(), key=len)
    if len(word) < 4:
        return None
    c = word[1]
    vowels, consonants = "aeiou", "bcdfghjklmnpqrstvwxz"
    if c in vowels:
        new_c = vowels[(vowels.index(c) + 1) % len(vowels)]
    elif c in consonants:
        new_c = consonants[(consonants.index(c) + 1) % len(consonants)]
    else:
        return None
    new_word = word[0] + new_c + word[2:]
    at = tgt.index(word, start)
    return "name-respelled", tgt[:at] + new_word + tgt[at + len(word) :]


def _unit_prefix(tgt: str) -> tuple[str, str] | None:
    for a, b in _UNITS:
        m = re.search(rf"(?<=\d)(\s?){re.escape(a)}\b", tgt)
        if m:
            return "unit-prefix-changed", tgt[: m.start()] + m.group(1) + b + tgt[m.end() :]
    return None


def mutate_p(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [
        _drop_opening(tgt),
        _drop_action(tgt, pt=True),
        _change_speaker(tgt, _SAY_PT, r"segundo|de acordo com"),
        _unit_prefix(tgt),
        _sub(
            tgt,
            [
                (r"\bserá\b", "foi"),
                (r"\bSerá\b", "Foi"),
                (r"\bserão\b", "foram"),
                (r"\bvai ser\b", "foi"),
                (r"\bvão ser\b", "foram"),
                (r"\bterá\b", "teve"),
                (r"\bterão\b", "tiveram"),
                (r"\bhaverá\b", "houve"),
            ],
            "future-made-past",
        ),
        _sub(
            tgt,
            [(r"(?<![Nn]ão )\b(?:apenas|somente|só) (?=\d|um |uma |dois |duas |três )", "")],
            "restrictor-dropped",
        ),
        _respell_name(tgt),
        _sub(tgt, [(r"\bdisse\b", "afirmou"), (r"\bdiz\b", "afirma")], "ok-said-synonym"),
        _move_opening(tgt, _OPENERS_PT),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_p_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    out = [
        _drop_opening(tgt),
        _drop_action(tgt, pt=False),
        _change_speaker(tgt, _SAY_EN, r"according to"),
        _unit_prefix(tgt),
        _sub(
            tgt,
            [
                (r"\bwill be\b", "was"),
                (r"\bwill have\b", "had"),
                (r"\bwill not be\b", "was not"),
                (r"\bis going to be\b", "was"),
            ],
            "future-made-past",
        ),
        _sub(
            tgt, [(r"(?<!not )\b(?:only|just) (?=\d|one |two |three )", "")], "restrictor-dropped"
        ),
        _respell_name(tgt),
        _sub(tgt, [(r"\bsaid\b", "stated"), (r"\bsays\b", "states")], "ok-said-synonym"),
        _move_opening(tgt, _OPENERS_EN),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def sentences(language: str = "en", limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    from build_facts_heldout_m import _keep, _rich
    from build_facts_heldout_o import feed_sentences
    from facts_builder import read_sources, select_sentences

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    out: list[tuple[str, str]] = []
    if language == "en":
        for pattern in _KIND_EN.values():
            keep: Callable[[str], bool] = pattern.search  # type: ignore[assignment]
            got = select_sentences(FOLDERS, PER_KIND, keep=keep, exclude=taken)
            out += got
            taken |= {s for _, s in got}
        feeds = feed_sentences(MAX_FEED, taken)
        out += feeds
        taken |= {s for _, s in feeds}
    out += select_sentences(FOLDERS, limit - len(out), rich=_rich, keep=_keep, exclude=taken,
                            language=language)  # fmt: skip
    return out[:limit]


def _collect_names(texts: list[str]) -> list[str]:
    from build_facts_heldout_m import _names

    seen: dict[str, None] = {}
    for t in texts:
        for _, _, name in _names(t):
            if " " in name:  # a full name reads as a speaker
                seen.setdefault(name)
    return list(seen)


def main(argv: list[str]) -> int:
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
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    OTHER_NAMES[:] = _collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, mutate_p], targets=targets)  # fmt: skip
    real_pt = sentences("pt", MAX_PT)
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300]  # fmt: skip
    pt = (real_pt + engine_pt)[:MAX_PT]
    pt_targets = translate_pairs(pt, "pt", "en")
    OTHER_NAMES[:] = _collect_names(pt_targets)
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                      mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                      mutate_p_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
