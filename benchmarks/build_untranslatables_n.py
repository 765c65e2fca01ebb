"""Build untranslatables SET N: a project's news posts (tools, bodies, works, code, handles, URLs).

    python benchmarks/build_untranslatables_n.py --blog DIR [OUT]
        DIR: a checkout (or bare mirror) of https://github.com/rust-lang/blog.rust-lang.org at
        BLOG_COMMIT
    OUT: benchmarks/data/untranslatables_n.jsonl (default)

Set m was untrans24's; set n is written by untrans26 BEFORE any code of its pass, from real text
that no untranslatables set (c to m: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank) and no folder of
``tests/data/realworld`` uses:

- the Rust project's blog (``rust-lang/blog.rust-lang.org``, ``content/*.md`` and
  ``content/*/index.md``, not ``content/inside-rust/``; commit below): 389 posts, 2014-2026, the
  project's news: release announcements, surveys, security advisories, the foundation's and the
  teams' announcements, conference and programme news. Licensed MIT / Apache 2.0 (its README:
  "Like everything in Rust, the blog is licensed MIT/Apache 2.0"). Written in Markdown; the
  pipeline reads each item as Markdown.

**Items.** Posts are read newest first (the ``path = "YYYY/MM/DD/..."`` line of the front matter;
ties by file name). A post's body (after the ``+++`` front matter) is cut into blocks at blank
lines; fenced code blocks (```` ``` ````) and their contents are dropped; a heading line (``#``)
is its own block. A block is a candidate item when it does not open with ``*``, ``-``, ``|``,
``<``, ``!``, ``>``, ``[``, ``{``, ``+`` or a list number (``1.``), its lines are joined by one
space, and it holds 6 to 80 words (a heading: 2 to 20). One item is one block, as the post
writes it (links, emphasis and code spans kept). Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be
in the translation **verbatim** (case sensitive, whole words), by kind: tools, products, firms,
languages and platforms (``brand``), bodies with a name usage keeps in a Portuguese text
(``group``: "Rust Foundation", "Ferrous Systems"), publications and courses (``work``). They
were chosen by hand from a count of the corpus's capitalised runs (six mentions or more) and a
few lookups of names known to the Rust world, a judgement written down before any run. Not
listed: persons; the project's teams, councils and working groups (a Portuguese text translates
"Leadership Council", "Release Team"); events and conferences; programmes ("Google Summer of
Code"); a name only ever written inside another listed name or inside a code span. Each name is
taken from the first candidate item (newest first) that holds it outside code spans and link
targets; all of that item's listed names together are its tokens. In every item taken, also as
tokens: each handle (``@`` + letters, digits and ``-``, not inside an address or e-mail), each
hashtag (``#`` + a word with a letter, after a space), the text of each inline code span of two
characters or more (``code``), each address written in the text (``http(s)://...`` not a
Markdown link's target: an autolink ``<...>`` or a bare address; ``url``), and each ``Rust``
followed by a version number ("Rust 1.86.0", ``model``). Then, so that handles, hashtags and
addresses are more than a handful: every candidate not yet taken that holds a hashtag, and every
``MARK_STEP``-th candidate not yet taken (newest first, counted among those holding one) that
holds a handle or an address, with all its tokens as above (listed names too).

**Controls (over-protection), set d's to m's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control (its handles, hashtags, code and addresses are tokens
too).

Written on 2026-12-06 BEFORE the untrans26 pass's code; its first run is main's
(``benchmarks/results/untrans26-eval_untranslatables_n_before-2026-12-06.txt``), read for its
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

ROOT = Path(__file__).resolve().parents[1]
BLOG_COMMIT = "0243724c2e50ad2b7ebd3d9dbc7cd88aed7605a3"
# every STEP-th candidate block is a control-only candidate
STEP = 150
# every MARK_STEP-th candidate with a handle or an address is taken
MARK_STEP = 3
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
HANDLE = re.compile(r"(?<![\w@/.:-])@[A-Za-z0-9][A-Za-z0-9-]*\b(?![.@]\w)")
HASHTAG = re.compile(r"(?<=\s)#[A-Za-z]\w*")
CODE = re.compile(r"(?<!`)`([^`\n]{2,})`(?!`)")
LINK_TARGET = re.compile(r"\]\([^)]*\)|^\[[^\]]+\]:\s*\S+", re.M)
URL = re.compile(r"<(https?://[^>\s]+)>|(?<![(<\w])(https?://[^\s)<>\]]+[^\s)<>\].,;:!?'\"])")
MODEL = re.compile(r"\bRust \d+\.\d+(?:\.\d+)?\b")
LIST_NUM = re.compile(r"^\d+[.)]\s")

# (token, kind), chosen by hand from the corpus's capitalised runs
NAMES: list[tuple[str, str]] = [
    # tools, products, firms, languages, platforms
    ("Cargo", "brand"),
    ("Clippy", "brand"),
    ("Rustup", "brand"),
    ("Rustfmt", "brand"),
    ("Rustdoc", "brand"),
    ("rust-analyzer", "brand"),
    ("crates.io", "brand"),
    ("docs.rs", "brand"),
    ("Crater", "brand"),
    ("Miri", "brand"),
    ("Polonius", "brand"),
    ("Chalk", "brand"),
    ("Cranelift", "brand"),
    ("Enzyme", "brand"),
    ("Servo", "brand"),
    ("Tokio", "brand"),
    ("Ferrocene", "brand"),
    ("Kani", "brand"),
    ("LLVM", "brand"),
    ("WebAssembly", "brand"),
    ("GitHub", "brand"),
    ("Zulip", "brand"),
    ("Discord", "brand"),
    ("Twitter", "brand"),
    ("Reddit", "brand"),
    ("Firefox", "brand"),
    ("Mozilla", "brand"),
    ("Google", "brand"),
    ("Microsoft", "brand"),
    ("Meta", "brand"),
    ("Apple", "brand"),
    ("Dropbox", "brand"),
    ("Cloudflare", "brand"),
    ("AWS", "brand"),
    ("Android", "brand"),
    ("Linux", "brand"),
    ("Windows", "brand"),
    ("Python", "brand"),
    ("JavaScript", "brand"),
    ("Ruby", "brand"),
    ("Visual Studio Code", "brand"),
    ("Stack Overflow", "brand"),
    ("Bevy", "brand"),
    ("RustRover", "brand"),
    # bodies usage keeps as written
    ("Rust Foundation", "group"),
    ("Ferrous Systems", "group"),
    ("JetBrains", "group"),
    # publications and courses
    ("This Week in Rust", "work"),
    ("Rustonomicon", "work"),
    ("Rust by Example", "work"),
    ("Rustlings", "work"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def posts(repo: Path) -> list[tuple[str, str]]:
    """(path, body) of the blog's posts, newest first."""
    names = _git(repo, "ls-tree", "-r", "--name-only", BLOG_COMMIT, "content").decode().split()
    out: list[tuple[str, str, str]] = []
    for name in names:
        if not name.endswith(".md") or name.startswith("content/inside-rust/"):
            continue
        raw = _git(repo, "show", f"{BLOG_COMMIT}:{name}").decode("utf-8")
        m = re.search(r'^path = "(\d{4}/\d{2}/\d{2})', raw, re.M)
        date = m.group(1) if m else "0000/00/00"
        parts = raw.split("+++", 2)
        body = parts[2] if raw.startswith("+++") and len(parts) == 3 else raw
        out.append((date, name, body))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(n, b) for _, n, b in out]


