"""The runs ``translate.untranslatable.repeated_names`` (rule ``title-repeated``: a capitalized
run the article writes inside a sentence twice or more) takes, per page or per set item, without
translating: for reading what the rule would keep in English.

    python benchmarks/list_repeated_names.py [--folders dev,heldout-c,...] [--sets c,d,...]

``--folders``: English pages of the realworld corpus folders (default: the development folders of
``audit_title_rules.py``); ``--sets``: items of ``benchmarks/data/untranslatables_<x>.jsonl`` (each
item one paragraph, read as one text).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    from audit_title_rules import DEV
    from eval_realworld import SETS, load_pages

    from translate import untranslatable
    from translate.errors import TranslateError
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--folders", default=DEV)
    parser.add_argument("--sets", default="")
    args = parser.parse_args(argv)
    lex = untranslatable.engine_lexicon("en")
    runs = pages = 0
    seen: set[str] = set()
    for name in [f for f in args.folders.split(",") if f]:
        for page in load_pages(SETS[name]):
            if page.id in seen or page.language != "en":
                continue
            seen.add(page.id)
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError:
                continue
            prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
            texts = [s.source for s in prepared.segments]
            kinds = [prepared.article.blocks[s.block].kind for s in prepared.segments]
            found = untranslatable.repeated_names(texts, kinds, "en", lex)
            if found:
                pages += 1
                runs += len(found)
                print(f"{name} {page.id} {found}")
    for x in [s for s in args.sets.split(",") if s]:
        path = ROOT / f"benchmarks/data/untranslatables_{x}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["from"] != "en":
                continue
            found = untranslatable.repeated_names([item["text"]], ["paragraph"], "en", lex)
            if found:
                pages += 1
                runs += len(found)
                print(f"set {x} {item['id']} {found}")
    print(f"# {len(seen)} pages read; {pages} pages or items with a run, {runs} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
