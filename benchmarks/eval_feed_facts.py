"""Facts gate on real feeds: how many items a feed run publishes, how many it holds, and whether
a changed number still reaches the public feed.

Localizes every feed under ``benchmarks/data/feeds/`` (real feeds from the test suites of
feedjira and feed-rs, see the README there) to pt-BR with the embedded engine, twice in the
same run, from the same translation cache:

- ``--on-findings publish``: what the bare pipeline would publish (every item), with the
  blocking findings each item carries;
- ``--on-findings hold`` (the feed default): items published vs held for review.

For every item edition it also runs an *independent oracle*, written apart from the checks:
every digit string of a source sentence (separators removed: ``1,000`` and ``1.000`` are both
``1000``) must appear among the digit strings of its translation. The oracle is crude (a number
spelled out by the engine, or a date re-ordered into other digits, counts as missing) so it is
reported beside the gate's findings, not as ground truth: the figure that matters is how many
oracle misses reach the *public* feed under ``hold`` without a blocking finding.

Run: ``python benchmarks/eval_feed_facts.py [--max-item-chars N] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FEEDS = HERE / "data" / "feeds"
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")


def digit_strings(text: str) -> Counter[str]:
    return Counter(re.sub(r"\D", "", m) for m in _NUMBER.findall(text))


def oracle_misses(edition: dict[str, Any]) -> list[str]:
    """Digit strings of a source sentence missing from its translation."""
    out = []
    for block in edition.get("blocks", []):
        for seg in block.get("segments", []):
            lost = digit_strings(seg["source"]) - digit_strings(seg["target"])
            out += [f"{seg['id']}: {n}" for n in lost.elements()]
    return out


def run(policy: str, listing: Path, out: Path, max_chars: int) -> dict[str, Any]:
    from translate.feeds.run import FeedJob, localize_feeds
    from translate.options import RunOptions

    job = FeedJob(targets="pt-BR", out_dir=out, formats=("json",), options=RunOptions(),
                  max_item_chars=max_chars, policy=policy)  # type: ignore[arg-type]
    started = time.monotonic()
    summary = localize_feeds(str(listing), job, warn=lambda m: None)
    data = summary.to_dict()
    data["seconds"] = round(time.monotonic() - started, 1)
    return data


def item_facts(item: dict[str, Any]) -> dict[str, Any]:
    page = next((f for f in item["files"] if f.endswith(".json")), None)
    edition = json.loads(Path(page).read_text(encoding="utf-8")) if page else {}
    checks = Counter(f["check"] for f in edition.get("findings", [])
                     if f.get("severity") == "error")
    return {"id": item["id"], "feed": item["feed"], "action": item["action"],
            "blocking": item["blocking"], "checks": dict(checks),
            "findings": item.get("findings", []),
            "oracle": oracle_misses(edition) if edition else []}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-item-chars", type=int, default=3000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import babel

    import translate

    names = sorted(p.name for p in FEEDS.glob("*.xml"))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TRANSLATE_HOME"] = str(Path(tmp) / "home")
        listing = Path(tmp) / "feeds.txt"
        listing.write_text("".join(f"{FEEDS / n}\n" for n in names), encoding="utf-8")
        runs = {p: run(p, listing, Path(tmp) / p, args.max_item_chars)
                for p in ("publish", "hold")}
        items = {p: [item_facts(i) for i in r["items"] if i["status"] != "failed"]
                 for p, r in runs.items()}
    by_policy: dict[str, dict[str, Any]] = {}
    for policy, facts in items.items():
        public = [f for f in facts if f["action"] not in ("held", "withheld")]
        by_policy[policy] = {
            "items": len(facts),
            "failed": runs[policy]["failed"],
            "published": len(public),
            "held": len(facts) - len(public),
            "published_with_blocking": sum(1 for f in public if f["blocking"]),
            "blocking_by_check": dict(Counter(
                line.split(":", 1)[0] for f in facts for line in f["findings"])),
            "oracle_misses_published": sum(len(f["oracle"]) for f in public),
            "oracle_misses_published_unflagged": sum(
                len(f["oracle"]) for f in public if not f["blocking"]),
            "oracle_misses_held": sum(len(f["oracle"]) for f in facts if f not in public),
            "seconds": runs[policy]["seconds"],
        }
    report = {
        "machine": f"{platform.node()} {platform.machine()} (shared with other jobs)",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "versions": {"translate": translate.__version__, "python": platform.python_version(),
                     "babel": babel.__version__},
        "feeds": names,
        "max_item_chars": args.max_item_chars,
        "policies": by_policy,
            "held_items": [{"item": f["id"], "findings": f["findings"]}
                       for f in items["hold"] if f["action"] == "held"],
        "unflagged_oracle_misses": [
            {"item": f["id"], "misses": f["oracle"]} for f in items["hold"]
            if f["oracle"] and not f["blocking"]
        ],
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"# eval_feed_facts  {report['date']}  {report['machine']}")
    print(f"# versions {report['versions']}  feeds {len(names)}  max_item_chars"
          f" {args.max_item_chars}")
    head = ("policy", "items", "failed", "published", "held", "pub.w/blocking",
            "oracle miss pub", "…unflagged", "oracle miss held", "seconds")
    print(" | ".join(head))
    for policy, row in by_policy.items():
        print(" | ".join(str(x) for x in (
            policy, row["items"], row["failed"], row["published"], row["held"],
            row["published_with_blocking"], row["oracle_misses_published"],
            row["oracle_misses_published_unflagged"], row["oracle_misses_held"],
            row["seconds"])))
    print(f"blocking findings by check: {by_policy['hold']['blocking_by_check']}")
    for held in report["held_items"]:
        print(f"held: {held['item']}: {held['findings'][:4]}")
    for miss in report["unflagged_oracle_misses"]:
        print(f"unflagged oracle miss (published): {miss['item']}: {miss['misses'][:6]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
