"""Build caps46's held-out set ("headlines 2"): English headlines written in title case, each
with its article body (US Department of State press releases, 2021-2022).

    python benchmarks/build_caps46_set.py MIRROR_GIT_DIR

MIRROR_GIT_DIR: a mirror of github.com/markschaver/State-Department-PR (at cd530c3f), whose
``data.rss`` (the State Department's press-release feed, https://www.state.gov/rss-feed/
press-releases/feed/, saved by a scheduled job; 2,343 versions in its history, May 2021 to
August 2022) holds each release's title and its full text (``content:encoded``). Every version
of the file is read; an item is kept once (its link). The body is the text of the release's
``<p>`` elements, tags removed and entities decoded; paragraphs under four words ("Office of
the Spokesperson", "Begin Text:", "###") are dropped. Kept: titles in title case (caps44's
rule: every word of five letters or more capitalised, two such words at least, five words or
more, no line of capitals) with two body paragraphs or more, and no title of caps44's sets;
at most eight titles sharing their first two words ("Secretary Blinken's ..."); 64 picked in
the order of the SHA-1 of their link (caps44's set has 64). The body is cut to its first six
paragraphs.
Licence: State Department press releases are works of the US government, not subject to
copyright in the US (public domain); the repository saving the feed adds no text of its own.
Writes ``benchmarks/data/caps46/state_headlines.jsonl``: id, url, date, title, body.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FILE = "data.rss"
HEAD = "cd530c3f052fb81ae5ecc187d0c335100d3de922"
DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "caps46" / "state_headlines.jsonl"
EARLIER = [DATA / "caps44" / "wh_headlines.jsonl", DATA / "caps44" / "dev_nasa.jsonl"]
SIZE = 64
PARAS = 6
PER_PREFIX = 8
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_P = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _git(git: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git, *args], capture_output=True, text=True,
                          check=True).stdout


def title_case(title: str) -> bool:
    words = _WORD.findall(title)
    if len(words) < 5 or title.upper() == title:
        return False
    long = [w for w in words if len(w) >= 5]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def body_of(content: str) -> list[str]:
    out = []
    for m in _P.finditer(content):
        para = " ".join(html.unescape(_TAG.sub(" ", m.group(1))).split())
        para = re.sub(r"\s+([,.;:!?])", r"\1", para)
        if len(para.split()) >= 4:
            out.append(para)
    return out


def main() -> None:
    git = sys.argv[1]
    earlier = {json.loads(line)["title"] for p in EARLIER
               for line in p.read_text(encoding="utf-8").splitlines()}
    commits = _git(git, "log", "--format=%H", HEAD, "--", FILE).split()
    items: dict[str, dict[str, object]] = {}
    for c in commits:
        try:
            root = ET.fromstring(_git(git, "show", f"{c}:{FILE}"))
        except (subprocess.CalledProcessError, ET.ParseError):
            continue
        for it in root.iter("item"):
            link = (it.findtext("link") or "").strip()
            title = " ".join(html.unescape(it.findtext("title") or "").split())
            if not link or link in items or not title_case(title) or title in earlier:
                continue
            body = body_of(it.findtext(CONTENT) or "")
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
            f.write(json.dumps({"id": f"sd{i:03d}", **r}, ensure_ascii=False) + "\n")
    print(f"{len(items)} title-case items with a body in {len(commits)} versions; "
          f"wrote {len(rows)}")


if __name__ == "__main__":
    main()
