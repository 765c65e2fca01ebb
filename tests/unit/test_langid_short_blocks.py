"""Short blocks in a known-language document (langid15): the document breaks a tie between two
models, and a block left as written whose language is not sure is held, not published.

The texts are real: Washington Post Wellness feed headlines (node-feedparser's test feed), a
German line of an English page and English lines of German pages of the real-world corpus."""

from __future__ import annotations

from translate.detect import detect_blocks, get_detector
from translate.model import Article, Block, LanguageGuess, Segment, TranslatedSegment
from translate.pipeline import _unserved

_BODY = (
    "Breast-feeding support group For mothers and babies. Thursdays, 10-11 a.m. Inova Fairfax "
    "Hospital, 3300 Gallows Rd., Falls Church. Mood disorders support Sponsored by the "
    "Depression and Bipolar Support Alliance. Thursdays, 7:30 p.m."
)


def _article(*texts: str) -> Article:
    blocks = [Block(kind="paragraph", text=t) for t in texts]
    return Article(id="a", blocks=blocks, source="-", format="txt",
                   text="\n\n".join(texts))


def _langs(article: Article) -> list[str | None]:
    detect_blocks(article, get_detector("combined"))
    return [b.lang.lang if b.lang else None for b in article.blocks]


def test_a_headline_two_models_disagree_on_takes_the_document_language() -> None:
    # fastText: German at 0.99 ("wellness", "Aug."); langid.py: English; the feed is English
    article = _article("Fairfax wellness calendar, Aug. 23-30", _BODY,
                       "Loudoun County wellness calendar, Aug. 16-23")
    langs = _langs(article)
    assert langs == ["en", "en", "en"]
    assert article.blocks[0].lang is not None and article.blocks[0].lang.method == "context"


def test_real_foreign_lines_keep_their_language() -> None:
    # a German line of an English page (wceb-0006-talkreal), English lines of German pages
    assert _langs(_article(_BODY, "Frau und Mann freuen sich über Sprachkurs-Rabatte"))[1] == "de"
    german = ("Die Digitalisierung ändert die Vorzeichen der journalistischen Berichterstattung, "
              "und die Zeitungen suchen neue Wege, um ihre Leser zu erreichen und zu halten.")
    langs = _langs(_article(german, "Time to say goodbye.", "Made in Germany"))
    assert langs[1:] == ["en", "en"]


def _copied(confidence: float, lang: str = "de",
            method: str = "combined") -> tuple[TranslatedSegment, Article]:
    block = Block(kind="title", text="Ein Satz")
    block.lang = LanguageGuess(lang, confidence, method)
    article = Article(id="a", blocks=[block], source="-", format="txt", text=block.text)
    seg = Segment("b0.s0", 0, 0, block.text, 0, len(block.text), "de")
    return TranslatedSegment(segment=seg, target=block.text, origin="copy"), article


def test_a_block_left_as_written_is_held_unless_its_language_is_sure() -> None:
    sure = _unserved(*_copied(0.99), "pt")
    assert sure.severity == "warning" and "left as written" in sure.message
    unsure = _unserved(*_copied(0.8), "pt")
    assert unsure.severity == "error" and "not sure (confidence 0.80" in unsure.message
    assert _unserved(*_copied(0.99, lang="en"), "pt").severity == "error"  # block says other
    # a script of one language (a short Japanese title: kana) is sure however short
    assert _unserved(*_copied(0.875, lang="de", method="script"), "pt").severity == "warning"


def test_a_line_strongly_read_as_another_language_keeps_it() -> None:
    # langid17: English lines of German pages (trafilatura's evaluation pages, development part
    # of benchmarks/data/langid_mixed): the model reads English at 0.85-0.97 with German at 6-7%
    # of its score; on main the page's German took them (translated as German, or held)
    german = ("Die Digitalisierung ändert die Vorzeichen der journalistischen Berichterstattung, "
              "und die Zeitungen suchen neue Wege, um ihre Leser zu erreichen und zu halten.")
    langs = _langs(_article(german, "3. Recycling matters", "a babyboy’s on the way."))
    assert langs == ["de", "en", "en"]
