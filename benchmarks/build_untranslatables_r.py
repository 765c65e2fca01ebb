"""Build untranslatables SET R: the Tokio project's news (crates and products named by common
words, firms, handles, issue numbers, code, file names, versions, addresses).

    python benchmarks/build_untranslatables_r.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/tokio-rs/website at SITE_COMMIT
    OUT: benchmarks/data/untranslatables_r.jsonl (default)

Set q was untrans33's; set r is written by untrans34 BEFORE any code of its pass, from real text
that no untranslatables set (c to q: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari) and no folder of
``tests/data/realworld`` uses (their builders' docstrings name neither):

- the Tokio project's website (``tokio-rs/website``, ``content/blog/``; commit below): the news
  posts of 2017-2026 (releases, announcements of new crates and tools, the project's
  conference TokioConf and its programme, tickets, the people who joined). **MIT** (the
  repository's ``LICENSE``: "Copyright (c) 2020 Tokio website contributors").

It is written in Markdown; the pipeline reads each item as Markdown. It was chosen for what set
q lacked: **handles** ("@carllerche"), **issue and pull-request numbers in running text**
("#1317" form: a "#" before digits), **code spans, file names** ("Cargo.toml", "runtime.rs"),
**version strings** ("0.6.0-rc.1", "v0.2") and **addresses**, beside crates and products named
by common English words ("Tower", "Console", "Tracing", "Bytes", "Valuable", "Vector", "Loom").

**Items.** Posts are read newest first (front matter ``date:``; ties by path). A post's body
(after its ``---`` front matter) is cut into blocks as set n's builder does
(``build_untranslatables_n.blocks``: fenced code, tables and short lines left out), but a list
item is kept as a block of its own (set n's rule drops list items; this site writes its issue
numbers in release lists: ``blocks`` below, 6 to 80 words with its marker, after the post's
other blocks), and as sets o and p also dropped: a block opening with ``=``, ``:`` or ``%``, or
holding ``{%`` or ``{{``. One item is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be in
the translation **verbatim** (case sensitive, whole words), by kind: crates, software, products
and services (``brand``), firms and bodies usage keeps as written (``group``). They were chosen
by hand from a count of the corpus's capitalised runs outside code spans and link targets and a
grep of product names, a judgement written down before any run. Not listed: persons; events
(TokioConf, as set p left FOSDEM); type and trait names written bare in prose ("Future",
"Service", "Handler": the posts also write them as common words); "Rust" and "Tokio" alone are
listed, names built on them ("Tokio Console", "Tokio Metrics") too. Each name is taken from the
first candidate item (newest first) that holds it outside code spans and link targets; every
listed name that item holds is a token. In every item taken, also as tokens, each once: each
handle (set n's ``HANDLE``), hashtag (set n's ``HASHTAG``), issue number (``ISSUE``: "#"
then digits, not after a word character, "&", "/" or "#"; kind ``issue``), file name (``FILE``:
a name with one of the extensions below, outside code spans; kind ``file``), version string
(``VERSION``: "v" and two or more dotted numbers, or three dotted numbers with an optional
pre-release, outside code spans; kind ``version``), code span of two characters or more and
written address (set n's ``CODE``, ``URL``; an address sought outside code spans, set p's
rule). Then every candidate not yet taken that holds a handle, hashtag, issue number, file name,
version string or address (``MARK_STEP`` 1: every one), with all its tokens as above.

**Controls (over-protection), set d's to q's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-06 BEFORE the untrans34 pass's code; its first run is main's
(``benchmarks/results/untrans34-eval_untranslatables_r_before-2026-12-06.txt``), read for its
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

from build_untranslatables_d import controls
from build_untranslatables_n import CODE, HANDLE, HASHTAG, LINK_TARGET, URL, _has, plain
from build_untranslatables_n import blocks as n_blocks

ROOT = Path(__file__).resolve().parents[1]
SITE_COMMIT = "0b994549a4cafaea09c62d897da421d1f7dff973"
# every STEP-th candidate block is a control-only candidate
STEP = 12
# every MARK_STEP-th candidate with a mark is taken
MARK_STEP = 1
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%]|\{%|\{\{")
ISSUE = re.compile(r"(?<![\w&/#])#\d+\b")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts)\b(?!\.\w)"
)
VERSION = re.compile(
    r"(?<![\w.])(?:v\d+(?:\.\d+)+|\d+\.\d+\.\d+(?:-[A-Za-z]+(?:\.\d+)?)?)(?![\w.]*\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised runs
NAMES: list[tuple[str, str]] = [
    # crates, software, products, services
    ("Tokio", "brand"),
    ("Rust", "brand"),
    ("Tokio Console", "brand"),
    ("Tokio Metrics", "brand"),
    ("Mio", "brand"),
    ("Tower", "brand"),
    ("Tonic", "brand"),
    ("Hyper", "brand"),
    ("Tracing", "brand"),
    ("Console", "brand"),
    ("Valuable", "brand"),
    ("Toasty", "brand"),
    ("Bytes", "brand"),
    ("Loom", "brand"),
    ("Serde", "brand"),
    ("Cargo", "brand"),
    ("axum", "brand"),
    ("Vector", "brand"),
    ("Linkerd", "brand"),
    ("Discord", "brand"),
    ("GitHub", "brand"),
    ("DynamoDB", "brand"),
    ("Cassandra", "brand"),
    ("Deno", "brand"),
    ("Linux", "brand"),
    ("Erlang", "brand"),
    ("crates.io", "brand"),
    ("docs.rs", "brand"),
    ("Fly.io", "brand"),
    # firms and bodies usage keeps as written
    ("Buoyant", "group"),
    ("Mozilla", "group"),
    ("AWS", "group"),
    ("Amazon", "group"),
    ("Microsoft", "group"),
    ("Dropbox", "group"),
    ("Datadog", "group"),
    ("Embark", "group"),
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
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "content/blog").decode()
    for name in names.splitlines():
        if not name.endswith(".md"):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = re.search(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})", raw, re.M) or re.search(
            r"(\d{4}-\d{2})", name
        )
        date = m.group(1) if m else "0000-00-00"
        body = raw
        parts = raw.split("---", 2)
        if raw.startswith("---") and len(parts) == 3:
            body = parts[2]
        out.append((date, name, body))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"tokio-rs/website {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")


def blocks(body: str) -> list[str]:
    """Set n's blocks, and each list item (outside fenced code) a block of its own."""
    out = n_blocks(body)
    fenced = False
    for line in body.splitlines():
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fenced = not fenced
            continue
        if fenced or not LIST_ITEM.match(line):
            continue
        item = " ".join(s.split())
        if 6 <= len(item.split()) <= 80 and item not in out:
            out.append(item)
    return out


