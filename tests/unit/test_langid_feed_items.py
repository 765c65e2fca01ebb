"""Short feed items (under ``SHORT_WORDS`` words) in their feed (langid18): an item keeps its own
language when the evidence is strong, else takes the feed's declared one; read as another
language, not surely, it takes the feed's and is held for review, not guessed.

The texts are real headlines and headings of the development part of
``benchmarks/data/langid_feeds`` (flairNLP/fundus's parser test data)."""

from __future__ import annotations

from translate.feeds.run import _prepare
from translate.model import Article, Block, TranslatedSegment
from translate.options import RunOptions
from translate.pipeline import _unsure_findings


def _item(text: str) -> Article:
    # a feed item with a title and no summary is one paragraph (ItemDocument.build)
    return Article(id="i", blocks=[Block(kind="paragraph", text=text)], source="-",
                   format="feed", text=text)


def _routed(text: str, feed_lang: str) -> tuple[str, str]:
    prepared = _prepare(_item(text), RunOptions(), feed_lang)
    guess = prepared.article.blocks[0].lang
    assert guess is not None
    return prepared.segments[0].lang, guess.method


def test_a_foreign_item_keeps_its_own_language() -> None:
    # main routed every one of these from the feed's language
    assert _routed("사실상 10분 만에 끝난 최고위", "en")[0] == "ko"  # a script en does not write
    assert _routed("Nur ein Drittel der Kinder kam am Montag in die Schule", "en")[0] == "de"
    assert _routed("What is Nato and which countries are in it?", "ru")[0] == "en"
    assert _routed("What is Nato and which countries are in it?", "pt")[0] == "en"


def test_an_item_in_its_feed_language_keeps_it() -> None:
    assert _routed("What is Nato and which countries are in it?", "en") == ("en", "combined")
    assert _routed("Verdi: Wir haben Verständnis für die zusätzliche Belastung", "de")[0] == "de"
    # kanji only: the Han script rule says zh, but Japanese writes Han too
    assert _routed("巨大地震、基準達せず", "ja")[0] == "ja"
    # names in another script are no language: they take the feed's, not held
    assert _routed("iPhone 16 Pro", "ru") == ("ru", "context")


def test_an_item_read_as_another_language_not_surely_is_held() -> None:
    prepared = _prepare(_item("Schlüsselfiguren der Szene"), RunOptions(), "en")
    seg = prepared.segments[0]
    guess = prepared.article.blocks[0].lang
    assert seg.lang == "en" and guess is not None and guess.method == "declared-unsure"
    translated = [TranslatedSegment(segment=seg, target="Figuras-chave da cena", origin="mt")]
    findings = _unsure_findings(translated, prepared.article)
    assert [(f.check, f.severity) for f in findings] == [("language", "error")]
    assert translated[0].findings == findings


def test_a_sure_item_gets_no_language_finding() -> None:
    prepared = _prepare(_item("What is Nato and which countries are in it?"), RunOptions(), "en")
    translated = [TranslatedSegment(segment=prepared.segments[0], target="O que é a Otan?",
                                    origin="mt")]
    assert _unsure_findings(translated, prepared.article) == []


def test_from_overrides_the_feed_and_the_item() -> None:
    prepared = _prepare(_item("사실상 10분 만에 끝난 최고위"), RunOptions(source_lang="en"), "en")
    assert prepared.segments[0].lang == "en"
