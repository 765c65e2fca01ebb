"""Links of the Markdown edition read two ways on the same translation: the structure evaluators'
regular expression up to the thirty-first pass (``\\]\\(<?([^)\\s>]+)>?``) and CommonMark's
reading (``md_links.py``) that replaced it (struct32).

    python benchmarks/compare_md_link_readers.py --set t|u|v|w|...|aj [--totals-only]

Each source is measured once by its set's own evaluator (``eval_structure_t`` for T,
``eval_structure_u`` for U, ``eval_structure_v --data ...`` for V..AJ); the Markdown edition it
wrote is kept and its links counted again with the old regular expression against the same
facts (the same matching: each fact kept by one written address at most). "before" is what the
old evaluator counted, "after" what the evaluator counts now; nothing else the evaluators count
reads a Markdown edition's links, so every other figure is the same by construction. With
``--totals-only`` (held-out sets) no per-file line is printed.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_structure_t as t  # noqa: E402
import eval_structure_u as u  # noqa: E402
import eval_structure_v as v  # noqa: E402
from md_links import md_links  # noqa: E402

OLD = re.compile(r"\]\(<?([^)\s>]+)>?")


def old_links(text: str) -> list[str]:
    """The thirty-first pass's reading of a Markdown edition's links."""
    return OLD.findall(re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S))


def _facts(module: Any, path: Path, sub: str) -> list[str]:
    if module is v:
        text = v._read(path)
        if v._expected(path).exists():
            return list(
                v.article_facts(text, v._expected(path).read_text(encoding="utf-8"))["link"]
            )
        return list((u.md_facts(text) if sub == "md" else u.html_facts(text))["link"])
    text = path.read_text(encoding="utf-8")
    return list((module.md_facts(text) if sub == "md" else module.html_facts(text))["link"])


def _kept(facts: list[str], got: list[str]) -> int:
    left = Counter(got)
    kept = 0
    for fact in facts:
        ok = left[fact] > 0
        left[fact] -= ok
        kept += ok
    return kept


def measure(module: Any, path: Path, sub: str) -> Counter[str]:
    """The evaluator's own counts of one source, and its md links by the old reading."""
    seen: dict[str, str] = {}
    original = module.written

    def keep(fmt: str, text: str) -> dict[str, list[Any]]:
        if fmt == "md":
            seen["md"] = text
        return dict(original(fmt, text))

    module.written = keep
    try:
        counts, _ = module.measure(path, sub, False)
    finally:
        module.written = original
    facts = _facts(module, path, sub)
    body = re.sub(r"\A---\n.*?\n---\n", "", seen["md"], flags=re.S)
    counts["link_md_before"] = _kept(facts, old_links(seen["md"]))
    counts["link_md_check"] = _kept(facts, md_links(body))  # the same as counts["link_md"]
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, help="t, u, or v..aj (a benchmarks/data set)")
    parser.add_argument("--totals-only", action="store_true", help="held-out sets: no per-file")
    args = parser.parse_args(argv)
    from translate import __version__

    name = args.set.lower()
    module: Any = t if name == "t" else u if name == "u" else v
    data = ROOT / "benchmarks" / "data" / f"html_structure_{name}"
    print(f"# compare_md_link_readers --set {name}  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}"
          f"  {platform.node()}  python {platform.python_version()}  newsroom-translate"
          f" {__version__}  evaluator {module.__name__}  (machine shared)")  # fmt: skip
    total: Counter[str] = Counter()
    for sub in ("md", "html"):
        if not (data / sub).is_dir():
            continue
        for path in sorted((data / sub).iterdir()):
            if path.name.endswith(".expected.txt"):
                continue
            try:
                counts = measure(module, path, sub)
            except Exception as exc:  # a source without an edition: as the evaluators do
                print(f"{path.name[:60]:60} no edition: {type(exc).__name__}: {exc}")
                continue
            total.update(counts)
            moved = counts["link_md_before"] != counts["link_md"]
            if not args.totals_only:
                print(f"{path.name[:60]:60} links {counts['link']}: md {counts['link_md_before']}"
                      f" -> {counts['link_md']}  html {counts['link_html']}"
                      f"  json {counts['link_json']}{'  MOVED' if moved else ''}")  # fmt: skip
    print(f"total links {total['link']}: md before (regex) {total['link_md_before']}, md after"
          f" (CommonMark) {total['link_md']} (check {total['link_md_check']}), html"
          f" {total['link_html']}, json {total['link_json']}")  # fmt: skip
    kinds = [k for k in (*v.KINDS, "code_damaged") if total[k] or total[f"{k}_md"]]
    print("totals (after; md/html/json of source): " + "  ".join(
        f"{k} {total[k + '_md']}/{total[k + '_html']}/{total[k + '_json']}/{total[k]}"
        for k in kinds))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
