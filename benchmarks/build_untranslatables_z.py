"""Build untranslatables SET Z: the Let's Encrypt project's blog (news of a certificate
authority and its non-profit: sponsors, funders and partners named by common words, "Internet
Security Research Group", "Electronic Frontier Foundation", "Ford Foundation", "Internet
Society", "Linux Foundation", "Open Technology Fund", "NCC Group", "Amazon Web Services",
"Digital Ocean"; firms by one word, "Shopify", "IdenTrust", "Akamai", "Cisco", "OVHcloud";
software named by common words, "Boulder", "Pebble", "Sunlight", "Oak", "Divvi Up"; code, file
names, versions, handles, issue numbers).

    python benchmarks/build_untranslatables_z.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/letsencrypt/website at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_z.jsonl (default)

Set y was untrans42's; set z is written by untrans44 BEFORE any code of its pass, from real text
that no untranslatables set (c to y: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website, the Go project's blog, the Windows Terminal
documentation, the Homebrew project's blog) and no folder of ``tests/data/realworld`` uses
(their builders' docstrings name neither; the probes' corpora neither):

- the Let's Encrypt blog (``letsencrypt/website``, ``content/en/post/*``, 121 posts of
  2014-2026; commit below). The repository is under the **Mozilla Public License 2.0** (its
  ``LICENSE.txt``, the only licence at its root; it covers the posts), which allows
  redistribution of the covered files with the licence's notice.

It was chosen for the class the untrans44 brief names: **company and organisation names made
of common words** (above), beside initials ("ISRG", "EFF", "AWS") and mixed case
("IdenTrust", "MariaDB", "OVHcloud").

**Items.** Posts are read newest first (the ``date:`` of the front matter; ties by path). A
post's body is the file without its front matter, its Hugo shortcodes (``{{< >}}``,
``{{% %}}``), its ``<style>``/``<script>``/``<figure>`` elements; an HTML link
``<a href="T">text</a>`` is written as the Markdown link ``[text](T)``, other HTML tags are
removed and HTML entities unescaped. Then cut into blocks as set r's builder does
(``build_untranslatables_r.blocks``: fenced code left out), and dropped as set y drops. One item
is one block as the post writes it. Only en -> pt-BR.

**Rule (written and committed before any run).** Set y's rule: ``NAMES`` below lists the tokens
that must be in the translation **verbatim** (case sensitive, whole words), by kind: products,
services, software and platforms named by words, initials or in mixed case (``brand``), firms
and organisations usage keeps as written (``group``). Chosen by hand from a count of the
corpus's capitalised runs after a lower-case word, a comma or a bracket and of its words with a
capital after a lower-case letter, outside code spans and link targets, a judgement written down
before any run and before any rule of the pass. Not listed: persons; terms in capitals a
Portuguese text writes as they are or expands ("ACME", "TLS", "CA", "OCSP", "CT", "ARI", "DNS",
"API", "CRL", "HSM"); universities and bodies usage translates ("Princeton University",
"University of Michigan", "European Union"); technical terms usage translates ("Certificate
Transparency", "Web PKI", "Certificate Authority", "Merkle Tree Certificates", "Baseline
Requirements"); sponsor tiers ("Platinum", "Gold"); certificate names ("ISRG Root X1");
"Go" (an English verb at a sentence's start too). Each name is taken from the first candidate
item (newest first) that holds it outside code spans and link targets; every listed name that
item holds is a token. In every item taken, also as tokens, each once: each handle, hashtag,
issue number, file name, version string, code span of two characters or more and written
address, by set r's patterns (``build_untranslatables_r.marks``; the file name extensions are
r's and ``html``, ``pem``, ``conf``). Then every candidate not yet taken that holds a hashtag,
and every ``MARK_STEP``-th other candidate not yet taken (newest first, counted among those
holding a handle, file name, address, issue number or version string), with all its tokens as
above.

**Controls (over-protection), set d's to y's rule:** a capitalised word (4+ letters) that begins
a sentence of the item (code spans and link targets removed) that is a common word of the corpus
(seen in lower case in it), not a function word, not part of a listed name, not spelled the same
in Portuguese and not in ``NOT_CONTROL``. A control is frozen when the translation carries it as
a whole word, case ignored. Control-only items: every ``STEP``-th candidate (newest first) with
no listed name and at least one control.

Written on 2026-12-07 BEFORE the untrans44 pass's code; its first run is main's
(``benchmarks/results/untrans44-eval_untranslatables_z_before-2026-12-07.txt``), read for its
totals only. Do not tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import html
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
SITE_COMMIT = "b89871ef735cbb447f8d72c86146fcc8e62fc4ab"
# every STEP-th candidate block is a control-only candidate (set w's)
STEP = 60
# every MARK_STEP-th candidate with a handle, file name, address, issue number or version string
# is taken: 1, from the builder's own counts before any run of the pipeline (step 1 and step 2
# both give 59 items, 155 tokens: the posts' addresses are link targets, few blocks hold a mark)
MARK_STEP = 1
# not controls although the rule finds them (written with the list, before any run): none yet
NOT_CONTROL: frozenset[str] = frozenset()
NOT_PROSE = re.compile(r"^[=:%@\\+$|{]|\{%|\{\{|<[A-Z]|\$\$|\\[a-z]+\{")
FILE = re.compile(
    r"(?<![\w/.-])[\w-]+\.(?:rs|toml|md|yaml|yml|json|txt|lock|sh|py|js|ts|html"
    r"|pem|conf)\b(?!\.\w)"
)

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the project, its parts and software
    ("Let's Encrypt", "brand"),
    ("Certbot", "brand"),
    ("Boulder", "brand"),
    ("Pebble", "brand"),
    ("Sunlight", "brand"),
    ("Oak", "brand"),
    ("Trillian", "brand"),
    ("Prossimo", "brand"),
    ("Divvi Up", "brand"),
    ("Testflume", "brand"),
    ("WebTrust", "brand"),
    # others' products, services and platforms
    ("Amazon Web Services", "brand"),
    ("AWS", "brand"),
    ("EC2", "brand"),
    ("RDS", "brand"),
    ("Sift Certificates Lite", "brand"),
    ("Firefox", "brand"),
    ("Chrome", "brand"),
    ("Google Chrome", "brand"),
    ("Android", "brand"),
    ("Linux", "brand"),
    ("Kubernetes", "brand"),
    ("MariaDB", "brand"),
    ("MySQL", "brand"),
    ("InnoDB", "brand"),
    ("MongoDB", "brand"),
    ("Redis", "brand"),
    ("Nginx", "brand"),
    ("Apache", "brand"),
    ("OpenSSL", "brand"),
    ("GitHub", "brand"),
    ("Golang", "brand"),
    ("Rust", "brand"),
    ("Ruby", "brand"),
    ("Lego", "brand"),
    ("Twitter", "brand"),
    ("AMD EPYC", "brand"),
    # firms and organisations usage keeps as written (common words first)
    ("Internet Security Research Group", "group"),
    ("ISRG", "group"),
    ("Electronic Frontier Foundation", "group"),
    ("EFF", "group"),
    ("Ford Foundation", "group"),
    ("Bill & Melinda Gates Foundation", "group"),
    ("Internet Society", "group"),
    ("ISOC", "group"),
    ("Linux Foundation", "group"),
    ("Open Technology Fund", "group"),
    ("NCC Group", "group"),
    ("Digital Ocean", "group"),
    ("Comodo Group", "group"),
    ("Matasano Security", "group"),
    ("Cisco Systems", "group"),
    ("Akamai Technologies", "group"),
    ("Shopify", "group"),
    ("IdenTrust", "group"),
    ("Mozilla", "group"),
    ("Google", "group"),
    ("Facebook", "group"),
    ("Akamai", "group"),
    ("Cisco", "group"),
    ("OVH", "group"),
    ("OVHcloud", "group"),
    ("Apple", "group"),
    ("Microsoft", "group"),
    ("Cloudflare", "group"),
    ("Comodo", "group"),
    ("Gemalto", "group"),
    ("Thales", "group"),
    ("Tailscale", "group"),
    ("Famedly", "group"),
    ("Hardenize", "group"),
    ("Gandi", "group"),
    ("Dreamhost", "group"),
]


def _git(repo: Path, *args: str) -> bytes:
    gd = repo / ".git" if (repo / ".git").exists() else repo
    if not (gd / "HEAD").exists() and (repo / "repo").exists():
        gd = repo / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(gd), *args], capture_output=True, check=True
    ).stdout


_FRONT = re.compile(r"\A\s*---\n(.*?)\n---\n", re.S)
_PATH = re.compile(r"^content/en/post/[^/]+\.(?:md|markdown)$")
_DATE = re.compile(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.M)
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}", re.S)
_ELEMENT = re.compile(r"<(style|script|figure)\b.*?</\1>", re.S | re.I)
_ANCHOR = re.compile(r"<a\s[^>]*?href=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", re.S | re.I)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def clean(body: str) -> str:
    """The post's body without shortcodes and elements; HTML links as Markdown links."""
    body = _SHORTCODE.sub(" ", body)
    body = _ELEMENT.sub("\n\n", body)
    body = _ANCHOR.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", body)
    return html.unescape(_TAG.sub("", body))


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the blog's posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = _git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "content/en/post").decode()
    for name in names.splitlines():
        if not _PATH.match(name) or name.endswith("_index.md"):
            continue
        raw = _git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = _FRONT.match(raw)
        d = _DATE.search(m.group(1)) if m else None
        if m:
            raw = raw[m.end() :]
        out.append((d.group(1) if d else "0000-00-00", name, raw))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"letsencrypt/website {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


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
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_z.jsonl"
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
                "id": f"z{len(items) + 1:03d}",
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
