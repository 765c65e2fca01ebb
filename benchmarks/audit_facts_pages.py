"""Do-no-harm audit of the facts gate on the corpus's development pages and feeds: every English
or Portuguese sentence, through the bare embedded engine once, then the post-engine stages and
checks of the tree on ``PYTHONPATH`` (``translate.check.check_pair``).

The engine's outputs are written to ``--pairs`` on the first run and read from it after, so that
two trees are compared on the same engine outputs (the engine is the slow part). English sources
go to pt-BR, Portuguese ones to en. The held-out page sets (``eval_realworld.HELD_OUT_SETS``,
heldout-a/-b) are left out. Printed: every sentence with a blocking finding, then the counts.

    python benchmarks/audit_facts_pages.py --pairs pairs.jsonl > new.txt
    PYTHONPATH=OLD python benchmarks/audit_facts_pages.py --pairs pairs.jsonl > old.txt
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_realworld as ev  # noqa: E402

TARGETS = {"en": "pt-BR", "pt": "en"}


def sentences() -> list[tuple[str, str, str]]:
    """(where, language, sentence) for every English or Portuguese segment."""
    from translate.errors import TranslateError
    from translate.feeds.reader import FeedReader
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    out: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def take(where: str, text: str, fmt: str) -> None:
        try:
            article = parse_article(text, fmt=fmt, source=where, article_id="a")
            prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
        except TranslateError:
            return
        for seg in prepared.segments:
            key = (seg.lang, seg.source)
            if seg.lang in TARGETS and seg.source.strip() and key not in seen:
                seen.add(key)
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


def engine_pairs(path: Path, stride: int) -> list[dict[str, str]]:
    """The engine's outputs: read from ``path``, or (no file yet) every Portuguese sentence and
    every ``stride``-th English one translated and written to it batch by batch."""
    if path.is_file():
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    from translate.engines.embedded import EmbeddedEngine

    engine = EmbeddedEngine(threads=2)
    found = sentences()
    english = [(w, lg, s) for w, lg, s in found if lg == "en"][::stride]
    picked = [(w, lg, s) for w, lg, s in found if lg == "pt"] + english
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8") as out:
        for start in range(0, len(picked), 32):
            batch = picked[start:start + 32]
            for lg in {lg for _, lg, _ in batch}:
                part = [(w, s) for w, g, s in batch if g == lg]
                outs = engine.translate([s for _, s in part], lg, TARGETS[lg].split("-")[0])
                for (w, s), o in zip(part, outs, strict=True):
                    row = {"where": w, "lang": lg, "source": s, "engine": o}
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            out.flush()
    partial.rename(path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=Path, required=True,
                        help="engine outputs (written on the first run, read after)")
    parser.add_argument("--stride", type=int, default=1,
                        help="translate every N-th English sentence only (first run)")
    args = parser.parse_args(argv)
    from translate.check import check_pair

    rows = engine_pairs(args.pairs, args.stride)
    held = 0
    for row in rows:
        target = TARGETS[row["lang"]]
        result = check_pair(row["source"], row["engine"], row["lang"], target)
        blocking = [f"[{f.check}] {f.message}" for f in result.findings if f.severity == "error"]
        if not blocking:
            continue
        held += 1
        print(f"## {row['where']} ({row['lang']} -> {target})")
        print(f"  source:    {row['source']}")
        print(f"  engine:    {row['engine']}")
        for line in blocking:
            print(f"  BLOCKING {line}")
    langs = {lang: sum(r["lang"] == lang for r in rows) for lang in TARGETS}
    print(f"# {len(rows)} sentences ({langs}): {held} held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
