"""Build held-out set AL of the facts gate: a new real source (WikiText-2's sports articles).

en -> pt: 200 real English sentences of a source no facts set A..AK used: the English Wikipedia
articles of **WikiText-2** (Merity et al. 2016; Wikipedia's Good and Featured articles, CC BY-SA
3.0) as pytorch/examples keeps its validation and test splits
(``word_language_model/data/wikitext-2/{test,valid}.txt`` at commit ``77f55b91`` of
pytorch/examples; the repository is BSD-3-Clause; its ``train.txt`` is not held by the mirror and
not read). The articles are tokenized ("29 @-@ 13", "team 's") and rare words are written
``<unk>``: the builder joins the tokens back (:func:`detok`) and leaves out every sentence that
holds ``<unk>``. Sets A..S read ``tests/data/realworld`` (pages and feeds), T..AK GUM,
UD_English-PUD, UD_English-EWT, newspaper's suite, goose3's pages, WCXB, rss-parser's feeds,
fundus's test data, snacktory's pages, NReadability's pages, dotcom-rendering's Guardian
fixtures, gensim's Lee corpus, EpubPress's fixtures, NTREX (newstest2019), the ITN corpus,
WikinewsSum, pyIEM's NWS products and the Beige Book: WikiText is none of them (facts46 looked
at it and did not take it for its ``<unk>``; probe39 read other Wikipedia pages, wtf_wikipedia's
test cache, which is therefore not used). Selection rule, written before any item was read:

* every article (a `` = Title = `` heading of the first level) of ``test.txt`` then
  ``valid.txt`` is a story; its paragraphs joined back into text (:func:`detok`), section
  headings dropped, split into sentences by ``translate.segment.split_sentences``; a sentence
  holding ``<unk>``, ``@`` or an address is left out;
* **a sports article only**: a story in which the words of :data:`SPORT_WORDS` occur at least
  :data:`MIN_SPORT` times (the brief asks for sports results and rankings);
* AG's floor: a story of fewer than 60 words is left out;
* **no story sharing a sentence with sets A..AK** (left out whole).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds, AF's change with
its values, AH's four, AI's three, AJ's three, AK's four, then **three kinds for this pass's
classes**, :data:`_KIND_AL`: a score written with a dash or "to", a result verb (won, beat,
defeated, lost), a superlative of rank (best, worst, top, highest, lowest, last)), round-robin
over the stories in file order, then any sentence of 30..300 letters holding a digit, the same
way; each translated once by the bare embedded engine. (AK's rule, with the source and its
story unit.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X, AF's, AH's, AI's, AJ's and AK's kinds (as set AK), and two
kinds for this pass's classes (:func:`mutate_al`, :func:`mutate_al_en`) that earlier sets do not
make, each made only where the output writes what it rewrites (H's ``score-swapped`` and AK's
``score-reversed-words`` already reverse a score, AK's ``rank-changed`` and E's
``ordinal-changed`` move a rank, AK's ``rank-superlative-flipped`` turns largest/highest):

* ``superlative-best-worst``: "best" -> "worst" (and back), "melhor(es)" -> "pior(es)" (and
  back), where the source writes a superlative of rank;
* ``winner-loser-swapped``: the result turned: "venceu"/"derrotou" -> "perdeu para", "vitória"
  -> "derrota" (and back); in English "defeated"/"beat" -> "lost to", "won" -> "lost", "victory"
  -> "defeat" (and back), where the source writes a result.

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_al.py PYTORCH_EXAMPLES_GIT_DIR
benchmarks/data/facts_heldout_al.jsonl`` (the git directory of pytorch/examples holding commit
``77f55b912142e11fcfdf5b530231fb9c52f181e8``).
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
MIN_WORDS = 60
MIN_SPORT = 15
ID_PREFIX = "al"
ID_PREFIX_PT = "alp"
COMMIT = "77f55b912142e11fcfdf5b530231fb9c52f181e8"
FILES = ["word_language_model/data/wikitext-2/test.txt",
         "word_language_model/data/wikitext-2/valid.txt"]  # fmt: skip
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah", "_ai", "_aj",
            "_ak"]]  # fmt: skip

SPORT_WORDS = re.compile(
    r"\b(?:scored|goals?|touchdowns?|innings|championships?|tournaments?|matche?s?|medals?|"
    r"Olympics|coach(?:es)?|playoffs?|leagues?|NHL|NBA|NFL|NCAA|football|basketball|hockey|"
    r"baseball|cricket|rugby|rowing|racing|quarterback|pitcher|wickets?|points)\b",
    re.IGNORECASE,
)

# the classes this pass looks at, as kinds of English source sentence
_KIND_AL = {
    "score": re.compile(r"(?<![\d.,/])\d{1,3}\s?[–-]\s?\d{1,3}(?![\d/]|[.,]\d)|\b\d+ to \d+\b"),
    "result": re.compile(r"\b(?:won|wins?|beat|defeated|lost|losses|victory|defeat)\b"),
    "superlative": re.compile(r"\b(?:best|worst|top|highest|lowest|last|most|fewest)\b"),
}

_ADDRESS = re.compile(r"https?://|www\.|@|<unk>")
_HEADING = re.compile(r"^ ?= (?!=)(.+?) = ?$")


def detok(text: str) -> str:
    """WikiText's tokens joined back into text.

    >>> detok("a 29 @–@ 13 win ( the team 's 4 @,@ 000 th ) , 1 @.@ 5 \\" yes \\" don 't")
    'a 29–13 win (the team\\'s 4,000th), 1.5 "yes" don\\'t'
    """
    text = re.sub(r" @(.)@ ", r"\1", text)
    text = re.sub(r" (?=[,.;:!?)\]]|'s\b|'\s|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)", "", text)
    text = text.replace(" n 't", "n't").replace("n 't", "n't")
    text = re.sub(r"([(\[]) ", r"\1", text)
    text = re.sub(r'" ([^"]*?) "', r'"\1"', text)
    text = re.sub(r"(\d) (st|nd|rd|th)\b", r"\1\2", text)
    return " ".join(text.split())


def _read(git_dir: Path, rev: str, path: str) -> str:
    out = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                         check=True, capture_output=True).stdout  # fmt: skip
    return out.decode("utf-8", "replace")


def articles(text: str) -> dict[str, list[str]]:
    """Paragraphs by article title (first-level headings); section headings dropped."""
    out: dict[str, list[str]] = {}
    title = ""
    for line in text.split("\n"):
        if not line.strip():
            continue
        m = _HEADING.match(line.rstrip())
        if m is not None:
            title = detok(m.group(1))
            out.setdefault(title, [])
            continue
        if line.strip().startswith("= ="):
            continue
        if title:
            out[title].append(line.strip())
    return out


def _sentences_of(paragraphs: list[str]) -> list[str]:
    from translate.segment import split_sentences

    sents: list[str] = []
    for para in paragraphs:
        plain = detok(para)
        sents += [" ".join(plain[a:b].split()) for a, b in split_sentences(plain, "en")]
    return [s for s in dict.fromkeys(sents) if s and not _ADDRESS.search(s)]


def stories(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences by sports article (file order), none sharing a sentence with
    ``taken``, each of ``MIN_WORDS`` words."""
    docs: dict[str, list[str]] = {}
    for path in FILES:
        split = path.rsplit("/", 1)[1].split(".")[0]
        for title, paras in articles(_read(git_dir, COMMIT, path)).items():
            if len(SPORT_WORDS.findall(" ".join(paras))) < MIN_SPORT:
                continue
            sents = _sentences_of(paras)
            if sum(len(s.split()) for s in sents) < MIN_WORDS:
                continue
            if any(s in taken for s in sents):
                continue
            docs[f"{split}/{title}"] = sents
    return docs


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_af as af
    import build_facts_heldout_ah as ah
    import build_facts_heldout_ai as ai
    import build_facts_heldout_aj as aj
    import build_facts_heldout_ak as ak
    import build_facts_heldout_s as s
    import build_facts_heldout_t as t
    import build_facts_heldout_u as u
    import build_facts_heldout_v as v
    import build_facts_heldout_w as w
    import build_facts_heldout_x as x
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = stories(git_dir, set(taken))
    out: list[tuple[str, str]] = []
    keeps: list[Callable[[str], object]] = [*x._KIND_EN.values()]
    for mod in (w, v, u, t, s):
        keeps += [pattern.search for pattern in mod._KIND_EN.values()]
    keeps.append(af._CHANGE_EN.search)
    for kinds in (ah._KIND_AH, ai._KIND_AI, aj._KIND_AJ, ak._KIND_AK, _KIND_AL):
        keeps += [pattern.search for pattern in kinds.values()]
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    return out[:limit]


