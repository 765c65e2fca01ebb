"""Build the probe47 sweep's corpus: 16 White House briefing-room releases on the economy, jobs,
prices and labour (business/economy and labour news in English), as the articles a newsroom
would translate one by one (`translate run`), as an RSS feed its unattended pipeline would read
(`translate feed`) and as what its CMS would post to the HTTP service (`translate serve`).

    python benchmarks/build_probe47_economy.py MIRROR_GIT_DIR

MIRROR_GIT_DIR: a mirror of github.com/markschaver/White-House-PR, whose history (2021-05 to
2022-07, a commit per hourly scrape) holds the White House's own briefing-room RSS feed
(`data.rss`, https://www.whitehouse.gov/briefing-room/feed/) with each release's full text in
`content:encoded`. Every item of every ``STEP``-th commit is read (the newest copy of a GUID
wins); an item is a candidate when its title names the economy, jobs, prices or labour
(``TOPIC``) and it is not a transcript, a briefing, a nomination list or a proclamation
(``SKIP``), its text is 500-6,000 characters and holds at least ``MIN_NUMBERS`` runs of digits.
Candidates are sorted by date and ``N`` are taken evenly spaced. Each body keeps its HTML
(paragraphs, links, emphasis, lists) without scripts, cut at the last paragraph before ``CUT``
characters of text. Written: one ``econ-NN-*.html`` per item (what `translate run` reads and
the CMS posts), ``feed.xml`` (RSS 2.0: title, link, guid, pubDate, description = the first
paragraph, content:encoded = the body) and ``SOURCES.tsv``.

Licence: works of the US government (White House releases), not subject to copyright in the US
(17 U.S.C. 105; public domain); the repository states no licence of its own and only the
government's text is used. The selection rule was fixed before any run (its first draft
matched "labor" inside "Collaborative" and "union" in "African Union" and "State of the
Union": word boundaries and "unions" were set before any translation ran).
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
MIN_NUMBERS = 3
CUT = 3000
N = 16
TOPIC = re.compile(
    r"\bjobs?\b|employment|unemployment|workers?\b|\blabou?r\b|\bunions\b|collective bargaining|"
    r"\bwages?\b|economy|economic|"
    r"inflation|prices|\bgdp\b|manufactur|supply chain|small business|\bpay\b|paycheck|"
    r"retirement|pension|apprentice", re.I)
SKIP = re.compile(r"remarks|press briefing|gaggle|interview|transcript|background|"
                  r"nominat|appoint|proclamation|message to the congress|letter to|"
                  r"executive order|memorandum", re.I)
NS = {"content": "http://purl.org/rss/1.0/modules/content/"}
OUT = Path(__file__).resolve().parent / "data" / "probe47_economy"


def _text(frag: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", frag))


def _clean(body: str) -> list[str]:
    body = re.sub(r"(?is)<script\b.*?</script>", "", body)
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
            items[guid] = {"guid": guid,
                           "title": " ".join((it.findtext("title") or "").split()),
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
        it["parts"] = "\n".join(_cut(_clean(it["body"])))
        slug = re.sub(r"[^a-z0-9]+", "-", it["title"].lower()).strip("-")[:50].rstrip("-")
        name = f"econ-{i + 1:02d}-{slug}"
        doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
               f"{html.escape(it['title'])}</title></head><body><article>\n<h1>"
               f"{html.escape(it['title'])}</h1>\n" + it["parts"] + "\n</article></body></html>\n")
        (OUT / f"{name}.html").write_text(doc, encoding="utf-8")
        rows.append((name, it))
    rss = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           "<channel>", "<title>Briefing Room | The White House (probe47 economy sample)</title>",
           "<link>https://www.whitehouse.gov/briefing-room/</link>",
           "<description>White House releases on the economy and labour, public domain"
           "</description>", "<language>en-US</language>"]
    for _name, it in rows:
        parts = it["parts"]
        first = next((p for p in parts.split("\n") if len(_text(p)) > 80), parts.split("\n")[0])
        rss.append(f"<item><title>{html.escape(it['title'])}</title>"
                   f"<link>{html.escape(it['link'])}</link>"
                   f'<guid isPermaLink="false">{html.escape(it["guid"])}</guid>'
                   f"<pubDate>{html.escape(it['date'])}</pubDate>"
                   f"<description>{html.escape(first)}</description>"
                   f"<content:encoded><![CDATA[{parts}]]></content:encoded></item>")
    rss.append("</channel></rss>\n")
    (OUT / "feed.xml").write_text("\n".join(rss), encoding="utf-8")
    with open(OUT / "SOURCES.tsv", "w", encoding="utf-8") as fh:
        fh.write("file\tcommit\tguid\tdate\ttitle\n")
        for name, it in rows:
            fh.write(f"{name}\t{it['commit'][:10]}\t{it['guid']}\t{it['date']}\t{it['title']}\n")
    print(len(items), "items read,", len(cands), "candidates,", len(rows), "written to", OUT)


if __name__ == "__main__":
    main()
