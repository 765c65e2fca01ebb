"""struct51: inline structure carried through translation (issue 15), fifty-first structure pass.

trafilatura can nest a page's ``<main>`` inside a ``<p>`` and write the article's paragraphs as
the loose text after each heading and list of that ``<main>`` (set AD's higherlogic page): the
reader passed over that text and lost a whole article's prose. The loose text is now read as
paragraphs with their links; the recall-only rule no longer judges headings the balanced
extraction holds none of, and a list whose items each name a link and say what it is is not a
list of links. The shapes below are written for the tests from that pattern.
"""

from __future__ import annotations

from lxml import etree

from translate.model import Block, InlineSpan
from translate.read import (
    _cut_loose,
    _first_letters,
    _headings_unjudged,
    _joined_parts,
    _mark_recall_only,
    _xml_inline,
    _xml_units,
)

NESTED = (
    "<doc><main><p> Skip to content <main> March 3, 2026 "
    '<head rend="h1">How the harbour was rebuilt</head> The harbour reopened this spring '
    'after two years of work on its <ref target="https://example.org/walls">sea walls</ref>.\n'
    "The council paid for most of it from a fund set up after the storm. "
    '<head rend="h2">What changed</head> Three things changed for the boats: '
    "<list><item>Deeper berths</item><item>A longer pier</item></list>"
    "Fishermen say the new berths are the best change of the three.</main></p></main></doc>"
)


WALLS = "The harbour reopened this spring after two years of work on its sea walls."


def _units(xml: str) -> list[tuple[str, str, list[str]]]:
    out = []
    for element in _xml_units(etree.fromstring(xml)):
        text, spans = _xml_inline(element)
        out.append((element.tag, " ".join(text.split()),
                    [s.attrs.get("href", "") for s in spans if s.kind == "link"]))  # fmt: skip
    return out


def test_loose_text_of_a_nested_container_is_read_as_paragraphs_with_their_links() -> None:
    units = _units(NESTED)
    assert units == [
        ("p", "Skip to content", []),
        ("p", "March 3, 2026", []),
        ("head", "How the harbour was rebuilt", []),
        ("p", WALLS, ["https://example.org/walls"]),
        ("p", "The council paid for most of it from a fund set up after the storm.", []),
        ("head", "What changed", []),
        ("p", "Three things changed for the boats:", []),
        ("item", "Deeper berths", []),
        ("item", "A longer pier", []),
        ("p", "Fishermen say the new berths are the best change of the three.", []),
    ]


def test_a_container_without_loose_text_and_an_inline_wrap_read_as_before() -> None:
    xml = "<doc><main><p>Intro.<div><p>One.</p><p>Two.</p></div></p></main></doc>"
    assert [t for _, t, _ in _units(xml)] == ["Intro.", "One.", "Two."]
    linked = '<doc><main><p><ref target="https://e.org/a"><head>Card</head></ref></p></main></doc>'
    assert _units(linked) == [("head", "Card", ["https://e.org/a"])]


def test_loose_text_is_read_in_linear_time() -> None:
    n = 20_000
    parts = "".join(
        f'Line {i} of the text with <ref target="https://e.org/{i}">a link</ref>.\n'
        for i in range(n)
    )
    xml = f'<doc><main><p>x<main><head rend="h2">Head</head>{parts}</main></p></main></doc>'
    units = _units(xml)
    assert len(units) == n + 2
    assert units[-1] == ("p", f"Line {n - 1} of the text with a link.", [f"https://e.org/{n - 1}"])


def _block(kind: str, text: str, link: tuple[int, int] | None = None) -> Block:
    spans = [InlineSpan(link[0], link[1], "link", {"href": "https://e.org/x"})] if link else []
    return Block(kind=kind, text=text, inline=spans)  # type: ignore[arg-type]


PROSE = [
    "The harbour reopened this spring after two years of work on its sea walls and berths.",
    "Three things changed for the boats that use the harbour every day of the year:",
    "Fishermen say the new berths are the best change of the three, and the pier the next.",
    "The council paid for most of it from a fund it set up after the storm of the winter.",
]


def _page(items: list[Block], teaser: bool = False) -> list[Block]:
    blocks = [
        Block(kind="title", text="How the harbour was rebuilt"),
        _block("heading", "What was done"),
        _block("paragraph", PROSE[0]),
        _block("heading", "What changed"),
        _block("paragraph", PROSE[1]),
        *items,
        _block("heading", "What the fishermen say"),
        _block("paragraph", PROSE[2]),
        _block("heading", "Who paid"),
        _block("paragraph", PROSE[3]),
    ]
    if teaser:
        blocks += [_block("heading", "More stories"), _block("list_item", "Storm", (0, 5))]
    return blocks


