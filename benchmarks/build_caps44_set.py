"""Build caps44's held-out set: English headlines written in title case, each with its article
body (White House briefings and statements, 2025-2026).

    python benchmarks/build_caps44_set.py MIRROR_GIT_DIR

MIRROR_GIT_DIR: a mirror of github.com/selenasun1618/whitehouse-rss-feeds (at 9c0d3459), whose
``whitehouse_briefings.xml`` (an RSS 2.0 feed rebuilt by a scraper, 532 versions in its
history) holds each statement's title and its text. Every version of the file is read; an item
is kept once (its link). The scraper's page furniture at the top of each text (the section
name and title run together, "The White HouseSeptember 2, 2026") is dropped, and a last
paragraph cut off with "...". Kept: titles in title case (every word of five letters or more
capitalised, two such words at least, five words or more, no line of capitals) with two
body paragraphs or more; at most eight titles sharing their first two words ("Presidential
Message on ..."); up to 100 picked in the order of the SHA-1 of their link. The body is cut
to its first six paragraphs.
Licence: White House statements are works of the US government, not subject to copyright in
the US (public domain); the scraping repository adds no text of its own.
Writes ``benchmarks/data/caps44/wh_headlines.jsonl``: id, url, date, title, body (paragraphs).
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FILE = "whitehouse_briefings.xml"
HEAD = "9c0d345915ce3a334cf381d4c4ad2781131ca2be"
OUT = Path(__file__).resolve().parent / "data" / "caps44" / "wh_headlines.jsonl"
SIZE = 100
PARAS = 6
PER_PREFIX = 8
_DATELINE = re.compile(r"^The White House\w+ \d{1,2}, \d{4}$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _git(git: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git, *args], capture_output=True, text=True,
                          check=True).stdout


def title_case(title: str) -> bool:
    words = _WORD.findall(title)
    if len(words) < 5 or title.upper() == title:
        return False
    long = [w for w in words if len(w) >= 5]  # "into", "with", "from" may stay lower case
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def body_of(title: str, text: str) -> list[str]:
    out = []
    for para in (p.strip() for p in text.split("\n\n")):
        if not para or title in para or _DATELINE.match(para) or len(para.split()) < 4:
            continue
        out.append(re.sub(r"[ \t]+", " ", para))
    if out and out[-1].endswith("..."):
        out.pop()
    return out


def main() -> None:
    git = sys.argv[1]
    commits = _git(git, "log", "--format=%H", HEAD, "--", FILE).split()
    items: dict[str, dict[str, object]] = {}
    for c in commits:
        try:
            root = ET.fromstring(_git(git, "show", f"{c}:{FILE}"))
        except (subprocess.CalledProcessError, ET.ParseError):
            continue
        for it in root.iter("item"):
            link = (it.findtext("link") or "").strip()
            title = " ".join((it.findtext("title") or "").split())
            if not link or link in items or not title_case(title):
                continue
            body = body_of(title, it.findtext("description") or "")
            if len(body) < 2:
                continue
            items[link] = {"url": link, "date": (it.findtext("pubDate") or "").strip(),
                           "title": title, "body": body[:PARAS]}
    ranked = sorted(items.values(),
                    key=lambda r: hashlib.sha1(str(r["url"]).encode()).hexdigest())
    prefixes: dict[str, int] = {}
    rows = []
    for r in ranked:
        prefix = " ".join(str(r["title"]).split()[:2]).casefold()
        if prefixes.get(prefix, 0) >= PER_PREFIX:
            continue
        prefixes[prefix] = prefixes.get(prefix, 0) + 1
        rows.append(r)
        if len(rows) == SIZE:
            break
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            f.write(json.dumps({"id": f"wh{i:03d}", **r}, ensure_ascii=False) + "\n")
    print(f"{len(items)} title-case items with a body in {len(commits)} versions; "
          f"wrote {len(rows)}")


if __name__ == "__main__":
    main()
