"""Build held-out set AM of the facts gate: a new real source (Bosque's results and votes).

pt -> en: up to 200 **real Portuguese** news sentences of a source no facts set A..AL used: the
**UD_Portuguese-Bosque** treebank (Universal Dependencies; CETEMPúblico's *Público* extracts,
European Portuguese, and CETENFolha's *Folha de S. Paulo* extracts, Brazilian Portuguese; CC
BY-SA 4.0), its test and dev splits (``pt_bosque-ud-{test,dev}.conllu`` at commit ``5de7ac34``
of UniversalDependencies/UD_Portuguese-Bosque; the train split is not held by the mirror and not
read). Sets A..S read ``tests/data/realworld``, T..AL GUM, UD_English-PUD, UD_English-EWT,
newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data, snacktory's
pages, NReadability's pages, dotcom-rendering's Guardian fixtures, gensim's Lee corpus,
EpubPress's fixtures, NTREX (newstest2019), the ITN corpus, WikinewsSum, pyIEM's NWS products,
the Beige Book and WikiText-2's test and valid splits: Bosque is none of them, and no set drew
real Portuguese news from anywhere but ``tests/data/realworld`` (where it is scarce). Selection
rule, written before any item was read:

* every document of Bosque (a ``# newdoc_id`` of test, then of dev) is a story, its sentences the
  ``# text`` lines in order; a sentence holding an address is left out;
* **a story of results, standings and counted outcomes only**: one in which the words of
  :data:`RESULT_WORDS` (sports results and standings, elections, votes and polls) occur at least
  :data:`MIN_RESULT` times (Bosque's documents are extracts of a paragraph or a few: two is the
  floor);
* a story of fewer than :data:`MIN_WORDS` words is left out (Bosque's extracts are short; AG's
  floor of 60 would leave too few);
* **no story sharing a sentence with sets A..AL** (left out whole).

First up to 8 for each kind of :data:`_KIND_AM` (a score, a result verb, a rank or superlative,
a count of votes, seats, points or a share), round-robin over the stories in file order, then
any sentence of 30..300 letters holding a digit, the same way, then any sentence of 30..300
letters, the same way; each translated once by the bare embedded engine to English.

en -> pt: the bare engine's English for the Portuguese sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to Portuguese (the reverse of sets AL and
earlier, whose real sources are English).

Mutations: every rule of sets C..X and AF..AL (as set AL), each made only where the output writes
what it rewrites: in the English targets AL's English-target rules, in the Portuguese targets its
Portuguese-target rules. No kind of its own.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_am.py BOSQUE_GIT_DIR
benchmarks/data/facts_heldout_am.jsonl`` (the git directory of UD_Portuguese-Bosque holding commit
``5de7ac34028ff6d1718031a4b0ae895717ed8dbe``).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_EN = 120
PER_KIND = 8
MIN_WORDS = 30
MIN_RESULT = 2
ID_PREFIX_PT = "amp"
ID_PREFIX_EN = "am"
COMMIT = "5de7ac34028ff6d1718031a4b0ae895717ed8dbe"
FILES = ["pt_bosque-ud-test.conllu", "pt_bosque-ud-dev.conllu"]
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah", "_ai", "_aj",
            "_ak", "_al"]]  # fmt: skip

RESULT_WORDS = re.compile(
    r"\b(?:venc\w*|derrot\w*|vitórias?|empat\w*|golos?|gols?|jogos?|partidas?|campeonatos?|"
    r"campeões|campeão|torneios?|taça|copa|classifica\w*|pontos|equipas?|equipes?|times?|"
    r"treinador|técnico|futebol|basquete|basquetebol|ténis|tênis|atletas?|medalhas?|ouro|prata|"
    r"bronze|eleições|eleição|eleit[oa]s?|votos?|vota\w*|sondagens?|candidat\w*|deputados|"
    r"mandatos|maioria|turno|escrutínio|liga|final|semifinal|meias?-finais|placar|marcador)\b",
    re.IGNORECASE,
)

# kinds of Portuguese source sentence for the brief's classes
_KIND_AM = {
    "score": re.compile(r"(?<![\d.,/])\d{1,3}\s?[–-]\s?\d{1,3}(?![\d/]|[.,]\d)|\b\d+ a \d+\b"),
    "result": re.compile(r"\b(?:venc\w*|derrot\w*|perde\w*|perdi\w*|vitórias?|empat\w*|ganh\w*|"
                         r"bateu|eleit[oa]s?|aprovad[oa]s?|rejeitad[oa]s?)\b", re.IGNORECASE),
    "rank": re.compile(r"\b(?:melhor(?:es)?|pior(?:es)?|primeir[oa]s?|segund[oa]s?|"
                       r"terceir[oa]s?|últim[oa]s?|lugar|líder|liderança|classificação)\b|"
                       r"\d+\s?[ºª°]", re.IGNORECASE),
    "count": re.compile(r"\d[\d.,]*\s*(?:%|por cento|votos?|pontos|golos?|gols?|deputados|"
                        r"mandatos|cadeiras|lugares)\b", re.IGNORECASE),
}  # fmt: skip

_ADDRESS = re.compile(r"https?://|www\.|@")


def _read(git_dir: Path, rev: str, path: str) -> str:
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                         check=True, capture_output=True).stdout  # fmt: skip
    return out.decode("utf-8", "replace")


def documents(text: str, split: str) -> dict[str, list[str]]:
    """Sentences by document, in file order.

    >>> documents("# newdoc_id = CF1\\n# text = Um.\\n# sent_id = CF1-1\\n", "test")
    {'test/CF1': ['Um.']}
    """
    out: dict[str, list[str]] = {}
    doc = ""
    for line in text.split("\n"):
        if line.startswith("# newdoc_id = "):
            doc = f"{split}/{line.split('=', 1)[1].strip()}"
            out.setdefault(doc, [])
        elif line.startswith("# text = ") and doc:
            sent = " ".join(line[9:].split())
            if sent and not _ADDRESS.search(sent):
                out[doc].append(sent)
    return out


def stories(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """Portuguese sentences by story of results (file order), none sharing a sentence with
    ``taken``, each of ``MIN_WORDS`` words."""
    docs: dict[str, list[str]] = {}
    for path in FILES:
        split = path.rsplit("-", 1)[1].split(".")[0]
        for doc, sents in documents(_read(git_dir, COMMIT, path), split).items():
            if len(RESULT_WORDS.findall(" ".join(sents))) < MIN_RESULT:
                continue
            if sum(len(s.split()) for s in sents) < MIN_WORDS:
                continue
            if any(s in taken for s in sents):
                continue
            docs[doc] = list(dict.fromkeys(sents))
    return docs


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_t as t
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = stories(git_dir, set(taken))
    out: list[tuple[str, str]] = []
    for pattern in _KIND_AM.values():
        out += t._round_robin(docs, pattern.search, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    out += t._round_robin(docs, lambda s: True, limit - len(out), taken)
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
    targets = translate_pairs(pairs, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                         mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                         p.mutate_p_en, mutate_q_en, mutate_r_en,
                                         mutate_s_en, mutate_t_en, mutate_u_en,
                                         mutate_v_en, mutate_w_en, mutate_x_en,
                                         mutate_af_en, mutate_ah_en, mutate_ai_en,
                                         mutate_aj_en, mutate_ak_en, mutate_al_en],
              source="pt", to="en", targets=targets)  # fmt: skip
    engine_en = [(doc, tgt) for (doc, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_EN]  # fmt: skip
    en_targets = translate_pairs(engine_en)
    p.OTHER_NAMES[:] = p._collect_names(en_targets)
    write_set(out, engine_en, ID_PREFIX_EN,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x, mutate_af,
               mutate_ah, mutate_ai, mutate_aj, mutate_ak, mutate_al],
              mode="a", targets=en_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
