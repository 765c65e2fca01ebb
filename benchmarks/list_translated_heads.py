"""Every run that ``translate.untranslatable.translated_head`` takes out of the masks on the
realworld corpus's English pages (a run kept on weak evidence, ``title-quoted`` with no work
noun, ``title-role``, ``title-at``, ``title-defined``, ``title-repeated``, whose head is a place's
or an institution's common noun: "Riverside Airport"), with the bare engine's translation, the
one with the masks before the change and the one after, for reading.

    python benchmarks/list_translated_heads.py [--folders dev,heldout-c,...]

Default folders: every folder of ``eval_realworld.SETS``. A page is read when one of its blocks
writes a capitalized word of ``[works] translated_heads`` or ``translated_prefixes``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main(argv: list[str] | None = None) -> int:
    from eval_realworld import SETS, load_pages

    from translate import untranslatable
    from translate.errors import TranslateError
    from translate.glossary.words import plain_word_test
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", default=",".join(SETS))
    args = parser.parse_args(argv)
    ctx = untranslatable.work_context("en")
    assert ctx is not None
    heads = sorted(ctx.translated_heads | ctx.translated_prefixes)
    cue = re.compile(r"\b(?:" + "|".join(h.capitalize() for h in heads) + r")\b")
    options = RunOptions(use_cache=False, use_tm=False)
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    real = untranslatable.translated_head
    seen: set[str] = set()
    runs = 0
    for name in [f for f in args.folders.split(",") if f]:
        for page in load_pages(SETS[name]):
            if page.id in seen or page.language != "en":
                continue
            seen.add(page.id)
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError:
                continue
            if not any(cue.search(b.text) for b in article.blocks):
                continue
            prepared = prepare(article, options)
            segs = prepared.segments
            texts = [s.source for s in segs]
            kinds = [prepared.article.blocks[s.block].kind for s in segs]
            site = article.meta.get("sitename")
            after = untranslatable.mask_segments(texts, kinds, "en", site=site,
                                                 plain=plain_word_test("en"))
            untranslatable.translated_head = lambda span, c: False  # type: ignore[assignment]
            try:
                before = untranslatable.mask_segments(texts, kinds, "en", site=site,
                                                      plain=plain_word_test("en"))
            finally:
                untranslatable.translated_head = real
            for i in sorted(set(before.words) | set(after.words)):
                was = list(zip(before.words.get(i, []), before.rules.get(i, []), strict=True))
                now = list(zip(after.words.get(i, []), after.rules.get(i, []), strict=True))
                if was == now:
                    continue
                gone = [w for w in was if w not in now]
                runs += len(gone)
                bare = translate_batch([texts[i]], route, None)[0][0]
                outs = []
                for m in (before, after):
                    if i not in m.words:
                        outs.append(bare)
                        continue
                    sub = untranslatable.Masked([m.texts[i]], [m.originals[i]],
                                                {0: m.words[i]}, {0: m.rules[i]})  # fmt: skip
                    raw = translate_batch(sub.texts, route, None)[0]
                    ours, _ = untranslatable.unmask_segments(
                        sub, list(raw), {0}, lambda b: translate_batch(b, route, None)[0]
                    )
                    outs.append(ours[0])
                print(f"{name} {page.id} left to the engine: {gone}")
                print(f"    src:    {texts[i]}")
                print(f"    bare:   {bare}")
                print(f"    before: {outs[0]}")
                print(f"    after:  {outs[1]}")
    print(f"# {len(seen)} English pages read; runs left to the engine {runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
