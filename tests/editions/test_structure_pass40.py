"""struct40: a series' list of parts kept with its links, a second copy of the article dropped,
a consent banner's placeholder for a blocked embed dropped.

Each was found on a development set (struct39's "left" and body31's screen): a series' table of
contents whose entry for the page itself has no link ("← You are here"), read as a list of other
stories (``html:link-list``); a page that prints its whole article twice; the placeholder
"Externer Inhalt nicht verfügbar" / "Deine Privatsphäre-Einstellungen verhindern das Laden ..."
repeated where each embed was. The texts here are written for the tests (not the sets' pages);
each test also holds what the rule must leave as it was.
"""

from __future__ import annotations

from translate.boilerplate import REPEATED_COPY_ID, match_rule
from translate.options import RunOptions
from translate.pipeline import prepare
from translate.read import parse_article

PROSE = (
    "The committee met on Tuesday to weigh the plan for the river crossing, and its members"
    " asked the engineers to explain the cost of each design in detail."
)
SITE = "https://bridges.example.com"


def _prepared(html: str, lang: str = "en") -> tuple[list[str], list[str], list[str]]:
    """(kept link addresses, kept block texts, dropped rules) of a page."""
    article = parse_article(html, fmt="html", source="t", article_id="t", page_url=SITE + "/p/1")
    prepared = prepare(article, RunOptions(source_lang=lang, use_cache=False, use_tm=False))
    kept = prepared.article
    links = [str(s.attrs.get("href")) for b in kept.blocks for s in b.inline if s.kind == "link"]
    return links, [b.text for b in kept.blocks], [d.rule for d in kept.dropped]


def _page(title: str, middle: str, paragraphs: int = 8) -> str:
    body = "".join(f"<p>{PROSE} Paragraph {i} of the article.</p>" for i in range(paragraphs))
    return (
        f"<html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
        f"<p>{PROSE} The opening of the article.</p>{middle}{body}</article></main></body></html>"
    )


PARTS = ["Reading the River", "Choosing the Span", "Steel or Stone", "Pouring the Piers",
         "Opening Day"]  # fmt: skip


def _parts(current: str, *, current_first: bool = True) -> str:
    linked = "".join(
        f"<li><p><a href='{SITE}/p/part-{n}'>{name}</a></p></li>" for n, name in enumerate(PARTS)
    )
    own = f"<li><p><em><strong>{current}</strong> ← You are here</em></p></li>"
    return "<ol>" + (own + linked if current_first else linked + own) + "</ol>"


def test_a_series_list_of_parts_after_the_pages_own_entry_keeps_its_links() -> None:
    html = _page("Bridges Over Rivers: The Planning Stage", _parts("Bridges Over Rivers"))
    links, texts, _ = _prepared(html)
    for n in range(len(PARTS)):
        assert f"{SITE}/p/part-{n}" in links
    assert "Steel or Stone" in texts


def test_a_list_of_other_stories_and_a_breadcrumb_trail_still_go() -> None:
    # the same links after a line that does not name the page (another story's title)
    html = _page("Bridges Over Rivers: The Planning Stage", _parts("Weather of the Week"))
    links, _, rules = _prepared(html)
    assert not any("/p/part-" in h for h in links)
    assert "html:link-list" in rules
    # the page's unlinked title after its links: a breadcrumb trail, not a series' list
    html = _page(
        "Bridges Over Rivers: The Planning Stage",
        _parts("Bridges Over Rivers", current_first=False),
    )
    links, _, rules = _prepared(html)
    assert not any("/p/part-" in h for h in links)
    assert "html:link-list" in rules


def _printed(copies: int, repeated: int) -> str:
    paragraphs = [
        f"<p>{PROSE} This is sentence number {i} of the story, and it says something new.</p>"
        for i in range(10)
    ]
    first = "<h1>Bridges Over Rivers</h1><h2>Planning</h2>" + "".join(paragraphs)
    again = "".join(paragraphs[:repeated])
    copy = "<h2>Bridges Over Rivers</h2><h2>Planning</h2>" + "".join(paragraphs)
    extra = copy * (copies - 1) if copies > 1 else again
    return (
        "<html><head><title>Bridges Over Rivers</title></head><body><main><article>"
        f"{first}{extra}<p>The end of the page, which says goodbye to the reader.</p>"
        "</article></main></body></html>"
    )


def test_a_second_copy_of_the_whole_article_is_dropped() -> None:
    _, texts, rules = _prepared(_printed(copies=2, repeated=0))
    for i in range(10):
        assert sum(1 for t in texts if f"sentence number {i} of" in t) == 1
    assert rules.count(REPEATED_COPY_ID) >= 10
    assert any("says goodbye" in t for t in texts)


def test_a_few_repeated_paragraphs_are_not_a_copy() -> None:
    _, texts, rules = _prepared(_printed(copies=1, repeated=2))
    assert REPEATED_COPY_ID not in rules
    assert sum(1 for t in texts if "sentence number 0 of" in t) == 2


def test_a_consent_placeholder_is_dropped_and_a_sentence_about_privacy_is_not() -> None:
    for text, lang in [
        ("Externer Inhalt nicht verfügbar", "de"),
        (
            "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen"
            " Inhalte (z.B. Grafiken, Tabellen). Zur Anzeige aktiviere bitte die Einstellungen.",
            "de",
        ),
        ("External content not available", "en"),
        (
            "Due to your privacy preferences, this content can only be viewed on the site it"
            " originates from.",
            "en",
        ),
        ("To view this content, please accept marketing cookies.", "en"),
    ]:
        rule = match_rule(text, lang)
        assert rule is not None and rule.id.endswith(":consent-placeholder"), text
    for text, lang in [
        ("External content is where most of the risk of the new law lies.", "en"),
        ("Your privacy settings are what the regulator looked at first.", "en"),
        ("Externer Inhalt ist für die Redaktion ein großes Thema.", "de"),
    ]:
        assert match_rule(text, lang) is None, text