def blocks(body: str) -> list[str]:
    """The post's candidate blocks (rule in the docstring), in order."""
    out: list[str] = []
    cur: list[str] = []
    fenced = False

    def flush() -> None:
        if cur:
            out.append(" ".join(" ".join(cur).split()))
            cur.clear()

    for line in body.splitlines():
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        if not s:
            flush()
        elif s.startswith("#"):
            flush()
            out.append(" ".join(s.split()))
        else:
            cur.append(s)
    flush()
    keep: list[str] = []
    for b in out:
        if b.startswith("#"):
            if 2 <= len(b.lstrip("#").split()) <= 20:
                keep.append(b)
            continue
        if b[0] in "*-|<!>[{+" or LIST_NUM.match(b):
            continue
        if 6 <= len(b.split()) <= 80:
            keep.append(b)
    return keep


def plain(text: str) -> str:
    """The block with code spans and link targets blanked (where names and controls are sought)."""
    return LINK_TARGET.sub(" ", CODE.sub(" ", text))


def _has(token: str, text: str) -> bool:
    return re.search(rf"(?<![\w.-]){re.escape(token)}(?![\w+-]|\.\w)", plain(text)) is not None


def marks(text: str) -> list[dict[str, str]]:
    """The block's handles, hashtags, code spans, addresses and Rust versions, each once."""
    out: list[dict[str, str]] = []
    bare = LINK_TARGET.sub(" ", CODE.sub(" ", text))
    found: list[tuple[str, str]] = []
    found += [("handle", m.group(0)) for m in HANDLE.finditer(bare)]
    found += [("hashtag", m.group(0)) for m in HASHTAG.finditer(bare)]
    found += [("code", m.group(1).strip()) for m in CODE.finditer(text) if m.group(1).strip()]
    found += [("url", m.group(1) or m.group(2)) for m in URL.finditer(LINK_TARGET.sub(" ", text))]
    found += [("model", m.group(0)) for m in MODEL.finditer(bare)]
    for kind, tok in found:
        t = {"kind": kind, "token": tok}
        if t not in out:
            out.append(t)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--blog", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_n.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.blog):
        for b in blocks(body):
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"n{len(items) + 1:03d}",
                "from": "en",
                "to": "pt-BR",
                "source": f"rust-lang/blog.rust-lang.org {name} ({BLOG_COMMIT[:8]})",
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
        toks = [{"kind": k, "token": t} for t, k in here]
        toks += [m for m in marks(p) if m not in toks]
        add(name, p, toks, controls(plain(p), "", all_names, lower))
        left = [x for x in left if x not in here]
    seen_marks = 0
    for name, p in paras:
        if any(i["text"] == p for i in items):
            continue
        kinds_here = {m["kind"] for m in marks(p)}
        tagged = "hashtag" in kinds_here
        if not tagged and not kinds_here & {"handle", "url"}:
            continue
        if not tagged:
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
