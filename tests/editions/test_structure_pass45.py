"""struct45: a fact sheet between the article's paragraphs is article text, not recall-only
furniture.

``html:recall-only`` dropped the most article text of any boilerplate rule on the development
body sets (struct44's screen): a page of business schools (set e, wceb-0022-menlocoaching) gives
each school a list of its figures ("Location: Boston, Massachusetts", "Median GMAT: 740",
"Acceptance Rate: 14%") that trafilatura's balanced extraction leaves out; the items are no
sentences, no paragraph ending with a colon opens them, so 120 lines of the article went as
furniture. A run of three or more ``label: value`` items with distinct labels, between blocks
the stage keeps as article text, is now kept; a box of selling points, a list of links, a run
at the body's edge and a list repeating one label ("Related: ...") still go.
"""

from __future__ import annotations

import re

from realworld_corpus import CORPUS, load_pages

from translate.model import Block, InlineSpan
from translate.read import _mark_recall_only, parse_article

BODY = [
    "The business school rose two places in this year's ranking, after its graduates reported"
    " the highest starting salaries of any programme in the country for the third year running.",
    "Its admissions office said applications had grown by a fifth since 2022, and that the"
    " school would keep its class size the same while it builds a second campus downtown.",
    "Students praised the school's career service and its ties to the region's employers, and"
    " several said the flexible curriculum let them switch from engineering to finance.",
]
FACTS = [
    "Location: Boston, Massachusetts",
    "Median GMAT: 740",
    "Average GPA: 3.69",
    "Class Size: 930",
    "Acceptance Rate: 14%",
]


def _item(text: str, linked: bool = False) -> Block:
    spans = (
        [InlineSpan(kind="link", start=0, end=len(text), attrs={"href": "/x"})] if linked else []
    )
    return Block(kind="list_item", text=text, inline=spans)


def _marked(items: list[Block], *, after: bool = True) -> dict[str, str]:
    """Rule by text when ``items`` stand after the first paragraph (and before the others)."""
    paras = [Block(kind="paragraph", text=t) for t in BODY]
    rest = paras[1:] if after else []
    blocks = [Block(kind="title", text="Schools"), paras[0], *items, *rest]
    balanced = "".join(t for t in BODY) if after else BODY[0]
    marked = _mark_recall_only(blocks, "<html></html>", balanced)
    return {b.text: (b.furniture or ("", ""))[0] for b in marked}


def test_a_fact_sheet_between_paragraphs_is_kept() -> None:
    rules = _marked([_item(t) for t in FACTS])
    assert [rules[t] for t in FACTS] == [""] * len(FACTS)
    assert all(rules[t] == "" for t in BODY)


def test_a_fact_sheet_in_another_script_and_with_a_learn_more_line_after_it_is_kept() -> None:
    zh = ["地点：波士顿", "学费：7万美元", "班级人数：930"]
    more = Block(kind="paragraph", text="Learn more about the programme")
    paras = [Block(kind="paragraph", text=t) for t in BODY]
    blocks = [paras[0], *[_item(t) for t in zh], more, paras[1], paras[2]]
    marked = _mark_recall_only(blocks, "<html></html>", "".join(BODY))
    rules = {b.text: (b.furniture or ("", ""))[0] for b in marked}
    assert [rules[t] for t in zh] == ["", "", ""]
    assert rules[more.text] == "html:recall-only"  # a label, not the sheet: still furniture


def test_lists_that_are_no_fact_sheet_still_go() -> None:
    points = ["Free shipping", "Cancel any time", "Expert support"]  # no values
    rules = _marked([_item(t) for t in points])
    assert [rules[t] for t in points] == ["html:recall-only"] * 3
    linked = _marked([_item(t, linked=True) for t in FACTS])  # links to other pages
    assert [linked[t] for t in FACTS] == ["html:recall-only"] * len(FACTS)
    teasers = ["Related: Tram fares rise", "Related: New bridge opens", "Related: Budget vote"]
    rules = _marked([_item(t) for t in teasers])  # one label again and again
    assert [rules[t] for t in teasers] == ["html:recall-only"] * 3
    two = _marked([_item(t) for t in FACTS[:2]])  # under three items
    assert [two[t] for t in FACTS[:2]] == ["html:recall-only"] * 2


def test_a_fact_sheet_at_the_body_edge_still_goes() -> None:
    rules = _marked([_item(t) for t in FACTS], after=False)
    assert [rules[t] for t in FACTS] == ["html:recall-only"] * len(FACTS)


def test_runs_split_where_a_label_repeats() -> None:
    from translate.read import _fact_sheet_runs

    body = [Block(kind="paragraph", text=BODY[0]), *[_item(t) for t in FACTS + FACTS]]
    body.append(Block(kind="paragraph", text=BODY[1]))
    inside = [True, *[False] * 10, True]
    runs = _fact_sheet_runs(body, inside, [False] * len(body), inside)
    assert runs == []  # the second sheet is not enclosed: the first one stands before it
    body.insert(6, Block(kind="paragraph", text=BODY[2]))
    inside.insert(6, True)
    runs = _fact_sheet_runs(body, inside, [False] * len(body), inside)
    assert runs == [(1, 6), (7, 12)]


def test_a_real_pages_school_figures_are_kept() -> None:
    # set e (development): each school's figures, 120 list items, were dropped as recall-only
    (page,) = [p for p in load_pages(CORPUS / "heldout_e") if p.id == "wceb-0022-menlocoaching"]
    article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
    fact = re.compile(r"^(?:Location|Average GMAT|Median GMAT|Class Size|Acceptance Rate): ")
    kept = [b.text for b in article.blocks if b.furniture is None and fact.match(b.text)]
    dropped = [b.text for b in article.blocks if b.furniture is not None and fact.match(b.text)]
    assert len(kept) >= 100
    assert dropped == []
