"""Build held-out set T of the facts gate: a new real source, both directions, S's kinds plus eight.

en -> pt: 200 real English sentences of a source no earlier set used: the ``# text =`` sentences
of the GUM corpus's Wikinews news and interview documents, its Wikipedia biographies and its
public-domain political speeches (``not-to-release/sources/GUM_{news,interview,bio,speech}_*``
of the Universal Dependencies treebank UD_English-GUM, mirrored from GitHub; pass the mirror's git
directory). First up to 8 for each kind below (S's kinds and the eight new ones: a sentence the
rule can act on), round-robin over the documents (sorted by name, news first), then any sentence
of 30..300 letters holding a digit, the same way; each translated once by the bare embedded
engine. None is a source sentence of sets A..S.

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), 120 in
all, each translated once by the bare embedded engine to English.

Mutations, written with this file BEFORE set T was measured: every rule of sets C..S, plus, in
both directions:

* ``opening-time-dropped``: an opening phrase of time up to its comma deleted, nothing left to
  show it ("A year ago,", "Last week,", "In 2019,", "On Monday,", "Earlier this month,"; "Há um
  ano,", "Na semana passada,", "Em 2019,", "Na segunda-feira,").
* ``perfect-made-past``: a present perfect of state made a simple past ("has been" -> "was",
  "have been" -> "were", "has served" -> "served"; "tem sido" -> "foi", "têm sido" -> "foram",
  "tem estado" -> "esteve", "está ... desde" -> "esteve ... desde").
* ``actor-swapped-common``: two actors that are not names swapped around a verb ("the police
  arrested the protesters" -> "the protesters arrested the police"; "a polícia prendeu os
  manifestantes" -> "os manifestantes prendeu a polícia").
* ``conditional-made-fact``: an "if" clause made a statement ("If X, Y" -> "X, Y", "would" ->
  "will"; "Se X, Y" -> "X, Y", "seria" -> "é", "poderia" -> "pode", "teria" -> "tem").
* ``unit-scale-changed``: a unit made another of the same system or a scale word made a smaller
  one ("km" -> "m", "kg" -> "g", "GB" -> "MB", "tonnes" -> "kilograms", "million" ->
  "thousand", "billion" -> "trillion"; "quilômetros" -> "metros", "milhões" -> "mil",
  "bilhões" -> "trilhões").
* ``not-only-dropped``: "not only" deleted ("not only X but also Y" -> "X but also Y"; "não só",
  "não apenas", "não somente" deleted).
* ``approximation-dropped``: a hedge before a number deleted ("about 50" -> "50", "nearly",
  "almost", "more than"; "cerca de", "quase", "aproximadamente", "mais de").
* ``year-ago-changed``: an amount of time ago made another ("two years ago" -> "three years
  ago", "há dois anos" -> "há três anos", "5 years ago" -> "6 years ago").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold: the earlier sets', plus
``ok-opening-moved`` (an opening phrase of time moved to the end: "Em 2019, o governo X." -> "O
governo X em 2019."), ``ok-not-only-synonym`` ("not only" -> "not just", "não só" -> "não
apenas") and ``ok-perfect-passive`` (a passive present perfect written as a past where the
language writes it so: "have been arrested" -> "were arrested" in English only when the source
is Portuguese "foram presos").

Run: ``python benchmarks/build_facts_heldout_t.py GUM_GIT_DIR
benchmarks/data/facts_heldout_t.jsonl`` (GUM_GIT_DIR: a git directory of
UniversalDependencies/UD_English-GUM; set T was built from commit ``afb41ee``).
"""

from __future__ import annotations

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
GENRES = ("news", "interview", "bio", "speech")
ID_PREFIX = "t"
ID_PREFIX_PT = "tp"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s"]]  # fmt: skip

