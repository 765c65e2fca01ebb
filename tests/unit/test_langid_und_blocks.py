"""Blocks a page's detector calls ``und`` (langid18b): names and single words take the page's
language with no finding; a block in capitals is read case-folded; a block whose words speak
against the page's language is held for review (``declared-unsure``), not routed silently.

The page paragraphs are written for the test; the short blocks are the kinds found in the
development sets (a headline in capitals, a foreign line, a name)."""

from __future__ import annotations

from translate.detect import detect_blocks, get_detector
from translate.feeds.run import _prepare
from translate.model import Article, Block, LanguageGuess
from translate.options import RunOptions

_PAGES = {
    "pt": ["O governo aprovou na segunda-feira uma nova lei que deve limitar os aluguéis nas "
           "grandes cidades do país.",
           "Os críticos dizem que a regra chega tarde demais e que muitas famílias já perderam "
           "as suas casas."],
    "en": ["The government on Monday approved a new law meant to cap rents in the country's "
           "largest cities.",
           "Critics say the rule comes too late and that many families have already lost their "
           "homes."],
}


def _block(page: str, text: str) -> LanguageGuess:
    blocks = [Block(kind="paragraph", text=t) for t in _PAGES[page]]
    article = Article(id="p", blocks=[*blocks, Block(kind="heading", text=text)], source="-",
                      format="html", text="")
    detect_blocks(article, get_detector("combined"))
    assert article.lang is not None and article.lang.lang == page
    guess = article.blocks[-1].lang
    assert guess is not None
    return guess


def test_capitals_are_read_case_folded() -> None:
    # main: und (the page's language, silently); folded, plainly German
    guess = _block("en", "ALLE INFOS ZUM THEMA")
    assert guess.lang == "de" and guess.confidence <= 0.8  # never vouched for


def test_capitals_read_as_another_language_not_surely_are_held() -> None:
    # main copied this English line in a Portuguese page as Portuguese, silently
    assert _block("pt", "JETSETTER TO CONVICT").method == "declared-unsure"


def test_words_against_the_page_language_are_held() -> None:
    # no language for the model, and not one word is English: held, not routed as English
    guess = _block("en", "Timmar efter protesten")
    assert (guess.lang, guess.method) == ("en", "declared-unsure")


def test_names_and_single_words_stay_und_with_no_finding() -> None:
    for text in ("Tim Cook", "Volkswagen", "iPhone 16 Pro"):
        guess = _block("pt", text)
        assert guess.lang == "und" and guess.method != "declared-unsure", text
    assert _block("en", "READ MORE HERE").method != "declared-unsure"  # capitals, the page's


def test_a_short_feed_item_in_capitals_is_read_case_folded() -> None:
    text = "JETSETTER TO CONVICT"
    item = Article(id="i", blocks=[Block(kind="paragraph", text=text)], source="-",
                   format="feed", text=text)
    prepared = _prepare(item, RunOptions(), "pt")
    guess = prepared.article.blocks[0].lang
    assert guess is not None and guess.method == "declared-unsure"  # main: "context", silent
