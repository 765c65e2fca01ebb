"""Short feed items in their feed: the language each is routed from (langid18).

    python benchmarks/eval_langid_feeds.py [--part dev|heldout|all] [--show]

Reads ``benchmarks/data/langid_feeds/items.jsonl`` (``build_langid_feeds.py``; README.md there):
real headlines and headings, each scored as an item of a feed that declares its own language
(``native``) and of one that declares another (``foreign``). Every unit is one item under
``SHORT_WORDS`` words, routed as ``translate feed`` routes it (``translate.feeds.run._prepare``
with the feed's declared language): what the engine would be asked to translate from.

Counted: right; **not right and published** (not held for review by either rule below);
**foreign items forced to the feed's language** (translated from the wrong
language, or, in a feed in the target's language, published untranslated); **native items called
foreign**; items routed to a third language; and what is **left as written wrongly**: an item in a
language an installed engine translates to TARGET, routed to the target's own language (copied
with no finding) or to a language no engine serves: published untranslated with a warning when
its language is sure (``vouch``, or a script rule), else held for review
(``translate.pipeline._unserved``). Held items are not published: a reviewer decides. **Held for
review, language unsure** counts the items the feed path holds because the detector read another
language than the feed's in them, not strongly (langid18), whether routed right or not.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval_langid_blocks import TARGET, _served

DATA = Path(__file__).resolve().parent / "data" / "langid_feeds" / "items.jsonl"


def route(unit: dict[str, Any]) -> tuple[str, bool, bool]:
    """(the language the item's sentences are routed from, or 'error'; whether that language is
    sure: the pipeline vouches for leaving it as written; whether the item is held for review
    because its language is unsure: method ``declared-unsure``, langid18)."""
    from translate.detect.rules import rules
    from translate.errors import TranslateError
    from translate.feeds.run import _prepare
    from translate.model import Article, Block
    from translate.options import RunOptions

    # a feed item with a title and no summary is one paragraph (``ItemDocument.build``)
    article = Article(id="item", blocks=[Block(kind="paragraph", text=unit["text"])],
                      source=unit["source"], format="feed", text=unit["text"])
    try:
        prepared = _prepare(article, RunOptions(), unit["feed_lang"])
    except TranslateError:
        return "error", False, False
    if not prepared.segments:
        return "dropped", False, False
    seg = prepared.segments[0]
    guess = prepared.article.blocks[seg.block].lang
    sure = guess is not None and guess.lang == seg.lang and (
        guess.confidence >= rules().vouch or guess.method == "script")
    unsure = guess is not None and guess.method == "declared-unsure"
    return seg.lang, sure, unsure


KEYS = ("scored", "native", "foreign", "error", "dropped", "right",
        "foreign forced to the feed's language", "native called foreign",
        "routed to a third language",
        "not right and published (not held)",
        "left as written wrongly: copied as the target language",
        "left as written wrongly: published (warning)", "left as written wrongly: held",
        "held for review, language unsure: native",
        "held for review, language unsure: native, routed right",
        "held for review, language unsure: foreign",
        "held for review, language unsure: foreign, routed right",
        "follow the feed: right", "no language (not scored)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--show", action="store_true", help="list every unit not right")
    args = parser.parse_args()
    units = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    units = [u for u in units if args.part == "all" or u["split"] == args.part]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=DATA.parent).stdout.strip()
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_feeds --part {args.part}; "
          f"commit {commit}; {platform.machine()}; Python {platform.python_version()}")
    from translate.locales import get_profile

    target_lang = get_profile(TARGET).language
    count: Counter[str] = Counter()
    served: dict[str, bool] = {}
    wrong: list[str] = []
    for unit in units:
        label, feed = unit["label"], unit["feed_lang"]
        if label == "any":
            count["no language (not scored)"] += 1
            continue
        count["scored"] += 1
        count[unit["role"]] += 1
        got, sure, unsure = route(unit)
        if got in ("error", "dropped"):
            count[got] += 1
            wrong.append(f"  {unit['role']} [{feed}] label {label} got {got}: {unit['text']}")
            continue
        count["follow the feed: right"] += feed == label
        if unsure:
            count[f"held for review, language unsure: {unit['role']}"] += 1
            count[f"held for review, language unsure: {unit['role']}, routed right"] += got == label
            wrong.append(f"  {unit['role']} [{feed}] label {label} got {got} HELD: {unit['text']}")
        if got == label:
            count["right"] += 1
            continue
        # held: unsure (langid18), or left as written for want of an engine, language not sure
        held = unsure or (got != target_lang and not _served(got, served) and not sure)
        if unit["role"] == "native":
            count["native called foreign"] += 1
        elif got == feed:
            count["foreign forced to the feed's language"] += 1
        else:
            count["routed to a third language"] += 1
        if label != target_lang and _served(label, served):
            if got == target_lang:
                count["left as written wrongly: copied as the target language"] += 1
            elif not _served(got, served):
                count["left as written wrongly: published (warning)" if sure
                      else "left as written wrongly: held"] += 1
        count["not right and published (not held)"] += not held
        wrong.append(f"  {unit['role']} [{feed}] label {label} got {got}"
                     f"{' (sure)' if sure else ''}: {unit['text']}")
    scored = max(count["scored"] - count["error"] - count["dropped"], 1)
    for key in KEYS:
        share = key in ("right", "follow the feed: right")
        extra = f" ({count[key] / scored:.1%})" if share else ""
        print(f"{key}: {count[key]}{extra}")
    if args.show:
        print("not right:")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
