"""Build held-out set AJ of the facts gate: a new real source (National Weather Service text).

en -> pt: 200 real English sentences of a source no facts set A..AI used: the National Weather
Service text products that akrherz/pyIEM keeps as test fixtures (``data/product_examples`` at
commit ``25fb94c5`` of akrherz/pyIEM, 2026-08-20): warnings, statements, forecast discussions,
advisories and reports, rich in clock times written without a colon ("1209 PM CDT"), river
stages, rainfall, wind speeds, percentages and dates. NWS text is a work of the US government
(**public domain**, 17 U.S.C. 105); pyIEM's code and fixtures are under the **MIT** licence.
Sets A..S read ``tests/data/realworld`` (pages and feeds), T..AI GUM, UD_English-PUD,
UD_English-EWT, newspaper's suite, goose3's pages, WCXB, rss-parser's feeds, fundus's test data,
snacktory's pages, NReadability's pages, dotcom-rendering's Guardian fixtures, gensim's Lee
corpus, EpubPress's fixtures, NTREX (newstest2019), the ITN corpus and WikinewsSum: pyIEM is
none of them. probe37 translated three of these fixtures (``AFDMST.txt``, ``FLSIND/3.txt``,
``PNS/PNS_damage_multi.txt``) and probe40 thirteen products of akrherz/pyWWA's ``examples/``:
those three, and **any product sharing a sentence with them or with any pyWWA example**, are
left out whole. Selection rule, written before any item was read:

* every fixture file (no ``.gz``/``.json``/``.psv``/``.grib2``/``.png`` name), in path order, is
  a story; its paragraphs (blank-line separated) keep only their lines of mixed case (more
  small letters than capitals: the NWS wrote in capitals until 2016-2017, and those products are
  left to the capitals work), a leading bullet ``* `` or a heading dot taken away, the kept
  lines of a paragraph joined, split into sentences by ``translate.segment.split_sentences``; a
  sentence holding NWS markup (``...``, ``$$``, ``&&``, a slash, an asterisk, an address) is left
  out;
* AG's floor: a story of fewer than 60 words is left out;
* **no story sharing a sentence with sets A..AI** (left out whole).

First up to 8 for each kind (X's five, then W's, V's, U's, T's and S's kinds, AF's change with
its values, AH's four, AI's three, then **three kinds for this pass's classes**,
:data:`_KIND_AJ`: a clock time without a colon, a version number, a bracket holding a year),
round-robin over the stories, then any sentence of 30..300 letters holding a digit, the same
way; each translated once by the bare embedded engine. (AI's rule, with the source, its story
unit and three kinds.)

pt -> en: the bare engine's Portuguese for the English sentences above (30..300 letters), up to
120, each translated once by the bare embedded engine to English.

Mutations: every rule of sets C..X, AF's, AH's and AI's kinds (as set AI), and five kinds for the
classes this pass looks at (:func:`mutate_aj`, :func:`mutate_aj_en`), each made only where the
output writes what it rewrites:

* ``ok-time-colon``: a colonless clock time of the source ("1130 PM") that the output writes in
  some form ("1130 PM", "11:30", "23:30", "23h30") written as the target's clock time
  ("23:30" in Portuguese, "11:30 PM" in English): a correct rewrite the gate must NOT hold;
* ``time-as-number``: the same time written as a bare number ("1130": the time lost);
* ``time-half-day-off``: the same time twelve hours off ("11:30" for 23:30; "11:30 AM" for PM);
* ``version-decimal-comma``: a version number ("version 2.1") written with a decimal comma in a
  Portuguese target ("versão 2,1": a version is not a quantity);
* ``bracket-place-invented``: a place the source does not say put at the head of a bracket that
  holds a year ("(15 de dezembro de 1982)" -> "(Lisboa, 15 de dezembro de 1982)").

Correct rewrites, kind ``ok-*``, which the gate must NOT hold, and the engine's real outputs
(kind ``real``).

Run: ``python benchmarks/build_facts_heldout_aj.py PYIEM_GIT_DIR PYWWA_GIT_DIR
benchmarks/data/facts_heldout_aj.jsonl`` (git directories of akrherz/pyIEM holding commit
``25fb94c59bd08d01b3a9b9aadfe79864cf25a70f`` and of akrherz/pyWWA, whose ``HEAD`` is read).
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
ID_PREFIX = "aj"
ID_PREFIX_PT = "ajp"
COMMIT = "25fb94c59bd08d01b3a9b9aadfe79864cf25a70f"
FOLDER = "data/product_examples/"
PROBED = ["AFDMST.txt", "FLSIND/3.txt", "PNS/PNS_damage_multi.txt"]
EARLIER = [f"facts_heldout{x}.jsonl" for x in
           ["", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j", "_k", "_l", "_m", "_n",
            "_o", "_p", "_q", "_r", "_s", "_t", "_u", "_v", "_w", "_x", "_y", "_z",
            "_aa", "_ab", "_ac", "_ad", "_ae", "_af", "_ag", "_ah", "_ai"]]  # fmt: skip

# the classes this pass looks at, as kinds of English source sentence
_KIND_AJ = {
    "clock-colonless": re.compile(r"\b(?:1[0-2]|[1-9])[0-5]\d\s?(?:[AP]M|[ap]\.m\.)"),
    "version": re.compile(r"\b(?:[Vv]ersion|[Rr]elease|v)\s?\d+(?:\.\d+)+\b"),
    "bracket-year": re.compile(r"\([^()]*\b(?:1[89]|20)\d\d\b[^()]*\)"),
}

_BINARY = (".gz", ".json", ".psv", ".grib2", ".grb", ".png", ".bz2", ".zip", ".nc")
_MARKUP = re.compile(r"\.\.\.|\$\$|&&|/|\*|https?://|www\.|@")


def _mixed(line: str) -> bool:
    return sum(c.islower() for c in line) > sum(c.isupper() for c in line)


def product_lines(text: str) -> list[str]:
    """A product's paragraphs of mixed case, each its kept lines joined.

    >>> product_lines("SVRDMX\\n\\n* At 1209 PM CDT, a storm\\nwas near Ames.\\n\\n$$")
    ['At 1209 PM CDT, a storm was near Ames.']
    """
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text.replace("\r", "")):
        kept = [ln.strip() for ln in para.split("\n") if _mixed(ln)]
        kept = [re.sub(r"^(?:\*\s+|\.(?=[A-Z]))", "", ln) for ln in kept]
        joined = " ".join(" ".join(kept).split())
        if joined:
            out.append(joined)
    return out


def _show(git_dir: Path, rev: str, path: str) -> str:
    """A file's text at ``rev`` ("" for a blob the mirror does not hold: its largest files)."""
    run = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{rev}:{path}"],
                         capture_output=True)  # fmt: skip
    return run.stdout.decode("utf-8", "replace") if run.returncode == 0 else ""


