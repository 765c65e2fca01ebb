"""Build held-out set AN of the facts gate: a new real source (Porttinari's Folha news).

pt -> en: up to 200 **real Portuguese** news sentences of a source no facts set A..AM used: the
journalistic portion of **UD_Portuguese-Porttinari** (Porttinari-base; Universal Dependencies;
news of *Folha de S. Paulo*, Brazilian Portuguese; CC BY 4.0), its test and dev splits
(``pt_porttinari-ud-{test,dev}.conllu`` at commit ``87a07e1f`` of
UniversalDependencies/UD_Portuguese-Porttinari; the train split is not held by the mirror and not
read). Sets A..S read ``tests/data/realworld``, T..AM GUM, UD_English-PUD, UD_English-EWT,
newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data, snacktory's
pages, NReadability's pages, dotcom-rendering's Guardian fixtures, gensim's Lee corpus,
EpubPress's fixtures, NTREX (newstest2019), the ITN corpus, WikinewsSum, pyIEM's NWS products,
the Beige Book, WikiText-2's test and valid splits and UD_Portuguese-Bosque (CETEMPúblico and
CETENFolha extracts of the 1990s): Porttinari is none of them (probes of other areas read it;
no facts set did). Selection rule, written before any item was read:

* every Folha document of Porttinari (the ``FOLHA_DOCnnnnnn`` of a ``# sent_id``, test then
  dev, in order of first appearance) is a story, its sentences the ``# text`` lines in order of
  their ``SENTnnn`` number (the splits hold a sample of each document's sentences); a sentence
  holding an address is left out;
* **no story sharing a sentence with sets A..AM** (left out whole).

First up to :data:`PER_KIND` for each kind of :data:`_KIND_AN` (an amount of money, a
percentage, a date or a day, a negation, a count of people or things), round-robin over the
stories in order, then any sentence of 30..300 letters holding a digit, the same way, then any
sentence of 30..300 letters, the same way; each translated once by the bare embedded engine to
English.

en -> pt: the bare engine's English for the Portuguese sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to Portuguese (as set AM).

Mutations: every rule of sets C..X and AF..AL (as sets AL and AM), each made only where the
output writes what it rewrites: in the English targets AL's English-target rules, in the
Portuguese targets its Portuguese-target rules. No kind of its own.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_an.py PORTTINARI_GIT_DIR
benchmarks/data/facts_heldout_an.jsonl`` (the git directory of UD_Portuguese-Porttinari holding
commit ``87a07e1fb761d6d0a6e2a4d82b11b308344dabb9``).
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
ID_PREFIX_PT = "anp"
ID_PREFIX_EN = "an"
COMMIT = "87a07e1fb761d6d0a6e2a4d82b11b308344dabb9"
FILES = ["pt_porttinari-ud-test.conllu", "pt_porttinari-ud-dev.conllu"]
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah", "_ai", "_aj",
            "_ak", "_al", "_am"]]  # fmt: skip

_MONTHS = (r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
           r"dezembro")  # fmt: skip
# kinds of Portuguese source sentence for the facts the gate guards
_KIND_AN = {
    "money": re.compile(r"(?:R\$|US\$|€|£)\s?\d|\d[\d.,]*\s*(?:mil\s+|milhões?\s+(?:de\s+)?|"
                        r"bilhões?\s+(?:de\s+)?|trilhões?\s+(?:de\s+)?)?(?:reais|dólares|euros)\b",
                        re.IGNORECASE),
    "percent": re.compile(r"\d\s?%|\bpor cento\b|\bpontos? percentua", re.IGNORECASE),
    "date": re.compile(rf"\b\d{{1,2}}(?:º)? de (?:{_MONTHS})\b|\b(?:em|de|até) (?:{_MONTHS})\b|"
                       r"\b(?:19|20)\d\d\b|\b(?:segunda|terça|quarta|quinta|sexta)-feira\b|"
                       r"\b(?:sábado|domingo|ontem|anteontem|amanhã|hoje)\b", re.IGNORECASE),
    "negation": re.compile(r"\b(?:não|nunca|jamais|nenhum[a]?|nem|ninguém|nada)\b",
                           re.IGNORECASE),
    "count": re.compile(r"\b\d[\d.,]*\s+(?:mil\s+|milhões\s+de\s+)?[a-zà-ú]{4,}",
                        re.IGNORECASE),
}  # fmt: skip

_ADDRESS = re.compile(r"https?://|www\.|@")
_SENT_ID = re.compile(r"^# sent_id = (FOLHA_DOC\d+)_SENT(\d+)")


def _read(git_dir: Path, rev: str, path: str) -> str:
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                         check=True, capture_output=True).stdout  # fmt: skip
    return out.decode("utf-8", "replace")


def documents(text: str, docs: dict[str, dict[int, str]]) -> None:
    """Add the sentences of one split to ``docs`` (document -> sentence number -> text).

    >>> d: dict[str, dict[int, str]] = {}
    >>> documents("# sent_id = FOLHA_DOC000001_SENT002\\n# text = Dois.\\n"
    ...           "# sent_id = FOLHA_DOC000001_SENT001\\n# text = Um.\\n", d)
    >>> d
    {'FOLHA_DOC000001': {2: 'Dois.', 1: 'Um.'}}
    """
    key: tuple[str, int] | None = None
    for line in text.split("\n"):
        m = _SENT_ID.match(line)
        if m:
            key = (m.group(1), int(m.group(2)))
        elif line.startswith("# sent_id"):
            key = None
        elif line.startswith("# text = ") and key:
            sent = " ".join(line[9:].split())
            if sent and not _ADDRESS.search(sent):
                docs.setdefault(key[0], {})[key[1]] = sent
            key = None


def stories(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """Portuguese sentences by Folha document (first appearance), in sentence order, no
    document sharing a sentence with ``taken``."""
    raw: dict[str, dict[int, str]] = {}
    for path in FILES:
        documents(_read(git_dir, COMMIT, path), raw)
    docs: dict[str, list[str]] = {}
    for doc, by_no in raw.items():
        sents = [by_no[k] for k in sorted(by_no)]
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
    for pattern in _KIND_AN.values():
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
