"""Untranslatable tokens through translation: the pipeline against the bare engine, both directions.

    python benchmarks/eval_untranslatables.py [--data benchmarks/data/untranslatables_c.jsonl] [-v]

Each paragraph of the set (``build_untranslatables_c.py``: its source language, the edition's
locale, the tokens its rule says must survive) is read as Markdown, translated by the pipeline
(``prepare`` + ``translate_prepared``, embedded engine, no cache, no translation memory) and, the
same segments, by the bare engine in the same run. A token survives when the target carries it
verbatim (a ``code`` token: the text inside the backticks; a ``unit`` token: the same digits,
separators ignored, then the same symbol). Printed per kind and direction: tokens damaged by the
bare engine and by the pipeline; invented language notes ("(em inglês)"); other-variety
spellings in pt-BR editions (``translate.spelling.variant_slips``). ``-v`` lists every token the
pipeline lost, with its paragraph id. An item the reader drops whole (``InputError``: a line of
site furniture, nothing left after boilerplate removal) is skipped, named and counted.

Set d (``build_untranslatables_d.py``) holds names made of common words (kinds ``media``,
``publisher``, ``band``, ``brand``, ``work``, ``place``, ``team``, ``party``, ``signature``): such a
token survives when the target carries it verbatim as whole words (case sensitive). Its items'
``controls`` are common words that must be translated: one is *frozen* when the target carries it
as a whole word, case ignored (over-protection: an English word in a Portuguese edition).
Set e (``build_untranslatables_e.py``) adds name kinds ``group``, ``model`` (a product with its
model number), ``person`` (a name with a letter outside the engine's vocabulary or the target's
alphabet) and ``credit`` (a photo credit's photographer or agency), scored as set d's names.
Set r (``build_untranslatables_r.py``) adds kinds ``issue`` (an issue number, "#1317"), ``file``
(a file name) and ``version`` (a version string), scored as addresses and code (verbatim).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "benchmarks" / "data" / "untranslatables_c.jsonl"
_INVENTED = re.compile(r"\((?:em|in|en) (?:inglês|ingles|english|portugu[eê]s|portuguese)\)", re.I)
KINDS = (
    "letters",
    "url",
    "email",
    "handle",
    "hashtag",
    "code",
    "issue",
    "file",
    "version",
    "unit",
    "media",
    "publisher",
    "band",
    "brand",
    "work",
    "place",
    "team",
    "party",
    "signature",
    "group",
    "model",
    "person",
    "credit",
)
NAME_KINDS = frozenset(KINDS[KINDS.index("media") :])
_SEP = re.compile(r"(?<=\d)[.,\u00a0\u202f ](?=\d)")


def survives(kind: str, token: str, target: str) -> bool:
    if kind == "unit":
        number, unit = token.rsplit(" ", 1)
        digits = re.sub(r"\D", "", number)
        flat = _SEP.sub("", target)
        return re.search(rf"(?<!\d){digits}\s?{re.escape(unit)}", flat) is not None
    if kind in NAME_KINDS:
        return re.search(rf"(?<!\w){re.escape(token)}(?!\w)", target) is not None
    return token in target


def frozen(word: str, target: str) -> bool:
    """A control word the target still carries (whole word, case ignored)."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", target, re.I) is not None


def translate_item(item: dict[str, Any]) -> tuple[str, str, list[str]]:
    """(pipeline target, bare target, spelling slips of the pipeline's target)."""
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article
    from translate.spelling import variant_slips

    options = RunOptions(use_cache=False, use_tm=False, source_lang=item["from"])
    profile = parse_targets(item["to"])[0]
    article = parse_article(item["text"], fmt="md", source=item["id"], article_id=item["id"])
    prepared = prepare(article, options)
    edition = translate_prepared(prepared, profile, options)
    sources = [s.segment.source for b in edition.blocks for s in b.segments]
    ours = " ".join(b.target for b in edition.blocks)
    route = plan_route(item["from"], profile.language, list(profile.engines))
    bare = " ".join(translate_batch(sources, route, None)[0]) if sources else ""
    slips = variant_slips(ours, item["to"]) if item["to"] == "pt-BR" else []
    return ours, bare, slips


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    items = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    print(
        f"# eval_untranslatables  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}  {platform.node()}"
        f"  python {platform.python_version()}  data {args.data.name}  (machine shared)"
    )
    tot: Counter[str] = Counter()
    skipped = 0
    from translate.errors import InputError

    for item in items:
        try:
            ours, bare, slips = translate_item(item)
        except InputError as exc:  # the reader found nothing to translate (site furniture)
            skipped += 1
            print(f"  {item['id']} skipped: {exc}")
            continue
        d = f"{item['from']}->{item['to']}"
        lost = []
        for tok in item["tokens"]:
            key = f"{d} {tok['kind']}"
            tot[key + " tokens"] += 1
            tot[key + " bare"] += not survives(tok["kind"], tok["token"], bare)
            if not survives(tok["kind"], tok["token"], ours):
                tot[key + " ours"] += 1
                lost.append(tok["token"])
        froze = [w for w in item.get("controls", []) if frozen(w, ours)]
        tot[f"{d} controls"] += len(item.get("controls", []))
        tot[f"{d} frozen bare"] += sum(frozen(w, bare) for w in item.get("controls", []))
        tot[f"{d} frozen ours"] += len(froze)
        tot[f"{d} added bare"] += len(_INVENTED.findall(bare))
        tot[f"{d} added ours"] += len(_INVENTED.findall(ours))
        tot[f"{d} slips ours"] += len(slips)
        if args.verbose and (lost or slips or froze or _INVENTED.search(ours)):
            more = f" frozen {froze}" if froze else ""
            print(f"  {item['id']} lost {lost} slips {slips}{more}")
            print(f"      src: {item['text'][:300]}")
            print(f"      out: {ours[:300]}")
            print(f"     bare: {bare[:300]}")
    print(f"\n{'direction kind':28} {'tokens':>6} {'dmg bare':>8} {'dmg ours':>8}")
    for d in sorted({k.split(" ")[0] for k in tot}):
        for kind in KINDS:
            n = tot[f"{d} {kind} tokens"]
            if n:
                print(
                    f"{d + ' ' + kind:28} {n:>6} {tot[f'{d} {kind} bare']:>8}"
                    f" {tot[f'{d} {kind} ours']:>8}"
                )
        n, b, o = (sum(tot[f"{d} {k} {col}"] for k in KINDS) for col in ("tokens", "bare", "ours"))
        print(f"{d + ' total':28} {n:>6} {b:>8} {o:>8}")
        if tot[f"{d} controls"]:
            print(
                f"{d + ' controls frozen':28} {tot[f'{d} controls']:>6}"
                f" {tot[f'{d} frozen bare']:>8} {tot[f'{d} frozen ours']:>8}"
            )
        added = f"{tot[f'{d} added bare']}/{tot[f'{d} added ours']}"
        print(
            f"  invented language notes bare/ours: {added};"
            f" other-variety spellings in the pipeline's pt-BR: {tot[f'{d} slips ours']}"
        )
    if skipped:
        print(f"items skipped (the reader kept nothing of them): {skipped}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
