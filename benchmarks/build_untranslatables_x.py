"""Build untranslatables SET X: the Windows Terminal documentation (a product named by common
words, "Windows Terminal", beside shells, fonts, themes, services and tools named by words:
"Command Prompt", "Azure Cloud Shell", "Cascadia Code", "One Half Dark", "Terminal Chat", "Git
Bash", "Oh My Posh"; code, file names, versions, addresses).

    python benchmarks/build_untranslatables_x.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/MicrosoftDocs/terminal at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_x.jsonl (default)

Set w was untrans40's; set x is written by untrans41 BEFORE any code of its pass, from real text
that no untranslatables set (c to w: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website, the Go project's blog) and no folder of
``tests/data/realworld`` uses (their builders' docstrings name neither; one expected text of
``heldout_l`` quotes a code.visualstudio.com address, another site):

- the Windows Terminal documentation (``MicrosoftDocs/terminal``, ``TerminalDocs/**/*.md``;
  commit below): installation, settings, profiles, panes, themes, tutorials, Terminal Chat,
  troubleshooting. The documentation is under **CC BY 4.0** (the repository's ``LICENSE``,
  "Attribution 4.0 International"; code samples MIT, ``LICENSE-CODE``).

It was chosen for the class the docs list as left after untrans40: **a product named by common
words** ("Windows Terminal" 91 times after a lower-case word, "Windows Terminal Preview",
"Command Prompt", "Azure Cloud Shell", "Cascadia Code", "Visual Studio Code", "Microsoft
Store", "Group Policy", "Terminal Chat", "GitHub Copilot", "Git Bash", "Oh My Posh", colour
schemes "One Half Dark", "Tango Dark", "Campbell", "Vintage"), **single-word names that are
common words** ("Mica", "Acrylic", "Starship", "Anaconda", "Campbell", "Vintage"), mixed case
("PowerShell", "OneDrive", "OpenType", "OpenSSH"), versions, code spans, file names.

**Items.** Pages are read newest first (the front matter's ``ms.date``, month/day/year; ties by
path). A page's body is the file without its front matter, its ``<style>``/``<script>``
elements, its ``:::`` directive lines, its alert markers (a ``> [!NOTE]`` line) and the
``> `` of a quoted line (the alerts' text is prose), its ``<kbd>``/``</kbd>`` tags (the key's
name kept) and its headings' anchors; then cut into blocks as set r's builder does
(``build_untranslatables_r.blocks``: fenced code left out), and dropped as set w drops. One
item is one block as the page writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** Set w's rule: ``NAMES`` below lists the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind: the
product, its editions, shells, fonts, colour schemes, tools, services and platforms named by
words, initials or in mixed case (``brand``), firms usage keeps as written (``group``). Chosen
by hand from a count of the corpus's capitalised runs after a lower-case word, a comma or a
bracket and of its words with a capital after a lower-case letter, outside code spans and link
targets, a judgement written down before any run. Not listed: persons; terms in capitals a
Portuguese text writes as they are or expands ("ID", "GUID", "UI", "CMD", "JSON", "URL",
"SSH", "PTY", "ANSI", "RGB", "USB"); the documentation's own setting and section names
("Settings UI", "Command Palette", "Focus mode", "Quake mode", "Broadcast Input", "Appearance",
"Rendering"); keys ("Ctrl", "Alt"). Each name is taken from the first candidate item (newest
first) that holds it outside code spans and link targets; every listed name that item holds is
a token. In every item taken, also as tokens, each once: each handle, hashtag, issue number,
file name, version string, code span of two characters or more and written address, by set
r's patterns (``build_untranslatables_r.marks``; the file name extensions are r's and ``ps1``,
``exe``, ``cmd``, ``bat``, ``ttf``, ``png``, ``html``). Then every candidate not yet taken that
holds a hashtag, and every ``MARK_STEP``-th other candidate not yet taken (newest first,
counted among those holding a handle, file name, address, issue number or version string),
with all its tokens as above.

**Controls (over-protection), set d's to w's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-07 BEFORE the untrans41 pass's code; its first run is main's
(``benchmarks/results/untrans41-eval_untranslatables_x_before-2026-12-07.txt``), read for its
totals only. Do not tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_untranslatables_r as r_builder
from build_untranslatables_d import controls
from build_untranslatables_n import _has, plain

ROOT = Path(__file__).resolve().parents[1]
SITE_COMMIT = "c341a6362f9f0346a17ecc5e1e74d2cd9372c8f9"
# every STEP-th candidate block is a control-only candidate (set w's)
STEP = 60
# every MARK_STEP-th candidate with a handle, file name, address, issue number or version string
# is taken (set r's, v's and w's step, 1), kept before any run of the pipeline
MARK_STEP = 1
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%@\\+$|{]|\{%|\{\{|<[A-Z]|\$\$|\\[a-z]+\{")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|html"
    r"|ps1|exe|cmd|bat|ttf|png)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the product, its editions, shells, fonts, colour schemes, tools, services, platforms
    ("Windows Terminal", "brand"),
    ("Windows Terminal Preview", "brand"),
    ("Windows Terminal Canary", "brand"),
    ("Terminal Chat", "brand"),
    ("Windows PowerShell", "brand"),
    ("PowerShell", "brand"),
    ("Command Prompt", "brand"),
    ("Windows Command Prompt", "brand"),
    ("Azure Cloud Shell", "brand"),
    ("Cloud Shell", "brand"),
    ("Windows Subsystem for Linux", "brand"),
    ("WSL", "brand"),
    ("Windows Console", "brand"),
    ("Console Host", "brand"),
    ("Windows", "brand"),
    ("Windows 10", "brand"),
    ("Windows 11", "brand"),
    ("Windows Server", "brand"),
    ("Linux", "brand"),
    ("Ubuntu", "brand"),
    ("Debian", "brand"),
    ("Cascadia Code", "brand"),
    ("Cascadia Mono", "brand"),
    ("Consolas", "brand"),
    ("Segoe Fluent", "brand"),
    ("Powerline", "brand"),
    ("Nerd Font", "brand"),
    ("OpenType", "brand"),
    ("Campbell", "brand"),
    ("One Half Dark", "brand"),
    ("Tango Dark", "brand"),
    ("Tango Light", "brand"),
    ("Vintage", "brand"),
    ("Raspberry Ubuntu", "brand"),
    ("Mica", "brand"),
    ("Acrylic", "brand"),
    ("Visual Studio", "brand"),
    ("Visual Studio Code", "brand"),
    ("VS Code", "brand"),
    ("Vim", "brand"),
    ("Git Bash", "brand"),
    ("Cygwin", "brand"),
    ("Anaconda", "brand"),
    ("Far Manager", "brand"),
    ("Oh My Posh", "brand"),
    ("Starship", "brand"),
    ("OpenSSH", "brand"),
    ("winget", "brand"),
    ("Group Policy", "brand"),
    ("Microsoft Store", "brand"),
    ("OneDrive", "brand"),
    ("Notepad", "brand"),
    ("Task Manager", "brand"),
    ("GitHub", "brand"),
    ("GitHub Copilot", "brand"),
    ("Azure OpenAI", "brand"),
    ("Azure", "brand"),
    # firms usage keeps as written
    ("Microsoft", "group"),
    ("OpenAI", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


_FRONT = re.compile(r"\A\s*---\n(.*?)\n---\n", re.S)
_DATE = re.compile(r"^ms\.date:\s*(\d+)/(\d+)/(\d+)", re.M)
_PATH = re.compile(r"^TerminalDocs/.+\.md$")
_ELEMENT = re.compile(r"<(style|script)\b.*?</\1>", re.S | re.I)
_DIRECTIVE = re.compile(r"^\s*:::.*$", re.M)
_ALERT = re.compile(r"^\s*>\s*\[![A-Z]+\]\s*$", re.M)
_QUOTE = re.compile(r"^\s*>\s?", re.M)
_KBD = re.compile(r"</?kbd>", re.I)
_ANCHOR = re.compile(r"\s*\{#[\w-]+\}\s*$", re.M)


def clean(body: str) -> str:
    """The page's body without elements, directives, alert markers, quote marks, key tags and
    heading anchors."""
    body = _ELEMENT.sub("\n\n", body)
    body = _DIRECTIVE.sub("", body)
    body = _ALERT.sub("", body)
    body = _QUOTE.sub("", body)
    body = _KBD.sub("", body)
    return _ANCHOR.sub("", body)


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the documentation's pages, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "TerminalDocs").decode()
    for name in names.splitlines():
        if not _PATH.match(name):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = _FRONT.match(raw)
        date = ""
        if m:
            d = _DATE.search(m.group(1))
            date = f"{d.group(3)}-{int(d.group(1)):02d}-{int(d.group(2)):02d}" if d else ""
            raw = raw[m.end() :]
        out.append((date, name, raw))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"MicrosoftDocs/terminal {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


_LISTED = frozenset(t for t, _ in NAMES)


def marks(text: str) -> list[dict[str, str]]:
    """Set r's marks, with this site's file names; a listed name is no file."""
    saved = r_builder.FILE
    r_builder.FILE = FILE
    try:
        found = r_builder.marks(text)
    finally:
        r_builder.FILE = saved
    return [m for m in found if not (m["kind"] == "file" and m["token"] in _LISTED)]


MARKED = r_builder.MARKED
# every candidate holding one is taken (few in the posts); the others counted together,
# every MARK_STEP-th
RARE = {"hashtag"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_x.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.site):
        for b in r_builder.blocks(clean(body)):
            if NOT_PROSE.search(b):
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"x{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": name,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    def tokens(p: str) -> list[dict[str, str]]:
        toks = [{"kind": k, "token": t} for t, k in NAMES if _has(t, p)]
        return toks + [m for m in marks(p) if m not in toks]

    left = list(NAMES)
    for name, p in paras:
        here = [(t, k) for t, k in left if _has(t, p)]
        if not here:
            continue
        # every listed name the item holds is a token (a name taken before too)
        add(name, p, tokens(p), controls(plain(p), "", all_names, lower))
        left = [x for x in left if x not in here]
    seen_marks = 0
    for name, p in paras:
        if any(i["text"] == p for i in items):
            continue
        kinds_here = {m["kind"] for m in marks(p)}
        if not kinds_here & MARKED:
            continue
        if not kinds_here & RARE:
            seen_marks += 1
            if (seen_marks - 1) % MARK_STEP:
                continue
        add(name, p, tokens(p), controls(plain(p), "", all_names, lower))
    for n, (name, p) in enumerate(paras):
        if n % STEP or any(_has(t, p) for t in all_names) or any(i["text"] == p for i in items):
            continue
        ctl = controls(plain(p), "", all_names, lower)
        if ctl:
            add(name, p, marks(p), ctl)
    args.out.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_tok = sum(len(i["tokens"]) for i in items)
    n_ctl = sum(len(i["controls"]) for i in items)
    kinds = Counter(t["kind"] for i in items for t in i["tokens"])
    print(
        f"{len(paras)} candidates, {len(items)} items, {n_tok} tokens {dict(kinds)}, "
        f"{n_ctl} controls -> {args.out}"
    )
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
