"""Build held-out set S of the facts gate: both embedded directions, R's kinds plus nine more.

en -> pt: real English sentences none of sets A..R holds: first up to 10 for each kind below (a
sentence the rule can act on), round-robin over the pages of every ``tests/data/realworld``
folder (in an order no earlier set used: the newest held-out folders first), then up to 40
sentences of the real feeds no earlier set holds, then set M's selection for the rest; 200 in
all, each translated once by the bare embedded engine.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters; the
corpus holds no real Portuguese sentence sets A..R do not hold), 120 in all, each translated
once by the bare embedded engine to English.

Mutations, written with this file BEFORE set S was measured: every rule of sets C..R, plus, in
both directions:

* ``negation-removed``: the first "not"/"never"/"no longer" removed ("não" removed, "nunca"
  removed; "is not" -> "is", "cannot" -> "can", "don't" -> "do").
* ``modal-weakened``: "must" -> "may", "have to" -> "may", "should" -> "might"; "deve" ->
  "pode", "devem" -> "podem", "precisa" -> "pode", "tem que" -> "pode".
* ``time-unit-changed``: an amount's unit of time made the next ("48 hours" -> "48 days",
  "days" -> "weeks", "weeks" -> "months", "months" -> "years", "minutes" -> "hours"; "horas"
  -> "dias", ...).
* ``ordinal-next``: "first" -> "second", "second" -> "third", "third" -> "fourth" after an
  article or possessive; "primeiro" -> "segundo", "segunda" -> "terceira" ... after an article.
* ``named-actor-swapped``: "A beat B" -> "B beat A", where A and B are capitalised names and
  the verb is one of a short list (beat, defeated, sued, acquired, bought, replaced, hired ...;
  venceu, derrotou, processou, comprou, adquiriu, substituiu, contratou ...).
* ``percent-point-changed``: "5 percentage points" -> "5 percent", "5%" -> "5 percentage
  points"; "pontos percentuais" -> "por cento", "5%" -> "5 pontos percentuais".
* ``scale-word-changed``: "million" -> "billion", "billion" -> "million", "thousand" ->
  "million"; "milhões" -> "bilhões", "milhão" -> "bilhão", "bilhões" -> "milhões", "mil" ->
  "milhões" after a number.
* ``age-changed``: an age made a year older ("45-year-old" -> "46-year-old", "aged 45", ", 45,";
  "45 anos de idade", "de 45 anos").
* ``score-reversed``: a score "3-1" made "1-3" (two different numbers of one or two digits
  joined by a hyphen or dash, not a date or a range of years).

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-percent-sign`` ("10 por cento" -> "10%", "10 percent" -> "10%"), ``ok-ordinal-numeral``
("the second" -> "the 2nd", "o segundo" -> "o 2º") and ``ok-must-synonym`` ("must" -> "has
to" / "have to", "deve" -> "precisa").

Run: ``python benchmarks/build_facts_heldout_s.py benchmarks/data/facts_heldout_s.jsonl``
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
PER_KIND = 10
MAX_FEED = 40
FOLDERS = ("heldout_p", "heldout_o", "heldout_n", "heldout_m", "heldout_l", "heldout_k",
           "heldout_j", "heldout_i", "heldout_h", "heldout_g", "heldout_f", "heldout_e",
           "heldout_d", "heldout_c", "heldout", "zyte_dev", "pages")  # fmt: skip
ID_PREFIX = "s"
ID_PREFIX_PT = "sp"
EARLIER = ["facts_heldout.jsonl", "facts_heldout_b.jsonl", "facts_heldout_c.jsonl",
           "facts_heldout_d.jsonl", "facts_heldout_e.jsonl", "facts_heldout_f.jsonl",
           "facts_heldout_g.jsonl", "facts_heldout_h.jsonl", "facts_heldout_i.jsonl",
           "facts_heldout_j.jsonl", "facts_heldout_k.jsonl", "facts_heldout_l.jsonl",
           "facts_heldout_m.jsonl", "facts_heldout_n.jsonl", "facts_heldout_o.jsonl",
           "facts_heldout_p.jsonl", "facts_heldout_q.jsonl", "facts_heldout_r.jsonl"]  # fmt: skip

_SCORE = r"(?<![\d/.,:–-])\b(\d{1,2})([-–])(\d{1,2})\b(?![\d/.,:–-]\d)"
_VERBS_EN = ("beat|defeated|sued|acquired|bought|replaced|hired|fired|overtook|outscored|"
             "edged|topped|succeeded|endorsed|criticized|praised|thanked|interviewed")
_VERBS_PT = ("venceu|derrotou|processou|comprou|adquiriu|substituiu|contratou|demitiu|"
             "superou|sucedeu|apoiou|criticou|elogiou|agradeceu|entrevistou")
_NAME = r"[A-Z][\w.-]+(?: (?:de |da |do |dos |van |von )?[A-Z][\w.-]+){0,2}(?![\w'’-])"
_KIND_EN: dict[str, re.Pattern[str]] = {
    "negation": re.compile(r"\b(?:not|never|no longer|cannot)\b|n't\b"),
    "modal": re.compile(r"\b(?:must|should|have to|has to)\b"),
    "time-unit": re.compile(r"\d\s(?:minutes|hours|days|weeks|months)\b"),
    "ordinal": re.compile(r"\b(?:the|a|its|their|his|her) (?:first|second|third)\b", re.I),
    "actor": re.compile(r"\b" + _NAME + r" (?:" + _VERBS_EN + r") " + _NAME),
    "percent": re.compile(r"\d\s?(?:%|percent\b|per cent\b)|percentage points?"),
    "scale": re.compile(r"\d\s(?:million|billion|thousand)\b"),
    "age": re.compile(r"\d-year-old\b|\baged \d|, \d\d, "),
    "score": re.compile(_SCORE),
    "unit": re.compile(r"\d\s?(?:km|kilomet\w+|miles?|pounds|kg|meters?|metres?|feet)\b"),
    "currency": re.compile(r"[$€£]\s?\d|\b(?:dollars|euros)\b"),
    "month": re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|"
                        r"November|December)\b"),
    "comparison": re.compile(r"\b(?:more|less|fewer) than\b|\b(?:higher|lower|above|below)\b"),
    "quantifier": re.compile(r"\b(?:most|all|Most|All)\b"),
    "list": re.compile(r"\b[\w-]+, [\w-]+,? and [\w-]+"),
    "time": re.compile(r"\b(?:yesterday|tomorrow|last (?:week|month|year)|Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I),
    "opening": re.compile(r"^(?:Despite|Although|While|As|After|When|Since)\b[^,]{3,120}, "),
}  # fmt: skip


def _sub(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    """The first pattern of ``pairs`` that matches, replaced once (in the order given)."""
    for old, new in pairs:
        m = re.search(old, tgt)
        if m:
            return kind, tgt[: m.start()] + m.expand(new) + tgt[m.end() :]
    return None


def _swap_actor(tgt: str, verbs: str) -> tuple[str, str] | None:
    m = re.search(r"\b(" + _NAME + r") (" + verbs + r") (" + _NAME + r")", tgt)
    if m is None or m.group(1) == m.group(3):
        return None
    new = f"{m.group(3)} {m.group(2)} {m.group(1)}"
    return "named-actor-swapped", tgt[: m.start()] + new + tgt[m.end() :]


def _older(tgt: str, patterns: list[str]) -> tuple[str, str] | None:
    for p in patterns:
        m = re.search(p, tgt)
        if m:
            return "age-changed", tgt[: m.start(1)] + str(int(m.group(1)) + 1) + tgt[m.end(1) :]
    return None


def _score(tgt: str) -> tuple[str, str] | None:
    for m in re.finditer(_SCORE, tgt):
        if m.group(1) != m.group(3):
            new = m.group(3) + m.group(2) + m.group(1)
            return "score-reversed", tgt[: m.start()] + new + tgt[m.end() :]
    return None


def mutate_s(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [
        _sub(tgt, [(r"\b[Nn]ão (?=\w)", ""), (r"\bnunca (?=\w)", ""), (r"\bNunca (\w)", r"\1"),
                   (r"\bjá não (?=\w)", "")], "negation-removed"),
        _sub(
            tgt,
            [(r"\bdeve\b", "pode"), (r"\bdevem\b", "podem"), (r"\bprecisa\b", "pode"),
             (r"\bprecisam\b", "podem"), (r"\btem que\b", "pode"), (r"\btêm que\b", "podem"),
             (r"\bdeveria\b", "poderia"), (r"\bdeveriam\b", "poderiam")],
            "modal-weakened",
        ),
        _sub(
            tgt,
            [(r"(\d\s)minutos\b", r"\1horas"), (r"(\d\s)horas\b", r"\1dias"),
             (r"(\d\s)dias\b", r"\1semanas"), (r"(\d\s)semanas\b", r"\1meses"),
             (r"(\d\s)meses\b", r"\1anos")],
            "time-unit-changed",
        ),
        _sub(
            tgt,
            [(r"\b([oa]s?|[nd][oa]s?|pel[oa]s?|seu|sua) primeir([oa])\b(?!-)", r"\1 segund\2"),
             (r"\b([oa]s?|[nd][oa]s?|pel[oa]s?|seu|sua) segund([oa])\b(?!-)", r"\1 terceir\2"),
             (r"\b([oa]s?|[nd][oa]s?|pel[oa]s?|seu|sua) terceir([oa])\b(?!-)", r"\1 quart\2")],
            "ordinal-next",
        ),
        _swap_actor(tgt, _VERBS_PT),
        _sub(
            tgt,
            [(r"\bpontos? percentua(?:l|is)\b", "por cento"),
             (r"(\d)\s?%", r"\1 pontos percentuais"),
             (r"(\d) por cento\b", r"\1 pontos percentuais")],
            "percent-point-changed",
        ),
        _sub(
            tgt,
            [(r"(\d\s)milhões\b", r"\1bilhões"), (r"(\d\s)milhão\b", r"\1bilhão"),
             (r"(\d\s)bilhões\b", r"\1milhões"), (r"(\d\s)bilhão\b", r"\1milhão"),
             (r"(\d\s)mil\b(?! milh| bilh)", r"\1milhões")],
            "scale-word-changed",
        ),
        _older(tgt, [r"\b(\d{1,3}) anos de idade", r"\bde (\d{1,3}) anos\b(?! (?:atrás|antes))",
                     r"\b(\d{1,3}) anos, ", r", (\d\d), "]),
        _score(tgt),
        _sub(tgt, [(r"(\d) por cento\b", r"\1%")], "ok-percent-sign"),
        _sub(
            tgt,
            [(r"\b([oa]s?|[nd][oa]s?) segundo\b(?= [a-zà-ú])", r"\1 2º"),
             (r"\b([oa]s?|[nd][oa]s?) segunda\b(?= [a-zà-ú])", r"\1 2ª"),
             (r"\b([oa]s?|[nd][oa]s?) terceiro\b(?= [a-zà-ú])", r"\1 3º"),
             (r"\b([oa]s?|[nd][oa]s?) terceira\b(?= [a-zà-ú])", r"\1 3ª")],
            "ok-ordinal-numeral",
        ),
        _sub(tgt, [(r"\bdeve\b", "precisa"), (r"\bdevem\b", "precisam")], "ok-must-synonym"),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_s_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    out = [
        _sub(
            tgt,
            [(r"\bcannot\b", "can"), (r"\bcan't\b", "can"), (r"\bwon't\b", "will"),
             (r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should)n't\b", r"\1"),
             (r"\b(\w+) not\b", r"\1"), (r"\bnever (?=\w)", ""), (r"\bno longer (?=\w)", "")],
            "negation-removed",
        ),
        _sub(
            tgt,
            [(r"\bmust\b", "may"), (r"\bMust\b", "May"),
             (r"(?<!not )(?<!to )\b(?:have|has) to\b", "may"),
             (r"\bshould\b", "might"), (r"\bneeds? to\b", "may")],
            "modal-weakened",
        ),
        _sub(
            tgt,
            [(r"(\d\s)minutes\b", r"\1hours"), (r"(\d\s)hours\b", r"\1days"),
             (r"(\d\s)days\b", r"\1weeks"), (r"(\d\s)weeks\b", r"\1months"),
             (r"(\d\s)months\b", r"\1years")],
            "time-unit-changed",
        ),
        _sub(
            tgt,
            [(r"\b(the|a|its|their|his|her|The) first\b", r"\1 second"),
             (r"\b(the|a|its|their|his|her|The) second\b", r"\1 third"),
             (r"\b(the|a|its|their|his|her|The) third\b", r"\1 fourth")],
            "ordinal-next",
        ),
        _swap_actor(tgt, _VERBS_EN),
        _sub(
            tgt,
            [(r"\bpercentage points?\b", "percent"), (r"(\d)\s?%", r"\1 percentage points"),
             (r"(\d) percent\b", r"\1 percentage points")],
            "percent-point-changed",
        ),
        _sub(
            tgt,
            [(r"(\d\s)million\b", r"\1billion"), (r"(\d\s)billion\b", r"\1million"),
             (r"(\d\s)thousand\b", r"\1million")],
            "scale-word-changed",
        ),
        _older(tgt, [r"\b(\d{1,3})-year-old", r"\baged (\d{1,3})\b", r"\b(\d{1,3}) years old\b",
                     r", (\d\d), "]),
        _score(tgt),
        _sub(tgt, [(r"(\d) percent\b", r"\1%")], "ok-percent-sign"),
        _sub(
            tgt,
            [(r"\b(the|The) second\b(?= [a-z])", r"\1 2nd"),
             (r"\b(the|The) third\b(?= [a-z])", r"\1 3rd")],
            "ok-ordinal-numeral",
        ),
        _sub(tgt, [(r"\b(I|we|We|you|You|they|They) must\b", r"\1 have to"),
                   (r"\bmust\b", "has to")], "ok-must-synonym"),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def sentences(limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    from build_facts_heldout_m import _keep, _rich
    from build_facts_heldout_o import feed_sentences
    from facts_builder import read_sources, select_sentences

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    out: list[tuple[str, str]] = []
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
    from facts_builder import translate_pairs, write_set

    out = Path(argv[0])
    pairs = sentences()
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s], targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