def _files(git_dir: Path, rev: str, folder: str) -> list[str]:
    names = subprocess.run(["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", rev,
                            folder], check=True, capture_output=True, text=True).stdout  # fmt: skip
    return sorted(n for n in names.splitlines() if not n.lower().endswith(_BINARY))


def _sentences_of(text: str) -> list[str]:
    from translate.segment import split_sentences

    sents: list[str] = []
    for line in product_lines(text):
        sents += [" ".join(line[a:b].split()) for a, b in split_sentences(line, "en")]
    return [s for s in dict.fromkeys(sents) if s and not _MARKUP.search(s)]


def stories(pyiem: Path, pywwa: Path, taken: set[str]) -> dict[str, list[str]]:
    """English sentences by story (fixture path order), none sharing a sentence with ``taken``,
    with probe37's three products or with pyWWA's examples, each of ``MIN_WORDS`` words."""
    seen: set[str] = set()
    for name in PROBED:
        seen |= set(_sentences_of(_show(pyiem, COMMIT, FOLDER + name)))
    for name in _files(pywwa, "HEAD", "examples"):
        seen |= set(_sentences_of(_show(pywwa, "HEAD", name)))
    docs: dict[str, list[str]] = {}
    for path in _files(pyiem, COMMIT, FOLDER):
        name = path[len(FOLDER):]
        if name in PROBED:
            continue
        sents = _sentences_of(_show(pyiem, COMMIT, path))
        if sum(len(s.split()) for s in sents) < MIN_WORDS:
            continue
        if any(s in taken or s in seen for s in sents):
            continue
        docs[name] = sents
    return docs


