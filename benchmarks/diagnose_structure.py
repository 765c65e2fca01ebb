"""Structural, site-independent signals for leaked lines, decided on some sets, checked on others.

    python benchmarks/diagnose_structure.py --set heldout-e --set heldout-f --set heldout-g

For every kept block of the edition (as ``eval_realworld`` scores it: 4+ words, a leak when it is
outside the page's expected text, a body line when inside) it evaluates candidate rules that look
only at the edition's structure -- no phrase, no site -- and counts, per set, the leaks each rule
would drop and the body lines it would lose. The rules are fixed in this file before any set is
read by it; a rule is adopted only if it drops leaks on the sets it was not decided on without
losing body lines there. A development tool: it refuses the held-out set.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_realworld as ev

_END = re.compile(r"[.!?。！？」\"”’')]\s*$")


@dataclass
class B:
    kind: str
    text: str
    words: int
    link_chars: int
    sentence: bool


def blocks_of(page: ev.Page) -> list[B]:
    from translate.errors import TranslateError
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import image_only, parse_article

    try:
        article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
        prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
    except TranslateError:
        return []
    out = []
    for b in prepared.article.blocks:
        if b.kind == "title" or image_only(b):
            continue
        lc = sum(s.end - s.start for s in b.inline if s.kind == "link")
        out.append(B(b.kind, b.text, len(b.text.split()), lc, bool(_END.search(b.text))))
    return out


def main_end(bs: list[B]) -> int:
    """Index of the body's last long paragraph (30+ words, ends as a sentence); -1 if none."""
    idx = [i for i, b in enumerate(bs) if b.kind == "paragraph" and b.words >= 30 and b.sentence]
    return idx[-1] if idx else -1


def main_start(bs: list[B]) -> int:
    idx = [i for i, b in enumerate(bs) if b.kind == "paragraph" and b.words >= 30 and b.sentence]
    return idx[0] if idx else len(bs)


def r_tail_short(bs: list[B], i: int) -> bool:  # after the main block, short (< 15 words)
    return i > main_end(bs) >= 0 and bs[i].words < 15


def r_tail_noend(bs: list[B], i: int) -> bool:  # after the main block, does not end as a sentence
    return i > main_end(bs) >= 0 and not bs[i].sentence and bs[i].kind != "heading"


def r_tail_all(bs: list[B], i: int) -> bool:  # everything after the main block
    return i > main_end(bs) >= 0


def r_head_noend(bs: list[B], i: int) -> bool:  # before the first long paragraph, no sentence end
    return i < main_start(bs) and not bs[i].sentence and bs[i].kind != "heading"


def r_link_dense(bs: list[B], i: int) -> bool:  # half or more of the block's characters are links
    return bs[i].link_chars * 2 >= len(bs[i].text) > 0


def r_repeated(bs: list[B], i: int) -> bool:  # a block whose text is kept twice or more
    return sum(1 for b in bs if b.text == bs[i].text) >= 2


def r_noend_run(bs: list[B], i: int) -> bool:  # in a run of 3+ non-heading blocks, none a sentence
    def flat(j: int) -> bool:
        return (
            0 <= j < len(bs) and not bs[j].sentence and bs[j].kind != "heading" and bs[j].words < 15
        )

    if not flat(i):
        return False
    lo = i
    while flat(lo - 1):
        lo -= 1
    hi = i
    while flat(hi + 1):
        hi += 1
    return hi - lo + 1 >= 3


RULES: dict[str, Callable[[list[B], int], bool]] = {
    "tail-short": r_tail_short,
    "tail-noend": r_tail_noend,
    "tail-all": r_tail_all,
    "head-noend": r_head_noend,
    "link-dense": r_link_dense,
    "repeated": r_repeated,
    "noend-run": r_noend_run,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", action="append", required=True)
    args = parser.parse_args(argv)
    print("\n".join(ev.header_lines()))
    for name in args.set:
        pages = ev.development_pages(name, parser)
        leaks = body = 0
        hit: Counter[str] = Counter()
        for page in pages:
            expected = page.expected_text()
            if not expected:
                continue
            exp_key = ev.key(expected)
            bs = blocks_of(page)
            for i, b in enumerate(bs):
                if b.words < 4:
                    continue
                leak = ev.key(b.text) not in exp_key
                leaks += leak
                body += not leak
                for rule, fn in RULES.items():
                    if fn(bs, i):
                        hit[f"{rule} {'leak' if leak else 'body'}"] += 1
        print(f"set {name}: pages {len(pages)}, kept lines of 4+ words: leaks {leaks}, body {body}")
        for rule in RULES:
            lk, bd = hit[f"{rule} leak"], hit[f"{rule} body"]
            print(f"  {rule:11} drops leaks {lk:4} ({lk / max(leaks, 1):.0%}), body lines {bd:4}"
                  f" ({bd / max(body, 1):.1%})")  # fmt: skip
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
