"""Candidate signals for set k's damaged names, counted as populations before any rule is written.

    python benchmarks/audit_k_signals.py [--sets c,...,k] [--folders dev,heldout-c,...]

Set k's seven losses (untrans22's run, a development set since untrans23) stand where no rule of
``translate.untranslatable.title_spans`` looks: four in numbered title-case headings of a course
syllabus ("3. Rithm School - Testing with Jest", "6. Local Development with VS Code"), two work
titles opening a sentence ("Really Really Love You was released in August", "On a Wing and a
Prayer (1992) reunited him"), one place inside a game whose head usage translates ("Loot Lake").
A capital at a sentence's start or in a title-case line is no evidence of a name, so each
candidate signal is a cue that does not depend on case. Printed, one line per hit, for reading
(which hits are names that must stay, which are words or names usage translates):

- ``coined``: a capitalized word new to the engine (``_brand_word``: "Rithm") followed by one or
  two capitalized words of the engine's lexicon ("School"): "Rithm School", "Lenovo Legion";
- ``year``: a title-case run just before a year in parentheses ("On a Wing and a Prayer (1992)");
- ``released``: a title-case run just before "was released", "was published", "premiered",
  "debuted".

``--sets``: English items of ``benchmarks/data/untranslatables_<x>.jsonl`` (a hit on one of the
item's listed tokens is marked ``TOKEN``); ``--folders``: English pages of the realworld corpus
(``eval_realworld.SETS``), each block's text. Nothing is translated.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

_MINOR = r"a|an|the|of|and|in|on|to|for|with|at|by|from|or|is|my|me|you|your"
_TITLE_RUN = rf"((?:[A-Z0-9][\w'’&.!:-]*|{_MINOR}) ){{1,8}}"
SIGNALS = {
    "coined": re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’&]*)((?: [A-Z][a-z]+){1,2})(?![\w'’-])"),
    "year": re.compile(_TITLE_RUN + r"\((?:1[89]\d\d|20[0-2]\d)\)"),
    "released": re.compile(
        _TITLE_RUN
        + r"(?:(?:was|were|is|has been) (?:first )?(?:released|published|performed)|premiered"
        r"|debuted)\b"
    ),
}


def hits(text: str) -> list[tuple[str, str]]:
    """(signal, span) for every candidate in ``text``."""
    from translate.untranslatable import _brand_word, engine_capitalized, engine_lexicon

    lex, known = engine_lexicon("en"), engine_capitalized("en")
    out: list[tuple[str, str]] = []
    for name, pattern in SIGNALS.items():
        for m in pattern.finditer(text):
            if name == "coined":
                rest = m.group(2).split()
                if not _brand_word(m.group(1), lex, known):
                    continue
                if not all(w.casefold() in lex for w in rest):
                    continue
            out.append((name, m.group(0)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", default="c,d,e,f,g,h,i,j,k")
    parser.add_argument("--folders", default="")
    args = parser.parse_args(argv)
    tally: Counter[str] = Counter()
    for x in [s for s in args.sets.split(",") if s]:
        path = ROOT / f"benchmarks/data/untranslatables_{x}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["from"] != "en":
                continue
            toks = [t["token"] for t in item["tokens"]]
            for name, span in hits(item["text"]):
                core = span.rsplit("(", 1)[0].strip()
                named = any(t in core or core in t for t in toks)
                tally[f"{name} {'TOKEN' if named else 'other'}"] += 1
                print(f"{name:8} {item['id']:6} {'TOKEN' if named else '     '} {span!r}")
    if args.folders:
        from eval_realworld import SETS, load_pages

        from translate.errors import TranslateError
        from translate.read import parse_article

        for folder in args.folders.split(","):
            for page in load_pages(SETS[folder]):
                if page.language != "en":
                    continue
                try:
                    article = parse_article(
                        page.html(), fmt="html", source=page.id, article_id=page.id
                    )
                except TranslateError:
                    continue
                for block in article.blocks:
                    for name, span in hits(block.text):
                        tally[f"{name} page"] += 1
                        print(f"{name:8} {folder}:{page.id} {span!r}")
    print("\nsignal  where   hits")
    for key in sorted(tally):
        print(f"{key:20} {tally[key]:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
