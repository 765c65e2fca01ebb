"""Build held-out set AK of the facts gate: a new real source (the Federal Reserve's Beige Book).

en -> pt: 200 real English sentences of a source no facts set A..AJ used: the Federal Reserve's
*Beige Book* (Summary of Commentary on Current Economic Conditions by Federal Reserve District),
1970-2020, as oscarsuen/beige-book keeps it in plain text (``txt/<year>/<month>/<date>-<district>
.txt`` at commit ``9631d312`` of oscarsuen/beige-book, 2020-07-12: one file per report of a
district or the national summary). Economy text rich in percentages, percentage points, sums of
money ("$2.35 per bushel", "$1.2 billion"), ranks ("the second largest", "third consecutive")
and ranges. The Beige Book is a publication of the Board of Governors of the Federal Reserve
System, whose website policies call the information it presents public information that may be
distributed or copied (a credit requested); the repository carries no licence of its own and
none of its code is read (only the report texts). See
``tests/data/realworld/LICENSES/beige-book-federal-reserve-public-information.txt``. Sets A..S
read ``tests/data/realworld`` (pages
and feeds), T..AJ GUM, UD_English-PUD, UD_English-EWT, newspaper's suite, goose3's pages, WCXB,
rss-parser's feeds, fundus's test data, snacktory's pages, NReadability's pages,
dotcom-rendering's Guardian fixtures, gensim's Lee corpus, EpubPress's fixtures, NTREX
(newstest2019), the ITN corpus, WikinewsSum and pyIEM's NWS products: the Beige Book is none of
them (probe37 translated FOMC *statements*, another Fed publication, from fomc/statements; no
Beige Book text). Selection rule, written before any item was read:

* every report file under ``txt/`` is a story; its text split into sentences by
  ``translate.segment.split_sentences``; a sentence holding an address (``http``, ``www.``,
  ``@``) is left out;
* AG's floor: a story of fewer than 60 words is left out;
* **no story sharing a sentence with sets A..AJ** (left out whole);
* the stories are taken in the order of the SHA-1 of their path (a fixed shuffle, so that the
  round-robin reaches every decade rather than the first reports of 1970).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds, AF's change with
its values, AH's four, AI's three, AJ's three, then **four kinds for this pass's classes**,
:data:`_KIND_AK`: a score or a vote "N-M", a rank, a sum of money, percentage points),
round-robin over the stories, then any sentence of 30..300 letters holding a digit, the same
way; each translated once by the bare embedded engine. (AJ's rule, with the source, its story
unit and its order.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X, AF's, AH's, AI's and AJ's kinds (as set AJ), and four kinds
for this pass's classes (:func:`mutate_ak`, :func:`mutate_ak_en`) that earlier sets do not make,
each made only where the output writes what it rewrites (H's ``score-swapped``, E's
``ordinal-changed``, C's ``currency-swapped`` and L's ``points-as-percent`` already make the
dash score reversed, a Portuguese ordinal moved, a currency swapped and points as a percent):

* ``score-reversed-words``: a pair written with a word between ("3 a 1", "3 to 1", "por 7 a 2",
  "by 7 to 2") written the other way round ("1 a 3");
* ``rank-changed``: a rank of an English target moved ("second" -> "third", "2nd" -> "3rd", "No.
  2" -> "No. 3"), or of a Portuguese target written with a word ordinal in its feminine or
  plural ("segunda" -> "terceira"), which E's kind does not reach;
* ``rank-superlative-flipped``: a superlative that makes the rank turned to its opposite ("the
  second largest" -> "the second smallest", "o segundo maior" -> "o segundo menor");
* ``currency-dollar-as-real``: a sum in dollars written in reais ("US$ 5 milhões" -> "R$ 5
  milhões", "5 dólares" -> "5 reais"; in English "$5" -> "R$5", "dollars" -> "reais").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_ak.py BEIGE_BOOK_GIT_DIR
benchmarks/data/facts_heldout_ak.jsonl`` (the git directory of oscarsuen/beige-book holding
commit ``9631d312a7f14a2259edc3eee45dc74acfe62fc0``).
"""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MAX_PAIRS = 200
MAX_PT = 120
PER_KIND = 8
MIN_WORDS = 60
ID_PREFIX = "ak"
ID_PREFIX_PT = "akp"
COMMIT = "9631d312a7f14a2259edc3eee45dc74acfe62fc0"
FOLDER = "txt/"
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah", "_ai", "_aj"]]  # fmt: skip

_ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
           "tenth"]  # fmt: skip
_ORD_PT = ["primeir", "segund", "terceir", "quart", "quint", "sext", "sétim", "oitav", "non",
           "décim"]  # fmt: skip

# the classes this pass looks at, as kinds of English source sentence
_KIND_AK = {
    "score": re.compile(r"(?<![\d.,/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/-]|[.,]\d)|\b\d+ to \d+\b"),
    "rank": re.compile(r"\b(?:" + "|".join(_ORD_EN) + r"|\d+(?:st|nd|rd|th)|No\.\s?\d+)\b"
                       r"|\b(?:largest|highest|lowest|smallest|biggest|fastest|slowest)\b",
                       re.IGNORECASE),
    "money": re.compile(r"\$\s?\d|\b\d[\d.,]*\s(?:dollars|cents)\b"),
    "points": re.compile(r"\bpercentage points?\b|\bbasis points?\b"),
}

