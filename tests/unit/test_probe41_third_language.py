"""probe41: a line of the page's language that a model read, not surely, as a third language no
engine serves (DANTEStocks' "Maiores Altas" price lists read as Volapük at 0.80) is translated as
the page's language, not held untranslated; a real sentence of another language, or a line of
codes and numbers, keeps its reading (``translate.detect.core.page_language_evidenced``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from translate.detect.core import page_language_evidenced
from translate.locales import get_profile
from translate.model import Article, Block, LanguageGuess
from translate.options import RunOptions
from translate.pipeline import PreparedArticle, translate_prepared
from translate.segment import segment_article
from translate.untranslatable import engine_lexicon

# DANTEStocks (CC BY 4.0) lines the detector read as Volapük in probe41's sweep
PRICES = ["23/05/14 - 17:19: Maiores Altas: CESP6 3,87% R$28,20, CIEL3 2,36% R$40,34.",
          "09/05/14 - 17:19: Maiores Baixas: ELET3 -7,31% R$6,97, ELET6 -5,43% R$10,10."]
OTHER = ["Der Bundestag hat heute das Gesetz beschlossen.",
         "Mi ne komprenas kion vi diras al mi hodiaŭ."]


def _engine_word() -> Callable[[str], bool]:
    lexicon = engine_lexicon("pt")
    if not lexicon:
        pytest.skip("no embedded pt engine installed: its lexicon is the Portuguese word list")
    return lexicon.__contains__


@pytest.mark.parametrize("text", PRICES)
def test_price_lines_read_as_the_page_language(text: str) -> None:
    assert page_language_evidenced(text, "vo", "pt", _engine_word())


@pytest.mark.parametrize("text", OTHER)
def test_other_languages_keep_their_reading(text: str) -> None:
    assert not page_language_evidenced(text, "de" if "Bundestag" in text else "eo", "pt",
                                       _engine_word())


def test_codes_and_numbers_say_nothing() -> None:
    assert not page_language_evidenced("CESP6 3,87% CIEL3 2,36% IBOV +1,54%", "vo", "pt",
                                       _engine_word())


PAGE = ("Desempenho das ações da TIM na semana passada, segundo a corretora, foi pior do que o "
        "esperado pelos analistas do mercado.")


def _prepared(lines: list[str], lang: str, confidence: float) -> PreparedArticle:
    blocks = [Block(kind="paragraph", text=PAGE), *(Block(kind="paragraph", text=t) for t in lines)]
    blocks[0].lang = LanguageGuess("pt", 0.99, "combined")
    for block in blocks[1:]:
        block.lang = LanguageGuess(lang, confidence, "combined")
    art = Article(id="a", blocks=blocks, source="-", format="md", text="")
    art.lang = LanguageGuess("pt", 0.9, "combined")
    return PreparedArticle(art, segment_article(art), "pt")


def _run(prepared: PreparedArticle) -> dict[str, object]:
    edition = translate_prepared(prepared, get_profile("en-US"),
                                 RunOptions(engine="fake", use_cache=False, use_tm=False))
    return {s.segment.source: s for s in edition.segments}


def test_pipeline_translates_a_price_line_read_as_volapuk(fake_engine: object) -> None:
    _engine_word()
    by_source = _run(_prepared(PRICES[:1], "vo", 0.80))
    line = by_source[PRICES[0]]
    assert line.origin == "mt" and line.segment.lang == "pt"  # type: ignore[attr-defined]
    assert not [f for f in line.findings if f.severity == "error"]  # type: ignore[attr-defined]


def test_pipeline_keeps_a_german_line_not_surely_read(fake_engine: object) -> None:
    _engine_word()
    by_source = _run(_prepared(OTHER[:1], "de", 0.80))
    assert by_source[OTHER[0]].segment.lang == "de"  # type: ignore[attr-defined]


def test_pipeline_keeps_a_sure_reading(fake_engine: object) -> None:
    _engine_word()
    by_source = _run(_prepared(PRICES[:1], "vo", 0.99))
    assert by_source[PRICES[0]].segment.lang == "vo"  # type: ignore[attr-defined]
