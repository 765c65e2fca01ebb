"""Build untranslatables SET V: the Gleam project's news (a language, its packages, tools, editors
and platforms named by common words, initials and mixed case, handles, issue numbers, code,
versions, addresses).

    python benchmarks/build_untranslatables_v.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/gleam-lang/website at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_v.jsonl (default)

Set u was untrans38's; set v is written by untrans39 BEFORE any code of its pass, from real text
that no untranslatables set (c to u: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website) and no folder of ``tests/data/realworld`` uses (their builders' docstrings name
neither):

- the Gleam language's website (``gleam-lang/website``, ``pages/news/*.djot``; commit below):
  its news posts of 2019-2026 (release notes "Gleam vX.Y released", language-server and
  compiler features, developer surveys, sponsorship and community news). **Apache-2.0** (the
  repository's ``LICENCE``).

It is written in Djot, whose blocks, lists, code spans, links and headings are Markdown's; the
pipeline reads each item as Markdown. It was chosen for what sets s to u had, in another
project's words, and the classes the docs list as left: **names made of common words**
("Gleam", "Hex", "Lustre", "Wisp", "Mist", "Go", "Rust", "Elm", "Zed", "Helix", "Mix", "Plug",
"Phoenix", "Cowboy", "Tangled", "Lean", "Mercury", "Dart"), **a product named by words** ("VS
Code", "GitHub Sponsors", "GitHub Actions", "Code BEAM"), **tool names in a list** ("Neovim,
Helix, Zed, and VS Code"), **mixed-case names** ("JavaScript", "HexDocs", "NodeJS",
"CodeCrafters"), **version strings** (the release titles "Gleam v0.10"), code spans, issue
numbers, handles and addresses where the posts write them.

**Items.** Posts are read newest first (the front matter's ``published`` date; ties by path). A
post's body is the file without its front matter (a ``---`` block at the top), cut into blocks as
set r's builder does (``build_untranslatables_r.blocks``: fenced code, the ``=html`` raw blocks
among them, left out), and dropped as set u drops (a block opening with ``=``, ``:``, ``%``,
``@``, ``\\``, ``+``, ``$`` or ``|``, or holding ``{%``, ``{{``, ``$$``, a command ``\\name{``
or a site component ``<`` then a capital), and Djot's attribute blocks (a block opening with
``{``). One item is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be in
the translation **verbatim** (case sensitive, whole words), by kind: the language, its packages,
tools, editors, other software, languages, formats, platforms and events named by words,
initials or in mixed case (``brand``), firms and bodies usage keeps as written (``group``). They
were chosen by hand from a count of the corpus's capitalised runs after a lower-case word, a
comma or a bracket and of its words with a capital after a lower-case letter, outside code
spans and link targets, a judgement written down before any run. Not listed: persons and
sponsors' names, the mascot ("Lucy"); terms in capitals a Portuguese text writes as they are or
expands ("API", "HTML", "JSON", "HTTP", "IDE", "LSP", "CI", "FFI", "IO", "CPU", "URL", "TLS",
"DOM", "CLI", "OOP", "VM", "SPA", "POSIX", "WASM"); generic phrases written in capitals
("Language Server", "Developer Survey", "Playground"); months, places, languages of people; type
and function names in prose ("Result", "Error", "List", "Iterator", "Int", "Ok"). Each name is
taken from the first candidate item (newest first) that holds it outside code spans and link
targets; every listed name that item holds is a token. In every item taken, also as tokens,
each once: each handle, hashtag, issue number, file name, version string, code span of two
characters or more and written address, by set r's patterns (``build_untranslatables_r.marks``;
the file name extensions are r's and ``gleam``, ``erl``, ``ex``, ``mjs``, ``html``, ``djot``).
Then every candidate not yet taken that holds a hashtag, and every ``MARK_STEP``-th other
candidate not yet taken (newest first, counted among those holding a handle, file name,
address, issue number or version string), with all its tokens as above.

**Controls (over-protection), set d's to u's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-06 BEFORE the untrans39 pass's code; its first run is main's
(``benchmarks/results/untrans39-eval_untranslatables_v_before-2026-12-06.txt``), read for its
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
SITE_COMMIT = "4da4a04faa5d134ba7428c5a8caecdfcf53c756f"
# every STEP-th candidate block is a control-only candidate
STEP = 60
# every MARK_STEP-th candidate with a handle, file name, address, issue number or version string
# is taken: set from the builder's own counts (at 6: 92 items, 265 tokens, 15 versions; at 2:
# 116, 347; at 1: 151, 464) before any run of the pipeline; the posts link their people and pull
# requests, so such candidates are few and all are taken (set r's step)
MARK_STEP = 1
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%@\\+$|{]|\{%|\{\{|<[A-Z]|\$\$|\\[a-z]+\{")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|html"
    r"|gleam|erl|ex|mjs|djot)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the language, its packages, tools, editors, other software, languages, formats, platforms,
    # events
    ("Gleam", "brand"),
    ("Erlang", "brand"),
    ("JavaScript", "brand"),
    ("Elixir", "brand"),
    ("Hex", "brand"),
    ("HexDocs", "brand"),
    ("BEAM", "brand"),
    ("OTP", "brand"),
    ("GitHub", "brand"),
    ("GitHub Sponsors", "brand"),
    ("GitHub Actions", "brand"),
    ("Lustre", "brand"),
    ("Wisp", "brand"),
    ("Mist", "brand"),
    ("Windows", "brand"),
    ("Linux", "brand"),
    ("macOS", "brand"),
    ("Rust", "brand"),
    ("Go", "brand"),
    ("Elm", "brand"),
    ("Python", "brand"),
    ("TypeScript", "brand"),
    ("OCaml", "brand"),
    ("NodeJS", "brand"),
    ("Deno", "brand"),
    ("Bun", "brand"),
    ("Jason", "brand"),
    ("Thoas", "brand"),
    ("Discord", "brand"),
    ("React", "brand"),
    ("Redis", "brand"),
    ("Forgejo", "brand"),
    ("Gitea", "brand"),
    ("GitLab", "brand"),
    ("BitBucket", "brand"),
    ("Tangled", "brand"),
    ("Debian", "brand"),
    ("Ubuntu", "brand"),
    ("Alpine", "brand"),
    ("Fedora", "brand"),
    ("FreeBSD", "brand"),
    ("OpenBSD", "brand"),
    ("Haskell", "brand"),
    ("Ruby", "brand"),
    ("Docker", "brand"),
    ("Kubernetes", "brand"),
    ("WebAssembly", "brand"),
    ("Emacs", "brand"),
    ("Vim", "brand"),
    ("Neovim", "brand"),
    ("Helix", "brand"),
    ("Zed", "brand"),
    ("VS Code", "brand"),
    ("VSCode", "brand"),
    ("Lean", "brand"),
    ("Dart", "brand"),
    ("Clojure", "brand"),
    ("PureScript", "brand"),
    ("ReasonML", "brand"),
    ("Mercury", "brand"),
    ("Racket", "brand"),
    ("Julia", "brand"),
    ("Zig", "brand"),
    ("Ada", "brand"),
    ("Nushell", "brand"),
    ("Prolog", "brand"),
    ("Lisp", "brand"),
    ("Pony", "brand"),
    ("Nix", "brand"),
    ("Phoenix", "brand"),
    ("LiveView", "brand"),
    ("Elli", "brand"),
    ("Cowboy", "brand"),
    ("Plug", "brand"),
    ("Raxx", "brand"),
    ("Rack", "brand"),
    ("WAI", "brand"),
    ("Rails", "brand"),
    ("Django", "brand"),
    ("Dialyzer", "brand"),
    ("EUnit", "brand"),
    ("Mix", "brand"),
    ("AtomVM", "brand"),
    ("PubGrub", "brand"),
    ("Lunr", "brand"),
    ("CodeFlask", "brand"),
    ("Vite", "brand"),
    ("SQLite", "brand"),
    ("PostgreSQL", "brand"),
    ("YouTube", "brand"),
    ("WhatsApp", "brand"),
    ("Memo", "brand"),
    ("Midas", "brand"),
    ("Fly.io", "brand"),
    ("CloudFlare Workers", "brand"),
    ("Code BEAM", "brand"),
    ("Code Mesh", "brand"),
    # firms and bodies usage keeps as written
    ("Microsoft", "group"),
    ("Google", "group"),
    ("CodeCrafters", "group"),
    ("Erlang Ecosystem Foundation", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


_FRONT = re.compile(r"\A\s*---\n(.*?)\n---\n", re.S)
_PUBLISHED = re.compile(r"^published\s*=\s*(\S+)", re.M)
_PATH = re.compile(r"^pages/news/[^/]+\.djot$")


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the site's news posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "pages/news").decode()
    for name in names.splitlines():
        if not _PATH.match(name):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = _FRONT.match(raw)
        date = ""
        if m:
            d = _PUBLISHED.search(m.group(1))
            date = d.group(1) if d else ""
            raw = raw[m.end() :]
        out.append((date, name, raw))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"gleam-lang/website {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


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
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_v.jsonl"
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
                "id": f"v{len(items) + 1:03d}",
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
