"""``repeated_names`` (rule ``title-repeated``, as the code now stands) on the corpus pages where
earlier listings of ``list_repeated_names.py`` found runs: which runs are left, which dropped.

    python benchmarks/recheck_repeated_runs.py LISTING [LISTING ...]

LISTING: a raw output of ``benchmarks/list_repeated_names.py`` (lines ``folder page_id [runs]``).
No translation: the runs left keep the masks an earlier ``audit_title_rules.py`` run translated.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    from eval_realworld import SETS, load_pages

    from translate import untranslatable
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    want: dict[str, dict[str, str]] = {}
    for name in argv if argv is not None else sys.argv[1:]:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.startswith(("#", "set ")) or not line.strip():
                continue
            folder, pid, runs = line.split(" ", 2)
            want.setdefault(folder, {})[pid] = runs
    lex = untranslatable.engine_lexicon("en")
    for folder, pages in want.items():
        for page in load_pages(SETS[folder]):
            if page.id not in pages:
                continue
            art = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            prep = prepare(art, RunOptions(use_cache=False, use_tm=False))
            texts = [s.source for s in prep.segments]
            kinds = [prep.article.blocks[s.block].kind for s in prep.segments]
            now = untranslatable.repeated_names(texts, kinds, "en", lex)
            print(f"{folder} {page.id} before {pages[page.id]} now {now}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
