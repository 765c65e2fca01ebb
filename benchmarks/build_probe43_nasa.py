"""Build the probe43 sweep's corpus: 20 NASA news articles (science, space, environment,
aeronautics/transport), English, as a new newsroom user would feed them to `translate run`.

    python benchmarks/build_probe43_nasa.py MIRROR_GIT_DIR

MIRROR_GIT_DIR: a mirror of github.com/katie-hofschen/NASA_RAG (commit a193705), whose
``nasa_articles/nasa_article_N.md`` hold NASA web articles scraped as text (first line the
title, then paragraphs, captions and the media contacts). Writes
``benchmarks/data/probe43_en/``: even-numbered picks as Markdown (``# title`` and paragraphs),
odd ones as HTML (``<h1>``, ``<p>``), a Latin binomial in italics as NASA's pages set it, and
``feed.xml``, an RSS 2.0 feed of the 20 titles with each article's first paragraph.
Licence: NASA articles are works of the US government, not subject to copyright in the US
(public domain; NASA's media usage guidelines); Hubble picture-of-the-week texts are NASA/ESA
(ESA/Hubble text CC BY 4.0). The scraping repository adds no text of its own.
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

COMMIT = "a193705"
PICKS = [918, 579, 108, 926, 88, 160, 257, 913, 705, 698, 939, 58, 334, 606, 631, 276,
         172, 352, 995, 899]
BINOMIALS = ["Arabidopsis thaliana"]
OUT = Path(__file__).resolve().parent / "data" / "probe43_en"


def _read(git: str, n: int) -> str:
    return subprocess.run(["git", "--git-dir", git, "show",
                           f"{COMMIT}:nasa_articles/nasa_article_{n}.md"],
                          capture_output=True, text=True, check=True).stdout


def _paras(text: str) -> tuple[str, list[str]]:
    lines = [ln.strip() for ln in text.splitlines()]
    title = lines[0]
    body = [ln for ln in lines[1:] if ln]
    return title, body


def main() -> None:
    git = sys.argv[1]
    OUT.mkdir(parents=True, exist_ok=True)
    items = []
    for i, n in enumerate(PICKS):
        title, body = _paras(_read(git, n))
        name = f"nasa-{i + 1:02d}-{n}"
        if i % 2 == 0:
            md = [f"# {title}", ""]
            for p in body:
                for b in BINOMIALS:
                    p = p.replace(b, f"*{b}*")
                md += [p, ""]
            (OUT / f"{name}.md").write_text("\n".join(md), encoding="utf-8")
        else:
            ps = []
            for p in body:
                e = html.escape(p, quote=False)
                for b in BINOMIALS:
                    e = e.replace(b, f"<em>{b}</em>")
                ps.append(f"<p>{e}</p>")
            doc = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                   f"{html.escape(title)}</title></head><body><article>\n<h1>"
                   f"{html.escape(title)}</h1>\n" + "\n".join(ps) + "\n</article></body></html>\n")
            (OUT / f"{name}.html").write_text(doc, encoding="utf-8")
        items.append((name, title, body[0]))
    rss = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0"><channel>',
           "<title>NASA news (probe43 sample)</title>", "<link>https://www.nasa.gov/news/</link>",
           "<description>NASA articles, public domain</description>", "<language>en</language>"]
    for name, title, first in items:
        rss.append(f"<item><title>{html.escape(title)}</title>"
                   f"<description>{html.escape(first)}</description>"
                   f'<guid isPermaLink="false">{name}</guid></item>')
    rss.append("</channel></rss>\n")
    (OUT / "feed.xml").write_text("\n".join(rss), encoding="utf-8")
    print(len(items), "articles written to", OUT)


if __name__ == "__main__":
    main()
