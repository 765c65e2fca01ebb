"""probe49: real court and crime reports (a state prosecutor's press releases) as pages, en -> pt.

Source: github.com/natmrubin/prosecutor-press-releases, commit 492f02ee ("Add local classifier,
fix Dallas PDF corruption, scrape Harris County RSS releases"), folder ``text/miami_dade_fl/``:
the press releases of the Office of the Miami-Dade State Attorney (miamisao.com, 2024-2026) as a
scraper saved them (the page's text, a line per text run: the site title, "News", "Press
Release", the title, "Admin | <date>", the title again, then the body, ended by "#####" and the
contact line). **Licence**: works of a Florida public agency. Florida's public-records law
(ch. 119, Florida Statutes) makes them public records, and a Florida agency may not claim
copyright in them without a statute allowing it (Microdecisions, Inc. v. Skinner, 889 So. 2d
871, Fla. 2d DCA 2004): in the public domain in practice. The repository states no licence; only
the agency's text is used. No set, probe, eval or test of this project read this repository
before (grep of docs/evaluation, benchmarks and tests for "prosecutor-press-releases",
"miamisao" and "Fernandez Rundle": nothing).

Selection rule (fixed before any run): every file of the folder in name order whose title or
body names a court or police step (``CRIME``: charged, arrest, sentenc, convict, verdict,
guilty, indict, plea, trafficking), whose body is 500-6,000 characters and holds at least
``MIN_NUMBERS`` runs of digits; sorted by date, ``N`` taken evenly spaced. A body is the lines
after the date line ("Admin | ...") past the "Click Here to Access PDF Version", "for immediate
release" and repeated-title lines, up to "#####" (or "Related Posts"); the title is the line
before the date line without its "FOR IMMEDIATE RELEASE:" / "MEDIA ADVISORY:" tag; a scraper
line that does not end a sentence (no final ``.``, ``?``, ``!``, ``:``, closing quote or
parenthesis) is joined to the next with a space (the scraper broke a paragraph at each inline
link: "Today, 36-year-old" / "Keith Robertson" / "was sentenced ..."), except before and after a
bullet line ("•", a list item) and a label ("WHO:"). Odd-numbered documents (01, 03...)
Markdown, even ones HTML. A page: the title (a heading), the date line as written ("Admin |
August 29, 2024"), the paragraphs, bullets as a list. Nothing else changed.

usage: python benchmarks/build_probe49_court.py MIRROR_GIT_DIR [COMMIT] [OUT_DIR]
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "492f02ee2ac1bc5d33f45a239253e18e2443a379"
FOLDER = "text/miami_dade_fl/"
N = 18
MIN_NUMBERS = 3
CRIME = re.compile(r"charged|arrest|sentenc|convict|verdict|guilty|indict|\bplea|trafficking",
                   re.I)
END = ("#####", "Related Posts", "For further information")
PREFIX = re.compile(r"^(FOR IMMEDIATE RELEASE|MEDIA ADVISORY|PRESS RELEASE)\s*:\s*", re.I)
SKIP_HEAD = re.compile(r"^(Click Here to Access PDF Version|for immediate release|media advisory"
                       r"|press release)$", re.I)
LABEL = re.compile(r"^[A-Z]{2,}:$")
ENDS_SENTENCE = re.compile(r"[.?!:\u201d\u2019\"')]\s*$")
OUT = Path(__file__).resolve().parent / "data" / "probe49_court"
MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True,
                          check=True).stdout.decode("utf-8")


def _join(lines: list[str]) -> list[str]:
    """The scraper's lines as paragraphs: a line that ends no sentence runs on into the next."""
    paras: list[str] = []
    cur = ""
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if cur and (ln.startswith("\u2022") or LABEL.match(ln) or cur.startswith("\u2022")
                    or LABEL.match(cur) or ENDS_SENTENCE.search(cur)):
            paras.append(cur)
            cur = ""
        cur = f"{cur} {ln}".strip() if cur else ln
    if cur:
        paras.append(cur)
    return paras


def _parse(text: str) -> tuple[str, str, list[str]] | None:
    lines = [ln.strip() for ln in text.splitlines()]
    at = next((i for i, ln in enumerate(lines) if ln.startswith("Admin |")), None)
    if at is None or at < 1:
        return None
    dateline = lines[at]
    title = PREFIX.sub("", lines[at - 1]).strip()
    i = at + 1
    while i < len(lines) and (not lines[i] or SKIP_HEAD.match(lines[i])
                              or PREFIX.sub("", lines[i]).startswith(title[:30])):
        i += 1
    body: list[str] = []
    for ln in lines[i:]:
        if ln.startswith(END):
            break
        body.append(ln)
    return title, dateline, _join(body)


def _date_key(dateline: str) -> tuple[int, int, int]:
    m = re.search(r"(\w+) (\d+), (\d{4})", dateline)
    if not m or m.group(1) not in MONTHS:
        return (0, 0, 0)
    return (int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))


def _page(i: int, title: str, dateline: str, paras: list[str]) -> tuple[str, str]:
    md = i % 2 == 1
    out: list[str] = []
    if md:
        out += [f"# {title}", "", dateline, ""]
        for p in paras:
            if p.startswith("\u2022"):
                out.append("- " + p.lstrip("\u2022 ").strip())
            else:
                if out and out[-1].startswith("- "):
                    out.append("")
                out += [p, ""]
        return "md", "\n".join(out).rstrip() + "\n"
    out += ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title></head><body><article>",
            f"<h1>{html.escape(title)}</h1>", f"<p>{html.escape(dateline)}</p>"]
    in_list = False
    for p in paras:
        if p.startswith("\u2022"):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(p.lstrip(chr(0x2022) + ' ').strip())}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        out.append(f"<p>{html.escape(p)}</p>")
    if in_list:
        out.append("</ul>")
    out.append("</article></body></html>")
    return "html", "\n".join(out) + "\n"


def main() -> None:
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else COMMIT
    out = Path(sys.argv[3]) if len(sys.argv) > 3 else OUT
    names = [n for n in _git(git_dir, "ls-tree", "-r", "--name-only", commit, FOLDER).splitlines()
             if n.endswith(".txt")]
    cands = []
    for name in sorted(names):
        parsed = _parse(_git(git_dir, "show", f"{commit}:{name}"))
        if parsed is None:
            continue
        title, dateline, paras = parsed
        text = "\n".join(paras)
        if not (CRIME.search(title) or CRIME.search(text)):
            continue
        if not 500 <= len(text) <= 6000 or len(re.findall(r"\d+", text)) < MIN_NUMBERS:
            continue
        cands.append((_date_key(dateline), name, title, dateline, paras))
    cands.sort(key=lambda c: (c[0], c[1]))
    if len(cands) > N:
        step = len(cands) / N
        cands = [cands[int(i * step)] for i in range(N)]
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file\tsource_path\tdate\ttitle"]
    for i, (_, name, title, dateline, paras) in enumerate(cands, 1):
        ext, page = _page(i, title, dateline, paras)
        fname = f"court-{i:02d}.{ext}"
        (out / fname).write_text(page, encoding="utf-8")
        rows.append(f"{fname}\t{name}\t{dateline.split('|', 1)[1].strip()}\t{title}")
    (out / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(names)} files, {len(cands)} written to {out}")


if __name__ == "__main__":
    main()
