"""E-mail and web addresses in real text: the engine as it reads them, against masked.

    python benchmarks/audit_addresses.py                # every page and feed item of the corpus
    python benchmarks/audit_addresses.py --identifiers  # opaque identifiers instead (hashes, keys)

Every real page of the corpus (``tests/data/realworld/**/*.html.gz``) and the real feeds under
``benchmarks/data/feeds`` and ``tests/data/realworld/feeds`` whose text holds an e-mail or web
address (``translate.untranslatable.address_spans``) is translated to pt-BR with the embedded
engine twice in one process: with the addresses masked (the pipeline) and read by the engine
(``untranslatable.MASK_ADDRESSES = False``; the repair step after the engine still runs). For
each sentence with an address: is every address in the target as written, and does the rest of
the sentence differ; each sentence that differs is printed for reading, with the blocking
findings of both runs. ``--identifiers``: the same for opaque identifiers (a hash, a key, a
coupon code: ``untranslatable._IDENTIFIER``, ``MASK_IDENTIFIERS``) instead of addresses.
"""

from __future__ import annotations

import gzip
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from translate import untranslatable
from translate.errors import TranslateError
from translate.locales import get_profile
from translate.options import RunOptions
from translate.pipeline import prepare, translate_prepared
from translate.read import decode, parse_article

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "realworld"
FEEDS = [ROOT / "benchmarks" / "data" / "feeds", PAGES / "feeds"]


def _articles() -> list[tuple[str, object]]:
    from translate.feeds.reader import FeedReader
    from translate.feeds.run import ItemDocument

    out: list[tuple[str, object]] = []
    for path in sorted(PAGES.glob("**/*.html.gz")):
        try:
            html = decode(gzip.decompress(path.read_bytes()), source=str(path))
            article = parse_article(html, fmt="html", source=str(path), article_id="page")
        except TranslateError:
            continue
        out.append((str(path.relative_to(ROOT)), article))
    for folder in FEEDS:
        for path in sorted(folder.glob("*")):
            if path.suffix not in (".xml", ".rss", ".atom"):
                continue
            try:
                for item in FeedReader(path):
                    doc = ItemDocument.build(item, slug="item", source=str(path), max_chars=20000)
                    out.append((f"{path.relative_to(ROOT)}#{item.position}", doc.article))
            except TranslateError:
                continue
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    kind = "code" if "--identifiers" in args else "address"
    flag = "MASK_IDENTIFIERS" if kind == "code" else "MASK_ADDRESSES"

    def spans_of(text: str) -> list[tuple[int, int, str]]:
        return [x for x in untranslatable.address_spans(text) if x[2] == kind]

    profile = get_profile("pt-BR")
    options = RunOptions(use_cache=False)
    rows = []
    sentences = kept_masked = kept_bare = differ = 0
    blocking = {True: 0, False: 0}
    for name, article in _articles():
        if not any(spans_of(b.text) for b in article.blocks):  # type: ignore[attr-defined]
            continue
        try:
            prepared = prepare(article, options)  # type: ignore[arg-type]
        except TranslateError:
            continue
        if prepared.source_lang != "en":
            continue
        editions = {}
        for masked in (True, False):
            setattr(untranslatable, flag, masked)
            editions[masked] = translate_prepared(prepared, profile, options, None)
        setattr(untranslatable, flag, True)
        for on, off in zip(editions[True].segments, editions[False].segments, strict=True):
            spans = spans_of(on.source)
            if not spans:
                continue
            sentences += 1
            words = [on.source[a:b] for a, b, _ in spans]
            ok_on = all(w in on.target for w in words)
            ok_off = all(w in off.target for w in words)
            kept_masked += ok_on
            kept_bare += ok_off
            err_on = [f.check for f in on.findings if f.severity == "error"]
            err_off = [f.check for f in off.findings if f.severity == "error"]
            blocking[True] += len(err_on)
            blocking[False] += len(err_off)
            if on.target != off.target:
                differ += 1
                rows.append((name, on.source, off.target, on.target, err_off, err_on))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"# {stamp}, {platform.machine()}, Python {platform.python_version()}; en -> pt-BR,"
          " embedded engine")
    what = "an opaque identifier" if kind == "code" else "an address"
    print(f"| sentences with {what} | all kept: engine reads them | masked |"
          " blocking findings: read | masked | targets that differ |")
    print("|---|---|---|---|---|---|")
    print(f"| {sentences} | {kept_bare} | {kept_masked} | {blocking[False]} | {blocking[True]} |"
          f" {differ} |")
    for name, source, bare, ours, err_off, err_on in rows:
        print(f"\n{name}\n  source: {source}\n  read:   {bare}  {err_off}\n  masked: {ours}"
              f"  {err_on}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
