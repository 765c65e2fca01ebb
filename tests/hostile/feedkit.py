"""Feeds in the four dialects the reader takes (RSS 0.91/0.92, RSS 1.0, RSS 2.0, Atom 1.0), with a
chosen URL in every field that can hold one: channel and item links, guids/ids, images,
enclosures, sources, comments, author URIs, ``xml:base``, and hrefs/srcs inside the HTML content.

Escaping is done here by hand so that tests can put hostile values in verbatim.
"""

from __future__ import annotations

from html import escape

DIALECTS = ("rss091", "rss10", "rss20", "atom")

PARAGRAPHS = [
    "The foreign minister said on Monday that talks on the border would resume next month.",
    "Aid agencies warned that prices for bread and fuel had climbed sharply since the spring.",
    "About 4,000 families have returned to their villages after the floods, officials said.",
    "The central bank announced that the budget for reconstruction would rise by 12 percent.",
]


def _x(value: str) -> str:
    """XML-escaped text or attribute value."""
    return escape(value, quote=True)


def _html(n: int, url: str) -> str:
    """An item's HTML (to be escaped once more as the XML element's text)."""
    para = PARAGRAPHS[n % len(PARAGRAPHS)]
    return (f'<p>{para} Update {n}.</p><p>The <a href="{_x(url)}">spokesman</a> declined to'
            f' comment. <img src="{_x(url)}" alt="photo"> <a href="{_x(url)}"'
            f' title="more">Read more</a> about the negotiations.</p>')


def feed(dialect: str, url: str | None = None, *, items: int = 3) -> bytes:
    """A feed of ``items`` items in ``dialect``; ``url`` (default: safe ones) fills every URL
    field, so a test can check that none of them leaks into any output."""

    def link(n: int, kind: str = "item") -> str:
        return url if url is not None else f"https://news.example.org/{kind}/{n}"

    if dialect == "rss091":
        parts = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="0.92"><channel>',
                 "<title>World news</title>", f"<link>{_x(link(0, 'home'))}</link>",
                 "<description>The world desk.</description><language>en-us</language>",
                 f"<image><url>{_x(link(0, 'logo'))}</url><title>World news</title>"
                 f"<link>{_x(link(0, 'home'))}</link></image>"]
        for n in range(1, items + 1):
            parts.append(
                f"<item><title>Ministers meet for round {n} of the talks</title>"
                f"<link>{_x(link(n))}</link>"
                f"<description>{_x(_html(n, link(n, 'a')))}</description>"
                f'<source url="{_x(link(n, "src"))}">Wire</source>'
                f'<enclosure url="{_x(link(n, "enc"))}" length="1" type="image/jpeg"/>'
                f'<category domain="{_x(link(n, "cat"))}">world</category></item>'
            )
        parts.append("</channel></rss>")
    elif dialect == "rss10":
        parts = ['<?xml version="1.0" encoding="utf-8"?>',
                 '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
                 ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
                 ' xmlns:content="http://purl.org/rss/1.0/modules/content/">',
                 f'<channel rdf:about="{_x(link(0, "home"))}"><title>World news</title>'
                 f"<link>{_x(link(0, 'home'))}</link><description>The world desk.</description>"
                 f'<dc:language>en</dc:language><image rdf:resource="{_x(link(0, "logo"))}"/>'
                 "<items><rdf:Seq>"
                 + "".join(f'<rdf:li rdf:resource="{_x(link(n))}"/>'
                           for n in range(1, items + 1))
                 + "</rdf:Seq></items></channel>",
                 f'<image rdf:about="{_x(link(0, "logo"))}"><title>World news</title>'
                 f"<url>{_x(link(0, 'logo'))}</url><link>{_x(link(0, 'home'))}</link></image>"]
        for n in range(1, items + 1):
            parts.append(
                f'<item rdf:about="{_x(link(n))}"><title>Ministers meet for round {n} of the'
                f" talks</title><link>{_x(link(n))}</link>"
                f"<description>Round {n} began on Monday.</description>"
                f"<content:encoded>{_x(_html(n, link(n, 'a')))}</content:encoded>"
                f"<dc:date>2024-04-0{n % 9 + 1}T10:00:00Z</dc:date>"
                f"<dc:source>{_x(link(n, 'src'))}</dc:source></item>"
            )
        parts.append("</rdf:RDF>")
    elif dialect == "rss20":
        parts = ['<?xml version="1.0" encoding="utf-8"?>',
                 '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
                 ' xmlns:atom="http://www.w3.org/2005/Atom"'
                 ' xmlns:media="http://search.yahoo.com/mrss/"><channel>',
                 "<title>World news</title>", f"<link>{_x(link(0, 'home'))}</link>",
                 "<description>The world desk.</description><language>en-us</language>",
                 f'<atom:link rel="self" href="{_x(link(0, "self"))}"/>',
                 f"<docs>{_x(link(0, 'docs'))}</docs>",
                 f"<image><url>{_x(link(0, 'logo'))}</url><title>World news</title>"
                 f"<link>{_x(link(0, 'home'))}</link></image>"]
        for n in range(1, items + 1):
            parts.append(
                f"<item><title>Ministers meet for round {n} of the talks</title>"
                f"<link>{_x(link(n))}</link>"
                f'<guid isPermaLink="true">{_x(link(n))}</guid>'
                f"<comments>{_x(link(n, 'comments'))}</comments>"
                f"<pubDate>Mon, 0{n % 9 + 1} Apr 2024 10:00:00 +0000</pubDate>"
                f"<description>Round {n} began on Monday.</description>"
                f"<content:encoded><![CDATA[{_html(n, link(n, 'a'))}]]></content:encoded>"
                f'<enclosure url="{_x(link(n, "enc"))}" length="1" type="image/jpeg"/>'
                f'<media:content url="{_x(link(n, "media"))}" medium="image"/>'
                f'<source url="{_x(link(n, "src"))}">Wire</source></item>'
            )
        parts.append("</channel></rss>")
    elif dialect == "atom":
        parts = ['<?xml version="1.0" encoding="utf-8"?>',
                 f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"'
                 f' xml:base="{_x(link(0, "base"))}">',
                 f"<id>{_x(link(0, 'id'))}</id><title>World news</title>"
                 "<updated>2024-04-01T10:00:00Z</updated>",
                 f'<link rel="alternate" href="{_x(link(0, "home"))}"/>'
                 f'<link rel="self" href="{_x(link(0, "self"))}"/>',
                 f"<icon>{_x(link(0, 'icon'))}</icon><logo>{_x(link(0, 'logo'))}</logo>",
                 f"<author><name>Desk</name><uri>{_x(link(0, 'author'))}</uri></author>"]
        for n in range(1, items + 1):
            parts.append(
                f'<entry xml:base="{_x(link(n, "base"))}"><id>{_x(link(n, "id"))}</id>'
                f"<title>Ministers meet for round {n} of the talks</title>"
                f'<link rel="alternate" href="{_x(link(n))}"/>'
                f'<link rel="enclosure" href="{_x(link(n, "enc"))}" type="image/jpeg"/>'
                f'<link rel="related" href="{_x(link(n, "rel"))}"/>'
                f"<updated>2024-04-0{n % 9 + 1}T10:00:00Z</updated>"
                f"<author><name>Reporter {n}</name><uri>{_x(link(n, 'author'))}</uri></author>"
                f"<summary>Round {n} began on Monday.</summary>"
                f'<content type="html">{_x(_html(n, link(n, "a")))}</content></entry>'
            )
        parts.append("</feed>")
    else:
        raise ValueError(dialect)
    return "\n".join(parts).encode("utf-8")
