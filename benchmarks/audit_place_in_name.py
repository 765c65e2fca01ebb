"""Every place name of the glossary joined to another capitalized word in the English text of the
development pages and feeds ("Lesotho Times", "World Vision Lesotho", "Mexico City", "Canada
Day"), with the signals that might tell a name that keeps the place as written from a run whose
place Portuguese writes in its own form, for reading and counting.

    python benchmarks/audit_place_in_name.py [--folders dev,heldout-c,...] [--marks FILE]

A candidate is a glossary place (type "place") whose pt-BR form differs from its English name,
joined by one space to a capitalized word after it, or to a capitalized word before it that is
not a sentence's first word; the run is the maximal sequence of capitalized words (and
hyphenated capitalized words) around it with no minor word inside. Signals, printed per run:

- ``A``: a capitalized word of the run, other than the place and other glossary places, that is
  no lower-case word of the engine's English vocabulary (``untranslatable.engine_lexicon``);
- ``B``: a word of the run in ``ORG_NOUNS`` (nouns that end publications' and firms' names);
- ``C``: the run written again in the same page.

With ``--marks`` (a file of lines "KEEP|TRANSLATE<TAB>run", written by reading the list), each
signal's count of KEEP and TRANSLATE runs is printed. Held-out folders are refused
(``eval_realworld.HELD_OUT_SETS``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

DEV = (
    "dev,heldout-c,heldout-d,heldout-e,heldout-f,heldout-g,heldout-h,heldout-i,heldout-j,"
    "heldout-k,heldout-l,heldout-m,zyte-dev"
)
ORG_NOUNS = frozenset(
    [
        "Times",
        "Post",
        "Herald",
        "News",
        "Tribune",
        "Gazette",
        "Journal",
        "Telegraph",
        "Chronicle",
        "Observer",
        "Express",
        "Mail",
        "Standard",
        "Monitor",
        "Today",
        "Computers",
        "Airways",
        "Airlines",
        "Air",
        "Inc",
        "Ltd",
        "Corp",
        "Group",
        "Bank",
        "Holdings",
        "Radio",
        "TV",
        "Television",
        "Broadcasting",
        "Online",
        "Daily",
        "Weekly",
        "Review",
        "Insider",
    ]
)
_MINOR = frozenset(
    [
        "of",
        "the",
        "and",
        "de",
        "da",
        "do",
        "das",
        "dos",
        "for",
        "in",
        "on",
        "at",
        "to",
        "a",
        "an",
        "&",
        "y",
        "e",
        "la",
        "le",
        "el",
        "del",
        "van",
        "von",
    ]
)


def _stop(word: str, before: bool) -> bool:
    """A word the run may not hold: a minor word (also capitalized, as Title Case writes it),
    or, before the place, a word ending a sentence ("Croatia. Russia")."""
    bare = word.strip("'’,")
    if bare.casefold() in _MINOR:
        return True
    return before and bare.endswith(".") and "." not in bare[:-1] and len(bare) > 4


def _text_units(folders: list[str]) -> list[tuple[str, str]]:
    from eval_realworld import HELD_OUT_SETS, SETS, load_pages

    from translate.errors import TranslateError
    from translate.read import parse_article

    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name in folders:
        if name in HELD_OUT_SETS or name in ("heldout", "heldout-a", "heldout-b"):
            raise SystemExit(f"{name} is held out")
        for page in load_pages(SETS[name]):
            if page.id in seen or page.language != "en":
                continue
            seen.add(page.id)
            try:
                article = parse_article(page.html(), fmt="html", source=page.id,
                                        article_id=page.id)  # fmt: skip
            except TranslateError:
                continue
            text = "\n".join([article.title or "", *(b.text for b in article.blocks)])
            out.append((f"{name}/{page.id}", text))
    for feed in sorted((ROOT / "tests/data/realworld/feeds").iterdir()):
        if feed.name.endswith(".json") or feed.name == "README.md":
            continue
        raw = feed.read_text(encoding="utf-8", errors="replace")
        raw = re.sub(r"<!\[CDATA\[|\]\]>", " ", raw)
        raw = re.sub(r"&lt;.*?&gt;|<[^>]+>", "\n", raw)
        out.append((f"feeds/{feed.name}", raw))
    return out


def _places() -> dict[str, str]:
    from translate.glossary.cache import load
    from translate.glossary.forms import target_form

    out: dict[str, str] = {}
    for entry in load():
        if entry.type != "place":
            continue
        form = target_form(entry, "pt-BR")
        for _kind, name in entry.variants:
            if form and form != name and name[:1].isupper():
                out[name] = form
    return out


def _translate(text: str) -> tuple[str, str]:
    """The bare engine's and the pipeline's pt-BR of ``text`` (as eval_untranslatables)."""
    from eval_untranslatables import translate_item

    ours, bare, _slips = translate_item({"id": "run", "text": text, "from": "en", "to": "pt-BR"})
    return bare, ours


def main(argv: list[str] | None = None) -> int:
    from translate import untranslatable
    from translate.errors import InputError

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", default=DEV)
    parser.add_argument("--marks", type=Path)
    parser.add_argument(
        "--translate",
        default="",
        help="translate the sentence of each run so marked (e.g. KEEP) to pt-BR, "
        "bare engine and pipeline, and say whether the run is kept whole",
    )
    args = parser.parse_args(argv)
    places = _places()
    lex = untranslatable.engine_lexicon("en")
    pat = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
        + r")(?![\w-])"
    )
    runs: dict[str, list[str]] = defaultdict(list)
    signals: dict[str, set[str]] = {}
    ctx: dict[str, str] = {}
    for where, text in _text_units([f for f in args.folders.split(",") if f]):
        counts: Counter[str] = Counter()
        found: list[str] = []
        for line in text.split("\n"):
            for m in pat.finditer(line):
                # extend to the capitalized words joined by single spaces on both sides
                a, b = m.start(), m.end()
                after = re.match(r"(?: [A-Z][\w'’.-]*)+", line[b:])
                before = re.search(r"(?:[A-Z][\w'’.-]* )+$", line[:a])
                end = b + (after.end() if after else 0)
                start = before.start() if before else a
                if before:
                    lead = line[:start].rstrip(" \"“‘'«([")
                    if lead == "" or lead[-1] in ".!?:|•–—-":
                        # the first capitalized word may only be the sentence's first word
                        first = before.group(0).split(" ")[0]
                        if first.casefold() in lex or first.casefold() in _MINOR:
                            start += len(first) + 1
                if start == a and end == b:
                    continue
                words = line[start:end].split(" ")
                lo, hi = 0, len(words)
                k = len(line[start:a].split(" ")) - 1  # index of the place's first word
                n = len(m.group(1).split(" "))
                for i in range(k - 1, -1, -1):  # a sentence's end or a minor word stops it
                    if _stop(words[i], before=True):
                        lo = i + 1
                        break
                for i in range(k + n, len(words)):
                    if _stop(words[i], before=False) or _stop(words[i - 1], before=True):
                        hi = i
                        break
                if lo == k and hi == k + n:
                    continue
                run = " ".join(words[lo:hi]).strip(" ,'’.")
                found.append(run)
                ctx.setdefault(run, line[max(0, start - 60) : end + 60].strip())
                counts[run] += 1
                others = [w for w in run.split() if w not in m.group(1).split()
                          and w not in places]  # fmt: skip
                sig = set()
                if any(w.strip(".'’").casefold() not in lex for w in others):
                    sig.add("A")
                if any(w.strip(".'’") in ORG_NOUNS for w in others):
                    sig.add("B")
                signals[run] = signals.get(run, set()) | sig
        for run in dict.fromkeys(found):
            if counts[run] > 1:
                signals[run].add("C")
            runs[run].append(where)
    marks: dict[str, str] = {}
    if args.marks:
        for line in args.marks.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                mark, run = line.split("\t", 1)
                marks[run] = mark
    table: Counter[tuple[str, str]] = Counter()
    for run in sorted(runs, key=str.casefold):
        sig = "".join(sorted(signals[run])) or "-"
        mark = marks.get(run, "?")
        for s in [*sorted(signals[run]), "any"]:
            table[s, mark] += 1
        print(f"{mark}\t{run}\t{sig}\t{len(runs[run])} page(s): {', '.join(runs[run][:3])}")
        print(f"\t\t{ctx[run]}")
    print(f"# {len(runs)} distinct runs")
    if args.translate:
        kept: Counter[str] = Counter()
        for run in sorted(runs, key=str.casefold):
            if marks.get(run) != args.translate:
                continue
            try:
                bare, ours = _translate(ctx[run])
            except InputError:  # the reader takes the line for site furniture
                kept["skipped"] += 1
                continue
            verdict = ("kept" if run in ours else "lost") + (
                "/bare kept" if run in bare else "/bare lost"
            )
            kept[verdict] += 1
            print(f"[{verdict}] {run}\n    src:  {ctx[run]}\n    bare: {bare}\n    ours: {ours}")
        print(f"# {args.translate} runs translated: {dict(sorted(kept.items()))}")
    if marks:
        for s in ("A", "B", "C", "any"):
            print(
                f"# signal {s}: KEEP {table[s, 'KEEP']}, TRANSLATE {table[s, 'TRANSLATE']},"
                f" unsure {table[s, 'UNSURE']}, unmarked {table[s, '?']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