_ADDRESS = re.compile(r"https?://|www\.|@")


def _texts(git_dir: Path, rev: str, folder: str) -> dict[str, str]:
    """Every file's text under ``folder`` at ``rev`` (one ``git archive``)."""
    data = subprocess.run(["git", f"--git-dir={git_dir}", "archive", rev, folder],
                          check=True, capture_output=True).stdout  # fmt: skip
    out: dict[str, str] = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.endswith(".txt"):
                handle = tar.extractfile(member)
                if handle is not None:
                    out[member.name] = handle.read().decode("utf-8", "replace")
    return out


def _sentences_of(text: str) -> list[str]:
    from translate.segment import split_sentences

    text = " ".join(text.split())
    sents = [" ".join(text[a:b].split()) for a, b in split_sentences(text, "en")]
    return [s for s in dict.fromkeys(sents) if s and not _ADDRESS.search(s)]


def _order(path: str) -> str:
    """The fixed shuffle of the stories.

    >>> _order("txt/1970/05/1970-05-at.txt")[:8]
    '29e8cce1'
    """
    return hashlib.sha1(path.encode("utf-8")).hexdigest()


def stories(git_dir: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences by story (SHA-1 order of the path), none sharing a sentence with
    ``taken``, each of ``MIN_WORDS`` words."""
    docs: dict[str, list[str]] = {}
    texts = _texts(git_dir, COMMIT, FOLDER)
    for path in sorted(texts, key=_order):
        sents = _sentences_of(texts[path])
        if sum(len(s.split()) for s in sents) < MIN_WORDS:
            continue
        if any(s in taken for s in sents):
            continue
        docs[path[len(FOLDER):]] = sents
    return docs


def sentences(git_dir: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_af as af
    import build_facts_heldout_ah as ah
    import build_facts_heldout_ai as ai
    import build_facts_heldout_aj as aj
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
    keeps += [pattern.search for pattern in ah._KIND_AH.values()]
    keeps += [pattern.search for pattern in ai._KIND_AI.values()]
    keeps += [pattern.search for pattern in aj._KIND_AJ.values()]
    keeps += [pattern.search for pattern in _KIND_AK.values()]
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    return out[:limit]


# --- this pass's kinds ---------------------------------------------------------------------


def _cut(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


_NOT_PAIR = r"(?![\d.,]\d|\s?%|\s(?:por cento|mil|percent|thousand))"
_PAIR_WORD_PT = re.compile(r"(?<![\d.,])(\d{1,3}) a (\d{1,3})" + _NOT_PAIR)
_PAIR_WORD_EN = re.compile(r"(?<![\d.,])(\d{1,3}) to (\d{1,3})" + _NOT_PAIR)


def _score_words(src: str, tgt: str, pair: re.Pattern[str]) -> list[tuple[str, str]]:
    if not _KIND_AK["score"].search(src):
        return []
    m = next((m for m in pair.finditer(tgt) if m.group(1) != m.group(2)), None)
    if m is None:
        return []
    turned = m.group(2) + tgt[m.end(1) : m.start(2)] + m.group(1)
    return [("score-reversed-words", _cut(tgt, m.start(1), m.end(2), turned))]


_ORD_EN_RE = re.compile(r"\b(" + "|".join(_ORD_EN) + r")\b", re.IGNORECASE)
_ORD_NUM_EN = re.compile(r"\b(\d+)(st|nd|rd|th)\b")
_NO_EN = re.compile(r"\bNo\.\s?(\d+)\b")
_ORD_PT_ALT = "|".join(_ORD_PT)
_ORD_PT_RE = re.compile(rf"\b({_ORD_PT_ALT})(as|os)\b|\b({_ORD_PT_ALT})(a)\b", re.IGNORECASE)
_SUPER_EN = [("largest", "smallest"), ("highest", "lowest"), ("biggest", "smallest"),
             ("lowest", "highest"), ("smallest", "largest"), ("fastest", "slowest"),
             ("slowest", "fastest")]  # fmt: skip
_SUPER_PT = re.compile(r"\b(mais alt[oa]s?|mais baix[oa]s?|maior(?:es)?|menor(?:es)?)\b")
_SUPER_PT_FLIP = {"maior": "menor", "maiores": "menores", "menor": "maior", "menores": "maiores"}


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _rank_en(src: str, tgt: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if (m := _ORD_EN_RE.search(tgt)) is not None and m.group(1).lower() != "first":
        k = _ORD_EN.index(m.group(1).lower())
        nxt = _ORD_EN[(k + 1) % len(_ORD_EN)]
        nxt = nxt.capitalize() if m.group(1)[0].isupper() else nxt
        out.append(("rank-changed", _cut(tgt, m.start(1), m.end(1), nxt)))
    elif (n := _ORD_NUM_EN.search(tgt)) is not None:
        k = int(n.group(1)) + 1
        out.append(("rank-changed", _cut(tgt, n.start(), n.end(), f"{k}{_suffix(k)}")))
    elif (no := _NO_EN.search(tgt)) is not None:
        out.append(("rank-changed", _cut(tgt, no.start(1), no.end(1), str(int(no.group(1)) + 1))))
    for a, b in _SUPER_EN:
        if (s := re.search(rf"\b{a}\b", tgt)) is not None and re.search(rf"\b{b}\b", src) is None:
            out.append(("rank-superlative-flipped", _cut(tgt, s.start(), s.end(), b)))
            break
    return out


def _rank_pt(src: str, tgt: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    m = _ORD_PT_RE.search(tgt)
    if m is not None:
        stem, end = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        k = [o.lower() for o in _ORD_PT].index(stem.lower())
        if k:  # "primeira(s)" is also "first-rate"/"premier": left alone
            nxt = _ORD_PT[(k + 1) % len(_ORD_PT)]
            nxt = nxt.capitalize() if stem[0].isupper() else nxt
            start = m.start(1) if m.group(1) else m.start(3)
            out.append(("rank-changed", _cut(tgt, start, start + len(stem) + len(end), nxt + end)))
    if _KIND_AK["rank"].search(src) and (s := _SUPER_PT.search(tgt)) is not None:
        word = s.group(1)
        if word.startswith("mais "):
            flip = word.replace("alt", "baix") if "alt" in word else word.replace("baix", "alt")
        else:
            flip = _SUPER_PT_FLIP[word]
        out.append(("rank-superlative-flipped", _cut(tgt, s.start(1), s.end(1), flip)))
    return out


_US_DOLLAR_PT = re.compile(r"US\$|\b(dólar(?:es)?)\b")
_DOLLAR_EN = re.compile(r"(?<![A-Z])\$(?=\s?\d)|\b(dollars?)\b")


def _real_for_dollar(src: str, tgt: str, pt: bool) -> list[tuple[str, str]]:
    if not _KIND_AK["money"].search(src) and not re.search(r"US\$|dólar", src):
        return []
    m = (_US_DOLLAR_PT if pt else _DOLLAR_EN).search(tgt)
    if m is None or "R$" in tgt or re.search(r"\brea(?:l|is)\b", tgt):
        return []
    if m.group(1):
        new = "real" if m.group(1).lower() in {"dólar", "dollar"} else "reais"
        return [("currency-dollar-as-real", _cut(tgt, m.start(1), m.end(1), new))]
    return [("currency-dollar-as-real", _cut(tgt, m.start(), m.end(), "R$"))]


def mutate_ak(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: this pass's classes, made in a Portuguese target.

    >>> mutate_ak("The vote was 7-2.", "A votação foi de 7 a 2.")
    [('score-reversed-words', 'A votação foi de 2 a 7.')]
    >>> for kind, text in mutate_ak("It is the second largest bank.", "É o segundo maior banco."):
    ...     print(kind, "|", text)
    rank-superlative-flipped | É o segundo menor banco.
    >>> mutate_ak("the third straight month", "a terceira semana seguida")
    [('rank-changed', 'a quarta semana seguida')]
    >>> mutate_ak("Sales rose $5 million.", "As vendas subiram US$ 5 milhões.")
    [('currency-dollar-as-real', 'As vendas subiram R$ 5 milhões.')]
    """
    out = _score_words(src, tgt, _PAIR_WORD_PT)
    out += _rank_pt(src, tgt)
    out += _real_for_dollar(src, tgt, True)
    return [(k, s) for k, s in out if s != tgt]


def mutate_ak_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: this pass's classes, made in an English target.

    >>> mutate_ak_en("A votação foi de 7-2.", "The vote was 7 to 2.")
    [('score-reversed-words', 'The vote was 2 to 7.')]
    >>> for kind, text in mutate_ak_en("o segundo maior banco", "the second largest bank"):
    ...     print(kind, "|", text)
    rank-changed | the third largest bank
    rank-superlative-flipped | the second smallest bank
    >>> mutate_ak_en("subiram US$ 5 milhões", "rose $5 million")
    [('currency-dollar-as-real', 'rose R$5 million')]
    """
    out = _score_words(src, tgt, _PAIR_WORD_EN) if re.search(r"\d\s?[-–]\s?\d|\d a \d", src) else []
    out += _rank_en(src, tgt)
    out += _real_for_dollar(src, tgt, False)
    return [(k, s) for k, s in out if s != tgt]


def main(argv: list[str]) -> int:
    import build_facts_heldout_p as p
    from build_facts_heldout_af import mutate_af, mutate_af_en
    from build_facts_heldout_ah import mutate_ah, mutate_ah_en
    from build_facts_heldout_ai import mutate_ai, mutate_ai_en
    from build_facts_heldout_aj import mutate_aj, mutate_aj_en
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
               mutate_ah, mutate_ai, mutate_aj, mutate_ak],
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
                                             mutate_aj_en, mutate_ak_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
