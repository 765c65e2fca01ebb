"""Every sentence with a date in digits or a 12-hour time on the corpus's development pages and
feeds, through the bare embedded engine and the post-engine stages of the tree on ``PYTHONPATH``.

Sentences are picked by a pattern of this script's own (day and month in either order with a
year, a two-digit day-month pair after "/", a time with "a.m."/"p.m."), not by the code under
test, so that two trees are compared on the same sentences. For each: the engine's output,
what the tree publishes (``translate.check.check_pair``: localize, then the checks) and its
blocking findings. English sources go to pt-BR, Portuguese ones to en. The held-out page sets
(``eval_realworld.HELD_OUT_SETS``, heldout-a/-b) are left out.

    PYTHONPATH=OLD python benchmarks/audit_numeric_dates.py > old.txt
    python benchmarks/audit_numeric_dates.py > new.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_realworld as ev  # noqa: E402

PATTERN = re.compile(
    r"(?<![\w./\-])\d{1,2}(?:º|°|st|nd|rd|th)?([/.\-])\d{1,2}\1(?:\d{4}|\d{2})(?![\w])"
    r"|(?<![\w./\-])\d{2}/\d{2}(?![\w/])"
    r"|(?<![\w.,:])\d{1,2}(?::\d\d)?[^\S\n]?(?:[ap]\.?[^\S\n]?m\b|[AP]M\b)"  # "2:30 p.m."
)
TARGETS = {"en": "pt-BR", "pt": "en"}


def sentences() -> list[tuple[str, str, str]]:
    """(where, language, sentence) for every segment the pattern finds."""
    from translate.errors import TranslateError
    from translate.feeds.reader import FeedReader
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    out: list[tuple[str, str, str]] = []

    def take(where: str, text: str, fmt: str) -> None:
        try:
            article = parse_article(text, fmt=fmt, source=where, article_id="a")
            prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
        except TranslateError:
            return
        for seg in prepared.segments:
            if seg.lang in TARGETS and PATTERN.search(seg.source):
                out.append((where, seg.lang, seg.source))

    for name in ev.SETS:
        if name in (*ev.HELD_OUT_SETS, "heldout-a", "heldout-b"):
            continue
        for page in ev.select(name, ev.load_pages(ev.SETS[name])):
            take(f"{name}/{page.id}", page.html(), "html")
    for folder in (ROOT / "tests/data/realworld/feeds", ROOT / "benchmarks/data/feeds"):
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".rss", ".atom", ".xml", ".json") or ".facts." in path.name:
                continue
            try:
                items = list(FeedReader(path))
            except TranslateError:
                continue
            for item in items:
                body = item.content or item.summary or ""
                take(f"{path.name}#{item.position}", f"<h1>{item.title or ''}</h1>{body}", "html")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    from translate.check import check_pair
    from translate.engines.embedded import EmbeddedEngine

    found = sentences()
    engine = EmbeddedEngine(threads=2)
    held = changed = 0
    print(f"{len(found)} sentences with a date in digits or a 12-hour time")
    for where, lang, source in found:
        target = TARGETS[lang]
        [raw] = engine.translate([source], lang, target.split("-")[0])
        result = check_pair(source, raw, lang, target)
        blocking = [f"[{f.check}] {f.message}" for f in result.findings if f.severity == "error"]
        held += bool(blocking)
        changed += result.text != raw
        print(f"## {where} ({lang} -> {target})")
        print(f"  source:    {source}")
        print(f"  engine:    {raw}")
        print(f"  published: {result.text}" + ("" if result.text != raw else "  (as the engine)"))
        for line in blocking:
            print(f"  BLOCKING {line}")
    print(f"# {len(found)} sentences: {changed} rewritten, {held} held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
