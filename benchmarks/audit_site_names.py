"""Every sentence in which the site-name rule masks the publication's name, bare engine against
the pipeline's masks (same engine, same run), for reading.

    python benchmarks/audit_site_names.py [--folders dev,heldout-c,...]

``translate.untranslatable.site_spans`` keeps the publication an article comes from (its page's
``og:site_name``) as written where the article names it. For every English page of the
development folders of the realworld corpus (default: every folder opened for development; not
heldout-b, nor the held-out n) whose site name the rule finds in its text, each such sentence is
translated to pt-BR by the bare engine and with the masks (``eval_realworld._name_verdict``:
better = the masked translation keeps a masked name the bare one lost; worse = it loses a
number, a capitalized word or a token the bare one kept, or is much shorter). Every case is
printed: a name kept where the bare engine translated it is a win only when it is a name (a
common word frozen in English is a harm), so the list is to be read, not only counted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

DEV = "dev,heldout-c,heldout-d,heldout-e,heldout-f,heldout-g,heldout-k,heldout-l,heldout-m,zyte-dev"


def main(argv: list[str] | None = None) -> int:
    from eval_realworld import SETS, _name_verdict, load_pages

    from translate import untranslatable
    from translate.errors import TranslateError
    from translate.glossary.words import plain_word_test
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", default=DEV)
    args = parser.parse_args(argv)
    options = RunOptions(use_cache=False, use_tm=False)
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    verdicts: Counter[str] = Counter()
    seen: set[str] = set()
    pages_with = 0
    for name in args.folders.split(","):
        for page in load_pages(SETS[name]):
            if page.id in seen or page.language != "en":
                continue
            seen.add(page.id)
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError:  # a page the reader refuses has no sentence here
                continue
            site = article.meta.get("sitename")
            if not site or not any(
                untranslatable.site_spans(b.text, site, "en", kind=b.kind) for b in article.blocks
            ):
                continue
            prepared = prepare(article, options)
            segs = prepared.segments
            kinds = [prepared.article.blocks[s.block].kind for s in segs]
            masked = untranslatable.mask_segments(
                [s.source for s in segs], kinds, "en", site=site, plain=plain_word_test("en")
            )
            idx = [i for i in sorted(masked.words) if "title-site" in masked.rules[i]]
            if not idx:
                continue
            pages_with += 1
            sub = untranslatable.Masked(
                [masked.texts[i] for i in idx],
                [masked.originals[i] for i in idx],
                {k: masked.words[i] for k, i in enumerate(idx)},
                {k: masked.rules[i] for k, i in enumerate(idx)},
            )
            bare = translate_batch(sub.originals, route, None)[0]
            raw = translate_batch(sub.texts, route, None)[0]
            ours, _ = untranslatable.unmask_segments(
                sub, list(raw), set(range(len(idx))), lambda b: translate_batch(b, route, None)[0]
            )
            for k in range(len(idx)):
                verdict, why = _name_verdict(sub.originals[k], sub.words[k], bare[k], ours[k])
                verdicts[verdict] += 1
                print(f"[{verdict}] {name} {page.id} [{site}] {sub.words[k]} {why}")
                print(f"    src:  {sub.originals[k]}")
                print(f"    bare: {bare[k]}")
                print(f"    ours: {ours[k]}")
    print(
        f"# {len(seen)} English pages read, {pages_with} with the site's name masked;"
        f" sentences {sum(verdicts.values())}: better {verdicts['better']},"
        f" same {verdicts['same']}, worse {verdicts['worse']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