# --- this pass's kinds ---------------------------------------------------------------------


def _cut(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


_BEST_PT = re.compile(r"\b(melhor(?:es)?|pior(?:es)?)\b", re.IGNORECASE)
_BEST_PT_FLIP = {"melhor": "pior", "melhores": "piores", "pior": "melhor", "piores": "melhores"}
_BEST_EN = re.compile(r"\b(best|worst)\b", re.IGNORECASE)
_RESULT_PT = [(r"\bvenceu\b", "perdeu para"), (r"\bderrotou\b", "perdeu para"),
              (r"\bvenceram\b", "perderam para"), (r"\bderrotaram\b", "perderam para"),
              (r"\bperdeu para\b", "venceu"), (r"\bperderam para\b", "venceram"),
              (r"\bvitória\b", "derrota"), (r"\bvitórias\b", "derrotas"),
              (r"\bderrota\b", "vitória"), (r"\bderrotas\b", "vitórias")]  # fmt: skip
_RESULT_EN = [(r"\bdefeated\b", "lost to"), (r"\bbeat\b", "lost to"), (r"\blost to\b", "beat"),
              (r"\bwon\b", "lost"), (r"\blost\b", "won"), (r"\bvictory\b", "defeat"),
              (r"\bdefeat\b", "victory"), (r"\bwins\b", "losses"),
              (r"\blosses\b", "wins")]  # fmt: skip


def _case(old: str, new: str) -> str:
    return new.capitalize() if old[:1].isupper() else new


def _best(src: str, tgt: str, pattern: re.Pattern[str], flip: dict[str, str]
          ) -> list[tuple[str, str]]:  # fmt: skip
    if not _KIND_AL["superlative"].search(src) and not re.search(r"\b(melhor|pior)", src):
        return []
    m = pattern.search(tgt)
    if m is None:
        return []
    return [
        (
            "superlative-best-worst",
            _cut(tgt, m.start(1), m.end(1), _case(m.group(1), flip[m.group(1).lower()])),
        )
    ]


def _result(src: str, tgt: str, swaps: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if not _KIND_AL["result"].search(src) and not re.search(
            r"\b(venc|derrot|perd|vitória)", src):  # fmt: skip
        return []
    for pattern, new in swaps:
        m = re.search(pattern, tgt, re.IGNORECASE)
        if m is not None:
            return [("winner-loser-swapped", _cut(tgt, m.start(), m.end(), _case(m.group(), new)))]
    return []


def mutate_al(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: this pass's classes, made in a Portuguese target.

    >>> mutate_al("the best record", "o melhor recorde")
    [('superlative-best-worst', 'o pior recorde')]
    >>> mutate_al("Ohio defeated Texas 3-1.", "Ohio derrotou o Texas por 3 a 1.")
    [('winner-loser-swapped', 'Ohio perdeu para o Texas por 3 a 1.')]
    """
    out = _best(src, tgt, _BEST_PT, _BEST_PT_FLIP)
    out += _result(src, tgt, _RESULT_PT)
    return [(k, s) for k, s in out if s != tgt]


def mutate_al_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: this pass's classes, made in an English target.

    >>> mutate_al_en("o melhor recorde", "the best record")
    [('superlative-best-worst', 'the worst record')]
    >>> mutate_al_en("Ohio venceu o Texas", "Ohio defeated Texas")
    [('winner-loser-swapped', 'Ohio lost to Texas')]
    """
    out = _best(src, tgt, _BEST_EN, {"best": "worst", "worst": "best"})
    out += _result(src, tgt, _RESULT_EN)
    return [(k, s) for k, s in out if s != tgt]


def main(argv: list[str]) -> int:
    import build_facts_heldout_p as p
    from build_facts_heldout_af import mutate_af, mutate_af_en
    from build_facts_heldout_ah import mutate_ah, mutate_ah_en
    from build_facts_heldout_ai import mutate_ai, mutate_ai_en
    from build_facts_heldout_aj import mutate_aj, mutate_aj_en
    from build_facts_heldout_ak import mutate_ak, mutate_ak_en
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
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x, mutate_af,
               mutate_ah, mutate_ai, mutate_aj, mutate_ak, mutate_al],
              targets=targets)  # fmt: skip
    engine_pt = [(page, tgt) for (page, _), tgt in zip(pairs, targets, strict=True)
                 if 30 <= len(tgt) <= 300][:MAX_PT]  # fmt: skip
    pt_targets = translate_pairs(engine_pt, "pt", "en")
    p.OTHER_NAMES[:] = p._collect_names(pt_targets)
    write_set(out, engine_pt, ID_PREFIX_PT, [mutate_en, mutate_h_en, mutate_i_en, mutate_j_en,
                                             mutate_k_en, mutate_l_en, mutate_m_en, mutate_o_en,
                                             p.mutate_p_en, mutate_q_en, mutate_r_en,
                                             mutate_s_en, mutate_t_en, mutate_u_en,
                                             mutate_v_en, mutate_w_en, mutate_x_en,
                                             mutate_af_en, mutate_ah_en, mutate_ai_en,
                                             mutate_aj_en, mutate_ak_en, mutate_al_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
