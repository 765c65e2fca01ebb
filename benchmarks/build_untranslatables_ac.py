"""Build untranslatables SET AC: cloud.gov's news (release notes and announcements of a US federal
cloud platform: products named by common words or by address, "Federalist", "cloud.gov Pages",
"Cloud Foundry", "Diego", "Staticfile", "StatusPage", "CredHub"; software and platforms, "Drupal",
"MySQL", "PostgreSQL", "FFmpeg", "Ubuntu", "GitHub"; firms and groups, "Amazon Web Services",
"Apache", "18F"; code, file names, versions, issue and CVE numbers).

    python benchmarks/build_untranslatables_ac.py --site DIR [OUT]
        --site: a checkout (or bare mirror) of https://github.com/cloud-gov/cg-site at
        SITE_COMMIT
    OUT: benchmarks/data/untranslatables_ac.jsonl (default)

Set ab was untrans46's; set ac is written by untrans48 BEFORE any code of its pass, from real
text that no untranslatables set (c to ab: WCXB, fundus, trafilatura's evaluation pages, goose3,
python-docs-pt-br, GUM, EWT, PUD, GENTLE, LinES, ParTUT, Tweebank, the Rust project's blog,
Jekyll's news, Textual's blog, the Mastodon blog, UD_Portuguese-Porttinari, the Tokio project's
website, the Nushell project's website, the Electron project's website, the Julia project's
website, the Gleam project's website, the Go project's blog, the Windows Terminal
documentation, the Homebrew project's blog, the Let's Encrypt blog, the 18F blog, Digital.gov's
news) and no folder of ``tests/data/realworld``, probe corpus or other evaluation set uses (a
search of ``docs``, ``benchmarks`` and ``tests`` for "cg-site" and "cloud-gov" finds only the
file names of three 18F blog posts about cloud.gov, in sets aa and variety dev_a: another site):

- cloud.gov's news (``cloud-gov/cg-site``, ``_posts/*.md``, 134 posts of 2015-2025; commit
  below). The repository's ``LICENSE.md``: "As a work of the United States government, this
  project is in the public domain within the United States. Additionally, we waive copyright
  and related rights in the work worldwide through the CC0 1.0 Universal public domain
  dedication." (**public domain / CC0 1.0**).

A block the earlier sets already hold (a post written for both the 18F blog or Digital.gov and
cloud.gov) is dropped: no item of ac is an item of c to ab.

**Items.** ab's rule (``build_untranslatables_ab``): posts newest first (this Jekyll site's date
is the file name's ``YYYY-MM-DD-`` prefix; ties by path); aa's cleaning (z's, after the Liquid
link filter and Liquid tags: this site is Jekyll). Blocks as set r's builder cuts them, dropped
as set y drops. One item is one block. Only en -> pt-BR.

**Rule (written and committed before any run).** Set ab's rule: ``NAMES`` lists the tokens that
must be in the translation **verbatim** (case sensitive, whole words): products, services,
software, platforms and sites (``brand``), firms and organisations usage keeps as written
(``group``). Chosen by hand from a count of the corpus's capitalised runs after a lower-case
word, a comma or a bracket and of its words in mixed case or ending in a domain (a script over
the posts, not committed), before any run and before any rule of the pass. Not listed: persons;
government bodies and offices usage translates or glosses ("GSA", "TTS", "EPA", "FDIC", "DHS
Cybersecurity and Infrastructure Security Agency"); titles of programmes, policies and
standards ("System Security Plan", "U.S. Web Design System"; FedRAMP is listed, as in ab, as
the platform's authorisation service); terms in capitals a Portuguese text writes as they are or
expands ("API", "TLS", "DNS", "CVE", "ATO"); names of vulnerabilities and common technical
terms ("Denial of Service", "Buffer Overflow", "Buildpack", "Kanban"). Each name is taken from
the first candidate item (newest first) that holds it outside code spans and link targets; every
listed name that item holds is a token. Marks as ab's: each kind once, then every
``MARK_STEP``-th other candidate with a mark.

**Controls**: set d's to ab's rule (``build_untranslatables_d.controls``); control-only items
every ``STEP``-th candidate (``STEP`` 60, aa's: this corpus has about 3,400 candidate blocks,
aa's about 4,000; set from that count before any run of the pipeline).

Written on 2026-12-07 BEFORE the untrans48 pass's code; its first run is main's
(``benchmarks/results/untrans48-eval_untranslatables_ac_before-2026-12-07.txt``), read for its
totals only. Do not tune rules on it: once that happens it is a development set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_untranslatables_aa as aa_builder
import build_untranslatables_r as r_builder
import build_untranslatables_z as z_builder
from build_untranslatables_d import controls
from build_untranslatables_n import _has, plain

ROOT = Path(__file__).resolve().parents[1]
SITE_COMMIT = "536b459f25dc541450f8b02675b32584196a05fd"
# every STEP-th candidate block is a control-only candidate
STEP = 60
# every MARK_STEP-th candidate with a handle, hashtag, file name, address, issue number or
# version string is taken; set from the builder's own count (1,419 candidates with a mark:
# 21 taken) before any run of the pipeline
MARK_STEP = 70
NOT_CONTROL: frozenset[str] = frozenset()
_PATH = re.compile(r"^_posts/(\d{4}-\d{1,2}-\d{1,2})-[^/]+\.(?:md|markdown)$")

# (token, kind), chosen by hand from the corpus's capitalised and mixed-case runs
NAMES: list[tuple[str, str]] = [
    # the platform's own products, services and sites, and the government's
    ("cloud.gov", "brand"),
    ("Cloud.gov", "brand"),
    ("cloud.gov Pages", "brand"),
    ("Cloud.gov Pages", "brand"),
    ("Federalist", "brand"),
    ("FedRAMP", "brand"),
    ("Digital.gov", "brand"),
    ("Search.gov", "brand"),
    ("login.gov", "brand"),
    ("MAX.gov", "brand"),
    ("GovCloud", "brand"),
    # platform components
    ("Cloud Foundry", "brand"),
    ("CloudFoundry", "brand"),
    ("Diego", "brand"),
    ("Gorouter", "brand"),
    ("CredHub", "brand"),
    ("BOSH", "brand"),
    ("Staticfile", "brand"),
    ("StatusPage", "brand"),
    # others' software and platforms
    ("FFmpeg", "brand"),
    ("Drupal", "brand"),
    ("Ruby", "brand"),
    ("Rails", "brand"),
    ("MySQL", "brand"),
    ("PostgreSQL", "brand"),
    ("Postgres", "brand"),
    ("PHP", "brand"),
    ("Golang", "brand"),
    ("Python", "brand"),
    ("Java", "brand"),
    ("Node.js", "brand"),
    ("NodeJS", "brand"),
    ("Expat", "brand"),
    ("Ubuntu", "brand"),
    ("GitHub", "brand"),
    ("Elasticsearch", "brand"),
    ("OpenSearch", "brand"),
    ("Busybox", "brand"),
    ("Redis", "brand"),
    ("Mercurial", "brand"),
    ("Tomcat", "brand"),
    ("Log4j", "brand"),
    ("Terraform", "brand"),
    ("Docker", "brand"),
    ("NGINX", "brand"),
    ("OpenSSH", "brand"),
    ("OpenSSL", "brand"),
    ("OpenJDK", "brand"),
    ("ImageMagick", "brand"),
    ("CloudFront", "brand"),
    ("Prometheus", "brand"),
    ("Grafana", "brand"),
    ("Kibana", "brand"),
    ("Splunk", "brand"),
    ("Jekyll", "brand"),
    ("Hugo", "brand"),
    ("AppDynamics", "brand"),
    ("Dynatrace", "brand"),
    ("New Relic", "brand"),
    ("SolarWinds", "brand"),
    ("YouTube", "brand"),
    ("RubyGems", "brand"),
    ("OpenResty", "brand"),
    ("Binutils", "brand"),
    # firms and organisations usage keeps as written
    ("Amazon Web Services", "group"),
    ("Amazon", "group"),
    ("Apache", "group"),
    ("Microsoft", "group"),
    ("Google", "group"),
    ("Pivotal", "group"),
    ("Let's Encrypt", "group"),
    ("18F", "group"),
    ("Code for America", "group"),
]

_LISTED = frozenset(t for t, _ in NAMES)


def posts(site: Path) -> list[tuple[str, str]]:
    """(source label, body) of the site's posts, newest first."""
    out: list[tuple[str, str, str]] = []
    names = aa_builder._git(site, "ls-tree", "-r", "--name-only", SITE_COMMIT, "_posts")
    for name in names.decode().splitlines():
        m_path = _PATH.match(name)
        if not m_path:
            continue
        raw = aa_builder._git(site, "show", f"{SITE_COMMIT}:{name}").decode("utf-8")
        m = z_builder._FRONT.match(raw)
        if m:
            raw = raw[m.end() :]
        y, mo, da = m_path.group(1).split("-")
        out.append((f"{y}-{int(mo):02d}-{int(da):02d}", name, raw))
    out.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return [(f"cloud-gov/cg-site {n} ({SITE_COMMIT[:8]})", b) for _, n, b in out]


