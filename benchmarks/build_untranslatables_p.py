"""Build untranslatables SET P: the Mastodon project's blog (products, parties, bodies, hashtags,
handles, code, addresses).

    python benchmarks/build_untranslatables_p.py --blog DIR [OUT]
        --blog: a checkout (or bare mirror) of https://github.com/mastodon/blog at BLOG_COMMIT
    OUT: benchmarks/data/untranslatables_p.jsonl (default)

Set o was untrans28's; set p is written by untrans32 BEFORE any code of its pass, from real text
that no untranslatables set (c to o: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog) and no folder of ``tests/data/realworld`` uses:

- the Mastodon blog (``mastodon/blog``, ``content/posts/``; commit below): the English posts of
  2017-2026 (``*.md`` and ``*/index.md``; translations ``index.XX.md`` left out): the project's
  news (releases, the non-profit's and the firm's announcements, funding, events, op-eds on
  Twitter, Facebook, Threads and Bluesky, server spotlights, "Trunk & Tidbits" digests). The
  site's footer (``themes/mastodon/layouts/partials/footer.html``) licenses the content **CC
  BY-SA 4.0**.

It is written in Markdown with Hugo shortcodes; the pipeline reads each item as Markdown. It was
chosen for what set o lacked: **hashtags** in running text ("#Plushtodon", "#MastodonAPI",
"#CatsOfMastodon"), and fediverse handles (``@user@server``).

**Items.** Posts are read newest first (front matter ``date:``, else the folder's date; ties by
path). A post's body (after its ``---`` or ``+++`` front matter) is cut into blocks as set n's
builder does (``build_untranslatables_n.blocks``), and as set o's also dropped: a block opening
with ``=``, ``:`` or ``%``, or holding ``{%`` or ``{{`` (Hugo shortcodes, Liquid: not prose). One
item is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** ``NAMES`` below lists the tokens that must be
in the translation **verbatim** (case sensitive, whole words), by kind: software, products,
platforms, social networks and apps (``brand``), bodies, firms and funders usage keeps as
written (``group``), publications (``work``). They were chosen by hand from a count of the
corpus's capitalised runs (four mentions or more), a judgement written down before any run. Not
listed: persons and their handles' names; events (FOSDEM); features of Mastodon named in title
case ("Quote Posts", "Collections", "Starter Packs": the posts write them in lower case too);
"Fediverse" (a common noun of the field); a name only written inside another listed name or a
code span. Each name is taken from the first candidate item (newest first) that holds it
outside code spans and link targets; every listed name that item holds is a token. In every
item taken, also as tokens: each handle (set n's ``HANDLE``, and a fediverse handle
``@user@server.tld`` whole: ``FEDI_HANDLE`` below; a handle inside a fediverse handle is not
taken again), hashtag (set n's ``HASHTAG``), code span of two characters or more and written
address (set n's ``CODE``, ``URL``; an address is sought outside code spans, so no closing
backtick is taken into it, set n's builder defect), and each product version ("Mastodon 4.5",
"Ruby 3.4": ``MODEL`` below, ``model``). Then every candidate not yet taken that holds a
hashtag, a handle or an address (``MARK_STEP`` 1: every one), with all its tokens as above.

**Controls (over-protection), set d's to o's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-06 BEFORE the untrans32 pass's code; its first run is main's
(``benchmarks/results/untrans32-eval_untranslatables_p_before-2026-12-06.txt``), read for its
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
BLOG_COMMIT = "7987d12e3d1fe864a341630d18c9cefc9ef29e62"
# every STEP-th candidate block is a control-only candidate
STEP = 20
# every MARK_STEP-th candidate with a handle or an address is taken
MARK_STEP = 1
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
MODEL = re.compile(r"\b(?:Mastodon|Ruby|Rails|Node|PostgreSQL|Redis|Python) \d+\.\d+(?:\.\d+)?\b")
NOT_PROSE = re.compile(r"^[=:%]|\{%|\{\{")
FEDI_HANDLE = re.compile(r"(?<![\w@/.:-])@\w+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")

# (token, kind), chosen by hand from the corpus's capitalised runs
NAMES: list[tuple[str, str]] = [
    # software, products, platforms, social networks, apps
    ("Mastodon", "brand"),
    ("ActivityPub", "brand"),
    ("Twitter", "brand"),
    ("Facebook", "brand"),
    ("Instagram", "brand"),
    ("Threads", "brand"),
    ("Bluesky", "brand"),
    ("Tumblr", "brand"),
    ("Gab", "brand"),
    ("Truth Social", "brand"),
    ("PeerTube", "brand"),
    ("Tusky", "brand"),
    ("Patreon", "brand"),
    ("Discord", "brand"),
    ("Zulip", "brand"),
    ("Keybase", "brand"),
    ("WordPress", "brand"),
    ("YouTube", "brand"),
    ("GitHub", "brand"),
    ("Google", "brand"),
    ("Android", "brand"),
    ("App Store", "brand"),
    ("Ubuntu", "brand"),
    ("Ruby", "brand"),
    ("Rails", "brand"),
    ("Sidekiq", "brand"),
    ("Puma", "brand"),
    ("Redis", "brand"),
    ("PostgreSQL", "brand"),
    ("OpenSSL", "brand"),
    ("React", "brand"),
    ("JavaScript", "brand"),
    ("Python", "brand"),
    ("OStatus", "brand"),
    ("OAuth", "brand"),
    ("Webfinger", "brand"),
    ("TootSDK", "brand"),
    ("Fediscovery", "brand"),
    ("Plushtodon", "brand"),
    ("Wrapstodon", "brand"),
    ("JoinMastodon", "brand"),
    ("mastodon.social", "brand"),
    # bodies, firms and funders usage keeps as written
    ("Mastodon GmbH", "group"),
    ("Meta", "group"),
    ("Amazon", "group"),
    ("Microsoft", "group"),
    ("European Commission", "group"),
    ("NLNet", "group"),
    ("Sovereign Tech Agency", "group"),
    ("PublicSpaces", "group"),
    ("W3C", "group"),
    ("EUNOMIA", "group"),
    ("Turtle Island Social", "group"),
    # publications
    ("The Verge", "work"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


def posts(blog: Path) -> list[tuple[str, str]]:
    """(source label, body) of the blog's English posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(blog, "ls-tree", "-r", "--name-only", BLOG_COMMIT, "content/posts").decode()
    for name in names.splitlines():
        if not name.endswith(".md") or re.search(r"\.[a-z]{2}(?:-[A-Za-z]+)?\.md$", name):
            continue
        raw = _git(blog, "show", f"{BLOG_COMMIT}:{name}").decode("utf-8")
        m = re.search(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})", raw, re.M) or re.search(
            r"(\d{4}-\d{2}-\d{2})", name
        )
        date = m.group(1) if m else "0000-00-00"
        body = raw
        for fence in ("---", "+++"):
            parts = raw.split(fence, 2)
            if raw.startswith(fence) and len(parts) == 3:
                body = parts[2]
        out.append((date, name, body))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"mastodon/blog {n} ({BLOG_COMMIT[:8]})", b) for _, n, b in out]


def marks(text: str) -> list[dict[str, str]]:
    """The block's handles, hashtags, code spans, addresses and versions, each once."""
    out: list[dict[str, str]] = []
    bare = LINK_TARGET.sub(" ", CODE.sub(" ", text))
    found: list[tuple[str, str]] = []
    found += [("handle", m.group(0)) for m in FEDI_HANDLE.finditer(bare)]
    found += [("handle", m.group(0)) for m in HANDLE.finditer(FEDI_HANDLE.sub(" ", bare))]
    found += [("hashtag", m.group(0)) for m in HASHTAG.finditer(bare)]
    found += [("code", m.group(1).strip()) for m in CODE.finditer(text) if m.group(1).strip()]
    # addresses sought outside code spans (a code span's address is its code token; set n's
    # builder took a closing backtick into an address)
    found += [("url", m.group(1) or m.group(2)) for m in URL.finditer(bare)]
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
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_p.jsonl"
    )
    args = ap.parse_args(argv)
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    for name, body in posts(args.blog):
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
                "id": f"p{len(items) + 1:03d}",
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