def marks(text: str) -> list[dict[str, str]]:
    """The block's handles, hashtags, issue numbers, file names, versions, code spans and
    addresses, each once."""
    out: list[dict[str, str]] = []
    bare = LINK_TARGET.sub(" ", CODE.sub(" ", text))
    found: list[tuple[str, str]] = []
    found += [("handle", m.group(0)) for m in HANDLE.finditer(bare)]
    found += [("hashtag", m.group(0)) for m in HASHTAG.finditer(bare)]
    found += [("issue", m.group(0)) for m in ISSUE.finditer(bare)]
    nourl = URL.sub(" ", bare)
    found += [("file", m.group(0)) for m in FILE.finditer(nourl)]
    found += [("version", m.group(0)) for m in VERSION.finditer(nourl)]
    found += [("code", m.group(1).strip()) for m in CODE.finditer(text) if m.group(1).strip()]
    found += [("url", m.group(1) or m.group(2)) for m in URL.finditer(bare)]
    for kind, tok in found:
        t = {"kind": kind, "token": tok}
        if t not in out:
            out.append(t)
    return out


MARKED = {"handle", "hashtag", "issue", "file", "version", "url"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_r.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.site):
        for b in blocks(body):
            if NOT_PROSE.search(b):
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"r{len(items) + 1:03d}",
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
        if not {m["kind"] for m in marks(p)} & MARKED:
            continue
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
