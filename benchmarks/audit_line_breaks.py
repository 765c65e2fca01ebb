"""The sentences that a hard line break now ends, on every development page of the corpus.

For each block with line breaks whose segments change under the line-break rule
(``translate.segment._cut_at_line_breaks``), print its sentences without and with the rule; with
``--translate``, what the bare embedded engine writes for each (English blocks), so that the
change is read against the engine rather than against our own output. The held-out set
(``eval_realworld.HELD_OUT_SETS``) and heldout-a/-b are left out.

    python benchmarks/audit_line_breaks.py [--translate] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_realworld as ev  # noqa: E402


def changed_blocks() -> tuple[int, list[dict[str, object]]]:
    from translate import segment as sg
    from translate.errors import TranslateError
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    out: list[dict[str, object]] = []
    pages = 0
    for name in ev.SETS:
        if name in (*ev.HELD_OUT_SETS, "heldout-a", "heldout-b"):
            continue
        for page in ev.select(name, ev.load_pages(ev.SETS[name])):
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
                art = prepare(article, RunOptions(use_cache=False, use_tm=False)).article
            except TranslateError:
                continue
            pages += 1
            for block in art.blocks:
                breaks = [x.start for x in block.inline if x.kind == "br"]
                if block.kind in ("title", "heading", "code") or not breaks:
                    continue
                lang = block.lang.lang if block.lang else (art.lang.lang if art.lang else "en")
                old = sg.split_sentences(block.text, lang)
                new = sg._cut_at_line_breaks(block.text, old, breaks, sg.segment_rules(lang))
                if old != new:
                    out.append({
                        "page": f"{name}/{page.id}", "lang": lang,
                        "old": [block.text[a:b] for a, b in old],
                        "new": [block.text[a:b] for a, b in new],
                    })  # fmt: skip
    return pages, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--translate", action="store_true", help="the bare engine on both (en)")
    parser.add_argument("--json", type=Path, help="write the changed blocks here")
    args = parser.parse_args(argv)
    pages, blocks = changed_blocks()
    on = len({b["page"] for b in blocks})
    print(f"{pages} pages, {len(blocks)} blocks changed on {on} pages")
    engine = None
    if args.translate:
        from translate.engines.embedded import EmbeddedEngine

        engine = EmbeddedEngine(threads=2)
    for block in blocks:
        old, new = list(block["old"]), list(block["new"])  # type: ignore[call-overload]
        print(f"## {block['page']} ({block['lang']})")
        print("  without:", " ¶ ".join(old))
        print("  with:   ", " ¶ ".join(new))
        if engine is not None and block["lang"] == "en":
            print("  engine without:", " ¶ ".join(engine.translate(old, "en", "pt")))
            print("  engine with:   ", " ¶ ".join(engine.translate(new, "en", "pt")))
    if args.json:
        args.json.write_text(json.dumps(blocks, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
