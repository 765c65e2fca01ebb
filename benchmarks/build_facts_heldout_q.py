"""Build held-out set Q of the facts gate: both embedded directions, P's kinds plus ten new ones.

en -> pt: real English sentences none of sets A..P holds: first up to 15 for each new kind below
(a sentence the rule can act on: a rank or issue number "#3"/"No. 5", a signed number, a past
"was/were/had", a quantifier "all/most/many", a list "A, B and C", a time word
"yesterday/today", "only/just", "never/always", an ordinal word), round-robin over the pages of
every ``tests/data/realworld`` folder (``heldout_p``, which no earlier facts set read, first),
then up to 40 sentences of the real feeds (as sets O and P), then set M's selection for the
rest; 200 in all, each translated once by the bare embedded engine.

pt -> en: the real Portuguese sentences of the corpus's Portuguese pages that no set A..P holds
(any sentence of 30..300 letters: set M's selection keeps none), then the bare engine's
Portuguese for the English sentences above, 120 in all, each translated once by the bare
embedded engine to English.

Mutations, written with this file BEFORE set Q was measured: every rule of sets C..P, plus, in
both directions:

* ``rank-number-changed``: the number after "#", "nº", "No.", "número"/"number" turned ("#3" ->
  "#4", "nº 5" -> "nº 6"; in Portuguese also "no 130", the engine's "nº" without its sign).
* ``rank-number-dropped``: the rank or issue number deleted with its sign ("(#1)" and "#1 " go,
  "No. 3 Progressive" -> "Progressive").
* ``rank-as-minus``: the "#" (or "nº"/"No.") written as a minus ("#10" -> "-10"), the engine's
  own error on a real output.
* ``past-made-future``: a past made a future ("foi" -> "será", "was" -> "will be").
* ``present-made-past``: a present made a past ("é" -> "foi", "são" -> "foram", "is" -> "was",
  "are" -> "were").
* ``quantifier-changed``: "todos/todas" -> "alguns/algumas", "a maioria" -> "uma minoria",
  "muitos/muitas" -> "poucos/poucas"; "all" -> "some", "most" -> "few", "many" -> "few".
* ``list-item-dropped``: the middle item of a list "A, B e C" deleted ("A e C").
* ``time-word-dropped``: "ontem/hoje/amanhã", "yesterday/today/tomorrow/tonight" deleted.
* ``restrictor-dropped-any``: "apenas/somente/só", "only" deleted where no amount follows (P
  dropped it before an amount).
* ``never-made-always``: "nunca" -> "sempre", "never" -> "always".
* ``ordinal-word-changed`` (English target): "first" -> "second", "second" -> "third", ...

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-rank-written`` ("#5" -> "nº 5", "#5" -> "No. 5"), ``ok-only-synonym`` ("apenas" ->
"somente", "only" -> "just" before a number) and ``ok-serial-comma`` (English "A, B, and C" ->
"A, B and C").

Run: ``python benchmarks/build_facts_heldout_q.py benchmarks/data/facts_heldout_q.jsonl``
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
PER_KIND = 15
MAX_FEED = 40
FOLDERS = ("heldout_p", "heldout_o", "heldout_n", "heldout", "heldout_c", "heldout_d",
           "heldout_e", "heldout_f", "heldout_g", "heldout_h", "heldout_i", "heldout_j",
           "heldout_k", "heldout_l", "heldout_m", "zyte_dev", "pages")  # fmt: skip
ID_PREFIX = "q"
ID_PREFIX_PT = "qp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl", "facts_heldout_k.jsonl", "facts_heldout_l.jsonl",
           "facts_heldout_m.jsonl", "facts_heldout_n.jsonl", "facts_heldout_o.jsonl",
           "facts_heldout_p.jsonl"]  # fmt: skip

_RANK = r"(#\s?|\bn\.?\s?[º°]\s?|\bN[oº]\.\s?|\b[Nn]úmero\s|\b[Nn]umber\s)(\d+)\b"
# the engine writes "#130" as "no 130" (the "nº" without its sign): read as a rank in Portuguese
_RANK_PT = _RANK.replace(r"(#\s?|", r"(#\s?|\bno\s(?=\d)|", 1)
_KIND_EN: dict[str, re.Pattern[str]] = {
    "rank": re.compile(r"#\s?\d|\bNo\. ?\d|\b[Nn]umber \d"),
    "sign": re.compile(r"(?:^|[\s(])[+−-]\d"),
    "past": re.compile(r"\b(?:was|were)\b"),
    "quantifier": re.compile(r"\b(?:all|most|many)\b"),
    "list": re.compile(r"\b[\w-]+, [\w-]+,? and [\w-]+"),
    "time": re.compile(r"\b(?:yesterday|today|tomorrow|tonight)\b", re.I),
    "only": re.compile(r"\bonly\b"),
    "never": re.compile(r"\b(?:never|always)\b"),
    "ordinal": re.compile(r"\b(?:first|second|third|fourth|fifth)\b"),
}  # fmt: skip
_ONLY_PT = r"(?<![Nn]ão )\b(?:apenas|somente|só)\b(?! (?:\d|um |uma |dois |duas |três ))"
_ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth"]


def _sub(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    for old, new in pairs:
        m = re.search(old, tgt)
        if m:
            return kind, tgt[: m.start()] + m.expand(new) + tgt[m.end() :]
    return None


def _rank(tgt: str, pt: bool) -> list[tuple[str, str]]:
    m = re.search(_RANK_PT if pt else _RANK, tgt)
    if m is None:
        return []
    sign, num = m.group(1), m.group(2)
    out = [("rank-number-changed", tgt[: m.start(2)] + str(int(num) + 1) + tgt[m.end(2) :])]
    start, end = m.start(), m.end()
    if start > 0 and tgt[start - 1] == "(" and end < len(tgt) and tgt[end] == ")":
        start, end = start - 1, end + 1
    if start > 0 and tgt[start - 1] == " ":
        start -= 1
    elif end < len(tgt) and tgt[end] == " ":
        end += 1
    dropped = tgt[:start] + tgt[end:]
    out.append(("rank-number-dropped", dropped[:1].upper() + dropped[1:]))
    out.append(("rank-as-minus", tgt[: m.start()] + "-" + num + tgt[m.end() :]))
    if sign.startswith("#"):
        written = "nº " if pt else "No. "
        out.append(("ok-rank-written", tgt[: m.start()] + written + num + tgt[m.end() :]))
    return out


def _drop_word(tgt: str, pattern: str, kind: str) -> tuple[str, str] | None:
    m = re.search(pattern, tgt)
    if m is None:
        return None
    start, end = m.start(), m.end()
    if start > 0 and tgt[start - 1] == " ":
        start -= 1
    elif end < len(tgt) and tgt[end] == " ":
        end += 1
    out = tgt[:start] + tgt[end:]
    if start == 0:
        out = out[:1].upper() + out[1:]
    return kind, out


def _drop_list_item(tgt: str, conj: str) -> tuple[str, str] | None:
    m = re.search(rf"\b([\w-]+), ([\w-]+),? ({conj}) ([\w-]+)", tgt)
    if m is None:
        return None
    return "list-item-dropped", tgt[: m.end(1)] + " " + m.group(3) + " " + tgt[m.start(4) :]


def mutate_q(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [
        *_rank(tgt, pt=True),
        _sub(
            tgt,
            [
                (r"\bfoi\b", "será"),
                (r"\bFoi\b", "Será"),
                (r"\bforam\b", "serão"),
                (r"\bteve\b", "terá"),
                (r"\btiveram\b", "terão"),
                (r"\bhouve\b", "haverá"),
            ],
            "past-made-future",
        ),
        _sub(
            tgt, [(r"\bé\b", "foi"), (r"\bÉ\b", "Foi"), (r"\bsão\b", "foram")], "present-made-past"
        ),
        _sub(
            tgt,
            [
                (r"\btodos\b", "alguns"),
                (r"\btodas\b", "algumas"),
                (r"\bTodos\b", "Alguns"),
                (r"\bTodas\b", "Algumas"),
                (r"\ba maioria\b", "uma minoria"),
                (r"\bA maioria\b", "Uma minoria"),
                (r"\bmuitos\b", "poucos"),
                (r"\bmuitas\b", "poucas"),
            ],
            "quantifier-changed",
        ),
        _drop_list_item(tgt, "e"),
        _drop_word(tgt, r"\b(?:ontem|hoje|amanhã)\b", "time-word-dropped"),
        _drop_word(tgt, _ONLY_PT, "restrictor-dropped-any"),
        _sub(tgt, [(r"\bnunca\b", "sempre"), (r"\bNunca\b", "Sempre")], "never-made-always"),
        _sub(tgt, [(r"\bapenas\b", "somente"), (r"\bApenas\b", "Somente")], "ok-only-synonym"),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_q_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    ordinal = re.search(r"\b(" + "|".join(_ORD_EN[:-1]) + r")\b", tgt)
    out = [
        *_rank(tgt, pt=False),
        _sub(
            tgt,
            [(r"\bwas\b", "will be"), (r"\bwere\b", "will be"), (r"\bWas\b", "Will be")],
            "past-made-future",
        ),
        _sub(
            tgt, [(r"\bis\b", "was"), (r"\bare\b", "were"), (r"\bIs\b", "Was")], "present-made-past"
        ),
        _sub(
            tgt,
            [
                (r"\ball\b", "some"),
                (r"\bAll\b", "Some"),
                (r"\bmost\b", "few"),
                (r"\bMost\b", "Few"),
                (r"\bmany\b", "few"),
                (r"\bMany\b", "Few"),
            ],
            "quantifier-changed",
        ),
        _drop_list_item(tgt, "and"),
        _drop_word(tgt, r"\b(?:yesterday|today|tomorrow|tonight)\b", "time-word-dropped"),
        _drop_word(tgt, r"(?<!not )\bonly\b(?! (?:\d|one |two |three ))", "restrictor-dropped-any"),
        _sub(tgt, [(r"\bnever\b", "always"), (r"\bNever\b", "Always")], "never-made-always"),
        (
            (
                "ordinal-word-changed",
                tgt[: ordinal.start()]
                + _ORD_EN[_ORD_EN.index(ordinal.group(1)) + 1]
                + tgt[ordinal.end() :],
            )
            if ordinal
            else None
        ),
        _sub(tgt, [(r"\bonly (?=\d)", "just ")], "ok-only-synonym"),
        _sub(tgt, [(r"\b([\w-]+), ([\w-]+), and\b", r"\1, \2 and")], "ok-serial-comma"),
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
        out += select_sentences(FOLDERS, limit - len(out), rich=_rich, keep=_keep,
                                exclude=taken)  # fmt: skip
    else:
        out += select_sentences(FOLDERS, limit, keep=lambda s: True, exclude=taken,
                                language=language)  # fmt: skip
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
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q],
              targets=targets)  # fmt: skip
    real_pt = sentences("pt", MAX_PT)
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300]  # fmt: skip
    pt = (real_pt + engine_pt)[:MAX_PT]
    pt_targets = translate_pairs(pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                      mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                      p.mutate_p_en, mutate_q_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
