"""probe53: a nested list of an item the extraction kept ("Gaza war protests" over its one report
of the day) is that item's continuation: put back after it, not only reported (res-14 of the
probe52 results corpus, a development set, lost a list item and its links)."""

from __future__ import annotations

from pathlib import Path

import translate.read_media as read_media
from translate.model import Block
from translate.read import parse_article
from translate.read_media import MEDIA_RULE, recover_media

URL = "https://news.example.com/2026/06/27/day.html"
FIRST = ("Serbian president Aleksandar Vucic announces his intention to resign within weeks amid"
         " protests and will call for early elections.")
LAST = ("Australia introduces legislation to increase penalties for social media platforms that"
        " fail to enforce its ban on users under sixteen.")
NESTED = ("Demonstrators <a href='https://en.wikipedia.org/wiki/Rally'>rally</a> in central"
          " <a href='https://en.wikipedia.org/wiki/Stockholm'>Stockholm</a> against strikes."
          " <a href='https://monitor.example.org/rally'>(Monitor)</a>")
NESTED_TEXT = "Demonstrators rally in central Stockholm against strikes. (Monitor)"


def _html(label: str = "Gaza war protests", nested: str = NESTED) -> str:
    return f"""<html><body><article><h1>The day</h1><ul>
<li><a href="https://en.wikipedia.org/wiki/Politics_of_Serbia">Politics of Serbia</a>
<ul><li>{FIRST}</li></ul></li>
<li><a href="https://en.wikipedia.org/wiki/Gaza_war_protests">{label}</a>
<ul><li>{nested}</li></ul></li>
<li>{LAST}</li></ul></article></body></html>"""


def _blocks(label: str = "Gaza war protests") -> list[Block]:
    return [Block("title", "The day"), Block("list_item", "Politics of Serbia"),
            Block("list_item", FIRST), Block("list_item", label), Block("list_item", LAST)]


def test_the_nested_item_of_a_kept_item_is_put_back_after_it_with_its_links() -> None:
    out, dropped = recover_media(_blocks(), _html(), URL)
    texts = [b.text for b in out]
    assert texts == [*[b.text for b in _blocks()][:4], NESTED_TEXT, LAST]
    put = out[4]
    assert put.kind == "list_item"
    assert [s.attrs["href"] for s in put.inline] == [
        "https://en.wikipedia.org/wiki/Rally", "https://en.wikipedia.org/wiki/Stockholm",
        "https://monitor.example.org/rally"]
    assert not [d for d in dropped if d.rule == MEDIA_RULE]


def test_an_item_whose_parent_was_not_kept_is_still_only_reported() -> None:
    blocks = [b for b in _blocks() if b.text != "Gaza war protests"]
    out, dropped = recover_media(blocks, _html(), URL)
    assert [b.text for b in out] == [b.text for b in blocks]
    assert [(d.rule, d.text) for d in dropped] == [(MEDIA_RULE, NESTED_TEXT)]


def test_a_kept_item_of_other_words_is_no_parent() -> None:
    blocks = _blocks("Protests in Gaza")  # the kept block is not the parent item's label
    out, dropped = recover_media(blocks, _html(), URL)
    assert [b.text for b in out] == [b.text for b in blocks]
    assert [d.text for d in dropped if d.rule == MEDIA_RULE] == [NESTED_TEXT]


def test_a_nested_item_of_the_sites_own_links_stays_out() -> None:
    own = ("<a href='https://news.example.com/world'>World news of the day</a>"
           " <a href='/sport'>Sport</a>")
    out, dropped = recover_media(_blocks(), _html(nested=own), URL)
    assert [b.text for b in out] == [b.text for b in _blocks()]
    assert not [d for d in dropped if d.rule == MEDIA_RULE]


def test_a_nested_item_already_kept_is_not_doubled() -> None:
    blocks = [*_blocks()[:4], Block("list_item", NESTED_TEXT), _blocks()[4]]
    out, _ = recover_media(blocks, _html(), URL)
    assert [b.text for b in out].count(NESTED_TEXT) == 1


def test_the_results_page_keeps_its_report_of_the_protest() -> None:
    page = (Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "probe52_results"
            / "res-14-2026-06-27.html").read_text(encoding="utf-8")
    article = parse_article(page, fmt="html", page_url=None)
    texts = [b.text for b in article.blocks]
    gaza = texts.index("Gaza war protests")
    assert texts[gaza + 1].startswith("Demonstrators rally in central Stockholm, Sweden")
    assert not [d for d in article.dropped if d.rule == MEDIA_RULE]


def test_the_label_and_its_search_stay_linear() -> None:
    # the rule's own scans on 20,000 repetitions of its trigger: a label of 20,000 words over
    # its nested list, looked for among 20,000 kept items (a bounded window)
    from lxml import html as lhtml

    page = lhtml.fromstring("<ul><li>" + "<b>Gaza</b> war " * 20000 + "<ul><li>x</li></ul>"
                            + "</li></ul>")
    nested = page.xpath("//li/ul")[0]
    label = read_media._item_label(nested)
    assert label == "gazawar" * 20000
    blocks = [Block("list_item", "Gaza war " * 20000)] * 20000
    assert read_media._kept_label(label, blocks, 19990, 20000) == 19990
    assert read_media._kept_label("other", blocks, 0, read_media.LABEL_WINDOW) is None


def test_a_long_nested_list_beside_a_short_body_is_reported() -> None:
    reports = "".join(
        f"<li>Report {i} <a href='https://src{i}.example.org/'>(Source)</a></li>"
        for i in range(2000)
    )
    html = _html().replace(f"<ul><li>{NESTED}</li></ul>", f"<ul>{reports}</ul>")
    out, dropped = recover_media(_blocks(), html, URL)
    # 6,000 words beside a body of 47: more than RECOVER_SHARE of it, reported, not put back
    assert [b.text for b in out] == [b.text for b in _blocks()]
    assert [d.text for d in dropped] == ["2000 list items, 6000 words"]
