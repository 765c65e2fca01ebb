"""Build the variety sets: real English articles translated once by the embedded engine, for
``benchmarks/variety_heldout.py`` (words only one Portuguese variety spells, per edition).

    python benchmarks/build_variety_heldout.py --site DIR --set heldout_a|dev_a|heldout_b [OUT]
        --site: a checkout (or bare mirror) of https://github.com/18F/18f.gsa.gov at
        build_untranslatables_aa.SITE_COMMIT
    OUT: benchmarks/data/variety_<set>.jsonl (default)

Written by variety39 (forty-fifth pass, issue 15: zero wrong-variety spellings in pt-BR editions)
BEFORE the set and before any change it measures: the rule below is fixed here, then the set is
drawn and committed, then measured on the code before.

**Source: a text no variety measure used.** Every earlier variety figure read the facts sets'
stored engine output (``benchmarks/audit_variety.py --stored``: pages of WCEB, WCXB, Zyte,
Mozilla's and Postlight's readability tests, fundus, goose3, NReadability, ...), the six pages
of the realworld sets dev, a and b (``eval_realworld.py --translate``) or the probe sweeps' pages
(probe26-46: Global Voices, White House and State Department releases, NASA, feeds). None holds
the **18F blog** (``18F/18f.gsa.gov``, ``content/posts/*``, 509 posts of 2014-2024, a US federal
digital-services team; **public domain in the US, CC0 1.0 worldwide**, the repository's
``LICENSE.md``). Its only earlier use is untranslatables set AA (untrans45: 104 blocks of it,
en -> pt-BR, scored for names only); the posts any AA item comes from are left out here.

**Rule.** The posts newest first (``build_untranslatables_aa.posts``: the front matter's date,
ties by path), less the posts of set AA's items; of those, post number ``k`` (from 0) belongs to
set ``heldout_a`` when ``k % 8 == 0`` and to set ``dev_a`` when ``k % 8 == 4``, up to ``POSTS``
posts each. A post's text: its prose blocks as set AA cuts them (``build_untranslatables_r.blocks``
of ``build_untranslatables_aa.clean``, less ``NOT_PROSE``), the first ``BLOCKS``, joined as one
Markdown article and prepared as an edition is (``translate.pipeline.prepare``, no cache, no
translation memory); every English segment is an item, translated once by the embedded engine's
en -> pt route (pt-BR and pt-PT share it: the editions differ only by the locale's spelling stage,
which ``variety_heldout.py`` applies). Each row: ``id``, ``post``, ``source`` (the segment as the
engine received it) and ``engine`` (its Portuguese).

**Set heldout_b** (added by variety40, forty-sixth pass, before the set was drawn and before
any change it measures; measured by ``variety_usage.py``, the usage reference, as well as by
``variety_heldout.py``): post number ``k`` with ``k % 8 == 2``, by the same order and the same
exclusions, up to ``POSTS_B`` posts (fewer than the first sets, for the time one translation
takes on a shared machine): posts no variety set, no variety data and no earlier measure read
(heldout_a's and dev_a's posts are ``k % 8 == 0`` and ``4``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import build_untranslatables_aa as aa_builder  # noqa: E402
import build_untranslatables_r as r_builder  # noqa: E402
import build_untranslatables_z as z_builder  # noqa: E402

POSTS = 60
POSTS_B = 30
BLOCKS = 12
SETS = {"heldout_a": 0, "dev_a": 4, "heldout_b": 2}
STEP = 8


def drawn(site: Path, which: str) -> list[tuple[str, str]]:
    """(post label, Markdown text) of the set's posts, by the rule of the module's docstring."""
    used = {
        json.loads(line)["source"]
        for line in (ROOT / "benchmarks/data/untranslatables_aa.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    }
    out: list[tuple[str, str]] = []
    k = 0
    for name, body in aa_builder.posts(site):
        if name in used:
            continue
        here, k = k, k + 1
        cap = POSTS_B if which == "heldout_b" else POSTS
        if here % STEP != SETS[which] or len(out) >= cap:
            continue
        blocks = [b for b in r_builder.blocks(aa_builder.clean(body))
                  if not z_builder.NOT_PROSE.search(b)]
        if blocks:
            out.append((name, "\n\n".join(blocks[:BLOCKS]) + "\n"))
    return out


def main(argv: list[str] | None = None) -> int:
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument("--set", choices=sorted(SETS), required=True)
    ap.add_argument("out", nargs="?", type=Path)
    args = ap.parse_args(argv)
    out = args.out or ROOT / f"benchmarks/data/variety_{args.set}.jsonl"
    options = RunOptions(use_cache=False, use_tm=False)
    rows: list[dict[str, str]] = []
    for n, (name, text) in enumerate(drawn(args.site, args.set)):
        article = parse_article(text, fmt="md", source=name, article_id=f"post{n:02d}")
        prepared = prepare(article, options)
        if prepared.source_lang != "en":
            continue
        for seg in prepared.segments:
            rows.append({"id": f"{args.set}-{len(rows):04d}", "post": name, "source": seg.source})
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    sources = [r["source"] for r in rows]
    engine: list[str] = []
    for i in range(0, len(sources), 32):
        engine += translate_batch(sources[i : i + 32], route, None)[0]
        print(f"# {len(engine)}/{len(sources)}", file=sys.stderr, flush=True)
    for row, pt in zip(rows, engine, strict=True):
        row["engine"] = pt
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len({r['post'] for r in rows})} posts, {len(rows)} segments -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
