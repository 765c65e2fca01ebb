"""Build untranslatables SET S: the Nushell project's news (a shell and its tools named by common
words and initials, handles, issue numbers, code, file names, versions, addresses).

    python benchmarks/build_untranslatables_s.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/nushell/nushell.github.io at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_s.jsonl (default)

Set r was untrans34's; set s is written by untrans36 BEFORE any code of its pass, from real text
that no untranslatables set (c to r: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website) and no folder of ``tests/data/realworld`` uses (their builders' docstrings name
neither):

- the Nushell project's website (``nushell/nushell.github.io``, ``blog/*.md``; commit below):
  its news posts of 2019-2026 but the weekly "This week in Nushell" digests (``*twin*``, lists
  of pull-request titles, no prose): release announcements, surveys, contests, the project's
  anniversaries and plans. **MIT** (the repository's ``LICENSE``: "Copyright (c) 2021 Nushell
  Project"). Three of the structure sets hold other projects' READMEs that name Nushell
  (``html_structure_ah``, ``aj``, ``ak``); none holds this site's text.

It is written in Markdown; the pipeline reads each item as Markdown. It was chosen for what set r
had, in another project's words: **handles** ("@fdncred"), **issue and pull-request numbers in
running text** ("#10569"), **code spans**, **file names** ("config.nu", "Cargo.toml"), **version
strings** ("0.115.0"), **addresses**, beside products and formats named by common words and
initials ("Nu", "Helix", "Starship", "Polars", "Scoop", "Notion", "YAML", "NUON", "LSP", "MCP").
The site writes no hashtag in running text (none counted on the posts' prose: a hashtag kind
cannot be drawn from this source).

**Items.** Posts are read newest first (the ``YYYY-MM-DD`` of the file name; ties by path). A
post's body (after its ``---`` front matter) is cut into blocks as set n's builder does
(``build_untranslatables_n.blocks``: fenced code, lists, tables and short lines left out; list
items are not taken, unlike set r: this site's lists are pull-request titles), and dropped as sets
o, p and r drop: a block opening with ``=``, ``:`` or ``%``, or holding ``{%`` or ``{{``; and a
block holding a site component (``<`` then a capital: ``<JumpToc/>``, ``<PrBy .../>``). One item
is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be in
the translation **verbatim** (case sensitive, whole words), by kind: the shell, its tools,
other software, formats, protocols and standards named by initials or words, services and
platforms (``brand``), firms and bodies usage keeps as written (``group``). They were chosen by
hand from a count of the corpus's capitalised runs after a lower-case word, a comma or a
bracket, outside code spans, a judgement written down before any run. Not listed: persons and
handles written bare ("WindSoilder": the handle kind counts them with "@"); terms written in
capitals that a Portuguese text writes as they are or expands ("API", "CLI", "PR", "IDE",
"REPL", "IR", "AST", "CPU", "UI"); languages of people ("Chinese", "Portuguese"); type names in
prose ("EngineState", "SyntaxShape"). Each name is taken from the first candidate item (newest
first) that holds it outside code spans and link targets; every listed name that item holds is a
token. In every item taken, also as tokens, each once: each handle, hashtag, issue number, file
name, version string, code span of two characters or more and written address, by set r's
patterns (``build_untranslatables_r.marks``; the file name extensions are r's and ``nu``, the
shell's scripts). Then every candidate not yet taken that holds a file name, hashtag or
address (few in prose: every one), and every ``MARK_STEP``-th other candidate not yet taken
(newest first, counted among those holding a handle, issue number or version string), with all
its tokens as above.

**Controls (over-protection), set d's to r's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-06 BEFORE the untrans36 pass's code; its first run is main's
(``benchmarks/results/untrans36-eval_untranslatables_s_before-2026-12-06.txt``), read for its
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
from build_untranslatables_n import blocks as n_blocks

ROOT = Path(__file__).resolve().parents[1]
SITE_COMMIT = "72e298f7d579c20cebede45c861d63cbb689838f"
# every STEP-th candidate block is a control-only candidate
STEP = 60
# every MARK_STEP-th candidate with a mark is taken
MARK_STEP = 20
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%]|\{%|\{\{|<[A-Z]")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|nu)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised runs
NAMES: list[tuple[str, str]] = [
    # the shell, its tools, other software, formats, protocols, services, platforms
    ("Nushell", "brand"),
    ("Nu", "brand"),
    ("Reedline", "brand"),
    ("Polars", "brand"),
    ("Starship", "brand"),
    ("Helix", "brand"),
    ("Vim", "brand"),
    ("Neovim", "brand"),
    ("Sublime", "brand"),
    ("VS Code", "brand"),
    ("VSCode", "brand"),
    ("Visual Studio Code", "brand"),
    ("Windows Terminal", "brand"),
    ("DomTerm", "brand"),
    ("Termux", "brand"),
    ("Homebrew", "brand"),
    ("Scoop", "brand"),
    ("Wix", "brand"),
    ("Direnv", "brand"),
    ("Notion", "brand"),
    ("Excel", "brand"),
    ("Linguist", "brand"),
    ("Apache Arrow", "brand"),
    ("Discord", "brand"),
    ("Zulip", "brand"),
    ("Twitter", "brand"),
    ("GitHub", "brand"),
    ("Docker", "brand"),
    ("Cargo", "brand"),
    ("Rust", "brand"),
    ("Python", "brand"),
    ("Ruby", "brand"),
    ("Java", "brand"),
    ("JavaScript", "brand"),
    ("WebAssembly", "brand"),
    ("PowerShell", "brand"),
    ("Bash", "brand"),
    ("Zsh", "brand"),
    ("SQLite", "brand"),
    ("Windows", "brand"),
    ("Linux", "brand"),
    ("Android", "brand"),
    ("FreeBSD", "brand"),
    ("NetBSD", "brand"),
    ("Unicode", "brand"),
    ("Markdown", "brand"),
    ("MessagePack", "brand"),
    ("YAML", "brand"),
    ("JSON", "brand"),
    ("TOML", "brand"),
    ("NUON", "brand"),
    ("KDL", "brand"),
    ("CSV", "brand"),
    ("XML", "brand"),
    ("SQL", "brand"),
    ("LSP", "brand"),
    ("MCP", "brand"),
    ("POSIX", "brand"),
    ("ANSI", "brand"),
    ("ASCII", "brand"),
    ("WASM", "brand"),
    # firms and bodies usage keeps as written
    ("Microsoft", "group"),
    ("Apple", "group"),
    ("Google", "group"),
    ("Mozilla", "group"),
    ("NLnet", "group"),
    ("Couchbase", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the site's news posts but the weekly digests, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "blog").decode()
    for name in names.splitlines():
        base = name.rsplit("/", 1)[-1]
        if not name.endswith(".md") or "twin" in base or not re.match(r"\d{4}-\d{2}-\d{2}", base):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        body = raw
        parts = raw.split("---", 2)
        if raw.startswith("---") and len(parts) == 3:
            body = parts[2]
        out.append((base[:10], name, body))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"nushell/nushell.github.io {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


def marks(text: str) -> list[dict[str, str]]:
    """Set r's marks, with this site's script files among the file names."""
    saved = r_builder.FILE
    r_builder.FILE = FILE
    try:
        return r_builder.marks(text)
    finally:
        r_builder.FILE = saved


MARKED = r_builder.MARKED
# few in the posts' prose: every candidate holding one is taken
RARE = {"file", "hashtag", "url"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_s.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.site):
        for b in n_blocks(body):
            if NOT_PROSE.search(b):
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"s{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": name,
                "text": text,
                "tokens": toks,
                "controls": [w for w in ctl if w not in NOT_CONTROL],
            }
        )

    left = list(NAMES)
    for name, p in paras:
        here = [(t, k) for t, k in left if _has(t, p)]
        if not here:
            continue
        # every listed name the item holds is a token (a name taken before too)
        toks = [{"kind": k, "token": t} for t, k in NAMES if _has(t, p)]
        toks += [m for m in marks(p) if m not in toks]
        add(name, p, toks, controls(plain(p), "", all_names, lower))
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
        toks = [{"kind": k, "token": t} for t, k in NAMES if _has(t, p)]
        toks += [m for m in marks(p) if m not in toks]
        add(name, p, toks, controls(plain(p), "", all_names, lower))
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