def marks(text: str) -> list[dict[str, str]]:
    """z's marks; a listed name is no file."""
    return [m for m in z_builder.marks(text) if not (m["kind"] == "file" and m["token"] in _LISTED)]


def earlier_texts() -> set[str]:
    """The text of every item of the earlier untranslatables sets."""
    seen: set[str] = set()
    for path in sorted((ROOT / "benchmarks/data").glob("untranslatables_*.jsonl")):
        if path.name == "untranslatables_ac.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(" ".join(str(json.loads(line).get("text", "")).split()))
    return seen


MARKED = r_builder.MARKED
RARE: set[str] = set()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--site", type=Path, required=True)
    ap.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "benchmarks/data/untranslatables_ac.jsonl"
    )
    args = ap.parse_args(argv)
    earlier = earlier_texts()
    paras: list[tuple[str, str]] = []
    lower: Counter[str] = Counter()
    dropped = 0
    for name, body in posts(args.site):
        for b in r_builder.blocks(aa_builder.clean(body)):
            if z_builder.NOT_PROSE.search(b):
                continue
            if " ".join(b.split()) in earlier:
                dropped += 1
                continue
            paras.append((name, b))
            lower.update(w for w in re.findall(r"[A-Za-zÀ-ÿ]+", plain(b)) if w.islower())
    items: list[dict[str, Any]] = []
    all_names = [t for t, _ in NAMES]

    def add(name: str, text: str, toks: list[dict[str, str]], ctl: list[str]) -> None:
        items.append(
            {
                "id": f"ac{len(items) + 1:03d}",
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
        f"{len(paras)} candidates ({dropped} blocks of earlier sets dropped), {len(items)} items, "
        f"{n_tok} tokens {dict(kinds)}, {n_ctl} controls, {seen_marks} mark candidates "
        f"-> {args.out}"
    )
    for t, _ in left:
        print("  not taken:", t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
