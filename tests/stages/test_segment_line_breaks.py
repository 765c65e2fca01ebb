"""A hard line break that ends a line of its own ends the sentence: a book's title, its author
and the review after them, or a signature's name and town, are separate units for the engine
(found on a real Guardian page: the tiny model dropped "Circular Motion" when the three lines
went as one sentence). A sentence wrapped by a break stays whole."""

from __future__ import annotations

from translate.model import Article, Block, InlineSpan, LanguageGuess
from translate.read import parse_article
from translate.segment import segment_article


def _lines(*lines: str) -> Block:
    text = " ".join(lines)
    spans = []
    at = 0
    for line in lines[:-1]:
        at += len(line)
        spans.append(InlineSpan(at, at + 1, "br"))
        at += 1
    return Block(kind="paragraph", text=text, inline=spans)


def _segments(block: Block, lang: str = "en") -> list[str]:
    article = Article(id="a", source="a", format="text", blocks=[block])
    article.lang = LanguageGuess(lang, 1.0)
    return [s.source for s in segment_article(article)]


def test_title_author_and_review_are_three_sentences() -> None:
    block = _lines(
        "Circular Motion", "Alex Foster (Grove)", "Alex Foster’s novel treats climate catastrophe."
    )
    assert _segments(block) == [
        "Circular Motion", "Alex Foster (Grove)", "Alex Foster’s novel treats climate catastrophe."
    ]


def test_signature_lines_are_separate() -> None:
    assert _segments(_lines("Ninfa Wood", "Walnut Creek")) == ["Ninfa Wood", "Walnut Creek"]


def test_wrapped_sentence_stays_whole() -> None:
    block = _lines("The mayor said", "that the budget would be cut.")
    assert _segments(block) == ["The mayor said that the budget would be cut."]
    block = _lines("The mayor said,", "Taxes will rise.")  # a comma: the sentence goes on
    assert _segments(block) == ["The mayor said, Taxes will rise."]


def test_sentence_first_word_alone_is_not_a_line() -> None:
    block = _lines("At", "Urge Fitness, we welcome beginners.")
    assert _segments(block) == ["At Urge Fitness, we welcome beginners."]


def test_list_numbers_stay_with_their_line() -> None:
    block = _lines("The rankings were as follows: 1. Finland", "2. Norway", "3. Australia")
    assert _segments(block) == [
        "The rankings were as follows:", "1. Finland", "2. Norway", "3. Australia"
    ]


def test_without_breaks_nothing_changes() -> None:
    block = Block(kind="paragraph", text="Circular Motion Alex Foster (Grove) Alex wrote it.")
    assert _segments(block) == ["Circular Motion Alex Foster (Grove) Alex wrote it."]


def test_html_page_lines() -> None:
    html = (
        "<html><body><article><p><strong><a href='https://x.org/c'>Circular Motion</a></strong>"
        " <br/><em>Alex Foster (Grove</em><em>)</em><br/> Alex Foster’s novel treats climate"
        " catastrophe through high-concept satire, a long sentence for the reader to keep.</p>"
        "<p>Another paragraph with enough words to be the body of an article here.</p>"
        "</article></body></html>"
    )
    article = parse_article(html, fmt="html", source="x", article_id="x")
    article.lang = LanguageGuess("en", 1.0)
    assert [s.source for s in segment_article(article)][:3] == [
        "Circular Motion",
        "Alex Foster (Grove)",
        "Alex Foster’s novel treats climate catastrophe through high-concept satire, a long"
        " sentence for the reader to keep.",
    ]


def test_an_image_alt_text_is_one_sentence() -> None:
    """Found on a real Times of India page: the picture's alt text of two sentences was written
    as two images of the same picture."""
    alt = "Meditation is not just for the soul! It helps heal the brain"
    image = InlineSpan(0, len(alt), "image", {"src": "m.jpg"})
    block = Block(kind="paragraph", text=alt, inline=[image])
    assert _segments(block) == [alt]
    text = "See the chart. " + alt + " Then read on. It ends here."
    at = text.index(alt)
    block = Block(
        kind="paragraph", text=text,
        inline=[InlineSpan(at, at + len(alt), "image", {"src": "m.jpg"})],
    )  # fmt: skip
    assert _segments(block) == ["See the chart.", alt + " Then read on.", "It ends here."]
