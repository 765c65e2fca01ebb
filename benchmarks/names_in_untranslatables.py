"""The glossary's mentions in every item of the development untranslatables sets (glossary42).

For each item of ``benchmarks/data/untranslatables_{c..s}.jsonl``: the item read as Markdown and
prepared as the pipeline prepares it (``prepare``), then the glossary stage
(``protect_segments``, with each segment's code spans when the code in the tree takes them),
printed as one line per item with its mentions (surface, entry, kind, the fix if any). Run it on
two trees and ``diff`` the outputs: the items whose names change.

    PYTHONPATH=OLD python benchmarks/names_in_untranslatables.py > before.txt
    python benchmarks/names_in_untranslatables.py > after.txt

No engine runs: what the glossary finds in the source, which is what it protects, repairs and
warns on.
"""

from __future__ import annotations

import inspect
import json
import platform
import sys
import time
from pathlib import Path

SETS = "cdefghijklmnopqrs"


def main() -> int:
    from translate import glossary as glossary_pkg
    from translate.glossary import cache as glossary_cache
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import _code_pieces, prepare
    from translate.protect import protect_segments
    from translate.read import parse_article

    root = Path(__file__).resolve().parent / "data"
    takes_code = "verbatim" in inspect.signature(protect_segments).parameters
    print(f"# names_in_untranslatables.py  {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC"
          f"  {platform.node()}  code from {Path(glossary_pkg.__file__).parent.parent}"
          f"  code spans passed: {takes_code}")
    glossary = glossary_cache.load((), builtin=True)
    items = mentions = 0
    for letter in SETS:
        for line in (root / f"untranslatables_{letter}.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            items += 1
            options = RunOptions(use_cache=False, use_tm=False, source_lang=item["from"])
            profile = parse_targets(item["to"])[0]
            try:
                article = parse_article(item["text"], fmt="md", source=item["id"],
                                        article_id=item["id"])
                prepared = prepare(article, options)
            except Exception as exc:  # an item the pipeline refuses: said, not counted
                print(f"{letter} {item['id']}\tnot prepared: {type(exc).__name__}")
                continue
            segs = prepared.segments
            kwargs = {}
            if takes_code:
                kwargs["verbatim"] = [_code_pieces(prepared.article.blocks[s.block], s)
                                      for s in segs]
            protected = protect_segments(segs, glossary, profile.tag, prepared.source_lang,
                                         **kwargs)
            found = [f"{e.mention.surface}={e.mention.entry.id}:{e.mention.match}"
                     + (f">{e.mention.fix}" if e.mention.fix else "")
                     for it in protected.items for e in it.expectations]
            mentions += len(found)
            print(f"{letter} {item['id']}\t" + " | ".join(found))
    print(f"# items {items}, mentions {mentions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