def sentences(pyiem: Path, pywwa: Path, limit: int = MAX_PAIRS) -> list[tuple[str, str]]:
    import build_facts_heldout_af as af
    import build_facts_heldout_ah as ah
    import build_facts_heldout_ai as ai
    import build_facts_heldout_s as s
    import build_facts_heldout_t as t
    import build_facts_heldout_u as u
    import build_facts_heldout_v as v
    import build_facts_heldout_w as w
    import build_facts_heldout_x as x
    from facts_builder import read_sources

    taken = read_sources(HERE / "data" / name for name in EARLIER)
    docs = stories(pyiem, pywwa, set(taken))
    out: list[tuple[str, str]] = []
    keeps: list[Callable[[str], object]] = [*x._KIND_EN.values()]
    for mod in (w, v, u, t, s):
        keeps += [pattern.search for pattern in mod._KIND_EN.values()]
    keeps.append(af._CHANGE_EN.search)
    keeps += [pattern.search for pattern in ah._KIND_AH.values()]
    keeps += [pattern.search for pattern in ai._KIND_AI.values()]
    keeps += [pattern.search for pattern in _KIND_AJ.values()]
    for keep in keeps:
        out += t._round_robin(docs, keep, PER_KIND, taken)
    out += t._round_robin(docs, re.compile(r"\d").search, limit - len(out), taken)
    return out[:limit]


# --- this pass's kinds ---------------------------------------------------------------------

_COLONLESS = re.compile(r"\b(1[0-2]|[1-9])([0-5]\d)\s?([AP])\.?M\b\.?", re.IGNORECASE)


def _clock(src: str) -> tuple[int, int, str] | None:
    m = _COLONLESS.search(src)
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2)), m.group(3).upper()


def _written(tgt: str, h: int, mm: int, ap: str) -> re.Match[str] | None:
    """Where the output writes the clock time h:mm ap, in any of the forms an engine uses."""
    h24 = (h % 12) + (12 if ap == "P" else 0)
    forms = [rf"{h}{mm:02d}\s?{ap}\.?\s?M\b\.?", rf"{h}:{mm:02d}\s?{ap}\.?\s?M\b\.?",
             rf"{h24:02d}[:h]{mm:02d}", rf"{h24}[:h]{mm:02d}", rf"{h}[:h]{mm:02d}",
             rf"{h}{mm:02d}"]  # fmt: skip
    for form in forms:
        m = re.search(rf"(?<![\d:.,]){form}(?![\d:])", tgt, re.IGNORECASE)
        if m is not None:
            return m
    return None


def _times(src: str, tgt: str, pt: bool) -> list[tuple[str, str]]:
    c = _clock(src)
    if c is None:
        return []
    h, mm, ap = c
    m = _written(tgt, h, mm, ap)
    if m is None:
        return []
    h24 = (h % 12) + (12 if ap == "P" else 0)
    head, tail = tgt[: m.start()], tgt[m.end():]
    if pt:
        ok, off = f"{h24:02d}:{mm:02d}", f"{(h24 + 12) % 24:02d}:{mm:02d}"
    else:
        ok, off = f"{h}:{mm:02d} {ap}M", f"{h}:{mm:02d} {'A' if ap == 'P' else 'P'}M"
    out = [("ok-time-colon", head + ok + tail), ("time-half-day-off", head + off + tail)]
    bare = f"{h}{mm:02d}"
    if m.group(0) != bare:
        out.append(("time-as-number", head + bare + tail))
    return [(k, s) for k, s in out if s != tgt]


_VERSION_PT = re.compile(r"(?<![\d.,])(\d+)\.(\d+)(?![\d]|\.\d)")
_BRACKET_YEAR = re.compile(r"\((?=[^()]*\b(?:1[89]|20)\d\d\b[^()]*\))")


def _bracket_place(src: str, tgt: str, place_pt: str, place_en: str, pt: bool) -> str | None:
    m = _BRACKET_YEAR.search(tgt)
    if m is None or place_pt in src or place_en in src:
        return None
    return tgt[: m.end()] + (place_pt if pt else place_en) + ", " + tgt[m.end():]


