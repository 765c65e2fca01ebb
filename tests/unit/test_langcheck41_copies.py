"""langcheck41: a block the pipeline would copy as already in the edition's language must show
words of that language (``translate.detect.core.copy_evidenced``); a short line of the page's
language that a model read as the target's is translated, not published untranslated with no
finding. Real English lines on a Portuguese page stay copied."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from translate.detect.core import copy_evidenced
from translate.locales import get_profile
from translate.model import Article, Block, LanguageGuess
from translate.options import RunOptions
from translate.pipeline import PreparedArticle, translate_prepared
from translate.segment import segment_article
from translate.untranslatable import engine_lexicon

BLOCKS = Path(__file__).resolve().parents[1] / "data" / "langcheck40" / "blocks.json"
ENGLISH = [b["text"] for b in json.loads(BLOCKS.read_text("utf-8"))["blocks"] if b["lang"] == "en"]

# Portuguese lines of LeNER-Br's rulings and probe38's sweep that the detector read as English
PORTUGUESE = ["2 - MÉRITO", "RELATOR DO ARE N", "XXXI - Sudoeste/Octogonal;"]
# staff initials and court units of the same rulings, read as English: codes, left as written
CODES = ["GMWOC/sp/er", "GMMHM/dl/sp", "VMF/lm/ad/rs", "STM/SEJUÕ", "GMHCS/cg/oef"]


def _engine_word() -> Callable[[str], bool]:
    lexicon = engine_lexicon("pt")
    if not lexicon:
        pytest.skip("no embedded pt engine installed: its lexicon is the Portuguese word list")
    return lexicon.__contains__


@pytest.mark.parametrize("text", PORTUGUESE)
def test_portuguese_read_as_english_is_not_evidenced(text: str) -> None:
    assert not copy_evidenced(text, "en", "pt", _engine_word())


@pytest.mark.parametrize("text", CODES)
def test_codes_stay_copied(text: str) -> None:
    assert copy_evidenced(text, "en", "pt", _engine_word())


@pytest.mark.parametrize("text", ENGLISH)
def test_real_english_lines_are_evidenced(text: str) -> None:
    assert copy_evidenced(text, "en", "pt", _engine_word())


def test_numbers_and_signs_need_no_evidence() -> None:
    assert copy_evidenced("12.345 - 2016", "en", "pt")


PAGE = ("O Tribunal negou provimento ao recurso, nos termos do voto do relator, e manteve a "
        "decisão que havia julgado improcedente o pedido do autor.")


def _prepared(lines: list[str]) -> PreparedArticle:
    blocks = [Block(kind="paragraph", text=PAGE), *(Block(kind="paragraph", text=t) for t in lines)]
    blocks[0].lang = LanguageGuess("pt", 0.99, "combined")
    for block in blocks[1:]:  # as the detector read them (LeNER-Br: "2 - MÉRITO" en 0.54)
        block.lang = LanguageGuess("en", 0.6, "combined")
    art = Article(id="a", blocks=blocks, source="-", format="md", text="")
    art.lang = LanguageGuess("pt", 0.9, "combined")
    return PreparedArticle(art, segment_article(art), "pt")


def test_pipeline_translates_an_unevidenced_copy_and_copies_english(fake_engine: object) -> None:
    _engine_word()
    english = "The examiner noted there was no impairment of judgment, insight, or thinking."
    prepared = _prepared(["2 - MÉRITO", english, "GMWOC/sp/er"])
    edition = translate_prepared(prepared, get_profile("en-US"),
                                 RunOptions(engine="fake", use_cache=False, use_tm=False))
    by_source = {s.segment.source: s for s in edition.segments}
    caption = by_source["2 - MÉRITO"]
    assert caption.origin == "mt" and caption.target.startswith("[en]")
    kept = by_source[english]
    assert kept.origin == "copy" and kept.target == english
    assert not [f for f in kept.findings if f.severity == "error"]
    code = by_source["GMWOC/sp/er"]
    assert code.origin == "copy" and not code.findings
