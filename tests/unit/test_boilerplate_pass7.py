"""Seventh boilerplate pass (issue 15): an author's note after the article ("Rebecca Norris is a
full-time freelance writer...") is dropped as ``html:author-bio`` when it begins with the name
the page's byline metadata gives, sits among the body's last blocks and only the rest of the
note follows it; a paragraph that names someone else, or the author inside the article, is
kept."""

from __future__ import annotations

from translate.model import Block
from translate.read import AUTHOR_BIO_ID, _author_names, _mark_author_bio

BODY = [
    "The city council voted on Tuesday to extend the night bus network to the northern suburbs.",
    "The new lines will run every twenty minutes between midnight and five in the morning.",
    "Residents of the outer districts had asked for the service for more than ten years.",
    "The council expects the first buses to run in the spring, once drivers are hired.",
    "Opposition members said the budget for the extension was too small to last the year.",
    "The transport department will publish the timetables in February, a spokesman said.",
    "A councillor said the vote was a relief for families who work at night in the centre.",
]
BIO = (
    "Rebecca Norris is a full-time freelance writer living in the Washington, D.C. metro area."
    " She covers transport and housing for regional newspapers."
)


def _blocks(*tail: Block) -> list[Block]:
    return [
        Block(kind="title", text="Night buses for the suburbs"),
        *(Block(kind="paragraph", text=t) for t in BODY),
        *tail,
    ]


def _dropped(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.furniture and b.furniture[0] == AUTHOR_BIO_ID]


def test_bylines_give_personal_names_not_site_names() -> None:
    assert _author_names("Rebecca Norris; Jane Q. Doe") == ["Rebecca Norris", "Jane Q. Doe"]
    assert _author_names("Venteur") == []
    assert _author_names(None) == []


def test_the_authors_note_after_the_article_is_dropped_with_its_rule() -> None:
    more = "In her free time she rides every night bus she can find."
    out = _mark_author_bio(
        _blocks(Block(kind="paragraph", text=BIO), Block(kind="paragraph", text=more)),
        "Rebecca Norris",
    )
    assert _dropped(out) == [BIO, more]
    assert all(b.furniture is None for b in out if b.text in BODY)


def test_a_heading_with_the_authors_name_goes_with_the_note() -> None:
    head = Block(kind="heading", text="Rebecca Norris, MD, FAAFP", level=3)
    out = _mark_author_bio(_blocks(head, Block(kind="paragraph", text=BIO)), "Rebecca Norris")
    assert _dropped(out) == [head.text, BIO]


def test_other_names_and_notes_that_more_of_the_page_follows_are_kept() -> None:
    other = Block(kind="paragraph", text=BIO.replace("Rebecca Norris", "Brian Berry"))
    assert _dropped(_mark_author_bio(_blocks(other), "Rebecca Norris")) == []
    # a paragraph that begins with the byline's name and is followed by a heading and more
    # text is not the end of the article
    closing = Block(kind="heading", text="What happens next", level=2)
    blocks = _blocks(
        Block(kind="paragraph", text=BIO), closing, Block(kind="paragraph", text=BODY[0])
    )
    assert _dropped(_mark_author_bio(blocks, "Rebecca Norris")) == []
    # the name inside a sentence, not at its start
    inside = Block(kind="paragraph", text="Readers can write to Rebecca Norris at the paper.")
    assert _dropped(_mark_author_bio(_blocks(inside), "Rebecca Norris")) == []
    # no byline, no note
    assert _dropped(_mark_author_bio(_blocks(Block(kind="paragraph", text=BIO)), None)) == []