_TIME_OPEN_EN = (r"^(?:(?:A|One|Two|Three|Four|Five|Six|Ten|\d+|Several|Many|A few) "
                 r"(?:years?|months?|weeks?|days?|decades?) (?:ago|later|earlier)|"
                 r"Last (?:week|month|year|night|"
                 r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Earlier (?:this|"
                 r"that) (?:week|month|year)|(?:In|By|Since|Until|Before|After) (?:early |late |"
                 r"mid-)?(?:\d{4}|January|February|March|April|May|June|July|August|September|"
                 r"October|November|December)[\w ]{0,20}|On (?:Monday|Tuesday|Wednesday|Thursday|"
                 r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
                 r"September|October|November|December)[\w ]{0,12}|Yesterday|Today|Now|"
                 r"At the time|Previously|Recently|Later|Then|Currently), ")  # fmt: skip
_TIME_OPEN_PT = (r"^(?:Há (?:um|uma|dois|duas|três|\d+|alguns|algumas|vários|várias|muitos) \w+|"
                 r"(?:Um|Uma|Dois|Duas|Três|\d+) \w+ (?:depois|antes|mais tarde)|"
                 r"(?:N[oa]|Em) (?:semana|mês|ano|última|último|passad[oa]|\d{4}|segunda|terça|"
                 r"quarta|quinta|sexta|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|"
                 r"julho|agosto|setembro|outubro|novembro|dezembro|início|final|meados)[\w ]{0,25}|"
                 r"(?:Desde|Até|Antes de|Depois de|Após) (?:\d{4}|janeiro|fevereiro|março|abril|"
                 r"maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)[\w ]{0,20}|"
                 r"Ontem|Hoje|Agora|Na época|Naquela época|Anteriormente|Recentemente|"
                 r"Mais tarde|Depois|Então|Atualmente|No início d[oa] \w+), ")  # fmt: skip
_COMMON_NOUN_EN = r"[a-z][a-z-]{2,}s?"
_VERB_EN = r"[a-z]{3,}(?:ed|ght|ew|ok|ot|ade|ave|old|aid|ent|ew|ose|ore|ook|oke|ung)"
_ACTOR_EN = re.compile(r"\b([Tt]he|[Aa]n?) (" + _COMMON_NOUN_EN + r") (" + _VERB_EN + r") "
                       r"(the|an?) (" + _COMMON_NOUN_EN + r")\b")  # fmt: skip
_ACTOR_PT = re.compile(r"\b([OoAa]s?|[Uu]ma?) ([a-zà-ú]{3,}) ([a-zà-ú]{3,}(?:ou|eu|iu|aram|eram|"
                       r"iram|ez|ôs|uz)) ([oa]s?|uma?) ([a-zà-ú]{3,})\b")  # fmt: skip
_NOT_NOUN_EN = {"has", "was", "had", "have", "were", "are", "is", "who", "that", "which", "first",
                "last", "next", "same", "other", "new", "most"}  # fmt: skip
_NOT_NOUN_PT = {"que", "qual", "mesmo", "mesma", "primeiro", "primeira", "último", "última",
                "outro", "outra", "novo", "nova", "foi", "era", "está", "tem", "são",
                "ser"}  # fmt: skip

_KIND_EN: dict[str, re.Pattern[str]] = {
    "time-open": re.compile(_TIME_OPEN_EN),
    "perfect": re.compile(r"\b(?:has|have) been\b|\b(?:has|have) (?:served|lived|worked|held|"
                          r"remained|led|run|stayed)\b"),
    "actor-common": _ACTOR_EN,
    "conditional": re.compile(r"(?:^|, )[Ii]f\b|\bwould\b"),
    "unit-scale": re.compile(r"\d\s?(?:km|kilomet\w+|kg|kilograms?|tonnes?|tons?|GB|MB|metres?|"
                             r"meters?|miles?|million|billion|thousand)\b"),
    "not-only": re.compile(r"\bnot only\b|\bnot just\b"),
    "approx": re.compile(r"\b(?:about|nearly|almost|around|approximately|more than|over) "
                         r"(?:\$|€|£)?\d"),
    "ago": re.compile(r"\b(?:\w+) (?:years?|months?|weeks?|days?|decades?) ago\b"),
}  # fmt: skip


def _sub(tgt: str, pairs: list[tuple[str, str]], kind: str) -> tuple[str, str] | None:
    """The first pattern of ``pairs`` that matches, replaced once (in the order given)."""
    for old, new in pairs:
        m = re.search(old, tgt)
        if m:
            return kind, tgt[: m.start()] + m.expand(new) + tgt[m.end() :]
    return None


def _drop_open(tgt: str, pattern: str) -> tuple[str, str] | None:
    m = re.match(pattern, tgt)
    if m is None:
        return None
    rest = tgt[m.end() :]
    return "opening-time-dropped", rest[:1].upper() + rest[1:]


def _move_open(tgt: str, pattern: str, small: tuple[str, ...]) -> tuple[str, str] | None:
    """The opening phrase of time moved to the end, before the last stop (a correct rewrite)."""
    m = re.match(pattern, tgt)
    if m is None or not tgt.rstrip().endswith("."):
        return None
    phrase = tgt[: m.end() - 2]
    rest = tgt[m.end() :].rstrip()[:-1]
    first = rest.split(" ", 1)[0]
    if first.lower() not in small:
        return None
    head = phrase[:1].lower() + phrase[1:] if phrase.split(" ", 1)[0].lower() in small else phrase
    rest = rest[:1].upper() + rest[1:]
    return "ok-opening-moved", f"{rest} {head}."


def _swap_common(tgt: str, pattern: re.Pattern[str], stop: set[str]) -> tuple[str, str] | None:
    for m in pattern.finditer(tgt):
        a1, n1, verb, a2, n2 = m.groups()
        if n1 == n2 or n1 in stop or n2 in stop or verb in stop:
            continue
        lead = a2[:1].upper() + a2[1:] if a1[:1].isupper() else a2
        tail = a1[:1].lower() + a1[1:]
        new = f"{lead} {n2} {verb} {tail} {n1}"
        return "actor-swapped-common", tgt[: m.start()] + new + tgt[m.end() :]
    return None


def _ago(tgt: str, words: list[tuple[str, str]], pattern: str) -> tuple[str, str] | None:
    m = re.search(pattern, tgt)
    if m is None:
        return None
    amount = m.group(1)
    if amount.isdigit():
        new = str(int(amount) + 1)
    else:
        low = dict(words).get(amount.lower())
        if low is None:
            return None
        new = low[:1].upper() + low[1:] if amount[:1].isupper() else low
    return "year-ago-changed", tgt[: m.start(1)] + new + tgt[m.end(1) :]


_NEXT_EN = [("one", "two"), ("two", "three"), ("three", "four"),
            ("four", "five"), ("five", "six"), ("six", "seven"), ("seven", "eight"),
            ("eight", "nine"), ("nine", "ten"), ("ten", "eleven"), ("several", "many")]  # fmt: skip
_NEXT_PT = [("dois", "três"), ("duas", "três"),
            ("três", "quatro"), ("quatro", "cinco"), ("cinco", "seis"), ("seis", "sete"),
            ("sete", "oito"), ("oito", "nove"), ("nove", "dez"), ("dez", "onze")]  # fmt: skip


def mutate_t(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: the kinds no earlier set had (Portuguese target)."""
    out = [
        _drop_open(tgt, _TIME_OPEN_PT),
        _sub(
            tgt,
            [
                (r"\btem sido\b", "foi"),
                (r"\btêm sido\b", "foram"),
                (r"\btem estado\b", "esteve"),
                (r"\btêm estado\b", "estiveram"),
                (r"\bestá (\w+(?: \w+)?) desde\b", r"esteve \1 desde"),
                (r"\bestão (\w+(?: \w+)?) desde\b", r"estiveram \1 desde"),
                (r"\b(vive|trabalha|mora) (.{0,30}?)\bdesde\b", r"viveu \2desde"),
            ]
            if re.search(
                r"\b(?:has|have) (?:been|served|lived|worked|held|remained|led|run|"
                r"stayed)\b",
                src,
            )
            else [],
            "perfect-made-past",
        ),
        _swap_common(tgt, _ACTOR_PT, _NOT_NOUN_PT),
        _sub(
            tgt,
            [
                (r"^Se ([^,]{3,}), (\w)", r"\1, \2"),
                (r", se ", ", "),
                (r"\bseria\b", "é"),
                (r"\bseriam\b", "são"),
                (r"\bpoderia\b", "pode"),
                (r"\bpoderiam\b", "podem"),
                (r"\bteria\b", "tem"),
                (r"\bteriam\b", "têm"),
                (r"\bhaveria\b", "há"),
            ],
            "conditional-made-fact",
        ),
        _sub(
            tgt,
            [
                (r"(\d\s?)km\b", r"\1m"),
                (r"(\d\s)quilômetros\b", r"\1metros"),
                (r"(\d\s?)kg\b", r"\1g"),
                (r"(\d\s)quilos\b", r"\1gramas"),
                (r"(\d\s)toneladas\b", r"\1quilos"),
                (r"(\d\s?)GB\b", r"\1MB"),
                (r"(\d\s)milhas\b", r"\1metros"),
                (r"(\d\s)metros\b", r"\1centímetros"),
                (r"(\d\s)milhões\b", r"\1mil"),
                (r"(\d\s)milhão\b", r"\1mil"),
                (r"(\d\s)bilhões\b", r"\1trilhões"),
                (r"(\d\s)mil\b(?! milh| bilh)", r"\1"),
            ],
            "unit-scale-changed",
        ),
        _sub(
            tgt,
            [(r"\bnão (?:só|apenas|somente) ", ""), (r"\bNão (?:só|apenas|somente) (\w)", r"\1")],
            "not-only-dropped",
        ),
        _sub(
            tgt,
            [
                (
                    r"\b(?:cerca de|quase|aproximadamente|mais de|pelo menos|por volta de) "
                    r"(?=(?:US\$ ?|R\$ ?|€ ?)?\d)",
                    "",
                )
            ],
            "approximation-dropped",
        ),
        _ago(tgt, _NEXT_PT, r"\b[Hh]á (\w+) (?:anos?|meses|mês|semanas?|dias?|décadas?)\b"),
        _move_open(
            tgt,
            _TIME_OPEN_PT,
            (
                "o",
                "a",
                "os",
                "as",
                "um",
                "uma",
                "ele",
                "ela",
                "eles",
                "elas",
                "em",
                "no",
                "na",
                "ontem",
                "hoje",
                "há",
                "desde",
                "até",
                "antes",
                "depois",
                "após",
            ),
        ),
        _sub(
            tgt,
            [(r"\bnão só\b", "não apenas"), (r"\bNão só\b", "Não apenas")],
            "ok-not-only-synonym",
        ),
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def mutate_t_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: the kinds no earlier set had (English target)."""
    out = [
        _drop_open(tgt, _TIME_OPEN_EN),
        _sub(
            tgt,
            [
                (r"\bhas been\b", "was"),
                (r"\bhave been\b", "were"),
                (r"\b(?:has|have) (served|lived|worked|held|remained|led|stayed)\b", r"\1"),
            ],
            "perfect-made-past",
        )
        if re.search(r"\b(?:tem|têm) (?:sido|estado)\b|\bdesde\b", src)
        else None,
        _swap_common(tgt, _ACTOR_EN, _NOT_NOUN_EN),
        _sub(
            tgt,
            [
                (r"^If ([^,]{3,}), (\w)", r"\1, \2"),
                (r", if ", ", "),
                (r"\bwould be\b", "is"),
                (r"\bwould\b", "will"),
                (r"\bcould\b", "can"),
            ],
            "conditional-made-fact",
        ),
        _sub(
            tgt,
            [
                (r"(\d\s?)km\b", r"\1m"),
                (r"(\d\s)kilomet(er|re)s\b", r"\1met\2s"),
                (r"(\d\s?)kg\b", r"\1g"),
                (r"(\d\s)kilograms\b", r"\1grams"),
                (r"(\d\s)tonnes\b", r"\1kilograms"),
                (r"(\d\s)tons\b", r"\1pounds"),
                (r"(\d\s?)GB\b", r"\1MB"),
                (r"(\d\s)miles\b", r"\1yards"),
                (r"(\d\s)met(er|re)s\b", r"\1centimet\2s"),
                (r"(\d\s)million\b", r"\1thousand"),
                (r"(\d\s)billion\b", r"\1trillion"),
                (r"(\d\s)thousand\b", r"\1hundred"),
            ],
            "unit-scale-changed",
        ),
        _sub(tgt, [(r"\bnot only ", ""), (r"\bNot only (\w)", r"\1")], "not-only-dropped"),
        _sub(
            tgt,
            [
                (
                    r"\b(?:about|nearly|almost|around|approximately|more than|at least|over) "
                    r"(?=[$€£]?\d)",
                    "",
                )
            ],
            "approximation-dropped",
        ),
        _ago(tgt, _NEXT_EN, r"\b(\w+) (?:years?|months?|weeks?|days?|decades?) ago\b"),
        _move_open(
            tgt,
            _TIME_OPEN_EN,
            (
                "the",
                "a",
                "an",
                "he",
                "she",
                "they",
                "it",
                "we",
                "i",
                "in",
                "on",
                "at",
                "last",
                "yesterday",
                "today",
                "since",
                "until",
                "before",
                "after",
                "earlier",
                "recently",
                "previously",
                "currently",
                "now",
                "then",
                "later",
                "by",
            ),
        ),
        _sub(
            tgt,
            [(r"\bnot only\b", "not just"), (r"\bNot only\b", "Not just")],
            "ok-not-only-synonym",
        ),
        _sub(
            tgt,
            [(r"\bhave been (\w+ed)\b", r"were \1"), (r"\bhas been (\w+ed)\b", r"was \1")],
            "ok-perfect-passive",
        )
        if re.search(r"\b(?:foi|foram) \w+(?:ado|ido|ada|ida)s?\b", src)
        and not re.search(r"\b(?:tem|têm) sido\b", src)
        else None,
    ]
    return [(k, t) for k, t in (x for x in out if x is not None) if t != tgt]


def gum_sentences(git_dir: Path) -> dict[str, list[str]]:
    """The ``# text =`` sentences of GUM's news, interview, bio and speech documents."""
    names = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", "HEAD",
                            "not-to-release/sources/"], check=True, capture_output=True,
                           text=True).stdout.split()  # fmt: skip
    docs: dict[str, list[str]] = {}
    for genre in GENRES:
        for name in sorted(n for n in names if Path(n).name.startswith(f"GUM_{genre}_")):
            text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"HEAD:{name}"],
                                  check=True, capture_output=True, text=True).stdout  # fmt: skip
            docs[Path(name).stem] = [" ".join(line[len("# text = "):].split())
                                     for line in text.splitlines()
                                     if line.startswith("# text = ")]  # fmt: skip
    return docs


def _round_robin(docs: dict[str, list[str]], keep: Callable[[str], object], limit: int,
                 taken: set[str]) -> list[tuple[str, str]]:  # fmt: skip
    pools = {d: [s for s in ss if 30 <= len(s) <= 300 and keep(s) and s not in taken]
             for d, ss in docs.items()}  # fmt: skip
    out: list[tuple[str, str]] = []
    while len(out) < limit and any(pools.values()):
        for d in pools:
            while pools[d] and len(out) < limit:
                s = pools[d].pop(0)
                if s not in taken:
                    out.append((d, s))
                    taken.add(s)
                    break
    return out


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_s as s
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = gum_sentences(git_dir)
    out: list[tuple[str, str]] = []
    for pattern in [*_KIND_EN.values(), *s._KIND_EN.values()]:
        out += _round_robin(docs, pattern.search, PER_KIND, taken)
    out += _round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
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
    from facts_builder import translate_pairs, write_set

    git_dir, out = Path(argv[0]), Path(argv[1])
    pairs = sentences(git_dir)
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t], targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en, mutate_t_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
