"""Build variety set heldout_d: real English news posts of a source no variety set used,
translated once by the embedded engine, for ``variety_usage.py`` and ``variety_heldout.py``.

    python benchmarks/build_variety_heldout_d.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/cloud-gov/cg-site at
        build_untranslatables_ac.SITE_COMMIT
    OUT: benchmarks/data/variety_heldout_d.jsonl (default)

Written by variety43 (forty-eighth pass, issue 15) BEFORE the set and before any change it
measures: this rule is committed first, then the set is drawn and committed, then measured on
the code before (``0ca1b67f``).

**Source: a text no variety set used.** Variety sets a, b and dev_a are the 18F blog, set c is
Digital.gov's news; variety data (the usage reference, the pairs, the grammar counts) came from
LanguageTool's lists, Bosque, hunspell and the development text (dev_a, set b since variety42,
and the facts sets' stored engine output: Wikinews, White House releases). None holds
**cloud.gov's news** (``cloud-gov/cg-site``, ``_posts/*.md``, 134 posts of 2015-2025; the
repository's ``LICENSE.md``: public domain within the United States and CC0 1.0 worldwide). Its
only earlier use is untranslatables set AC (untrans48: en -> pt-BR, scored for names only); the
posts any AC item comes from are left out here, and a segment whose English is also a segment
of a variety set (heldout_a, heldout_b, heldout_c, dev_a: a post written for both 18F's blog
or Digital.gov and cloud.gov) is dropped.

**Rule.** The posts newest first (``build_untranslatables_ac.posts``: the file name's date,
ties by path), less set AC's posts; of those, post number ``k`` (from 0) with ``k % 2 == 1``
(the site has about 80 posts outside AC: every other one), up to ``POSTS`` posts. A post's
text: its prose blocks as the variety builders cut them (``build_untranslatables_r.blocks`` of
``build_untranslatables_aa.clean``, less ``build_untranslatables_z.NOT_PROSE``), the first
``BLOCKS``, joined as one Markdown article and prepared as an edition is
(``translate.pipeline.prepare``, no cache, no translation memory); every English segment is an
item, translated once by the embedded engine's en -> pt route (the pt-BR and pt-PT editions
differ only by the locale's spelling stage, which the measures apply). Each row: ``id``,
``post``, ``source``, ``engine``, as ``build_variety_heldout_c.py`` writes them.

**Held out**: the measures' ``--words`` refuse it (its file name holds ``heldout``); only summary
rows are read, before and after a change.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import build_untranslatables_aa as aa_builder  # noqa: E402
import build_untranslatables_ac as ac_builder  # noqa: E402
import build_untranslatables_r as r_builder  # noqa: E402
import build_untranslatables_z as z_builder  # noqa: E402

POSTS = 30
BLOCKS = 12
STEP = 2
OFFSET = 1
EARLIER = ("variety_heldout_a.jsonl", "variety_heldout_b.jsonl", "variety_heldout_c.jsonl",
           "variety_dev_a.jsonl")


def _sources(names: tuple[str, ...], field: str) -> set[str]:
    out: set[str] = set()
    for name in names:
        for line in (ROOT / "benchmarks/data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(json.loads(line)[field])
    return out


def drawn(site: Path) -> list[tuple[str, str]]:
    """(post label, Markdown text) of the set's posts, by the rule of the module's docstring."""
    used = _sources(("untranslatables_ac.jsonl",), "source")
    out: list[tuple[str, str]] = []
    k = 0
    for name, body in ac_builder.posts(site):
        if name in used:
            continue
        here, k = k, k + 1
        if here % STEP != OFFSET or len(out) >= POSTS:
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
    ap.add_argument("out", nargs="?", type=Path)
    args = ap.parse_args(argv)
    out = args.out or ROOT / "benchmarks/data/variety_heldout_d.jsonl"
    earlier = _sources(EARLIER, "source")
    options = RunOptions(use_cache=False, use_tm=False)
    rows: list[dict[str, str]] = []
    dropped = 0
    for n, (name, text) in enumerate(drawn(args.site)):
        article = parse_article(text, fmt="md", source=name, article_id=f"post{n:02d}")
        prepared = prepare(article, options)
        if prepared.source_lang != "en":
            continue
        for seg in prepared.segments:
            if seg.source in earlier:
                dropped += 1
                continue
            rows.append({"id": f"heldout_d-{len(rows):04d}", "post": name, "source": seg.source})
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
    print(f"{len({r['post'] for r in rows})} posts, {len(rows)} segments -> {out}"
          f" ({dropped} segments of earlier variety sets dropped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
