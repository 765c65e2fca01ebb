"""Build small RSS 2.0 and Atom documents for the feed tests (escaping done by hand, on purpose:
tests must be able to write hostile markup too)."""

from __future__ import annotations

from html import escape
from typing import Any

PARAGRAPHS = [
    "The foreign minister said on Monday that talks on the border would resume next month.",
    "Aid agencies warned that prices for bread and fuel had climbed sharply since the spring.",
    "About 4,000 families have returned to their villages after the floods, officials said.",
    "The central bank announced that the budget for reconstruction would rise by 12 percent.",
    "Negotiators told reporters on Friday that they were close to an agreement on prisoners.",
    "Farmers in the northern provinces said exports of grain had fallen for a third month.",
]


def item(n: int, **over: Any) -> dict[str, Any]:
    """A plausible news item number ``n`` (distinct text per item)."""
    para = PARAGRAPHS[n % len(PARAGRAPHS)]
    base = {
        "title": f"Ministers meet for round {n} of the border talks",
        "link": f"https://news.example.org/world/{n}",
        "guid": f"https://news.example.org/world/{n}",
        "date": f"Mon, {1 + n % 28:02d} Apr 2024 10:00:00 +0000",
        "summary": f"Round {n} of the talks began in Velmora on Monday morning.",
        "content": f"<p>{para} This was update number {n}.</p>"
                   f"<p>The <a href=\"https://news.example.org/people/{n}\">spokesman</a>"
                   f" declined to comment further on the negotiations.</p>",
    }
    base.update(over)
    return base


def rss(items: list[dict[str, Any]], *, title: str = "World news from the example desk",
        language: str | None = "en-us", head: str = "", raw_items: str = "") -> str:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        head,
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
        f"<title>{escape(title)}</title><link>https://news.example.org/world</link>",
        "<description>The latest world news from the example newsroom desk.</description>",
        f"<language>{language}</language>" if language else "",
    ]
    for it in items:
        parts.append("<item>")
        if it.get("title") is not None:
            parts.append(f"<title>{escape(it['title'])}</title>")
        if it.get("link"):
            parts.append(f"<link>{escape(it['link'])}</link>")
        if it.get("guid"):
            parts.append(f"<guid>{escape(it['guid'])}</guid>")
        if it.get("date"):
            parts.append(f"<pubDate>{it['date']}</pubDate>")
        if it.get("summary"):
            parts.append(f"<description>{escape(it['summary'])}</description>")
        if it.get("content"):
            parts.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        parts.append("</item>")
    parts.append(raw_items)
    parts.append("</channel></rss>")
    return "\n".join(p for p in parts if p)


def atom(items: list[dict[str, Any]], *, title: str = "World news from the example desk") -> str:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f"<title>{escape(title)}</title><id>tag:news.example.org,2024:world</id>",
        "<subtitle>The latest world news from the example newsroom desk.</subtitle>",
        '<link href="https://news.example.org/world"/><updated>2024-04-02T10:00:00Z</updated>',
        "<author><name>Example Desk</name></author>",
    ]
    for it in items:
        parts.append("<entry>")
        parts.append(f"<title>{escape(it['title'])}</title>")
        parts.append(f"<id>{escape(it['guid'])}</id>")
        parts.append(f'<link rel="alternate" href="{escape(it["link"])}"/>')
        parts.append("<updated>2024-04-02T10:00:00Z</updated>")
        parts.append(f'<summary type="text">{escape(it["summary"])}</summary>')
        parts.append(f'<content type="html">{escape(it["content"])}</content>')
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(parts)
