"""Build the candidate pairs of the second facts held-out set (``facts_heldout_b.jsonl``).

English pages of the real-world corpus (``tests/data/realworld``) that neither
``facts_heldout.jsonl`` (trafilatura's ``tests/eval`` pages) nor ``eval_facts.py --pages 12``
(the first 12 English news pages) use: the remaining English news pages, the English blogs and
institutional pages. Every sentence (as the pipeline segments it)
that holds a digit, a number word, a clock time or an ordinal is translated by the bare
embedded engine to Portuguese, one segment per input, and written with ``label: "todo"``;
the labels are then set by hand (see ``facts_heldout_b.README.md``) before any new rule runs.

Run: ``python benchmarks/build_facts_heldout_b.py OUT.jsonl``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

_WANTED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|million|billion|first|second|third|half|dozen)\b",
    re.IGNORECASE,
)


def main(argv: list[str]) -> int:
    from realworld_corpus import load_pages

    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    out = Path(argv[0])
    english = [p for p in load_pages() if p.language == "en"]
    used = {p.id for p in english if p.kind == "news"}
    used = set(sorted(used, key=[p.id for p in english].index)[:12])
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    articles = []
    for page in english:
        if page.id not in used:
            articles.append(parse_article(page.html(), fmt="html", source=page.id,
                                          article_id=page.id))  # fmt: skip
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for article in articles:
        try:
            prepared = prepare(article, options)
        except Exception as exc:  # a page the pipeline refuses is skipped
            print(f"skip {article.source}: {exc}", file=sys.stderr)
            continue
        for seg in prepared.segments:
            text = seg.source.strip()
            if not 25 <= len(text) <= 400 or text in seen or not _WANTED.search(text):
                continue
            seen.add(text)
            pairs.append((str(article.source), text))
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    targets, _, _ = translate_batch([t for _, t in pairs], route, None)
    with out.open("w", encoding="utf-8") as fh:
        for i, ((page, src), tgt) in enumerate(zip(pairs, targets, strict=True)):
            row = {"id": f"b{i:03d}", "page": page, "source": src, "engine": tgt,
                   "label": "todo", "note": "", "target_must_contain": []}  # fmt: skip
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(pairs)} pairs -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
