"""Build the probe45 sweep's corpus: 20 US State Department press releases on international
affairs, diplomacy, conflict and humanitarian aid, English, as an RSS feed a newsroom's
unattended pipeline would read (`translate feed`) and as the articles its CMS would post to
the HTTP service (`translate serve`, `POST /v1/editions`).

    python benchmarks/build_probe45_world.py MIRROR_GIT_DIR

MIRROR_GIT_DIR: a mirror of github.com/markschaver/State-Department-PR, whose history (2021-05
to 2022-08, a commit per scrape) holds the State Department's own press-release RSS feed
(`data.rss`, https://www.state.gov/rss-feed/press-releases/feed/) with each release's full
text in `content:encoded`. Every item of every ``STEP``-th commit is read (the newest copy of a
GUID wins); an item is a candidate when its title names international affairs (``TOPIC``) and
not a transcript (``SKIP``), its text is 500-6,000 characters and holds at least
``MIN_NUMBERS`` runs of digits. Candidates are sorted by date
and 20 are taken evenly spaced. Each body keeps its HTML (paragraphs, links, emphasis, lists)
without scripts and the hidden filter input, cut at the last paragraph before ``CUT``
characters of text. Written: ``feed.xml`` (RSS 2.0: title, link, guid, pubDate, description =
the first paragraph, content:encoded = the body), ``feed_edited.xml`` (the same feed with one
item's body edited: a figure changed and a sentence added, for the incremental run), and one
``world-NN-*.html`` per item (what the CMS posts).
Licence: works of the US government (State Department releases), not subject to copyright in
the US (public domain); the repository states no licence of its own and only its data is used.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from pathlib import Path

STEP = 3
MIN_NUMBERS = 3  # figures, dates, amounts: the facts a desk checks
CUT = 3000
N = 20
TOPIC = re.compile(
    r"humanitarian|assistance|ceasefire|cease-fire|truce|refugee|sanction|conflict|war\b|attack|"
    r"peace|crisis|famine|earthquake|flood|election|violence|displaced|killing|hostage|"
    r"joint statement|ministerial|summit|visit to", re.I)
SKIP = re.compile(r"remarks|press availability|interview|briefing|transcript|travel to|"
                  r"national day|independence day|podcast|op-ed", re.I)
NS = {"content": "http://purl.org/rss/1.0/modules/content/"}
OUT = Path(__file__).resolve().parent / "data" / "probe45_world"


def _text(frag: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", frag))


def _clean(body: str) -> list[str]:
    body = re.sub(r"(?is)<script\b.*?</script>", "", body)
    body = re.sub(r"(?is)<p>\s*<input[^>]*>\s*</p>", "", body)
    parts = [m.group(0) for m in re.finditer(r"(?is)<(p|ul|ol|h[2-4]|blockquote)\b[^>]*>.*?</\1>",
                                             body)]
    return [p.strip() for p in parts if _text(p).strip()]


def _cut(parts: list[str]) -> list[str]:
    out: list[str] = []
    size = 0
    for p in parts:
        n = len(_text(p))
        if out and size + n > CUT:
            break
        out.append(p)
        size += n
    return out


def harvest(git: str) -> dict[str, dict[str, str]]:
    commits = subprocess.run(["git", "--git-dir", git, "rev-list", "HEAD", "--", "data.rss"],
                             capture_output=True, text=True, check=True).stdout.split()
    items: dict[str, dict[str, str]] = {}
    for c in reversed(commits[::STEP]):
        raw = subprocess.run(["git", "--git-dir", git, "show", f"{c}:data.rss"],
                             capture_output=True, check=False).stdout
        try:
            root = ET.fromstring(raw)
        except ET.ParseError:
            continue
        for it in root.iter("item"):
            guid = it.findtext("guid") or ""
            enc = it.find("content:encoded", NS)
            if not guid or enc is None or not enc.text:
                continue
            items[guid] = {"guid": guid, "title": (it.findtext("title") or "").strip(),
                           "link": (it.findtext("link") or "").strip(),
                           "date": it.findtext("pubDate") or "", "body": enc.text,
                           "commit": c}
    return items


def main() -> None:
    git = sys.argv[1]
    items = harvest(git)
    cands = []
    for it in items.values():
        t = it["title"]
        if not TOPIC.search(t) or SKIP.search(t):
            continue
        n = len(_text(it["body"]))
        if 500 <= n <= 6000 and len(re.findall(r"\d+", _text(it["body"]))) >= MIN_NUMBERS:
            cands.append(it)
    cands.sort(key=lambda it: (parsedate_to_datetime(it["date"]), it["guid"]))
    picks = [cands[round(i * (len(cands) - 1) / (N - 1))] for i in range(N)]
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, it in enumerate(picks):
        parts = _cut(_clean(it["body"]))
        it["parts"] = "\n".join(parts)
        slug = re.sub(r"[^a-z0-9]+", "-", it["title"].lower()).strip("-")[:50].rstrip("-")
        name = f"world-{i + 1:02d}-{slug}"
        doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
               f"{html.escape(it['title'])}</title></head><body><article>\n<h1>"
               f"{html.escape(it['title'])}</h1>\n" + it["parts"] + "\n</article></body></html>\n")
        (OUT / f"{name}.html").write_text(doc, encoding="utf-8")
        rows.append((name, it))
    for edited, fname in ((False, "feed.xml"), (True, "feed_edited.xml")):
        rss = ['<?xml version="1.0" encoding="utf-8"?>',
               '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
               "<channel>", "<title>Press Releases - United States Department of State"
               " (probe45 sample)</title>",
               "<link>https://www.state.gov/rss-feed/press-releases/</link>",
               "<description>US State Department releases, public domain</description>",
               "<language>en-US</language>"]
        for k, (_name, it) in enumerate(rows):
            parts = it["parts"]
            if edited and k == EDIT:
                parts = _edit(parts)
            first = next(p for p in parts.split("\n") if len(_text(p)) > 80)
            rss.append(f"<item><title>{html.escape(it['title'])}</title>"
                       f"<link>{html.escape(it['link'])}</link>"
                       f'<guid isPermaLink="false">{html.escape(it["guid"])}</guid>'
                       f"<pubDate>{html.escape(it['date'])}</pubDate>"
                       f"<description>{html.escape(first)}</description>"
                       f"<content:encoded><![CDATA[{parts}]]></content:encoded></item>")
        rss.append("</channel></rss>\n")
        (OUT / fname).write_text("\n".join(rss), encoding="utf-8")
    with open(OUT / "SOURCES.tsv", "w", encoding="utf-8") as fh:
        fh.write("file\tcommit\tguid\tdate\ttitle\n")
        for name, it in rows:
            fh.write(f"{name}\t{it['commit'][:10]}\t{it['guid']}\t{it['date']}\t{it['title']}\n")
    print(len(items), "items read,", len(cands), "candidates,", len(rows), "written to", OUT)


EDIT = 9  # the tenth item is the one edited in feed_edited.xml


def _edit(parts: str) -> str:
    """A desk's correction: the first number in the body goes up by one and a sentence is
    added at the end (a later figure, a date and an agency)."""
    m = re.search(r"(?<![\w.,])(\d+)(?![\w.,]\d)", _text(parts))
    if m:
        old = m.group(1)
        parts = re.sub(rf"(?<![\w.,]){old}(?![\w.,]\d)", str(int(old) + 1), parts, count=1)
    return parts + ("\n<p>Updated on March 3: the United Nations Office for the Coordination of "
                    "Humanitarian Affairs (OCHA) said 1.2 million people had received aid.</p>")


if __name__ == "__main__":
    main()
