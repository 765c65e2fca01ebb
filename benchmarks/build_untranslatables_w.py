"""Build untranslatables SET W: the Go project's blog (a language named by a common word, its
tools, editors, platforms and firms named by words, initials and mixed case, code, file names,
versions, addresses).

    python benchmarks/build_untranslatables_w.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/golang/website at SITE_COMMIT
    OUT: benchmarks/data/untranslatables_w.jsonl (default)

Set v was untrans39's; set w is written by untrans40 BEFORE any code of its pass, from real text
that no untranslatables set (c to v: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website) and no folder of ``tests/data/realworld`` uses (their
builders' docstrings name neither):

- the Go language's blog (``golang/website``, ``_content/blog/*.md``; commit below): its posts
  dated 2021-01-01 or later (release announcements "Go 1.N is released", toolchain, gopls and
  vulnerability-database features, surveys, security and community news). The site's contents
  are under **CC BY 4.0** (``_content/copyright.md``: "the contents of this site are licensed
  under the Creative Commons Attribution 4.0 License, and code is licensed under a BSD
  license"; the repository's ``LICENSE`` is BSD-3-Clause).

It was chosen for what sets s to v had, in another project's words, and the classes the docs
list as left: **names made of common words** ("Go", "Delve", "Cursor", "Slack", "Windows", "Claude",
"Gemini", "Uber"), **a product named by words** ("VS Code", "Green Tea", "Swiss Tables", "Stack
Overflow", "Go Playground", "Google Cloud", "Cloud Run", "Open Source Live", "Trail of Bits"),
**mixed-case names** ("GoLand", "JavaScript", "GitHub", "macOS", "ChaCha8Rand"), **version
strings** ("v0.12", "v1.2.3"), code spans, file names ("go.mod"), and addresses where the posts
write them.

**Items.** Posts are read newest first (the front matter's ``date``; ties by path). A post's
body is the file without its front matter (a ``---`` block at the top), without its ``<style>``
and ``<script>`` elements, its template actions (``{{raw `...`}}``, ``{{code ...}}``,
``{{image ...}}``: each a blank line), its tab-indented lines (indented code) and its headings'
anchors (``{#name}``); then cut into blocks as set r's builder does
(``build_untranslatables_r.blocks``: fenced code left out), and dropped as set v drops (a block
opening with ``=``, ``:``, ``%``, ``@``, ``\\``, ``+``, ``$``, ``|`` or ``{``, or holding ``{%``,
``{{``, ``$$``, a command ``\\name{`` or a site component ``<`` then a capital). One item is one
block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be in
the translation **verbatim** (case sensitive, whole words), by kind: the language, its tools,
editors, other software, languages, platforms, services and events named by words, initials or
in mixed case (``brand``), firms and bodies usage keeps as written (``group``). They were chosen
by hand from a count of the corpus's capitalised runs after a lower-case word, a comma or a
bracket and of its words with a capital after a lower-case letter, outside code spans and link
targets, a judgement written down before any run. Not listed: persons; terms in capitals a
Portuguese text writes as they are or expands ("API", "CPU", "GC", "PGO", "CLI", "IDE", "LSP",
"HTTP", "TLS", "JSON", "CVE", "OSS", "SBOM", "URL", "WASI", "AI", "LLM"); generic phrases written
in capitals ("Language Server Protocol", "Developer Survey", "Go Team", "Go Community"); months,
places, languages of people; Go's own packages, types and functions in prose ("Context",
"Reader", "Error"). Each name is taken from the first candidate item (newest first) that holds
it outside code spans and link targets; every listed name that item holds is a token. In every
item taken, also as tokens, each once: each handle, hashtag, issue number, file name, version
string, code span of two characters or more and written address, by set r's patterns
(``build_untranslatables_r.marks``; the file name extensions are r's and ``go``, ``mod``,
``sum``, ``work``, ``html``). Then every candidate not yet taken that holds a hashtag, and every
``MARK_STEP``-th other candidate not yet taken (newest first, counted among those holding a
handle, file name, address, issue number or version string), with all its tokens as above.

**Controls (over-protection), set d's to v's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-07 BEFORE the untrans40 pass's code; its first run is main's
(``benchmarks/results/untrans40-eval_untranslatables_w_before-2026-12-07.txt``), read for its
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
SITE_COMMIT = "b02076ae6df08ee9d495fe4b283f88ac18e51012"
# posts dated this day or later
SINCE = "2021-01-01"
# every STEP-th candidate block is a control-only candidate
STEP = 60
# every MARK_STEP-th candidate with a handle, file name, address, issue number or version string
# is taken: set from the builder's own counts (at 8: 76 items, 224 tokens; at 4: 82, 240; at 2:
# 93, 289; at 1: 116, 362) before any run of the pipeline; the posts link most of their
# references, so such candidates are few and all are taken (set r's and v's step)
MARK_STEP = 1
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%@\\+$|{]|\{%|\{\{|<[A-Z]|\$\$|\\[a-z]+\{")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|html"
    r"|go|mod|sum|work)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the language, its tools, editors, other software, languages, formats, platforms, services,
    # algorithms and events
    ("Go", "brand"),
    ("Go+BoringCrypto", "brand"),
    ("BoringCrypto", "brand"),
    ("BoringSSL", "brand"),
    ("ChaCha8Rand", "brand"),
    ("Green Tea", "brand"),
    ("Swiss Tables", "brand"),
    ("Protobuf", "brand"),
    ("Wasm", "brand"),
    ("WebAssembly", "brand"),
    ("WasmEdge", "brand"),
    ("GopherCon", "brand"),
    ("GopherCon Europe", "brand"),
    ("Open Source Live", "brand"),
    ("Windows", "brand"),
    ("Windows Server", "brand"),
    ("Linux", "brand"),
    ("Unix", "brand"),
    ("macOS", "brand"),
    ("FreeBSD", "brand"),
    ("OpenBSD", "brand"),
    ("Ubuntu", "brand"),
    ("PowerShell", "brand"),
    ("LoongArch", "brand"),
    ("VS Code", "brand"),
    ("Visual Studio Code", "brand"),
    ("GoLand", "brand"),
    ("Vim", "brand"),
    ("Emacs", "brand"),
    ("Delve", "brand"),
    ("Go Playground", "brand"),
    ("staticcheck", "brand"),
    ("Staticcheck", "brand"),
    ("Bazel", "brand"),
    ("Kubernetes", "brand"),
    ("Podman", "brand"),
    ("Python", "brand"),
    ("Java", "brand"),
    ("JavaScript", "brand"),
    ("Rust", "brand"),
    ("Node.js", "brand"),
    ("NodeJS", "brand"),
    ("Markdown", "brand"),
    ("GraphQL", "brand"),
    ("gRPC", "brand"),
    ("RabbitMQ", "brand"),
    ("ElasticSearch", "brand"),
    ("Abseil", "brand"),
    ("LangChain", "brand"),
    ("LangChainGo", "brand"),
    ("Genkit", "brand"),
    ("Gemini", "brand"),
    ("Ollama", "brand"),
    ("Weaviate", "brand"),
    ("ChatGPT", "brand"),
    ("Claude", "brand"),
    ("Cursor", "brand"),
    ("GitHub", "brand"),
    ("GitHub Copilot", "brand"),
    ("GitLab", "brand"),
    ("YouTube", "brand"),
    ("Stack Overflow", "brand"),
    ("Slack", "brand"),
    ("Gophers Slack", "brand"),
    ("Google Cloud", "brand"),
    ("Cloud Run", "brand"),
    ("Azure", "brand"),
    ("Microsoft Azure", "brand"),
    ("AWS", "brand"),
    ("Amazon Web Services", "brand"),
    ("Graviton", "brand"),
    # firms and bodies usage keeps as written
    ("Google", "group"),
    ("Microsoft", "group"),
    ("JetBrains", "group"),
    ("Uber", "group"),
    ("IBM", "group"),
    ("Intel", "group"),
    ("Apple", "group"),
    ("OpenAI", "group"),
    ("SolarWinds", "group"),
    ("Hetzner", "group"),
    ("Geomys", "group"),
    ("Trail of Bits", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


_FRONT = re.compile(r"\A\s*---\n(.*?)\n---\n", re.S)
_DATE = re.compile(r"^date:\s*(\S+)", re.M)
_PATH = re.compile(r"^_content/blog/[^/]+\.md$")
_ELEMENT = re.compile(r"<(style|script)\b.*?</\1>", re.S | re.I)
_ACTION = re.compile(r"\{\{raw\s*`.*?`\s*\}\}|\{\{.*?\}\}", re.S)
_ANCHOR = re.compile(r"\s*\{#[\w-]+\}\s*$", re.M)
_INDENTED = re.compile(r"^\t.*$", re.M)


def clean(body: str) -> str:
    """The post's body without elements, template actions, indented code and heading anchors."""
    body = _ELEMENT.sub("\n\n", body)
    body = _ACTION.sub("\n\n", body)
    body = _INDENTED.sub("", body)
    return _ANCHOR.sub("", body)


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the blog's posts since SINCE, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "_content/blog").decode()
    for name in names.splitlines():
        if not _PATH.match(name):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = _FRONT.match(raw)
        date = ""
        if m:
            d = _DATE.search(m.group(1))
            date = d.group(1) if d else ""
            raw = raw[m.end() :]
        if date[:10] < SINCE:
            continue
        out.append((date, name, raw))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"golang/website {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


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
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_w.jsonl"
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
                "id": f"w{len(items) + 1:03d}",
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