def _marks(blocks: list[Block]) -> list[tuple[str, bool]]:
    balanced = "\n".join(PROSE)  # the balanced extraction: the prose, none of the headings
    out = _mark_recall_only(blocks, "<html></html>", balanced)
    return [(b.text, b.furniture is not None) for b in out if b.kind != "title"]


def test_headings_the_balanced_extraction_holds_none_of_stay_with_their_lists() -> None:
    items = [_block("list_item", "Deeper berths"), _block("list_item", "A longer pier")]
    marks = _marks(_page(items, teaser=True))
    kept = [t for t, furniture in marks if not furniture]
    assert kept == [
        "What was done", PROSE[0], "What changed", PROSE[1], "Deeper berths", "A longer pier",
        "What the fishermen say", PROSE[2], "Who paid", PROSE[3],
    ]  # fmt: skip
    assert ("More stories", True) in marks and ("Storm", True) in marks  # the teaser as before


def test_headings_judged_as_before_when_the_balanced_extraction_holds_some() -> None:
    body = [_block("heading", "A"), _block("paragraph", "p"), _block("heading", "B"),
            _block("paragraph", "q"), _block("heading", "C"), _block("list_item", "i")]  # fmt: skip
    inside = [True, True, False, True, False, False]  # one heading of three vouched: judged
    assert _headings_unjudged(body, inside) == inside
    inside = [False, True, False, True, False, False]  # none vouched: C opens nothing vouched
    assert _headings_unjudged(body, inside) == [True, True, True, True, False, False]


def test_a_list_of_links_that_say_what_they_are_is_the_articles() -> None:
    items = [
        _block("list_item", "Harbour Walls Fund for the repair of the sea walls", (0, 18)),
        _block("list_item", "Pier Trust for questions about the new pier and berths", (0, 10)),
    ]
    assert not any(f for _, f in _marks(_page(items)))
    only_links = [_block("list_item", "Harbour Walls Fund", (0, 18)),
                  _block("list_item", "Pier Trust", (0, 10))]  # fmt: skip
    marks = dict(_marks(_page(only_links)))
    assert marks["Harbour Walls Fund"] and marks["Pier Trust"]  # a list of links: as before


def test_a_loose_paragraph_is_cut_where_the_marked_extraction_cut_it() -> None:
    first = "The harbour reopened this spring after work on its sea walls."
    second = "The council paid for it from the storm fund."
    span = InlineSpan(0, 3, "link", {"href": "https://e.org/w"})
    order = [
        ("Intro:thisisanotherblock", "Intro: this is another block", []),
        (first.replace(" ", ""), first, [span]),
        (second.replace(" ", ""), second, []),
    ]
    marked = {first.replace(" ", ""): [(first, [span])]}
    loose = etree.Element("p", {"loose-text": ""})
    loose.text = f" {first}  {second} "
    cut = [" ".join(p.text.split()) for p in _cut_loose(iter([loose]), order, marked)]
    assert cut == [first, second]
    other = etree.Element("p", {"loose-text": ""})
    other.text = f"{first} {second} More."  # no run of marked blocks has its letters: whole
    assert [p.text for p in _cut_loose(iter([other]), order, marked)] == [other.text]
    assert _joined_parts(first.replace(" ", ""), order, _first_letters(order)) == []  # one


def test_loose_paragraphs_are_cut_in_linear_time() -> None:
    n = 20_000
    order = [
        (f"Thesamesentencestartsheretoo{i}.", f"The same sentence starts here too {i}.", [])
        for i in range(n)
    ]
    starts = _first_letters(order)
    whole = "".join(key for key, _, _ in order)
    assert _joined_parts(whole, order, starts) == []  # at most JOIN_MAX_PARTS (64) joined
    some = "".join(key for key, _, _ in order[:64])
    assert len(_joined_parts(some, order, starts)) == 64


def test_an_unjudged_heading_after_page_furniture_stays_furniture() -> None:
    cards = [
        _block("paragraph", "Follow a link"),  # a card's button: furniture
        _block("heading", "Webinars"),
        _block("paragraph", PROSE[3]),  # the card's text, which the balanced extraction holds
    ]
    marks = dict(_marks(_page([_block("list_item", "Deeper berths")]) + cards))
    assert marks["Follow a link"] and marks["Webinars"]
    assert not marks["Who paid"] and not marks["What changed"]
