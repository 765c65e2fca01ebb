"""caps44: English headlines in title case, translated with their article, against the same
headline with only its names capitalised (no invented reference).

For each article (``benchmarks/data/caps44/wh_headlines.jsonl``, built by build_caps44_set.py,
or ``--data`` a development file of the same form): the headline as published (title case) and
its *names-only* form: every word in lower case but the first, an acronym or a word in mixed
case ("NASA", "McCain"), a single capital followed by a full stop (an initial or a dotted
abbreviation: "H.R.", "U.S.A."; caps47), a word the body writes capitalised inside a
sentence (not its first word), and the words of the glossary's names of several words found
in the headline. Each headline is translated:
- by the bare embedded engine (en -> pt), alone;
- by the pipeline (``translate_object``, pt-BR, no cache or TM), as the ``#`` heading of a
  Markdown article with the body's paragraphs, once with each form.
A headline *differs* when the two outputs' content words (letter runs of three or more, case
folded, minus Portuguese function words) are not the same set. Also: English words of the
headline (four letters or more, case-folded) left in the pipeline's heading; headings with a
blocking finding; pipeline headings in sentence case (no word after the first capitalised but
the names-only form's capitals).

Prints totals only (a held-out set); ``--show`` prints each headline (development data only).
A body's sentence does not end at an initial ("Donald J. Trump"; caps47). ``--names-v1``
builds caps44's form instead (initials lowered, "J." ending a sentence), for comparison.
Usage: ``python benchmarks/eval_caps44.py [--data FILE] [--limit N] [--show] [--names-v1]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "benchmarks" / "data" / "caps44" / "wh_headlines.jsonl"
# held-out: totals only (caps46's "headlines 2", State Department releases); caps44's White
# House set became development in caps46, which read its differing headlines
HELD_OUT = (ROOT / "benchmarks" / "data" / "caps46" / "state_headlines.jsonl",)
_LETTERS = re.compile(r"[^\W\d_]+")
_SENT = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)[\"”’)]*\s+")  # an initial ("J.") ends no sentence
_SENT_V1 = re.compile(r"(?<=[.!?])[\"”’)]*\s+")  # caps44's splitter (--names-v1)
_INITIAL = re.compile(r"[A-Z]\.")  # a dotted initial: "H." of "H.R.", "J." of "Donald J."
FUNCTION_PT = frozenset(
    "a o as os um uma uns umas de da do das dos em na no nas nos ao aos à às para por pelo pela "  # noqa: SIM905
    "pelos pelas com sem sobre e ou que se sua seu suas seus entre como".split())


def mid_sentence_caps(body: list[str], v1: bool = False) -> set[str]:
    """Words the body writes capitalised inside a sentence (not its first word); a single
    capital and a full stop (an initial) ends no sentence (caps47; ``v1``: caps44's splitter).

    >>> sorted(mid_sentence_caps(["Hope rose. The firm Apple said May was good."]))
    ['Apple', 'May']
    >>> sorted(mid_sentence_caps(["It was signed by Donald J. Trump today."]))
    ['Donald', 'J', 'Trump']
    >>> sorted(mid_sentence_caps(["It was signed by Donald J. Trump today."], v1=True))
    ['Donald', 'J']
    """
    out: set[str] = set()
    for para in body:
        for sent in (_SENT_V1 if v1 else _SENT).split(para):
            for i, m in enumerate(_LETTERS.finditer(sent)):
                w = m.group()
                if i > 0 and w[0].isupper():
                    out.add(w)
    return out


def names_only(title: str, names: set[str], phrases: list[tuple[str, ...]],
               v1: bool = False) -> str:
    """``title`` with only its names capitalised (see the module's doc); a single capital
    followed by a full stop (an initial, a dotted abbreviation: "H.R.", "U.S.A.") is kept as
    written (caps47; ``v1``: caps44's form, which lowered them).

    >>> names_only("Bill H.R. 3377 Signed for the U.S.A.", set(), [])
    'Bill H.R. 3377 signed for the U.S.A.'
    >>> names_only("Bill H.R. 3377 Signed for the U.S.A.", set(), [], v1=True)
    'Bill h.r. 3377 signed for the u.s.a.'

    >>> names_only("Webb Hints at Water on Distant World", {"Webb"}, [])
    'Webb hints at water on distant world'
    >>> names_only("NASA Sends Hope to Bush", {"Bush"}, [("Sends", "Hope")])
    'NASA Sends Hope to Bush'
    """
    spans = [(m.start(), m.end(), m.group()) for m in _LETTERS.finditer(title)]
    keep: set[int] = set()
    words = [s[2] for s in spans]
    for ph in phrases:
        n = len(ph)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == ph:
                keep.update(range(i, i + n))
    out = list(title)
    for i, (a, b, w) in enumerate(spans):
        if i == 0 or i in keep or w in names or w[1:] != w[1:].lower():
            continue
        if not v1 and _INITIAL.fullmatch(title[a:b + 1]):
            continue
        if i > 0 and title[spans[i - 1][1]:a] in ("'", "’"):  # "America’s": the s
            continue
        out[a:b] = w.lower()
    return "".join(out)


def content(text: str) -> set[str]:
    return {w.casefold() for w in _LETTERS.findall(text)
            if len(w) >= 3 and w.casefold() not in FUNCTION_PT}


def english_left(out: str, title: str) -> int:
    src = {w.casefold() for w in _LETTERS.findall(title) if len(w) >= 4}
    return sum(1 for w in _LETTERS.findall(out) if w.casefold() in src)


def sentence_cased(out: str, allowed: set[str]) -> bool:
    words = _LETTERS.findall(out)
    return all(not w[0].isupper() or w in allowed for w in words[1:])


def glossary_phrases() -> list[tuple[str, ...]]:
    from translate.glossary import cache

    out: set[tuple[str, ...]] = set()
    for entry in cache.load([]):
        for _, text in entry.variants:
            parts = tuple(_LETTERS.findall(text))
            if len(parts) >= 2 and " ".join(parts) == text:
                out.add(parts)
    return sorted(out)


def pipeline(title: str, body: list[str]) -> tuple[str, bool]:
    from translate.api import RunOptions, parse_targets, translate_object

    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    doc = "# " + title + "\n\n" + "\n\n".join(body) + "\n"
    ed = translate_object({"id": "caps44", "text": doc, "format": "markdown"},
                          parse_targets("pt-BR"), options, None)[0]
    head = ed.blocks[0]
    blocking = {f.segment for f in ed.findings if f.severity == "error"}
    return " ".join(s.target for s in head.segments), any(s.id in blocking for s in head.segments)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=SET)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="each headline (development data only)")
    ap.add_argument("--names-v1", action="store_true",
                    help="caps44's names-only form (initials lowered, \"J.\" ending a sentence)")
    args = ap.parse_args()
    if args.show and args.data.resolve() in {p.resolve() for p in HELD_OUT}:
        raise SystemExit("--show is for development data; this set is held out")
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    if args.limit:
        rows = rows[: args.limit]
    from translate.engines.embedded import EmbeddedEngine

    eng = EmbeddedEngine()
    phrases = glossary_phrases()
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_caps44; {platform.machine()}; Python "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}; "
          f"{len(rows)} headlines of {args.data}; embedded engine en->pt, pipeline pt-BR "
          f"(no cache, no TM); names-only form {'caps44 (v1)' if args.names_v1 else 'caps47'}")
    t0 = time.process_time()
    v1 = args.names_v1
    forms = [(r["title"], names_only(r["title"], mid_sentence_caps(r["body"], v1), phrases, v1))
             for r in rows]
    varied = sum(1 for t, n in forms if t != n)
    bare_t = eng.translate([t for t, _ in forms], "en", "pt")
    bare_n = eng.translate([n for _, n in forms], "en", "pt")
    bare_diff = pipe_diff = left_t = left_n = held_t = held_n = sc_t = sc_n = 0
    for r, (t, n), bt, bn in zip(rows, forms, bare_t, bare_n, strict=True):
        pt_, ht = pipeline(t, r["body"])
        pn, hn = pipeline(n, r["body"])
        allowed = {w for w in _LETTERS.findall(pn)} | set(_LETTERS.findall(n))
        bd = content(bt) != content(bn)
        pd = content(pt_) != content(pn)
        bare_diff += bd
        pipe_diff += pd
        left_t += english_left(pt_, t)
        left_n += english_left(pn, n)
        held_t += ht
        held_n += hn
        sc_t += sentence_cased(pt_, allowed)
        sc_n += sentence_cased(pn, allowed)
        if args.show:
            print(json.dumps({"id": r.get("id"), "title": t, "names_only": n, "bare_title": bt,
                              "bare_names": bn, "pipe_title": pt_, "pipe_names": pn,
                              "bare_differs": bd, "pipe_differs": pd}, ensure_ascii=False))
    print(f"# CPU {time.process_time() - t0:.1f} s")
    print(f"headlines {len(rows)}; names-only form differs from the title-case form: {varied}")
    print(f"bare engine: title-case vs names-only outputs differ in a content word: {bare_diff}")
    print(f"pipeline: title-case vs names-only headings differ in a content word: {pipe_diff}")
    print(f"pipeline English words left in the heading: title-case {left_t}; names-only {left_n}")
    print(f"pipeline headings with a blocking finding: title-case {held_t}; names-only {held_n}")
    print(f"pipeline headings in sentence case: title-case {sc_t}; names-only {sc_n}")


if __name__ == "__main__":
    main()
