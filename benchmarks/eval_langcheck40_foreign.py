"""langcheck40: do real lines in another language than their page still block? Each line of
``tests/data/langcheck40/blocks.json`` (``build_langcheck40_blocks.py``), as written and in
capitals, is put as a paragraph after the page paragraphs of each page in another language (pt,
en) and read by ``translate.detect.detect_blocks``; and alone as a feed item of a feed declaring
the page's language (``translate.feeds.run._prepare``). Each comes out **own** (its own language:
translated from it, or left as written and flagged when no engine serves it), **held** (the
page's language with method ``declared-unsure``: a blocking finding), **other** (a third
language) or **passed** (the page's language, silently: translated as if it were the page's
text; what must not happen).

    python benchmarks/eval_langcheck40_foreign.py [--show]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "langcheck40" / "blocks.json"


def outcome(guess_lang: str, method: str, own: str, page: str) -> str:
    if method == "declared-unsure":
        return "held"
    if guess_lang == own:
        return "own"
    return "passed" if guess_lang == page else "other"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    from translate.detect import detect_blocks, get_detector
    from translate.feeds.run import _prepare
    from translate.model import Article, Block
    from translate.options import RunOptions

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    print(f"# eval_langcheck40_foreign; commit {commit}; {platform.machine()}; Python "
          f"{platform.python_version()}")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    detector = get_detector()
    counts: Counter[tuple[str, str, str]] = Counter()
    for page, paras in data["pages"].items():
        for b in data["blocks"]:
            if b["lang"] == page:
                continue
            caps = "capitals" if b["capitals"] else "as written"
            blocks = [Block(kind="paragraph", text=t) for t in paras]
            art = Article(id="p", blocks=[*blocks, Block(kind="paragraph", text=b["text"])],
                          source="-", format="html", text="")
            detect_blocks(art, detector)
            g = art.blocks[-1].lang
            assert g is not None
            got = outcome(g.lang, g.method, b["lang"], page)
            counts[("page", caps, got)] += 1
            if args.show:
                print(f"page {page} {caps} {b['lang']}: {got} ({g.lang} {g.confidence:.2f} "
                      f"{g.method}) {b['text'][:70]}")
            item = Article(id="i", blocks=[Block(kind="paragraph", text=b["text"])], source="-",
                           format="feed", text=b["text"])
            g = _prepare(item, RunOptions(), page).article.blocks[0].lang
            assert g is not None
            got = outcome(g.lang, g.method, b["lang"], page)
            counts[("feed item", caps, got)] += 1
            if args.show:
                print(f"feed {page} {caps} {b['lang']}: {got} ({g.lang} {g.confidence:.2f} "
                      f"{g.method}) {b['text'][:70]}")
    for where in ("page", "feed item"):
        for caps in ("as written", "capitals"):
            row = {k: counts[(where, caps, k)] for k in ("own", "held", "other", "passed")}
            print(f"{where}, {caps}: " + ", ".join(f"{k} {v}" for k, v in row.items()))
    passed = sum(v for (w, c, k), v in counts.items() if k == "passed")
    print(f"passed as the page's language (must be 0): {passed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
