"""probe51: real weather and disaster reports (White House statements and fact sheets on
hurricanes, wildfires, floods, storms, earthquakes and extreme heat) as pages, en -> pt.

Source: github.com/brian14708/wh-briefings, commit 737ca03a2 ("Update at Fri Aug 21 20:46:17
UTC 2026"): the White House briefing room's pages (2021-2026) as Markdown with YAML front
matter (title, date, source_url). **Licence**: works of the US government, not subject to
copyright in the US (17 U.S.C. 105, public domain); the repository itself is CC0 1.0. probe40
and probe44 read other documents of this repository (market, health, local government,
education, culture, consumer protection); none of the documents here (grep of benchmarks/,
tests/ and docs/ for their titles; no set, eval or test read a disaster release).

Selection rule (fixed before any run): every Markdown file of the folders ``FOLDERS`` whose
file name names a weather event or disaster (``DISASTER``: hurricane, tropical storm, typhoon,
wildfire, fire(s) in, flood, tornado, storm, earthquake, tsunami, extreme heat, smoke) and none
of ``EXCLUDE`` (a disaster declaration's form, a proclamation, remarks and press briefings as
transcripts, "Crossfire Hurricane", "long-range fires": no disaster); its body cut at the last
paragraph ending before ``CUT`` characters (probe44's rule, to keep the engine's time small);
kept if the cut body has at least ``MIN_NUMBERS`` runs of digits (figures: casualties, acres,
personnel, money, dates); sorted by date (then path), ``N`` taken evenly spaced. Odd-numbered
documents (01, 03...) Markdown (``# title`` and the body as the repository has it: hard-wrapped
lines, links, bold), even ones HTML rendered from the same Markdown (markdown-it-py, the
project's own dependency). Nothing else changed.

usage: python benchmarks/build_probe51_disaster.py MIRROR_GIT_DIR [OUT_DIR]
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import yaml
from markdown_it import MarkdownIt

COMMIT = "737ca03a2"
FOLDERS = ("statements-releases/", "briefings-statements/", "fact-sheets/", "articles/")
DISASTER = re.compile(r"hurricane|tropical-storm|typhoon|wildfire|fires-in|flood|tornado|storm"
                      r"|earthquake|tsunami|extreme-heat|smoke")
EXCLUDE = re.compile(r"approves|makes-available|proclamation|remarks|press-briefing|crossfire"
                     r"|long-range-fires")
CUT = 4000
MIN_NUMBERS = 3
N = 18
DIGITS = re.compile(r"\d+")
OUT = Path(__file__).resolve().parent / "data" / "probe51_disaster"


def _git(git: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git, *args], capture_output=True, text=True,
                          check=True).stdout


def _read(git: str, path: str) -> tuple[str, str, str, str]:
    text = _git(git, "show", f"{COMMIT}:{path}")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    title = re.sub(r"[\u2060\u00a0]", lambda m: "" if m.group() == "\u2060" else " ",
                   str(meta["title"]))
    title = title.replace("_", " ")
    return title, str(meta.get("date", "")), str(meta.get("source_url", "")), body


def _cut(body: str) -> list[str]:
    paras = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", body) if p.strip()]
    paras = [p for p in paras if p.strip() not in ("\\###", "###")]
    out: list[str] = []
    size = 0
    for p in paras:
        if out and size + len(p) > CUT:
            break
        out.append(p)
        size += len(p)
    return out


def main() -> None:
    git = sys.argv[1]
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else OUT
    out.mkdir(parents=True, exist_ok=True)
    names = [n for n in _git(git, "ls-tree", "-r", "--name-only", COMMIT).splitlines()
             if n.endswith(".md") and n.startswith(FOLDERS)]
    cands = []
    for path in sorted(names):
        slug = Path(path).stem
        if not DISASTER.search(slug) or EXCLUDE.search(slug):
            continue
        title, date, url, body = _read(git, path)
        paras = _cut(body)
        if len(DIGITS.findall("\n\n".join(paras))) < MIN_NUMBERS:
            continue
        cands.append((date, path, title, url, paras))
    cands.sort(key=lambda c: (c[0], c[1]))
    picks = [cands[round(i * (len(cands) - 1) / (N - 1))] for i in range(N)]
    md = MarkdownIt("commonmark")
    rows = ["id\tdate\tfile\ttitle\tsource_url\tpath"]
    for i, (date, path, title, url, paras) in enumerate(picks, 1):
        slug = Path(path).stem[11:60].rstrip("-")
        name = f"dis-{i:02d}-{slug}"
        text = "\n\n".join(paras)
        if i % 2 == 1:
            fname = f"{name}.md"
            (out / fname).write_text(f"# {title}\n\n{text}\n", encoding="utf-8")
        else:
            fname = f"{name}.html"
            doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                   f"{html.escape(title)}</title></head><body><article>\n<h1>"
                   f"{html.escape(title)}</h1>\n" + md.render(text) + "</article></body></html>\n")
            (out / fname).write_text(doc, encoding="utf-8")
        rows.append(f"{name}\t{date}\t{fname}\t{title}\t{url}\t{path}")
    (out / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(cands)} candidates, {len(picks)} written to {out}")


if __name__ == "__main__":
    main()
