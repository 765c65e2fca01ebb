"""probe52: real election and sports results (Wikipedia's "Current events" portal, the days'
"Politics and elections" and "Sports" sections) as pages, en -> pt.

Source: github.com/fordred/wikinews, commit 0441f527 ("docs/_posts/YYYY-MM-DD-index.md": one
day of https://en.wikipedia.org/wiki/Portal:Current_events, 2025-01 to 2026-08, as Markdown
with the portal's links). **Licence**: Wikipedia text, CC BY-SA 4.0 (the portal's page
history names its authors); kept with its links, which credit the sources it cites. No probe,
set, eval or test read this repository (grep of benchmarks/, tests/ and docs/ for
"fordred" and "Current events").

Selection rule (fixed before any run): every daily post; its "#### Politics and elections"
and "#### Sports" sections (each up to the next "####" heading), kept in that order as "##"
sections; the day kept if the two sections hold at least ``MIN_RESULTS`` result figures
(``RESULT``: a percentage, a score or tally "6–3" / "2-1", a count of seats or votes);
each section cut at the last top-level item ("* ") before ``CUT`` characters of visible text
(links' addresses not counted; probe44's rule of a small engine time); sorted by date, ``N``
taken evenly spaced. Odd-numbered documents Markdown, even ones HTML rendered from the same
Markdown (markdown-it-py, the project's own dependency). Nothing else changed.

usage: python benchmarks/build_probe52_results.py MIRROR_GIT_DIR [OUT_DIR]
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

from markdown_it import MarkdownIt

COMMIT = "0441f5273b8763fa543a6148b97efbbbae37b371"
SECTIONS = ("Politics and elections", "Sports")
RESULT = re.compile(r"\d(?:[\d,.]*\d)?\s?(?:%|per ?cent)|\b\d{1,3}\s?[–-]\s?\d{1,3}\b"
                    r"|\b\d[\d,]*\s(?:of the\s)?(?:\d+\s)?(?:seats|votes)\b")
LINK_URL = re.compile(r"\]\([^)]*\)")
MIN_RESULTS = 3
CUT = 1100
N = 16
OUT = Path(__file__).resolve().parent / "data" / "probe52_results"


def _git(git: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git, *args], capture_output=True, text=True,
                          check=True).stdout


def _visible(text: str) -> str:
    return LINK_URL.sub("]", text)


def _section(body: str, name: str) -> str:
    m = re.search(rf"^#### {re.escape(name)}\n(.*?)(?=^#### |\Z)", body, re.M | re.S)
    if not m:
        return ""
    items = re.split(r"(?m)^(?=\* )", m.group(1).strip("\n"))
    out: list[str] = []
    for item in items:
        if not item.strip():
            continue
        if out and len(_visible("".join(out) + item)) > CUT:
            break
        out.append(item)
    return "".join(out).strip("\n")


def main() -> None:
    git = sys.argv[1]
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    out.mkdir(parents=True, exist_ok=True)
    names = sorted(n for n in _git(git, "ls-tree", "-r", "--name-only", COMMIT).splitlines()
                   if re.fullmatch(r"docs/_posts/\d{4}-\d{2}-\d{2}-index\.md", n))
    cands = []
    for path in names:
        text = _git(git, "show", f"{COMMIT}:{path}")
        parts = [(s, _section(text, s)) for s in SECTIONS]
        parts = [(s, b) for s, b in parts if b]
        joined = _visible("\n".join(b for _, b in parts))
        if len(RESULT.findall(joined)) < MIN_RESULTS:
            continue
        title = re.search(r"^title: (.*)$", text, re.M)
        cands.append((path[12:22], path, title.group(1) if title else path[12:22], parts))
    picks = [cands[round(i * (len(cands) - 1) / (N - 1))] for i in range(N)]
    md = MarkdownIt("commonmark")
    rows = ["id\tdate\tfile\ttitle\tpath"]
    for i, (date, path, title, parts) in enumerate(picks, 1):
        name = f"res-{i:02d}-{date}"
        head = f"Politics, elections and sports: {title}"
        text = "\n\n".join(f"## {s}\n\n{b}" for s, b in parts)
        if i % 2 == 1:
            fname = f"{name}.md"
            (out / fname).write_text(f"# {head}\n\n{text}\n", encoding="utf-8")
        else:
            fname = f"{name}.html"
            doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                   f"{html.escape(head)}</title></head><body><article>\n<h1>"
                   f"{html.escape(head)}</h1>\n" + md.render(text) + "</article></body></html>\n")
            (out / fname).write_text(doc, encoding="utf-8")
        rows.append(f"{name}\t{date}\t{fname}\t{head}\t{path}")
    (out / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(names)} days, {len(cands)} candidates, {len(picks)} written to {out}")


if __name__ == "__main__":
    main()