def mutate_aj(src: str, tgt: str) -> list[tuple[str, str]]:
    """en -> pt: this pass's classes, made in a Portuguese target.

    >>> for kind, text in mutate_aj("At 1130 PM CDT, a storm was near Ames.",
    ...                             "Às 1130 PM CDT, uma tempestade estava perto de Ames."):
    ...     print(kind, "|", text)
    ok-time-colon | Às 23:30 CDT, uma tempestade estava perto de Ames.
    time-half-day-off | Às 11:30 CDT, uma tempestade estava perto de Ames.
    time-as-number | Às 1130 CDT, uma tempestade estava perto de Ames.
    >>> mutate_aj("It ships version 2.1.", "Ele traz a versão 2.1.")
    [('version-decimal-comma', 'Ele traz a versão 2,1.')]
    >>> mutate_aj("Ann Lee (born 1982) spoke.", "Ann Lee (nascida em 1982) falou.")
    [('bracket-place-invented', 'Ann Lee (Lisboa, nascida em 1982) falou.')]
    """
    out = _times(src, tgt, True)
    if _KIND_AJ["version"].search(src) and (v := _VERSION_PT.search(tgt)) is not None:
        out.append(("version-decimal-comma",
                    tgt[: v.start()] + f"{v.group(1)},{v.group(2)}" + tgt[v.end():]))  # fmt: skip
    if (b := _bracket_place(src, tgt, "Lisboa", "Lisbon", True)) is not None:
        out.append(("bracket-place-invented", b))
    return out


def mutate_aj_en(src: str, tgt: str) -> list[tuple[str, str]]:
    """pt -> en: this pass's classes, made in an English target (the source's time, as the
    engine's Portuguese wrote it, is read in its 24-hour form too).

    >>> for kind, text in mutate_aj_en("Às 23:30 CDT, chuva.", "At 23:30 CDT, rain."):
    ...     print(kind, "|", text)
    ok-time-colon | At 11:30 PM CDT, rain.
    time-half-day-off | At 11:30 AM CDT, rain.
    time-as-number | At 1130 CDT, rain.
    """
    out: list[tuple[str, str]] = []
    m = re.search(r"(?<![\d:.,])([01]?\d|2[0-3])[:h]([0-5]\d)(?![\d:])", src)
    c = _clock(src)
    if c is not None:
        h, mm, ap = c
    elif m is not None:
        h24, mm = int(m.group(1)), int(m.group(2))
        h, ap = (h24 % 12) or 12, "P" if h24 >= 12 else "A"
    else:
        h = 0
    if h:
        w = _written(tgt, h, mm, ap)
        if w is not None:
            head, tail = tgt[: w.start()], tgt[w.end():]
            flip = "A" if ap == "P" else "P"
            rows = [("ok-time-colon", head + f"{h}:{mm:02d} {ap}M" + tail),
                    ("time-half-day-off", head + f"{h}:{mm:02d} {flip}M" + tail)]  # fmt: skip
            if w.group(0) != f"{h}{mm:02d}":
                rows.append(("time-as-number", head + f"{h}{mm:02d}" + tail))
            out += [(k, s) for k, s in rows if s != tgt]
    if (b := _bracket_place(src, tgt, "Lisboa", "Lisbon", False)) is not None:
        out.append(("bracket-place-invented", b))
    return out


def main(argv: list[str]) -> int:
    import build_facts_heldout_p as p
    from build_facts_heldout_af import mutate_af, mutate_af_en
    from build_facts_heldout_ah import mutate_ah, mutate_ah_en
    from build_facts_heldout_ai import mutate_ai, mutate_ai_en
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

    pyiem, pywwa, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    pairs = sentences(pyiem, pywwa)
    targets = translate_pairs(pairs)
    p.OTHER_NAMES[:] = p._collect_names(targets)
    write_set(out, pairs, ID_PREFIX,
              [mutate, mutate_more, mutate_f_words, mutate_g, mutate_h, mutate_i, mutate_j,
               mutate_k, mutate_l, mutate_m, mutate_o, p.mutate_p, mutate_q, mutate_r,
               mutate_s, mutate_t, mutate_u, mutate_v, mutate_w, mutate_x, mutate_af,
               mutate_ah, mutate_ai, mutate_aj],
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
                                             mutate_aj_en],
              source="pt", to="en", mode="a", targets=pt_targets)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
