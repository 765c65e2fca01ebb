"""Build untranslatables SET O: two projects' news (products, bodies, works, code, handles, URLs).

    python benchmarks/build_untranslatables_o.py --jekyll DIR --textual DIR [OUT]
        --jekyll: a checkout (or bare mirror) of https://github.com/jekyll/jekyll at JEKYLL_COMMIT
        --textual: a checkout (or bare mirror) of https://github.com/Textualize/textual at
        TEXTUAL_COMMIT
    OUT: benchmarks/data/untranslatables_o.jsonl (default)

Set n was untrans26's; set o is written by untrans28 BEFORE any code of its pass, from real text
that no untranslatables set (c to n: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog) and
no folder of ``tests/data/realworld`` uses:

- Jekyll's news posts (``jekyll/jekyll``, ``docs/_posts/*``; commit below): 102 posts of
  2013-2025, the project's news (release announcements, security fixes, the core team's and the
  community's announcements, conference and programme news). MIT licence (``LICENSE``).
- Textual's blog (``Textualize/textual``, ``docs/blog/posts/*.md``; commit below): 44 posts of
  2022-2025, the firm's and the library's news (releases, the firm's announcements, technical
  essays). MIT licence (``LICENSE``).

Both are written in Markdown (Jekyll's with Liquid tags, Textual's with MkDocs' extensions); the
pipeline reads each item as Markdown.

**Items.** Posts of both sources together are read newest first (the date of the file name for
Jekyll, the front matter's ``date:`` for Textual; ties by source, then file name). A post's body
(after its ``---`` front matter) is cut into blocks as set n's builder does
(``build_untranslatables_n.blocks``: blank lines; fenced code dropped; a heading its own block;
a block opening with ``*``, ``-``, ``|``, ``<``, ``!``, ``>``, ``[``, ``{``, ``+`` or a list
number dropped; 6 to 80 words, a heading 2 to 20), and also dropped here: a block opening with
``=``, ``:`` or ``%``, or holding ``{%`` or ``{{`` (Liquid and MkDocs markup, not prose). One
item is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be
in the translation **verbatim** (case sensitive, whole words), by kind: software, products,
firms' products, languages and platforms (``brand``), bodies and firms usage keeps as written
(``group``), publications, forums and shows (``work``). They were chosen by hand from a count of
the two corpora's capitalised runs (four mentions or more) and a few lookups, a judgement written
down before any run. Not listed: persons; the projects' teams ("core team"); events; programmes;
class and function names (they are code); a name only written inside another listed name or a
code span. Each name is taken from the first candidate item (newest first) that holds it outside
code spans and link targets; every listed name that item holds (taken before or not) is a
token. In every item taken, also as tokens: each handle, hashtag, code span of two characters or
more and written address (set n's patterns: ``build_untranslatables_n.HANDLE``, ``HASHTAG``,
``CODE``, ``URL``),
and each product version ("Jekyll 4.4.1", "Textual 0.86.0", "Ruby 3.4": ``MODEL`` below,
``model``). Then, so that handles, hashtags and addresses are more than a handful: every
candidate not yet taken that holds a hashtag, a handle or an address (``MARK_STEP`` 1: every
one), with all its tokens as above (listed names too).

**Controls (over-protection), set d's to n's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control (its handles, hashtags, code and addresses are tokens
too).

Written on 2026-12-06 BEFORE the untrans28 pass's code; its first run is main's
(``benchmarks/results/untrans28-eval_untranslatables_o_before-2026-12-06.txt``), read for its
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
from build_untranslatables_n import CODE, HANDLE, HASHTAG, LINK_TARGET, URL, _has, blocks, plain

ROOT = Path(__file__).resolve().parents[1]
JEKYLL_COMMIT = "202df571314ba1d18e9fccd81d12aaad4a703c38"
TEXTUAL_COMMIT = "1d99508b928a771b51e1a527319c6b87dcff9e05"
# every STEP-th candidate block is a control-only candidate
STEP = 20
# every MARK_STEP-th candidate with a handle or an address is taken
MARK_STEP = 1
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
MODEL = re.compile(r"\b(?:Jekyll|Textual|Rich|Ruby|Python|Liquid) \d+\.\d+(?:\.\d+)?\b")
NOT_PROSE = re.compile(r"^[=:%]|\{%|\{\{")

# (token, kind), chosen by hand from the corpora's capitalised runs
NAMES: list[tuple[str, str]] = [
    # software, products, languages, platforms
    ("Jekyll", "brand"),
    ("Liquid", "brand"),
    ("Ruby", "brand"),
    ("Sass", "brand"),
    ("Rouge", "brand"),
    ("Kramdown", "brand"),
    ("Pygments", "brand"),
    ("CoffeeScript", "brand"),
    ("Maruku", "brand"),
    ("Addressable", "brand"),
    ("Bundler", "brand"),
    ("RubyGems", "brand"),
    ("Homebrew", "brand"),
    ("Netlify", "brand"),
    ("Forestry", "brand"),
    ("Jekyll Admin", "brand"),
    ("GitHub Pages", "brand"),
    ("GitHub", "brand"),
    ("Google", "brand"),
    ("OpenCollective", "brand"),
    ("Windows", "brand"),
    ("Windows Terminal", "brand"),
    ("Linux", "brand"),
    ("macOS", "brand"),
    ("Textual", "brand"),
    ("Textual Web", "brand"),
    ("Rich", "brand"),
    ("Python", "brand"),
    ("PyPI", "brand"),
    ("Discord", "brand"),
    ("YouTube", "brand"),
    ("Twitter", "brand"),
    ("Mastodon", "brand"),
    ("Toolong", "brand"),
    ("Frogmouth", "brand"),
    ("Trogon", "brand"),
    ("Plotext", "brand"),
    ("Memray", "brand"),
    ("Kitty", "brand"),
    ("iTerm", "brand"),
    ("VS Code", "brand"),
    ("Microsoft", "brand"),
    ("Markdown", "brand"),
    ("asyncio", "brand"),
    # bodies and firms usage keeps as written
    ("Textualize", "group"),
    ("Bloomberg", "group"),
    ("StickerMule", "group"),
    # publications, forums, shows
    ("Jekyll Talk", "work"),
    ("Hacker News", "work"),
    ("Stack Overflow", "work"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def posts(jekyll: Path, textual: Path) -> list[tuple[str, str]]:
    """(source label, body) of both sources' posts, newest first."""
    out: list[tuple[str, str, str, str]] = []
    for src, repo, commit, folder in (
        ("jekyll/jekyll", jekyll, JEKYLL_COMMIT, "docs/_posts"),
        ("Textualize/textual", textual, TEXTUAL_COMMIT, "docs/blog/posts"),
    ):
        names = _git(repo, "ls-tree", "-r", "--name-only", commit, folder).decode().split()
        for name in names:
            if not name.endswith((".md", ".markdown")):
                continue
            raw = _git(repo, "show", f"{commit}:{name}").decode("utf-8")
            if src.startswith("jekyll"):
                m = re.match(r"(\d{4}-\d{2}-\d{2})", Path(name).name)
            else:
                m = re.search(r"^date:\s*(\d{4}-\d{2}-\d{2})", raw, re.M)
            date = m.group(1) if m else "0000-00-00"
            parts = raw.split("---", 2)
            body = parts[2] if raw.startswith("---") and len(parts) == 3 else raw
            out.append((date, src, name, body))
    out.sort(key=lambda x: (x[0], x[1], x[2]), reverse=True)
    commits = {"jekyll/jekyll": JEKYLL_COMMIT, "Textualize/textual": TEXTUAL_COMMIT}
    return [(f"{s} {n} ({commits[s][:8]})", b) for _, s, n, b in out]


def marks(text: str) -> list[dict[str, str]]:
    """The block's handles, hashtags, code spans, addresses and versions, each once."""
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
    ap.add_argument("--jekyll", type=Path, required=True)
    ap.add_argument("--textual", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_o.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.jekyll, args.textual):
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
                "id": f"o{len(items) + 1:03d}",
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
