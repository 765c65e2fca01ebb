"""Build untranslatables SET T: the Electron project's news (a framework, its tools and the apps
built on it named by common words and initials, mixed-case names, handles, hashtags, issue
numbers, code, file names, versions, addresses).

    python benchmarks/build_untranslatables_t.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/electron/website at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_t.jsonl (default)

Set s was untrans36's; set t is written by untrans37 BEFORE any code of its pass, from real text
that no untranslatables set (c to s: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website) and no folder of ``tests/data/realworld`` uses (their
builders' docstrings name neither):

- the Electron project's website (``electron/website``, ``blog/*.md``; commit below): its news
  posts of 2013-2026: release announcements, security advisories, the apps built with Electron,
  Google Summer of Code and Season of Docs, the project's governance, summits and anniversaries.
  **Apache-2.0** (the repository's ``LICENSE``). One structure set (``html_structure_ae``)
  holds the README of ``electron/electron``, another repository; none holds this site's text.

It is written in Markdown; the pipeline reads each item as Markdown. It was chosen for what set s
had, in another project's words, and what s lacked: **handles** ("@MarshallOfSound"),
**hashtags** ("#hacktoberfest"), **issue and pull-request numbers** ("#40504"), **code spans**,
**file names** ("package.json", "main.js"), **version strings** ("30.0.0"), **addresses**,
beside a framework, tools and apps named by common words and initials ("Electron", "Forge",
"Fiddle", "Node", "Atom", "Slack", "Ghost", "Beaker", "Dat", "V8", "GN", "ASAR") and
**mixed-case names** ("macOS", "iOS", "iPhone", "jQuery", "GitHub", "WebTorrent", "GSoC").

**Items.** Posts are read newest first (front matter ``date:``; ties by path). A post's body
(after its ``---`` front matter) is cut into blocks as set r's builder does
(``build_untranslatables_r.blocks``: set n's blocks, and each list item of 6 to 80 words a block
of its own: this site writes its pull-request numbers in release lists), and dropped as sets o to
s drop: a block opening with ``=``, ``:`` or ``%``, or holding ``{%``, ``{{`` or a site
component (``<`` then a capital). One item is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be in
the translation **verbatim** (case sensitive, whole words), by kind: the framework, its tools,
other software, apps, browsers, engines, formats and platforms named by words, initials or in
mixed case (``brand``), firms and bodies usage keeps as written (``group``). They were chosen by
hand from a count of the corpus's capitalised runs after a lower-case word, a comma or a
bracket, and of its words with a capital after a lower-case letter, outside code spans and link
targets, a judgement written down before any run. Not listed: persons and handles written bare;
terms in capitals a Portuguese text writes as they are or expands ("API", "IPC", "URL", "UI",
"PR", "CSS", "HTML", "GPU", "CPU", "OS", "CI", "DOM", "PDF", "RFC", "CVE", "ESM", "CSD", "OSR");
months, places, languages of people; API and type names in prose ("BrowserWindow",
"webContents", "WebContentsView", "contextIsolation": s left "EngineState" so). Each name is
taken from the first candidate item (newest first) that holds it outside code spans and link
targets; every listed name that item holds is a token. In every item taken, also as tokens, each
once: each handle, hashtag, issue number, file name, version string, code span of two
characters or more and written address, by set r's patterns (``build_untranslatables_r.marks``;
the file name extensions are r's and ``mjs``, ``cjs``, ``html``, ``asar``, ``exe``, ``dmg``,
``plist``; a listed name that has a file name's shape, "Node.js", "Vue.js", is a name, not a
file).
Then every candidate not yet taken that holds a handle, hashtag, file name or address (few in
the posts' prose: every one), and every ``MARK_STEP``-th other candidate not yet taken (newest
first, counted among those holding an issue number or version string), with all its tokens as
above.

**Controls (over-protection), set d's to s's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-06 BEFORE the untrans37 pass's code; its first run is main's
(``benchmarks/results/untrans37-eval_untranslatables_t_before-2026-12-06.txt``), read for its
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
SITE_COMMIT = "a48e1042b7560648715b6761ec4a1dcbe0694d74"
# every STEP-th candidate block is a control-only candidate
STEP = 60
# every MARK_STEP-th candidate with an issue number or version string is taken
MARK_STEP = 15
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%]|\{%|\{\{|<[A-Z]")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|mjs|cjs|html|asar"
    r"|exe|dmg|plist)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the framework, its tools, other software, apps, browsers, engines, formats, platforms
    ("Electron", "brand"),
    ("Electron Forge", "brand"),
    ("Forge", "brand"),
    ("Electron Fiddle", "brand"),
    ("Fiddle", "brand"),
    ("Electron Packager", "brand"),
    ("Spectron", "brand"),
    ("Devtron", "brand"),
    ("Chromium", "brand"),
    ("Chrome", "brand"),
    ("Google Chrome", "brand"),
    ("V8", "brand"),
    ("Node", "brand"),
    ("Node.js", "brand"),
    ("NW.js", "brand"),
    ("Vue.js", "brand"),
    ("InstantSearch.js", "brand"),
    ("Nordic.js", "brand"),
    ("N-API", "brand"),
    ("Node-API", "brand"),
    ("GN", "brand"),
    ("GYP", "brand"),
    ("CEF", "brand"),
    ("ASAR", "brand"),
    ("MSIX", "brand"),
    ("ANGLE", "brand"),
    ("Crashpad", "brand"),
    ("Squirrel.Mac", "brand"),
    ("Squirrel.Windows", "brand"),
    ("Rosetta", "brand"),
    ("Brotli", "brand"),
    ("Zstandard", "brand"),
    ("OpenSSL", "brand"),
    ("BoringSSL", "brand"),
    ("WebRTC", "brand"),
    ("WebView2", "brand"),
    ("DevTools", "brand"),
    ("Atom", "brand"),
    ("Slack", "brand"),
    ("Discord", "brand"),
    ("Ghost", "brand"),
    ("Kap", "brand"),
    ("Beaker", "brand"),
    ("Dat", "brand"),
    ("Brave", "brand"),
    ("Edge", "brand"),
    ("Firefox", "brand"),
    ("Jasper", "brand"),
    ("Calypso", "brand"),
    ("Voltra", "brand"),
    ("WebTorrent", "brand"),
    ("BitTorrent", "brand"),
    ("WordPress", "brand"),
    ("Visual Studio Code", "brand"),
    ("Xcode", "brand"),
    ("Homebrew", "brand"),
    ("Webpack", "brand"),
    ("React", "brand"),
    ("jQuery", "brand"),
    ("Swift", "brand"),
    ("Objective-C", "brand"),
    ("JavaScript", "brand"),
    ("TypeScript", "brand"),
    ("ECMAScript", "brand"),
    ("Markdown", "brand"),
    ("YAML", "brand"),
    ("JSON", "brand"),
    ("RSS", "brand"),
    ("Jekyll", "brand"),
    ("Crowdin", "brand"),
    ("Algolia", "brand"),
    ("CircleCI", "brand"),
    ("GitHub", "brand"),
    ("GitHub Releases", "brand"),
    ("Twitter", "brand"),
    ("Mastodon", "brand"),
    ("Facebook", "brand"),
    ("Windows", "brand"),
    ("Windows Server", "brand"),
    ("Linux", "brand"),
    ("Wayland", "brand"),
    ("X11", "brand"),
    ("GNOME", "brand"),
    ("GTK", "brand"),
    ("KDE Plasma", "brand"),
    ("macOS", "brand"),
    ("iOS", "brand"),
    ("iPhone", "brand"),
    ("iMessage", "brand"),
    ("Mac App Store", "brand"),
    ("Microsoft Store", "brand"),
    ("Apple Silicon", "brand"),
    ("Touch ID", "brand"),
    ("Chromebook", "brand"),
    ("Raspberry Pi", "brand"),
    ("GSoC", "brand"),
    # firms and bodies usage keeps as written
    ("Google", "group"),
    ("Microsoft", "group"),
    ("Apple", "group"),
    ("Intel", "group"),
    ("IBM", "group"),
    ("Atlassian", "group"),
    ("GoDaddy", "group"),
    ("Joyent", "group"),
    ("Symantec", "group"),
    ("OpenFin", "group"),
    ("OpenJS Foundation", "group"),
    ("Internet Archive", "group"),
    ("Citizen Lab", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the site's news posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "blog").decode()
    for name in names.splitlines():
        if not name.endswith(".md"):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = re.search(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})", raw, re.M)
        date = m.group(1) if m else "0000-00-00"
        body = raw
        parts = raw.split("---", 2)
        if raw.startswith("---") and len(parts) == 3:
            body = parts[2]
        out.append((date, name, body))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"electron/website {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


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
# few in the posts: every candidate holding one is taken
RARE = {"handle", "hashtag", "file", "url"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_t.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.site):
        for b in r_builder.blocks(body):
            if NOT_PROSE.search(b):
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"t{len(items) + 1:03d}",
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
